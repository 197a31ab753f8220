<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountRepository</name>
    <message>
        <source>Job coach</source>
        <translation>Job coach</translation>
    </message>
    <message>
        <source>Unit supervisor</source>
        <translation>Unit supervisor</translation>
    </message>
    <message>
        <source>Window case manager</source>
        <translation>Window case manager</translation>
    </message>
    <message>
        <source>Bureau clerk</source>
        <translation>Bureau clerk</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation>A password has at least %1 characters.</translation>
    </message>
    <message>
        <source>A password may not contain the person&apos;s own name.</source>
        <translation>A password may not contain the person&apos;s own name.</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>The cryptography library could not start.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation>Not enough memory to protect the password.</translation>
    </message>
    <message>
        <source>An account needs a sign-in name.</source>
        <translation>An account needs a sign-in name.</translation>
    </message>
    <message>
        <source>There is an account %1 already.</source>
        <translation>There is an account %1 already.</translation>
    </message>
    <message>
        <source>An account belongs to a member of staff.</source>
        <translation>An account belongs to a member of staff.</translation>
    </message>
    <message>
        <source>The password is not protected with Argon2id.</source>
        <translation>The password is not protected with Argon2id.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>There is no account %1.</translation>
    </message>
    <message>
        <source>The account %1 has an unknown role.</source>
        <translation>The account %1 has an unknown role.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: wait %n second(s) before the next try.</source>
        <translation>
            <numerusform>Too many wrong passwords: wait %n second before the next try.</numerusform>
            <numerusform>Too many wrong passwords: wait %n seconds before the next try.</numerusform>
        </translation>
    </message>
    <message>
        <source>The name or the password is wrong.</source>
        <translation>The name or the password is wrong.</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>表3-2: day %1 of %2 of intensive support at %3 to log</source>
        <translation>表3-2: day %1 of %2 of intensive support at %3 to log</translation>
    </message>
    <message>
        <source>表4-1: follow-up contact (a month after the last, %1)</source>
        <translation>表4-1: follow-up contact (a month after the last, %1)</translation>
    </message>
</context>
<context>
    <name>AttachmentRepository</name>
    <message>
        <source>%1 is %2 MB; an attachment may be at most %3 MB. Scan at a lower resolution or split the file.</source>
        <translation>%1 is %2 MB; an attachment may be at most %3 MB. Scan at a lower resolution or split the file.</translation>
    </message>
    <message>
        <source>An attachment may be at most %1 MB.</source>
        <translation>An attachment may be at most %1 MB.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <source>%1 is not a PDF, JPEG or PNG file (by its content, whatever its name says). Scan or save it as one of these.</source>
        <translation>%1 is not a PDF, JPEG or PNG file (by its content, whatever its name says). Scan or save it as one of these.</translation>
    </message>
    <message>
        <source>There is no such case.</source>
        <translation>There is no such case.</translation>
    </message>
    <message>
        <source>The form is not one of this case&apos;s.</source>
        <translation>The form is not one of this case&apos;s.</translation>
    </message>
    <message>
        <source>There is no such attachment.</source>
        <translation>There is no such attachment.</translation>
    </message>
    <message>
        <source>%1 is damaged: its content does not match what was attached (size, digest or type). It is not opened; attach the file again.</source>
        <translation>%1 is damaged: its content does not match what was attached (size, digest or type). It is not opened; attach the file again.</translation>
    </message>
    <message>
        <source>%1 has not arrived whole yet (%2 of %3 parts); it opens once the rest is merged.</source>
        <translation>%1 has not arrived whole yet (%2 of %3 parts); it opens once the rest is merged.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>A job coach does not read the audit trail: ask your supervisor.</source>
        <translation>A job coach does not read the audit trail: ask your supervisor.</translation>
    </message>
    <message>
        <source>opened the case</source>
        <translation>opened the case</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>printed</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exported</translation>
    </message>
    <message>
        <source>searched persons</source>
        <translation>searched persons</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>signed in</translation>
    </message>
    <message>
        <source>failed to sign in</source>
        <translation>failed to sign in</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <source>handed cases over</source>
        <translation>handed cases over</translation>
    </message>
    <message>
        <source>Save the audit trail as .csv or .xlsx.</source>
        <translation>Save the audit trail as .csv or .xlsx.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Did</source>
        <translation>Did</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message numerus="yes">
        <source>audit trail, %n entry(ies) → %1</source>
        <translation>
            <numerusform>audit trail, %n entry → %1</numerusform>
            <numerusform>audit trail, %n entries → %1</numerusform>
        </translation>
    </message>
    <message>
        <source>changed an account</source>
        <translation>changed an account</translation>
    </message>
</context>
<context>
    <name>Bundle</name>
    <message>
        <source>This is not the public identity of a Casebook store.</source>
        <translation>This is not the public identity of a Casebook store.</translation>
    </message>
    <message>
        <source>The bundle&apos;s operations cannot be read.</source>
        <translation>The bundle&apos;s operations cannot be read.</translation>
    </message>
    <message>
        <source>The bundle holds a malformed operation.</source>
        <translation>The bundle holds a malformed operation.</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>The cryptography library could not start.</translation>
    </message>
    <message>
        <source>A bundle needs at least one recipient.</source>
        <translation>A bundle needs at least one recipient.</translation>
    </message>
    <message>
        <source>The file is larger than a bundle may be (%1 MB).</source>
        <translation>The file is larger than a bundle may be (%1 MB).</translation>
    </message>
    <message>
        <source>The file is not a Casebook bundle.</source>
        <translation>The file is not a Casebook bundle.</translation>
    </message>
    <message>
        <source>The bundle was written by another version of Casebook (format %1).</source>
        <translation>The bundle was written by another version of Casebook (format %1).</translation>
    </message>
    <message>
        <source>The bundle is cut short or damaged.</source>
        <translation>The bundle is cut short or damaged.</translation>
    </message>
    <message>
        <source>The bundle does not name its sender.</source>
        <translation>The bundle does not name its sender.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature does not match: it was altered or forged.</source>
        <translation>The bundle&apos;s signature does not match: it was altered or forged.</translation>
    </message>
    <message>
        <source>The bundle is addressed to another store.</source>
        <translation>The bundle is addressed to another store.</translation>
    </message>
    <message>
        <source>The bundle&apos;s files cannot be read.</source>
        <translation>The bundle&apos;s files cannot be read.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, a pipe or a folder).</source>
        <translation>%1 is not a regular file (a device, a pipe or a folder).</translation>
    </message>
    <message>
        <source>The bundle holds %1 operations; at most %2 are taken in one bundle.</source>
        <translation>The bundle holds %1 operations; at most %2 are taken in one bundle.</translation>
    </message>
    <message>
        <source>Operation %1 of device %2 carries a value of more than 1 MiB (%3.%4); it is not taken.</source>
        <translation>Operation %1 of device %2 carries a value of more than 1 MiB (%3.%4); it is not taken.</translation>
    </message>
    <message>
        <source>The bundle was written by an older version of Casebook (format %1), which did not sign who wrote each operation. Update Casebook where it was written and export it again.</source>
        <translation>The bundle was written by an older version of Casebook (format %1), which did not sign who wrote each operation. Update Casebook where it was written and export it again.</translation>
    </message>
    <message>
        <source>The bundle names no valid schema version; it is not taken.</source>
        <translation>The bundle names no valid schema version; it is not taken.</translation>
    </message>
    <message>
        <source>The bundle&apos;s content does not open under its header: it was damaged, or re-signed by another store than the one that sealed it.</source>
        <translation>The bundle&apos;s content does not open under its header: it was damaged, or re-signed by another store than the one that sealed it.</translation>
    </message>
</context>
<context>
    <name>CaseAttachments</name>
    <message>
        <source>attachment %1 → %2</source>
        <translation>attachment %1 → %2</translation>
    </message>
</context>
<context>
    <name>CaseDocuments</name>
    <message>
        <source>The layout of the list of the case&apos;s documents is missing.</source>
        <translation>The layout of the list of the case&apos;s documents is missing.</translation>
    </message>
    <message>
        <source>its form definition %1 is not installed</source>
        <translation>its form definition %1 is not installed</translation>
    </message>
</context>
<context>
    <name>CaseForms</name>
    <message>
        <source>Choose a case first.</source>
        <translation>Choose a case first.</translation>
    </message>
    <message>
        <source>The form %1 is not available in this version.</source>
        <translation>The form %1 is not available in this version.</translation>
    </message>
    <message>
        <source>This case has no forms to print yet.</source>
        <translation>This case has no forms to print yet.</translation>
    </message>
    <message>
        <source>all forms → %1</source>
        <translation>all forms → %1</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>Choose the person the case is for.</source>
        <translation>Choose the person the case is for.</translation>
    </message>
    <message>
        <source>Choose how the case came in (self-application or a referral form).</source>
        <translation>Choose how the case came in (self-application or a referral form).</translation>
    </message>
    <message>
        <source>Choose the type of the referring unit.</source>
        <translation>Choose the type of the referring unit.</translation>
    </message>
    <message>
        <source>Enter the name of the referring unit.</source>
        <translation>Enter the name of the referring unit.</translation>
    </message>
    <message>
        <source>Enter the date the case was received.</source>
        <translation>Enter the date the case was received.</translation>
    </message>
    <message>
        <source>The date of receipt lies in the future.</source>
        <translation>The date of receipt lies in the future.</translation>
    </message>
    <message>
        <source>Self-application</source>
        <translation>Self-application</translation>
    </message>
    <message>
        <source>The unit chosen for the dispatch does not exist.</source>
        <translation>The unit chosen for the dispatch does not exist.</translation>
    </message>
    <message>
        <source>No case with id %1.</source>
        <translation>No case with id %1.</translation>
    </message>
    <message>
        <source>The case field %1 changes only through the workflow.</source>
        <translation>The case field %1 changes only through the workflow.</translation>
    </message>
    <message>
        <source>Not eligible for the service: %1. A case manager can accept the intake with a written reason.</source>
        <translation>Not eligible for the service: %1. A case manager can accept the intake with a written reason.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Not eligible for the service: %1. Only the window&apos;s case manager or the bureau can accept it.</source>
        <translation>Not eligible for the service: %1. Only the window&apos;s case manager or the bureau can accept it.</translation>
    </message>
    <message>
        <source>under 15 on the day of receipt (born %1)</source>
        <translation>under 15 on the day of receipt (born %1)</translation>
    </message>
    <message>
        <source>no disability certificate or handbook, and not an occupationally injured worker</source>
        <translation>no disability certificate or handbook, and not an occupationally injured worker</translation>
    </message>
    <message>
        <source>the certificate expired on %1</source>
        <translation>the certificate expired on %1</translation>
    </message>
    <message>
        <source>Write why the step is undone: the reason stays in the case&apos;s history.</source>
        <translation>Write why the step is undone: the reason stays in the case&apos;s history.</translation>
    </message>
    <message>
        <source>There is no step to undo: only the last step, on the day and the device it was taken, can be undone. Correct an earlier one with the next step.</source>
        <translation>There is no step to undo: only the last step, on the day and the device it was taken, can be undone. Correct an earlier one with the next step.</translation>
    </message>
</context>
<context>
    <name>CaseSteps</name>
    <message>
        <source>The minimum follow-up runs until %1: the case closes as &quot;goal reached&quot; after that.</source>
        <translation>The minimum follow-up runs until %1: the case closes as &quot;goal reached&quot; after that.</translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <source>Cannot open the store %1: %2</source>
        <translation>Cannot open the store %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a Casebook store.</source>
        <translation>The file %1 is not a Casebook store.</translation>
    </message>
    <message>
        <source>The store %1 is in use by another program.</source>
        <translation>The store %1 is in use by another program.</translation>
    </message>
    <message>
        <source>The store %1 is damaged and cannot be opened.</source>
        <translation>The store %1 is damaged and cannot be opened.</translation>
    </message>
    <message>
        <source>Cannot read the store %1: %2</source>
        <translation>Cannot read the store %1: %2</translation>
    </message>
    <message>
        <source>The store %1 was written by a newer version of Casebook (schema %2; this version knows up to %3). Please update Casebook.</source>
        <translation>The store %1 was written by a newer version of Casebook (schema %2; this version knows up to %3). Please update Casebook.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>The store %1 is already open in another Casebook window or program.</source>
        <translation>The store %1 is already open in another Casebook window or program.</translation>
    </message>
    <message>
        <source>Missing schema migration %1.</source>
        <translation>Missing schema migration %1.</translation>
    </message>
    <message>
        <source>Schema migration %1 failed: %2</source>
        <translation>Schema migration %1 failed: %2</translation>
    </message>
    <message>
        <source>This store is already initialised as %1.</source>
        <translation>This store is already initialised as %1.</translation>
    </message>
    <message>
        <source>A store needs a name.</source>
        <translation>A store needs a name.</translation>
    </message>
    <message>
        <source>Commit without a transaction.</source>
        <translation>Commit without a transaction.</translation>
    </message>
    <message>
        <source>The change was not saved because part of it failed.</source>
        <translation>The change was not saved because part of it failed.</translation>
    </message>
    <message>
        <source>The store has no device identity yet; run init first.</source>
        <translation>The store has no device identity yet; run init first.</translation>
    </message>
    <message>
        <source>Unknown entity %1.</source>
        <translation>Unknown entity %1.</translation>
    </message>
    <message>
        <source>Unknown field %1 of %2.</source>
        <translation>Unknown field %1 of %2.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Cannot save %1: %2</translation>
    </message>
    <message>
        <source>No %1 with id %2.</source>
        <translation>No %1 with id %2.</translation>
    </message>
    <message>
        <source>Operation %1 names an unknown field %2.%3.</source>
        <translation>Operation %1 names an unknown field %2.%3.</translation>
    </message>
    <message>
        <source>SQLite integrity: %1</source>
        <translation>SQLite integrity: %1</translation>
    </message>
    <message>
        <source>A row refers to a missing row in %1.</source>
        <translation>A row refers to a missing row in %1.</translation>
    </message>
    <message>
        <source>The operation log of device %1 has gaps (sequence %2 to %3, %4 operations).</source>
        <translation>The operation log of device %1 has gaps (sequence %2 to %3, %4 operations).</translation>
    </message>
    <message>
        <source>The domain tables differ from what the operation log says.</source>
        <translation>The domain tables differ from what the operation log says.</translation>
    </message>
    <message>
        <source>The store has no setting %1.</source>
        <translation>The store has no setting %1.</translation>
    </message>
    <message>
        <source>The setting %1 cannot be changed.</source>
        <translation>The setting %1 cannot be changed.</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>The cryptography library could not start.</translation>
    </message>
    <message>
        <source>During %1: %2</source>
        <translation>During %1: %2</translation>
    </message>
    <message>
        <source>An encrypted store is a file, not memory.</source>
        <translation>An encrypted store is a file, not memory.</translation>
    </message>
    <message>
        <source>The store %1 is encrypted: sign in to open it.</source>
        <translation>The store %1 is encrypted: sign in to open it.</translation>
    </message>
    <message>
        <source>The store %1 is not encrypted yet: it is converted at the next sign-in.</source>
        <translation>The store %1 is not encrypted yet: it is converted at the next sign-in.</translation>
    </message>
    <message>
        <source>The store&apos;s encryption could not start.</source>
        <translation>The store&apos;s encryption could not start.</translation>
    </message>
    <message>
        <source>Cannot create the store %1.</source>
        <translation>Cannot create the store %1.</translation>
    </message>
    <message>
        <source>The store %1 is damaged or has been altered: a page failed its authentication. Restore the last backup.</source>
        <translation>The store %1 is damaged or has been altered: a page failed its authentication. Restore the last backup.</translation>
    </message>
    <message>
        <source>Cannot prepare the encrypted store %1.</source>
        <translation>Cannot prepare the encrypted store %1.</translation>
    </message>
    <message>
        <source>The store is locked: sign in to open it.</source>
        <translation>The store is locked: sign in to open it.</translation>
    </message>
    <message>
        <source>This key does not open the store.</source>
        <translation>This key does not open the store.</translation>
    </message>
    <message>
        <source>A PostgreSQL store is encrypted by its server, not with a key.</source>
        <translation>A PostgreSQL store is encrypted by its server, not with a key.</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL store&apos;s address: write postgresql://user@host:port/database (the password is never part of it).</source>
        <translation>%1 is not a PostgreSQL store&apos;s address: write postgresql://user@host:port/database (the password is never part of it).</translation>
    </message>
    <message>
        <source>This installation cannot reach PostgreSQL: Qt&apos;s PostgreSQL driver (Debian: libqt6sql6-psql) is missing.</source>
        <translation>This installation cannot reach PostgreSQL: Qt&apos;s PostgreSQL driver (Debian: libqt6sql6-psql) is missing.</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL store %1: %2</source>
        <translation>Cannot reach the PostgreSQL store %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the PostgreSQL store %1: %2</source>
        <translation>Cannot read the PostgreSQL store %1: %2</translation>
    </message>
    <message>
        <source>The database %1 holds other tables: it is not a Casebook store.</source>
        <translation>The database %1 holds other tables: it is not a Casebook store.</translation>
    </message>
    <message>
        <source>The database %1 is not a Casebook store.</source>
        <translation>The database %1 is not a Casebook store.</translation>
    </message>
