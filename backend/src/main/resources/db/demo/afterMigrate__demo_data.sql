-- Demo data: loaded once (after the first migration that finds no 'demo_data' marker), on by
-- default for the embedded database only (see zoo.demo-data). A Flyway callback rather than a
-- versioned migration, so that turning it on or off later never disturbs the schema history.
-- Times are relative to the database's clock (UTC in the containers and CI), so feedings are due
-- whenever the data is loaded.

INSERT INTO species (common_name, scientific_name, conservation_status, diet, version)
SELECT v.common_name, v.scientific_name, v.status, v.diet, 1
FROM (VALUES
    ('African Lion', 'Panthera leo', 'VU', 'CARNIVORE'),
    ('Plains Zebra', 'Equus quagga', 'NT', 'HERBIVORE'),
    ('Reticulated Giraffe', 'Giraffa reticulata', 'EN', 'HERBIVORE'),
    ('Emperor Penguin', 'Aptenodytes forsteri', 'NT', 'PISCIVORE'),
    ('Polar Bear', 'Ursus maritimus', 'VU', 'CARNIVORE'),
    ('Bornean Orangutan', 'Pongo pygmaeus', 'CR', 'OMNIVORE'),
    ('Giant Anteater', 'Myrmecophaga tridactyla', 'VU', 'INSECTIVORE'),
    ('Fennec Fox', 'Vulpes zerda', 'LC', 'OMNIVORE'),
    ('Scarlet Macaw', 'Ara macao', 'LC', 'HERBIVORE'),
    ('Aye-aye', 'Daubentonia madagascariensis', 'EN', 'OMNIVORE')
) AS v (common_name, scientific_name, status, diet)
WHERE NOT EXISTS (SELECT 1 FROM zoo_metadata WHERE meta_key = 'demo_data');

INSERT INTO enclosure (name, habitat, capacity, area_square_meters, version)
SELECT v.name, v.habitat, v.capacity, v.area, 1
FROM (VALUES
    ('Savanna Plains', 'SAVANNA', 12, 8500.00),
    ('Lion Rock', 'SAVANNA', 4, 2200.00),
    ('Rainforest Dome', 'RAINFOREST', 8, 1800.50),
    ('Polar Coast', 'ARCTIC', 6, 3100.00),
    ('Desert Burrows', 'DESERT', 5, 400.00),
    ('Tropical Aviary', 'AVIARY', 30, 950.00),
    ('Night House', 'NOCTURNAL', 3, 120.00)
) AS v (name, habitat, capacity, area)
WHERE NOT EXISTS (SELECT 1 FROM zoo_metadata WHERE meta_key = 'demo_data');

INSERT INTO animal (name, species_id, enclosure_id, sex, date_of_birth, arrival_date, status, notes, version)
SELECT v.name, s.id, e.id, v.sex, CAST(v.born AS DATE), CAST(v.arrived AS DATE), v.status, v.notes, 1
FROM (VALUES
    ('Amani', 'African Lion', 'Lion Rock', 'MALE', '2016-04-12', '2018-06-01', 'ACTIVE', 'Pride leader.'),
    ('Zuri', 'African Lion', 'Lion Rock', 'FEMALE', '2017-02-03', '2018-06-01', 'ACTIVE', NULL),
    ('Kito', 'African Lion', 'Lion Rock', 'MALE', '2022-09-20', '2022-09-20', 'ACTIVE', 'Born at the zoo.'),
    ('Nia', 'African Lion', 'Lion Rock', 'FEMALE', '2022-09-20', '2022-09-20', 'ACTIVE', 'Born at the zoo.'),
    ('Marty', 'Plains Zebra', 'Savanna Plains', 'MALE', '2015-07-30', '2017-03-14', 'ACTIVE', NULL),
    ('Stripes', 'Plains Zebra', 'Savanna Plains', 'FEMALE', '2019-05-11', '2020-01-09', 'ACTIVE', NULL),
    ('Dotty', 'Plains Zebra', 'Savanna Plains', 'FEMALE', NULL, '2021-08-23', 'ACTIVE', 'Date of birth unknown.'),
    ('Twiga', 'Reticulated Giraffe', 'Savanna Plains', 'FEMALE', '2012-11-02', '2014-04-18', 'ACTIVE', NULL),
    ('Jabari', 'Reticulated Giraffe', 'Savanna Plains', 'MALE', '2018-01-25', '2019-10-05', 'ACTIVE', NULL),
    ('Pingu', 'Emperor Penguin', 'Polar Coast', 'MALE', '2020-08-14', '2021-02-01', 'ACTIVE', NULL),
    ('Gloria', 'Emperor Penguin', 'Polar Coast', 'FEMALE', '2019-07-22', '2021-02-01', 'ACTIVE', NULL),
    ('Nanook', 'Polar Bear', 'Polar Coast', 'MALE', '2011-12-05', '2013-05-30', 'ACTIVE', 'Enrichment: ice blocks daily.'),
    ('Budi', 'Bornean Orangutan', 'Rainforest Dome', 'MALE', '2008-03-17', '2010-09-09', 'ACTIVE', NULL),
    ('Sari', 'Bornean Orangutan', 'Rainforest Dome', 'FEMALE', '2012-06-28', '2014-02-11', 'ACTIVE', NULL),
    ('Tamandua', 'Giant Anteater', 'Rainforest Dome', 'FEMALE', '2018-10-10', '2020-03-03', 'ACTIVE', NULL),
    ('Sandy', 'Fennec Fox', 'Desert Burrows', 'FEMALE', '2021-04-04', '2021-11-15', 'ACTIVE', NULL),
    ('Dune', 'Fennec Fox', 'Desert Burrows', 'MALE', '2021-04-04', '2021-11-15', 'ACTIVE', NULL),
    ('Rio', 'Scarlet Macaw', 'Tropical Aviary', 'MALE', '2010-01-01', '2012-07-07', 'ACTIVE', NULL),
    ('Blu', 'Scarlet Macaw', 'Tropical Aviary', 'UNKNOWN', NULL, '2016-05-05', 'ACTIVE', NULL),
    ('Mojo', 'Aye-aye', 'Night House', 'MALE', '2017-09-09', '2019-09-09', 'ACTIVE', NULL),
    ('Ghost', 'Aye-aye', NULL, 'FEMALE', '2016-02-02', '2018-02-02', 'TRANSFERRED', 'Moved to a partner zoo in 2024.'),
    ('Old Tom', 'African Lion', NULL, 'MALE', '2003-01-15', '2005-05-05', 'DECEASED', NULL)
) AS v (name, species, enclosure, sex, born, arrived, status, notes)
JOIN species s ON s.common_name = v.species
LEFT JOIN enclosure e ON e.name = v.enclosure
WHERE NOT EXISTS (SELECT 1 FROM zoo_metadata WHERE meta_key = 'demo_data');

