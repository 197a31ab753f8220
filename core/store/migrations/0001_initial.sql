-- Casebook store, schema 1: identity, the operation log, persons, units, staff, cases and their history.
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT
);

CREATE TABLE oplog (
    op_id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    incarnation INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    hlc INTEGER NOT NULL,
    actor TEXT NOT NULL,
    entity TEXT NOT NULL,
    row_id TEXT NOT NULL,
    field TEXT NOT NULL,
    value TEXT,
    base_hlc INTEGER,
    form_id TEXT,
    form_version TEXT,
    UNIQUE (device_id, incarnation, seq)
);
CREATE INDEX oplog_row ON oplog (row_id, field, hlc);

CREATE TABLE units (
    id TEXT PRIMARY KEY,
    name TEXT,
    unit_type TEXT,
    district TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE staff (
    id TEXT PRIMARY KEY,
    name TEXT,
    role TEXT,
    unit_id TEXT REFERENCES units (id),
    deleted INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE persons (
    id TEXT PRIMARY KEY,
    name TEXT,
    sex TEXT,
    birth_date TEXT,
    id_number TEXT,
    address_registered TEXT,
    address_living TEXT,
    district TEXT,
    phone TEXT,
    mobile TEXT,
    emergency_name TEXT,
    emergency_relation TEXT,
    emergency_phone TEXT,
    education TEXT,
    cert_system TEXT,
    cert_categories TEXT,
    cert_severity TEXT,
    cert_valid_until TEXT,
    identity_tags TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX persons_id_number ON persons (id_number);

CREATE TABLE cases (
    id TEXT PRIMARY KEY,
    case_no TEXT,
    person_id TEXT REFERENCES persons (id),
    status TEXT,
    intake_source TEXT,
    referral_unit_type TEXT,
    referral_unit_name TEXT,
    received_on TEXT,
    assessed_on TEXT,
    assessment_outcome TEXT,
    referral_target TEXT,
    transition_meeting_on TEXT,
    plan_goal TEXT,
    window TEXT,
    coach_id TEXT REFERENCES staff (id),
    goal_reached_on TEXT,
    closed_on TEXT,
    closure_reason TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX cases_person ON cases (person_id);

CREATE TABLE dispatches (
    id TEXT PRIMARY KEY,
    case_id TEXT REFERENCES cases (id),
    unit_id TEXT REFERENCES units (id),
    service_type TEXT,
    dispatched_on TEXT,
    answered_on TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX dispatches_case ON dispatches (case_id);

CREATE TABLE case_events (
    id TEXT PRIMARY KEY,
    case_id TEXT REFERENCES cases (id),
    occurred_on TEXT,
    actor TEXT,
    action TEXT,
    from_status TEXT,
    to_status TEXT,
    note TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX case_events_case ON case_events (case_id);