</context>
<context>
    <name>CaseWorkflow</name>
    <message>
        <source>A case that is %1 cannot take the step &quot;%2&quot;.</source>
        <translation>A case that is %1 cannot take the step &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Enter the date of the step.</source>
        <translation>Enter the date of the step.</translation>
    </message>
    <message>
        <source>The date %1 lies in the future.</source>
        <translation>The date %1 lies in the future.</translation>
    </message>
    <message>
        <source>The date %1 is before the case was received (%2).</source>
        <translation>The date %1 is before the case was received (%2).</translation>
    </message>
    <message>
        <source>The vocational evaluation has been asked for already; record its result.</source>
        <translation>The vocational evaluation has been asked for already; record its result.</translation>
    </message>
    <message>
        <source>An unsuitable person is referred to a social, medical or education unit: name it.</source>
        <translation>An unsuitable person is referred to a social, medical or education unit: name it.</translation>
    </message>
    <message>
        <source>Enter the date of the transition meeting (就業轉銜會議).</source>
        <translation>Enter the date of the transition meeting (就業轉銜會議).</translation>
    </message>
    <message>
        <source>Write the goal of the service plan before dispatching.</source>
        <translation>Write the goal of the service plan before dispatching.</translation>
    </message>
    <message>
        <source>Choose the unit to dispatch the case to.</source>
        <translation>Choose the unit to dispatch the case to.</translation>
    </message>
    <message>
        <source>Choose the service the unit is to provide.</source>
        <translation>Choose the service the unit is to provide.</translation>
    </message>
    <message>
        <source>The case is already dispatched to that unit for that service.</source>
        <translation>The case is already dispatched to that unit for that service.</translation>
    </message>
    <message>
        <source>The unit has answered this dispatch already.</source>
        <translation>The unit has answered this dispatch already.</translation>
    </message>
    <message>
        <source>The answer cannot be dated before the dispatch.</source>
        <translation>The answer cannot be dated before the dispatch.</translation>
    </message>
    <message>
        <source>Choose the dispatch that the unit answers.</source>
        <translation>Choose the dispatch that the unit answers.</translation>
    </message>
    <message>
        <source>Choose the reason for closing the case.</source>
        <translation>Choose the reason for closing the case.</translation>
    </message>
    <message>
        <source>The goal has not been recorded as reached.</source>
        <translation>The goal has not been recorded as reached.</translation>
    </message>
    <message>
        <source>A case closes as &quot;goal reached&quot; 6 months after the goal, from %1.</source>
        <translation>A case closes as &quot;goal reached&quot; 6 months after the goal, from %1.</translation>
    </message>
    <message>
        <source>An unsuitable case closes as referred to another service.</source>
        <translation>An unsuitable case closes as referred to another service.</translation>
    </message>
    <message>
        <source>Unknown step.</source>
        <translation>Unknown step.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Vocational evaluation</source>
        <translation>Vocational evaluation</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Tracking</translation>
    </message>
    <message>
        <source>Unsuitable, referred</source>
        <translation>Unsuitable, referred</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Record assessment</source>
        <translation>Record assessment</translation>
    </message>
    <message>
        <source>Dispatch to a unit</source>
        <translation>Dispatch to a unit</translation>
    </message>
    <message>
        <source>Record unit&apos;s answer</source>
        <translation>Record unit&apos;s answer</translation>
    </message>
    <message>
        <source>Record goal reached</source>
        <translation>Record goal reached</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Close case</translation>
    </message>
</context>
<context>
    <name>Casebook::App::AttachmentsPane</name>
    <message>
        <source>Belongs to:</source>
        <translation>Belongs to:</translation>
    </message>
    <message>
        <source>&amp;Attach a file…</source>
        <translation>&amp;Attach a file…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Save a &amp;copy…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Withdraw…</translation>
    </message>
    <message>
        <source>PDF, JPEG or PNG, at most %1 MB each.</source>
        <translation>PDF, JPEG or PNG, at most %1 MB each.</translation>
    </message>
    <message>
        <source>Attach a file to the case</source>
        <translation>Attach a file to the case</translation>
    </message>
    <message>
        <source>Scans and photos (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Scans and photos (*.pdf *.jpg *.jpeg *.png);;All files (*)</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>The case</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>A removed form</source>
        <translation>A removed form</translation>
    </message>
    <message>
        <source>Arriving (%1 of %2 parts)</source>
        <translation>Arriving (%1 of %2 parts)</translation>
    </message>
    <message>
        <source>Whole</source>
        <translation>Whole</translation>
    </message>
    <message>
        <source>Cannot write a copy to open: %1</source>
        <translation>Cannot write a copy to open: %1</translation>
    </message>
    <message>
        <source>No program on this computer opens %1 files.</source>
        <translation>No program on this computer opens %1 files.</translation>
    </message>
    <message>
        <source>Save a copy of the attachment</source>
        <translation>Save a copy of the attachment</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Withdraw the attachment</source>
        <translation>Withdraw the attachment</translation>
    </message>
    <message>
        <source>Withdraw %1 from the case? The log keeps it; it is no longer listed or printed.</source>
        <translation>Withdraw %1 from the case? The log keeps it; it is no longer listed or printed.</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>opened</translation>
    </message>
</context>
<context>
    <name>Casebook::App::AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>name or ID number; empty: everyone</source>
        <translation>name or ID number; empty: everyone</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <source>e.g. 115/11/01</source>
        <translation>e.g. 115/11/01</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Days:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Did</source>
        <translation>Did</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Save as &amp;CSV…</translation>
    </message>
    <message>
        <source>Save as &amp;XLSX…</source>
        <translation>Save as &amp;XLSX…</translation>
    </message>
    <message>
        <source>%1 is not a date (write it as 115/11/01).</source>
        <translation>%1 is not a date (write it as 115/11/01).</translation>
    </message>
    <message>
        <source>No entries for these filters.</source>
        <translation>No entries for these filters.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies), oldest first.</source>
        <translation>
            <numerusform>%n entry, oldest first.</numerusform>
            <numerusform>%n entries, oldest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>audit trail %1.%2</source>
        <translation>audit trail %1.%2</translation>
    </message>
    <message>
        <source>Save the audit trail</source>
        <translation>Save the audit trail</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n entry(ies) to %1.</source>
        <translation>
            <numerusform>Saved %n entry to %1.</numerusform>
            <numerusform>Saved %n entries to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::App::CaseListPane</name>
    <message>
        <source>Search by name, ID number or case number (Ctrl+F)</source>
        <translation>Search by name, ID number or case number (Ctrl+F)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Job coach</source>
        <translation>Job coach</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>All districts</translation>
    </message>
    <message>
        <source>Both windows</source>
        <translation>Both windows</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>All coaches</source>
        <translation>All coaches</translation>
    </message>
</context>
<context>
    <name>Casebook::App::CaseView</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Note / by</source>
        <translation>Note / by</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Forms</translation>
    </message>
    <message>
        <source>Supported employment</source>
        <translation>Supported employment</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>&amp;New form</source>
        <translation>&amp;New form</translation>
    </message>
    <message>
        <source>Print all…</source>
        <translation>Print all…</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Case opening…</source>
        <translation>Case opening…</translation>
    </message>
    <message>
        <source>Placement…</source>
        <translation>Placement…</translation>
    </message>
    <message>
        <source>Support day…</source>
        <translation>Support day…</translation>
    </message>
    <message>
        <source>Follow-up…</source>
        <translation>Follow-up…</translation>
    </message>
    <message>
        <source>Adaptation service…</source>
        <translation>Adaptation service…</translation>
    </message>
    <message>
        <source>Extension…</source>
        <translation>Extension…</translation>
    </message>
    <message>
        <source>Home employment…</source>
        <translation>Home employment…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <source>Withdraw the selected record entered by mistake (Delete)</source>
        <translation>Withdraw the selected record entered by mistake (Delete)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Double-click a placement to correct it; Delete withdraws a record.</source>
        <translation>Double-click a placement to correct it; Delete withdraws a record.</translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation>No case selected</translation>
    </message>
    <message>
        <source>%1  %2  (%3)</source>
        <translation>%1  %2  (%3)</translation>
    </message>
    <message>
        <source>Received %1 via %2 (%3)</source>
        <translation>Received %1 via %2 (%3)</translation>
    </message>
    <message>
        <source>Plan goal: %1</source>
        <translation>Plan goal: %1</translation>
    </message>
    <message>
        <source>Dispatched to %1 on %2 (%3): %4</source>
        <translation>Dispatched to %1 on %2 (%3): %4</translation>
    </message>
    <message>
        <source>answered %1</source>
        <translation>answered %1</translation>
    </message>
    <message>
        <source>answer due %1</source>
        <translation>answer due %1</translation>
    </message>
    <message>
        <source>Goal reached %1; closure from %2</source>
        <translation>Goal reached %1; closure from %2</translation>
    </message>
    <message>
        <source>Closed %1: %2</source>
        <translation>Closed %1: %2</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Eligibility accepted by a case manager</source>
        <translation>Eligibility accepted by a case manager</translation>
    </message>
    <message>
        <source>Not a supported-employment case yet: record the case opening (表0C) first.</source>
        <translation>Not a supported-employment case yet: record the case opening (表0C) first.</translation>
    </message>
    <message>
        <source>Opened %1, %2%3</source>
        <translation>Opened %1, %2%3</translation>
    </message>
    <message>
        <source>group model</source>
        <translation>group model</translation>
    </message>
    <message>
        <source>individual model</source>
        <translation>individual model</translation>
    </message>
    <message>
        <source>counts once: %1</source>
        <translation>counts once: %1</translation>
    </message>
    <message>
        <source>not a placement: %1</source>
        <translation>not a placement: %1</translation>
    </message>
    <message>
        <source>not an employment success: %1</source>
        <translation>not an employment success: %1</translation>
    </message>
    <message>
        <source>provisional: no holiday calendar for %1, so its holidays are counted as working days</source>
        <translation>provisional: no holiday calendar for %1, so its holidays are counted as working days</translation>
    </message>
    <message>
        <source>placed %1</source>
        <translation>placed %1</translation>
    </message>
    <message>
        <source>not placed yet</source>
        <translation>not placed yet</translation>
    </message>
    <message>
        <source>employment success from %1</source>
        <translation>employment success from %1</translation>
    </message>
    <message>
        <source>employment success expected %1</source>
        <translation>employment success expected %1</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) of intensive support, six tables %1: %2</source>
        <translation>
            <numerusform>%n working day of intensive support, six tables %1: %2</numerusform>
            <numerusform>%n working days of intensive support, six tables %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>not complete</source>
        <translation>not complete</translation>
    </message>
    <message>
        <source>supported</source>
        <translation>supported</translation>
    </message>
    <message>
        <source>general</source>
        <translation>general</translation>
    </message>
    <message>
        <source>follow-up at least until %1</source>
        <translation>follow-up at least until %1</translation>
    </message>
    <message>
        <source>%1, %2, %3 h a week</source>
        <translation>%1, %2, %3 h a week</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>ended %1</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Support day</source>
        <translation>Support day</translation>
    </message>
    <message>
        <source>%1 h: %2</source>
        <translation>%1 h: %2</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Adaptation service</source>
        <translation>Adaptation service</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <source>Support extension</source>
        <translation>Support extension</translation>
    </message>
    <message>
        <source>ID %1 · %2 · born %3 · %4 · %5</source>
        <translation>ID %1 · %2 · born %3 · %4 · %5</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>Certificate: %1</translation>
    </message>
    <message>
        <source>Mobile %1</source>
        <translation>Mobile %1</translation>
    </message>
    <message>
        <source>Received %1 via %2</source>
        <translation>Received %1 via %2</translation>
    </message>
    <message>
        <source>Job coach: not assigned</source>
        <translation>Job coach: not assigned</translation>
    </message>
    <message>
        <source>Job coach: %1</source>
        <translation>Job coach: %1</translation>
    </message>
    <message>
        <source>Undo “%1”…</source>
        <translation>Undo “%1”…</translation>
    </message>
    <message>
        <source>The last step can be undone on the day it was taken, with a reason kept in the history.</source>
        <translation>The last step can be undone on the day it was taken, with a reason kept in the history.</translation>
    </message>
    <message>
        <source>Step undone</source>
        <translation>Step undone</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Last changed</translation>
    </message>
</context>
<context>
    <name>Casebook::App::ConflictDialog</name>
    <message>
        <source>Conflicts to decide</source>
        <translation>Conflicts to decide</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Earlier value</source>
        <translation>Earlier value</translation>
    </message>
    <message>
        <source>Later value (shown now)</source>
        <translation>Later value (shown now)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why this value (for example: confirmed with the client by phone)</source>
        <translation>Why this value (for example: confirmed with the client by phone)</translation>
    </message>
    <message>
        <source>&amp;Decide</source>
        <translation>&amp;Decide</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Keep:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>to decide</source>
        <translation>to decide</translation>
    </message>
    <message>
        <source>decided: %1 — %2</source>
        <translation>decided: %1 — %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, written on %2 at %3</source>
        <translation>&quot;%1&quot;, written on %2 at %3</translation>
    </message>
    <message>
        <source>Choose the value to keep.</source>
        <translation>Choose the value to keep.</translation>
    </message>
    <message>
        <source>Decided. The decision travels to the laptops with the next bundle.</source>
        <translation>Decided. The decision travels to the laptops with the next bundle.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Bundles refused or quarantined (nothing of them was imported):</source>
        <translation>Bundles refused or quarantined (nothing of them was imported):</translation>
    </message>
    <message>
        <source>quarantined (altered)</source>
        <translation>quarantined (altered)</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>No conflicts: the devices&apos; values agree. Nothing to decide.</source>
        <translation>No conflicts: the devices&apos; values agree. Nothing to decide.</translation>
    </message>
</context>
<context>
    <name>Casebook::App::ConnectDialog</name>
    <message>
        <source>Connect to the shared store</source>
        <translation>Connect to the shared store</translation>
    </message>
    <message>
        <source>The bureau&apos;s shared store on its PostgreSQL server. Ask the bureau for the server, the database and your database user.</source>
        <translation>The bureau&apos;s shared store on its PostgreSQL server. Ask the bureau for the server, the database and your database user.</translation>
    </message>
    <message>
        <source>not kept: asked at each start</source>
        <translation>not kept: asked at each start</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>P&amp;ort</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>C&amp;onnect</translation>
    </message>
    <message>
        <source>Fill in the server, the database and the user.</source>
        <translation>Fill in the server, the database and the user.</translation>
    </message>
    <message>
        <source>%1 is not a usable address.</source>
        <translation>%1 is not a usable address.</translation>
    </message>
</context>
<context>
    <name>Casebook::App::DevicesDialog</name>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Trusted as</source>
        <translation>Trusted as</translation>
    </message>
    <message>
        <source>Receives</source>
        <translation>Receives</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>this store&apos;s enroller</source>
        <translation>this store&apos;s enroller</translation>
    </message>
    <message>
        <source>enrolled here</source>
        <translation>enrolled here</translation>
    </message>
    <message>
        <source>known through its enroller</source>
        <translation>known through its enroller</translation>
    </message>
    <message>
        <source>unit %1&apos;s cases</source>
        <translation>unit %1&apos;s cases</translation>
    </message>
    <message>
        <source>coach %1&apos;s caseload</source>
        <translation>coach %1&apos;s caseload</translation>
    </message>
    <message>
        <source>the whole store</source>
        <translation>the whole store</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
</context>
<context>
    <name>Casebook::App::DuePanel</name>
    <message>
        <source>Due soon and overdue</source>
        <translation>Due soon and overdue</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unit / coach</source>
        <translation>Unit / coach</translation>
    </message>
    <message>
        <source>reached %1 days ago</source>
        <translation>reached %1 days ago</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>%1 days overdue</translation>
    </message>
    <message>
        <source>Due soon and overdue (%1)</source>
        <translation>Due soon and overdue (%1)</translation>
    </message>
    <message>
        <source>Due soon and overdue (computing…)</source>
        <translation>Due soon and overdue (computing…)</translation>
    </message>
</context>
<context>
    <name>Casebook::App::DuplicateDialog</name>
    <message>
        <source>Probable duplicates</source>
        <translation>Probable duplicates</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>First record</source>
        <translation>First record</translation>
    </message>
    <message>
        <source>ID / birth</source>
        <translation>ID / birth</translation>
    </message>
    <message>
        <source>Second record</source>
        <translation>Second record</translation>
    </message>
    <message>
        <source>Merged on</source>
        <translation>Merged on</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>Cases moved</source>
        <translation>Cases moved</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Why these are one person (for example: same ID number, confirmed by the coach)</source>
        <translation>Why these are one person (for example: same ID number, confirmed by the coach)</translation>
    </message>
    <message>
        <source>Merge, keep the &amp;first</source>
        <translation>Merge, keep the &amp;first</translation>
    </message>
    <message>
        <source>Merge, keep the &amp;second</source>
        <translation>Merge, keep the &amp;second</translation>
    </message>
    <message>
        <source>&amp;Undo the selected merge</source>
        <translation>&amp;Undo the selected merge</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Merges</source>
        <translation>Merges</translation>
    </message>
    <message>
        <source>same ID number</source>
        <translation>same ID number</translation>
    </message>
    <message>
        <source>same name and birth date</source>
        <translation>same name and birth date</translation>
    </message>
    <message>
        <source> (undone)</source>
        <translation> (undone)</translation>
    </message>
    <message>
        <source>Choose a pair first.</source>
        <translation>Choose a pair first.</translation>
    </message>
    <message>
        <source>Merged into %1. Undo it from the list of merges if it was wrong.</source>
        <translation>Merged into %1. Undo it from the list of merges if it was wrong.</translation>
    </message>
    <message>
        <source>Choose a merge first.</source>
        <translation>Choose a merge first.</translation>
    </message>
    <message>
        <source>The merge is undone: both records and their cases are as before.</source>
        <translation>The merge is undone: both records and their cases are as before.</translation>
    </message>
    <message>
        <source>No probable duplicates: no two persons share an ID number, or a name and birth date.</source>
        <translation>No probable duplicates: no two persons share an ID number, or a name and birth date.</translation>
    </message>
</context>
<context>
    <name>Casebook::App::FormDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation>&amp;Print preview…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>This form has changes that are not saved. Save them as a draft?</source>
        <translation>This form has changes that are not saved. Save them as a draft?</translation>
    </message>
    <message>
        <source>The form is complete</source>
        <translation>The form is complete</translation>
    </message>
    <message>
        <source>This form is marked complete. Keep it complete and record the change as a correction?</source>
        <translation>This form is marked complete. Keep it complete and record the change as a correction?</translation>
    </message>
    <message>
        <source>This form is marked complete, and with these changes it is not valid. Saving it makes it a draft.</source>
        <translation>This form is marked complete, and with these changes it is not valid. Saving it makes it a draft.</translation>
    </message>
    <message>
        <source>Keep complete (correction)</source>
        <translation>Keep complete (correction)</translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation>Save as draft</translation>
    </message>
