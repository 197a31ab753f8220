<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AccountRepository</name>
    <message>
        <source>Job coach</source>
        <translation>就業服務員</translation>
    </message>
    <message>
        <source>Unit supervisor</source>
        <translation>督導</translation>
    </message>
    <message>
        <source>Window case manager</source>
        <translation>職管員</translation>
    </message>
    <message>
        <source>Bureau clerk</source>
        <translation>勞動局承辦人</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系統管理者</translation>
    </message>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation>密碼至少要 %1 個字元。</translation>
    </message>
    <message>
        <source>A password may not contain the person&apos;s own name.</source>
        <translation>密碼不可包含本人的姓名或帳號。</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>加密程式庫無法啟動。</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation>記憶體不足，無法保護密碼。</translation>
    </message>
    <message>
        <source>An account needs a sign-in name.</source>
        <translation>帳號需要登入名稱。</translation>
    </message>
    <message>
        <source>There is an account %1 already.</source>
        <translation>帳號 %1 已經存在。</translation>
    </message>
    <message>
        <source>An account belongs to a member of staff.</source>
        <translation>帳號必須屬於一位工作人員。</translation>
    </message>
    <message>
        <source>The password is not protected with Argon2id.</source>
        <translation>密碼未以 Argon2id 保護。</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>沒有帳號 %1。</translation>
    </message>
    <message>
        <source>The account %1 has an unknown role.</source>
        <translation>帳號 %1 的角色不明。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: wait %n second(s) before the next try.</source>
        <translation>
            <numerusform>密碼錯誤次數過多：請等 %n 秒後再試。</numerusform>
        </translation>
    </message>
    <message>
        <source>The name or the password is wrong.</source>
        <translation>帳號或密碼錯誤。</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>表3-2: day %1 of %2 of intensive support at %3 to log</source>
        <translation>表3-2：待記錄密集輔導第 %1 天（共 %2 天），%3</translation>
    </message>
    <message>
        <source>表4-1: follow-up contact (a month after the last, %1)</source>
        <translation>表4-1：追蹤輔導聯繫（距上次 %1 已滿一個月）</translation>
    </message>
</context>
<context>
    <name>AttachmentRepository</name>
    <message>
        <source>%1 is %2 MB; an attachment may be at most %3 MB. Scan at a lower resolution or split the file.</source>
        <translation>%1 有 %2 MB；附件每件最多 %3 MB。請以較低解析度掃描，或將檔案分開。</translation>
    </message>
    <message>
        <source>An attachment may be at most %1 MB.</source>
        <translation>附件每件最多 %1 MB。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空的檔案。</translation>
    </message>
    <message>
        <source>%1 is not a PDF, JPEG or PNG file (by its content, whatever its name says). Scan or save it as one of these.</source>
        <translation>%1 不是 PDF、JPEG 或 PNG 檔（依檔案內容判斷，不論檔名）。請掃描或另存為其中一種。</translation>
    </message>
    <message>
        <source>There is no such case.</source>
        <translation>沒有這個個案。</translation>
    </message>
    <message>
        <source>The form is not one of this case&apos;s.</source>
        <translation>這份表單不屬於這個個案。</translation>
    </message>
    <message>
        <source>There is no such attachment.</source>
        <translation>沒有這個附件。</translation>
    </message>
    <message>
        <source>%1 is damaged: its content does not match what was attached (size, digest or type). It is not opened; attach the file again.</source>
        <translation>%1 已損壞：內容與當初附加的不符（大小、雜湊值或類型）。不予開啟；請重新附加檔案。</translation>
    </message>
    <message>
        <source>%1 has not arrived whole yet (%2 of %3 parts); it opens once the rest is merged.</source>
        <translation>%1 尚未完整送達（%3 份中已收到 %2 份）；其餘部分合併後即可開啟。</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>A job coach does not read the audit trail: ask your supervisor.</source>
        <translation>就業服務員不能查閱稽核軌跡：請洽您的督導。</translation>
    </message>
    <message>
        <source>opened the case</source>
        <translation>開啟個案</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>列印</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>searched persons</source>
        <translation>搜尋個案對象</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>failed to sign in</source>
        <translation>登入失敗</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>鎖定</translation>
    </message>
    <message>
        <source>handed cases over</source>
        <translation>交接個案</translation>
    </message>
    <message>
        <source>Save the audit trail as .csv or .xlsx.</source>
        <translation>請將稽核軌跡存為 .csv 或 .xlsx。</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>稽核軌跡</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Did</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>個案對象</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>個案</translation>
    </message>
    <message>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message numerus="yes">
        <source>audit trail, %n entry(ies) → %1</source>
        <translation>
            <numerusform>稽核軌跡 %n 筆 → %1</numerusform>
        </translation>
    </message>
    <message>
        <source>changed an account</source>
        <translation>變更帳號</translation>
    </message>
</context>
<context>
    <name>Bundle</name>
    <message>
        <source>This is not the public identity of a Casebook store.</source>
        <translation>這不是 Casebook 資料庫的公開身分檔。</translation>
    </message>
    <message>
        <source>The bundle&apos;s operations cannot be read.</source>
        <translation>無法讀取同步包中的操作。</translation>
    </message>
    <message>
        <source>The bundle holds a malformed operation.</source>
        <translation>同步包含有格式錯誤的操作。</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>加密函式庫無法啟動。</translation>
    </message>
    <message>
        <source>A bundle needs at least one recipient.</source>
        <translation>同步包至少需要一個收件者。</translation>
    </message>
    <message>
        <source>The file is larger than a bundle may be (%1 MB).</source>
        <translation>檔案超過同步包的大小上限（%1 MB）。</translation>
    </message>
    <message>
        <source>The file is not a Casebook bundle.</source>
        <translation>檔案不是 Casebook 同步包。</translation>
    </message>
    <message>
        <source>The bundle was written by another version of Casebook (format %1).</source>
        <translation>同步包由其他版本的 Casebook 寫入（格式 %1）。</translation>
    </message>
    <message>
        <source>The bundle is cut short or damaged.</source>
        <translation>同步包不完整或已損毀。</translation>
    </message>
    <message>
        <source>The bundle does not name its sender.</source>
        <translation>同步包未載明寄件者。</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature does not match: it was altered or forged.</source>
        <translation>同步包的簽章不符：已被竄改或偽造。</translation>
    </message>
    <message>
        <source>The bundle is addressed to another store.</source>
        <translation>此同步包是寄給其他資料庫的。</translation>
    </message>
    <message>
        <source>The bundle&apos;s files cannot be read.</source>
        <translation>無法讀取同步包中的檔案。</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>無法讀取 %1。</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, a pipe or a folder).</source>
        <translation>%1 不是一般檔案（是裝置、管線或資料夾）。</translation>
    </message>
    <message>
        <source>The bundle holds %1 operations; at most %2 are taken in one bundle.</source>
        <translation>同步包含有 %1 筆操作；一個同步包最多接受 %2 筆。</translation>
    </message>
    <message>
        <source>Operation %1 of device %2 carries a value of more than 1 MiB (%3.%4); it is not taken.</source>
        <translation>裝置 %2 的第 %1 筆操作含有超過 1 MiB 的值（%3.%4），不予接受。</translation>
    </message>
    <message>
        <source>The bundle was written by an older version of Casebook (format %1), which did not sign who wrote each operation. Update Casebook where it was written and export it again.</source>
        <translation>同步包由較舊版本的 Casebook 寫入（格式 %1），未簽署每筆操作的寫入者。請在寫入的電腦更新 Casebook 後重新匯出。</translation>
    </message>
    <message>
        <source>The bundle names no valid schema version; it is not taken.</source>
        <translation>同步包未載明有效的結構版本（schema），不予接受。</translation>
    </message>
    <message>
        <source>The bundle&apos;s content does not open under its header: it was damaged, or re-signed by another store than the one that sealed it.</source>
        <translation>同步包內容與其標頭不符而無法開啟：已損毀，或被封裝者以外的資料庫重新簽署。</translation>
    </message>
</context>
<context>
    <name>CaseAttachments</name>
    <message>
        <source>attachment %1 → %2</source>
        <translation>附件 %1 → %2</translation>
    </message>
</context>
<context>
    <name>CaseDocuments</name>
    <message>
        <source>The layout of the list of the case&apos;s documents is missing.</source>
        <translation>缺少個案文件清單的版面定義。</translation>
    </message>
    <message>
        <source>its form definition %1 is not installed</source>
        <translation>未安裝其表單定義 %1</translation>
    </message>
</context>
<context>
    <name>CaseForms</name>
    <message>
        <source>Choose a case first.</source>
        <translation>請先選擇個案。</translation>
    </message>
    <message>
        <source>The form %1 is not available in this version.</source>
        <translation>此版本沒有表單 %1。</translation>
    </message>
    <message>
        <source>This case has no forms to print yet.</source>
        <translation>此案件尚無可列印的表單。</translation>
    </message>
    <message>
        <source>all forms → %1</source>
        <translation>全部表單 → %1</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>Choose the person the case is for.</source>
        <translation>請選擇此案件的個案。</translation>
    </message>
    <message>
        <source>Choose how the case came in (self-application or a referral form).</source>
        <translation>請選擇受案來源（本人申請或通報／轉介單）。</translation>
    </message>
    <message>
        <source>Choose the type of the referring unit.</source>
        <translation>請選擇通報(轉介)單位類別。</translation>
    </message>
    <message>
        <source>Enter the name of the referring unit.</source>
        <translation>請輸入通報(轉介)單位名稱。</translation>
    </message>
    <message>
        <source>Enter the date the case was received.</source>
        <translation>請輸入受案日期。</translation>
    </message>
    <message>
        <source>The date of receipt lies in the future.</source>
        <translation>受案日期不可晚於今天。</translation>
    </message>
    <message>
        <source>Self-application</source>
        <translation>本人申請</translation>
    </message>
    <message>
        <source>The unit chosen for the dispatch does not exist.</source>
        <translation>所選的派案單位不存在。</translation>
    </message>
    <message>
        <source>No case with id %1.</source>
        <translation>找不到編號 %1 的案件。</translation>
    </message>
    <message>
        <source>The case field %1 changes only through the workflow.</source>
        <translation>案件欄位 %1 只能經由流程步驟變更。</translation>
    </message>
    <message>
        <source>Not eligible for the service: %1. A case manager can accept the intake with a written reason.</source>
        <translation>不符服務資格：%1。職管員可填寫理由後受理。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Not eligible for the service: %1. Only the window&apos;s case manager or the bureau can accept it.</source>
        <translation>不符服務資格：%1。只有窗口職管員或勞動局可以受理。</translation>
    </message>
    <message>
        <source>under 15 on the day of receipt (born %1)</source>
        <translation>受案日未滿15歲（%1 出生）</translation>
    </message>
    <message>
        <source>no disability certificate or handbook, and not an occupationally injured worker</source>
        <translation>未領有身心障礙證明或手冊，亦非職災勞工</translation>
    </message>
    <message>
        <source>the certificate expired on %1</source>
        <translation>證明已於 %1 到期</translation>
    </message>
    <message>
        <source>Write why the step is undone: the reason stays in the case&apos;s history.</source>
        <translation>請寫明復原的理由：理由會保留在案件歷程中。</translation>
    </message>
    <message>
        <source>There is no step to undo: only the last step, on the day and the device it was taken, can be undone. Correct an earlier one with the next step.</source>
        <translation>沒有可復原的步驟：只有最後一個步驟，且在當天、同一台裝置上才能復原。較早的步驟請以下一個步驟更正。</translation>
    </message>
</context>
<context>
    <name>CaseSteps</name>
    <message>
        <source>The minimum follow-up runs until %1: the case closes as &quot;goal reached&quot; after that.</source>
        <translation>追蹤輔導期至 %1：此後才能以「達成服務目標」結案。</translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <source>Cannot open the store %1: %2</source>
        <translation>無法開啟資料庫 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 is not a Casebook store.</source>
        <translation>檔案 %1 不是 Casebook 資料庫。</translation>
    </message>
    <message>
        <source>The store %1 is in use by another program.</source>
        <translation>資料庫 %1 正由其他程式使用中。</translation>
    </message>
    <message>
        <source>The store %1 is damaged and cannot be opened.</source>
        <translation>資料庫 %1 已損毀，無法開啟。</translation>
    </message>
    <message>
        <source>Cannot read the store %1: %2</source>
        <translation>無法讀取資料庫 %1：%2</translation>
    </message>
    <message>
        <source>The store %1 was written by a newer version of Casebook (schema %2; this version knows up to %3). Please update Casebook.</source>
        <translation>資料庫 %1 由較新版本的 Casebook 寫入（結構版本 %2；本版本最多支援 %3）。請更新 Casebook。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>無法建立資料夾 %1。</translation>
    </message>
    <message>
        <source>The store %1 is already open in another Casebook window or program.</source>
        <translation>資料庫 %1 已在另一個 Casebook 視窗或程式中開啟。</translation>
    </message>
    <message>
        <source>Missing schema migration %1.</source>
        <translation>缺少資料庫結構更新檔 %1。</translation>
    </message>
    <message>
        <source>Schema migration %1 failed: %2</source>
        <translation>資料庫結構更新 %1 失敗：%2</translation>
    </message>
    <message>
        <source>This store is already initialised as %1.</source>
        <translation>此資料庫已初始化為「%1」。</translation>
    </message>
    <message>
        <source>A store needs a name.</source>
        <translation>資料庫需要一個名稱。</translation>
    </message>
    <message>
        <source>Commit without a transaction.</source>
        <translation>沒有進行中的交易可提交。</translation>
    </message>
    <message>
        <source>The change was not saved because part of it failed.</source>
        <translation>部分變更失敗，因此全部未儲存。</translation>
    </message>
    <message>
        <source>The store has no device identity yet; run init first.</source>
        <translation>此資料庫尚未設定裝置身分，請先執行 init。</translation>
    </message>
    <message>
        <source>Unknown entity %1.</source>
        <translation>未知的資料類型 %1。</translation>
    </message>
    <message>
        <source>Unknown field %1 of %2.</source>
        <translation>%2 沒有欄位 %1。</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>無法儲存 %1：%2</translation>
    </message>
    <message>
        <source>No %1 with id %2.</source>
        <translation>找不到編號 %2 的 %1。</translation>
    </message>
    <message>
        <source>Operation %1 names an unknown field %2.%3.</source>
        <translation>操作 %1 指向未知欄位 %2.%3。</translation>
    </message>
    <message>
        <source>SQLite integrity: %1</source>
        <translation>SQLite 完整性檢查：%1</translation>
    </message>
    <message>
        <source>A row refers to a missing row in %1.</source>
        <translation>有資料列參照 %1 中不存在的資料。</translation>
    </message>
    <message>
        <source>The operation log of device %1 has gaps (sequence %2 to %3, %4 operations).</source>
        <translation>裝置 %1 的操作紀錄有缺漏（序號 %2 至 %3，共 %4 筆操作）。</translation>
    </message>
    <message>
        <source>The domain tables differ from what the operation log says.</source>
        <translation>資料表內容與操作紀錄不一致。</translation>
    </message>
    <message>
        <source>The store has no setting %1.</source>
        <translation>資料庫沒有設定 %1。</translation>
    </message>
    <message>
        <source>The setting %1 cannot be changed.</source>
        <translation>設定 %1 不可變更。</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>加密函式庫無法啟動。</translation>
    </message>
    <message>
        <source>During %1: %2</source>
        <translation>執行%1時：%2</translation>
    </message>
    <message>
        <source>An encrypted store is a file, not memory.</source>
        <translation>加密的資料庫必須是檔案，不能在記憶體中。</translation>
    </message>
    <message>
        <source>The store %1 is encrypted: sign in to open it.</source>
        <translation>資料庫 %1 已加密：請登入後開啟。</translation>
    </message>
    <message>
        <source>The store %1 is not encrypted yet: it is converted at the next sign-in.</source>
        <translation>資料庫 %1 尚未加密：將於下次登入時轉換。</translation>
    </message>
    <message>
        <source>The store&apos;s encryption could not start.</source>
        <translation>資料庫加密功能無法啟動。</translation>
    </message>
    <message>
        <source>Cannot create the store %1.</source>
        <translation>無法建立資料庫 %1。</translation>
    </message>
    <message>
        <source>The store %1 is damaged or has been altered: a page failed its authentication. Restore the last backup.</source>
        <translation>資料庫 %1 已損壞或遭竄改：有資料頁未通過驗證。請還原最近的備份。</translation>
    </message>
    <message>
        <source>Cannot prepare the encrypted store %1.</source>
        <translation>無法準備加密資料庫 %1。</translation>
    </message>
    <message>
        <source>The store is locked: sign in to open it.</source>
        <translation>資料庫已鎖定：請登入後開啟。</translation>
    </message>
    <message>
        <source>This key does not open the store.</source>
        <translation>此金鑰無法開啟資料庫。</translation>
    </message>
    <message>
        <source>A PostgreSQL store is encrypted by its server, not with a key.</source>
        <translation>PostgreSQL 資料庫由伺服器加密，不使用金鑰。</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL store&apos;s address: write postgresql://user@host:port/database (the password is never part of it).</source>
        <translation>%1 不是 PostgreSQL 資料庫的位址：請寫成 postgresql://帳號@主機:埠/資料庫（密碼絕不寫在位址裡）。</translation>
    </message>
    <message>
        <source>This installation cannot reach PostgreSQL: Qt&apos;s PostgreSQL driver (Debian: libqt6sql6-psql) is missing.</source>
        <translation>此安裝無法連線 PostgreSQL：缺少 Qt 的 PostgreSQL 驅動程式（Debian：libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL store %1: %2</source>
        <translation>無法連線 PostgreSQL 資料庫 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the PostgreSQL store %1: %2</source>
        <translation>無法讀取 PostgreSQL 資料庫 %1：%2</translation>
    </message>
    <message>
        <source>The database %1 holds other tables: it is not a Casebook store.</source>
        <translation>資料庫 %1 含有其他資料表：不是 Casebook 資料庫。</translation>
    </message>
    <message>
        <source>The database %1 is not a Casebook store.</source>
        <translation>資料庫 %1 不是 Casebook 資料庫。</translation>
    </message>
