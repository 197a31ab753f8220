-- Schema 10: completing a form is an event with a day and a person, and a correction that keeps a complete form
-- valid is an amendment (it stays complete). Forms completed before this schema take the day and the actor of the
-- operation that last marked them complete (Taiwan time, UTC+8, so every device derives the same value), or their
-- creation day when the log has no such operation.
ALTER TABLE form_instances ADD COLUMN completed_on TEXT;
ALTER TABLE form_instances ADD COLUMN completed_by TEXT;
ALTER TABLE form_instances ADD COLUMN amended_on TEXT;
UPDATE form_instances SET
    completed_on = ifnull((SELECT date((o.hlc >> 16) / 1000, 'unixepoch', '+8 hours') FROM oplog o
                           WHERE o.row_id = form_instances.id AND o.entity = 'form_instance' AND o.field = 'status'
                             AND o.value = 'complete' ORDER BY o.hlc DESC LIMIT 1), created_on),
    completed_by = (SELECT o.actor FROM oplog o
                    WHERE o.row_id = form_instances.id AND o.entity = 'form_instance' AND o.field = 'status'
                      AND o.value = 'complete' ORDER BY o.hlc DESC LIMIT 1)
WHERE status = 'complete';

-- Forms are views of the records: the rows of 表3-2 are the support days and those of 表4-1 the follow-up
-- contacts, so the columns the forms print live with the records.
ALTER TABLE support_days ADD COLUMN performance TEXT;
ALTER TABLE support_days ADD COLUMN next_focus TEXT;
ALTER TABLE follow_ups ADD COLUMN weekly_hours INTEGER;
ALTER TABLE follow_ups ADD COLUMN wage INTEGER;

-- A monthly report filed (報送) keeps where this store's log stood, so printing it again later gives the same
-- report from the records as they were, whatever was corrected or merged since. Local to the store that filed.
CREATE TABLE report_filings (
    id TEXT PRIMARY KEY,
    report TEXT NOT NULL,      -- monthly
    period TEXT NOT NULL,      -- ROC month, 115-10
    unit_id TEXT NOT NULL,     -- empty: all units
    filed_at TEXT NOT NULL,    -- ISO date and time, UTC
    filed_by TEXT NOT NULL,
    log_position INTEGER NOT NULL,
    UNIQUE (report, period, unit_id)
);

-- Eligibility at intake (seed 002 三(一)): a case the rules refuse is opened only when a case manager accepts it
-- with a written reason, kept with the case.
ALTER TABLE cases ADD COLUMN eligibility_override TEXT;