</context>
<context>
    <name>Casebook::App::GroupDialog</name>
    <message>
        <source>Group model (群組服務模式)</source>
        <translation>Group model (群組服務模式)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Job coach</source>
        <translation>Job coach</translation>
    </message>
    <message>
        <source>Began</source>
        <translation>Began</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Employed 6 months on</source>
        <translation>Employed 6 months on</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Name of the new group</source>
        <translation>Name of the new group</translation>
    </message>
    <message>
        <source>Add &amp;group</source>
        <translation>Add &amp;group</translation>
    </message>
    <message>
        <source>Add &amp;member</source>
        <translation>Add &amp;member</translation>
    </message>
    <message>
        <source>Add &amp;session</source>
        <translation>Add &amp;session</translation>
    </message>
    <message>
        <source>Sessions (at least 3 persons each)</source>
        <translation>Sessions (at least 3 persons each)</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>%1 (fewer than %2 persons)</source>
        <translation>%1 (fewer than %2 persons)</translation>
    </message>
    <message>
        <source>%1&apos;s year (all groups): %2 persons served (at least %3), %4 employed 6 months (at least %5), %6 sessions, %7 with too few persons: %8</source>
        <translation>%1&apos;s year (all groups): %2 persons served (at least %3), %4 employed 6 months (at least %5), %6 sessions, %7 with too few persons: %8</translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>not met yet</source>
        <translation>not met yet</translation>
    </message>
    <message>
        <source>Choose a group first.</source>
        <translation>Choose a group first.</translation>
    </message>
</context>
<context>
    <name>Casebook::App::HandoverDialog</name>
    <message>
        <source>Handover of a coach&apos;s cases (交接)</source>
        <translation>Handover of a coach&apos;s cases (交接)</translation>
    </message>
    <message>
        <source>&amp;Leaving coach:</source>
        <translation>&amp;Leaving coach:</translation>
    </message>
    <message>
        <source>&amp;Successor:</source>
        <translation>&amp;Successor:</translation>
    </message>
    <message>
        <source>All of the leaving coach&apos;s open cases move at once, with their history; the handover list (交接清冊) is saved as a PDF for both coaches and the supervisor to sign.</source>
        <translation>All of the leaving coach&apos;s open cases move at once, with their history; the handover list (交接清冊) is saved as a PDF for both coaches and the supervisor to sign.</translation>
    </message>
    <message>
        <source>&amp;Hand over and save the list…</source>
        <translation>&amp;Hand over and save the list…</translation>
    </message>
    <message>
        <source>There is no coach whose cases you may hand over.</source>
        <translation>There is no coach whose cases you may hand over.</translation>
    </message>
    <message>
        <source>Choose another coach as the successor.</source>
        <translation>Choose another coach as the successor.</translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s) will move from %1 to %2.</source>
        <translation>
            <numerusform>%n open case will move from %1 to %2.</numerusform>
            <numerusform>%n open cases will move from %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>handover %1 to %2.pdf</source>
        <translation>handover %1 to %2.pdf</translation>
    </message>
    <message>
        <source>Save the handover list</source>
        <translation>Save the handover list</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Handed over %n case(s); the list to sign is %1.</source>
        <translation>
            <numerusform>Handed over %n case; the list to sign is %1.</numerusform>
            <numerusform>Handed over %n cases; the list to sign is %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::App::MainWindow</name>
    <message>
        <source>Casebook — %1</source>
        <translation>Casebook — %1</translation>
    </message>
    <message>
        <source>%1 of %2 cases</source>
        <translation>%1 of %2 cases</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New intake…</source>
        <translation>&amp;New intake…</translation>
    </message>
    <message>
        <source>&amp;Edit person…</source>
        <translation>&amp;Edit person…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation>&amp;Find case</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Casebook</source>
        <translation>&amp;About Casebook</translation>
    </message>
    <message>
        <source>About Casebook</source>
        <translation>About Casebook</translation>
    </message>
    <message>
        <source>Case %1 for %2 saved.</source>
        <translation>Case %1 for %2 saved.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) of %1 changed.</source>
        <translation>
            <numerusform>%n field of %1 changed.</numerusform>
            <numerusform>%n fields of %1 changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the case&apos;s forms to PDF</source>
        <translation>Print the case&apos;s forms to PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Some form definitions could not be loaded: %1</source>
        <translation>Some form definitions could not be loaded: %1</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>&amp;Performance by plan year…</source>
        <translation>&amp;Performance by plan year…</translation>
    </message>
    <message>
        <source>&amp;Monthly report 表6-1/6-2…</source>
        <translation>&amp;Monthly report 表6-1/6-2…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <source>Withdraw a record</source>
        <translation>Withdraw a record</translation>
    </message>
    <message>
        <source>Withdraw &quot;%1 %2&quot;? It stays in the history as withdrawn.</source>
        <translation>Withdraw &quot;%1 %2&quot;? It stays in the history as withdrawn.</translation>
    </message>
    <message>
        <source>&amp;Group model…</source>
        <translation>&amp;Group model…</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <source>Not eligible for the service: %1.
To accept the intake as the case manager, write why (it is kept with the case):</source>
        <translation>Not eligible for the service: %1.
To accept the intake as the case manager, write why (it is kept with the case):</translation>
    </message>
    <message>
        <source>&amp;Annual work report…</source>
        <translation>&amp;Annual work report…</translation>
    </message>
    <message>
        <source>Annual work report</source>
        <translation>Annual work report</translation>
    </message>
    <message>
        <source>Plan year (ROC):</source>
        <translation>Plan year (ROC):</translation>
    </message>
    <message>
        <source>Save the annual work report</source>
        <translation>Save the annual work report</translation>
    </message>
    <message>
        <source>annual report %1.pdf</source>
        <translation>annual report %1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>PDF (*.pdf);;Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>The list of documents and %1 form(s), %2 page(s), written to %3.</source>
        <translation>The list of documents and %1 form(s), %2 page(s), written to %3.</translation>
    </message>
    <message>
        <source>%1 Not printed: %2</source>
        <translation>%1 Not printed: %2</translation>
    </message>
    <message>
        <source>Casebook is locked.</source>
        <translation>Casebook is locked.</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Unlock…</translation>
    </message>
    <message>
        <source>Loc&amp;k</source>
        <translation>Loc&amp;k</translation>
    </message>
    <message>
        <source>Casebook — %1 — %2</source>
        <translation>Casebook — %1 — %2</translation>
    </message>
    <message>
        <source>The lock is not in the audit trail: %1</source>
        <translation>The lock is not in the audit trail: %1</translation>
    </message>
    <message>
        <source>S&amp;upervision</source>
        <translation>S&amp;upervision</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Audit trail…</translation>
    </message>
    <message>
        <source>&amp;Handover of a coach&apos;s cases…</source>
        <translation>&amp;Handover of a coach&apos;s cases…</translation>
    </message>
    <message>
        <source>Only %1 can unlock this window.</source>
        <translation>Only %1 can unlock this window.</translation>
    </message>
    <message>
        <source>&amp;Log a day of support…</source>
        <translation>&amp;Log a day of support…</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>Casebook %1: vocational rehabilitation and supported employment case records.
Store: %2
Device: %3 (%4)
Qt %5</source>
        <translation>Casebook %1: vocational rehabilitation and supported employment case records.
Store: %2
Device: %3 (%4)
Qt %5</translation>
    </message>
    <message>
        <source>Casebook user guide</source>
        <translation>Casebook user guide</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>The user guide is missing from this build.</translation>
    </message>
    <message>
        <source>Undo the last step</source>
        <translation>Undo the last step</translation>
    </message>
    <message>
        <source>Why is the step undone? (kept in the case&apos;s history)</source>
        <translation>Why is the step undone? (kept in the case&apos;s history)</translation>
    </message>
    <message>
        <source>Undo the step</source>
        <translation>Undo the step</translation>
    </message>
    <message>
        <source>Step undone: %1</source>
        <translation>Step undone: %1</translation>
    </message>
    <message>
        <source>Save the performance table</source>
        <translation>Save the performance table</translation>
    </message>
    <message>
        <source>performance %1.xlsx</source>
        <translation>performance %1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Counting the plan year %1…</source>
        <translation>Counting the plan year %1…</translation>
    </message>
    <message>
        <source>Updated with the latest changes.</source>
        <translation>Updated with the latest changes.</translation>
    </message>
    <message>
        <source>%1 of %2 cases, reading more…</source>
        <translation>%1 of %2 cases, reading more…</translation>
    </message>
    <message>
        <source>Connect to the &amp;shared store…</source>
        <translation>Connect to the &amp;shared store…</translation>
    </message>
</context>
<context>
    <name>Casebook::App::MonthlyReportDialog</name>
    <message>
        <source>Monthly report 表6-1 / 表6-2</source>
        <translation>Monthly report 表6-1 / 表6-2</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (due %2)</translation>
    </message>
    <message>
        <source>%1 (this month, not final)</source>
        <translation>%1 (this month, not final)</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;XLSX…</source>
        <translation>Save as &amp;XLSX…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Save as &amp;CSV…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) served in the month; due by %1.</source>
        <translation>
            <numerusform>%n case served in the month; due by %1.</numerusform>
            <numerusform>%n cases served in the month; due by %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>The month</source>
        <translation>The month</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Year to date</translation>
    </message>
    <message>
        <source>There is no report to save.</source>
        <translation>There is no report to save.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the monthly report</source>
        <translation>Save the monthly report</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>PROVISIONAL: there is no holiday calendar for %1, so its holidays count as working days.</source>
        <translation>PROVISIONAL: there is no holiday calendar for %1, so its holidays count as working days.</translation>
    </message>
    <message>
        <source>With &amp;today&apos;s records (a correction of a filed report)</source>
        <translation>With &amp;today&apos;s records (a correction of a filed report)</translation>
    </message>
    <message>
        <source>&amp;File the report (報送)</source>
        <translation>&amp;File the report (報送)</translation>
    </message>
    <message>
        <source>Not filed yet: counted from today&apos;s records.</source>
        <translation>Not filed yet: counted from today&apos;s records.</translation>
    </message>
    <message numerus="yes">
        <source>As filed on %1 by %2; %n record(s) changed since are not in it.</source>
        <translation>
            <numerusform>As filed on %1 by %2; %n record changed since is not in it.</numerusform>
            <numerusform>As filed on %1 by %2; %n records changed since are not in it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With today&apos;s records: filed on %1 by %2, %n record(s) changed since.</source>
        <translation>
            <numerusform>With today&apos;s records: filed on %1 by %2, %n record changed since.</numerusform>
            <numerusform>With today&apos;s records: filed on %1 by %2, %n records changed since.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a figure of 表6-2 to list its cases; double-click a case to open it.</source>
        <translation>Choose a figure of 表6-2 to list its cases; double-click a case to open it.</translation>
    </message>
    <message>
        <source>Sum of what the cases add: %1</source>
        <translation>Sum of what the cases add: %1</translation>
    </message>
    <message>
        <source>Cases: %1</source>
        <translation>Cases: %1</translation>
    </message>
    <message>
        <source>Counting the month %1…</source>
        <translation>Counting the month %1…</translation>
    </message>
</context>
<context>
    <name>Casebook::App::PerformanceDialog</name>
    <message>
        <source>Performance by plan year</source>
        <translation>Performance by plan year</translation>
    </message>
    <message>
        <source>Plan year (ROC)</source>
        <translation>Plan year (ROC)</translation>
    </message>
    <message>
        <source>Job coach</source>
        <translation>Job coach</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Placements (推介成功)</source>
        <translation>Placements (推介成功)</translation>
    </message>
    <message>
        <source>Supported successes</source>
        <translation>Supported successes</translation>
    </message>
    <message>
        <source>Supported share</source>
        <translation>Supported share</translation>
    </message>
    <message>
        <source>Cases served</source>
        <translation>Cases served</translation>
    </message>
    <message>
        <source>%1 (under ⅔)</source>
        <translation>%1 (under ⅔)</translation>
    </message>
    <message>
        <source>Counted by the rules of plan year %1; a figure lists its cases and why when clicked.</source>
        <translation>Counted by the rules of plan year %1; a figure lists its cases and why when clicked.</translation>
    </message>
    <message>
        <source>PROVISIONAL: there is no holiday calendar for %1, so its holidays count as working days.</source>
        <translation>PROVISIONAL: there is no holiday calendar for %1, so its holidays count as working days.</translation>
    </message>
    <message>
        <source>supported</source>
        <translation>supported</translation>
    </message>
    <message>
        <source>general</source>
        <translation>general</translation>
    </message>
    <message>
        <source>Each bar: the figure / its target (green: met, orange: not yet). Credits, not cases: a case counts twice with a completed 附表1 (high support needs) or in a 偏鄉 district, and a click on a figure lists its cases with what each adds.</source>
        <translation>Each bar: the figure / its target (green: met, orange: not yet). Credits, not cases: a case counts twice with a completed 附表1 (high support needs) or in a 偏鄉 district, and a click on a figure lists its cases with what each adds.</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <source>Sum of credits: %1 from %2 case(s) (a case counts twice with a completed 附表1 or in a 偏鄉 district); the figure is %3</source>
        <translation>Sum of credits: %1 from %2 case(s) (a case counts twice with a completed 附表1 or in a 偏鄉 district); the figure is %3</translation>
    </message>
    <message>
        <source>Click a figure to list the cases behind it.</source>
        <translation>Click a figure to list the cases behind it.</translation>
    </message>
</context>
<context>
    <name>Casebook::App::PersonCaseDialog</name>
    <message>
        <source>New intake</source>
        <translation>New intake</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>e.g. 079/05/01 or 1990-05-01</source>
        <translation>e.g. 079/05/01 or 1990-05-01</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>&amp;Sex</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>&amp;Birth date</translation>
    </message>
    <message>
        <source>National &amp;ID / resident no.</source>
        <translation>National &amp;ID / resident no.</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>Registered address</translation>
    </message>
    <message>
        <source>Living address</source>
        <translation>Living address</translation>
    </message>
    <message>
        <source>&amp;District</source>
        <translation>&amp;District</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Emergency phone</source>
        <translation>Emergency phone</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Disability categories</source>
        <translation>Disability categories</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Certificate valid until</source>
        <translation>Certificate valid until</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Intake (受案)</source>
        <translation>Intake (受案)</translation>
    </message>
    <message>
        <source>Came in by</source>
        <translation>Came in by</translation>
    </message>
    <message>
        <source>Referring unit type</source>
        <translation>Referring unit type</translation>
    </message>
    <message>
        <source>Referring unit</source>
        <translation>Referring unit</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Job coach</source>
        <translation>Job coach</translation>
    </message>
    <message>
        <source>Enter a date like 113/01/15 (民國) or 2024-01-15.</source>
        <translation>Enter a date like 113/01/15 (民國) or 2024-01-15.</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Please correct the marked fields.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>You have changed this record. Save the changes?</source>
        <translation>You have changed this record. Save the changes?</translation>
    </message>
</context>
<context>
    <name>Casebook::App::ServiceEntryDialog</name>
    <message>
        <source>Supported employment: case opening (0C)</source>
        <translation>Supported employment: case opening (0C)</translation>
    </message>
    <message>
        <source>Opened by the unit on</source>
        <translation>Opened by the unit on</translation>
    </message>
    <message>
        <source>Service model</source>
        <translation>Service model</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>New placement</source>
        <translation>New placement</translation>
    </message>
    <message>
        <source>New employer…</source>
        <translation>New employer…</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>New employer&apos;s name</source>
        <translation>New employer&apos;s name</translation>
    </message>
    <message>
        <source>New employer&apos;s employees</source>
        <translation>New employer&apos;s employees</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Hours a week</translation>
    </message>
    <message>
        <source>Monthly wage (NT$)</source>
        <translation>Monthly wage (NT$)</translation>
    </message>
    <message>
        <source>First day at work</source>
        <translation>First day at work</translation>
    </message>
    <message>
        <source>Labour insurance from</source>
        <translation>Labour insurance from</translation>
    </message>
    <message>
        <source>Other evidence (employer of 5 or fewer): payroll, time cards, employment insurance</source>
        <translation>Other evidence (employer of 5 or fewer): payroll, time cards, employment insurance</translation>
    </message>
    <message>
        <source>Already employed before the service</source>
        <translation>Already employed before the service</translation>
    </message>
    <message>
        <source>Day of intensive support (表3-2)</source>
        <translation>Day of intensive support (表3-2)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Support given</source>
        <translation>Support given</translation>
    </message>
    <message>
        <source>Follow-up contact (表4-1)</source>
        <translation>Follow-up contact (表4-1)</translation>
    </message>
    <message>
        <source>Manner</source>
        <translation>Manner</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Employment</translation>
    </message>
    <message>
        <source>Issues and action</source>
        <translation>Issues and action</translation>
    </message>
    <message>
        <source>Enter a date like 113/01/15 (民國) or 2024-01-15.</source>
        <translation>Enter a date like 113/01/15 (民國) or 2024-01-15.</translation>
    </message>
    <message>
        <source>Last day at work (when the job ended)</source>
        <translation>Last day at work (when the job ended)</translation>
    </message>
    <message>
        <source>Workplace-adaptation service</source>
        <translation>Workplace-adaptation service</translation>
    </message>
    <message>
        <source>Began on</source>
        <translation>Began on</translation>
    </message>
    <message>
        <source>Ended on (empty while it goes on)</source>
        <translation>Ended on (empty while it goes on)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Correct the placement</source>
        <translation>Correct the placement</translation>
    </message>
    <message>
        <source>Post-employment support extension</source>
        <translation>Post-employment support extension</translation>
    </message>
    <message>
        <source>Begins on (on or after the closure)</source>
        <translation>Begins on (on or after the closure)</translation>
    </message>
    <message>
        <source>Ends on (empty: 18 months after the closure)</source>
        <translation>Ends on (empty: 18 months after the closure)</translation>
    </message>
    <message>
        <source>Home employment</source>
        <translation>Home employment</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>New employer&apos;s tax ID (統一編號)</source>
        <translation>New employer&apos;s tax ID (統一編號)</translation>
    </message>
    <message>
        <source>New employer&apos;s district</source>
        <translation>New employer&apos;s district</translation>
    </message>
    <message>
        <source>New employer&apos;s contact person and phone</source>
        <translation>New employer&apos;s contact person and phone</translation>
    </message>
    <message>
        <source>Counts double when the person lives in a district on the plan year&apos;s 偏鄉 list, or when a completed 附表1 meets its criteria.</source>
        <translation>Counts double when the person lives in a district on the plan year&apos;s 偏鄉 list, or when a completed 附表1 meets its criteria.</translation>
    </message>
