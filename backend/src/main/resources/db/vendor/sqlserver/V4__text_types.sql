-- Text as Unicode everywhere: the data source binds every string parameter as nvarchar
-- (sendStringParametersAsUnicode, datasource-sqlserver.xml), so that no character is lost to a
-- code page; the columns that V1-V3 made varchar/char (codes, hashes, keys) become nvarchar/nchar,
-- so that a parameter and its column have the same type: an nvarchar parameter compared with a
-- varchar column makes SQL Server convert the column and scan instead of seeking its index.
-- SQL Server changes no column that a constraint or an index names, so those go and come back.
-- The H2 migration of the same version: db/vendor/h2 (H2's VARCHAR and NVARCHAR are one type).

ALTER TABLE species DROP CONSTRAINT ck_species_status;
ALTER TABLE species DROP CONSTRAINT ck_species_diet;
ALTER TABLE species ALTER COLUMN conservation_status NVARCHAR(2) NOT NULL;
ALTER TABLE species ALTER COLUMN diet NVARCHAR(12) NOT NULL;
ALTER TABLE species ADD CONSTRAINT ck_species_status CHECK (conservation_status IN ('LC', 'NT', 'VU', 'EN', 'CR', 'EW', 'EX', 'DD', 'NE'));
ALTER TABLE species ADD CONSTRAINT ck_species_diet CHECK (diet IN ('HERBIVORE', 'CARNIVORE', 'OMNIVORE', 'INSECTIVORE', 'PISCIVORE'));

ALTER TABLE enclosure DROP CONSTRAINT ck_enclosure_habitat;
ALTER TABLE enclosure ALTER COLUMN habitat NVARCHAR(12) NOT NULL;
ALTER TABLE enclosure ADD CONSTRAINT ck_enclosure_habitat CHECK (habitat IN ('SAVANNA', 'RAINFOREST', 'AQUATIC', 'ARCTIC', 'DESERT', 'AVIARY', 'NOCTURNAL', 'TEMPERATE'));

ALTER TABLE animal DROP CONSTRAINT ck_animal_sex;
ALTER TABLE animal DROP CONSTRAINT ck_animal_status;
ALTER TABLE animal DROP CONSTRAINT ck_animal_active_enclosure;
DROP INDEX ix_animal_enclosure_status ON animal;
ALTER TABLE animal ALTER COLUMN sex NVARCHAR(7) NOT NULL;
ALTER TABLE animal ALTER COLUMN status NVARCHAR(11) NOT NULL;
CREATE INDEX ix_animal_enclosure_status ON animal (enclosure_id, status);
ALTER TABLE animal ADD CONSTRAINT ck_animal_sex CHECK (sex IN ('MALE', 'FEMALE', 'UNKNOWN'));
ALTER TABLE animal ADD CONSTRAINT ck_animal_status CHECK (status IN ('ACTIVE', 'TRANSFERRED', 'DECEASED'));
ALTER TABLE animal ADD CONSTRAINT ck_animal_active_enclosure CHECK (status <> 'ACTIVE' OR enclosure_id IS NOT NULL);

ALTER TABLE zoo_metadata DROP CONSTRAINT pk_zoo_metadata;
ALTER TABLE zoo_metadata ALTER COLUMN meta_key NVARCHAR(50) NOT NULL;
ALTER TABLE zoo_metadata ADD CONSTRAINT pk_zoo_metadata PRIMARY KEY (meta_key);

ALTER TABLE app_user DROP CONSTRAINT ck_app_user_role;
ALTER TABLE app_user ALTER COLUMN role NVARCHAR(10) NOT NULL;
ALTER TABLE app_user ALTER COLUMN password_hash NVARCHAR(300) NOT NULL;
ALTER TABLE app_user ADD CONSTRAINT ck_app_user_role CHECK (role IN ('VIEWER', 'KEEPER', 'ADMIN'));

ALTER TABLE refresh_token DROP CONSTRAINT uq_refresh_token_hash;
DROP INDEX ix_refresh_token_family ON refresh_token;
ALTER TABLE refresh_token ALTER COLUMN token_hash NCHAR(64) NOT NULL;
ALTER TABLE refresh_token ALTER COLUMN family_id NCHAR(36) NOT NULL;
ALTER TABLE refresh_token ADD CONSTRAINT uq_refresh_token_hash UNIQUE (token_hash);
CREATE INDEX ix_refresh_token_family ON refresh_token (family_id);
