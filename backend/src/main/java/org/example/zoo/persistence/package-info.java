/**
 * Database access shared by every component: the {@link org.example.zoo.persistence.Repository}
 * base (require, reference, unique checks, one paged list query per entity alias, finding by a
 * field), the id/version entity base, paging and sorting, list filters with LIKE escaping per
 * database, UTC timestamps, and the classification of database failures (unreachable, lost race).
 */
package org.example.zoo.persistence;
