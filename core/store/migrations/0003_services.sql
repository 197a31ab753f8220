-- Schema 3: supported-employment service records: employers, the unit's case profile, placements,
-- the daily log of intensive on-site support (表3-2) and follow-up contacts (表4-1).
CREATE TABLE employers (
    id TEXT PRIMARY KEY,
    name TEXT,
    tax_id TEXT,
    district TEXT,
    headcount INTEGER,
    contact TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE se_profiles (
    id TEXT PRIMARY KEY,
    case_id TEXT REFERENCES cases (id),
    opened_on TEXT,
    model TEXT,
    remote INTEGER,
    high_support INTEGER,
    old_case INTEGER,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX se_profiles_case ON se_profiles (case_id);

CREATE TABLE placements (
    id TEXT PRIMARY KEY,
    case_id TEXT REFERENCES cases (id),
    employer_id TEXT REFERENCES employers (id),
    job_title TEXT,
    weekly_hours INTEGER,
    wage INTEGER,
    start_date TEXT,
    end_date TEXT,
    labour_insurance_from TEXT,
    alternative_evidence TEXT,
    employed_before_service INTEGER,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX placements_case ON placements (case_id);

CREATE TABLE support_days (
    id TEXT PRIMARY KEY,
    case_id TEXT REFERENCES cases (id),
    day TEXT,
    hours REAL,
    place TEXT,
    content TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX support_days_case ON support_days (case_id);

CREATE TABLE follow_ups (
    id TEXT PRIMARY KEY,
    case_id TEXT REFERENCES cases (id),
    day TEXT,
    manner TEXT,
    employment_status TEXT,
    notes TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX follow_ups_case ON follow_ups (case_id);
