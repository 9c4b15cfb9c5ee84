-- One-shot set-up of the application database and its least-privilege login (run by the db-init
-- service with sqlcmd variables DB_NAME, DB_USER, DB_PASSWORD). Idempotent: safe on every start.
-- The application login can read, write and change the schema of its own database (Flyway runs the
-- migrations with it at start-up); it is not a server administrator and owns nothing else.
-- The collation is named, not inherited from the server: names are unique without regard to case
-- (docs/api.md, "Names and case"), and the unique constraints must agree with the application.
IF DB_ID(N'$(DB_NAME)') IS NULL
    EXEC (N'CREATE DATABASE [$(DB_NAME)] COLLATE SQL_Latin1_General_CP1_CI_AS');
GO
-- READ COMMITTED with row versions: readers see the last committed row instead of waiting for a
-- writer's lock (as on H2), and hold no shared locks that deadlock with updates. The data source
-- asks for READ COMMITTED (datasource-sqlserver.xml). Set before the application connects: the
-- change needs the database to itself.
IF NOT EXISTS (SELECT 1 FROM sys.databases WHERE name = N'$(DB_NAME)' AND is_read_committed_snapshot_on = 1)
    EXEC (N'ALTER DATABASE [$(DB_NAME)] SET READ_COMMITTED_SNAPSHOT ON WITH ROLLBACK IMMEDIATE');
GO
IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'$(DB_USER)')
    EXEC (N'CREATE LOGIN [$(DB_USER)] WITH PASSWORD = N''$(DB_PASSWORD)'', CHECK_POLICY = ON, DEFAULT_DATABASE = [$(DB_NAME)]');
ELSE
    EXEC (N'ALTER LOGIN [$(DB_USER)] WITH PASSWORD = N''$(DB_PASSWORD)''');
GO
USE [$(DB_NAME)];
GO
IF NOT EXISTS (SELECT 1 FROM sys.database_principals WHERE name = N'$(DB_USER)')
    EXEC (N'CREATE USER [$(DB_USER)] FOR LOGIN [$(DB_USER)] WITH DEFAULT_SCHEMA = dbo');
ALTER ROLE db_datareader ADD MEMBER [$(DB_USER)];
ALTER ROLE db_datawriter ADD MEMBER [$(DB_USER)];
ALTER ROLE db_ddladmin ADD MEMBER [$(DB_USER)];
GO
