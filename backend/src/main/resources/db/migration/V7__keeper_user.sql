-- Which sign-in user (app_user) is which keeper: a keeper records feedings as themselves
-- (docs/security.md, Roles). A table of its own rather than a nullable keeper.user_id, because a
-- UNIQUE constraint on a nullable column allows one NULL only on SQL Server and on H2 in
-- MSSQLServer mode; here both columns are NOT NULL, and a keeper without a user has no row.
-- One user per keeper (the primary key), one keeper per user (the unique constraint). Deleting the
-- keeper or the user deletes the link.
-- Version 7, not 5: databases that already applied V6 would refuse a lower pending version
-- (platform.SchemaMigration does not migrate out of order).

CREATE TABLE keeper_user (
    keeper_id  BIGINT NOT NULL,
    user_id    BIGINT NOT NULL,
    CONSTRAINT pk_keeper_user PRIMARY KEY (keeper_id),
    CONSTRAINT uq_keeper_user_user UNIQUE (user_id),
    CONSTRAINT fk_keeper_user_keeper FOREIGN KEY (keeper_id) REFERENCES keeper (id) ON DELETE CASCADE,
    CONSTRAINT fk_keeper_user_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);
