-- Text as Unicode everywhere: the data source binds every string parameter as nvarchar
-- (sendStringParametersAsUnicode, datasource-sqlserver.xml), so that no character is lost to a
-- code page; the columns that V1-V3 made varchar/char (codes, hashes, keys) become nvarchar/nchar,
-- so that a parameter and its column have the same type: an nvarchar parameter compared with a
-- varchar column makes SQL Server convert the column and scan instead of seeking its index.
-- SQL Server changes no column that a constraint or an index names, so those go and come back.
-- ALTER COLUMN must repeat NOT NULL on SQL Server (without it the column becomes nullable);
-- Babelfish for PostgreSQL, the SQL Server-compatible engine the tests also run on, refuses
-- NOT NULL there and keeps the column's nullability by itself (PostgreSQL's ALTER COLUMN TYPE), so
-- each change is written for the engine that runs it (SERVERPROPERTY('Babelfish') is NULL on SQL
-- Server); as string literals, Babelfish's parser does not refuse the other one.
-- The H2 migration of the same version: db/vendor/h2 (H2's VARCHAR and NVARCHAR are one type).

ALTER TABLE species DROP CONSTRAINT ck_species_status;
ALTER TABLE species DROP CONSTRAINT ck_species_diet;
IF SERVERPROPERTY('Babelfish') IS NULL EXEC (N'ALTER TABLE species ALTER COLUMN conservation_status NVARCHAR(2) NOT NULL') ELSE EXEC (N'ALTER TABLE species ALTER COLUMN conservation_status NVARCHAR(2)');
IF SERVERPROPERTY('Babelfish') IS NULL EXEC (N'ALTER TABLE species ALTER COLUMN diet NVARCHAR(12) NOT NULL') ELSE EXEC (N'ALTER TABLE species ALTER COLUMN diet NVARCHAR(12)');
ALTER TABLE species ADD CONSTRAINT ck_species_status CHECK (conservation_status IN ('LC', 'NT', 'VU', 'EN', 'CR', 'EW', 'EX', 'DD', 'NE'));
ALTER TABLE species ADD CONSTRAINT ck_species_diet CHECK (diet IN ('HERBIVORE', 'CARNIVORE', 'OMNIVORE', 'INSECTIVORE', 'PISCIVORE'));

ALTER TABLE enclosure DROP CONSTRAINT ck_enclosure_habitat;
IF SERVERPROPERTY('Babelfish') IS NULL EXEC (N'ALTER TABLE enclosure ALTER COLUMN habitat NVARCHAR(12) NOT NULL') ELSE EXEC (N'ALTER TABLE enclosure ALTER COLUMN habitat NVARCHAR(12)');
ALTER TABLE enclosure ADD CONSTRAINT ck_enclosure_habitat CHECK (habitat IN ('SAVANNA', 'RAINFOREST', 'AQUATIC', 'ARCTIC', 'DESERT', 'AVIARY', 'NOCTURNAL', 'TEMPERATE'));

ALTER TABLE animal DROP CONSTRAINT ck_animal_sex;
ALTER TABLE animal DROP CONSTRAINT ck_animal_status;
ALTER TABLE animal DROP CONSTRAINT ck_animal_active_enclosure;
DROP INDEX ix_animal_enclosure_status ON animal;
IF SERVERPROPERTY('Babelfish') IS NULL EXEC (N'ALTER TABLE animal ALTER COLUMN sex NVARCHAR(7) NOT NULL') ELSE EXEC (N'ALTER TABLE animal ALTER COLUMN sex NVARCHAR(7)');
IF SERVERPROPERTY('Babelfish') IS NULL EXEC (N'ALTER TABLE animal ALTER COLUMN status NVARCHAR(11) NOT NULL') ELSE EXEC (N'ALTER TABLE animal ALTER COLUMN status NVARCHAR(11)');
CREATE INDEX ix_animal_enclosure_status ON animal (enclosure_id, status);
ALTER TABLE animal ADD CONSTRAINT ck_animal_sex CHECK (sex IN ('MALE', 'FEMALE', 'UNKNOWN'));
ALTER TABLE animal ADD CONSTRAINT ck_animal_status CHECK (status IN ('ACTIVE', 'TRANSFERRED', 'DECEASED'));
ALTER TABLE animal ADD CONSTRAINT ck_animal_active_enclosure CHECK (status <> 'ACTIVE' OR enclosure_id IS NOT NULL);

ALTER TABLE zoo_metadata DROP CONSTRAINT pk_zoo_metadata;
IF SERVERPROPERTY('Babelfish') IS NULL EXEC (N'ALTER TABLE zoo_metadata ALTER COLUMN meta_key NVARCHAR(50) NOT NULL') ELSE EXEC (N'ALTER TABLE zoo_metadata ALTER COLUMN meta_key NVARCHAR(50)');
ALTER TABLE zoo_metadata ADD CONSTRAINT pk_zoo_metadata PRIMARY KEY (meta_key);

ALTER TABLE app_user DROP CONSTRAINT ck_app_user_role;
IF SERVERPROPERTY('Babelfish') IS NULL EXEC (N'ALTER TABLE app_user ALTER COLUMN role NVARCHAR(10) NOT NULL') ELSE EXEC (N'ALTER TABLE app_user ALTER COLUMN role NVARCHAR(10)');
IF SERVERPROPERTY('Babelfish') IS NULL EXEC (N'ALTER TABLE app_user ALTER COLUMN password_hash NVARCHAR(300) NOT NULL') ELSE EXEC (N'ALTER TABLE app_user ALTER COLUMN password_hash NVARCHAR(300)');
ALTER TABLE app_user ADD CONSTRAINT ck_app_user_role CHECK (role IN ('VIEWER', 'KEEPER', 'ADMIN'));

ALTER TABLE refresh_token DROP CONSTRAINT uq_refresh_token_hash;
DROP INDEX ix_refresh_token_family ON refresh_token;
IF SERVERPROPERTY('Babelfish') IS NULL EXEC (N'ALTER TABLE refresh_token ALTER COLUMN token_hash NCHAR(64) NOT NULL') ELSE EXEC (N'ALTER TABLE refresh_token ALTER COLUMN token_hash NCHAR(64)');
IF SERVERPROPERTY('Babelfish') IS NULL EXEC (N'ALTER TABLE refresh_token ALTER COLUMN family_id NCHAR(36) NOT NULL') ELSE EXEC (N'ALTER TABLE refresh_token ALTER COLUMN family_id NCHAR(36)');
ALTER TABLE refresh_token ADD CONSTRAINT uq_refresh_token_hash UNIQUE (token_hash);
CREATE INDEX ix_refresh_token_family ON refresh_token (family_id);
