-- Browser sessions of the built-in login: POST /api/auth/login sets an HttpOnly cookie holding a
-- random refresh token, POST /api/auth/session exchanges it for a fresh access token and a new
-- refresh token (rotation). Only the token's SHA-256 hash (64 hex digits) is stored, never the
-- token. All tokens of one sign-in share family_id and expires_at (the absolute end of the session);
-- replaced_at is set when a token was rotated (NULL: the family's current token). Presenting a
-- replaced token again revokes the whole family. A deleted user's sessions go with the user.

CREATE TABLE refresh_token (
    id           BIGINT IDENTITY(1,1) NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    family_id    CHAR(36)     NOT NULL,
    user_id      BIGINT       NOT NULL,
    created_at   DATETIME2    NOT NULL,
    expires_at   DATETIME2    NOT NULL,
    replaced_at  DATETIME2    NULL,
    CONSTRAINT pk_refresh_token PRIMARY KEY (id),
    CONSTRAINT uq_refresh_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_refresh_token_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT ck_refresh_token_expiry CHECK (expires_at > created_at)
);
CREATE INDEX ix_refresh_token_family ON refresh_token (family_id);
CREATE INDEX ix_refresh_token_user_expires ON refresh_token (user_id, expires_at);
