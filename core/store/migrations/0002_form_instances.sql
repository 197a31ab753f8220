-- Schema 2: form instances and their values, one row per field so that edits merge field by field.
CREATE TABLE form_instances (
    id TEXT PRIMARY KEY,
    case_id TEXT REFERENCES cases (id),
    form_id TEXT,
    form_version TEXT,
    status TEXT,
    created_on TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX form_instances_case ON form_instances (case_id);

CREATE TABLE form_values (
    id TEXT PRIMARY KEY,
    instance_id TEXT REFERENCES form_instances (id),
    field_id TEXT,
    value TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX form_values_instance ON form_values (instance_id);
