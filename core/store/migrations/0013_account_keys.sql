-- Schema 13: an account's key envelope. When the administrator sets a password (a new account, a reset), an X25519
-- key pair is made for the account and its secret half wrapped under Argon2id of that password; the envelope travels
-- with the account. An encrypted laptop that receives it seals its store key to the public half, so the account can
-- open that store with the same password without ever having signed in there (StoreKeys, kind "account"). The
-- envelope names the password hash it was made with, so a stale one is never used.
ALTER TABLE accounts ADD COLUMN key_envelope TEXT;