</context>
<context>
    <name>Casebook::App::SignInDialog</name>
    <message>
        <source>Casebook is locked</source>
        <translation>Casebook is locked</translation>
    </message>
    <message>
        <source>Sign in to Casebook</source>
        <translation>Sign in to Casebook</translation>
    </message>
    <message>
        <source>The window is locked. Enter the password of %1 to go on.</source>
        <translation>The window is locked. Enter the password of %1 to go on.</translation>
    </message>
    <message>
        <source>The case records hold sensitive personal data: sign in with your account.</source>
        <translation>The case records hold sensitive personal data: sign in with your account.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>Only %1 can unlock this window.</source>
        <translation>Only %1 can unlock this window.</translation>
    </message>
</context>
<context>
    <name>Casebook::App::StepDialog</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Suitable for VR services (open the case)</source>
        <translation>Suitable for VR services (open the case)</translation>
    </message>
    <message>
        <source>Refer to vocational evaluation</source>
        <translation>Refer to vocational evaluation</translation>
    </message>
    <message>
        <source>Unsuitable: refer to social, medical or education services</source>
        <translation>Unsuitable: refer to social, medical or education services</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <source>Plan &amp;goal</source>
        <translation>Plan &amp;goal</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <source>Transition meeting on</source>
        <translation>Transition meeting on</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>%1, dispatched %2</source>
        <translation>%1, dispatched %2</translation>
    </message>
    <message>
        <source>&amp;Dispatch</source>
        <translation>&amp;Dispatch</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Enter a date like 113/01/15 (民國) or 2024-01-15.</source>
        <translation>Enter a date like 113/01/15 (民國) or 2024-01-15.</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Case status</translation>
    </message>
</context>
<context>
    <name>Casebook::App::SyncController</name>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Choose a passphrase for this device&apos;s keys (8 characters or more):</source>
        <translation>Choose a passphrase for this device&apos;s keys (8 characters or more):</translation>
    </message>
    <message>
        <source>The passphrase of this device&apos;s keys:</source>
        <translation>The passphrase of this device&apos;s keys:</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>The same passphrase again:</translation>
    </message>
    <message>
        <source>This store has its keys already.</source>
        <translation>This store has its keys already.</translation>
    </message>
    <message>
        <source>This store has no keys yet: Sync → Create device keys.</source>
        <translation>This store has no keys yet: Sync → Create device keys.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 operations) and its cover sheet %3.</source>
        <translation>Wrote %1 (%2 operations) and its cover sheet %3.</translation>
    </message>
    <message>
        <source>Importing bundles…</source>
        <translation>Importing bundles…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stopped before %1; the files before it are imported.</source>
        <translation>Stopped before %1; the files before it are imported.</translation>
    </message>
    <message>
        <source>%1: refused. %2</source>
        <translation>%1: refused. %2</translation>
    </message>
    <message>
        <source>%1: receipt from %2.</source>
        <translation>%1: receipt from %2.</translation>
    </message>
    <message>
        <source>%1: imported before; nothing changed.</source>
        <translation>%1: imported before; nothing changed.</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 known, %4 waiting, %5 new conflicts (from %6).</source>
        <translation>%1: %2 new, %3 known, %4 waiting, %5 new conflicts (from %6).</translation>
    </message>
    <message>
        <source>The receipt could not be written.</source>
        <translation>The receipt could not be written.</translation>
    </message>
    <message>
        <source>%1: form definitions installed (%2); they are used from the next start.</source>
        <translation>%1: form definitions installed (%2); they are used from the next start.</translation>
    </message>
    <message>
        <source>Accept an enrolment</source>
        <translation>Accept an enrolment</translation>
    </message>
    <message>
        <source>The enrolment comes from %1. Compare this fingerprint with the one on the enroller&apos;s screen or printed slip, group by group:

%2

Do all twelve groups match?</source>
        <translation>The enrolment comes from %1. Compare this fingerprint with the one on the enroller&apos;s screen or printed slip, group by group:

%2

Do all twelve groups match?</translation>
    </message>
    <message>
        <source>Not accepted: the fingerprints do not match. Nothing was changed.</source>
        <translation>Not accepted: the fingerprints do not match. Nothing was changed.</translation>
    </message>
    <message>
        <source>Enrolled by %1.</source>
        <translation>Enrolled by %1.</translation>
    </message>
    <message>
        <source>Enrolled %1. Give it %2 and print the slip %3; on the device, compare this store&apos;s fingerprint: %4</source>
        <translation>Enrolled %1. Give it %2 and print the slip %3; on the device, compare this store&apos;s fingerprint: %4</translation>
    </message>
    <message>
        <source>That passphrase is too short.</source>
        <translation>That passphrase is too short.</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>The two entries differ.</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Writing the bundle…</translation>
    </message>
    <message>
        <source>Stopped during %1: nothing of it is imported (the files before it are).</source>
        <translation>Stopped during %1: nothing of it is imported (the files before it are).</translation>
    </message>
</context>
<context>
    <name>Casebook::App::SyncMenu</name>
    <message>
        <source>Create device &amp;keys…</source>
        <translation>Create device &amp;keys…</translation>
    </message>
    <message>
        <source>Device keys</source>
        <translation>Device keys</translation>
    </message>
    <message>
        <source>The device keys are made; the bureau can now enrol this store.</source>
        <translation>The device keys are made; the bureau can now enrol this store.</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Export bundle…</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>Export a bundle</translation>
    </message>
    <message>
        <source>Casebook bundles (*.cbb)</source>
        <translation>Casebook bundles (*.cbb)</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Export bundle</translation>
    </message>
    <message>
        <source>Export a bundle for a &amp;unit laptop…</source>
        <translation>Export a bundle for a &amp;unit laptop…</translation>
    </message>
    <message>
        <source>No laptop has been enrolled for a unit.</source>
        <translation>No laptop has been enrolled for a unit.</translation>
    </message>
    <message>
        <source>For which laptop:</source>
        <translation>For which laptop:</translation>
    </message>
    <message>
        <source>Export this device&apos;s iden&amp;tity…</source>
        <translation>Export this device&apos;s iden&amp;tity…</translation>
    </message>
    <message>
        <source>Export this device&apos;s identity</source>
        <translation>Export this device&apos;s identity</translation>
    </message>
    <message>
        <source>Identity (*.json)</source>
        <translation>Identity (*.json)</translation>
    </message>
    <message>
        <source>Export identity</source>
        <translation>Export identity</translation>
    </message>
    <message>
        <source>Give %1 to the bureau to enrol this device.</source>
        <translation>Give %1 to the bureau to enrol this device.</translation>
    </message>
    <message>
        <source>E&amp;nrol a device…</source>
        <translation>E&amp;nrol a device…</translation>
    </message>
    <message>
        <source>The device&apos;s identity</source>
        <translation>The device&apos;s identity</translation>
    </message>
    <message>
        <source>Save the enrolment file</source>
        <translation>Save the enrolment file</translation>
    </message>
    <message>
        <source>Enrolment (*.json)</source>
        <translation>Enrolment (*.json)</translation>
    </message>
    <message>
        <source>The laptop of coach %1</source>
        <translation>The laptop of coach %1</translation>
    </message>
    <message>
        <source>A laptop of %1</source>
        <translation>A laptop of %1</translation>
    </message>
    <message>
        <source>The whole store (a supervisor&apos;s or the bureau&apos;s)</source>
        <translation>The whole store (a supervisor&apos;s or the bureau&apos;s)</translation>
    </message>
    <message>
        <source>Enrol a device</source>
        <translation>Enrol a device</translation>
    </message>
    <message>
        <source>What the device receives:</source>
        <translation>What the device receives:</translation>
    </message>
    <message>
        <source>&amp;Accept an enrolment…</source>
        <translation>&amp;Accept an enrolment…</translation>
    </message>
    <message>
        <source>The enrolment file from the bureau</source>
        <translation>The enrolment file from the bureau</translation>
    </message>
    <message>
        <source>Accept an enrolment</source>
        <translation>Accept an enrolment</translation>
    </message>
    <message>
        <source>De&amp;vices…</source>
        <translation>De&amp;vices…</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation>&amp;Import bundles…</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>Import bundles</translation>
    </message>
    <message>
        <source>Casebook bundles and receipts (*.cbb *.receipt *.json);;All files (*)</source>
        <translation>Casebook bundles and receipts (*.cbb *.receipt *.json);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflicts…</translation>
    </message>
    <message>
        <source>Probable &amp;duplicates…</source>
        <translation>Probable &amp;duplicates…</translation>
    </message>
</context>
<context>
    <name>Casebook::App::TodayPanel</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Today and overdue</source>
        <translation>Today and overdue</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>Today and overdue (%1)</source>
        <translation>Today and overdue (%1)</translation>
    </message>
    <message>
        <source>This week (%1)</source>
        <translation>This week (%1)</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>Today (%1)</translation>
    </message>
    <message>
        <source>Today (computing…)</source>
        <translation>Today (computing…)</translation>
    </message>
</context>
<context>
    <name>Casebook::Core::CaseListModel</name>
    <message>
        <source>Case no.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Job coach</source>
        <translation>Job coach</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
