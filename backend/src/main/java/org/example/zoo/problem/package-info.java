/**
 * What a failure is called, for every layer above: {@link org.example.zoo.problem.ApiException}
 * (thrown by services), {@link org.example.zoo.problem.ProblemType} (the problem types of the API,
 * RFC 9457), field errors, the 503 {@link org.example.zoo.problem.DatabaseUnavailableException},
 * and {@link org.example.zoo.problem.Causes}, the one walk of a cause chain. Depends on nothing of
 * the application.
 */
package org.example.zoo.problem;
