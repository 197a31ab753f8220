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
