-- Schema 16: the due list reads only the rows that can be due near today (ServiceRepository::deadlines): support
-- days, jobs and services begun in a window, and certificates expiring in one, from these indexes instead of every
-- row of a nation's store.
CREATE INDEX support_days_day ON support_days (day);
CREATE INDEX placements_start ON placements (start_date);
CREATE INDEX se_profiles_opened ON se_profiles (opened_on);
CREATE INDEX persons_cert ON persons (cert_valid_until);
