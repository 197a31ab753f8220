-- Schema 14: an SOP step can be undone the day it was taken, on the device that took it. Each step records what it
-- changed as it was before (the case's fields, the dispatch it made or answered), as JSON; the undo is a step of its
-- own in the history (action "undo", with the reason), and names the step it reverses.
ALTER TABLE case_events ADD COLUMN reverts TEXT;