</context>
<context>
    <name>Casebook::Forms::FormEditor</name>
    <message>
        <source>Shared with the person&apos;s record: a change here shows on every form.</source>
        <translation>Shared with the person&apos;s record: a change here shows on every form.</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>Save &amp;draft</translation>
    </message>
    <message>
        <source>Save and mark &amp;complete</source>
        <translation>Save and mark &amp;complete</translation>
    </message>
    <message numerus="yes">
        <source>The form cannot be marked complete yet: %n problem(s) are marked below.</source>
        <translation>
            <numerusform>The form cannot be marked complete yet: %n problem are marked below.</numerusform>
            <numerusform>The form cannot be marked complete yet: %n problems are marked below.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <source>e.g. 113/01/15</source>
        <translation>e.g. 113/01/15</translation>
    </message>
    <message>
        <source>Signed on paper; type a name to record who signed</source>
        <translation>Signed on paper; type a name to record who signed</translation>
    </message>
    <message>
        <source>Draft: ready to be marked complete</source>
        <translation>Draft: ready to be marked complete</translation>
    </message>
    <message numerus="yes">
        <source>Draft: %n problem(s) to resolve before it is complete</source>
        <translation>
            <numerusform>Draft: %n problem to resolve before it is complete</numerusform>
            <numerusform>Draft: %n problems to resolve before it is complete</numerusform>
        </translation>
    </message>
    <message>
        <source>Complete since %1</source>
        <translation>Complete since %1</translation>
    </message>
    <message>
        <source>Complete since %1 (%2)</source>
        <translation>Complete since %1 (%2)</translation>
    </message>
    <message>
        <source>; corrected %1</source>
        <translation>; corrected %1</translation>
    </message>
    <message>
        <source>; unsaved changes will be saved as a correction</source>
        <translation>; unsaved changes will be saved as a correction</translation>
    </message>
    <message numerus="yes">
        <source>; %n problem(s): saving makes it a draft</source>
        <translation>
            <numerusform>; %n problem: saving makes it a draft</numerusform>
            <numerusform>; %n problems: saving makes it a draft</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Caseload</name>
    <message>
        <source>This case is not in your caseload (%1): ask its coach or your supervisor.</source>
        <translation>This case is not in your caseload (%1): ask its coach or your supervisor.</translation>
    </message>
    <message>
        <source>This case is not one of your unit&apos;s (%1).</source>
        <translation>This case is not one of your unit&apos;s (%1).</translation>
    </message>
    <message>
        <source>This case belongs to the other window (%1).</source>
        <translation>This case belongs to the other window (%1).</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>casebook-cli: </source>
        <translation>casebook-cli: </translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <source>the option %1 needs a value</source>
        <translation>the option %1 needs a value</translation>
    </message>
    <message>
        <source>the option %1 is given twice</source>
        <translation>the option %1 is given twice</translation>
    </message>
    <message>
        <source>unknown command %1 (try --help)</source>
        <translation>unknown command %1 (try --help)</translation>
    </message>
    <message>
        <source>the command %1 does not take %2</source>
        <translation>the command %1 does not take %2</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>unexpected argument %1</translation>
    </message>
    <message>
        <source>--db PATH is required</source>
        <translation>--db PATH is required</translation>
    </message>
    <message>
        <source>--role must be one of coach, supervisor, window, bureau</source>
        <translation>--role must be one of coach, supervisor, window, bureau</translation>
    </message>
    <message>
        <source>--name NAME is required</source>
        <translation>--name NAME is required</translation>
    </message>
    <message>
        <source>--persons must be a whole number from 0 to 1000000</source>
        <translation>--persons must be a whole number from 0 to 1000000</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 4294967295</source>
        <translation>--seed must be a whole number from 0 to 4294967295</translation>
    </message>
    <message>
        <source>--status must be one of received, evaluation, planning, dispatched, tracking, unsuitable, closed</source>
        <translation>--status must be one of received, evaluation, planning, dispatched, tracking, unsuitable, closed</translation>
    </message>
    <message>
        <source>--today must be a date written YYYY-MM-DD</source>
        <translation>--today must be a date written YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the store %1 has no identity yet: run init first</source>
        <translation>the store %1 has no identity yet: run init first</translation>
    </message>
    <message>
        <source>Initialised %1 as %2 (device %3).</source>
        <translation>Initialised %1 as %2 (device %3).</translation>
    </message>
    <message>
        <source>Generated %1 persons, %2 cases, %3 units and %4 staff in %5 s.</source>
        <translation>Generated %1 persons, %2 cases, %3 units and %4 staff in %5 s.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s).</source>
        <translation>
            <numerusform>%n person.</numerusform>
            <numerusform>%n persons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s).</source>
        <translation>
            <numerusform>%n case.</numerusform>
            <numerusform>%n cases.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 deadlines open, %2 overdue.</source>
        <translation>%1 deadlines open, %2 overdue.</translation>
    </message>
    <message>
        <source>The store is sound: %1 operations, the tables match the log.</source>
        <translation>The store is sound: %1 operations, the tables match the log.</translation>
    </message>
    <message>
        <source>The store is NOT sound: %1</source>
        <translation>The store is NOT sound: %1</translation>
    </message>
    <message>
        <source>print needs %1</source>
        <translation>print needs %1</translation>
    </message>
    <message>
        <source>unknown form %1 (see: casebook-cli forms list)</source>
        <translation>unknown form %1 (see: casebook-cli forms list)</translation>
    </message>
    <message>
        <source>no case %1 in the store</source>
        <translation>no case %1 in the store</translation>
    </message>
    <message>
        <source>Printed %1 form(s), %2 page(s), to %3.</source>
        <translation>Printed %1 form(s), %2 page(s), to %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%3, version %4) is a valid form definition with %n field(s).</source>
        <translation>
            <numerusform>%1: %2 (%3, version %4) is a valid form definition with %n field.</numerusform>
            <numerusform>%1: %2 (%3, version %4) is a valid form definition with %n fields.</numerusform>
        </translation>
    </message>
    <message>
        <source>use: forms list, or forms check FILE</source>
        <translation>use: forms list, or forms check FILE</translation>
    </message>
    <message>
        <source>report performance needs --year (an ROC year such as 107)</source>
        <translation>report performance needs --year (an ROC year such as 107)</translation>
    </message>
    <message>
        <source>%1 (%2): placements %3/%4, supported successes %5/%6, cases %7/%8</source>
        <translation>%1 (%2): placements %3/%4, supported successes %5/%6, cases %7/%8</translation>
    </message>
    <message>
        <source>use: keys init [--passphrase-file FILE], or keys export --out FILE</source>
        <translation>use: keys init [--passphrase-file FILE], or keys export --out FILE</translation>
    </message>
    <message>
        <source>keys export needs --out FILE</source>
        <translation>keys export needs --out FILE</translation>
    </message>
    <message>
        <source>this store has its keys already</source>
        <translation>this store has its keys already</translation>
    </message>
    <message>
        <source>give the passphrase in --passphrase-file FILE or CASEBOOK_PASSPHRASE</source>
        <translation>give the passphrase in --passphrase-file FILE or CASEBOOK_PASSPHRASE</translation>
    </message>
    <message>
        <source>Created the keys of device %1; signing key %2.</source>
        <translation>Created the keys of device %1; signing key %2.</translation>
    </message>
    <message>
        <source>this store has no keys yet: run keys init first</source>
        <translation>this store has no keys yet: run keys init first</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <source>Wrote the public identity of %1 to %2.</source>
        <translation>Wrote the public identity of %1 to %2.</translation>
    </message>
    <message>
        <source>report monthly takes --month, --format, --out and --unit</source>
        <translation>report monthly takes --month, --format, --out and --unit</translation>
    </message>
    <message>
        <source>report monthly needs %1</source>
        <translation>report monthly needs %1</translation>
    </message>
    <message>
        <source>--format must be pdf, xlsx or csv</source>
        <translation>--format must be pdf, xlsx or csv</translation>
    </message>
    <message>
        <source>report performance does not take %1</source>
        <translation>report performance does not take %1</translation>
    </message>
    <message>
        <source>Monthly report %1 (%2 cases, %3 coaches) written to %4.</source>
        <translation>Monthly report %1 (%2 cases, %3 coaches) written to %4.</translation>
    </message>
    <message>
        <source>import-bundle needs one or more bundle files</source>
        <translation>import-bundle needs one or more bundle files</translation>
    </message>
    <message>
        <source>enroll needs %1</source>
        <translation>enroll needs %1</translation>
    </message>
    <message>
        <source>export-bundle needs --out FILE</source>
        <translation>export-bundle needs --out FILE</translation>
    </message>
    <message>
        <source>resolve needs %1</source>
        <translation>resolve needs %1</translation>
    </message>
    <message>
        <source>%1 %2 %3.%4: &quot;%5&quot; (%6) or &quot;%7&quot; (%8) — %9</source>
        <translation>%1 %2 %3.%4: &quot;%5&quot; (%6) or &quot;%7&quot; (%8) — %9</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Decided: %1.</source>
        <translation>Decided: %1.</translation>
    </message>
    <message>
        <source>Wrote the bundle %1 (%2 bytes).</source>
        <translation>Wrote the bundle %1 (%2 bytes).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: imported before; nothing changed.</source>
        <translation>%1: imported before; nothing changed.</translation>
    </message>
    <message>
        <source>%1: from %2, %3 new operations, %4 known, %5 waiting for earlier ones, %6 new conflicts.</source>
        <translation>%1: from %2, %3 new operations, %4 known, %5 waiting for earlier ones, %6 new conflicts.</translation>
    </message>
    <message>
        <source>revoke needs --device DEVICE_ID</source>
        <translation>revoke needs --device DEVICE_ID</translation>
    </message>
    <message>
        <source>Revoked %1: its bundles are refused from now on, and the next bundles tell the other stores.</source>
        <translation>Revoked %1: its bundles are refused from now on, and the next bundles tell the other stores.</translation>
    </message>
    <message>
        <source>%1: receipt from %2; the next export leaves out what it holds.</source>
        <translation>%1: receipt from %2; the next export leaves out what it holds.</translation>
    </message>
    <message>
        <source>%1: imported, but the receipt could not be written to %2</source>
        <translation>%1: imported, but the receipt could not be written to %2</translation>
    </message>
    <message>
        <source>Wrote the cover sheet %1.</source>
        <translation>Wrote the cover sheet %1.</translation>
    </message>
    <message>
        <source>send-definitions needs %1</source>
        <translation>send-definitions needs %1</translation>
    </message>
    <message>
        <source>Wrote %1 definition(s) for the enrolled devices to %2.</source>
        <translation>Wrote %1 definition(s) for the enrolled devices to %2.</translation>
    </message>
    <message>
        <source>%1: installed %2 from %3; they are used from the next start.</source>
        <translation>%1: installed %2 from %3; they are used from the next start.</translation>
    </message>
    <message>
        <source>use: report performance --year YEAR [--unit U] [--coach C] [--reading raw|credited] [--json], or report monthly --month YYY-MM --format pdf|xlsx|csv --out FILE [--unit U]</source>
        <translation>use: report performance --year YEAR [--unit U] [--coach C] [--reading raw|credited] [--json], or report monthly --month YYY-MM --format pdf|xlsx|csv --out FILE [--unit U]</translation>
    </message>
    <message>
        <source>--reading must be raw or credited</source>
        <translation>--reading must be raw or credited</translation>
    </message>
    <message>
        <source>use: enroll accept FILE [--fingerprint DIGITS]</source>
        <translation>use: enroll accept FILE [--fingerprint DIGITS]</translation>
    </message>
    <message>
        <source>enroll takes one of --unit, --coach and --whole-store</source>
        <translation>enroll takes one of --unit, --coach and --whole-store</translation>
    </message>
    <message>
        <source>bundle %1 from %2 %3 on %4: %5</source>
        <translation>bundle %1 from %2 %3 on %4: %5</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation>quarantined</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>unit %1</translation>
    </message>
    <message>
        <source>coach %1</source>
        <translation>coach %1</translation>
    </message>
    <message>
        <source>whole store</source>
        <translation>whole store</translation>
    </message>
    <message>
        <source>%1 %2 (%3) %4, %5%6 — %7</source>
        <translation>%1 %2 (%3) %4, %5%6 — %7</translation>
    </message>
    <message>
        <source>, revoked</source>
        <translation>, revoked</translation>
    </message>
    <message>
        <source>The enrolment comes from %1 (%2). Compare this fingerprint with the enroller&apos;s screen or slip:</source>
        <translation>The enrolment comes from %1 (%2). Compare this fingerprint with the enroller&apos;s screen or slip:</translation>
    </message>
    <message>
        <source>nothing was changed: run again with --fingerprint &quot;DIGITS&quot; once they match</source>
        <translation>nothing was changed: run again with --fingerprint &quot;DIGITS&quot; once they match</translation>
    </message>
    <message>
        <source>Enrolled by %1 (fingerprint %2).</source>
        <translation>Enrolled by %1 (fingerprint %2).</translation>
    </message>
    <message>
        <source>cannot read the device identity %1: %2</source>
        <translation>cannot read the device identity %1: %2</translation>
    </message>
    <message>
        <source>a coach&apos;s laptop is enrolled for its coach (--coach STAFF) or its unit (--unit UNIT); --whole-store gives it every case</source>
        <translation>a coach&apos;s laptop is enrolled for its coach (--coach STAFF) or its unit (--unit UNIT); --whole-store gives it every case</translation>
    </message>
    <message>
        <source>Enrolled %1 (%2); give it %3. This store&apos;s fingerprint, to compare on the device: %4</source>
        <translation>Enrolled %1 (%2); give it %3. This store&apos;s fingerprint, to compare on the device: %4</translation>
    </message>
    <message>
        <source>%1: the clock of device %2 runs ahead of this computer&apos;s; check it.</source>
        <translation>%1: the clock of device %2 runs ahead of this computer&apos;s; check it.</translation>
    </message>
    <message>
        <source>Wrote the fingerprint slip %1.</source>
        <translation>Wrote the fingerprint slip %1.</translation>
    </message>
    <message>
        <source>a report is filed from the records as they are: --file-report and --current do not go together</source>
        <translation>a report is filed from the records as they are: --file-report and --current do not go together</translation>
    </message>
    <message>
        <source>As filed on %1 by %2 (%3 record(s) changed since are not in it).</source>
        <translation>As filed on %1 by %2 (%3 record(s) changed since are not in it).</translation>
    </message>
    <message>
        <source>With today&apos;s records; filed on %1 by %2, %3 record(s) changed since.</source>
        <translation>With today&apos;s records; filed on %1 by %2, %3 record(s) changed since.</translation>
    </message>
    <message>
        <source>report annual takes --year, --format, --out and --unit</source>
        <translation>report annual takes --year, --format, --out and --unit</translation>
    </message>
    <message>
        <source>report annual needs %1</source>
        <translation>report annual needs %1</translation>
    </message>
    <message>
        <source>Annual report of plan year %1 written to %2.</source>
        <translation>Annual report of plan year %1 written to %2.</translation>
    </message>
    <message>
        <source>the store %1 has no accounts yet</source>
        <translation>the store %1 has no accounts yet</translation>
    </message>
    <message>
        <source>the store %1 has accounts: give --user NAME and the password in --password-file FILE or CASEBOOK_PASSWORD</source>
        <translation>the store %1 has accounts: give --user NAME and the password in --password-file FILE or CASEBOOK_PASSWORD</translation>
    </message>
    <message>
        <source>give the password in --password-file FILE or CASEBOOK_PASSWORD</source>
        <translation>give the password in --password-file FILE or CASEBOOK_PASSWORD</translation>
    </message>
    <message>
        <source>give the administrator&apos;s password in --password-file FILE or CASEBOOK_PASSWORD</source>
        <translation>give the administrator&apos;s password in --password-file FILE or CASEBOOK_PASSWORD</translation>
    </message>
    <message>
        <source>Made the administrator&apos;s account %1.</source>
        <translation>Made the administrator&apos;s account %1.</translation>
    </message>
    <message numerus="yes">
        <source>Made %n account(s) with the given password.</source>
        <translation>
            <numerusform>Made %n account with the given password.</numerusform>
            <numerusform>Made %n accounts with the given password.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read the file %1</source>
        <translation>cannot read the file %1</translation>
    </message>
    <message>
        <source>%1 must be a date written YYYY-MM-DD</source>
        <translation>%1 must be a date written YYYY-MM-DD</translation>
    </message>
    <message>
        <source>handover needs %1</source>
        <translation>handover needs %1</translation>
    </message>
    <message numerus="yes">
        <source>Handed over %n case(s); the list to sign is %1.</source>
        <translation>
            <numerusform>Handed over %n case; the list to sign is %1.</numerusform>
            <numerusform>Handed over %n cases; the list to sign is %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Made %n account(s) with the demo password %1.</source>
        <translation>
            <numerusform>Made %n account with the demo password %1.</numerusform>
            <numerusform>Made %n accounts with the demo password %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n audit entry(ies) to %1.</source>
        <translation>
            <numerusform>Wrote %n audit entry to %1.</numerusform>
            <numerusform>Wrote %n audit entries to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>the store %1 is encrypted: give --user NAME and the password in --password-file FILE or CASEBOOK_PASSWORD</source>
        <translation>the store %1 is encrypted: give --user NAME and the password in --password-file FILE or CASEBOOK_PASSWORD</translation>
    </message>
    <message>
        <source>decrypt-copy needs --out FILE</source>
        <translation>decrypt-copy needs --out FILE</translation>
    </message>
    <message>
        <source>%1 exists already: choose a new file</source>
        <translation>%1 exists already: choose a new file</translation>
    </message>
    <message>
        <source>the store %1 is not encrypted: copy the file itself</source>
        <translation>the store %1 is not encrypted: copy the file itself</translation>
    </message>
    <message>
        <source>only an administrator writes a plain copy of the store</source>
        <translation>only an administrator writes a plain copy of the store</translation>
    </message>
    <message>
        <source>plain copy → %1</source>
        <translation>plain copy → %1</translation>
    </message>
    <message>
        <source>Wrote a plain, unencrypted copy of the store to %1 (readable by you only). It holds every client&apos;s data in clear: keep it on an encrypted disk and delete it when the request is answered.</source>
        <translation>Wrote a plain, unencrypted copy of the store to %1 (readable by you only). It holds every client&apos;s data in clear: keep it on an encrypted disk and delete it when the request is answered.</translation>
    </message>
    <message>
        <source>password needs --user NAME: the account whose password changes</source>
        <translation>password needs --user NAME: the account whose password changes</translation>
    </message>
    <message>
        <source>give the new password in --new-password-file FILE or CASEBOOK_NEW_PASSWORD</source>
        <translation>give the new password in --new-password-file FILE or CASEBOOK_NEW_PASSWORD</translation>
    </message>
    <message>
        <source>The password of %1 is changed on this store.</source>
        <translation>The password of %1 is changed on this store.</translation>
    </message>
    <message>
        <source>only the bureau recovers a store</source>
        <translation>only the bureau recovers a store</translation>
    </message>
    <message>
        <source>recover-store needs --store FILE and --account NAME</source>
        <translation>recover-store needs --store FILE and --account NAME</translation>
    </message>
    <message>
        <source>recovered %1&apos;s password on %2</source>
        <translation>recovered %1&apos;s password on %2</translation>
    </message>
    <message>
        <source>%1 can sign in to %2 with the new password.</source>
        <translation>%1 can sign in to %2 with the new password.</translation>
    </message>
    <message>
        <source>add-user needs --name NAME and --role ROLE</source>
        <translation>add-user needs --name NAME and --role ROLE</translation>
    </message>
    <message>
        <source>unknown role %1: coach, supervisor, case_manager, bureau_clerk or administrator</source>
        <translation>unknown role %1: coach, supervisor, case_manager, bureau_clerk or administrator</translation>
    </message>
    <message>
        <source>an account belongs to a member of staff: give --staff NAME or ID</source>
        <translation>an account belongs to a member of staff: give --staff NAME or ID</translation>
    </message>
    <message>
        <source>--window is north or south</source>
        <translation>--window is north or south</translation>
    </message>
    <message>
        <source>only an administrator makes accounts</source>
        <translation>only an administrator makes accounts</translation>
    </message>
    <message>
        <source>there is no member of staff %1</source>
        <translation>there is no member of staff %1</translation>
    </message>
    <message>
        <source>give the new account&apos;s password in --new-password-file FILE or CASEBOOK_NEW_PASSWORD</source>
        <translation>give the new account&apos;s password in --new-password-file FILE or CASEBOOK_NEW_PASSWORD</translation>
    </message>
    <message>
        <source>account %1 made (%2)</source>
        <translation>account %1 made (%2)</translation>
    </message>
    <message>
        <source>Made the account %1 (%2). It reaches the enrolled devices with the next bundle.</source>
        <translation>Made the account %1 (%2). It reaches the enrolled devices with the next bundle.</translation>
    </message>
    <message>
        <source>only an administrator sets another account&apos;s password</source>
        <translation>only an administrator sets another account&apos;s password</translation>
    </message>
    <message>
        <source>reset-password needs --account NAME</source>
        <translation>reset-password needs --account NAME</translation>
    </message>
    <message>
        <source>password of %1 set by the administrator</source>
        <translation>password of %1 set by the administrator</translation>
    </message>
    <message>
        <source>The password of %1 is set. It reaches the enrolled devices with the next bundle, and opens their encrypted stores from then on.</source>
        <translation>The password of %1 is set. It reaches the enrolled devices with the next bundle, and opens their encrypted stores from then on.</translation>
    </message>
    <message>
        <source>case %1 has no forms to print yet</source>
        <translation>case %1 has no forms to print yet</translation>
    </message>
    <message>
        <source>Usage: casebook-cli --db PATH [--user NAME] COMMAND [OPTIONS]
Commands:
  init --role coach|supervisor|window|bureau --name NAME [--admin NAME]
  demo --persons N --seed S
  persons [--search TEXT] [--json]
  cases [--status STATUS] [--json]
  due [--today YYYY-MM-DD] [--json]
  check
  print --case CASE --form FORM|all --out FILE.pdf
  forms list [--json]
  forms check FILE
  report performance --year YEAR [--unit U] [--coach C] [--reading raw|credited] [--json]
  report monthly --month YYY-MM --format pdf|xlsx|csv --out FILE [--unit U] [--file-report|--current]
  report annual --year YEAR --format pdf|xlsx|csv --out FILE [--unit U]
  keys init [--passphrase-file FILE]
  keys export --out FILE
  enroll --device FILE --out FILE [--unit U | --coach STAFF | --whole-store] [--slip FILE.pdf]
         [--passphrase-file FILE]
  enroll accept FILE [--fingerprint DIGITS]
  devices [--json]
  export-bundle --out FILE [--cover FILE.pdf] [--passphrase-file FILE]
  import-bundle FILE... [--passphrase-file FILE]
  conflicts [--json]
  resolve --conflict ID --choose VALUE --reason TEXT
  revoke --device DEVICE_ID
  send-definitions --dir DIR --out FILE [--passphrase-file FILE]
  digest
  users [--json]
  audit [--person ID] [--actor NAME] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json | --out FILE]
  add-user --name NAME --role ROLE [--staff STAFF] [--unit U] [--window north|south]
           --new-password-file FILE
  reset-password --account NAME --new-password-file FILE
  handover --from-coach STAFF --to-coach STAFF --out FILE.pdf
  decrypt-copy --out FILE
  migrate-store --from FILE|postgresql://... --to postgresql://...|FILE
  password --new-password-file FILE
  recover-store --store FILE --account NAME --new-password-file FILE [--passphrase-file FILE]
On a store with accounts every command takes --user NAME, with the password in
--password-file FILE or CASEBOOK_PASSWORD; an encrypted store opens only so.</source>
        <translation>Usage: casebook-cli --db PATH [--user NAME] COMMAND [OPTIONS]
Commands:
  init --role coach|supervisor|window|bureau --name NAME [--admin NAME]
  demo --persons N --seed S
  persons [--search TEXT] [--json]
  cases [--status STATUS] [--json]
  due [--today YYYY-MM-DD] [--json]
  check
  print --case CASE --form FORM|all --out FILE.pdf
  forms list [--json]
  forms check FILE
  report performance --year YEAR [--unit U] [--coach C] [--reading raw|credited] [--json]
  report monthly --month YYY-MM --format pdf|xlsx|csv --out FILE [--unit U] [--file-report|--current]
  report annual --year YEAR --format pdf|xlsx|csv --out FILE [--unit U]
  keys init [--passphrase-file FILE]
  keys export --out FILE
  enroll --device FILE --out FILE [--unit U | --coach STAFF | --whole-store] [--slip FILE.pdf]
         [--passphrase-file FILE]
  enroll accept FILE [--fingerprint DIGITS]
  devices [--json]
  export-bundle --out FILE [--cover FILE.pdf] [--passphrase-file FILE]
  import-bundle FILE... [--passphrase-file FILE]
  conflicts [--json]
  resolve --conflict ID --choose VALUE --reason TEXT
  revoke --device DEVICE_ID
  send-definitions --dir DIR --out FILE [--passphrase-file FILE]
  digest
  users [--json]
  audit [--person ID] [--actor NAME] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json | --out FILE]
  add-user --name NAME --role ROLE [--staff STAFF] [--unit U] [--window north|south]
           --new-password-file FILE
  reset-password --account NAME --new-password-file FILE
  handover --from-coach STAFF --to-coach STAFF --out FILE.pdf
  decrypt-copy --out FILE
  migrate-store --from FILE|postgresql://... --to postgresql://...|FILE
  password --new-password-file FILE
  recover-store --store FILE --account NAME --new-password-file FILE [--passphrase-file FILE]
On a store with accounts every command takes --user NAME, with the password in
--password-file FILE or CASEBOOK_PASSWORD; an encrypted store opens only so.</translation>
    </message>
    <message>
        <source>migrate-store needs --from STORE and --to STORE</source>
        <translation>migrate-store needs --from STORE and --to STORE</translation>
    </message>
    <message>
        <source>--from and --to name the same store</source>
        <translation>--from and --to name the same store</translation>
    </message>
    <message>
        <source>%1 exists already: a store is moved only into a new one</source>
        <translation>%1 exists already: a store is moved only into a new one</translation>
    </message>
    <message>
        <source>only an administrator moves the store</source>
        <translation>only an administrator moves the store</translation>
    </message>
    <message>
        <source>store moved → %1</source>
        <translation>store moved → %1</translation>
    </message>
    <message>
        <source>Moved %1 to %2: %3 rows with the whole operation log (%4 operations); both hold the same state (digest %5).</source>
        <translation>Moved %1 to %2: %3 rows with the whole operation log (%4 operations); both hold the same state (digest %5).</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>Assessment (14 days)</source>
        <translation>Assessment (14 days)</translation>
    </message>
    <message>
        <source>Unit&apos;s answer to dispatch (14 days)</source>
        <translation>Unit&apos;s answer to dispatch (14 days)</translation>
    </message>
    <message>
        <source>Closure (6 months after goal)</source>
        <translation>Closure (6 months after goal)</translation>
    </message>
    <message>
        <source>Follow-up minimum (3 months) ends</source>
        <translation>Follow-up minimum (3 months) ends</translation>
    </message>
    <message>
        <source>Monthly report 表6-1/6-2 (by the 10th)</source>
        <translation>Monthly report 表6-1/6-2 (by the 10th)</translation>
    </message>
    <message>
        <source>Disability certificate expires</source>
        <translation>Disability certificate expires</translation>
    </message>
    <message>
        <source>Post-employment support extension ends</source>
        <translation>Post-employment support extension ends</translation>
    </message>
    <message>
        <source>Annual work report (by 31 December)</source>
        <translation>Annual work report (by 31 December)</translation>
    </message>
