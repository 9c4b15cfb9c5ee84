-- Demo users, one per role (listed in the README), loaded with the demo data and only with it:
-- a database without demo data has no user until ZOO_AUTH_ADMIN_PASSWORD creates the first admin.
-- Its own marker, so that databases that already hold the demo data get the users too.
-- Passwords: zoo-demo-viewer, zoo-demo-keeper, zoo-demo-admin (PBKDF2WithHmacSHA512, 210 000 rounds).

INSERT INTO app_user (username, password_hash, role, failed_logins, version)
SELECT v.username, v.password_hash, v.role, 0, 1
FROM (VALUES
    ('viewer', 'PBKDF2WithHmacSHA512:210000:vYjMSneGiwSy89vO65SvnlmEUMtsi4+h19Usykr0LWg=:Xj2MM841u+9cL5dzLyxLCw3CGCFvDCeC9Z1hZkjr9dyGzIGecS9/rpn19NMmt1fMn6mxLxHz/ZtLe1SacuN0/g==', 'VIEWER'),
    ('keeper', 'PBKDF2WithHmacSHA512:210000:nY0tdaxHxVfPmYzZ/hpQjV4LT7otUYZqGV7KcahOoz4=:41KLTrXSxsfJy8Vp4SgNZfGlsW99cEqKTTIzDFWroia/ZU0dTtzofeYOW+4NRzQFJ43nwZ9WULChE+rrUxX69A==', 'KEEPER'),
    ('admin', 'PBKDF2WithHmacSHA512:210000:bGpqmA9QYFaYNvo7Xsl5Y+TGmWjWI5nG5UEZcWm0FLE=:FbA9kI5YoXUntRaCPNZLoF+9KeH1qt0nT+G7hH/2YO3hwpCa7jjSoBpkEDfyy0NeVWD8IvtisdubsYNkHofa2g==', 'ADMIN')
) AS v (username, password_hash, role)
WHERE NOT EXISTS (SELECT 1 FROM zoo_metadata WHERE meta_key = 'demo_users')
  AND NOT EXISTS (SELECT 1 FROM app_user u WHERE u.username = v.username);

INSERT INTO zoo_metadata (meta_key, meta_value)
SELECT 'demo_users', 'loaded'
WHERE NOT EXISTS (SELECT 1 FROM zoo_metadata WHERE meta_key = 'demo_users');

-- The demo user keeper is the demo keeper Bruno Costa: it records feedings as him. Once (its own
-- marker), so that an administrator's unlink or relink stays; never when either side is linked.
INSERT INTO keeper_user (keeper_id, user_id)
SELECT k.id, u.id
FROM keeper k
JOIN app_user u ON u.username = 'keeper'
WHERE k.email = 'bruno.costa@zoo.example'
  AND NOT EXISTS (SELECT 1 FROM zoo_metadata WHERE meta_key = 'demo_keeper_user')
  AND NOT EXISTS (SELECT 1 FROM keeper_user l WHERE l.keeper_id = k.id OR l.user_id = u.id);

INSERT INTO zoo_metadata (meta_key, meta_value)
SELECT 'demo_keeper_user', 'linked'
WHERE NOT EXISTS (SELECT 1 FROM zoo_metadata WHERE meta_key = 'demo_keeper_user');
