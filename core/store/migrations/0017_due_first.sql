-- Schema 17: the due panel's first screenful before the whole list is computed (CaseRepository::earliestTimelines):
-- the cases waiting for assessment by receipt, the cases tracking after the goal by the goal, and the dispatches not
-- answered by their date, each read in that order from these indexes; and a coach's cases (which units have
-- supported-employment cases, unit by unit, for their monthly reports).
CREATE INDEX cases_status_received ON cases (status, received_on);
CREATE INDEX cases_status_goal ON cases (status, goal_reached_on);
CREATE INDEX dispatches_pending ON dispatches (answered_on, dispatched_on);
CREATE INDEX cases_coach ON cases (coach_id);