</context>
<context>
    <name>DefinitionLoader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: field %2: %3</source>
        <translation>%1: field %2: %3</translation>
    </message>
    <message>
        <source>a condition needs &quot;field&quot;</source>
        <translation>a condition needs &quot;field&quot;</translation>
    </message>
    <message>
        <source>the id must be lower-case letters, digits and _</source>
        <translation>the id must be lower-case letters, digits and _</translation>
    </message>
    <message>
        <source>the label needs a zh text</source>
        <translation>the label needs a zh text</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;</source>
        <translation>unknown type &quot;%1&quot;</translation>
    </message>
    <message>
        <source>width must be more than 0 and at most 1</source>
        <translation>width must be more than 0 and at most 1</translation>
    </message>
    <message>
        <source>min is greater than max</source>
        <translation>min is greater than max</translation>
    </message>
    <message>
        <source>a column of a repeating table cannot be bound</source>
        <translation>a column of a repeating table cannot be bound</translation>
    </message>
    <message>
        <source>unknown binding &quot;%1&quot;</source>
        <translation>unknown binding &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the binding %1 does not fit the type %2</source>
        <translation>the binding %1 does not fit the type %2</translation>
    </message>
    <message>
        <source>a choice field needs &quot;codes&quot;</source>
        <translation>a choice field needs &quot;codes&quot;</translation>
    </message>
    <message>
        <source>unknown code list &quot;%1&quot;</source>
        <translation>unknown code list &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a repeating table cannot contain another</source>
        <translation>a repeating table cannot contain another</translation>
    </message>
    <message>
        <source>a repeating table needs columns</source>
        <translation>a repeating table needs columns</translation>
    </message>
    <message>
        <source>the id is used twice</source>
        <translation>the id is used twice</translation>
    </message>
    <message>
        <source>sumColumn must name a money or integer column</source>
        <translation>sumColumn must name a money or integer column</translation>
    </message>
    <message>
        <source>only a repeating table has columns</source>
        <translation>only a repeating table has columns</translation>
    </message>
    <message>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation>%1: not valid JSON at offset %2: %3</translation>
    </message>
    <message>
        <source>the code list %1 is empty</source>
        <translation>the code list %1 is empty</translation>
    </message>
    <message>
        <source>the code list %1 has an empty or repeated code</source>
        <translation>the code list %1 has an empty or repeated code</translation>
    </message>
    <message>
        <source>the form needs an &quot;id&quot;</source>
        <translation>the form needs an &quot;id&quot;</translation>
    </message>
    <message>
        <source>the form needs a &quot;code&quot;</source>
        <translation>the form needs a &quot;code&quot;</translation>
    </message>
    <message>
        <source>the form needs a &quot;version&quot;</source>
        <translation>the form needs a &quot;version&quot;</translation>
    </message>
    <message>
        <source>the form needs a title</source>
        <translation>the form needs a title</translation>
    </message>
    <message>
        <source>the form has no sections</source>
        <translation>the form has no sections</translation>
    </message>
    <message>
        <source>the condition names an unknown field %1</source>
        <translation>the condition names an unknown field %1</translation>
    </message>
    <message>
        <source>notBefore names an unknown field %1</source>
        <translation>notBefore names an unknown field %1</translation>
    </message>
    <message>
        <source>notBefore applies to dates only</source>
        <translation>notBefore applies to dates only</translation>
    </message>
    <message>
        <source>%1: cannot read the file</source>
        <translation>%1: cannot read the file</translation>
    </message>
    <message>
        <source>%1: the file is larger than 4 MB</source>
        <translation>%1: the file is larger than 4 MB</translation>
    </message>
    <message>
        <source>dateFormat is short or long</source>
        <translation>dateFormat is short or long</translation>
    </message>
    <message>
        <source>%1: tableFontSize must lie between 6 and 12 points</source>
        <translation>%1: tableFontSize must lie between 6 and 12 points</translation>
    </message>
    <message>
        <source>caseSumMax applies to money and integer fields</source>
        <translation>caseSumMax applies to money and integer fields</translation>
    </message>
    <message>
        <source>%1: not the name of a form definition file.</source>
        <translation>%1: not the name of a form definition file.</translation>
    </message>
    <message>
        <source>%1: the file holds %2 version %3.</source>
        <translation>%1: the file holds %2 version %3.</translation>
    </message>
    <message>
        <source>%1: %2 version %3 exists with another text; a change needs a new version.</source>
        <translation>%1: %2 version %3 exists with another text; a change needs a new version.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>step is a number above 0, for a number field</source>
        <translation>step is a number above 0, for a number field</translation>
    </message>
    <message>
        <source>a column of a table that shows records needs a binding</source>
        <translation>a column of a table that shows records needs a binding</translation>
    </message>
    <message>
        <source>%1 has no attribute &quot;%2&quot;</source>
        <translation>%1 has no attribute &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: the file is larger than 1 MB</source>
        <translation>%1: the file is larger than 1 MB</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of persons must be between 0 and 1,000,000.</source>
        <translation>The number of persons must be between 0 and 1,000,000.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The demo dispatch was not stored.</source>
        <translation>The demo dispatch was not stored.</translation>
    </message>
</context>
<context>
    <name>DeviceKeys</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>The cryptography library could not start.</translation>
    </message>
    <message>
        <source>That is not a recipient&apos;s public key.</source>
        <translation>That is not a recipient&apos;s public key.</translation>
    </message>
    <message>
        <source>The sealed data is too short.</source>
        <translation>The sealed data is too short.</translation>
    </message>
    <message>
        <source>The sealed data was not addressed to this device, or was altered.</source>
        <translation>The sealed data was not addressed to this device, or was altered.</translation>
    </message>
    <message>
        <source>A passphrase needs at least 8 characters.</source>
        <translation>A passphrase needs at least 8 characters.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the keys.</source>
        <translation>Not enough memory to protect the keys.</translation>
    </message>
    <message>
        <source>The stored keys are damaged or from another version.</source>
        <translation>The stored keys are damaged or from another version.</translation>
    </message>
    <message>
        <source>Not enough memory to unlock the keys.</source>
        <translation>Not enough memory to unlock the keys.</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>The passphrase is wrong.</translation>
    </message>
</context>
<context>
    <name>DuplicateRepository</name>
    <message>
        <source>Choose two different person records.</source>
        <translation>Choose two different person records.</translation>
    </message>
    <message>
        <source>One of the two person records does not exist (or was merged already).</source>
        <translation>One of the two person records does not exist (or was merged already).</translation>
    </message>
    <message>
        <source>Give the reason for the merge.</source>
        <translation>Give the reason for the merge.</translation>
    </message>
    <message>
        <source>There is no merge %1.</source>
        <translation>There is no merge %1.</translation>
    </message>
    <message>
        <source>This merge was undone already.</source>
        <translation>This merge was undone already.</translation>
    </message>
</context>
<context>
    <name>EnrolmentSlip</name>
    <message>
        <source>The enrolment slip layout is missing.</source>
        <translation>The enrolment slip layout is missing.</translation>
    </message>
</context>
<context>
    <name>FormInstanceRepository</name>
    <message>
        <source>Cannot start the form: %1</source>
        <translation>Cannot start the form: %1</translation>
    </message>
    <message>
        <source>No form with id %1.</source>
        <translation>No form with id %1.</translation>
    </message>
    <message>
        <source>Unknown form status %1.</source>
        <translation>Unknown form status %1.</translation>
    </message>
    <message>
        <source>A form cannot have been started in the future.</source>
        <translation>A form cannot have been started in the future.</translation>
    </message>
</context>
<context>
    <name>FormPrinter</name>
    <message>
        <source>There is no form to print.</source>
        <translation>There is no form to print.</translation>
    </message>
    <message>
        <source>Cannot start printing.</source>
        <translation>Cannot start printing.</translation>
    </message>
    <message>
        <source>Cannot add a page.</source>
        <translation>Cannot add a page.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>FormRecord</name>
    <message>
        <source>The form %1 does not belong to this case.</source>
        <translation>The form %1 does not belong to this case.</translation>
    </message>
    <message>
        <source>%1: not a valid date.</source>
        <translation>%1: not a valid date.</translation>
    </message>
    <message>
        <source>%1 cannot lie in the future.</source>
        <translation>%1 cannot lie in the future.</translation>
    </message>
    <message>
        <source>%1 (%2) is before the person&apos;s birth date (%3).</source>
        <translation>%1 (%2) is before the person&apos;s birth date (%3).</translation>
    </message>
    <message>
        <source>%1 cannot be before %2 (%3).</source>
        <translation>%1 cannot be before %2 (%3).</translation>
    </message>
    <message>
        <source>%1: enter a whole number.</source>
        <translation>%1: enter a whole number.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 must be between %2 and %3.</translation>
    </message>
    <message>
        <source>%1: %2 is not one of the choices.</source>
        <translation>%1: %2 is not one of the choices.</translation>
    </message>
    <message>
        <source>%1: choose one.</source>
        <translation>%1: choose one.</translation>
    </message>
    <message>
        <source>%1: answer yes or no.</source>
        <translation>%1: answer yes or no.</translation>
    </message>
    <message>
        <source>%1 is not a valid national ID or resident certificate number (check digit).</source>
        <translation>%1 is not a valid national ID or resident certificate number (check digit).</translation>
    </message>
    <message numerus="yes">
        <source>%1: add at least %n row(s).</source>
        <translation>
            <numerusform>%1: add at least %n row.</numerusform>
            <numerusform>%1: add at least %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, row %2: %3 is required.</source>
        <translation>%1, row %2: %3 is required.</translation>
    </message>
    <message>
        <source>%1: the total NT$%2 is over the limit of NT$%3.</source>
        <translation>%1: the total NT$%2 is over the limit of NT$%3.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <source>The form cannot be marked complete: %1</source>
        <translation>The form cannot be marked complete: %1</translation>
    </message>
    <message>
        <source>A report is computed from the records and cannot be saved as a form.</source>
        <translation>A report is computed from the records and cannot be saved as a form.</translation>
    </message>
    <message>
        <source>%1: with the case&apos;s other forms (NT$%2) the total NT$%3 is over the limit of NT$%4 per case.</source>
        <translation>%1: with the case&apos;s other forms (NT$%2) the total NT$%3 is over the limit of NT$%4 per case.</translation>
    </message>
    <message>
        <source>This case will count as 一般性 (general), not 支持性, until %1 is marked complete again; the coach&apos;s supported successes fall with it.</source>
        <translation>This case will count as 一般性 (general), not 支持性, until %1 is marked complete again; the coach&apos;s supported successes fall with it.</translation>
    </message>
    <message>
        <source>The six tables of this case will not be complete until %1 is marked complete again.</source>
        <translation>The six tables of this case will not be complete until %1 is marked complete again.</translation>
    </message>
    <message>
        <source>%1 will count as not complete until it is marked complete again.</source>
        <translation>%1 will count as not complete until it is marked complete again.</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1, row %2: %3</translation>
    </message>
    <message>
        <source>%1: enter a number.</source>
        <translation>%1: enter a number.</translation>
    </message>
    <message>
        <source>%1: enter it in steps of %2.</source>
        <translation>%1: enter it in steps of %2.</translation>
    </message>
    <message>
        <source>%1 comes from the placement record: record the placement in the Supported employment tab first.</source>
        <translation>%1 comes from the placement record: record the placement in the Supported employment tab first.</translation>
    </message>
</context>
<context>
    <name>GroupRepository</name>
    <message>
        <source>Name the group.</source>
        <translation>Name the group.</translation>
    </message>
    <message>
        <source>Choose the job coach who leads the group.</source>
        <translation>Choose the job coach who leads the group.</translation>
    </message>
    <message>
        <source>Enter the day the group began; it cannot lie in the future.</source>
        <translation>Enter the day the group began; it cannot lie in the future.</translation>
    </message>
    <message>
        <source>The case is in this group already.</source>
        <translation>The case is in this group already.</translation>
    </message>
    <message>
        <source>There is no such case.</source>
        <translation>There is no such case.</translation>
    </message>
    <message>
        <source>Enter the day the person joined; it cannot lie in the future.</source>
        <translation>Enter the day the person joined; it cannot lie in the future.</translation>
    </message>
    <message>
        <source>Enter the day of the session; it cannot lie in the future.</source>
        <translation>Enter the day of the session; it cannot lie in the future.</translation>
    </message>
    <message>
        <source>Enter how many persons took part (1 to 50).</source>
        <translation>Enter how many persons took part (1 to 50).</translation>
    </message>
    <message>
        <source>Cannot read the groups.</source>
        <translation>Cannot read the groups.</translation>
    </message>
</context>
<context>
    <name>GroupWork</name>
    <message>
        <source>There is no case %1.</source>
        <translation>There is no case %1.</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Choose two job coaches: the one leaving and the successor.</source>
        <translation>Choose two job coaches: the one leaving and the successor.</translation>
    </message>
    <message>
        <source>A coach&apos;s cases are handed over to another coach.</source>
        <translation>A coach&apos;s cases are handed over to another coach.</translation>
    </message>
    <message>
        <source>Only the supervisor of %1&apos;s unit or the bureau hands over %1&apos;s cases.</source>
        <translation>Only the supervisor of %1&apos;s unit or the bureau hands over %1&apos;s cases.</translation>
    </message>
    <message>
        <source>The handover list&apos;s layout is missing.</source>
        <translation>The handover list&apos;s layout is missing.</translation>
    </message>
    <message>
        <source>%1 has no open cases to hand over.</source>
        <translation>%1 has no open cases to hand over.</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s)</source>
        <translation>
            <numerusform>%n open case</numerusform>
            <numerusform>%n open cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HolidayCalendar</name>
    <message>
        <source>%1: not valid JSON: %2</source>
        <translation>%1: not valid JSON: %2</translation>
    </message>
    <message>
        <source>%1: %2 is not a year</source>
        <translation>%1: %2 is not a year</translation>
    </message>
    <message>
        <source>%1: %2 is not a date of %3</source>
        <translation>%1: %2 is not a date of %3</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>MinimumWage</name>
    <message>
        <source>%1: not valid JSON: %2</source>
        <translation>%1: not valid JSON: %2</translation>
    </message>
    <message>
        <source>%1: each rate needs a day (from) and a monthly and an hourly amount above 0.</source>
        <translation>%1: each rate needs a day (from) and a monthly and an hourly amount above 0.</translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message>
        <source>&quot;%1&quot; is not a month: write the ROC year and the month, for example 107-05.</source>
        <translation>&quot;%1&quot; is not a month: write the ROC year and the month, for example 107-05.</translation>
    </message>
    <message>
        <source>Cannot read the units and staff.</source>
        <translation>Cannot read the units and staff.</translation>
    </message>
    <message>
        <source>There is no unit %1.</source>
        <translation>There is no unit %1.</translation>
    </message>
    <message>
        <source>Cannot read the workplace-adaptation services.</source>
        <translation>Cannot read the workplace-adaptation services.</translation>
    </message>
    <message>
        <source>Cannot read the job-redesign reports.</source>
        <translation>Cannot read the job-redesign reports.</translation>
    </message>
</context>
<context>
    <name>MonthlyReportForms</name>
    <message>
        <source>The report layouts 表6-1 and 表6-2 are missing: %1</source>
        <translation>The report layouts 表6-1 and 表6-2 are missing: %1</translation>
    </message>
    <message>
        <source>The layout of the annual report is missing.</source>
        <translation>The layout of the annual report is missing.</translation>
    </message>
    <message>
        <source>Plan year %1 has not begun.</source>
        <translation>Plan year %1 has not begun.</translation>
    </message>
</context>
<context>
    <name>PastView</name>
    <message>
        <source>Another view of the past is open on this store.</source>
        <translation>Another view of the past is open on this store.</translation>
    </message>
    <message>
        <source>Cannot read the operation log: %1</source>
        <translation>Cannot read the operation log: %1</translation>
    </message>
    <message>
        <source>Cannot open the view of the past: %1</source>
        <translation>Cannot open the view of the past: %1</translation>
    </message>