</context>
<context>
    <name>CaseWorkflow</name>
    <message>
        <source>A case that is %1 cannot take the step &quot;%2&quot;.</source>
        <translation>狀態為「%1」的案件不能執行「%2」。</translation>
    </message>
    <message>
        <source>Enter the date of the step.</source>
        <translation>請輸入此步驟的日期。</translation>
    </message>
    <message>
        <source>The date %1 lies in the future.</source>
        <translation>日期 %1 晚於今天。</translation>
    </message>
    <message>
        <source>The date %1 is before the case was received (%2).</source>
        <translation>日期 %1 早於受案日期（%2）。</translation>
    </message>
    <message>
        <source>The vocational evaluation has been asked for already; record its result.</source>
        <translation>已轉介職業輔導評量，請登錄評量結果。</translation>
    </message>
    <message>
        <source>An unsuitable person is referred to a social, medical or education unit: name it.</source>
        <translation>不適合者須轉介社政、醫療或教育單位，請填寫轉介單位。</translation>
    </message>
    <message>
        <source>Enter the date of the transition meeting (就業轉銜會議).</source>
        <translation>請輸入就業轉銜會議日期。</translation>
    </message>
    <message>
        <source>Write the goal of the service plan before dispatching.</source>
        <translation>派案前請先填寫職業重建服務計畫目標。</translation>
    </message>
    <message>
        <source>Choose the unit to dispatch the case to.</source>
        <translation>請選擇派案單位。</translation>
    </message>
    <message>
        <source>Choose the service the unit is to provide.</source>
        <translation>請選擇派案服務項目。</translation>
    </message>
    <message>
        <source>The case is already dispatched to that unit for that service.</source>
        <translation>此案件已就同一服務派給該單位。</translation>
    </message>
    <message>
        <source>The unit has answered this dispatch already.</source>
        <translation>該單位已回覆此派案。</translation>
    </message>
    <message>
        <source>The answer cannot be dated before the dispatch.</source>
        <translation>回覆日期不可早於派案日期。</translation>
    </message>
    <message>
        <source>Choose the dispatch that the unit answers.</source>
        <translation>請選擇單位回覆的派案。</translation>
    </message>
    <message>
        <source>Choose the reason for closing the case.</source>
        <translation>請選擇結案原因。</translation>
    </message>
    <message>
        <source>The goal has not been recorded as reached.</source>
        <translation>尚未登錄達成服務目標。</translation>
    </message>
    <message>
        <source>A case closes as &quot;goal reached&quot; 6 months after the goal, from %1.</source>
        <translation>以「達成服務目標」結案須於目標達成6個月後，自 %1 起。</translation>
    </message>
    <message>
        <source>An unsuitable case closes as referred to another service.</source>
        <translation>不適合之案件應以「轉介其他服務／單位」結案。</translation>
    </message>
    <message>
        <source>Unknown step.</source>
        <translation>未知的步驟。</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受案</translation>
    </message>
    <message>
        <source>Vocational evaluation</source>
        <translation>職業輔導評量</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>擬定計畫</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已派案</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>追蹤中</translation>
    </message>
    <message>
        <source>Unsuitable, referred</source>
        <translation>不適合，已轉介</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已結案</translation>
    </message>
    <message>
        <source>Record assessment</source>
        <translation>登錄評估結果</translation>
    </message>
    <message>
        <source>Dispatch to a unit</source>
        <translation>派案至單位</translation>
    </message>
    <message>
        <source>Record unit&apos;s answer</source>
        <translation>登錄單位回覆</translation>
    </message>
    <message>
        <source>Record goal reached</source>
        <translation>登錄達成目標</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>結案</translation>
    </message>
