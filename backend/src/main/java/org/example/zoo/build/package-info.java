/**
 * Which code runs: the packaged build's facts or, in dev mode, the checkout's ({@link
 * org.example.zoo.build.BuildInfo}), whether what answers is what was saved (the dev loop's status,
 * read without naming it: {@link org.example.zoo.build.DevLoopStatus}), and the production
 * profile's tripwire for signs of development use ({@link
 * org.example.zoo.build.DevelopmentUseTripwire}).
 */
package org.example.zoo.build;
