-- Users of the built-in login. Passwords are Pbkdf2PasswordHash strings
-- (algorithm:iterations:salt:hash), never the password. A failed login counts up
-- failed_logins; enough of them set locked_until (see zoo.auth.max-failures).

CREATE TABLE app_user (
    id             BIGINT IDENTITY(1,1) NOT NULL,
    username       NVARCHAR(50)  NOT NULL,
    password_hash  VARCHAR(300)  NOT NULL,
    role           VARCHAR(10)   NOT NULL,
    failed_logins  INT           NOT NULL,
    locked_until   DATETIME2     NULL,
    last_login_at  DATETIME2     NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT pk_app_user PRIMARY KEY (id),
    CONSTRAINT uq_app_user_username UNIQUE (username),
    CONSTRAINT ck_app_user_role CHECK (role IN ('VIEWER', 'KEEPER', 'ADMIN')),
    CONSTRAINT ck_app_user_failed_logins CHECK (failed_logins >= 0)
);
