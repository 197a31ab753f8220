-- Schema 4: sync between stores. Trusted devices (enrolment), imported bundles (idempotence and quarantine),
-- operations waiting for a gap in their device's sequence to fill, and merge conflicts awaiting review.
-- None of these is a domain table: the state digest covers the case data only.
CREATE TABLE sync_devices (
    device_id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    sign_key TEXT NOT NULL,
    box_key TEXT NOT NULL,
    trusted_as TEXT NOT NULL, -- enrolled (a device this store enrolled) / enroller (the store that enrolled this one)
    added_on TEXT NOT NULL,
    revoked INTEGER NOT NULL DEFAULT 0,
    scope_unit TEXT -- an enrolled unit laptop that receives only the cases dispatched to this unit
);

CREATE TABLE sync_bundles (
    bundle_id TEXT PRIMARY KEY,
    from_device TEXT NOT NULL,
    hash TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    operations INTEGER NOT NULL,
    status TEXT NOT NULL, -- applied / quarantined
    reason TEXT
);

CREATE TABLE sync_backlog (
    op_id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    incarnation INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    body TEXT NOT NULL
);

CREATE TABLE sync_conflicts (
    id TEXT PRIMARY KEY,
    entity TEXT NOT NULL,
    row_id TEXT NOT NULL,
    field TEXT NOT NULL,
    op_a TEXT NOT NULL,
    op_b TEXT NOT NULL,
    value_a TEXT,
    value_b TEXT,
    device_a TEXT,
    device_b TEXT,
    hlc_a INTEGER,
    hlc_b INTEGER,
    status TEXT NOT NULL DEFAULT 'open', -- open / resolved
    chosen TEXT,
    reason TEXT
);

-- What each peer store holds, from the signed headers of its bundles and receipts: device id -> highest sequence.
-- An export leaves out what every recipient has already.
CREATE TABLE sync_peers (
    device_id TEXT PRIMARY KEY,
    have TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Two person records found to be one person, merged by a person's decision (and undone the same way): the cases
-- moved to the kept record are listed so that an undo moves exactly those back. A domain table: it travels.
CREATE TABLE person_merges (
    id TEXT PRIMARY KEY,
    kept_id TEXT,
    merged_id TEXT,
    cases TEXT,
    reason TEXT,
    merged_on TEXT,
    undone INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0
);

-- A person's decision on a conflict, with the reason: an ordinary domain row, so it travels to the laptops, where
-- the coach sees what was chosen and why (conflict ids are the same on every store).
CREATE TABLE conflict_decisions (
    id TEXT PRIMARY KEY,
    conflict_id TEXT,
    chosen TEXT,
    reason TEXT,
    decided_by TEXT,
    decided_on TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX conflict_decisions_conflict ON conflict_decisions (conflict_id);
