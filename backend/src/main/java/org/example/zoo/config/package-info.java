/**
 * The application's settings ({@link org.example.zoo.config.ZooConfig}: defaults in
 * META-INF/microprofile-config.properties, overridden by the environment) and the zoo's calendar
 * ({@link org.example.zoo.config.ZooCalendar}: today and dates in the zoo's time zone).
 */
package org.example.zoo.config;
