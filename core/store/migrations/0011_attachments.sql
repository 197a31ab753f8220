-- Schema 11: attachments. A scanned, signed form or a photo of the workplace kept with a case (and, where it belongs
-- to one, with a form instance). The content is split into parts small enough to travel as single values of the
-- log; the attachment row names their number, the whole size and its SHA-256, so a copy that lost or altered a part
-- is shown as damaged and never opened.
CREATE TABLE attachments (
    id TEXT PRIMARY KEY,
    case_id TEXT REFERENCES cases (id),
    instance_id TEXT,          -- the form instance it belongs to, if any
    title TEXT,
    file_name TEXT,
    media_type TEXT,           -- application/pdf, image/jpeg, image/png: from the content, not the name
    size INTEGER,
    sha256 TEXT,
    parts INTEGER,
    added_on TEXT,
    added_by TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX attachments_case ON attachments (case_id);
CREATE TABLE attachment_parts (
    id TEXT PRIMARY KEY,
    case_id TEXT REFERENCES cases (id),
    attachment_id TEXT,
    seq INTEGER,
    data TEXT,                 -- base64
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX attachment_parts_attachment ON attachment_parts (attachment_id, seq);