</context>
<context>
    <name>PerformanceReport</name>
    <message>
        <source>%1 is not a plan year.</source>
        <translation>%1 is not a plan year.</translation>
    </message>
    <message>
        <source>Cannot read the units and staff.</source>
        <translation>Cannot read the units and staff.</translation>
    </message>
    <message>
        <source>×2: remote district (偏鄉) %1</source>
        <translation>×2: remote district (偏鄉) %1</translation>
    </message>
    <message>
        <source>×2: 附表1 completed %1 (%2 indicators)</source>
        <translation>×2: 附表1 completed %1 (%2 indicators)</translation>
    </message>
    <message>
        <source>附表1 completed %1 decides that the criteria are not met</source>
        <translation>附表1 completed %1 decides that the criteria are not met</translation>
    </message>
    <message>
        <source>附表1 completed %1 has %2 indicators; %3 are needed</source>
        <translation>附表1 completed %1 has %2 indicators; %3 are needed</translation>
    </message>
    <message>
        <source>group model: counted under P-07, not in the individual targets</source>
        <translation>group model: counted under P-07, not in the individual targets</translation>
    </message>
    <message>
        <source>old case: opened %1, before the plan year</source>
        <translation>old case: opened %1, before the plan year</translation>
    </message>
    <message>
        <source>new case: opened %1</source>
        <translation>new case: opened %1</translation>
    </message>
    <message>
        <source>×1: %1</source>
        <translation>×1: %1</translation>
    </message>
    <message>
        <source>placed %1</source>
        <translation>placed %1</translation>
    </message>
    <message>
        <source>not a placement: %1</source>
        <translation>not a placement: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) of intensive support</source>
        <translation>
            <numerusform>%n working day of intensive support</numerusform>
            <numerusform>%n working days of intensive support</numerusform>
        </translation>
    </message>
    <message>
        <source> (provisional: no holiday calendar for %1)</source>
        <translation> (provisional: no holiday calendar for %1)</translation>
    </message>
    <message>
        <source>supported success %1: %2, six tables complete</source>
        <translation>supported success %1: %2, six tables complete</translation>
    </message>
    <message>
        <source>the six tables are not all complete</source>
        <translation>the six tables are not all complete</translation>
    </message>
    <message>
        <source>general success %1: %2</source>
        <translation>general success %1: %2</translation>
    </message>
    <message>
        <source>not a success: %1</source>
        <translation>not a success: %1</translation>
    </message>
    <message>
        <source>conversion capped by the two-thirds rule: %1 of %2 conversions used</source>
        <translation>conversion capped by the two-thirds rule: %1 of %2 conversions used</translation>
    </message>
    <message>
        <source>%1 general credits convert to %2 supported (%3:1)</source>
        <translation>%1 general credits convert to %2 supported (%3:1)</translation>
    </message>
    <message numerus="yes">
        <source>not counted: %n old case(s) over the share of old cases</source>
        <translation>
            <numerusform>not counted: %n old case over the share of old cases</numerusform>
            <numerusform>not counted: %n old cases over the share of old cases</numerusform>
        </translation>
    </message>
    <message>
        <source>placement target lowered by %1 for %2 persons given workplace-adaptation service</source>
        <translation>placement target lowered by %1 for %2 persons given workplace-adaptation service</translation>
    </message>
    <message numerus="yes">
        <source>%n more placement credit(s) to reach %1</source>
        <translation>
            <numerusform>%n more placement credit to reach %1</numerusform>
            <numerusform>%n more placement credits to reach %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more supported success(es) to reach %1</source>
        <translation>
            <numerusform>%n more supported success to reach %1</numerusform>
            <numerusform>%n more supported successes to reach %1</numerusform>
        </translation>
    </message>
    <message>
        <source>supported successes are %1 of %2, under the share of %3/%4</source>
        <translation>supported successes are %1 of %2, under the share of %3/%4</translation>
    </message>
    <message numerus="yes">
        <source>%n more case(s) to reach the caseload of %1</source>
        <translation>
            <numerusform>%n more case to reach the caseload of %1</numerusform>
            <numerusform>%n more cases to reach the caseload of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Enter the person&apos;s name.</translation>
    </message>
    <message>
        <source>Choose the person&apos;s sex.</source>
        <translation>Choose the person&apos;s sex.</translation>
    </message>
    <message>
        <source>Enter a valid birth date.</source>
        <translation>Enter a valid birth date.</translation>
    </message>
    <message>
        <source>The birth date lies in the future.</source>
        <translation>The birth date lies in the future.</translation>
    </message>
    <message>
        <source>The birth date is more than 120 years ago.</source>
        <translation>The birth date is more than 120 years ago.</translation>
    </message>
    <message>
        <source>Enter the national ID or resident certificate number.</source>
        <translation>Enter the national ID or resident certificate number.</translation>
    </message>
    <message>
        <source>%1 is not a valid national ID or resident certificate number (check digit).</source>
        <translation>%1 is not a valid national ID or resident certificate number (check digit).</translation>
    </message>
    <message>
        <source>Unknown district %1.</source>
        <translation>Unknown district %1.</translation>
    </message>
    <message>
        <source>Unknown education level %1.</source>
        <translation>Unknown education level %1.</translation>
    </message>
    <message>
        <source>Unknown certificate kind %1.</source>
        <translation>Unknown certificate kind %1.</translation>
    </message>
    <message>
        <source>Unknown disability category %1.</source>
        <translation>Unknown disability category %1.</translation>
    </message>
    <message>
        <source>Choose at least one disability category.</source>
        <translation>Choose at least one disability category.</translation>
    </message>
    <message>
        <source>Unknown severity %1.</source>
        <translation>Unknown severity %1.</translation>
    </message>
    <message>
        <source>Unknown identity tag %1.</source>
        <translation>Unknown identity tag %1.</translation>
    </message>
    <message>
        <source>No person with id %1.</source>
        <translation>No person with id %1.</translation>
    </message>
</context>
<context>
    <name>PlanYearRulesLoader</name>
    <message>
        <source>%1: not valid JSON: %2</source>
        <translation>%1: not valid JSON: %2</translation>
    </message>
    <message>
        <source>%1 must be a whole number of 0 or more</source>
        <translation>%1 must be a whole number of 0 or more</translation>
    </message>
    <message>
        <source>%1 must be a fraction {num, den} between 0 and 1</source>
        <translation>%1 must be a fraction {num, den} between 0 and 1</translation>
    </message>
    <message>
        <source>planYear is missing</source>
        <translation>planYear is missing</translation>
    </message>
    <message>
        <source>conversionRatio must be at least 1</source>
        <translation>conversionRatio must be at least 1</translation>
    </message>
    <message>
        <source>ratioReading must be &quot;credited&quot; or &quot;raw&quot;</source>
        <translation>ratioReading must be &quot;credited&quot; or &quot;raw&quot;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>There are no counting rules for plan year %1.</source>
        <translation>There are no counting rules for plan year %1.</translation>
    </message>
    <message>
        <source>%1 is not a plan year (an ROC year such as 107).</source>
        <translation>%1 is not a plan year (an ROC year such as 107).</translation>
    </message>
    <message>
        <source>highSupport needs its decision {field, meets} and its indicators</source>
        <translation>highSupport needs its decision {field, meets} and its indicators</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Stopped: nothing was changed.</source>
        <translation>Stopped: nothing was changed.</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>There is no table to export.</source>
        <translation>There is no table to export.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder does not exist.</source>
        <translation>Cannot write %1: the folder does not exist.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Cannot add the sheet %1.</source>
        <translation>Cannot add the sheet %1.</translation>
    </message>
</context>
<context>
    <name>ReportFilings</name>
    <message>
        <source>The report of %1 can be filed once the month has ended (after %2).</source>
        <translation>The report of %1 can be filed once the month has ended (after %2).</translation>
    </message>
    <message>
        <source>The report of %1 was filed on %2 by %3; it prints as filed. Print it with today&apos;s records (--current) for a correction.</source>
        <translation>The report of %1 was filed on %2 by %3; it prints as filed. Print it with today&apos;s records (--current) for a correction.</translation>
    </message>
    <message>
        <source>Cannot record the filing: %1</source>
        <translation>Cannot record the filing: %1</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Save the report as .pdf, .xlsx or .csv.</source>
        <translation>Save the report as .pdf, .xlsx or .csv.</translation>
    </message>
    <message>
        <source>annual report %1 → %2</source>
        <translation>annual report %1 → %2</translation>
    </message>
    <message>
        <source>Another unit&apos;s report is its own supervisor&apos;s or the bureau&apos;s to read.</source>
        <translation>Another unit&apos;s report is its own supervisor&apos;s or the bureau&apos;s to read.</translation>
    </message>
    <message>
        <source>Filing and the unit&apos;s annual report are the supervisor&apos;s: a job coach sees their own figures.</source>
        <translation>Filing and the unit&apos;s annual report are the supervisor&apos;s: a job coach sees their own figures.</translation>
    </message>
    <message>
        <source>monthly report %1 → %2</source>
        <translation>monthly report %1 → %2</translation>
    </message>
    <message>
        <source>Another coach&apos;s figures are their supervisor&apos;s or the bureau&apos;s to read.</source>
        <translation>Another coach&apos;s figures are their supervisor&apos;s or the bureau&apos;s to read.</translation>
    </message>
    <message>
        <source>Save the performance table as .xlsx or .csv.</source>
        <translation>Save the performance table as .xlsx or .csv.</translation>
    </message>
    <message>
        <source>Performance of plan year %1</source>
        <translation>Performance of plan year %1</translation>
    </message>
    <message>
        <source>Counted by the rules of plan year %1</source>
        <translation>Counted by the rules of plan year %1</translation>
    </message>
    <message>
        <source>Job coach</source>
        <translation>Job coach</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Placements (推介成功)</source>
        <translation>Placements (推介成功)</translation>
    </message>
    <message>
        <source>Placement target</source>
        <translation>Placement target</translation>
    </message>
    <message>
        <source>Supported successes</source>
        <translation>Supported successes</translation>
    </message>
    <message>
        <source>Supported target</source>
        <translation>Supported target</translation>
    </message>
    <message>
        <source>Supported share (%)</source>
        <translation>Supported share (%)</translation>
    </message>
    <message>
        <source>Cases served</source>
        <translation>Cases served</translation>
    </message>
    <message>
        <source>Cases target</source>
        <translation>Cases target</translation>
    </message>
    <message>
        <source>performance table %1 → %2</source>
        <translation>performance table %1 → %2</translation>
    </message>
</context>
<context>
    <name>ServiceRecords</name>
    <message>
        <source>The placement is no longer on record.</source>
        <translation>The placement is no longer on record.</translation>
    </message>
</context>
<context>
    <name>ServiceRepository</name>
    <message>
        <source>Enter the employer&apos;s name.</source>
        <translation>Enter the employer&apos;s name.</translation>
    </message>
    <message>
        <source>The number of employees must be between 1 and 1,000,000.</source>
        <translation>The number of employees must be between 1 and 1,000,000.</translation>
    </message>
    <message>
        <source>A tax ID (統一編號) has 8 digits.</source>
        <translation>A tax ID (統一編號) has 8 digits.</translation>
    </message>
    <message>
        <source>Unknown district %1.</source>
        <translation>Unknown district %1.</translation>
    </message>
    <message>
        <source>No employer with id %1.</source>
        <translation>No employer with id %1.</translation>
    </message>
    <message>
        <source>The service model is individual or group.</source>
        <translation>The service model is individual or group.</translation>
    </message>
    <message>
        <source>The case %1 has no supported-employment profile.</source>
        <translation>The case %1 has no supported-employment profile.</translation>
    </message>
    <message>
        <source>Choose the employer of the placement.</source>
        <translation>Choose the employer of the placement.</translation>
    </message>
    <message>
        <source>Enter the first day at work.</source>
        <translation>Enter the first day at work.</translation>
    </message>
    <message>
        <source>Weekly hours must be between 1 and 84.</source>
        <translation>Weekly hours must be between 1 and 84.</translation>
    </message>
    <message>
        <source>The wage cannot be negative.</source>
        <translation>The wage cannot be negative.</translation>
    </message>
    <message>
        <source>The employment cannot end before it starts.</source>
        <translation>The employment cannot end before it starts.</translation>
    </message>
    <message>
        <source>Unknown kind of employment evidence %1.</source>
        <translation>Unknown kind of employment evidence %1.</translation>
    </message>
    <message>
        <source>Cannot save the placement: %1</source>
        <translation>Cannot save the placement: %1</translation>
    </message>
    <message>
        <source>Enter the day of the support.</source>
        <translation>Enter the day of the support.</translation>
    </message>
    <message>
        <source>The day of the support lies in the future.</source>
        <translation>The day of the support lies in the future.</translation>
    </message>
    <message>
        <source>Cannot save the support day: %1</source>
        <translation>Cannot save the support day: %1</translation>
    </message>
    <message>
        <source>Enter the day of the follow-up; it cannot lie in the future.</source>
        <translation>Enter the day of the follow-up; it cannot lie in the future.</translation>
    </message>
    <message>
        <source>Choose how the follow-up was made.</source>
        <translation>Choose how the follow-up was made.</translation>
    </message>
    <message>
        <source>Choose the person&apos;s employment status.</source>
        <translation>Choose the person&apos;s employment status.</translation>
    </message>
    <message>
        <source>Cannot save the follow-up: %1</source>
        <translation>Cannot save the follow-up: %1</translation>
    </message>
    <message>
        <source>Only service records can be withdrawn here.</source>
        <translation>Only service records can be withdrawn here.</translation>
    </message>
    <message>
        <source>The record was withdrawn already.</source>
        <translation>The record was withdrawn already.</translation>
    </message>
    <message>
        <source>Enter the day the adaptation service began; it cannot lie in the future.</source>
        <translation>Enter the day the adaptation service began; it cannot lie in the future.</translation>
    </message>
    <message>
        <source>The service cannot end before it begins.</source>
        <translation>The service cannot end before it begins.</translation>
    </message>
    <message>
        <source>Cannot save the adaptation service: %1</source>
        <translation>Cannot save the adaptation service: %1</translation>
    </message>
    <message>
        <source>An extension follows the closure of the case: close the case first.</source>
        <translation>An extension follows the closure of the case: close the case first.</translation>
    </message>
    <message>
        <source>The extension begins on or after the closure (%1) and not in the future.</source>
        <translation>The extension begins on or after the closure (%1) and not in the future.</translation>
    </message>
    <message>
        <source>An extension ends at the latest 18 months after the closure, on %1.</source>
        <translation>An extension ends at the latest 18 months after the closure, on %1.</translation>
    </message>
    <message>
        <source>Choose what was done: plan, home assessment, visit or follow-up.</source>
        <translation>Choose what was done: plan, home assessment, visit or follow-up.</translation>
    </message>
    <message>
        <source>Enter the day; it cannot lie in the future.</source>
        <translation>Enter the day; it cannot lie in the future.</translation>
    </message>
    <message>
        <source>Home employment starts with its plan: record the plan first.</source>
        <translation>Home employment starts with its plan: record the plan first.</translation>
    </message>
    <message>
        <source>After the closure (%1) only follow-up is recorded.</source>
        <translation>After the closure (%1) only follow-up is recorded.</translation>
    </message>
    <message>
        <source>employed before the service (%1): counts toward 就業成功 only</source>
        <translation>employed before the service (%1): counts toward 就業成功 only</translation>
    </message>
    <message>
        <source>%1 hours a week: 就業成功 needs at least %2</source>
        <translation>%1 hours a week: 就業成功 needs at least %2</translation>
    </message>
    <message>
        <source>wage NT$%1 for %2 hours a week is below the minimum wage of %3 (NT$%4)</source>
        <translation>wage NT$%1 for %2 hours a week is below the minimum wage of %3 (NT$%4)</translation>
    </message>
    <message>
        <source>Hours of support are counted in half hours, more than 0 and at most 24.</source>
        <translation>Hours of support are counted in half hours, more than 0 and at most 24.</translation>
    </message>
    <message>
        <source>The place of support is the workplace or other.</source>
        <translation>The place of support is the workplace or other.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Demo store: sign in as admin (everything), 陳怡君 (a job coach), 蔡督導 (a supervisor) or 倪美玲 (the north window), password %1.</source>
        <translation>Demo store: sign in as admin (everything), 陳怡君 (a job coach), 蔡督導 (a supervisor) or 倪美玲 (the north window), password %1.</translation>
    </message>
    <message>
        <source>(The attempt could not be kept in the audit trail: %1)</source>
        <translation>(The attempt could not be kept in the audit trail: %1)</translation>
    </message>
    <message>
        <source>The sign-in could not be kept in the audit trail, so nothing is shown: %1</source>
        <translation>The sign-in could not be kept in the audit trail, so nothing is shown: %1</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>The store is in use by another program; try again in a moment.</source>
        <translation>The store is in use by another program; try again in a moment.</translation>
    </message>
    <message>
        <source>The file is not a Casebook store.</source>
        <translation>The file is not a Casebook store.</translation>
    </message>
    <message>
        <source>The store could not carry out the request; nothing was changed.</source>
        <translation>The store could not carry out the request; nothing was changed.</translation>
    </message>
    <message>
        <source>The store is damaged or has been altered: nothing was changed. Run &quot;casebook-cli check&quot; and restore the last backup.</source>
        <translation>The store is damaged or has been altered: nothing was changed. Run &quot;casebook-cli check&quot; and restore the last backup.</translation>
    </message>
</context>
<context>
    <name>StaleWrites</name>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>%1: %2 changed it to %3 meanwhile; you left it as it was, so theirs is kept.</source>
        <translation>%1: %2 changed it to %3 meanwhile; you left it as it was, so theirs is kept.</translation>
    </message>
    <message>
        <source>%1: you saw %2, %3 changed it to %4 meanwhile, and you saved %5. Both are kept: decide which stands under Sync › Conflicts.</source>
        <translation>%1: you saw %2, %3 changed it to %4 meanwhile, and you saved %5. Both are kept: decide which stands under Sync › Conflicts.</translation>
    </message>
    <message>
        <source>Changed at another desk</source>
        <translation>Changed at another desk</translation>
    </message>
    <message>
        <source>Someone else changed this record while you were editing it. Nothing is lost: where you both changed a field, both values are kept until a person decides.</source>
        <translation>Someone else changed this record while you were editing it. Nothing is lost: where you both changed a field, both values are kept until a person decides.</translation>
    </message>
    <message>
        <source>Someone else changed this record while you were editing it. Your changes are saved, and theirs are kept.</source>
        <translation>Someone else changed this record while you were editing it. Your changes are saved, and theirs are kept.</translation>
    </message>
</context>
<context>
    <name>StoreAccess</name>
    <message>
        <source>The store %1 has no accounts yet: it acts as its device.</source>
        <translation>The store %1 has no accounts yet: it acts as its device.</translation>
    </message>
    <message>
        <source>The store&apos;s key could not be made.</source>
        <translation>The store&apos;s key could not be made.</translation>
    </message>
    <message>
        <source>The store&apos;s key is not at hand.</source>
        <translation>The store&apos;s key is not at hand.</translation>
    </message>
    <message>
        <source>password of %1 recovered by the bureau</source>
        <translation>password of %1 recovered by the bureau</translation>
    </message>
    <message>
        <source>%1: %2 attempt(s) while the store was locked</source>
        <translation>%1: %2 attempt(s) while the store was locked</translation>
    </message>
