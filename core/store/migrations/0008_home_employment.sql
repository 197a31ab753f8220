-- Schema 8: home employment (居家就業): the plan, the home assessment, home visits, and follow-up that goes on after
-- the case has closed.
CREATE TABLE home_services (
    id TEXT PRIMARY KEY,
    case_id TEXT REFERENCES cases (id),
    kind TEXT,
    day TEXT,
    notes TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX home_services_case ON home_services (case_id);
