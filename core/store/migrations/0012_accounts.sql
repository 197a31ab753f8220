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
-- The audit trail: who opened, printed, exported or searched what, and sign-ins. Entries are operations like any
-- other write, so they reach the bureau in bundles; each field is written once and a later change is refused at
-- merge.
CREATE TABLE audit_entries (
    id TEXT PRIMARY KEY,
    at TEXT,                   -- UTC, ISO 8601
    actor TEXT,                -- the account (or the device on a store without accounts)
    action TEXT,               -- view_case / print / export / search / sign_in / sign_in_failed / …
    person_id TEXT,
    case_id TEXT,
    detail TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX audit_entries_person ON audit_entries (person_id, at);
CREATE INDEX audit_entries_actor ON audit_entries (actor, at);