</context>
<context>
    <name>StoreConversion</name>
    <message>
        <source>The store&apos;s encryption could not start.</source>
        <translation>The store&apos;s encryption could not start.</translation>
    </message>
    <message>
        <source>Cannot write the encrypted copy %1.</source>
        <translation>Cannot write the encrypted copy %1.</translation>
    </message>
    <message>
        <source>The encrypted copy could not be made: %1</source>
        <translation>The encrypted copy could not be made: %1</translation>
    </message>
    <message>
        <source>The encrypted copy does not match the store; the store is left as it was.</source>
        <translation>The encrypted copy does not match the store; the store is left as it was.</translation>
    </message>
    <message>
        <source>The encrypted copy could not replace the store: %1</source>
        <translation>The encrypted copy could not replace the store: %1</translation>
    </message>
    <message>
        <source>%1 exists already: choose a new file.</source>
        <translation>%1 exists already: choose a new file.</translation>
    </message>
    <message>
        <source>The plain copy could not be written: %1</source>
        <translation>The plain copy could not be written: %1</translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message>
        <source>%1 is a store already: a store is moved only into a new, empty one.</source>
        <translation>%1 is a store already: a store is moved only into a new, empty one.</translation>
    </message>
    <message>
        <source>%1 holds no store to move.</source>
        <translation>%1 holds no store to move.</translation>
    </message>
    <message>
        <source>The table %1 of %2 has no place in %3: update Casebook where it is moved to.</source>
        <translation>The table %1 of %2 has no place in %3: update Casebook where it is moved to.</translation>
    </message>
    <message>
        <source>The table %1 of %2 has columns that %3 lacks: update Casebook where it is moved to.</source>
        <translation>The table %1 of %2 has columns that %3 lacks: update Casebook where it is moved to.</translation>
    </message>
    <message>
        <source>Cannot copy a row of %1: %2</source>
        <translation>Cannot copy a row of %1: %2</translation>
    </message>
    <message>
        <source>The copy in %1 would not hold the same state as %2: nothing was kept.</source>
        <translation>The copy in %1 would not hold the same state as %2: nothing was kept.</translation>
    </message>
</context>
<context>
    <name>StoreKeys</name>
    <message>
        <source>The store %1 is not encrypted.</source>
        <translation>The store %1 is not encrypted.</translation>
    </message>
    <message>
        <source>The key slots of %1 are damaged.</source>
        <translation>The key slots of %1 are damaged.</translation>
    </message>
    <message>
        <source>The name or the password is not right.</source>
        <translation>The name or the password is not right.</translation>
    </message>
    <message>
        <source>The password could not be turned into a key.</source>
        <translation>The password could not be turned into a key.</translation>
    </message>
    <message>
        <source>This store&apos;s recovery key is not this device&apos;s: only its enroller can recover it.</source>
        <translation>This store&apos;s recovery key is not this device&apos;s: only its enroller can recover it.</translation>
    </message>
    <message>
        <source>The key slots of %1 could not be written.</source>
        <translation>The key slots of %1 could not be written.</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>The cryptography library could not start.</translation>
    </message>
</context>
<context>
    <name>SyncCover</name>
    <message>
        <source>The cover sheet layout is missing.</source>
        <translation>The cover sheet layout is missing.</translation>
    </message>
</context>
<context>
    <name>SyncDecisions</name>
    <message>
        <source>Person %1</source>
        <translation>Person %1</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
</context>
<context>
    <name>SyncExchange</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>This store has its keys already.</source>
        <translation>This store has its keys already.</translation>
    </message>
    <message>
        <source>No keys were made: the passphrases were empty or did not match.</source>
        <translation>No keys were made: the passphrases were empty or did not match.</translation>
    </message>
    <message>
        <source>This store has no keys yet: Sync → Create device keys (or casebook-cli keys init).</source>
        <translation>This store has no keys yet: Sync → Create device keys (or casebook-cli keys init).</translation>
    </message>
    <message>
        <source>%1 holds no form definition (*.json)</source>
        <translation>%1 holds no form definition (*.json)</translation>
    </message>
    <message>
        <source>This is an enrolment file, not a bundle: accept it explicitly (Sync → Accept enrolment, or casebook-cli enroll accept FILE) after comparing the enroller&apos;s fingerprint.</source>
        <translation>This is an enrolment file, not a bundle: accept it explicitly (Sync → Accept enrolment, or casebook-cli enroll accept FILE) after comparing the enroller&apos;s fingerprint.</translation>
    </message>
    <message>
        <source>bundle → %1</source>
        <translation>bundle → %1</translation>
    </message>
    <message>
        <source>bundle for %1 → %2</source>
        <translation>bundle for %1 → %2</translation>
    </message>
    <message>
        <source>The store is not encrypted: give the passphrase.</source>
        <translation>The store is not encrypted: give the passphrase.</translation>
    </message>
    <message>
        <source>Give the passphrase once on this store.</source>
        <translation>Give the passphrase once on this store.</translation>
    </message>
    <message>
        <source>This store has no device keys yet. First: Sync → Create device keys; then Sync → Export this device&apos;s identity and give the file to the bureau (or your unit), who enrol it; then Sync → Accept an enrolment with the file they give back.</source>
        <translation>This store has no device keys yet. First: Sync → Create device keys; then Sync → Export this device&apos;s identity and give the file to the bureau (or your unit), who enrol it; then Sync → Accept an enrolment with the file they give back.</translation>
    </message>
    <message>
        <source>This store trusts no other store yet, so there is no one to send a bundle to. First: Sync → Export this device&apos;s identity and give the file to the bureau (or your unit), who enrol it; then Sync → Accept an enrolment with the file they give back, comparing the twelve groups of digits.</source>
        <translation>This store trusts no other store yet, so there is no one to send a bundle to. First: Sync → Export this device&apos;s identity and give the file to the bureau (or your unit), who enrol it; then Sync → Accept an enrolment with the file they give back, comparing the twelve groups of digits.</translation>
    </message>
</context>
<context>
    <name>SyncRepository</name>
    <message>
        <source>This store has no keys yet: create them first (keys init).</source>
        <translation>This store has no keys yet: create them first (keys init).</translation>
    </message>
    <message>
        <source>A store cannot enrol itself.</source>
        <translation>A store cannot enrol itself.</translation>
    </message>
    <message>
        <source>Device %1 is known with another key; it is not trusted with a new one.</source>
        <translation>Device %1 is known with another key; it is not trusted with a new one.</translation>
    </message>
    <message>
        <source>The enrolment file is damaged.</source>
        <translation>The enrolment file is damaged.</translation>
    </message>
    <message>
        <source>The enrolment certificate does not match: it was altered or forged.</source>
        <translation>The enrolment certificate does not match: it was altered or forged.</translation>
    </message>
    <message>
        <source>The enrolment is for another store.</source>
        <translation>The enrolment is for another store.</translation>
    </message>
    <message>
        <source>This store trusts no other store yet: enrol it first.</source>
        <translation>This store trusts no other store yet: enrol it first.</translation>
    </message>
    <message>
        <source>Operation %1 of device %2 arrived with other content than before: the bundle was altered. It is quarantined.</source>
        <translation>Operation %1 of device %2 arrived with other content than before: the bundle was altered. It is quarantined.</translation>
    </message>
    <message>
        <source>Decided by %1</source>
        <translation>Decided by %1</translation>
    </message>
    <message>
        <source>The bundle comes from a newer version of Casebook (schema %1; this version knows up to %2). Update Casebook first.</source>
        <translation>The bundle comes from a newer version of Casebook (schema %1; this version knows up to %2). Update Casebook first.</translation>
    </message>
    <message>
        <source>The bundle is signed by %1, a store this one has not enrolled or been enrolled by.</source>
        <translation>The bundle is signed by %1, a store this one has not enrolled or been enrolled by.</translation>
    </message>
    <message>
        <source>The bundle is signed by %1, whose device was revoked.</source>
        <translation>The bundle is signed by %1, whose device was revoked.</translation>
    </message>
    <message>
        <source>This bundle was quarantined before; it is not imported.</source>
        <translation>This bundle was quarantined before; it is not imported.</translation>
    </message>
    <message>
        <source>The store&apos;s list of held operations is damaged.</source>
        <translation>The store&apos;s list of held operations is damaged.</translation>
    </message>
    <message>
        <source>There is no conflict %1.</source>
        <translation>There is no conflict %1.</translation>
    </message>
    <message>
        <source>The conflict %1 is decided already.</source>
        <translation>The conflict %1 is decided already.</translation>
    </message>
    <message>
        <source>Choose one of the two values: &quot;%1&quot; or &quot;%2&quot;.</source>
        <translation>Choose one of the two values: &quot;%1&quot; or &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Give the reason for the decision.</source>
        <translation>Give the reason for the decision.</translation>
    </message>
    <message>
        <source>No device %1 was enrolled by this store.</source>
        <translation>No device %1 was enrolled by this store.</translation>
    </message>
    <message>
        <source>The bundle is cut short or damaged.</source>
        <translation>The bundle is cut short or damaged.</translation>
    </message>
    <message>
        <source>This store has enrolled no device to send definitions to.</source>
        <translation>This store has enrolled no device to send definitions to.</translation>
    </message>
    <message>
        <source>There is no file to send.</source>
        <translation>There is no file to send.</translation>
    </message>
    <message>
        <source>Form definitions are accepted only from the store that enrolled this one.</source>
        <translation>Form definitions are accepted only from the store that enrolled this one.</translation>
    </message>
    <message>
        <source>There is no unit %1.</source>
        <translation>There is no unit %1.</translation>
    </message>
    <message>
        <source>Device %1 was revoked; a revocation is final (enrol a new identity instead).</source>
        <translation>Device %1 was revoked; a revocation is final (enrol a new identity instead).</translation>
    </message>
    <message>
        <source>Device %1 is known through another store&apos;s enrolment; it is not enrolled here again.</source>
        <translation>Device %1 is known through another store&apos;s enrolment; it is not enrolled here again.</translation>
    </message>
    <message>
        <source>Device %1 is enrolled already with another role or scope; an enrolment is not widened or changed. Revoke it and enrol a new identity.</source>
        <translation>Device %1 is enrolled already with another role or scope; an enrolment is not widened or changed. Revoke it and enrol a new identity.</translation>
    </message>
    <message>
        <source>This store was enrolled by %1 already; a store has one enroller, a second one is refused.</source>
        <translation>This store was enrolled by %1 already; a store has one enroller, a second one is refused.</translation>
    </message>
    <message>
        <source>The file is not a Casebook enrolment (of this version).</source>
        <translation>The file is not a Casebook enrolment (of this version).</translation>
    </message>
    <message>
        <source>The keys given are not this store&apos;s.</source>
        <translation>The keys given are not this store&apos;s.</translation>
    </message>
    <message>
        <source>A device is enrolled for a unit or for a coach, not both.</source>
        <translation>A device is enrolled for a unit or for a coach, not both.</translation>
    </message>
    <message>
        <source>There is no staff member %1.</source>
        <translation>There is no staff member %1.</translation>
    </message>
    <message>
        <source>The fingerprint given does not match the enroller&apos;s (%1): compare it with the enroller&apos;s screen or slip again. Nothing was changed.</source>
        <translation>The fingerprint given does not match the enroller&apos;s (%1): compare it with the enroller&apos;s screen or slip again. Nothing was changed.</translation>
    </message>
    <message>
        <source>A bureau store is the root of its trust: no other store enrols it.</source>
        <translation>A bureau store is the root of its trust: no other store enrols it.</translation>
    </message>
    <message>
        <source>%1 is a device this store enrolled or knows through another; it cannot become this store&apos;s enroller.</source>
        <translation>%1 is a device this store enrolled or knows through another; it cannot become this store&apos;s enroller.</translation>
    </message>
    <message>
        <source>This store&apos;s enrolment is not widened or changed.</source>
        <translation>This store&apos;s enrolment is not widened or changed.</translation>
    </message>
    <message>
        <source>No device %1 was enrolled by this store for one unit or one coach.</source>
        <translation>No device %1 was enrolled by this store for one unit or one coach.</translation>
    </message>
    <message>
        <source>The bundle carries operation %1 under this store&apos;s own device id, which this store never wrote: it was forged. It is quarantined.</source>
        <translation>The bundle carries operation %1 under this store&apos;s own device id, which this store never wrote: it was forged. It is quarantined.</translation>
    </message>
    <message>
        <source>Device %1 has more than %2 operations waiting for earlier ones; the bundle is refused until the missing bundles are imported.</source>
        <translation>Device %1 has more than %2 operations waiting for earlier ones; the bundle is refused until the missing bundles are imported.</translation>
    </message>
    <message>
        <source>Operation %1 of device %2 does not follow that device&apos;s log (its chain link is wrong): the bundle was altered. It is quarantined.</source>
        <translation>Operation %1 of device %2 does not follow that device&apos;s log (its chain link is wrong): the bundle was altered. It is quarantined.</translation>
    </message>
    <message>
        <source>Operation %1 of device %2 claims to have seen a value written after itself; the bundle is refused.</source>
        <translation>Operation %1 of device %2 claims to have seen a value written after itself; the bundle is refused.</translation>
    </message>
    <message>
        <source>Operation %1 of device %2 is dated %3, more than %4 hours ahead of this computer&apos;s clock; the bundle is refused. Check the clocks of both computers.</source>
        <translation>Operation %1 of device %2 is dated %3, more than %4 hours ahead of this computer&apos;s clock; the bundle is refused. Check the clocks of both computers.</translation>
    </message>
    <message>
        <source>beyond the year 9999</source>
        <translation>beyond the year 9999</translation>
    </message>
    <message>
        <source>Device %1 (%2) was revoked; what it wrote after its revocation is refused, and the bundle with it.</source>
        <translation>Device %1 (%2) was revoked; what it wrote after its revocation is refused, and the bundle with it.</translation>
    </message>
    <message>
        <source>The bundle carries operations under device %1, which no store this one trusts has enrolled; the bundle is refused.</source>
        <translation>The bundle carries operations under device %1, which no store this one trusts has enrolled; the bundle is refused.</translation>
    </message>
    <message>
        <source>Operation %1 of device %2 is written in the name of &quot;%3&quot;, for whom that device may not act (it was enrolled as &quot;%4&quot;); the bundle is refused.</source>
        <translation>Operation %1 of device %2 is written in the name of &quot;%3&quot;, for whom that device may not act (it was enrolled as &quot;%4&quot;); the bundle is refused.</translation>
    </message>
    <message>
        <source>The bundle carries operations of %1 that %1 did not sign (no valid signed head for its sequence %2); the bundle is refused.</source>
        <translation>The bundle carries operations of %1 that %1 did not sign (no valid signed head for its sequence %2); the bundle is refused.</translation>
    </message>
    <message>
        <source>The operations of %1 in the bundle do not match what it signed: they were altered, dropped or invented on the way. The bundle is refused.</source>
        <translation>The operations of %1 in the bundle do not match what it signed: they were altered, dropped or invented on the way. The bundle is refused.</translation>
    </message>
    <message>
        <source>Operation %1 of device %2 (%3) was refused: %4 Nothing of the bundle was imported.</source>
        <translation>Operation %1 of device %2 (%3) was refused: %4 Nothing of the bundle was imported.</translation>
    </message>
    <message>
        <source>coach %1&apos;s caseload</source>
        <translation>coach %1&apos;s caseload</translation>
    </message>
    <message>
        <source>unit %1&apos;s cases</source>
        <translation>unit %1&apos;s cases</translation>
    </message>
    <message>
        <source>case %1 is not in %2.</source>
        <translation>case %1 is not in %2.</translation>
    </message>
    <message>
        <source>person %1 has no case in %2.</source>
        <translation>person %1 has no case in %2.</translation>
    </message>
    <message>
        <source>group %1 is not the device&apos;s own.</source>
        <translation>group %1 is not the device&apos;s own.</translation>
    </message>
    <message>
        <source>%1 %2 was not created on this device.</source>
        <translation>%1 %2 was not created on this device.</translation>
    </message>
    <message>
        <source>This is decided at %1 (this store&apos;s enroller): a laptop&apos;s decisions and reference data would be refused there, and its later bundles with them.</source>
        <translation>This is decided at %1 (this store&apos;s enroller): a laptop&apos;s decisions and reference data would be refused there, and its later bundles with them.</translation>
    </message>
    <message>
        <source>%1 rows (reference data, dispatches, decisions and merges) are written only by this store&apos;s enroller or a window (a coach may add an employer, and change only those it added).</source>
        <translation>%1 rows (reference data, dispatches, decisions and merges) are written only by this store&apos;s enroller or a window (a coach may add an employer, and change only those it added).</translation>
    </message>
    <message>
        <source>Operation %1 of device %2 changes an audit entry, which is never changed or withdrawn. Nothing of the bundle was imported.</source>
        <translation>Operation %1 of device %2 changes an audit entry, which is never changed or withdrawn. Nothing of the bundle was imported.</translation>
    </message>
</context>
<context>
    <name>UnitRepository</name>
    <message>
        <source>A unit needs a name.</source>
        <translation>A unit needs a name.</translation>
    </message>
    <message>
        <source>Unknown unit type %1.</source>
        <translation>Unknown unit type %1.</translation>
    </message>
    <message>
        <source>A staff member needs a name.</source>
        <translation>A staff member needs a name.</translation>
    </message>
    <message>
        <source>Unknown staff role %1.</source>
        <translation>Unknown staff role %1.</translation>
    </message>
</context>
<context>
    <name>WorkProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Casebook desktop client</source>
        <translation>Casebook desktop client</translation>
    </message>
    <message>
        <source>The case store to open.</source>
        <translation>The case store to open.</translation>
    </message>
    <message>
        <source>Casebook</source>
        <translation>Casebook</translation>
    </message>
    <message>
        <source>Demo window</source>
        <translation>Demo window</translation>
    </message>
    <message>
        <source>Creating a demo store with sample cases…</source>
        <translation>Creating a demo store with sample cases…</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>Save a picture of the window to FILE and quit.</translation>
    </message>
    <message>
        <source>Encrypting the store…</source>
        <translation>Encrypting the store…</translation>
    </message>
    <message>
        <source>The shared store %1 is not set up yet: the bureau sets it up with casebook-cli init or migrate-store.</source>
        <translation>The shared store %1 is not set up yet: the bureau sets it up with casebook-cli init or migrate-store.</translation>
    </message>
    <message>
        <source>Connect to the bureau&apos;s shared store: asks its server and the password (the last address is remembered, the password never).</source>
        <translation>Connect to the bureau&apos;s shared store: asks its server and the password (the last address is remembered, the password never).</translation>
    </message>
</context>
</TS>
