-- Zoo schema. T-SQL for Microsoft SQL Server that also runs on H2 in MSSQLServer mode:
-- no CLUSTERED/INCLUDE/filtered indexes, no named DEFAULT constraints, no GO batches.
-- Enumerations are stored as their names, checked by CHECK constraints.

CREATE TABLE species (
    id                  BIGINT IDENTITY(1,1) NOT NULL,
    common_name         NVARCHAR(100) NOT NULL,
    scientific_name     NVARCHAR(150) NOT NULL,
    conservation_status VARCHAR(2)    NOT NULL,
    diet                VARCHAR(12)   NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT pk_species PRIMARY KEY (id),
    CONSTRAINT uq_species_common_name UNIQUE (common_name),
    CONSTRAINT uq_species_scientific_name UNIQUE (scientific_name),
    CONSTRAINT ck_species_status CHECK (conservation_status IN ('LC', 'NT', 'VU', 'EN', 'CR', 'EW', 'EX', 'DD', 'NE')),
    CONSTRAINT ck_species_diet CHECK (diet IN ('HERBIVORE', 'CARNIVORE', 'OMNIVORE', 'INSECTIVORE', 'PISCIVORE'))
);

CREATE TABLE enclosure (
    id                 BIGINT IDENTITY(1,1) NOT NULL,
    name               NVARCHAR(100)  NOT NULL,
    habitat            VARCHAR(12)    NOT NULL,
    capacity           INT            NOT NULL,
    area_square_meters DECIMAL(10, 2) NOT NULL,
    version            BIGINT         NOT NULL,
    CONSTRAINT pk_enclosure PRIMARY KEY (id),
    CONSTRAINT uq_enclosure_name UNIQUE (name),
    CONSTRAINT ck_enclosure_habitat CHECK (habitat IN ('SAVANNA', 'RAINFOREST', 'AQUATIC', 'ARCTIC', 'DESERT', 'AVIARY', 'NOCTURNAL', 'TEMPERATE')),
    CONSTRAINT ck_enclosure_capacity CHECK (capacity BETWEEN 1 AND 500),
    CONSTRAINT ck_enclosure_area CHECK (area_square_meters > 0)
);

CREATE TABLE animal (
    id            BIGINT IDENTITY(1,1) NOT NULL,
    name          NVARCHAR(100)  NOT NULL,
    species_id    BIGINT         NOT NULL,
    enclosure_id  BIGINT         NULL,
    sex           VARCHAR(7)     NOT NULL,
    date_of_birth DATE           NULL,
    arrival_date  DATE           NOT NULL,
    status        VARCHAR(11)    NOT NULL,
    notes         NVARCHAR(2000) NULL,
    version       BIGINT         NOT NULL,
    CONSTRAINT pk_animal PRIMARY KEY (id),
    CONSTRAINT fk_animal_species FOREIGN KEY (species_id) REFERENCES species (id),
    CONSTRAINT fk_animal_enclosure FOREIGN KEY (enclosure_id) REFERENCES enclosure (id),
    CONSTRAINT ck_animal_sex CHECK (sex IN ('MALE', 'FEMALE', 'UNKNOWN')),
    CONSTRAINT ck_animal_status CHECK (status IN ('ACTIVE', 'TRANSFERRED', 'DECEASED')),
    CONSTRAINT ck_animal_active_enclosure CHECK (status <> 'ACTIVE' OR enclosure_id IS NOT NULL),
    CONSTRAINT ck_animal_dates CHECK (date_of_birth IS NULL OR date_of_birth <= arrival_date)
);
CREATE INDEX ix_animal_species ON animal (species_id);
CREATE INDEX ix_animal_enclosure_status ON animal (enclosure_id, status);
CREATE INDEX ix_animal_name ON animal (name);

CREATE TABLE keeper (
    id        BIGINT IDENTITY(1,1) NOT NULL,
    full_name NVARCHAR(150) NOT NULL,
    email     NVARCHAR(254) NOT NULL,
    hired_on  DATE          NOT NULL,
    version   BIGINT        NOT NULL,
    CONSTRAINT pk_keeper PRIMARY KEY (id),
    CONSTRAINT uq_keeper_email UNIQUE (email)
);

CREATE TABLE keeper_enclosure (
    keeper_id    BIGINT NOT NULL,
    enclosure_id BIGINT NOT NULL,
    CONSTRAINT pk_keeper_enclosure PRIMARY KEY (keeper_id, enclosure_id),
    CONSTRAINT fk_keeper_enclosure_keeper FOREIGN KEY (keeper_id) REFERENCES keeper (id),
    CONSTRAINT fk_keeper_enclosure_enclosure FOREIGN KEY (enclosure_id) REFERENCES enclosure (id)
);
CREATE INDEX ix_keeper_enclosure_enclosure ON keeper_enclosure (enclosure_id);

CREATE TABLE feeding (
    id               BIGINT IDENTITY(1,1) NOT NULL,
    animal_id        BIGINT        NOT NULL,
    scheduled_at     DATETIME2     NOT NULL,
    food             NVARCHAR(100) NOT NULL,
    quantity_grams   INT           NOT NULL,
    fed_at           DATETIME2     NULL,
    fed_by_keeper_id BIGINT        NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT pk_feeding PRIMARY KEY (id),
    CONSTRAINT fk_feeding_animal FOREIGN KEY (animal_id) REFERENCES animal (id),
    CONSTRAINT fk_feeding_keeper FOREIGN KEY (fed_by_keeper_id) REFERENCES keeper (id),
    CONSTRAINT ck_feeding_quantity CHECK (quantity_grams BETWEEN 1 AND 100000),
    CONSTRAINT ck_feeding_completion CHECK ((fed_at IS NULL AND fed_by_keeper_id IS NULL)
                                         OR (fed_at IS NOT NULL AND fed_by_keeper_id IS NOT NULL))
);
CREATE INDEX ix_feeding_animal ON feeding (animal_id, scheduled_at);
CREATE INDEX ix_feeding_due ON feeding (fed_at, scheduled_at);
CREATE INDEX ix_feeding_keeper ON feeding (fed_by_keeper_id);

-- Facts about this database's contents, e.g. whether the demo data was loaded once.
CREATE TABLE zoo_metadata (
    meta_key   VARCHAR(50)   NOT NULL,
    meta_value NVARCHAR(200) NOT NULL,
    CONSTRAINT pk_zoo_metadata PRIMARY KEY (meta_key)
);