INSERT INTO keeper (full_name, email, hired_on, version)
SELECT v.full_name, v.email, CAST(v.hired AS DATE), 1
FROM (VALUES
    ('Ada Okafor', 'ada.okafor@zoo.example', '2015-03-01'),
    ('Bruno Costa', 'bruno.costa@zoo.example', '2018-09-15'),
    ('Chen Wei', 'chen.wei@zoo.example', '2020-01-06'),
    ('Dana Levi', 'dana.levi@zoo.example', '2023-05-22')
) AS v (full_name, email, hired)
WHERE NOT EXISTS (SELECT 1 FROM zoo_metadata WHERE meta_key = 'demo_data');

INSERT INTO keeper_enclosure (keeper_id, enclosure_id)
SELECT k.id, e.id
FROM (VALUES
    ('ada.okafor@zoo.example', 'Lion Rock'),
    ('ada.okafor@zoo.example', 'Savanna Plains'),
    ('bruno.costa@zoo.example', 'Polar Coast'),
    ('bruno.costa@zoo.example', 'Desert Burrows'),
    ('chen.wei@zoo.example', 'Rainforest Dome'),
    ('chen.wei@zoo.example', 'Night House'),
    ('dana.levi@zoo.example', 'Tropical Aviary'),
    ('dana.levi@zoo.example', 'Savanna Plains')
) AS v (email, enclosure)
JOIN keeper k ON k.email = v.email
JOIN enclosure e ON e.name = v.enclosure
WHERE NOT EXISTS (SELECT 1 FROM zoo_metadata WHERE meta_key = 'demo_data');

-- Feedings: minutes relative to now; negative = in the past. A keeper email marks a completed one.
INSERT INTO feeding (animal_id, scheduled_at, food, quantity_grams, fed_at, fed_by_keeper_id, version)
SELECT a.id,
       DATEADD(MINUTE, v.offset_minutes, CURRENT_TIMESTAMP),
       v.food,
       v.grams,
       CASE WHEN k.id IS NULL THEN NULL ELSE DATEADD(MINUTE, v.offset_minutes + 10, CURRENT_TIMESTAMP) END,
       k.id,
       1
FROM (VALUES
    ('Amani', -1440, 'Beef', 7000, 'ada.okafor@zoo.example'),
    ('Zuri', -1440, 'Beef', 5000, 'ada.okafor@zoo.example'),
    ('Amani', -60, 'Beef', 7000, NULL),
    ('Zuri', -60, 'Beef', 5000, NULL),
    ('Nanook', -30, 'Herring', 9000, NULL),
    ('Pingu', -15, 'Krill', 900, NULL),
    ('Gloria', -15, 'Krill', 850, NULL),
    ('Budi', -180, 'Fruit mix', 3000, 'chen.wei@zoo.example'),
    ('Sari', 120, 'Fruit mix', 2500, NULL),
    ('Tamandua', 240, 'Termite mash', 600, NULL),
    ('Sandy', 90, 'Insects', 150, NULL),
    ('Twiga', -300, 'Acacia browse', 30000, 'dana.levi@zoo.example'),
    ('Twiga', 360, 'Acacia browse', 30000, NULL),
    ('Rio', 30, 'Seed mix', 60, NULL),
    ('Mojo', 600, 'Grubs and coconut', 250, NULL)
) AS v (animal, offset_minutes, food, grams, keeper_email)
JOIN animal a ON a.name = v.animal
LEFT JOIN keeper k ON k.email = v.keeper_email
WHERE NOT EXISTS (SELECT 1 FROM zoo_metadata WHERE meta_key = 'demo_data');

INSERT INTO zoo_metadata (meta_key, meta_value)
SELECT 'demo_data', 'loaded'
WHERE NOT EXISTS (SELECT 1 FROM zoo_metadata WHERE meta_key = 'demo_data');
