-- Schema 5: workplace-adaptation service (職場適應服務) for persons already at work; the persons served in a plan
-- year offset a coach's placement target (5 -> 1, 8 -> 2).
CREATE TABLE adaptation_services (
    id TEXT PRIMARY KEY,
    case_id TEXT REFERENCES cases (id),
    started_on TEXT,
    ended_on TEXT,
    notes TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX adaptation_services_case ON adaptation_services (case_id);