</context>
<context>
    <name>Casebook::App::AttachmentsPane</name>
    <message>
        <source>Belongs to:</source>
        <translation>屬於：</translation>
    </message>
    <message>
        <source>&amp;Attach a file…</source>
        <translation>加入附件(&amp;A)…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>屬於</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開啟(&amp;O)</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>撤回(&amp;W)…</translation>
    </message>
    <message>
        <source>PDF, JPEG or PNG, at most %1 MB each.</source>
        <translation>PDF、JPEG 或 PNG，每件最多 %1 MB。</translation>
    </message>
    <message>
        <source>Attach a file to the case</source>
        <translation>為個案加入附件</translation>
    </message>
    <message>
        <source>Scans and photos (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>掃描檔與照片 (*.pdf *.jpg *.jpeg *.png);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>個案本身</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>A removed form</source>
        <translation>已移除的表單</translation>
    </message>
    <message>
        <source>Arriving (%1 of %2 parts)</source>
        <translation>傳送中（%2 份中已收到 %1 份）</translation>
    </message>
    <message>
        <source>Whole</source>
        <translation>完整</translation>
    </message>
    <message>
        <source>Cannot write a copy to open: %1</source>
        <translation>無法寫出供開啟的副本：%1</translation>
    </message>
    <message>
        <source>No program on this computer opens %1 files.</source>
        <translation>這台電腦沒有可開啟 %1 檔的程式。</translation>
    </message>
    <message>
        <source>Save a copy of the attachment</source>
        <translation>另存附件副本</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Withdraw the attachment</source>
        <translation>撤回附件</translation>
    </message>
    <message>
        <source>Withdraw %1 from the case? The log keeps it; it is no longer listed or printed.</source>
        <translation>要從個案撤回 %1 嗎？紀錄仍會保留，但不再列出或列印。</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>以其他程式開啟</translation>
    </message>
</context>
<context>
    <name>Casebook::App::AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>稽核軌跡</translation>
    </message>
    <message>
        <source>name or ID number; empty: everyone</source>
        <translation>姓名或身分證字號；空白：全部</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <source>e.g. 115/11/01</source>
        <translation>例：115/11/01</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>顯示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>個案對象(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>使用者(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Did</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>個案對象</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>個案</translation>
    </message>
    <message>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>存為 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Save as &amp;XLSX…</source>
        <translation>存為 XLSX(&amp;X)…</translation>
    </message>
    <message>
        <source>%1 is not a date (write it as 115/11/01).</source>
        <translation>「%1」不是日期（請寫成 115/11/01）。</translation>
    </message>
    <message>
        <source>No entries for these filters.</source>
        <translation>這些條件下沒有紀錄。</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies), oldest first.</source>
        <translation>
            <numerusform>共 %n 筆，由舊到新。</numerusform>
        </translation>
    </message>
    <message>
        <source>audit trail %1.%2</source>
        <translation>稽核軌跡 %1.%2</translation>
    </message>
    <message>
        <source>Save the audit trail</source>
        <translation>儲存稽核軌跡</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV（*.csv）</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿（*.xlsx）</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n entry(ies) to %1.</source>
        <translation>
            <numerusform>已將 %n 筆存至 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Casebook::App::CaseListPane</name>
    <message>
        <source>Search by name, ID number or case number (Ctrl+F)</source>
        <translation>依姓名、身分證字號或案號搜尋（Ctrl+F）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>District</source>
        <translation>行政區</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Job coach</source>
        <translation>就業服務員</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部狀態</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>全部行政區</translation>
    </message>
    <message>
        <source>Both windows</source>
        <translation>南北區窗口</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部單位</translation>
    </message>
    <message>
        <source>All coaches</source>
        <translation>全部就服員</translation>
    </message>
</context>
<context>
    <name>Casebook::App::CaseView</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>From</source>
        <translation>寄件者</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新狀態</translation>
    </message>
    <message>
        <source>Note / by</source>
        <translation>說明／登錄者</translation>
    </message>
    <message>
        <source>History</source>
        <translation>案件歷程</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>表單</translation>
    </message>
    <message>
        <source>Supported employment</source>
        <translation>支持性就業</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>&amp;New form</source>
        <translation>新增表單(&amp;N)</translation>
    </message>
    <message>
        <source>Print all…</source>
        <translation>全部列印…</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>表單</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>建立日期</translation>
    </message>
    <message>
        <source>Case opening…</source>
        <translation>開案資料…</translation>
    </message>
    <message>
        <source>Placement…</source>
        <translation>推介就業…</translation>
    </message>
    <message>
        <source>Support day…</source>
        <translation>密集輔導紀錄…</translation>
    </message>
    <message>
        <source>Follow-up…</source>
        <translation>追蹤紀錄…</translation>
    </message>
    <message>
        <source>Adaptation service…</source>
        <translation>職場適應服務…</translation>
    </message>
    <message>
        <source>Extension…</source>
        <translation>延長服務…</translation>
    </message>
    <message>
        <source>Home employment…</source>
        <translation>居家就業…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <source>Withdraw the selected record entered by mistake (Delete)</source>
        <translation>撤回誤登的紀錄（Delete）</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>紀錄</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Double-click a placement to correct it; Delete withdraws a record.</source>
        <translation>雙擊推介紀錄可更正；按 Delete 撤回紀錄。</translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation>未選擇案件</translation>
    </message>
    <message>
        <source>%1  %2  (%3)</source>
        <translation>%1  %2（%3）</translation>
    </message>
    <message>
        <source>Received %1 via %2 (%3)</source>
        <translation>%1 受案，來源：%2（%3）</translation>
    </message>
    <message>
        <source>Plan goal: %1</source>
        <translation>服務目標：%1</translation>
    </message>
    <message>
        <source>Dispatched to %1 on %2 (%3): %4</source>
        <translation>%2 派案至 %1（%3）：%4</translation>
    </message>
    <message>
        <source>answered %1</source>
        <translation>%1 已回覆</translation>
    </message>
    <message>
        <source>answer due %1</source>
        <translation>回覆期限 %1</translation>
    </message>
    <message>
        <source>Goal reached %1; closure from %2</source>
        <translation>%1 達成目標；%2 起可結案</translation>
    </message>
    <message>
        <source>Closed %1: %2</source>
        <translation>%1 結案：%2</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>受案</translation>
    </message>
    <message>
        <source>Eligibility accepted by a case manager</source>
        <translation>職管員受理不符資格個案</translation>
    </message>
    <message>
        <source>Not a supported-employment case yet: record the case opening (表0C) first.</source>
        <translation>尚非支持性就業個案：請先登錄開案資料（表0C）。</translation>
    </message>
    <message>
        <source>Opened %1, %2%3</source>
        <translation>%1 開案，%2%3</translation>
    </message>
    <message>
        <source>group model</source>
        <translation>群組服務模式</translation>
    </message>
    <message>
        <source>individual model</source>
        <translation>個別服務模式</translation>
    </message>
    <message>
        <source>counts once: %1</source>
        <translation>以1人計：%1</translation>
    </message>
    <message>
        <source>not a placement: %1</source>
        <translation>不計推介成功：%1</translation>
    </message>
    <message>
        <source>not an employment success: %1</source>
        <translation>不計就業成功：%1</translation>
    </message>
    <message>
        <source>provisional: no holiday calendar for %1, so its holidays are counted as working days</source>
        <translation>暫定：缺 %1 年行事曆，其國定假日暫以工作日計</translation>
    </message>
    <message>
        <source>placed %1</source>
        <translation>%1 推介成功</translation>
    </message>
    <message>
        <source>not placed yet</source>
        <translation>尚未推介成功</translation>
    </message>
    <message>
        <source>employment success from %1</source>
        <translation>%1 起就業成功</translation>
    </message>
    <message>
        <source>employment success expected %1</source>
        <translation>預計 %1 就業成功</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) of intensive support, six tables %1: %2</source>
        <translation>
            <numerusform>密集輔導 %n 個工作天，六表%1：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>not complete</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>supported</source>
        <translation>支持性</translation>
    </message>
    <message>
        <source>general</source>
        <translation>一般性</translation>
    </message>
    <message>
        <source>follow-up at least until %1</source>
        <translation>追蹤至少至 %1</translation>
    </message>
    <message>
        <source>%1, %2, %3 h a week</source>
        <translation>%1，%2，每週 %3 小時</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>%1 離職</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>推介就業</translation>
    </message>
    <message>
        <source>Support day</source>
        <translation>密集輔導</translation>
    </message>
    <message>
        <source>%1 h: %2</source>
        <translation>%1 小時：%2</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>追蹤</translation>
    </message>
    <message>
        <source>Adaptation service</source>
        <translation>職場適應服務</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Support extension</source>
        <translation>就業後延長支持</translation>
    </message>
    <message>
        <source>ID %1 · %2 · born %3 · %4 · %5</source>
        <translation>身分證 %1 · %2 · 生日 %3 · %4 · %5</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>證明：%1</translation>
    </message>
    <message>
        <source>Mobile %1</source>
        <translation>手機 %1</translation>
    </message>
    <message>
        <source>Received %1 via %2</source>
        <translation>%1 受案，來源：%2</translation>
    </message>
    <message>
        <source>Job coach: not assigned</source>
        <translation>就業服務員：尚未指派</translation>
    </message>
    <message>
        <source>Job coach: %1</source>
        <translation>就業服務員：%1</translation>
    </message>
    <message>
        <source>Undo “%1”…</source>
        <translation>復原「%1」…</translation>
    </message>
    <message>
        <source>The last step can be undone on the day it was taken, with a reason kept in the history.</source>
        <translation>最後一個步驟可在當天復原，並在歷程中保留理由。</translation>
    </message>
    <message>
        <source>Step undone</source>
        <translation>步驟已復原</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最後異動</translation>
    </message>
</context>
<context>
    <name>Casebook::App::ConflictDialog</name>
    <message>
        <source>Conflicts to decide</source>
        <translation>待決定的衝突</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>紀錄</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Earlier value</source>
        <translation>較早的值</translation>
    </message>
    <message>
        <source>Later value (shown now)</source>
        <translation>較晚的值（目前顯示）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Why this value (for example: confirmed with the client by phone)</source>
        <translation>為何採用此值（例如：已電話向個案確認）</translation>
    </message>
    <message>
        <source>&amp;Decide</source>
        <translation>決定(&amp;D)</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>採用：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>to decide</source>
        <translation>待決定</translation>
    </message>
    <message>
        <source>decided: %1 — %2</source>
        <translation>已決定：%1 — %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, written on %2 at %3</source>
        <translation>「%1」，由 %2 於 %3 寫入</translation>
    </message>
    <message>
        <source>Choose the value to keep.</source>
        <translation>請選擇要採用的值。</translation>
    </message>
    <message>
        <source>Decided. The decision travels to the laptops with the next bundle.</source>
        <translation>已決定。此決定會隨下一個同步包傳回各筆電。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>From</source>
        <translation>寄件者</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>處理結果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Bundles refused or quarantined (nothing of them was imported):</source>
        <translation>被拒絕或隔離的同步包（其內容皆未匯入）：</translation>
    </message>
    <message>
        <source>quarantined (altered)</source>
        <translation>已隔離（遭竄改）</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <source>No conflicts: the devices&apos; values agree. Nothing to decide.</source>
        <translation>沒有衝突：各裝置的資料一致，無需裁決。</translation>
    </message>
</context>
<context>
    <name>Casebook::App::ConnectDialog</name>
    <message>
        <source>Connect to the shared store</source>
        <translation>連線到共用資料庫</translation>
    </message>
    <message>
        <source>The bureau&apos;s shared store on its PostgreSQL server. Ask the bureau for the server, the database and your database user.</source>
        <translation>勞動局在 PostgreSQL 伺服器上的共用資料庫。伺服器、資料庫名稱與您的資料庫帳號，請向勞動局索取。</translation>
    </message>
    <message>
        <source>not kept: asked at each start</source>
        <translation>不會保存：每次啟動時詢問</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>伺服器(&amp;S)</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>連接埠(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>資料庫(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>帳號(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密碼(&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>連線(&amp;O)</translation>
    </message>
    <message>
        <source>Fill in the server, the database and the user.</source>
        <translation>請填寫伺服器、資料庫與帳號。</translation>
    </message>
    <message>
        <source>%1 is not a usable address.</source>
        <translation>%1 不是可用的位址。</translation>
    </message>
</context>
<context>
    <name>Casebook::App::DevicesDialog</name>
    <message>
        <source>Devices</source>
        <translation>裝置</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>裝置</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Trusted as</source>
        <translation>信任關係</translation>
    </message>
    <message>
        <source>Receives</source>
        <translation>接收範圍</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已撤銷</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指紋碼</translation>
    </message>
    <message>
        <source>this store&apos;s enroller</source>
        <translation>本資料庫的註冊者</translation>
    </message>
    <message>
        <source>enrolled here</source>
        <translation>由本資料庫註冊</translation>
    </message>
    <message>
        <source>known through its enroller</source>
        <translation>經其註冊者轉知</translation>
    </message>
    <message>
        <source>unit %1&apos;s cases</source>
        <translation>單位 %1 的案件</translation>
    </message>
    <message>
        <source>coach %1&apos;s caseload</source>
        <translation>就業服務員 %1 的個案量</translation>
    </message>
    <message>
        <source>the whole store</source>
        <translation>整個資料庫</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>已撤銷</translation>
    </message>
</context>
<context>
    <name>Casebook::App::DuePanel</name>
    <message>
        <source>Due soon and overdue</source>
        <translation>即將到期與逾期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩餘天數</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事項</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>案號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unit / coach</source>
        <translation>單位／就服員</translation>
    </message>
    <message>
        <source>reached %1 days ago</source>
        <translation>已於 %1 天前屆滿</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <source>Due soon and overdue (%1)</source>
        <translation>即將到期與逾期（%1）</translation>
    </message>
    <message>
        <source>Due soon and overdue (computing…)</source>
        <translation>即將到期與逾期（計算中…）</translation>
    </message>
</context>
<context>
    <name>Casebook::App::DuplicateDialog</name>
    <message>
        <source>Probable duplicates</source>
        <translation>可能重複的個案</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>First record</source>
        <translation>第一筆</translation>
    </message>
    <message>
        <source>ID / birth</source>
        <translation>身分證／出生</translation>
    </message>
    <message>
        <source>Second record</source>
        <translation>第二筆</translation>
    </message>
    <message>
        <source>Merged on</source>
        <translation>合併日期</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Cases moved</source>
        <translation>移轉案件數</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Why these are one person (for example: same ID number, confirmed by the coach)</source>
        <translation>為何是同一人（例如：身分證相同，經就服員確認）</translation>
    </message>
    <message>
        <source>Merge, keep the &amp;first</source>
        <translation>合併，保留第一筆(&amp;F)</translation>
    </message>
    <message>
        <source>Merge, keep the &amp;second</source>
        <translation>合併，保留第二筆(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Undo the selected merge</source>
        <translation>復原所選的合併(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Merges</source>
        <translation>合併紀錄</translation>
    </message>
    <message>
        <source>same ID number</source>
        <translation>身分證相同</translation>
    </message>
    <message>
        <source>same name and birth date</source>
        <translation>姓名及出生日期相同</translation>
    </message>
    <message>
        <source> (undone)</source>
        <translation>（已復原）</translation>
    </message>
    <message>
        <source>Choose a pair first.</source>
        <translation>請先選擇一組。</translation>
    </message>
    <message>
        <source>Merged into %1. Undo it from the list of merges if it was wrong.</source>
        <translation>已合併至 %1。若有誤，可在合併紀錄中復原。</translation>
    </message>
    <message>
        <source>Choose a merge first.</source>
        <translation>請先選擇一筆合併紀錄。</translation>
    </message>
    <message>
        <source>The merge is undone: both records and their cases are as before.</source>
        <translation>已復原合併：兩筆個案及其案件恢復原狀。</translation>
    </message>
    <message>
        <source>No probable duplicates: no two persons share an ID number, or a name and birth date.</source>
        <translation>沒有可能重複的個案：沒有兩位個案的身分證號相同，或姓名與生日相同。</translation>
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
        <translation>預覽列印(&amp;P)…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>尚未儲存的變更</translation>
    </message>
    <message>
        <source>This form has changes that are not saved. Save them as a draft?</source>
        <translation>此表單有尚未儲存的變更，要儲存為草稿嗎？</translation>
    </message>
    <message>
        <source>The form is complete</source>
        <translation>表單已完成</translation>
    </message>
    <message>
        <source>This form is marked complete. Keep it complete and record the change as a correction?</source>
        <translation>此表單已標示為完成。要維持完成狀態，並將此次變更記為更正嗎？</translation>
    </message>
    <message>
        <source>This form is marked complete, and with these changes it is not valid. Saving it makes it a draft.</source>
        <translation>此表單已標示為完成，但這些變更使其不符規定。儲存後將成為草稿。</translation>
    </message>
    <message>
        <source>Keep complete (correction)</source>
        <translation>維持完成（更正）</translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation>存為草稿</translation>
    </message>
</context>
<context>
    <name>Casebook::App::GroupDialog</name>
    <message>
        <source>Group model (群組服務模式)</source>
        <translation>群組服務模式</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>群組</translation>
    </message>
    <message>
        <source>Job coach</source>
        <translation>就業服務員</translation>
    </message>
    <message>
        <source>Began</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成員</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>場次</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>案號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <source>Employed 6 months on</source>
        <translation>穩定就業滿6個月日</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>人數</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主題</translation>
    </message>
    <message>
        <source>Name of the new group</source>
        <translation>新群組名稱</translation>
    </message>
    <message>
        <source>Add &amp;group</source>
        <translation>新增群組(&amp;G)</translation>
    </message>
    <message>
        <source>Add &amp;member</source>
        <translation>新增成員(&amp;M)</translation>
    </message>
    <message>
        <source>Add &amp;session</source>
        <translation>新增場次(&amp;S)</translation>
    </message>
    <message>
        <source>Sessions (at least 3 persons each)</source>
        <translation>場次（每次至少3人）</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未</translation>
    </message>
    <message>
        <source>%1 (fewer than %2 persons)</source>
        <translation>%1（少於 %2 人）</translation>
    </message>
    <message>
        <source>%1&apos;s year (all groups): %2 persons served (at least %3), %4 employed 6 months (at least %5), %6 sessions, %7 with too few persons: %8</source>
        <translation>%1 本年度（全部群組）：服務 %2 人（至少 %3 人），穩定就業6個月 %4 人（至少 %5 人），共 %6 場，人數不足 %7 場：%8</translation>
    </message>
    <message>
        <source>met</source>
        <translation>已達成</translation>
    </message>
    <message>
        <source>not met yet</source>
        <translation>尚未達成</translation>
    </message>
    <message>
        <source>Choose a group first.</source>
        <translation>請先選擇群組。</translation>
    </message>
</context>
<context>
    <name>Casebook::App::HandoverDialog</name>
    <message>
        <source>Handover of a coach&apos;s cases (交接)</source>
        <translation>就業服務員個案交接</translation>
    </message>
    <message>
        <source>&amp;Leaving coach:</source>
        <translation>移出的就業服務員(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Successor:</source>
        <translation>接手的就業服務員(&amp;S)：</translation>
    </message>
    <message>
        <source>All of the leaving coach&apos;s open cases move at once, with their history; the handover list (交接清冊) is saved as a PDF for both coaches and the supervisor to sign.</source>
        <translation>移出者所有未結案個案連同歷程一次移交；交接清冊存為 PDF，由雙方及督導簽名。</translation>
    </message>
    <message>
        <source>&amp;Hand over and save the list…</source>
        <translation>交接並儲存清冊(&amp;H)…</translation>
    </message>
    <message>
        <source>There is no coach whose cases you may hand over.</source>
        <translation>沒有您可辦理交接的就業服務員。</translation>
    </message>
    <message>
        <source>Choose another coach as the successor.</source>
        <translation>請選擇另一位就業服務員接手。</translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s) will move from %1 to %2.</source>
        <translation>
            <numerusform>將有 %n 件未結案個案由 %1 移交給 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>handover %1 to %2.pdf</source>
        <translation>交接清冊 %1 給 %2.pdf</translation>
    </message>
    <message>
        <source>Save the handover list</source>
        <translation>儲存交接清冊</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF（*.pdf）</translation>
    </message>
    <message numerus="yes">
        <source>Handed over %n case(s); the list to sign is %1.</source>
        <translation>
            <numerusform>已移交 %n 件個案；待簽的交接清冊為 %1。</numerusform>
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
        <translation>共 %2 案，顯示 %1 案</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New intake…</source>
        <translation>新增受案(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit person…</source>
        <translation>編輯個案資料(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation>搜尋案件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Casebook</source>
        <translation>關於 Casebook(&amp;A)</translation>
    </message>
    <message>
        <source>About Casebook</source>
        <translation>關於 Casebook</translation>
    </message>
    <message>
        <source>Case %1 for %2 saved.</source>
        <translation>%2 的案件 %1 已儲存。</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) of %1 changed.</source>
        <translation>
            <numerusform>%1 的資料已更新 %n 個欄位。</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the case&apos;s forms to PDF</source>
        <translation>將案件表單列印為 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>Some form definitions could not be loaded: %1</source>
        <translation>部分表單定義無法載入：%1</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>報表(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Performance by plan year…</source>
        <translation>年度績效(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Monthly report 表6-1/6-2…</source>
        <translation>月報表 表6-1/6-2(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>同步(&amp;S)</translation>
    </message>
    <message>
        <source>Withdraw a record</source>
        <translation>撤回紀錄</translation>
    </message>
    <message>
        <source>Withdraw &quot;%1 %2&quot;? It stays in the history as withdrawn.</source>
        <translation>要撤回「%1 %2」嗎？它會以「已撤回」留在歷程中。</translation>
    </message>
    <message>
        <source>&amp;Group model…</source>
        <translation>群組服務模式(&amp;G)…</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>不符服務資格</translation>
    </message>
    <message>
        <source>Not eligible for the service: %1.
To accept the intake as the case manager, write why (it is kept with the case):</source>
        <translation>不符服務資格：%1。
如以職管員身分受理，請填寫理由（理由將隨案件保存）：</translation>
    </message>
    <message>
        <source>&amp;Annual work report…</source>
        <translation>年度工作成果報告(&amp;A)…</translation>
    </message>
    <message>
        <source>Annual work report</source>
        <translation>年度工作成果報告</translation>
    </message>
    <message>
        <source>Plan year (ROC):</source>
        <translation>計畫年度（民國）：</translation>
    </message>
    <message>
        <source>Save the annual work report</source>
        <translation>儲存年度工作成果報告</translation>
    </message>
    <message>
        <source>annual report %1.pdf</source>
        <translation>%1年度工作成果報告.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>PDF (*.pdf);;Excel 活頁簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已儲存：%1</translation>
    </message>
    <message>
        <source>The list of documents and %1 form(s), %2 page(s), written to %3.</source>
        <translation>文件清單與 %1 份表單，共 %2 頁，已寫入 %3。</translation>
    </message>
    <message>
        <source>%1 Not printed: %2</source>
        <translation>%1 未列印：%2</translation>
    </message>
    <message>
        <source>Casebook is locked.</source>
        <translation>Casebook 已鎖定。</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>解除鎖定(&amp;U)…</translation>
    </message>
    <message>
        <source>Loc&amp;k</source>
        <translation>鎖定(&amp;K)</translation>
    </message>
    <message>
        <source>Casebook — %1 — %2</source>
        <translation>Casebook — %1 — %2</translation>
    </message>
    <message>
        <source>The lock is not in the audit trail: %1</source>
        <translation>鎖定未能記入稽核軌跡：%1</translation>
    </message>
    <message>
        <source>S&amp;upervision</source>
        <translation>督導(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>稽核軌跡(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Handover of a coach&apos;s cases…</source>
        <translation>個案交接(&amp;H)…</translation>
    </message>
    <message>
        <source>Only %1 can unlock this window.</source>
        <translation>只有 %1 可以解除此視窗的鎖定。</translation>
    </message>
    <message>
        <source>&amp;Log a day of support…</source>
        <translation>記錄密集輔導日(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今日(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使用說明(&amp;U)</translation>
    </message>
    <message>
        <source>Casebook %1: vocational rehabilitation and supported employment case records.
Store: %2
Device: %3 (%4)
Qt %5</source>
        <translation>Casebook %1：職業重建與支持性就業個案紀錄。
資料庫：%2
裝置：%3（%4）
Qt %5</translation>
    </message>
    <message>
        <source>Casebook user guide</source>
        <translation>Casebook 使用說明</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>此版本缺少使用說明。</translation>
    </message>
    <message>
        <source>Undo the last step</source>
        <translation>復原最後一個步驟</translation>
    </message>
    <message>
        <source>Why is the step undone? (kept in the case&apos;s history)</source>
        <translation>為什麼要復原這個步驟？（會保留在案件歷程中）</translation>
    </message>
    <message>
        <source>Undo the step</source>
        <translation>復原步驟</translation>
    </message>
    <message>
        <source>Step undone: %1</source>
        <translation>已復原步驟：%1</translation>
    </message>
    <message>
        <source>Save the performance table</source>
        <translation>儲存績效表</translation>
    </message>
    <message>
        <source>performance %1.xlsx</source>
        <translation>績效 %1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 活頁簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Counting the plan year %1…</source>
        <translation>正在計算 %1 年度…</translation>
    </message>
    <message>
        <source>Updated with the latest changes.</source>
        <translation>已更新為最新的資料。</translation>
    </message>
    <message>
        <source>%1 of %2 cases, reading more…</source>
        <translation>共 %2 案，顯示 %1 案，其餘讀取中…</translation>
    </message>
    <message>
        <source>Connect to the &amp;shared store…</source>
        <translation>連線到共用資料庫(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>Casebook::App::MonthlyReportDialog</name>
    <message>
        <source>Monthly report 表6-1 / 表6-2</source>
        <translation>服務成果月報表 表6-1／表6-2</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1（%2 前報送）</translation>
    </message>
    <message>
        <source>%1 (this month, not final)</source>
        <translation>%1（本月，尚未結束）</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部單位</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>單位(&amp;U)：</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>存成 &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;XLSX…</source>
        <translation>存成 &amp;XLSX…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>存成 &amp;CSV…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) served in the month; due by %1.</source>
        <translation>
            <numerusform>本月服務 %n 案；應於 %1 前報送。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>個案明細</translation>
    </message>
    <message>
        <source>The month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>年度累計</translation>
    </message>
    <message>
        <source>There is no report to save.</source>
        <translation>沒有可儲存的報表。</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF（*.pdf）</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿（*.xlsx）</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV（*.csv）</translation>
    </message>
    <message>
        <source>Save the monthly report</source>
        <translation>儲存月報表</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已儲存：%1</translation>
    </message>
    <message>
        <source>PROVISIONAL: there is no holiday calendar for %1, so its holidays count as working days.</source>
        <translation>暫定：缺 %1 年行事曆，其國定假日暫以工作日計。</translation>
    </message>
    <message>
        <source>With &amp;today&apos;s records (a correction of a filed report)</source>
        <translation>依今日紀錄(&amp;T)（已報送月報的更正版）</translation>
    </message>
    <message>
        <source>&amp;File the report (報送)</source>
        <translation>報送此月報(&amp;F)</translation>
    </message>
    <message>
        <source>Not filed yet: counted from today&apos;s records.</source>
        <translation>尚未報送：依今日紀錄計算。</translation>
    </message>
    <message numerus="yes">
        <source>As filed on %1 by %2; %n record(s) changed since are not in it.</source>
        <translation>
            <numerusform>依 %1 由 %2 報送時之紀錄；其後異動的 %n 筆紀錄不在其中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With today&apos;s records: filed on %1 by %2, %n record(s) changed since.</source>
        <translation>
            <numerusform>依今日紀錄：%1 由 %2 報送，其後異動 %n 筆紀錄。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a figure of 表6-2 to list its cases; double-click a case to open it.</source>
        <translation>點選表6-2的數字，列出其個案；連按兩下個案即開啟。</translation>
    </message>
    <message>
        <source>Sum of what the cases add: %1</source>
        <translation>個案計入合計：%1</translation>
    </message>
    <message>
        <source>Cases: %1</source>
        <translation>個案數：%1</translation>
    </message>
    <message>
        <source>Counting the month %1…</source>
        <translation>正在計算 %1 月報…</translation>
    </message>
</context>
<context>
    <name>Casebook::App::PerformanceDialog</name>
    <message>
        <source>Performance by plan year</source>
        <translation>年度績效</translation>
    </message>
    <message>
        <source>Plan year (ROC)</source>
        <translation>計畫年度（民國）</translation>
    </message>
    <message>
        <source>Job coach</source>
        <translation>就業服務員</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Placements (推介成功)</source>
        <translation>推介成功</translation>
    </message>
    <message>
        <source>Supported successes</source>
        <translation>支持性就業成功</translation>
    </message>
    <message>
        <source>Supported share</source>
        <translation>支持性占比</translation>
    </message>
    <message>
        <source>Cases served</source>
        <translation>服務案量</translation>
    </message>
    <message>
        <source>%1 (under ⅔)</source>
        <translation>%1（未達三分之二）</translation>
    </message>
    <message>
        <source>Counted by the rules of plan year %1; a figure lists its cases and why when clicked.</source>
        <translation>依 %1 年度計畫規則計算；點選數字即列出其個案及計算理由。</translation>
    </message>
    <message>
        <source>PROVISIONAL: there is no holiday calendar for %1, so its holidays count as working days.</source>
        <translation>暫定：缺 %1 年行事曆，其國定假日暫以工作日計。</translation>
    </message>
    <message>
        <source>supported</source>
        <translation>支持性</translation>
    </message>
    <message>
        <source>general</source>
        <translation>一般性</translation>
    </message>
    <message>
        <source>Each bar: the figure / its target (green: met, orange: not yet). Credits, not cases: a case counts twice with a completed 附表1 (high support needs) or in a 偏鄉 district, and a click on a figure lists its cases with what each adds.</source>
        <translation>每一列：實績／目標（綠色：已達成，橘色：尚未達成）。計算的是人次而非案數：完成附表1（高度支持需求）或住在偏鄉的個案算兩次；點選數字可列出個案及各自的計算。</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>另存新檔(&amp;S)…</translation>
    </message>
    <message>
        <source>Sum of credits: %1 from %2 case(s) (a case counts twice with a completed 附表1 or in a 偏鄉 district); the figure is %3</source>
        <translation>合計 %1 人次，來自 %2 案（完成附表1或住在偏鄉的個案算兩次）；數字為 %3</translation>
    </message>
    <message>
        <source>Click a figure to list the cases behind it.</source>
        <translation>點選數字即列出其背後的個案。</translation>
    </message>
</context>
<context>
    <name>Casebook::App::PersonCaseDialog</name>
    <message>
        <source>New intake</source>
        <translation>新增受案</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>編輯個案資料</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>個案基本資料</translation>
    </message>
    <message>
        <source>e.g. 079/05/01 or 1990-05-01</source>
        <translation>例：079/05/01 或 1990-05-01</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>性別(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>出生日期(&amp;B)</translation>
    </message>
    <message>
        <source>National &amp;ID / resident no.</source>
        <translation>身分證統一編號／居留證號(&amp;I)</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>戶籍地址</translation>
    </message>
    <message>
        <source>Living address</source>
        <translation>居住(通訊)地址</translation>
    </message>
    <message>
        <source>&amp;District</source>
        <translation>居住行政區(&amp;D)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手機</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>緊急聯絡人</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>關係</translation>
    </message>
    <message>
        <source>Emergency phone</source>
        <translation>緊急聯絡電話</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育程度</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>證明種類</translation>
    </message>
    <message>
        <source>Disability categories</source>
        <translation>障礙類別</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>障礙等級</translation>
    </message>
    <message>
        <source>Certificate valid until</source>
        <translation>證明有效期限</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>身分別</translation>
    </message>
    <message>
        <source>Intake (受案)</source>
        <translation>受案</translation>
    </message>
    <message>
        <source>Came in by</source>
        <translation>受案來源</translation>
    </message>
    <message>
        <source>Referring unit type</source>
        <translation>通報(轉介)單位類別</translation>
    </message>
    <message>
        <source>Referring unit</source>
        <translation>通報(轉介)單位名稱</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>受案日期</translation>
    </message>
    <message>
        <source>Job coach</source>
        <translation>就業服務員</translation>
    </message>
    <message>
        <source>Enter a date like 113/01/15 (民國) or 2024-01-15.</source>
        <translation>請輸入日期，例如 113/01/15（民國）或 2024-01-15。</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>請修正標示的欄位。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>尚未儲存的變更</translation>
    </message>
    <message>
        <source>You have changed this record. Save the changes?</source>
        <translation>此筆資料已修改，要儲存變更嗎？</translation>
    </message>
</context>
<context>
    <name>Casebook::App::ServiceEntryDialog</name>
    <message>
        <source>Supported employment: case opening (0C)</source>
        <translation>支持性就業開案資料（表0C）</translation>
    </message>
    <message>
        <source>Opened by the unit on</source>
        <translation>單位開案日期</translation>
    </message>
    <message>
        <source>Service model</source>
        <translation>服務模式</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>個別服務模式</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>群組服務模式</translation>
    </message>
    <message>
        <source>New placement</source>
        <translation>新增推介就業</translation>
    </message>
    <message>
        <source>New employer…</source>
        <translation>新雇主…</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>雇主</translation>
    </message>
    <message>
        <source>New employer&apos;s name</source>
        <translation>新雇主名稱</translation>
    </message>
    <message>
        <source>New employer&apos;s employees</source>
        <translation>新雇主員工人數</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>職務名稱</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>每週工時</translation>
    </message>
    <message>
        <source>Monthly wage (NT$)</source>
        <translation>月薪（新臺幣）</translation>
    </message>
    <message>
        <source>First day at work</source>
        <translation>到職日</translation>
    </message>
    <message>
        <source>Labour insurance from</source>
        <translation>勞保加保日</translation>
    </message>
    <message>
        <source>Other evidence (employer of 5 or fewer): payroll, time cards, employment insurance</source>
        <translation>其他證明（5人以下事業單位）：薪資名冊、打卡單、就業保險</translation>
    </message>
    <message>
        <source>Already employed before the service</source>
        <translation>服務前已在職</translation>
    </message>
    <message>
        <source>Day of intensive support (表3-2)</source>
        <translation>密集輔導紀錄（表3-2）</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>時數</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>職場</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Support given</source>
        <translation>輔導內容</translation>
    </message>
    <message>
        <source>Follow-up contact (表4-1)</source>
        <translation>追蹤輔導紀錄（表4-1）</translation>
    </message>
    <message>
        <source>Manner</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>就業狀況</translation>
    </message>
    <message>
        <source>Issues and action</source>
        <translation>問題與處理</translation>
    </message>
    <message>
        <source>Enter a date like 113/01/15 (民國) or 2024-01-15.</source>
        <translation>請輸入日期，例如 113/01/15（民國）或 2024-01-15。</translation>
    </message>
    <message>
        <source>Last day at work (when the job ended)</source>
        <translation>最後工作日（離職時）</translation>
    </message>
    <message>
        <source>Workplace-adaptation service</source>
        <translation>職場適應服務</translation>
    </message>
    <message>
        <source>Began on</source>
        <translation>開始日期</translation>
    </message>
    <message>
        <source>Ended on (empty while it goes on)</source>
        <translation>結束日期（進行中請留空）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Correct the placement</source>
        <translation>更正推介就業紀錄</translation>
    </message>
    <message>
        <source>Post-employment support extension</source>
        <translation>就業後延長支持服務</translation>
    </message>
    <message>
        <source>Begins on (on or after the closure)</source>
        <translation>開始日期（結案日當天或之後）</translation>
    </message>
    <message>
        <source>Ends on (empty: 18 months after the closure)</source>
        <translation>結束日期（留空：結案後18個月）</translation>
    </message>
    <message>
        <source>Home employment</source>
        <translation>居家就業</translation>
    </message>
    <message>
        <source>What</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>New employer&apos;s tax ID (統一編號)</source>
        <translation>新雇主統一編號</translation>
    </message>
    <message>
        <source>New employer&apos;s district</source>
        <translation>新雇主所在行政區</translation>
    </message>
    <message>
        <source>New employer&apos;s contact person and phone</source>
        <translation>新雇主聯絡人及電話</translation>
    </message>
    <message>
        <source>Counts double when the person lives in a district on the plan year&apos;s 偏鄉 list, or when a completed 附表1 meets its criteria.</source>
        <translation>個案居住於計畫年度偏鄉名單之行政區，或附表1已完成且符合認定基準者，以2人計。</translation>
    </message>
</context>
<context>
    <name>Casebook::App::SignInDialog</name>
    <message>
        <source>Casebook is locked</source>
        <translation>Casebook 已鎖定</translation>
    </message>
    <message>
        <source>Sign in to Casebook</source>
        <translation>登入 Casebook</translation>
    </message>
    <message>
        <source>The window is locked. Enter the password of %1 to go on.</source>
        <translation>視窗已鎖定。請輸入 %1 的密碼以繼續。</translation>
    </message>
    <message>
        <source>The case records hold sensitive personal data: sign in with your account.</source>
        <translation>個案紀錄含有敏感個人資料：請以您的帳號登入。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>帳號(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解除鎖定(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登入(&amp;S)</translation>
    </message>
    <message>
        <source>Only %1 can unlock this window.</source>
        <translation>只有 %1 可以解除這個視窗的鎖定。</translation>
    </message>
</context>
<context>
    <name>Casebook::App::StepDialog</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>Suitable for VR services (open the case)</source>
        <translation>適合職業重建服務（開案）</translation>
    </message>
    <message>
        <source>Refer to vocational evaluation</source>
        <translation>需轉介職業輔導評量</translation>
    </message>
    <message>
        <source>Unsuitable: refer to social, medical or education services</source>
        <translation>不適合，轉介社政、醫療、教育等單位</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>評估結果(&amp;O)</translation>
    </message>
    <message>
        <source>Plan &amp;goal</source>
        <translation>服務目標(&amp;G)</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>轉介單位</translation>
    </message>
    <message>
        <source>Transition meeting on</source>
        <translation>就業轉銜會議日期</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>派案單位(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>服務項目(&amp;S)</translation>
    </message>
    <message>
        <source>%1, dispatched %2</source>
        <translation>%1，%2 派案</translation>
    </message>
    <message>
        <source>&amp;Dispatch</source>
        <translation>派案(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>結案原因(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>說明(&amp;N)</translation>
    </message>
    <message>
        <source>Enter a date like 113/01/15 (民國) or 2024-01-15.</source>
        <translation>請輸入日期，例如 113/01/15（民國）或 2024-01-15。</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>個案狀態</translation>
    </message>
</context>
<context>
    <name>Casebook::App::SyncController</name>
    <message>
        <source>Passphrase</source>
        <translation>通關密語</translation>
    </message>
    <message>
        <source>Choose a passphrase for this device&apos;s keys (8 characters or more):</source>
        <translation>請為本裝置的金鑰設定通關密語（8 個字元以上）：</translation>
    </message>
    <message>
        <source>The passphrase of this device&apos;s keys:</source>
        <translation>本裝置金鑰的通關密語：</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>請再輸入一次相同的通關密語：</translation>
    </message>
    <message>
        <source>This store has its keys already.</source>
        <translation>此資料庫已有金鑰。</translation>
    </message>
    <message>
        <source>This store has no keys yet: Sync → Create device keys.</source>
        <translation>此資料庫尚無金鑰：請用「同步 → 建立裝置金鑰」。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 operations) and its cover sheet %3.</source>
        <translation>已寫入 %1（%2 筆操作）及其封面 %3。</translation>
    </message>
    <message>
        <source>Importing bundles…</source>
        <translation>正在匯入同步包…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stopped before %1; the files before it are imported.</source>
        <translation>已在 %1 之前停止；之前的檔案已匯入。</translation>
    </message>
    <message>
        <source>%1: refused. %2</source>
        <translation>%1：拒收。%2</translation>
    </message>
    <message>
        <source>%1: receipt from %2.</source>
        <translation>%1：%2 的回條。</translation>
    </message>
    <message>
        <source>%1: imported before; nothing changed.</source>
        <translation>%1：先前已匯入，沒有變更。</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 known, %4 waiting, %5 new conflicts (from %6).</source>
        <translation>%1：新增 %2 筆、已有 %3 筆、等待 %4 筆、新衝突 %5 筆（來自 %6）。</translation>
    </message>
    <message>
        <source>The receipt could not be written.</source>
        <translation>回條無法寫入。</translation>
    </message>
    <message>
        <source>%1: form definitions installed (%2); they are used from the next start.</source>
        <translation>%1：已安裝表單定義（%2），下次啟動時生效。</translation>
    </message>
    <message>
        <source>Accept an enrolment</source>
        <translation>接受註冊</translation>
    </message>
    <message>
        <source>The enrolment comes from %1. Compare this fingerprint with the one on the enroller&apos;s screen or printed slip, group by group:

%2

Do all twelve groups match?</source>
        <translation>此註冊檔來自 %1。請逐組比對下列指紋碼與註冊者螢幕或列印單上的指紋碼：

%2

十二組數字是否全部相符？</translation>
    </message>
    <message>
        <source>Not accepted: the fingerprints do not match. Nothing was changed.</source>
        <translation>未接受：指紋碼不符。未做任何變更。</translation>
    </message>
    <message>
        <source>Enrolled by %1.</source>
        <translation>已由 %1 註冊。</translation>
    </message>
    <message>
        <source>Enrolled %1. Give it %2 and print the slip %3; on the device, compare this store&apos;s fingerprint: %4</source>
        <translation>已註冊 %1。請將 %2 交給該裝置並列印核對單 %3；在裝置上比對本資料庫的指紋碼：%4</translation>
    </message>
    <message>
        <source>That passphrase is too short.</source>
        <translation>這個通關密語太短。</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>兩次輸入不一致。</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>正在寫入同步檔…</translation>
    </message>
    <message>
        <source>Stopped during %1: nothing of it is imported (the files before it are).</source>
        <translation>在匯入 %1 時停止：此檔案未匯入任何資料（之前的檔案已匯入）。</translation>
    </message>
</context>
<context>
    <name>Casebook::App::SyncMenu</name>
    <message>
        <source>Create device &amp;keys…</source>
        <translation>建立裝置金鑰(&amp;K)…</translation>
    </message>
    <message>
        <source>Device keys</source>
        <translation>裝置金鑰</translation>
    </message>
    <message>
        <source>The device keys are made; the bureau can now enrol this store.</source>
        <translation>已建立裝置金鑰；勞動局現在可以註冊此資料庫。</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>匯出同步包(&amp;E)…</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>匯出同步包</translation>
    </message>
    <message>
        <source>Casebook bundles (*.cbb)</source>
        <translation>Casebook 同步包（*.cbb）</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>匯出同步包</translation>
    </message>
    <message>
        <source>Export a bundle for a &amp;unit laptop…</source>
        <translation>匯出單位筆電的同步包(&amp;U)…</translation>
    </message>
    <message>
        <source>No laptop has been enrolled for a unit.</source>
        <translation>尚未為任何單位註冊筆電。</translation>
    </message>
    <message>
        <source>For which laptop:</source>
        <translation>給哪一台筆電：</translation>
    </message>
    <message>
        <source>Export this device&apos;s iden&amp;tity…</source>
        <translation>匯出本裝置身分(&amp;T)…</translation>
    </message>
    <message>
        <source>Export this device&apos;s identity</source>
        <translation>匯出本裝置身分</translation>
    </message>
    <message>
        <source>Identity (*.json)</source>
        <translation>身分檔（*.json）</translation>
    </message>
    <message>
        <source>Export identity</source>
        <translation>匯出身分</translation>
    </message>
    <message>
        <source>Give %1 to the bureau to enrol this device.</source>
        <translation>請將 %1 交給勞動局以註冊本裝置。</translation>
    </message>
    <message>
        <source>E&amp;nrol a device…</source>
        <translation>註冊裝置(&amp;N)…</translation>
    </message>
    <message>
        <source>The device&apos;s identity</source>
        <translation>裝置的身分檔</translation>
    </message>
    <message>
        <source>Save the enrolment file</source>
        <translation>儲存註冊檔</translation>
    </message>
    <message>
        <source>Enrolment (*.json)</source>
        <translation>註冊檔（*.json）</translation>
    </message>
    <message>
        <source>The laptop of coach %1</source>
        <translation>就業服務員 %1 的筆電</translation>
    </message>
    <message>
        <source>A laptop of %1</source>
        <translation>%1 的筆電</translation>
    </message>
    <message>
        <source>The whole store (a supervisor&apos;s or the bureau&apos;s)</source>
        <translation>整個資料庫（督導或勞動局）</translation>
    </message>
    <message>
        <source>Enrol a device</source>
        <translation>註冊裝置</translation>
    </message>
    <message>
        <source>What the device receives:</source>
        <translation>此裝置可接收：</translation>
    </message>
    <message>
        <source>&amp;Accept an enrolment…</source>
        <translation>接受註冊(&amp;A)…</translation>
    </message>
    <message>
        <source>The enrolment file from the bureau</source>
        <translation>勞動局提供的註冊檔</translation>
    </message>
    <message>
        <source>Accept an enrolment</source>
        <translation>接受註冊</translation>
    </message>
    <message>
        <source>De&amp;vices…</source>
        <translation>裝置清單(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation>匯入同步包(&amp;I)…</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>匯入同步包</translation>
    </message>
    <message>
        <source>Casebook bundles and receipts (*.cbb *.receipt *.json);;All files (*)</source>
        <translation>Casebook 同步包與回條（*.cbb *.receipt *.json）;;所有檔案（*）</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>衝突(&amp;C)…</translation>
    </message>
    <message>
        <source>Probable &amp;duplicates…</source>
        <translation>可能重複的個案(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>Casebook::App::TodayPanel</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事項</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>案號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Today and overdue</source>
        <translation>今天及逾期</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本週</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（逾期）</translation>
    </message>
    <message>
        <source>Today and overdue (%1)</source>
        <translation>今天及逾期（%1）</translation>
    </message>
    <message>
        <source>This week (%1)</source>
        <translation>本週（%1）</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>今日（%1）</translation>
    </message>
    <message>
        <source>Today (computing…)</source>
        <translation>今日（計算中…）</translation>
    </message>
</context>
<context>
    <name>Casebook::Core::CaseListModel</name>
    <message>
        <source>Case no.</source>
        <translation>案號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身分證字號</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>District</source>
        <translation>行政區</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>服務單位</translation>
    </message>
    <message>
        <source>Job coach</source>
        <translation>就業服務員</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受案</translation>
    </message>
</context>
<context>
    <name>Casebook::Forms::FormEditor</name>
    <message>
        <source>Shared with the person&apos;s record: a change here shows on every form.</source>
        <translation>與個案基本資料共用：在此修改會顯示於所有表單。</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>儲存草稿(&amp;D)</translation>
    </message>
    <message>
        <source>Save and mark &amp;complete</source>
        <translation>儲存並標示完成(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>The form cannot be marked complete yet: %n problem(s) are marked below.</source>
        <translation>
            <numerusform>表單尚不能標示完成：下方標示了 %n 個問題。</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>新增一列</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>刪除一列</translation>
    </message>
    <message>
        <source>e.g. 113/01/15</source>
        <translation>例：113/01/15</translation>
    </message>
    <message>
        <source>Signed on paper; type a name to record who signed</source>
        <translation>紙本簽章；可輸入簽章者姓名以資紀錄</translation>
    </message>
    <message>
        <source>Draft: ready to be marked complete</source>
        <translation>草稿：可標示完成</translation>
    </message>
    <message numerus="yes">
        <source>Draft: %n problem(s) to resolve before it is complete</source>
        <translation>
            <numerusform>草稿：尚有 %n 個問題需處理才能完成</numerusform>
        </translation>
    </message>
    <message>
        <source>Complete since %1</source>
        <translation>%1 完成</translation>
    </message>
    <message>
        <source>Complete since %1 (%2)</source>
        <translation>%1 完成（%2）</translation>
    </message>
    <message>
        <source>; corrected %1</source>
        <translation>；%1 更正</translation>
    </message>
    <message>
        <source>; unsaved changes will be saved as a correction</source>
        <translation>；尚未儲存的變更將記為更正</translation>
    </message>
    <message numerus="yes">
        <source>; %n problem(s): saving makes it a draft</source>
        <translation>
            <numerusform>；%n 個問題：儲存後將成為草稿</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Caseload</name>
    <message>
        <source>This case is not in your caseload (%1): ask its coach or your supervisor.</source>
        <translation>這個個案不在您的個案量中（%1）：請洽該個案的就業服務員或督導。</translation>
    </message>
    <message>
        <source>This case is not one of your unit&apos;s (%1).</source>
        <translation>這個個案不屬於您的單位（%1）。</translation>
    </message>
    <message>
        <source>This case belongs to the other window (%1).</source>
        <translation>這個個案屬於另一個職重窗口（%1）。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>casebook-cli: </source>
        <translation>casebook-cli：</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>未知的選項 %1</translation>
    </message>
    <message>
        <source>the option %1 needs a value</source>
        <translation>選項 %1 需要一個值</translation>
    </message>
    <message>
        <source>the option %1 is given twice</source>
        <translation>選項 %1 重複指定</translation>
    </message>
    <message>
        <source>unknown command %1 (try --help)</source>
        <translation>未知的指令 %1（請參考 --help）</translation>
    </message>
    <message>
        <source>the command %1 does not take %2</source>
        <translation>指令 %1 不接受 %2</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>多餘的參數 %1</translation>
    </message>
    <message>
        <source>--db PATH is required</source>
        <translation>必須指定 --db 路徑</translation>
    </message>
    <message>
        <source>--role must be one of coach, supervisor, window, bureau</source>
        <translation>--role 必須是 coach、supervisor、window 或 bureau</translation>
    </message>
    <message>
        <source>--name NAME is required</source>
        <translation>必須指定 --name 名稱</translation>
    </message>
    <message>
        <source>--persons must be a whole number from 0 to 1000000</source>
        <translation>--persons 必須是 0 到 1000000 的整數</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 4294967295</source>
        <translation>--seed 必須是 0 到 4294967295 的整數</translation>
    </message>
    <message>
        <source>--status must be one of received, evaluation, planning, dispatched, tracking, unsuitable, closed</source>
        <translation>--status 必須是 received、evaluation、planning、dispatched、tracking、unsuitable 或 closed</translation>
    </message>
    <message>
        <source>--today must be a date written YYYY-MM-DD</source>
        <translation>--today 必須是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>the store %1 has no identity yet: run init first</source>
        <translation>資料庫 %1 尚未設定身分，請先執行 init</translation>
    </message>
    <message>
        <source>Initialised %1 as %2 (device %3).</source>
        <translation>已將 %1 初始化為 %2（裝置 %3）。</translation>
    </message>
    <message>
        <source>Generated %1 persons, %2 cases, %3 units and %4 staff in %5 s.</source>
        <translation>已產生 %1 位個案、%2 件案件、%3 個單位及 %4 位人員，耗時 %5 秒。</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s).</source>
        <translation>
            <numerusform>共 %n 位個案。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s).</source>
        <translation>
            <numerusform>共 %n 件案件。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 deadlines open, %2 overdue.</source>
        <translation>未到期事項 %1 件，其中逾期 %2 件。</translation>
    </message>
    <message>
        <source>The store is sound: %1 operations, the tables match the log.</source>
        <translation>資料庫正常：共 %1 筆操作，資料表與操作紀錄一致。</translation>
    </message>
    <message>
        <source>The store is NOT sound: %1</source>
        <translation>資料庫異常：%1</translation>
    </message>
    <message>
        <source>print needs %1</source>
        <translation>print 需要 %1</translation>
    </message>
    <message>
        <source>unknown form %1 (see: casebook-cli forms list)</source>
        <translation>未知的表單 %1（請參考 casebook-cli forms list）</translation>
    </message>
    <message>
        <source>no case %1 in the store</source>
        <translation>資料庫中沒有案件 %1</translation>
    </message>
    <message>
        <source>Printed %1 form(s), %2 page(s), to %3.</source>
        <translation>已列印 %1 份表單，共 %2 頁，至 %3。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%3, version %4) is a valid form definition with %n field(s).</source>
        <translation>
            <numerusform>%1：%2（%3，第 %4 版）是有效的表單定義，共 %n 個欄位。</numerusform>
        </translation>
    </message>
    <message>
        <source>use: forms list, or forms check FILE</source>
        <translation>用法：forms list 或 forms check 檔案</translation>
    </message>
    <message>
        <source>report performance needs --year (an ROC year such as 107)</source>
        <translation>report performance 需要 --year（民國年，例如 107）</translation>
    </message>
    <message>
        <source>%1 (%2): placements %3/%4, supported successes %5/%6, cases %7/%8</source>
        <translation>%1（%2）：推介成功 %3/%4，支持性就業成功 %5/%6，服務案量 %7/%8</translation>
    </message>
    <message>
        <source>use: keys init [--passphrase-file FILE], or keys export --out FILE</source>
        <translation>用法：keys init [--passphrase-file 檔案] 或 keys export --out 檔案</translation>
    </message>
    <message>
        <source>keys export needs --out FILE</source>
        <translation>keys export 需要 --out 檔案</translation>
    </message>
    <message>
        <source>this store has its keys already</source>
        <translation>此資料庫已有金鑰</translation>
    </message>
    <message>
        <source>give the passphrase in --passphrase-file FILE or CASEBOOK_PASSPHRASE</source>
        <translation>請以 --passphrase-file 檔案 或 CASEBOOK_PASSPHRASE 提供通關密語</translation>
    </message>
    <message>
        <source>Created the keys of device %1; signing key %2.</source>
        <translation>已建立裝置 %1 的金鑰；簽章金鑰 %2。</translation>
    </message>
    <message>
        <source>this store has no keys yet: run keys init first</source>
        <translation>此資料庫尚無金鑰，請先執行 keys init</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>無法寫入 %1</translation>
    </message>
    <message>
        <source>Wrote the public identity of %1 to %2.</source>
        <translation>已將 %1 的公開身分寫入 %2。</translation>
    </message>
    <message>
        <source>report monthly takes --month, --format, --out and --unit</source>
        <translation>report monthly 只接受 --month、--format、--out 及 --unit</translation>
    </message>
    <message>
        <source>report monthly needs %1</source>
        <translation>report monthly 需要 %1</translation>
    </message>
    <message>
        <source>--format must be pdf, xlsx or csv</source>
        <translation>--format 必須是 pdf、xlsx 或 csv</translation>
    </message>
    <message>
        <source>report performance does not take %1</source>
        <translation>report performance 不接受 %1</translation>
    </message>
    <message>
        <source>Monthly report %1 (%2 cases, %3 coaches) written to %4.</source>
        <translation>%1 月報表（%2 案、%3 位就服員）已寫入 %4。</translation>
    </message>
    <message>
        <source>import-bundle needs one or more bundle files</source>
        <translation>import-bundle 需要一個以上的同步包檔案</translation>
    </message>
    <message>
        <source>enroll needs %1</source>
        <translation>enroll 需要 %1</translation>
    </message>
    <message>
        <source>export-bundle needs --out FILE</source>
        <translation>export-bundle 需要 --out 檔案</translation>
    </message>
    <message>
        <source>resolve needs %1</source>
        <translation>resolve 需要 %1</translation>
    </message>
    <message>
        <source>%1 %2 %3.%4: &quot;%5&quot; (%6) or &quot;%7&quot; (%8) — %9</source>
        <translation>%1 %2 %3.%4：「%5」（%6）或「%7」（%8）— %9</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待決定</translation>
    </message>
    <message>
        <source>Decided: %1.</source>
        <translation>已決定：%1。</translation>
    </message>
    <message>
        <source>Wrote the bundle %1 (%2 bytes).</source>
        <translation>已寫入同步包 %1（%2 位元組）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: imported before; nothing changed.</source>
        <translation>%1：先前已匯入，沒有變更。</translation>
    </message>
    <message>
        <source>%1: from %2, %3 new operations, %4 known, %5 waiting for earlier ones, %6 new conflicts.</source>
        <translation>%1：來自 %2，新操作 %3 筆、已有 %4 筆、等待前序 %5 筆、新衝突 %6 筆。</translation>
    </message>
    <message>
        <source>revoke needs --device DEVICE_ID</source>
        <translation>revoke 需要 --device 裝置編號</translation>
    </message>
    <message>
        <source>Revoked %1: its bundles are refused from now on, and the next bundles tell the other stores.</source>
        <translation>已撤銷 %1：此後拒收其同步包，並在下一批同步包中通知其他資料庫。</translation>
    </message>
    <message>
        <source>%1: receipt from %2; the next export leaves out what it holds.</source>
        <translation>%1：%2 的回條；下次匯出將略過對方已有的資料。</translation>
    </message>
    <message>
        <source>%1: imported, but the receipt could not be written to %2</source>
        <translation>%1：已匯入，但回條無法寫入 %2</translation>
    </message>
    <message>
        <source>Wrote the cover sheet %1.</source>
        <translation>已寫入封面 %1。</translation>
    </message>
    <message>
        <source>send-definitions needs %1</source>
        <translation>send-definitions 需要 %1</translation>
    </message>
    <message>
        <source>Wrote %1 definition(s) for the enrolled devices to %2.</source>
        <translation>已將 %1 個表單定義寫入 %2，供已註冊的裝置使用。</translation>
    </message>
    <message>
        <source>%1: installed %2 from %3; they are used from the next start.</source>
        <translation>%1：已安裝 %3 送來的 %2，下次啟動時生效。</translation>
    </message>
    <message>
        <source>use: report performance --year YEAR [--unit U] [--coach C] [--reading raw|credited] [--json], or report monthly --month YYY-MM --format pdf|xlsx|csv --out FILE [--unit U]</source>
        <translation>用法：report performance --year 年度 [--unit 單位] [--coach 就服員] [--reading raw|credited] [--json]，或 report monthly --month 民國年-月 --format pdf|xlsx|csv --out 檔案 [--unit 單位]</translation>
    </message>
    <message>
        <source>--reading must be raw or credited</source>
        <translation>--reading 必須是 raw 或 credited</translation>
    </message>
    <message>
        <source>use: enroll accept FILE [--fingerprint DIGITS]</source>
        <translation>用法：enroll accept FILE [--fingerprint DIGITS]</translation>
    </message>
    <message>
        <source>enroll takes one of --unit, --coach and --whole-store</source>
        <translation>enroll 只能指定 --unit、--coach、--whole-store 其中之一</translation>
    </message>
    <message>
        <source>bundle %1 from %2 %3 on %4: %5</source>
        <translation>同步包 %1（來自 %2）於 %4 %3：%5</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation>已隔離</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>單位 %1</translation>
    </message>
    <message>
        <source>coach %1</source>
        <translation>就業服務員 %1</translation>
    </message>
    <message>
        <source>whole store</source>
        <translation>整個資料庫</translation>
    </message>
    <message>
        <source>%1 %2 (%3) %4, %5%6 — %7</source>
        <translation>%1 %2（%3）%4，%5%6 — %7</translation>
    </message>
    <message>
        <source>, revoked</source>
        <translation>，已撤銷</translation>
    </message>
    <message>
        <source>The enrolment comes from %1 (%2). Compare this fingerprint with the enroller&apos;s screen or slip:</source>
        <translation>此註冊檔來自 %1（%2）。請與註冊者螢幕或列印單上的指紋碼比對：</translation>
    </message>
    <message>
        <source>nothing was changed: run again with --fingerprint &quot;DIGITS&quot; once they match</source>
        <translation>未做任何變更：比對相符後，請加上 --fingerprint &quot;數字&quot; 再執行一次</translation>
    </message>
    <message>
        <source>Enrolled by %1 (fingerprint %2).</source>
        <translation>已由 %1 註冊（指紋碼 %2）。</translation>
    </message>
    <message>
        <source>cannot read the device identity %1: %2</source>
        <translation>無法讀取裝置身分檔 %1：%2</translation>
    </message>
    <message>
        <source>a coach&apos;s laptop is enrolled for its coach (--coach STAFF) or its unit (--unit UNIT); --whole-store gives it every case</source>
        <translation>就業服務員的筆電須註冊給其就業服務員（--coach STAFF）或其單位（--unit UNIT）；--whole-store 則給予全部案件</translation>
    </message>
    <message>
        <source>Enrolled %1 (%2); give it %3. This store&apos;s fingerprint, to compare on the device: %4</source>
        <translation>已註冊 %1（%2）；請將 %3 交給該裝置。本資料庫的指紋碼（於裝置上比對）：%4</translation>
    </message>
    <message>
        <source>%1: the clock of device %2 runs ahead of this computer&apos;s; check it.</source>
        <translation>%1：裝置 %2 的時鐘比這台電腦快，請檢查。</translation>
    </message>
    <message>
        <source>Wrote the fingerprint slip %1.</source>
        <translation>已寫入指紋碼核對單 %1。</translation>
    </message>
    <message>
        <source>a report is filed from the records as they are: --file-report and --current do not go together</source>
        <translation>報送依現有紀錄：--file-report 與 --current 不可同時使用</translation>
    </message>
    <message>
        <source>As filed on %1 by %2 (%3 record(s) changed since are not in it).</source>
        <translation>依 %1 由 %2 報送時之紀錄（其後異動的 %3 筆紀錄不在其中）。</translation>
    </message>
    <message>
        <source>With today&apos;s records; filed on %1 by %2, %3 record(s) changed since.</source>
        <translation>依今日紀錄；%1 由 %2 報送，其後異動 %3 筆紀錄。</translation>
    </message>
    <message>
        <source>report annual takes --year, --format, --out and --unit</source>
        <translation>report annual 只接受 --year、--format、--out 及 --unit</translation>
    </message>
    <message>
        <source>report annual needs %1</source>
        <translation>report annual 需要 %1</translation>
    </message>
    <message>
        <source>Annual report of plan year %1 written to %2.</source>
        <translation>%1 年度工作成果報告已寫入 %2。</translation>
    </message>
    <message>
        <source>the store %1 has no accounts yet</source>
        <translation>資料庫 %1 尚無帳號</translation>
    </message>
    <message>
        <source>the store %1 has accounts: give --user NAME and the password in --password-file FILE or CASEBOOK_PASSWORD</source>
        <translation>資料庫 %1 設有帳號：請以 --user 帳號指定使用者，密碼放在 --password-file 檔案或 CASEBOOK_PASSWORD</translation>
    </message>
    <message>
        <source>give the password in --password-file FILE or CASEBOOK_PASSWORD</source>
        <translation>請將密碼放在 --password-file 檔案或 CASEBOOK_PASSWORD</translation>
    </message>
    <message>
        <source>give the administrator&apos;s password in --password-file FILE or CASEBOOK_PASSWORD</source>
        <translation>請將管理者密碼放在 --password-file 檔案或 CASEBOOK_PASSWORD</translation>
    </message>
    <message>
        <source>Made the administrator&apos;s account %1.</source>
        <translation>已建立管理者帳號 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Made %n account(s) with the given password.</source>
        <translation>
            <numerusform>已以指定的密碼建立 %n 個帳號。</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read the file %1</source>
        <translation>無法讀取檔案 %1</translation>
    </message>
    <message>
        <source>%1 must be a date written YYYY-MM-DD</source>
        <translation>%1 必須是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>handover needs %1</source>
        <translation>handover 需要 %1</translation>
    </message>
    <message numerus="yes">
        <source>Handed over %n case(s); the list to sign is %1.</source>
        <translation>
            <numerusform>已移交 %n 件個案；待簽的交接清冊為 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Made %n account(s) with the demo password %1.</source>
        <translation>
            <numerusform>已建立 %n 個帳號，密碼為示範密碼 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n audit entry(ies) to %1.</source>
        <translation>
            <numerusform>已將 %n 筆稽核紀錄寫入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>the store %1 is encrypted: give --user NAME and the password in --password-file FILE or CASEBOOK_PASSWORD</source>
        <translation>資料庫 %1 已加密：請加 --user 帳號，密碼放在 --password-file 檔案或 CASEBOOK_PASSWORD</translation>
    </message>
    <message>
        <source>decrypt-copy needs --out FILE</source>
        <translation>decrypt-copy 需要 --out 檔案</translation>
    </message>
    <message>
        <source>%1 exists already: choose a new file</source>
        <translation>%1 已存在：請選擇新的檔案</translation>
    </message>
    <message>
        <source>the store %1 is not encrypted: copy the file itself</source>
        <translation>資料庫 %1 未加密：直接複製檔案即可</translation>
    </message>
    <message>
        <source>only an administrator writes a plain copy of the store</source>
        <translation>只有系統管理員可以寫出資料庫的未加密副本</translation>
    </message>
    <message>
        <source>plain copy → %1</source>
        <translation>未加密副本 → %1</translation>
    </message>
    <message>
        <source>Wrote a plain, unencrypted copy of the store to %1 (readable by you only). It holds every client&apos;s data in clear: keep it on an encrypted disk and delete it when the request is answered.</source>
        <translation>已將資料庫的未加密副本寫入 %1（僅您可讀取）。其中所有個案資料皆為明文：請存放於加密磁碟，並於請求處理完畢後刪除。</translation>
    </message>
    <message>
        <source>password needs --user NAME: the account whose password changes</source>
        <translation>password 需要 --user 帳號：要變更密碼的帳號</translation>
    </message>
    <message>
        <source>give the new password in --new-password-file FILE or CASEBOOK_NEW_PASSWORD</source>
        <translation>請將新密碼放在 --new-password-file 檔案或 CASEBOOK_NEW_PASSWORD</translation>
    </message>
    <message>
        <source>The password of %1 is changed on this store.</source>
        <translation>%1 在此資料庫的密碼已變更。</translation>
    </message>
    <message>
        <source>only the bureau recovers a store</source>
        <translation>只有勞動局可以復原資料庫</translation>
    </message>
    <message>
        <source>recover-store needs --store FILE and --account NAME</source>
        <translation>recover-store 需要 --store 檔案與 --account 帳號</translation>
    </message>
    <message>
        <source>recovered %1&apos;s password on %2</source>
        <translation>已復原 %1 在 %2 的密碼</translation>
    </message>
    <message>
        <source>%1 can sign in to %2 with the new password.</source>
        <translation>%1 現在可用新密碼登入 %2。</translation>
    </message>
    <message>
        <source>add-user needs --name NAME and --role ROLE</source>
        <translation>add-user 需要 --name 帳號 與 --role 角色</translation>
    </message>
    <message>
        <source>unknown role %1: coach, supervisor, case_manager, bureau_clerk or administrator</source>
        <translation>不認得的角色 %1：可用 coach、supervisor、case_manager、bureau_clerk 或 administrator</translation>
    </message>
    <message>
        <source>an account belongs to a member of staff: give --staff NAME or ID</source>
        <translation>帳號須屬於一位工作人員：請以 --staff 指定姓名或編號</translation>
    </message>
    <message>
        <source>--window is north or south</source>
        <translation>--window 只能是 north 或 south</translation>
    </message>
    <message>
        <source>only an administrator makes accounts</source>
        <translation>只有系統管理者可以建立帳號</translation>
    </message>
    <message>
        <source>there is no member of staff %1</source>
        <translation>沒有工作人員 %1</translation>
    </message>
    <message>
        <source>give the new account&apos;s password in --new-password-file FILE or CASEBOOK_NEW_PASSWORD</source>
        <translation>請以 --new-password-file 檔案或 CASEBOOK_NEW_PASSWORD 提供新帳號的密碼</translation>
    </message>
    <message>
        <source>account %1 made (%2)</source>
        <translation>已建立帳號 %1（%2）</translation>
    </message>
    <message>
        <source>Made the account %1 (%2). It reaches the enrolled devices with the next bundle.</source>
        <translation>已建立帳號 %1（%2）。下一次同步包會把它送到已註冊的裝置。</translation>
    </message>
    <message>
        <source>only an administrator sets another account&apos;s password</source>
        <translation>只有系統管理者可以設定他人帳號的密碼</translation>
    </message>
    <message>
        <source>reset-password needs --account NAME</source>
        <translation>reset-password 需要 --account 帳號</translation>
    </message>
    <message>
        <source>password of %1 set by the administrator</source>
        <translation>系統管理者重設了 %1 的密碼</translation>
    </message>
    <message>
        <source>The password of %1 is set. It reaches the enrolled devices with the next bundle, and opens their encrypted stores from then on.</source>
        <translation>%1 的密碼已設定。下一次同步包會把它送到已註冊的裝置，之後即可用它開啟這些裝置上的加密資料庫。</translation>
    </message>
    <message>
        <source>case %1 has no forms to print yet</source>
        <translation>案件 %1 尚無可列印的表單</translation>
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
        <translation>用法：casebook-cli --db 路徑 [--user 帳號] 指令 [選項]
指令：
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
有帳號的資料庫，每個指令都要加 --user 帳號，密碼放在
--password-file 檔案或 CASEBOOK_PASSWORD；加密的資料庫只能如此開啟。</translation>
    </message>
    <message>
        <source>migrate-store needs --from STORE and --to STORE</source>
        <translation>migrate-store 需要 --from 資料庫 與 --to 資料庫</translation>
    </message>
    <message>
        <source>--from and --to name the same store</source>
        <translation>--from 與 --to 是同一個資料庫</translation>
    </message>
    <message>
        <source>%1 exists already: a store is moved only into a new one</source>
        <translation>%1 已存在：資料庫只能搬移到新的位置</translation>
    </message>
    <message>
        <source>only an administrator moves the store</source>
        <translation>只有系統管理者可以搬移資料庫</translation>
    </message>
    <message>
        <source>store moved → %1</source>
        <translation>資料庫搬移 → %1</translation>
    </message>
    <message>
        <source>Moved %1 to %2: %3 rows with the whole operation log (%4 operations); both hold the same state (digest %5).</source>
        <translation>已將 %1 搬移到 %2：%3 列資料及完整操作紀錄（%4 筆操作）；兩邊狀態相同（摘要 %5）。</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>Assessment (14 days)</source>
        <translation>初評（14天）</translation>
    </message>
    <message>
        <source>Unit&apos;s answer to dispatch (14 days)</source>
        <translation>派案單位回覆（14天）</translation>
    </message>
    <message>
        <source>Closure (6 months after goal)</source>
        <translation>結案（目標達成後6個月）</translation>
    </message>
    <message>
        <source>Follow-up minimum (3 months) ends</source>
        <translation>追蹤輔導滿3個月</translation>
    </message>
    <message>
        <source>Monthly report 表6-1/6-2 (by the 10th)</source>
        <translation>月報表 表6-1/6-2（每月10日前）</translation>
    </message>
    <message>
        <source>Disability certificate expires</source>
        <translation>身心障礙證明到期</translation>
    </message>
    <message>
        <source>Post-employment support extension ends</source>
        <translation>就業後延長支持期滿</translation>
    </message>
    <message>
        <source>Annual work report (by 31 December)</source>
        <translation>年度工作成果報告（12月31日前）</translation>
    </message>
</context>
<context>
    <name>DefinitionLoader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: field %2: %3</source>
        <translation>%1：欄位 %2：%3</translation>
    </message>
    <message>
        <source>a condition needs &quot;field&quot;</source>
        <translation>條件需要 &quot;field&quot;</translation>
    </message>
    <message>
        <source>the id must be lower-case letters, digits and _</source>
        <translation>id 只能包含小寫字母、數字及 _</translation>
    </message>
    <message>
        <source>the label needs a zh text</source>
        <translation>標籤需要中文（zh）文字</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;</source>
        <translation>未知的類型 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>width must be more than 0 and at most 1</source>
        <translation>width 必須大於 0 且不超過 1</translation>
    </message>
    <message>
        <source>min is greater than max</source>
        <translation>min 大於 max</translation>
    </message>
    <message>
        <source>a column of a repeating table cannot be bound</source>
        <translation>重複表格的欄位不能綁定資料</translation>
    </message>
    <message>
        <source>unknown binding &quot;%1&quot;</source>
        <translation>未知的綁定 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the binding %1 does not fit the type %2</source>
        <translation>綁定 %1 與類型 %2 不符</translation>
    </message>
    <message>
        <source>a choice field needs &quot;codes&quot;</source>
        <translation>選項欄位需要 &quot;codes&quot;</translation>
    </message>
    <message>
        <source>unknown code list &quot;%1&quot;</source>
        <translation>未知的代碼表 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a repeating table cannot contain another</source>
        <translation>重複表格不能包含另一個重複表格</translation>
    </message>
    <message>
        <source>a repeating table needs columns</source>
        <translation>重複表格需要欄位（columns）</translation>
    </message>
    <message>
        <source>the id is used twice</source>
        <translation>id 重複使用</translation>
    </message>
    <message>
        <source>sumColumn must name a money or integer column</source>
        <translation>sumColumn 必須是金額或整數欄位</translation>
    </message>
    <message>
        <source>only a repeating table has columns</source>
        <translation>只有重複表格可以有 columns</translation>
    </message>
    <message>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation>%1：位置 %2 的 JSON 格式錯誤：%3</translation>
    </message>
    <message>
        <source>the code list %1 is empty</source>
        <translation>代碼表 %1 是空的</translation>
    </message>
    <message>
        <source>the code list %1 has an empty or repeated code</source>
        <translation>代碼表 %1 有空白或重複的代碼</translation>
    </message>
    <message>
        <source>the form needs an &quot;id&quot;</source>
        <translation>表單需要 &quot;id&quot;</translation>
    </message>
    <message>
        <source>the form needs a &quot;code&quot;</source>
        <translation>表單需要 &quot;code&quot;</translation>
    </message>
    <message>
        <source>the form needs a &quot;version&quot;</source>
        <translation>表單需要 &quot;version&quot;</translation>
    </message>
    <message>
        <source>the form needs a title</source>
        <translation>表單需要標題</translation>
    </message>
    <message>
        <source>the form has no sections</source>
        <translation>表單沒有任何區段</translation>
    </message>
    <message>
        <source>the condition names an unknown field %1</source>
        <translation>條件指向未知欄位 %1</translation>
    </message>
    <message>
        <source>notBefore names an unknown field %1</source>
        <translation>notBefore 指向未知欄位 %1</translation>
    </message>
    <message>
        <source>notBefore applies to dates only</source>
        <translation>notBefore 只適用於日期</translation>
    </message>
    <message>
        <source>%1: cannot read the file</source>
        <translation>%1：無法讀取檔案</translation>
    </message>
    <message>
        <source>%1: the file is larger than 4 MB</source>
        <translation>%1：檔案大於 4 MB</translation>
    </message>
    <message>
        <source>dateFormat is short or long</source>
        <translation>dateFormat 必須是 short 或 long</translation>
    </message>
    <message>
        <source>%1: tableFontSize must lie between 6 and 12 points</source>
        <translation>%1：tableFontSize 必須介於 6 到 12 點之間</translation>
    </message>
    <message>
        <source>caseSumMax applies to money and integer fields</source>
        <translation>caseSumMax 只適用於金額或整數欄位</translation>
    </message>
    <message>
        <source>%1: not the name of a form definition file.</source>
        <translation>%1：不是表單定義檔的名稱。</translation>
    </message>
    <message>
        <source>%1: the file holds %2 version %3.</source>
        <translation>%1：檔案內容是 %2 第 %3 版。</translation>
    </message>
    <message>
        <source>%1: %2 version %3 exists with another text; a change needs a new version.</source>
        <translation>%1：%2 第 %3 版已存在且內容不同；修改須使用新版本。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>無法建立資料夾 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>無法寫入 %1。</translation>
    </message>
    <message>
        <source>step is a number above 0, for a number field</source>
        <translation>step 須為大於 0 的數，且只用於 number 欄位</translation>
    </message>
    <message>
        <source>a column of a table that shows records needs a binding</source>
        <translation>顯示紀錄的表格，其每一欄都須有 binding</translation>
    </message>
    <message>
        <source>%1 has no attribute &quot;%2&quot;</source>
        <translation>%1 沒有屬性「%2」</translation>
    </message>
    <message>
        <source>%1: the file is larger than 1 MB</source>
        <translation>%1：檔案超過 1 MB</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of persons must be between 0 and 1,000,000.</source>
        <translation>人數必須介於 0 到 1,000,000 之間。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The demo dispatch was not stored.</source>
        <translation>示範派案未能儲存。</translation>
    </message>
</context>
<context>
    <name>DeviceKeys</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>加密函式庫無法啟動。</translation>
    </message>
    <message>
        <source>That is not a recipient&apos;s public key.</source>
        <translation>這不是收件者的公開金鑰。</translation>
    </message>
    <message>
        <source>The sealed data is too short.</source>
        <translation>密封資料太短。</translation>
    </message>
    <message>
        <source>The sealed data was not addressed to this device, or was altered.</source>
        <translation>密封資料不是給本裝置的，或已被竄改。</translation>
    </message>
    <message>
        <source>A passphrase needs at least 8 characters.</source>
        <translation>通關密語至少需要 8 個字元。</translation>
    </message>
    <message>
        <source>Not enough memory to protect the keys.</source>
        <translation>記憶體不足，無法保護金鑰。</translation>
    </message>
    <message>
        <source>The stored keys are damaged or from another version.</source>
        <translation>儲存的金鑰已損毀或來自其他版本。</translation>
    </message>
    <message>
        <source>Not enough memory to unlock the keys.</source>
        <translation>記憶體不足，無法解鎖金鑰。</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>通關密語錯誤。</translation>
    </message>
</context>
<context>
    <name>DuplicateRepository</name>
    <message>
        <source>Choose two different person records.</source>
        <translation>請選擇兩筆不同的個案。</translation>
    </message>
    <message>
        <source>One of the two person records does not exist (or was merged already).</source>
        <translation>其中一筆個案不存在（或已被合併）。</translation>
    </message>
    <message>
        <source>Give the reason for the merge.</source>
        <translation>請說明合併的理由。</translation>
    </message>
    <message>
        <source>There is no merge %1.</source>
        <translation>沒有合併紀錄 %1。</translation>
    </message>
    <message>
        <source>This merge was undone already.</source>
        <translation>此合併已經復原。</translation>
    </message>
</context>
<context>
    <name>EnrolmentSlip</name>
    <message>
        <source>The enrolment slip layout is missing.</source>
        <translation>缺少裝置註冊單的格式。</translation>
    </message>
</context>
<context>
    <name>FormInstanceRepository</name>
    <message>
        <source>Cannot start the form: %1</source>
        <translation>無法建立表單：%1</translation>
    </message>
    <message>
        <source>No form with id %1.</source>
        <translation>找不到編號 %1 的表單。</translation>
    </message>
    <message>
        <source>Unknown form status %1.</source>
        <translation>未知的表單狀態 %1。</translation>
    </message>
    <message>
        <source>A form cannot have been started in the future.</source>
        <translation>表單的開始日期不能在未來。</translation>
    </message>
</context>
<context>
    <name>FormPrinter</name>
    <message>
        <source>There is no form to print.</source>
        <translation>沒有可列印的表單。</translation>
    </message>
    <message>
        <source>Cannot start printing.</source>
        <translation>無法開始列印。</translation>
    </message>
    <message>
        <source>Cannot add a page.</source>
        <translation>無法新增頁面。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>FormRecord</name>
    <message>
        <source>The form %1 does not belong to this case.</source>
        <translation>表單 %1 不屬於此案件。</translation>
    </message>
    <message>
        <source>%1: not a valid date.</source>
        <translation>%1：不是有效的日期。</translation>
    </message>
    <message>
        <source>%1 cannot lie in the future.</source>
        <translation>%1 不可晚於今天。</translation>
    </message>
    <message>
        <source>%1 (%2) is before the person&apos;s birth date (%3).</source>
        <translation>%1（%2）早於個案出生日期（%3）。</translation>
    </message>
    <message>
        <source>%1 cannot be before %2 (%3).</source>
        <translation>%1 不可早於 %2（%3）。</translation>
    </message>
    <message>
        <source>%1: enter a whole number.</source>
        <translation>%1：請輸入整數。</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 必須介於 %2 與 %3 之間。</translation>
    </message>
    <message>
        <source>%1: %2 is not one of the choices.</source>
        <translation>%1：%2 不是可選的項目。</translation>
    </message>
    <message>
        <source>%1: choose one.</source>
        <translation>%1：請只選一項。</translation>
    </message>
    <message>
        <source>%1: answer yes or no.</source>
        <translation>%1：請回答是或否。</translation>
    </message>
    <message>
        <source>%1 is not a valid national ID or resident certificate number (check digit).</source>
        <translation>%1 不是有效的身分證統一編號或居留證統一證號（檢查碼不符）。</translation>
    </message>
    <message numerus="yes">
        <source>%1: add at least %n row(s).</source>
        <translation>
            <numerusform>%1：至少需填寫 %n 列。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, row %2: %3 is required.</source>
        <translation>%1 第 %2 列：%3 為必填。</translation>
    </message>
    <message>
        <source>%1: the total NT$%2 is over the limit of NT$%3.</source>
        <translation>%1：合計 NT$%2 超過上限 NT$%3。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 為必填。</translation>
    </message>
    <message>
        <source>The form cannot be marked complete: %1</source>
        <translation>表單無法標示完成：%1</translation>
    </message>
    <message>
        <source>A report is computed from the records and cannot be saved as a form.</source>
        <translation>報表由紀錄計算產生，不能儲存為表單。</translation>
    </message>
    <message>
        <source>%1: with the case&apos;s other forms (NT$%2) the total NT$%3 is over the limit of NT$%4 per case.</source>
        <translation>%1：加上本案其他表單（NT$%2），合計 NT$%3 超過每案上限 NT$%4。</translation>
    </message>
    <message>
        <source>This case will count as 一般性 (general), not 支持性, until %1 is marked complete again; the coach&apos;s supported successes fall with it.</source>
        <translation>在 %1 再次標示完成之前，此案將以一般性（而非支持性）計算，就服員的支持性就業成功數也會隨之減少。</translation>
    </message>
    <message>
        <source>The six tables of this case will not be complete until %1 is marked complete again.</source>
        <translation>在 %1 再次標示完成之前，此案的六表不算完成。</translation>
    </message>
    <message>
        <source>%1 will count as not complete until it is marked complete again.</source>
        <translation>在再次標示完成之前，%1 將視為未完成。</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1，第 %2 列：%3</translation>
    </message>
    <message>
        <source>%1: enter a number.</source>
        <translation>%1：請輸入數字。</translation>
    </message>
    <message>
        <source>%1: enter it in steps of %2.</source>
        <translation>%1：請以 %2 為單位輸入。</translation>
    </message>
    <message>
        <source>%1 comes from the placement record: record the placement in the Supported employment tab first.</source>
        <translation>%1 取自推介就業紀錄：請先在「支持性就業」分頁登錄推介就業。</translation>
    </message>
</context>
<context>
    <name>GroupRepository</name>
    <message>
        <source>Name the group.</source>
        <translation>請輸入群組名稱。</translation>
    </message>
    <message>
        <source>Choose the job coach who leads the group.</source>
        <translation>請選擇帶領群組的就業服務員。</translation>
    </message>
    <message>
        <source>Enter the day the group began; it cannot lie in the future.</source>
        <translation>請輸入群組開始日期，不可晚於今天。</translation>
    </message>
    <message>
        <source>The case is in this group already.</source>
        <translation>此案件已在群組中。</translation>
    </message>
    <message>
        <source>There is no such case.</source>
        <translation>沒有此案件。</translation>
    </message>
    <message>
        <source>Enter the day the person joined; it cannot lie in the future.</source>
        <translation>請輸入加入日期，不可晚於今天。</translation>
    </message>
    <message>
        <source>Enter the day of the session; it cannot lie in the future.</source>
        <translation>請輸入場次日期，不可晚於今天。</translation>
    </message>
    <message>
        <source>Enter how many persons took part (1 to 50).</source>
        <translation>請輸入參加人數（1 至 50）。</translation>
    </message>
    <message>
        <source>Cannot read the groups.</source>
        <translation>無法讀取群組資料。</translation>
    </message>
</context>
<context>
    <name>GroupWork</name>
    <message>
        <source>There is no case %1.</source>
        <translation>沒有案件 %1。</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Choose two job coaches: the one leaving and the successor.</source>
        <translation>請選擇兩位就業服務員：移交人與接任者。</translation>
    </message>
    <message>
        <source>A coach&apos;s cases are handed over to another coach.</source>
        <translation>個案須移交給另一位就業服務員。</translation>
    </message>
    <message>
        <source>Only the supervisor of %1&apos;s unit or the bureau hands over %1&apos;s cases.</source>
        <translation>只有 %1 所屬單位的督導或勞動局可以移交 %1 的個案。</translation>
    </message>
    <message>
        <source>The handover list&apos;s layout is missing.</source>
        <translation>找不到交接清冊的版面定義。</translation>
    </message>
    <message>
        <source>%1 has no open cases to hand over.</source>
        <translation>%1 沒有可移交的進行中個案。</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s)</source>
        <translation>
            <numerusform>進行中個案 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HolidayCalendar</name>
    <message>
        <source>%1: not valid JSON: %2</source>
        <translation>%1：JSON 格式錯誤：%2</translation>
    </message>
    <message>
        <source>%1: %2 is not a year</source>
        <translation>%1：%2 不是年份</translation>
    </message>
    <message>
        <source>%1: %2 is not a date of %3</source>
        <translation>%1：%2 不是 %3 年的日期</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>MinimumWage</name>
    <message>
        <source>%1: not valid JSON: %2</source>
        <translation>%1：JSON 格式錯誤：%2</translation>
    </message>
    <message>
        <source>%1: each rate needs a day (from) and a monthly and an hourly amount above 0.</source>
        <translation>%1：每筆費率須有生效日（from）及大於 0 的月薪與時薪。</translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message>
        <source>&quot;%1&quot; is not a month: write the ROC year and the month, for example 107-05.</source>
        <translation>「%1」不是月份：請填民國年與月，例如 107-05。</translation>
    </message>
    <message>
        <source>Cannot read the units and staff.</source>
        <translation>無法讀取單位及人員資料。</translation>
    </message>
    <message>
        <source>There is no unit %1.</source>
        <translation>沒有單位 %1。</translation>
    </message>
    <message>
        <source>Cannot read the workplace-adaptation services.</source>
        <translation>無法讀取職場適應服務紀錄。</translation>
    </message>
    <message>
        <source>Cannot read the job-redesign reports.</source>
        <translation>無法讀取職務再設計成果報告。</translation>
    </message>
</context>
<context>
    <name>MonthlyReportForms</name>
    <message>
        <source>The report layouts 表6-1 and 表6-2 are missing: %1</source>
        <translation>缺少表6-1及表6-2的報表格式：%1</translation>
    </message>
    <message>
        <source>The layout of the annual report is missing.</source>
        <translation>缺少年度工作成果報告的版面。</translation>
    </message>
    <message>
        <source>Plan year %1 has not begun.</source>
        <translation>%1 計畫年度尚未開始。</translation>
    </message>
</context>
<context>
    <name>PastView</name>
    <message>
        <source>Another view of the past is open on this store.</source>
        <translation>此資料庫已開啟另一個過去時點的檢視。</translation>
    </message>
    <message>
        <source>Cannot read the operation log: %1</source>
        <translation>無法讀取操作紀錄：%1</translation>
    </message>
    <message>
        <source>Cannot open the view of the past: %1</source>
        <translation>無法開啟過去時點的檢視：%1</translation>
    </message>
</context>
<context>
    <name>PerformanceReport</name>
    <message>
        <source>%1 is not a plan year.</source>
        <translation>%1 不是計畫年度。</translation>
    </message>
    <message>
        <source>Cannot read the units and staff.</source>
        <translation>無法讀取單位及人員資料。</translation>
    </message>
    <message>
        <source>×2: remote district (偏鄉) %1</source>
        <translation>×2：偏鄉（%1）</translation>
    </message>
    <message>
        <source>×2: 附表1 completed %1 (%2 indicators)</source>
        <translation>×2：附表1 於 %1 完成（符合 %2 項指標）</translation>
    </message>
    <message>
        <source>附表1 completed %1 decides that the criteria are not met</source>
        <translation>附表1 於 %1 完成，認定結果為不符合</translation>
    </message>
    <message>
        <source>附表1 completed %1 has %2 indicators; %3 are needed</source>
        <translation>附表1 於 %1 完成，符合 %2 項指標；須達 %3 項</translation>
    </message>
    <message>
        <source>group model: counted under P-07, not in the individual targets</source>
        <translation>群組服務模式：依 P-07 計算，不列入個別服務模式目標</translation>
    </message>
    <message>
        <source>old case: opened %1, before the plan year</source>
        <translation>舊案：%1 開案，早於本計畫年度</translation>
    </message>
    <message>
        <source>new case: opened %1</source>
        <translation>新案：%1 開案</translation>
    </message>
    <message>
        <source>×1: %1</source>
        <translation>×1：%1</translation>
    </message>
    <message>
        <source>placed %1</source>
        <translation>%1 推介成功</translation>
    </message>
    <message>
        <source>not a placement: %1</source>
        <translation>不計推介成功：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) of intensive support</source>
        <translation>
            <numerusform>密集輔導 %n 個工作天</numerusform>
        </translation>
    </message>
    <message>
        <source> (provisional: no holiday calendar for %1)</source>
        <translation>（暫定：缺 %1 年行事曆）</translation>
    </message>
    <message>
        <source>supported success %1: %2, six tables complete</source>
        <translation>%1 支持性就業成功：%2，六表完成</translation>
    </message>
    <message>
        <source>the six tables are not all complete</source>
        <translation>六表未全部完成</translation>
    </message>
    <message>
        <source>general success %1: %2</source>
        <translation>%1 一般性就業成功：%2</translation>
    </message>
    <message>
        <source>not a success: %1</source>
        <translation>不計就業成功：%1</translation>
    </message>
    <message>
        <source>conversion capped by the two-thirds rule: %1 of %2 conversions used</source>
        <translation>換算受三分之二規定限制：%2 人中採計 %1 人</translation>
    </message>
    <message>
        <source>%1 general credits convert to %2 supported (%3:1)</source>
        <translation>一般性就業成功 %1 人折算支持性 %2 人（%3:1）</translation>
    </message>
    <message numerus="yes">
        <source>not counted: %n old case(s) over the share of old cases</source>
        <translation>
            <numerusform>未採計：超過舊案比例的舊案 %n 案</numerusform>
        </translation>
    </message>
    <message>
        <source>placement target lowered by %1 for %2 persons given workplace-adaptation service</source>
        <translation>提供 %2 人職場適應服務，推介成功目標減 %1 人</translation>
    </message>
    <message numerus="yes">
        <source>%n more placement credit(s) to reach %1</source>
        <translation>
            <numerusform>尚須推介成功 %n 人次才達 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more supported success(es) to reach %1</source>
        <translation>
            <numerusform>尚須支持性就業成功 %n 人才達 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>supported successes are %1 of %2, under the share of %3/%4</source>
        <translation>支持性就業成功占 %2 人中 %1 人，未達 %3/%4</translation>
    </message>
    <message numerus="yes">
        <source>%n more case(s) to reach the caseload of %1</source>
        <translation>
            <numerusform>尚須 %n 案才達服務量 %1 案</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>請輸入姓名。</translation>
    </message>
    <message>
        <source>Choose the person&apos;s sex.</source>
        <translation>請選擇性別。</translation>
    </message>
    <message>
        <source>Enter a valid birth date.</source>
        <translation>請輸入有效的出生日期。</translation>
    </message>
    <message>
        <source>The birth date lies in the future.</source>
        <translation>出生日期不可晚於今天。</translation>
    </message>
    <message>
        <source>The birth date is more than 120 years ago.</source>
        <translation>出生日期早於120年前。</translation>
    </message>
    <message>
        <source>Enter the national ID or resident certificate number.</source>
        <translation>請輸入身分證統一編號或居留證統一證號。</translation>
    </message>
    <message>
        <source>%1 is not a valid national ID or resident certificate number (check digit).</source>
        <translation>%1 不是有效的身分證統一編號或居留證統一證號（檢查碼不符）。</translation>
    </message>
    <message>
        <source>Unknown district %1.</source>
        <translation>未知的行政區 %1。</translation>
    </message>
    <message>
        <source>Unknown education level %1.</source>
        <translation>未知的教育程度 %1。</translation>
    </message>
    <message>
        <source>Unknown certificate kind %1.</source>
        <translation>未知的證明種類 %1。</translation>
    </message>
    <message>
        <source>Unknown disability category %1.</source>
        <translation>未知的障礙類別 %1。</translation>
    </message>
    <message>
        <source>Choose at least one disability category.</source>
        <translation>請至少選擇一個障礙類別。</translation>
    </message>
    <message>
        <source>Unknown severity %1.</source>
        <translation>未知的障礙等級 %1。</translation>
    </message>
    <message>
        <source>Unknown identity tag %1.</source>
        <translation>未知的身分別 %1。</translation>
    </message>
    <message>
        <source>No person with id %1.</source>
        <translation>找不到編號 %1 的個案。</translation>
    </message>
</context>
<context>
    <name>PlanYearRulesLoader</name>
    <message>
        <source>%1: not valid JSON: %2</source>
        <translation>%1：JSON 格式錯誤：%2</translation>
    </message>
    <message>
        <source>%1 must be a whole number of 0 or more</source>
        <translation>%1 必須是 0 以上的整數</translation>
    </message>
    <message>
        <source>%1 must be a fraction {num, den} between 0 and 1</source>
        <translation>%1 必須是介於 0 與 1 之間的分數 {num, den}</translation>
    </message>
    <message>
        <source>planYear is missing</source>
        <translation>缺少 planYear</translation>
    </message>
    <message>
        <source>conversionRatio must be at least 1</source>
        <translation>conversionRatio 至少為 1</translation>
    </message>
    <message>
        <source>ratioReading must be &quot;credited&quot; or &quot;raw&quot;</source>
        <translation>ratioReading 必須是 &quot;credited&quot; 或 &quot;raw&quot;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>There are no counting rules for plan year %1.</source>
        <translation>沒有 %1 年度的績效計算規則。</translation>
    </message>
    <message>
        <source>%1 is not a plan year (an ROC year such as 107).</source>
        <translation>%1 不是計畫年度（請用民國年，例如 107）。</translation>
    </message>
    <message>
        <source>highSupport needs its decision {field, meets} and its indicators</source>
        <translation>highSupport 須有認定結果 {field, meets} 及其指標</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Stopped: nothing was changed.</source>
        <translation>已停止：未做任何變更。</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>There is no table to export.</source>
        <translation>沒有可匯出的表格。</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder does not exist.</source>
        <translation>無法寫入 %1：資料夾不存在。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>無法寫入 %1。</translation>
    </message>
    <message>
        <source>Cannot add the sheet %1.</source>
        <translation>無法新增工作表 %1。</translation>
    </message>
</context>
<context>
    <name>ReportFilings</name>
    <message>
        <source>The report of %1 can be filed once the month has ended (after %2).</source>
        <translation>%1 月報須待該月結束（%2 之後）才能報送。</translation>
    </message>
    <message>
        <source>The report of %1 was filed on %2 by %3; it prints as filed. Print it with today&apos;s records (--current) for a correction.</source>
        <translation>%1 月報已於 %2 由 %3 報送，列印時依報送時之紀錄。如需更正版，請依今日紀錄列印（--current）。</translation>
    </message>
    <message>
        <source>Cannot record the filing: %1</source>
        <translation>無法記錄報送：%1</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Save the report as .pdf, .xlsx or .csv.</source>
        <translation>請將報告存為 .pdf、.xlsx 或 .csv。</translation>
    </message>
    <message>
        <source>annual report %1 → %2</source>
        <translation>%1 年度工作報告 → %2</translation>
    </message>
    <message>
        <source>Another unit&apos;s report is its own supervisor&apos;s or the bureau&apos;s to read.</source>
        <translation>其他單位的報表由該單位督導或勞動局查閱。</translation>
    </message>
    <message>
        <source>Filing and the unit&apos;s annual report are the supervisor&apos;s: a job coach sees their own figures.</source>
        <translation>報送與單位年度報告由督導辦理；就業服務員僅能查看自己的數據。</translation>
    </message>
    <message>
        <source>monthly report %1 → %2</source>
        <translation>月報 %1 → %2</translation>
    </message>
    <message>
        <source>Another coach&apos;s figures are their supervisor&apos;s or the bureau&apos;s to read.</source>
        <translation>其他就業服務員的數據由其督導或勞動局查閱。</translation>
    </message>
    <message>
        <source>Save the performance table as .xlsx or .csv.</source>
        <translation>請將績效表存成 .xlsx 或 .csv。</translation>
    </message>
    <message>
        <source>Performance of plan year %1</source>
        <translation>%1 計畫年度績效</translation>
    </message>
    <message>
        <source>Counted by the rules of plan year %1</source>
        <translation>依 %1 計畫年度規則計算</translation>
    </message>
    <message>
        <source>Job coach</source>
        <translation>就業服務員</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Placements (推介成功)</source>
        <translation>推介成功</translation>
    </message>
    <message>
        <source>Placement target</source>
        <translation>推介成功目標</translation>
    </message>
    <message>
        <source>Supported successes</source>
        <translation>支持性就業成功</translation>
    </message>
    <message>
        <source>Supported target</source>
        <translation>支持性就業成功目標</translation>
    </message>
    <message>
        <source>Supported share (%)</source>
        <translation>支持性就業比例（%）</translation>
    </message>
    <message>
        <source>Cases served</source>
        <translation>服務案量</translation>
    </message>
    <message>
        <source>Cases target</source>
        <translation>服務案量目標</translation>
    </message>
    <message>
        <source>performance table %1 → %2</source>
        <translation>績效表 %1 → %2</translation>
    </message>
</context>
<context>
    <name>ServiceRecords</name>
    <message>
        <source>The placement is no longer on record.</source>
        <translation>這筆推介就業紀錄已不存在。</translation>
    </message>
</context>
<context>
    <name>ServiceRepository</name>
    <message>
        <source>Enter the employer&apos;s name.</source>
        <translation>請輸入雇主名稱。</translation>
    </message>
    <message>
        <source>The number of employees must be between 1 and 1,000,000.</source>
        <translation>員工人數必須介於 1 到 1,000,000。</translation>
    </message>
    <message>
        <source>A tax ID (統一編號) has 8 digits.</source>
        <translation>統一編號為 8 位數字。</translation>
    </message>
    <message>
        <source>Unknown district %1.</source>
        <translation>未知的行政區 %1。</translation>
    </message>
    <message>
        <source>No employer with id %1.</source>
        <translation>找不到編號 %1 的雇主。</translation>
    </message>
    <message>
        <source>The service model is individual or group.</source>
        <translation>服務模式須為個別或群組。</translation>
    </message>
    <message>
        <source>The case %1 has no supported-employment profile.</source>
        <translation>案件 %1 尚無支持性就業開案資料。</translation>
    </message>
    <message>
        <source>Choose the employer of the placement.</source>
        <translation>請選擇推介就業的雇主。</translation>
    </message>
    <message>
        <source>Enter the first day at work.</source>
        <translation>請輸入到職日。</translation>
    </message>
    <message>
        <source>Weekly hours must be between 1 and 84.</source>
        <translation>每週工時必須介於 1 到 84 小時。</translation>
    </message>
    <message>
        <source>The wage cannot be negative.</source>
        <translation>薪資不可為負數。</translation>
    </message>
    <message>
        <source>The employment cannot end before it starts.</source>
        <translation>離職日不可早於到職日。</translation>
    </message>
    <message>
        <source>Unknown kind of employment evidence %1.</source>
        <translation>未知的就業證明種類 %1。</translation>
    </message>
    <message>
        <source>Cannot save the placement: %1</source>
        <translation>無法儲存推介就業資料：%1</translation>
    </message>
    <message>
        <source>Enter the day of the support.</source>
        <translation>請輸入輔導日期。</translation>
    </message>
    <message>
        <source>The day of the support lies in the future.</source>
        <translation>輔導日期不可晚於今天。</translation>
    </message>
    <message>
        <source>Cannot save the support day: %1</source>
        <translation>無法儲存輔導紀錄：%1</translation>
    </message>
    <message>
        <source>Enter the day of the follow-up; it cannot lie in the future.</source>
        <translation>請輸入追蹤日期，且不可晚於今天。</translation>
    </message>
    <message>
        <source>Choose how the follow-up was made.</source>
        <translation>請選擇追蹤方式。</translation>
    </message>
    <message>
        <source>Choose the person&apos;s employment status.</source>
        <translation>請選擇個案的就業狀況。</translation>
    </message>
    <message>
        <source>Cannot save the follow-up: %1</source>
        <translation>無法儲存追蹤紀錄：%1</translation>
    </message>
    <message>
        <source>Only service records can be withdrawn here.</source>
        <translation>這裡只能撤回服務紀錄。</translation>
    </message>
    <message>
        <source>The record was withdrawn already.</source>
        <translation>此紀錄已撤回。</translation>
    </message>
    <message>
        <source>Enter the day the adaptation service began; it cannot lie in the future.</source>
        <translation>請輸入職場適應服務開始日期，不可晚於今天。</translation>
    </message>
    <message>
        <source>The service cannot end before it begins.</source>
        <translation>服務結束日期不可早於開始日期。</translation>
    </message>
    <message>
        <source>Cannot save the adaptation service: %1</source>
        <translation>無法儲存職場適應服務：%1</translation>
    </message>
    <message>
        <source>An extension follows the closure of the case: close the case first.</source>
        <translation>延長支持服務須在結案之後：請先結案。</translation>
    </message>
    <message>
        <source>The extension begins on or after the closure (%1) and not in the future.</source>
        <translation>延長支持自結案日（%1）起算，且不可晚於今天。</translation>
    </message>
    <message>
        <source>An extension ends at the latest 18 months after the closure, on %1.</source>
        <translation>延長支持最遲於結案後18個月結束，即 %1。</translation>
    </message>
    <message>
        <source>Choose what was done: plan, home assessment, visit or follow-up.</source>
        <translation>請選擇項目：計畫、居家評估、家訪或追蹤。</translation>
    </message>
    <message>
        <source>Enter the day; it cannot lie in the future.</source>
        <translation>請輸入日期，不可晚於今天。</translation>
    </message>
    <message>
        <source>Home employment starts with its plan: record the plan first.</source>
        <translation>居家就業須先有計畫：請先登錄計畫。</translation>
    </message>
    <message>
        <source>After the closure (%1) only follow-up is recorded.</source>
        <translation>結案（%1）後只能登錄追蹤。</translation>
    </message>
    <message>
        <source>employed before the service (%1): counts toward 就業成功 only</source>
        <translation>服務前已就業（%1）：只計入就業成功</translation>
    </message>
    <message>
        <source>%1 hours a week: 就業成功 needs at least %2</source>
        <translation>每週 %1 小時：就業成功須至少 %2 小時</translation>
    </message>
    <message>
        <source>wage NT$%1 for %2 hours a week is below the minimum wage of %3 (NT$%4)</source>
        <translation>每週 %2 小時之薪資 NT$%1 低於 %3 的最低工資（NT$%4）</translation>
    </message>
    <message>
        <source>Hours of support are counted in half hours, more than 0 and at most 24.</source>
        <translation>輔導時數以半小時為單位，須大於 0 且不超過 24。</translation>
    </message>
    <message>
        <source>The place of support is the workplace or other.</source>
        <translation>輔導地點須為職場或其他。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Demo store: sign in as admin (everything), 陳怡君 (a job coach), 蔡督導 (a supervisor) or 倪美玲 (the north window), password %1.</source>
        <translation>示範資料庫：可用 admin（全部）、陳怡君（就業服務員）、蔡督導（督導）或倪美玲（北區窗口）登入，密碼 %1。</translation>
    </message>
    <message>
        <source>(The attempt could not be kept in the audit trail: %1)</source>
        <translation>（此次嘗試未能記入稽核軌跡：%1）</translation>
    </message>
    <message>
        <source>The sign-in could not be kept in the audit trail, so nothing is shown: %1</source>
        <translation>登入未能記入稽核軌跡，因此不顯示任何資料：%1</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>The store is in use by another program; try again in a moment.</source>
        <translation>資料庫正由另一個程式使用中，請稍後再試。</translation>
    </message>
    <message>
        <source>The file is not a Casebook store.</source>
        <translation>此檔案不是 Casebook 資料庫。</translation>
    </message>
    <message>
        <source>The store could not carry out the request; nothing was changed.</source>
        <translation>資料庫無法完成這項要求，未做任何變更。</translation>
    </message>
    <message>
        <source>The store is damaged or has been altered: nothing was changed. Run &quot;casebook-cli check&quot; and restore the last backup.</source>
        <translation>資料庫已損壞或遭竄改：未做任何變更。請執行「casebook-cli check」並還原最近的備份。</translation>
    </message>
</context>
<context>
    <name>StaleWrites</name>
    <message>
        <source>(empty)</source>
        <translation>（空白）</translation>
    </message>
    <message>
        <source>%1: %2 changed it to %3 meanwhile; you left it as it was, so theirs is kept.</source>
        <translation>%1：%2 在這段期間改為 %3；您未更動此欄，保留對方的值。</translation>
    </message>
    <message>
        <source>%1: you saw %2, %3 changed it to %4 meanwhile, and you saved %5. Both are kept: decide which stands under Sync › Conflicts.</source>
        <translation>%1：您看到的是 %2，%3 在這段期間改為 %4，您存的是 %5。兩個值都已保留，請在「同步 › 衝突」中決定採用哪一個。</translation>
    </message>
    <message>
        <source>Changed at another desk</source>
        <translation>已在其他電腦上被修改</translation>
    </message>
    <message>
        <source>Someone else changed this record while you were editing it. Nothing is lost: where you both changed a field, both values are kept until a person decides.</source>
        <translation>您編輯期間，有其他人修改了這筆資料。資料不會遺失：雙方都改過的欄位，兩個值都會保留，直到有人決定。</translation>
    </message>
    <message>
        <source>Someone else changed this record while you were editing it. Your changes are saved, and theirs are kept.</source>
        <translation>您編輯期間，有其他人修改了這筆資料。您的修改已儲存，對方的修改也保留。</translation>
    </message>
</context>
<context>
    <name>StoreAccess</name>
    <message>
        <source>The store %1 has no accounts yet: it acts as its device.</source>
        <translation>資料庫 %1 尚無帳號：以裝置身分運作。</translation>
    </message>
    <message>
        <source>The store&apos;s key could not be made.</source>
        <translation>無法產生資料庫金鑰。</translation>
    </message>
    <message>
        <source>The store&apos;s key is not at hand.</source>
        <translation>目前無法取得資料庫金鑰。</translation>
    </message>
    <message>
        <source>password of %1 recovered by the bureau</source>
        <translation>勞動局已復原 %1 的密碼</translation>
    </message>
    <message>
        <source>%1: %2 attempt(s) while the store was locked</source>
        <translation>%1：鎖定期間嘗試 %2 次</translation>
    </message>
</context>
<context>
    <name>StoreConversion</name>
    <message>
        <source>The store&apos;s encryption could not start.</source>
        <translation>資料庫加密功能無法啟動。</translation>
    </message>
    <message>
        <source>Cannot write the encrypted copy %1.</source>
        <translation>無法寫入加密副本 %1。</translation>
    </message>
    <message>
        <source>The encrypted copy could not be made: %1</source>
        <translation>無法建立加密副本：%1</translation>
    </message>
    <message>
        <source>The encrypted copy does not match the store; the store is left as it was.</source>
        <translation>加密副本與資料庫內容不符；資料庫維持原狀。</translation>
    </message>
    <message>
        <source>The encrypted copy could not replace the store: %1</source>
        <translation>加密副本無法取代原資料庫：%1</translation>
    </message>
    <message>
        <source>%1 exists already: choose a new file.</source>
        <translation>%1 已存在：請選擇新的檔案。</translation>
    </message>
    <message>
        <source>The plain copy could not be written: %1</source>
        <translation>無法寫入未加密副本：%1</translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message>
        <source>%1 is a store already: a store is moved only into a new, empty one.</source>
        <translation>%1 已是資料庫：資料庫只能搬移到新的空白資料庫。</translation>
    </message>
    <message>
        <source>%1 holds no store to move.</source>
        <translation>%1 沒有可搬移的資料庫。</translation>
    </message>
    <message>
        <source>The table %1 of %2 has no place in %3: update Casebook where it is moved to.</source>
        <translation>%2 的資料表 %1 在 %3 沒有對應：請先更新目的地的 Casebook。</translation>
    </message>
    <message>
        <source>The table %1 of %2 has columns that %3 lacks: update Casebook where it is moved to.</source>
        <translation>%2 的資料表 %1 有 %3 缺少的欄位：請先更新目的地的 Casebook。</translation>
    </message>
    <message>
        <source>Cannot copy a row of %1: %2</source>
        <translation>無法複製 %1 的一列資料：%2</translation>
    </message>
    <message>
        <source>The copy in %1 would not hold the same state as %2: nothing was kept.</source>
        <translation>%1 的副本與 %2 狀態不同：未保留任何資料。</translation>
    </message>
</context>
<context>
    <name>StoreKeys</name>
    <message>
        <source>The store %1 is not encrypted.</source>
        <translation>資料庫 %1 未加密。</translation>
    </message>
    <message>
        <source>The key slots of %1 are damaged.</source>
        <translation>%1 的金鑰欄位已損壞。</translation>
    </message>
    <message>
        <source>The name or the password is not right.</source>
        <translation>帳號或密碼不正確。</translation>
    </message>
    <message>
        <source>The password could not be turned into a key.</source>
        <translation>無法由密碼產生金鑰。</translation>
    </message>
    <message>
        <source>This store&apos;s recovery key is not this device&apos;s: only its enroller can recover it.</source>
        <translation>此資料庫的復原金鑰不屬於本裝置：只有註冊它的單位能復原。</translation>
    </message>
    <message>
        <source>The key slots of %1 could not be written.</source>
        <translation>無法寫入 %1 的金鑰欄位。</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>無法啟動加密函式庫。</translation>
    </message>
</context>
<context>
    <name>SyncCover</name>
    <message>
        <source>The cover sheet layout is missing.</source>
        <translation>缺少同步包封面的格式。</translation>
    </message>
</context>
<context>
    <name>SyncDecisions</name>
    <message>
        <source>Person %1</source>
        <translation>個案 %1</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>案件 %1</translation>
    </message>
</context>
<context>
    <name>SyncExchange</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>This store has its keys already.</source>
        <translation>此資料庫已有金鑰。</translation>
    </message>
    <message>
        <source>No keys were made: the passphrases were empty or did not match.</source>
        <translation>未建立金鑰：通關密語空白或兩次不一致。</translation>
    </message>
    <message>
        <source>This store has no keys yet: Sync → Create device keys (or casebook-cli keys init).</source>
        <translation>此資料庫尚無金鑰：請用「同步 → 建立裝置金鑰」（或 casebook-cli keys init）。</translation>
    </message>
    <message>
        <source>%1 holds no form definition (*.json)</source>
        <translation>%1 中沒有表單定義（*.json）</translation>
    </message>
    <message>
        <source>This is an enrolment file, not a bundle: accept it explicitly (Sync → Accept enrolment, or casebook-cli enroll accept FILE) after comparing the enroller&apos;s fingerprint.</source>
        <translation>這是註冊檔，不是同步包：請先比對註冊者的指紋碼，再明確接受（同步 → 接受註冊，或 casebook-cli enroll accept FILE）。</translation>
    </message>
    <message>
        <source>bundle → %1</source>
        <translation>同步包 → %1</translation>
    </message>
    <message>
        <source>bundle for %1 → %2</source>
        <translation>給 %1 的同步包 → %2</translation>
    </message>
    <message>
        <source>The store is not encrypted: give the passphrase.</source>
        <translation>資料庫未加密：請輸入通關密語。</translation>
    </message>
    <message>
        <source>Give the passphrase once on this store.</source>
        <translation>請在此資料庫輸入一次通關密語。</translation>
    </message>
    <message>
        <source>This store has no device keys yet. First: Sync → Create device keys; then Sync → Export this device&apos;s identity and give the file to the bureau (or your unit), who enrol it; then Sync → Accept an enrolment with the file they give back.</source>
        <translation>此資料庫尚未建立裝置金鑰。請先：同步 → 建立裝置金鑰；再以 同步 → 匯出本裝置身分，把檔案交給勞動局（或所屬單位）註冊；然後以 同步 → 接受註冊 匯入對方交回的檔案。</translation>
    </message>
    <message>
        <source>This store trusts no other store yet, so there is no one to send a bundle to. First: Sync → Export this device&apos;s identity and give the file to the bureau (or your unit), who enrol it; then Sync → Accept an enrolment with the file they give back, comparing the twelve groups of digits.</source>
        <translation>此資料庫尚未信任任何其他資料庫，同步包無處可送。請先：同步 → 匯出本裝置身分，把檔案交給勞動局（或所屬單位）註冊；然後以 同步 → 接受註冊 匯入對方交回的檔案，並核對十二組數字。</translation>
    </message>
</context>
<context>
    <name>SyncRepository</name>
    <message>
        <source>This store has no keys yet: create them first (keys init).</source>
        <translation>此資料庫尚未建立金鑰，請先建立（keys init）。</translation>
    </message>
    <message>
        <source>A store cannot enrol itself.</source>
        <translation>資料庫不能註冊自己。</translation>
    </message>
    <message>
        <source>Device %1 is known with another key; it is not trusted with a new one.</source>
        <translation>裝置 %1 已以其他金鑰登錄，不信任新的金鑰。</translation>
    </message>
    <message>
        <source>The enrolment file is damaged.</source>
        <translation>註冊檔已損毀。</translation>
    </message>
    <message>
        <source>The enrolment certificate does not match: it was altered or forged.</source>
        <translation>註冊憑證不符：已被竄改或偽造。</translation>
    </message>
    <message>
        <source>The enrolment is for another store.</source>
        <translation>此註冊檔是給其他資料庫的。</translation>
    </message>
    <message>
        <source>This store trusts no other store yet: enrol it first.</source>
        <translation>此資料庫尚未信任任何其他資料庫，請先完成註冊。</translation>
    </message>
    <message>
        <source>Operation %1 of device %2 arrived with other content than before: the bundle was altered. It is quarantined.</source>
        <translation>裝置 %2 的第 %1 筆操作內容與先前不同：同步包已被竄改，已隔離。</translation>
    </message>
    <message>
        <source>Decided by %1</source>
        <translation>由 %1 決定</translation>
    </message>
    <message>
        <source>The bundle comes from a newer version of Casebook (schema %1; this version knows up to %2). Update Casebook first.</source>
        <translation>同步包來自較新版本的 Casebook（結構版本 %1；本版本最多支援 %2），請先更新 Casebook。</translation>
    </message>
    <message>
        <source>The bundle is signed by %1, a store this one has not enrolled or been enrolled by.</source>
        <translation>同步包由 %1 簽署，但此資料庫與其沒有註冊關係。</translation>
    </message>
    <message>
        <source>The bundle is signed by %1, whose device was revoked.</source>
        <translation>同步包由 %1 簽署，該裝置已被撤銷。</translation>
    </message>
    <message>
        <source>This bundle was quarantined before; it is not imported.</source>
        <translation>此同步包先前已被隔離，不予匯入。</translation>
    </message>
    <message>
        <source>The store&apos;s list of held operations is damaged.</source>
        <translation>資料庫中等待套用的操作清單已損毀。</translation>
    </message>
    <message>
        <source>There is no conflict %1.</source>
        <translation>沒有衝突 %1。</translation>
    </message>
    <message>
        <source>The conflict %1 is decided already.</source>
        <translation>衝突 %1 已經決定。</translation>
    </message>
    <message>
        <source>Choose one of the two values: &quot;%1&quot; or &quot;%2&quot;.</source>
        <translation>請在兩個值中選一個：「%1」或「%2」。</translation>
    </message>
    <message>
        <source>Give the reason for the decision.</source>
        <translation>請說明決定的理由。</translation>
    </message>
    <message>
        <source>No device %1 was enrolled by this store.</source>
        <translation>此資料庫沒有註冊過裝置 %1。</translation>
    </message>
    <message>
        <source>The bundle is cut short or damaged.</source>
        <translation>同步包不完整或已損毀。</translation>
    </message>
    <message>
        <source>This store has enrolled no device to send definitions to.</source>
        <translation>此資料庫尚未註冊任何可接收表單定義的裝置。</translation>
    </message>
    <message>
        <source>There is no file to send.</source>
        <translation>沒有可傳送的檔案。</translation>
    </message>
    <message>
        <source>Form definitions are accepted only from the store that enrolled this one.</source>
        <translation>只接受註冊本資料庫的單位所送來的表單定義。</translation>
    </message>
    <message>
        <source>There is no unit %1.</source>
        <translation>沒有單位 %1。</translation>
    </message>
    <message>
        <source>Device %1 was revoked; a revocation is final (enrol a new identity instead).</source>
        <translation>裝置 %1 已被撤銷；撤銷不可回復（請改為註冊新的身分）。</translation>
    </message>
    <message>
        <source>Device %1 is known through another store&apos;s enrolment; it is not enrolled here again.</source>
        <translation>裝置 %1 係經其他資料庫的註冊而得知，不在此重新註冊。</translation>
    </message>
    <message>
        <source>Device %1 is enrolled already with another role or scope; an enrolment is not widened or changed. Revoke it and enrol a new identity.</source>
        <translation>裝置 %1 已以其他角色或範圍註冊；註冊不可擴大或變更。請撤銷後註冊新的身分。</translation>
    </message>
    <message>
        <source>This store was enrolled by %1 already; a store has one enroller, a second one is refused.</source>
        <translation>此資料庫已由 %1 註冊；一個資料庫只有一個註冊者，拒絕第二個。</translation>
    </message>
    <message>
        <source>The file is not a Casebook enrolment (of this version).</source>
        <translation>此檔案不是（本版本的）Casebook 註冊檔。</translation>
    </message>
    <message>
        <source>The keys given are not this store&apos;s.</source>
        <translation>所給的金鑰不屬於此資料庫。</translation>
    </message>
    <message>
        <source>A device is enrolled for a unit or for a coach, not both.</source>
        <translation>裝置只能註冊給一個單位或一位就業服務員，不能兩者皆是。</translation>
    </message>
    <message>
        <source>There is no staff member %1.</source>
        <translation>沒有人員 %1。</translation>
    </message>
    <message>
        <source>The fingerprint given does not match the enroller&apos;s (%1): compare it with the enroller&apos;s screen or slip again. Nothing was changed.</source>
        <translation>所給的指紋碼與註冊者的（%1）不符：請再與註冊者螢幕或列印單比對。未做任何變更。</translation>
    </message>
    <message>
        <source>A bureau store is the root of its trust: no other store enrols it.</source>
        <translation>勞動局資料庫是信任的根源：不由其他資料庫註冊。</translation>
    </message>
    <message>
        <source>%1 is a device this store enrolled or knows through another; it cannot become this store&apos;s enroller.</source>
        <translation>%1 是本資料庫註冊或經他處得知的裝置，不能成為本資料庫的註冊者。</translation>
    </message>
    <message>
        <source>This store&apos;s enrolment is not widened or changed.</source>
        <translation>本資料庫的註冊範圍不可擴大或變更。</translation>
    </message>
    <message>
        <source>No device %1 was enrolled by this store for one unit or one coach.</source>
        <translation>本資料庫沒有為單一單位或就業服務員註冊裝置 %1。</translation>
    </message>
    <message>
        <source>The bundle carries operation %1 under this store&apos;s own device id, which this store never wrote: it was forged. It is quarantined.</source>
        <translation>同步包以本資料庫的裝置編號帶有第 %1 筆操作，但本資料庫從未寫入：係偽造，已隔離。</translation>
    </message>
    <message>
        <source>Device %1 has more than %2 operations waiting for earlier ones; the bundle is refused until the missing bundles are imported.</source>
        <translation>裝置 %1 有超過 %2 筆操作在等待先前的操作；在缺少的同步包匯入前，拒絕此同步包。</translation>
    </message>
    <message>
        <source>Operation %1 of device %2 does not follow that device&apos;s log (its chain link is wrong): the bundle was altered. It is quarantined.</source>
        <translation>裝置 %2 的第 %1 筆操作未接續該裝置的紀錄（鏈結錯誤）：同步包已被竄改，已隔離。</translation>
    </message>
    <message>
        <source>Operation %1 of device %2 claims to have seen a value written after itself; the bundle is refused.</source>
        <translation>裝置 %2 的第 %1 筆操作聲稱看過在它之後才寫入的值；拒絕此同步包。</translation>
    </message>
    <message>
        <source>Operation %1 of device %2 is dated %3, more than %4 hours ahead of this computer&apos;s clock; the bundle is refused. Check the clocks of both computers.</source>
        <translation>裝置 %2 的第 %1 筆操作時間為 %3，比這台電腦的時鐘快超過 %4 小時；拒絕此同步包。請檢查兩台電腦的時鐘。</translation>
    </message>
    <message>
        <source>beyond the year 9999</source>
        <translation>西元 9999 年以後</translation>
    </message>
    <message>
        <source>Device %1 (%2) was revoked; what it wrote after its revocation is refused, and the bundle with it.</source>
        <translation>裝置 %1（%2）已被撤銷；撤銷後所寫入的內容不予接受，整個同步包一併拒絕。</translation>
    </message>
    <message>
        <source>The bundle carries operations under device %1, which no store this one trusts has enrolled; the bundle is refused.</source>
        <translation>同步包帶有裝置 %1 的操作，但沒有任何本資料庫信任的資料庫註冊過該裝置；拒絕此同步包。</translation>
    </message>
    <message>
        <source>Operation %1 of device %2 is written in the name of &quot;%3&quot;, for whom that device may not act (it was enrolled as &quot;%4&quot;); the bundle is refused.</source>
        <translation>裝置 %2 的第 %1 筆操作以「%3」的名義寫入，該裝置不得代其行事（註冊名稱為「%4」）；拒絕此同步包。</translation>
    </message>
    <message>
        <source>The bundle carries operations of %1 that %1 did not sign (no valid signed head for its sequence %2); the bundle is refused.</source>
        <translation>同步包帶有 %1 未簽署的操作（序號 %2 沒有有效的簽署）；拒絕此同步包。</translation>
    </message>
    <message>
        <source>The operations of %1 in the bundle do not match what it signed: they were altered, dropped or invented on the way. The bundle is refused.</source>
        <translation>同步包中 %1 的操作與其簽署內容不符：途中遭竄改、刪除或捏造。拒絕此同步包。</translation>
    </message>
    <message>
        <source>Operation %1 of device %2 (%3) was refused: %4 Nothing of the bundle was imported.</source>
        <translation>裝置 %2（%3）的第 %1 筆操作被拒絕：%4 同步包內容皆未匯入。</translation>
    </message>
    <message>
        <source>coach %1&apos;s caseload</source>
        <translation>就業服務員 %1 的個案量</translation>
    </message>
    <message>
        <source>unit %1&apos;s cases</source>
        <translation>單位 %1 的案件</translation>
    </message>
    <message>
        <source>case %1 is not in %2.</source>
        <translation>案件 %1 不在%2內。</translation>
    </message>
    <message>
        <source>person %1 has no case in %2.</source>
        <translation>個案 %1 在%2內沒有案件。</translation>
    </message>
    <message>
        <source>group %1 is not the device&apos;s own.</source>
        <translation>群組 %1 不屬於該裝置。</translation>
    </message>
    <message>
        <source>%1 %2 was not created on this device.</source>
        <translation>%1 %2 不是在該裝置上建立的。</translation>
    </message>
    <message>
        <source>This is decided at %1 (this store&apos;s enroller): a laptop&apos;s decisions and reference data would be refused there, and its later bundles with them.</source>
        <translation>此事由 %1（本資料庫的註冊者）決定：筆電所做的決定與基本資料在該處會被拒絕，其後的同步包也會一併被拒。</translation>
    </message>
    <message>
        <source>%1 rows (reference data, dispatches, decisions and merges) are written only by this store&apos;s enroller or a window (a coach may add an employer, and change only those it added).</source>
        <translation>%1 資料（基本資料、派案、衝突決定與合併）只能由本資料庫的註冊者或職重窗口寫入（就業服務員可新增雇主，且只能修改自己新增的雇主）。</translation>
    </message>
    <message>
        <source>Operation %1 of device %2 changes an audit entry, which is never changed or withdrawn. Nothing of the bundle was imported.</source>
        <translation>裝置 %2 的第 %1 筆操作修改了稽核紀錄；稽核紀錄不得修改或撤回。此同步包未匯入任何資料。</translation>
    </message>
</context>
<context>
    <name>UnitRepository</name>
    <message>
        <source>A unit needs a name.</source>
        <translation>單位需要名稱。</translation>
    </message>
    <message>
        <source>Unknown unit type %1.</source>
        <translation>未知的單位類型 %1。</translation>
    </message>
    <message>
        <source>A staff member needs a name.</source>
        <translation>人員需要姓名。</translation>
    </message>
    <message>
        <source>Unknown staff role %1.</source>
        <translation>未知的人員角色 %1。</translation>
    </message>
</context>
<context>
    <name>WorkProgress</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Casebook desktop client</source>
        <translation>Casebook 桌面程式</translation>
    </message>
    <message>
        <source>The case store to open.</source>
        <translation>要開啟的資料庫。</translation>
    </message>
    <message>
        <source>Casebook</source>
        <translation>Casebook</translation>
    </message>
    <message>
        <source>Demo window</source>
        <translation>示範窗口</translation>
    </message>
    <message>
        <source>Creating a demo store with sample cases…</source>
        <translation>正在建立含示範案件的資料庫…</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>略過</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>將視窗畫面存成檔案後結束。</translation>
    </message>
    <message>
        <source>Encrypting the store…</source>
        <translation>正在加密資料庫…</translation>
    </message>
    <message>
        <source>The shared store %1 is not set up yet: the bureau sets it up with casebook-cli init or migrate-store.</source>
        <translation>共用資料庫 %1 尚未設定：請勞動局以 casebook-cli init 或 migrate-store 設定。</translation>
    </message>
    <message>
        <source>Connect to the bureau&apos;s shared store: asks its server and the password (the last address is remembered, the password never).</source>
        <translation>連線到勞動局的共用資料庫：詢問伺服器與密碼（記住上次的位址，從不保存密碼）。</translation>
    </message>
</context>
</TS>
