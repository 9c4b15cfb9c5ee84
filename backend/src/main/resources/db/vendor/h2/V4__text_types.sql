-- Names are unique without regard to case, on both databases (docs/api.md, "Names and case"): the
-- application compares them with LOWER on both sides, SQL Server's unique constraints follow its
-- case-insensitive collation, and here the name columns become VARCHAR_IGNORECASE so that H2's
-- unique constraints agree too (two parallel creates of "Lion" and "LION" cannot both succeed).
-- The SQL Server migration of the same version: db/vendor/sqlserver (its text columns become
-- nvarchar; H2's VARCHAR and NVARCHAR are one type, so nothing else changes here).

ALTER TABLE species ALTER COLUMN common_name VARCHAR_IGNORECASE(100) NOT NULL;
ALTER TABLE species ALTER COLUMN scientific_name VARCHAR_IGNORECASE(150) NOT NULL;
ALTER TABLE enclosure ALTER COLUMN name VARCHAR_IGNORECASE(100) NOT NULL;
ALTER TABLE keeper ALTER COLUMN email VARCHAR_IGNORECASE(254) NOT NULL;
ALTER TABLE app_user ALTER COLUMN username VARCHAR_IGNORECASE(50) NOT NULL;
