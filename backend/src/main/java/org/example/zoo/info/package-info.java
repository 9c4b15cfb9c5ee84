/**
 * What the server says about itself: {@code /api/info} (build, start, database, the dev loop's
 * status in dev mode: {@link org.example.zoo.info.InfoResource}) and {@code /api/message}.
 */
package org.example.zoo.info;
