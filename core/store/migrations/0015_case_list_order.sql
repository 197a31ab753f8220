-- Schema 15: the case list's order (newest received first) as an index, so that its first screenful is read from the
-- index and the rest in pages after it (CaseRepository::listRows), on a bureau's store of a nation's cases too.
CREATE INDEX cases_list_order ON cases (coalesce(received_on, ''), coalesce(case_no, ''), id);
