-- Schema 12: who acts. A store's user accounts, each tied to a staff record, with a role. The account row (and the
-- password hash it was made with) travels as reference data from the enroller, so a coach's laptop knows its coach;
-- a password changed on a store is kept in account_passwords, which never leaves it. Failed sign-ins are counted per
-- account name on the store, for the increasing delay.
CREATE TABLE accounts (
    id TEXT PRIMARY KEY,
    name TEXT,                 -- the sign-in name, unique among the accounts not deleted
    staff_id TEXT REFERENCES staff (id),
    role TEXT,                 -- coach / supervisor / case_manager / bureau_clerk / administrator
    unit_id TEXT,              -- a supervisor's unit (else the staff member's)
    window TEXT,               -- a case manager's window: north / south
    password_hash TEXT,        -- Argon2id (crypto_pwhash_str), as the administrator set it
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX accounts_name ON accounts (name);
CREATE TABLE account_passwords (
    account_id TEXT PRIMARY KEY,
    password_hash TEXT NOT NULL,
    changed_at TEXT NOT NULL
);
CREATE TABLE sign_in_failures (
    account_name TEXT PRIMARY KEY,
    failures INTEGER NOT NULL,
    last_at TEXT NOT NULL
);
