-- Schema 6: the group model of supported employment (群組服務模式): a coach's groups, their members (cases) and
-- sessions (at least 3 persons each time), and who stayed employed 6 months.
CREATE TABLE se_groups (
    id TEXT PRIMARY KEY,
    name TEXT,
    coach_id TEXT,
    started_on TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE se_group_members (
    id TEXT PRIMARY KEY,
    group_id TEXT REFERENCES se_groups (id),
    case_id TEXT REFERENCES cases (id),
    joined_on TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX se_group_members_group ON se_group_members (group_id);
CREATE TABLE se_group_sessions (
    id TEXT PRIMARY KEY,
    group_id TEXT REFERENCES se_groups (id),
    day TEXT,
    persons INTEGER,
    topic TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX se_group_sessions_group ON se_group_sessions (group_id);
