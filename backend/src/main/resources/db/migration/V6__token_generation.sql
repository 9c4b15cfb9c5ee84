-- Access tokens end when a user's rights change. Every access token names its user's id (claim
-- uid) and this generation (claim gen); a change of role or password counts it up, and a token
-- whose generation is not the user's current one (or whose user is gone) is refused with 401 on
-- every database-backed request (security.AccessTokenCheck).

ALTER TABLE app_user ADD token_generation INT DEFAULT 0 NOT NULL;
