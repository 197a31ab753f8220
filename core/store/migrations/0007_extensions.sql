-- Schema 7: post-employment support extension (Hong Kong style): after a case closes, a membership of up to 18
-- months during which the person can come back for support.
CREATE TABLE support_extensions (
    id TEXT PRIMARY KEY,
    case_id TEXT REFERENCES cases (id),
    started_on TEXT,
    ends_on TEXT,
    notes TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX support_extensions_case ON support_extensions (case_id);
