/**
 * The dev loop inside an application in dev mode: whether what answers is the code that was saved
 * ({@link org.example.devloop.DevStatus}, at {@code /devloop/status}), the compiler's errors
 * ({@link org.example.devloop.CompileCheck}), a failed start kept visible ({@link
 * org.example.devloop.StartFailures}) and the error page ({@link
 * org.example.devloop.DevErrorFilter}), set up by {@link org.example.devloop.DevLoopInitializer}
 * where the classes are served from a build's output directory. Dev mode only: a packaged
 * application leaves this library out (see the module's README).
 */
package org.example.devloop;
