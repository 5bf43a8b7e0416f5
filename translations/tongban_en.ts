<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>main</name>
    <message>
        <source>Counter client for a social insurance service hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up this ID number or name at start (e.g. from the queue system).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tongban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy parameters could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clerk&apos;s name printed as 经办人 (else the one of the settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server of the clerks&apos; accounts: a PostgreSQL (libpq) connection string without user and password (else the one of the settings).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::accounts::AccessPolicy</name>
    <message>
        <source>the role %1 has no right to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take in matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look up insured persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see pension calculations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save papers as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare with another person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the full ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage clerk accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decide matters in the back office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export the sweep CSV of every employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the offline limits and import hand-carried files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::accounts::OfflineSignIn</name>
    <message>
        <source>the offline sign-in of %1 is locked after %2 wrong passwords: sign in online at the hall to unlock it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the offline sign-in of %1 expired on %2 (%3 days after the last online sign-in): sign in online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong password; after %1 wrong passwords the offline sign-in is locked until the next online sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong password for %1 (%2 attempts left before the offline sign-in is locked)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::accounts::OfflineVerifier</name>
    <message>
        <source>the password is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the offline password verifier could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::accounts::RoleTable</name>
    <message>
        <source>the role table is missing from the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the role table is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the role table must name its source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with id, name_zh, name_en, may and source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;: allowed are window-clerk, expert and supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the role &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a text that is not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of permission ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown permission &quot;%1&quot;: allowed are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the role &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::audit::AuditChainCheck</name>
    <message>
        <source>cannot read the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 is missing: the log goes from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 does not follow record %2: a record before it was removed, replaced or moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 was written by another device (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 was altered: its content does not match its hash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::audit::AuditLog</name>
    <message>
        <source>cannot read the device of the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no device row: its schema is too old for the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown audit action &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the outcome must be ok or refused, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an audit record must be written inside the action&apos;s write transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the audit record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::audit::AuditQuery</name>
    <message>
        <source>unknown audit action &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last day is before the first day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a page holds 1 to 1000 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::casework::CaseLedgerRepository</name>
    <message>
        <source>describe the problem the window could not settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clerk who opens the case is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the promised date %1 is before today (%2): promise a date from today on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no visit %1 is stored: a case is opened from a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare opening the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the expert in charge of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot assign the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the promised date must be a date from today (%1) on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set the promised date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the answer given to the visitor (at least 4 characters): a case is closed only when solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot close the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why the case is reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reopen the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clerk is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case is closed: reopen it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case is open: only a closed case can be reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare recording the case&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the case&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare reading the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no difficult case %1 is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare reading the case&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the case&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare reading the open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the open cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::casework::DayReportCsv</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window or department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits with ticket time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average wait (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::casework::DayReportQuery</name>
    <message>
        <source>the day of the report is not a valid date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare reading the day&apos;s work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the day&apos;s work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (window %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::casework::RatingRepository</name>
    <message>
        <source>the rating %1 is not one of the five levels: 5 very satisfied, 4 satisfied, 3 basically satisfied, 2 dissatisfied, 1 very dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the channel &quot;%1&quot; is not known: allowed are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no matter %1 is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the matter has been rated already: one rating per matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare storing the rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare opening the follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the follow-up of the poor rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write what was put right and told to the visitor (at least 4 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clerk who closes the follow-up is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the follow-up was closed already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot close the follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare reading the rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare reading the follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare reading the follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no follow-up %1 is stored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::casework::VisitSearchQuery</name>
    <message>
        <source>the page size %1 is not allowed: 1 to 500 hits a page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ID number has %1 characters: search by the whole 18-character number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first day %1 is after the last day %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the department &quot;%1&quot; is not in the matter catalog: known are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status &quot;%1&quot; is not known: allowed are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cursor is not one this search gave: start again from the first page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot search the visits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::central::CentralAccounts</name>
    <message>
        <source>a password has at least 8 characters, with at least one letter and one digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an office&apos;s code is the six digits of its county or district (GB/T 2260), e.g. 110105</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an office&apos;s name is required, e.g. 朝阳区社保中心</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an office of code %1 exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the administrator adds offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a login is 2 to 63 characters: a lower-case letter first, then lower-case letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clerk&apos;s name as printed on papers is required, e.g. 王芳</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabling the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resetting the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the offline grace period is 1 to 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting the offline grace period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing the accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the offices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::central::CentralConnectionInfo</name>
    <message>
        <source>a connection string of the central server is required, e.g. &quot;host=10.1.2.3 dbname=tongban user=admin sslmode=verify-full sslrootcert=ca.crt&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection string cannot be read: %1 (libpq&apos;s form: key=value … or postgresql://user@host:port/database?key=value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; contains &quot;;&quot;, which cannot be passed on to the server&apos;s driver: rename the file or folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::central::CentralSession</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL, package libqt6sql6-psql) is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the central server refused the login &quot;%1&quot;: wrong login or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the central server asks for the password of &quot;%1&quot;: give it in the connection string, in PGPASSWORD or in ~/.pgpass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account &quot;%1&quot; is disabled: it may not sign in; ask a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the central server does not accept the login &quot;%1&quot; from this computer (its pg_hba.conf): ask the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the central server&apos;s certificate is not trusted (%1): check sslrootcert (the certificate authority&apos;s file) and that the host name is the one in the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection asks for TLS (sslmode) but the central server %1 does not offer it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no database &quot;%1&quot; on the central server %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the central server %1 cannot be reached (%2); nothing was changed: try again when the network and the server are back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no office of this code on the central server: add it first (office add)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this login exists already on the central server: choose another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no account of this login on the central server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role: window-clerk, expert or supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a login is 2 to 63 characters: a lower-case letter first, then lower-case letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the offline grace period is 1 to 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server takes a SCRAM-SHA-256 verifier, never a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit records are kept at least 6 months (MLPS 2.0 level 3, Cybersecurity Law art. 21)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a supervisor manages the accounts of their own office only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the administrator adds or changes a supervisor&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the role &quot;%1&quot; has no right to this (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the central server has no Tongban schema, or an older one (%1): run tongban-cli server-init as the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to the central server %1 was lost while %2 (%3); nothing was changed: try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the central server refused %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to the central server is not a PostgreSQL connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password&apos;s SCRAM verifier could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::central::OnlineSignIn</name>
    <message>
        <source>the login is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading who is signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no clerk&apos;s account of this central server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account &quot;%1&quot; is disabled: it may not sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the central server gives &quot;%1&quot; an unknown role &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::central::ServerMigrations</name>
    <message>
        <source>reading the schema&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this program knows steps 0 to %1 of the server&apos;s schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for another server-init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the central server&apos;s schema is at step %1, newer than this program knows (%2): it was upgraded by a newer Tongban; upgrade this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applying step %1 (%2) of the server&apos;s schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 (%2) of the server&apos;s schema needs the owner&apos;s rights (CREATEROLE, CREATE on the database): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording step %1 of the server&apos;s schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committing step %1 of the server&apos;s schema</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::central::SyncServer</name>
    <message>
        <source>the central server takes a newer version of this program: upgrade Tongban, then sync again (nothing of this computer was lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer&apos;s data file is a copy of another computer&apos;s (the same device with another installation): the server refuses to sync it; ask the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer is not enrolled for the signed-in clerk&apos;s office: sign in as a clerk of the office that enrolled it, or enrol it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the central server&apos;s answer to %1 is not JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device id is a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an install nonce has 8 to 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrolling this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the central server&apos;s answer to the enrolment lacks %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending this computer&apos;s changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the central server answered %1 results for %2 changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the central server&apos;s result %1 lacks %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the central server&apos;s result %1 is for another change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a page holds 1 to 10000 changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetching the office&apos;s changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the central server&apos;s page of changes lacks %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the office&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an entity the server holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record&apos;s id is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading the office&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record belongs to another office: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the device&apos;s hand-carry key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the central server&apos;s answer lacks the device&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the parameter editions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publishing edition %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edition %1 of %2 is not later than the newest published one (%3): give the file a later edition date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a parameter file: national.json or regions/&lt;six-digit code&gt;.json</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::cli::AuditCommand</name>
    <message>
        <source>audit verify --db FILE | audit list --db FILE [--person ID] [--since YYYY-MM-DD]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date YYYY-MM-DD is required, e.g. 2026-12-01</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::cli::CarryCommand</name>
    <message>
        <source>usage: tongban-cli carry export|import …; see docs/cli.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file to write is required; usage: tongban-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::cli::CaseworkCommand</name>
    <message>
        <source>the page size must be a whole number from 1 to 500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day is required: %1 YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reason is asked only with --unmasked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::cli::CentralCommand</name>
    <message>
        <source>usage: tongban-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: tongban-cli user add|disable|reset-password|set-grace …; see docs/cli.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;: window-clerk, expert or supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number of days, 1 to 30, is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the central server&apos;s connection string is required; usage: tongban-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required; usage: tongban-cli %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::cli::CliContext</name>
    <message>
        <source>the database file is required (--db FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database file at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user needs --password-file FILE (the password on its first line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-file needs --user LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first line of %1 is empty: it holds the password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::cli::CliOptions</name>
    <message>
        <source>unknown option; usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is required; usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a month &quot;YYYY-MM&quot; is required, e.g. &quot;2031-05&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an amount in CNY with at most two decimals is required, e.g. 8000 or 7310.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file is required (--db FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case is not JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case must be a JSON object {…}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: tongban-cli %1 --case FILE (- for standard input)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::cli::CompareCommand</name>
    <message>
        <source>compare either two case files or stored persons; usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one citizen ID number (two scenarios) or two (two persons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with one person, describe a scenario: --b-retirement YYYY-MM or --b-keep-paying CNY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both --case-a FILE and --case-b FILE are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be employee or flexible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a basis goes with a comparison of two stored persons (--db FILE --id NUMBER --id NUMBER): it records that the second person&apos;s data was shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--approved-by goes with --basis approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--consent-by goes with --basis consent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::cli::DemoCommand</name>
    <message>
        <source>unknown option; allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from 2 to 100000 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from 0 to 18446744073709551615 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from 0 to %1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>either --out FILE or --server CONNINFO, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file to write is required: demo-db --out FILE [--persons N] [--employers M] [--seed S] (or --server CONNINFO to fill the central store)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::cli::IdCheckCommand</name>
    <message>
        <source>usage: tongban-cli id-check NUMBER (one citizen ID number, 18 or 15 characters)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::cli::IntakeCommand</name>
    <message>
        <source>the case file is required: --case FILE (&quot;-&quot;: standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tongban-cli matters takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::cli::LookupCommand</name>
    <message>
        <source>a value is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file is required: lookup --db FILE (--id NUMBER | --name TEXT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --id NUMBER or --name TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name or part of one is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no insured person with citizen ID number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no insured person with a name containing &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option; allowed: --db FILE, --id NUMBER, --name TEXT, --unmasked --reason TEXT, --user LOGIN --password-file FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reason is asked only with --unmasked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::cli::ProjectionCommand</name>
    <message>
        <source>the monthly base to keep paying is required; usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be employee or flexible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decimal fraction is required, e.g. 0.0262 for 2.62 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::cli::RetirementCommand</name>
    <message>
        <source>unknown option; allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a birth month &quot;YYYY-MM&quot; is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of: male, female-55, female-50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number of months, 0 or more, is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number of months between 0 and 1000 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a birth year between 1900 and 2100 is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::cli::StoreCommand</name>
    <message>
        <source>the backup to restore is required: restore --db FILE --from BACKUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file is required: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database file at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::cli::SweepCommand</name>
    <message>
        <source>the application date is required as YYYY-MM-DD, e.g. --as-of 2022-06-15</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::cli::SyncCommand</name>
    <message>
        <source>%1 is required; usage: tongban-cli %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from 1 to 100000 is allowed, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::cli::SyncLimitsCommand</name>
    <message>
        <source>--days and --records are set together; usage: tongban-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number of days is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number of records is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::cli::UnemploymentCommand</name>
    <message>
        <source>the stop needs &quot;date&quot; (YYYY-MM-DD) and &quot;ground&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a claim that is not eligible has nothing to stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of months, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: the six-digit GB/T 2260 region code as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: the claim date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: a job-loss reason key such as &quot;contract-expired&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: true or false (registered as unemployed and seeking work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an amount in CNY with at most two decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the statutory retirement month is written YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::cli::WorkflowCommand</name>
    <message>
        <source>the matter is required: --matter UUID (the id the intake printed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new status is required: --to one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown department &quot;%1&quot;; known: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot;; known: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the batch file is required: --file FILE (&quot;-&quot;: standard input)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::deferral::DeferralEvaluator</name>
    <message>
        <source>size not given: %1 required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size %1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size %1 is not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in a hard-hit area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in a hard-hit area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temporary operating difficulty attested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no temporary operating difficulty attested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy was not yet in force on %1: applications from %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deferral period is over: applications closed on %1; deferred premiums are to be paid back by %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no industry given: %1 covers %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>industry %1 is one of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>industry %1 is not one of %2 (%3); of major group %4 only %5 is: give the 4-digit class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>industry %1 is not one of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date of the application is required: YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no premium month left to defer: the window ended %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application on %1 is within the application period %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>premium months from the application month %1 to %2 may be deferred (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>premium months %1 to %2 may be deferred; a shorter span may be chosen (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deferred premiums are to be paid back by %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no late-payment surcharge during deferral and pay-back (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rule of the %1 covers %2 premiums of a %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the names of rules</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> / </source>
        <comment>between insurances</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premiums may be deferred under %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application period ended on %1: no premium may be deferred any more; premiums deferred earlier are to be paid back by %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application period had not begun on %1: the policy was not yet in force; applications from %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule of the %1 covers a %2: no premium may be deferred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No premium may be deferred: no rule of the %1 applies to this payer on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No premium may be deferred: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::deferral::DeferralJson</name>
    <message>
        <source>the date of the application is required: &quot;YYYY-MM-DD&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payer is required: an object with kind, uscc, industry, size, hard_hit_area, temporary_difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field; allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::deferral::DeferralNotice</name>
    <message>
        <source>Notice of temporary social insurance premium deferral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — application date %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry (GB/T 4754-2017)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard-hit area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary operating difficulty attested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premium months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay back by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late-payment surcharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard-hit areas and operating difficulty follow the local criteria; the clerk attested them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules edition %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::deferral::DeferralRules</name>
    <message>
        <source>%1: %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a source key listed in &quot;sources&quot; is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a confidence HIGH, MEDIUM or LOW is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date YYYY-MM-DD is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a month YYYY-MM is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the deferral rules %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deferral rules %1 are not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a source needs its document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of insurances is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a group needs an id and codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one rule is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule needs an id and payer kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;employer&quot; or &quot;all&quot; is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an id of industry_groups is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one insurance window is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of %1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>either a first month &quot;from&quot; or &quot;from_application&quot;: true is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a last month &quot;to&quot; or &quot;max_months&quot; &gt; 0 is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::deferral::DeferralText</name>
    <message>
        <source>pension insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unemployment insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work-injury insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>individual business insured as a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>individual business insured personally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flexibly employed person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>social organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employer share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>micro</source>
        <comment>company size</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small</source>
        <comment>company size</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <comment>company size</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>large</source>
        <comment>company size</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::deferral::PayerValidation</name>
    <message>
        <source>the payer kind is missing: one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a payer kind: one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unified social credit code is required for a payer of kind %1: 18 characters (GB 32100-2015)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid unified social credit code: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the size class is required for a payer of kind %1: one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a size class: one of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::demo::DemoDeferredIndexes</name>
    <message>
        <source>cannot read the indexes of the contribution records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot drop the indexes of the contribution records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot build the indexes of the contribution records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::demo::DemoGenerator</name>
    <message>
        <source>the contribution rate &quot;%1&quot; is not in the parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of persons must be between 2 and %1 (the two colleagues of the fixed cast are always included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no policy parameters were given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no output file was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; a demo database is only written to a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the directory %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the new database to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contribution base bound &quot;%1&quot; is not in the parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of employers must be between 1 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of employers must be between 0 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot finish the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::employer::IndustryCatalog</name>
    <message>
        <source>the industry classification table is missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the industry classification table is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the table names no source document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the industry is missing: give %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an industry code: give %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: major group %2 does not exist in GB/T 4754-2017; give %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: major group %2 belongs to section %3, not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a GB/T 4754-2017 code: a 2-digit major group 01–97 (e.g. 62), a 3-digit group (e.g. 729) or a 4-digit class (e.g. 7291), optionally after its section letter A–T (C13, C1311)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 has no %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section needs a new letter A–T and a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row of %1 needs a new %2-digit code and a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row of %1 needs a new %2-digit code starting with %3 and a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (found &quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows of %3 where the table declares %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a group (中类) of GB/T 4754-2017; the groups of major group %3 are %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a class (小类) of GB/T 4754-2017: major group %3 has no group %4; its groups are %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a class (小类) of GB/T 4754-2017; the classes of group %3 are %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::history::ContributionHistory</name>
    <message>
        <source>two %1 records for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average wage %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crediting rate %1 (not yet published: no interest credited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the average wage for %1 contributions is missing, so the contribution index cannot be computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the average wage for %1 contributions is missing, so the average contribution index cannot be computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assumed: the latest published average wage (%1) held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the region counts deemed months at a deemed contribution index table that is not in the shipped data; the average index needs the person&apos;s deemed index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions of %1 divide by the latest published average wage, %2 CNY of %3 (not yet published for %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crediting rates of %1 assumed at %2 (not yet published).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pension rules of region %1 (not in the data yet: no average wages, no deemed index)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::identity::CitizenId</name>
    <message numerus="yes">
        <source>a citizen ID number has 18 characters (or 15 digits in the old form); this one has %n</source>
        <translation>
            <numerusform>a citizen ID number has 18 characters (or 15 digits in the old form); this one has %n</numerusform>
            <numerusform>a citizen ID number has 18 characters (or 15 digits in the old form); this one has %n</numerusform>
        </translation>
    </message>
    <message>
        <source>the last character must be a digit or X, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; at position %2 is not a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address code %1 cannot start with 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the birth date %1-%2-%3 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the birth date %1 is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the birth date %1 is before 1880</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong check character: expected %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::identity::Uscc</name>
    <message numerus="yes">
        <source>a unified social credit code has 18 characters; this one has %n</source>
        <translation>
            <numerusform>a unified social credit code has 18 characters; this one has %n</numerusform>
            <numerusform>a unified social credit code has 18 characters; this one has %n</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; at position %2 is not allowed in a unified social credit code (digits and capital letters except I, O, S, V, Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong check character: expected %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::intake::FieldValidator</name>
    <message>
        <source>a text is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1 characters are needed (%2 given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 characters are allowed (%2 given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text does not have the expected form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text does not have the expected form: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a citizen ID number of 18 characters is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a unified social credit code of 18 characters is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mobile number (11 digits starting 13–19) or a landline with its area code (e.g. 010-12345678) is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date YYYY-MM-DD is expected, e.g. 2026-12-02</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date may not be after today (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date may not be before today (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a month YYYY-MM is expected, e.g. 2027-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the month may not be after this month (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the month may not be before this month (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a range of months {&quot;from&quot;: &quot;YYYY-MM&quot;, &quot;to&quot;: &quot;YYYY-MM&quot;} is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first month (%1) is after the last (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the months may not reach beyond this month (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one period {&quot;from&quot;: &quot;YYYY-MM&quot;, &quot;to&quot;: &quot;YYYY-MM&quot;, &quot;employer&quot;: &quot;…&quot;} is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a period is {&quot;from&quot;: &quot;YYYY-MM&quot;, &quot;to&quot;: &quot;YYYY-MM&quot;, &quot;employer&quot;: &quot;…&quot;} with the employer named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first month is after the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period overlaps an earlier one: each month may be claimed once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an amount in yuan with at most two decimals is expected, e.g. &quot;1234.56&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount may not be below %1 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount may not be above %1 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number may not be below %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number may not be above %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of these is expected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bank account number of 12 to 30 digits is expected (%1 characters given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a six-digit region code (GB/T 2260) is expected, e.g. 110105</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::intake::IntakeCaseCodec</name>
    <message>
        <source>unknown key &quot;%1&quot;; allowed here: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the applicant is required: {&quot;id_number&quot;, &quot;name&quot;, &quot;phone&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the matters are required: an array of {&quot;matter&quot;, &quot;fields&quot;, &quot;documents&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a matter is an object {&quot;matter&quot;, &quot;fields&quot;, &quot;documents&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object {&quot;id_number&quot;, &quot;name&quot;, &quot;relation&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object: field id → value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of document ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a document id is a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ticket time must be a date and time in ISO 8601, e.g. &quot;2026-12-02T09:40:00+08:00&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a window category is one capital letter A to Z (its automatic numbers: A001, B001, …)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::intake::IntakeNotices</name>
    <message>
        <source>spouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sibling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entrusted person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot proceed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 working days promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no promised limit published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 by law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 (confidence %4); time limits: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement of receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue number %1, received %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement of receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by law by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to be set once the holiday arrangement is published (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time limits are working days counted from the day all documents are complete; a missing document is listed on the one-time notice. Keep this receipt and bring it when you ask about the matters or collect the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit %1; matter catalog edition %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time notice of the documents to supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1, queue number %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents still to supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is missing: every document the matters need has been brought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — needed for: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matters and time limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This notice lists everything still needed, once; nothing else will be asked for these matters. The time limits count working days from the day the documents are complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter catalog edition %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::intake::IntakeRepository</name>
    <message>
        <source>cannot prepare storing the intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the intake of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare storing the matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the matter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare reading the intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no intake is stored for the visit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare reading the matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clerk&apos;s name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a draft id is a UUID in lower case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare saving the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare reading the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare discarding the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot discard the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ticket time %1 is after the call (%2): check the time on the ticket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::intake::IntakeValidator</name>
    <message>
        <source>the citizen ID number is required (18 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the applicant&apos;s name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mobile number (11 digits starting 13–19) or a landline with its area code (e.g. 010-12345678) is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add at least one matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the matter is required: an id of the catalog (tongban-cli matters lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown matter &quot;%1&quot;: tongban-cli matters lists the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an employer&apos;s matter has no agent: the applicant is the employer&apos;s handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person acted for is the applicant: leave agent_for out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name of the person acted for is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relation is one of: spouse, parent, child, sibling, other-relative, entrusted (受托人)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in this intake for the same person or employer: one matter once per subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the matter &quot;%1&quot; does not ask for this field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required for this matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the matter &quot;%1&quot; does not ask for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown document &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::intake::MatterCatalogLoader</name>
    <message>
        <source>unknown key &quot;%1&quot;; allowed here: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file must hold a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;edition&quot; is required, a date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;validation&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown validation key &quot;%1&quot; for a field of type %2; allowed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a length is a whole number of characters, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;pattern&quot; must be a valid regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a money limit is a string of yuan with at most two decimals, e.g. &quot;1234.56&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer limit is a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a condition is &quot;agent&quot; or an object {&quot;field&quot;, &quot;set&quot;|&quot;equals&quot;|&quot;in&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the condition names the field &quot;%1&quot;, which the matter does not ask for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a condition on a field has exactly one of &quot;set&quot;, &quot;equals&quot; or &quot;in&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;set&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;in&quot; must be an array of values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the department &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field type &quot;%1&quot;; allowed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a choice field needs at least one option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a choice field has options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document &quot;%1&quot; is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a matter is a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the matter &quot;%1&quot; is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown department &quot;%1&quot; (departments.json lists the departments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;pinyin&quot; is the lower-case initials of the name, e.g. &quot;txsq&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a search key is a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;subject&quot; is &quot;person&quot; or &quot;employer&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (fields.json defines the fields)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the matter asks for the field &quot;%1&quot; twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;required&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a matter about an employer asks for a required field of type uscc (the employer&apos;s code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown document &quot;%1&quot; (documents.json defines the documents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;time_limit&quot; is required: {&quot;statutory_days&quot;, &quot;promised_days&quot;, &quot;immediate&quot;, &quot;source&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time limit is a whole number of working days, 0 or more, or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the promised limit (%1 working days) is above the statutory one (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;offline&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown pre-review engine &quot;%1&quot;; known: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;source&quot; is required: {&quot;document&quot;, &quot;title&quot;, &quot;url&quot;, &quot;confidence&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a source names its document or its title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;confidence&quot; is high, medium or low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;workflow&quot; must be an object: {&quot;steps&quot;: [...], &quot;forward_to&quot;: department}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;steps&quot; is required: an array of %1 (empty for an immediate matter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown step &quot;%1&quot;; allowed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;forward&quot; comes after &quot;pre-review&quot;: the steps are [&quot;pre-review&quot;, &quot;forward&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;forward_to&quot; needs the step &quot;forward&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::intake::WorkingDayCalendar</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;year&quot; must be the year the file is named after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date YYYY-MM-DD in %1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date YYYY-MM-DD not before &quot;from&quot; is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Saturday or Sunday: only a weekend day can be made a working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no holiday arrangement for %1 in resources/calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of working days is 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::notice::Notice</name>
    <message>
        <source>the visitor&apos;s copy carries the agency&apos;s name: set it under Settings → Agency before printing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::pension::AccountProjection</name>
    <message>
        <source>the contribution base to keep paying must be a positive amount in CNY per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the assumed crediting rate must be between 0 and 0.2 (20 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pension starts in the statutory retirement month %1 (age %2 years %3 months).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a projection needs a pension start after the current month %1; %2 has already begun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contributions are recorded up to %1, so the pension cannot start in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2 (%3 months) contributions continue on a base of %4 CNY a month as %5; %6 CNY is credited to the individual account over that time (before interest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a flexibly employed person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is left to project: contributions are recorded up to the month before the pension starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years whose crediting rate is not yet published earn %1, as entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculation base %1 CNY, the latest published figure (for pensions from %2); the base for %3 is not yet published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the base must lie between %1 and %2 CNY a month: %3 %–%4 % of the latest average wage of %5, %6 CNY (%7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is recorded from %1 to %2: those months count as not paid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::pension::CaseFromRecords</name>
    <message>
        <source>unknown field; allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a month &quot;YYYY-MM&quot; is required, e.g. &quot;2026-01&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a positive amount in CNY (a JSON number, at most 1,000,000,000, two decimals) is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a positive number of months below 1000 with at most 6 decimals is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text value is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the month of the calculation is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object {&quot;base&quot;, &quot;kind&quot;} is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the base to keep paying is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;employee&quot; or &quot;flexible&quot; is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::pension::HistoryCaseBuilder</name>
    <message>
        <source>Pension starts in the statutory retirement month %1 (age %2 years %3 months).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the retirement month must come after the birth month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The individual account is as of %1; contributions after that are not projected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing figure: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average contribution index %1 over %2 actual and %3 deemed months (deemed months at index %4), rounded half-up to 4 decimals as printed on calculation sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deemed service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2…%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the index must be between 0 and 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 deemed months are service up to %2, before the individual account of %3 began (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average contribution index %1 over the %2 actual months only (%3 counts no deemed months in it, %4), rounded half-up to 4 decimals as printed on calculation sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 months paid up to %2, before the individual account of %3 began, count in the transitional pension with the deemed months (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 counts deemed service at an index that is not in the shipped data (%2: %3); enter the index for the %4 deemed months</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::pension::LineExplanation</name>
    <message>
        <source>The years counted for the pension: months paid plus the years of work before contributions began that count as paid (deemed), divided by 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The average monthly wage the region publishes for pensions starting that year; the same figure for everyone who retires then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of months the individual account is divided by; fixed by the age at retirement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figure the contribution index is multiplied by in the basic pension, where the region uses one apart from the calculation base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own average wage over your working years in today&apos;s terms: the calculation base times your average contribution index (how your contribution base compared with the average wage, year by year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part paid from the pooled fund: the average of the calculation base and your indexed wage, 1% of it for each year counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part paid from your own individual account: the balance divided by the payout months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extra part for the years of work before the individual account existed, which put nothing into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The percentage the region pays per year of the transitional part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contribution index the transitional part counts those years at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transitional part from the region&apos;s notional account of the years before the individual account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount the region pays on top of the pension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is paid each month: the parts above added up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of the transitional pension, for work before the individual account existed: the calculation base × the part&apos;s index × its years × the transition coefficient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of the transitional pension, for %1: the calculation base × that index × those years × the transition coefficient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the years of work before the individual account existed, at the index the region sets for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the months actually paid from %1 to %2, before the individual account existed, at your own average contribution index over those months</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::pension::PensionCalculator</name>
    <message>
        <source>the payout-month table (国发〔2005〕38号) covers ages 40 to 70; retiring at %1 years %2 months needs the divisor entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age %1 years → %2 (annex of 国发〔2005〕38号)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 months over the whole age are not counted for retirements before %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no payout months for age %1 to interpolate towards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age %1 years %2 months: %3 − (%3 − %4) × %2/12 = %5 → %6 (half-up to 0.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months actually paid must be between 0 and 840</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deemed months must be between 0 and 840</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pension needs at least one month of contribution (actual or deemed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the average contribution index must be between 0 and 3 (bases are capped at 300 % of the average wage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account balance cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the calculation base must be a positive amount in CNY per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the base of the indexed half must be a positive amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the indexed wage cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the retirement month must come after the birth month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the retirement-age group (male, female-55, female-50) is required with the birth month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the retirement month is required, or the birth month and group to derive it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(actual %1 + deemed %2) months ÷ 12 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution period (years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contribution months are below the minimum of %2 months for a monthly pension in %3; the person may keep contributing or pay the missing months in one sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered for this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculation base (CNY/month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, pension starting %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the birth month is required to find the payout months, or give payout_months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexed average monthly contribution wage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as printed on the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × average index %2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic pension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 + %2) ÷ 2 × %3 years × 1% = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual account pension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ÷ %2 months = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transitional coefficient must be between 0 and 0.05 (5 % a year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deemed service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months must be between 0 and 840</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the index must be between 0 and 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the base must be a positive amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transitional pension: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × index %2 × %3 years (%4 months) × %5 = %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no notional-account (虚账实记) rule; leave this field out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notional account cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transitional pension: notional account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ÷ %2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transitional pension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum of the parts above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every add-on needs its name as printed on the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 + %2 + %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly basic pension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered for this case: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was entered for this case in place of the region&apos;s disputed figure (%2); record why in notes.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rounding of contribution years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calculation base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payout months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base of the indexed half (CNY/month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the second base of %1, not in the shipped data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 also pays %2, whose formula is not in the shipped data (%3); enter it from the sheet as a supplement labelled &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transitional coefficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transitional coefficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actual contribution %1 months is more than %2 months → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actual contribution %1 months is not more than %2 months → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the index of each part in transitional.parts, or leave the parts out and give deemed_index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transitional rule of %1 in the shipped data applies to pensions from %2; for a pension starting %3 enter transitional.parts from the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index of deemed service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 weights all periods before 1998-07 into one index on one base; a part cannot have its own base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transitional pension: average index before 1998-07</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1) ÷ %2 months = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deemed and actual service before 1998-07</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transitional pension cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either the approved amount or what it is computed from (parts, coefficient, notional account, deemed index), not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as approved, entered for this case (the region&apos;s method is not in the data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transitional pension was entered without a note: say where the amount comes from (e.g. the approval sheet of the old and new methods).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payout months must be between 1 and 300</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the calculation base is at most 1,000,000 CNY per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> → %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pension starting %1 is outside the months allowed for this person: from %2 (flexible early retirement, never below the original age) to %3 (flexible late retirement); the statutory month is %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an add-on is an amount paid on top: it cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 also pays a transitional part for %2 (%3…%4 at that period&apos;s own index), which needs the contribution history; from a case file give it in transitional.parts, or it is not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pension rule set of %1 is in the data: computed with the national formula (国发〔2005〕38号) on the figures of this case. The region&apos;s own defaults were not available: its published calculation base, rounding conventions, payout months for ages with months, transitional pension, add-ons and provisional bases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rounding of contribution years was not given: exact months ÷ 12 (the national formula); give rounding.years where the approval notice rounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rounding of amounts was not given: each component half-up to the fen; give rounding.amounts where the approval notice rounds otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rounding of the total was not given: the sum of the rounded components; give rounding.total where the approval notice rounds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indexed wage was not given: the base × the average index, half-up to the fen; give indexed_wage as printed where the approval notice differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional add-ons (one-child payments, subsidies, …) are not in the data: give them as supplements where the approval notice prints them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pension rule set of %1 is in the data, so no calculation base (计发基数) is published in it; enter calculation_base for a pension starting %2 from the approval notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1…%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: provisional (预发), no base is published for %2 yet; the latest published base (%3) is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional (预发): no calculation base of %1 is published for a pension starting %2; the latest published one, %3 CNY (%4), is used. The pension is recomputed when the base is published (多退少补).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pension rule set of %1 is in the data, so its payout months for an age with months (%2 years %3 months) are not known; enter payout_months from the approval notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The basic pension of %1 may multiply the index by a second base (%2); none was given, so the calculation base is used for both halves. Enter indexed_wage_base where the approval notice prints a second base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the average index over actual contribution only, deemed years left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an add-on entered as printed has a label and an amount only; a rate or months belong to a claimed rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no add-on with a formula in the data; enter the amount as printed with a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no add-on &quot;%2&quot;; its add-ons with a formula: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rate of %1 is fixed in the data (%2); it cannot be replaced for one case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no rate to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rate is a fraction between 0 and 1 (0.001 = 0.1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 depends on the months worked in the region; give them (e.g. from the approval notice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not depend on months worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the figure %1 is a share of is not in the data for a pension starting %2; enter the amount as printed with a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 (the figure for pensions from %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 × %3 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 + average index %2 × %3 years × %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fixed %1 a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 (%3 months worked in the region: the tier from %4 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months worked in the region: below the first tier (%2 months), none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate of %1 was replaced for this case without a note; record why in the supplement&apos;s note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pension rule set of %1 is in the data, so the index of its transitional pension is not known; enter %2 for the %3 months (or give transitional.parts, or the approved amount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(1 + average index %1) ÷ 2 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, below the floor %2 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, not below the floor %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the months of each part in transitional.parts, or leave the parts out and give pre_account_months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transitional pension of %1 counts deemed service only (its data has no rule counting the months paid before the individual account started); where the approval notice counts them, give transitional.parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 counts the months actually paid before the individual account started (up to %2) in the transitional pension; the case does not give transitional.pre_account_months, so none are counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pension rule set of %1 is in the data, so its transitional pension is not known; give transitional.parts with the coefficient, the deemed_index and coefficient of the %2 months, the approved amount, or &quot;parts&quot;: [] where none is paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service before the individual account (deemed %1 + paid %2 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transitional pension: index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pension rule set of %1 is in the data, so its transitional coefficient (过渡系数) is not known; enter transitional.coefficient from the approval notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes the index of the transitional pension from the approval notice; it is not in the shipped data (%2: %3). Enter %4 for the %5 deemed months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months paid and %2 months deemed are more than the %3 months from the 16th birthday (%4) to the start of the pension (%5): check actual_months and deemed_months</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::pension::PensionCaseJson</name>
    <message>
        <source>unknown field; allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text value is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a month &quot;YYYY-MM&quot; is required, e.g. &quot;2025-12&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an amount in CNY is required (a JSON number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an amount in CNY has at most two decimals (fen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number of months is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: the GB/T 2260 code of the pooling region, e.g. &quot;110000&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of: male, female-55, female-50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: the average contribution index, e.g. 1.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: the months actually paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: the individual account balance at retirement, in CNY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: the months of this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: the index applied to this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: the amount in CNY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of parts is required (empty: no transitional pension)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object of notes keyed by the field they explain is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note is a non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount is out of range (at most 1,000,000,000 CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decimal number with at most 6 decimals is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object is required: {&quot;parts&quot;: [...], ...}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object is required: {&quot;years&quot;: ..., &quot;amounts&quot;: ..., &quot;total&quot;: ...}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of {&quot;label&quot;, &quot;amount&quot;} or {&quot;rule&quot;} is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id of one of the region&apos;s add-ons is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an add-on claimed by its rule is computed: give either &quot;rule&quot; or &quot;label&quot; and &quot;amount&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an add-on claimed by its &quot;rule&quot; has a rate or months</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::pension::PensionComparer</name>
    <message>
        <source>nothing paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flexibly employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pension starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculation base (CNY/month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months paid / deemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average contribution index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual account balance (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic pension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual account pension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transitional pension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly pension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculation base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against %2 CNY a month (the average wage of the year before each retirement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against %2 years (%3 against %4 months paid, %5 against %6 deemed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 months, index %3, %4 CNY credited to the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deemed service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against %2 deemed months, counted at index %3 against %4 in the average index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account before the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>balance carried over from the old ledger, worth %1 against %2 CNY at retirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual account balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against %2 CNY at retirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account is divided by %1 against %2 months (age at retirement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against %2 CNY (service before the individual accounts: %3 against %4 deemed months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against %2 CNY of regional add-ons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheets round each amount (and the index, the years and the account interest); the parts above are each rounded to the fen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::pension::PensionRounding</name>
    <message>
        <source>half-up to 2 decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half-up to 4 decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cut to 2 decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to 0.1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to the half year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to 0.01 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half-up to 0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to 0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cut to the fen, then up to 0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half-up to the fen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rounded up to 0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half-up to the whole yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum of the rounded components</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::pension::ScenarioSide</name>
    <message>
        <source>%1, paying %2 a month until %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, pension from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::policy::ParameterEditions</name>
    <message>
        <source>&quot;%1&quot; is not a parameter file: national.json or regions/&lt;six-digit code&gt;.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edition of %1 must be a date YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edition %1 of %2 from the central store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::policy::ParameterLoader</name>
    <message>
        <source>every figure must name its source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown source key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidence must be HIGH, MEDIUM or LOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decimal number is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a month &quot;YYYY-MM&quot; is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the parameter file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the region code must match the file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no regional parameters found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ages are whole years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ages, step and maximum delay must be positive whole months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum contribution months are malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payout-month table is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a province-level GB/T 2260 code (six digits ending in 0000) is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a calendar year is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0, 1 or 2 years is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edition must be a date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the add-on&apos;s name as printed on sheets is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number of months is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;indexed-wage-base&quot; needs pension.indexed_wage_base &quot;entered&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bound is required: a fraction of the average wage with its source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the floor must be below the ceiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of figures with their months is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last month comes before the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an id of lower-case letters, digits and hyphens is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fraction from 0 to 1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an amount cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list some of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the published figures the share is taken of are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole months, ascending, are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one tier is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of: share-of-components, share-of-base, indexed-wage-rate-years, fixed-plus-index-years, fixed, indexed-wage-tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Chinese name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number of months from 1 to 24 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object of cities by GB/T 2260 code is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a GB/T 2260 code of a city of this province is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the city&apos;s Chinese name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decimal index, &quot;average&quot;, &quot;half-one-plus-average&quot; or &quot;entered&quot; is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an index from 0 to 3 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;included&quot; is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last month before the account started is required (here or as pension.deemed_until)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of add-ons with their formula is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::policy::ParameterSet</name>
    <message>
        <source>&quot;%1&quot; is not a region code: six digits (GB/T 2260), e.g. 110000 for Beijing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pension rules are shipped for region %1; available: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::policy::RegionParameters</name>
    <message>
        <source>no published calculation base (计发基数) of %1 covers a pension starting %2; enter the figure from the approval notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the average wage of %1 for %2 (the denominator of %3 contributions) is not in the shipped data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shipped data has no calculation base (计发基数) of %1 for any month (none is published in its sources); enter %3 for a pension starting %2 from the approval notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no published calculation base (计发基数) of %1 covers a pension starting %3 (%1 publishes its own: the base of %2 is not used there); enter the figure from the approval notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::prereview::BackPaymentPreReview</name>
    <message>
        <source>No months were entered: enter the months to pay back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the months to pay back are {&quot;from&quot;: &quot;YYYY-MM&quot;, &quot;to&quot;: &quot;YYYY-MM&quot;} with from not after to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most 1200 months can be asked at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is not in this window&apos;s records: the months %1…%2 could not be checked against the contribution history. Check them in the agency&apos;s system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Already paid, refused: %1 (%n month(s)); a month is paid once.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Outside, not yet due: %1 (%n month(s)) after the current month %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Outside: %1 (%n month(s)) before the person turned 16 in %2; nobody may be employed below 16 (劳动法 第十五条).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Outside: %1 (%n month(s)) before the recorded start of work %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Outside: %1 (%n month(s)) before the individual account of the region began in %2 (%3): service then counts as deemed contribution (视同缴费) through service-years recognition, not by paying.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>None of the months %1…%2 may be paid back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Missing, may be paid back: %1 (%n month(s)). An employer&apos;s unpaid months are collected with the late fee (社会保险法 第六十三条、第八十六条); how far back and on what proof past months may be paid is a regional rule: apply the province&apos;s back-payment rules.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lie before the first recorded month %2: the employment then must be proven (labour contract, wage records, personnel file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person has no recorded month: the employment of %1 must be proven (labour contract, wage records, personnel file).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::prereview::DeferralPreReview</name>
    <message>
        <source>Pension insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unemployment insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work-injury insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unified social credit code was entered: the employer could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employer %1 is not in this window&apos;s records: its kind, industry and size are unknown, so the deferral rules could not be applied. Check it in the agency&apos;s system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored data of %1 does not pass the check (%2: %3); correct the employer&apos;s record first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: premium months %2 to %3 may be deferred (%4 share), to be paid back by %5%6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the employer&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, without late fees</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::prereview::EligibilityVerificationPreReview</name>
    <message>
        <source>at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at an outreach point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the verification method is one of &quot;counter&quot;, &quot;home&quot; or &quot;outreach&quot;; got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is not in this window&apos;s records: whether they draw a benefit could not be checked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draws unemployment benefit: the claim from %1 pays until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not drawing a benefit: pension contributions are still paid (last recorded month %1), so there is nothing to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the earliest pension age (from %1): verification applies only to a benefit not in this window&apos;s records (early retirement for a special post or illness, a work-injury benefit); check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of pension age (statutory retirement %1) and no longer paying contributions: taken as drawing a pension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified %1 on %2; the next verification is due by %3 (once every 12 months, 人社厅发〔2018〕107号).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::prereview::RetirementPreReview</name>
    <message>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years %2 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy parameters are not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is not in this window&apos;s records: the retirement month, the contribution period and the pension could not be checked here. Check them in the agency&apos;s system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored person has no birth date: the retirement month could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retirement month could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory retirement: %1 at the age of %2 (original age %3, %4 months later under the 2025 reform); flexible retirement possible from %5 to %6 (人社部发〔2024〕94号).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No retirement month was entered: the statutory month %1 is assumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested month %1 is before the earliest flexible retirement %2: retirement may come at most %3 months before the statutory month and never below the original age of %4 (人社部发〔2024〕94号).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested month %1 is after the latest flexible retirement %2: retirement may be put off at most %3 months past the statutory month (人社部发〔2024〕94号).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution period by %1: %2 months recorded and %3 months deemed, %4 in all; the minimum for retiring in %5 is %6 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexible early retirement (%1 months early) needs the minimum contribution period already met; %2 months are missing (人社部发〔2024〕94号).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexible early retirement, %1 months before the statutory month: the minimum is met; the person tells the employer in writing at least 3 months before (人社部发〔2024〕94号).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) missing: the person may keep paying after the statutory age, or pay the missing months in one sum, until the minimum is reached (人社部令第13号 第二条).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Paying every month from now until %1 would be enough (%2 months to go).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum is met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexible late retirement, %1 months after the statutory month: it needs the employer&apos;s agreement in writing at least one month before (人社部发〔2024〕94号).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pension estimate from the records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated monthly pension from the records: %1 yuan (basic pension %2, individual account %3, transitional %4), on the calculation base of %5 yuan (%6 rules, 国发〔2005〕38号). An estimate only: the account as of %7 without the months still to be paid; the pension is set when the application is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Figures not yet published were taken as the latest published ones (%n assumption(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tongban::prereview::ServiceYearsPreReview</name>
    <message>
        <source>No periods were entered: enter each period of service with its employer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a period is {&quot;from&quot;: &quot;YYYY-MM&quot;, &quot;to&quot;: &quot;YYYY-MM&quot;, &quot;employer&quot;: &quot;…&quot;} with from not after to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most 1200 months can be claimed at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents this needs: the personnel file (人事档案) with the recruitment (招工) and confirmation (转正定级) records of each period, and the employer&apos;s (or its successor&apos;s) proof of the service; what the file must show is set by the province.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is not in this window&apos;s records: the periods could not be checked against the contribution history. Check them in the agency&apos;s system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The month the individual account of the region began is not in the data: whether %1 may be deemed service could not be checked (%n month(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Claimed twice: %1 (%n month(s)) lie in more than one period.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already recorded as contributions: %1 (%n month(s)); nothing to recognise.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already recognised as deemed service: %1 (%n month(s)) lie within the %2 months stored from the start of work %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The person already has %1 months of deemed service stored, without the months they cover: make sure the claim does not repeat them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not deemable: %1 (%n month(s)) after the individual account began in %2 and not recorded: a gap then is paid back (back-payment), not recognised.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not deemable: %1 (%n month(s)) before the person turned 16 (劳动法 第十五条).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not deemable: %1 (%n month(s)) after the current month.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>None of the months claimed may be deemed service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>May be deemed service (视同缴费年限): %1 (%n month(s)), before the individual account of the region began in %2 (%3; 国发〔1997〕26号).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tongban::prereview::UnemploymentClaimPreReview</name>
    <message>
        <source>The person is not in this window&apos;s records: the months paid and earlier claims could not be checked. Check the claim in the agency&apos;s system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An open claim from %1 still pays until %2: stop it first (a new claim cannot overlap it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason the job ended was not entered: eligibility could not be decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim could not be assessed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The months paid (%1) are read from the employee months of the pension records; confirm them against the unemployment insurance record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit from %1 to %2, %3 yuan a month (%4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::prereview::UnemploymentStopPreReview</name>
    <message>
        <source>The person is not in this window&apos;s records: the open claim could not be found. Check it in the agency&apos;s system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person has no unemployment benefit claim on file: nothing to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person has no open claim: every claim on file is already stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open claim found: from %1, %2 months (%3 to %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason for the stop was not entered (one of: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stop date %1 is after today: a stop is recorded once its reason has arisen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stop cannot be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1 on %2. Paid no longer from %3: %4 months received, %5 left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 months left are kept for a later claim (失业保险条例 第十七条).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 months left are not kept for a later claim on this reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::retirement::RetirementRule</name>
    <message>
        <source>a birth month &quot;YYYY-MM&quot; is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no retirement-age parameters for group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months of early retirement cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months of late retirement cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose early or late retirement, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flexible late retirement is at most %1 months after the statutory month %2 (人社部发〔2024〕94号)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flexible early retirement is at most %1 months here: never more than %2 months before the statutory month and never below the original age of %3 (earliest %4; 人社部发〔2024〕94号)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flexible early retirement requires the minimum contribution period: give the months paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flexible early retirement requires the minimum contribution period of %1 months in %2; %3 months are paid, %4 missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::screening::RetirementScreening</name>
    <message>
        <source>the first month of the window is not a month: YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last month of the window is not a month: YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window ends (%1) before it starts (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start reading the insured persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot count the insured persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare reading the insured persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare counting contribution months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the insured persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the retirement group of %1 is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot count the contribution months of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::services::AccountService</name>
    <message>
        <source>%1 has never signed in online on this computer: sign in online once before signing in offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::services::AuditService</name>
    <message>
        <source>say why the full ID number is needed, in at least %1 characters (e.g. 本人申请核对)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no output; allowed: print, pdf, export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::services::CaseLedgerService</name>
    <message>
        <source>the department &quot;%1&quot; is not in the matter catalog: known are %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::services::CentralDemoLoader</name>
    <message>
        <source>Social insurance office %1 (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no temporary directory for the demo data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot count the demo records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the central server&apos;s schema is at step %1, and this program loads contribution histories in the form of step %2: bring the server up to date first (tongban-cli server-init)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::services::ClaimService</name>
    <message>
        <source>the date the ground arose, %1, is after today (%2): a stop is recorded once its ground has arisen; enter that day, today at the latest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::services::ComparisonService</name>
    <message>
        <source>This is the person on screen; enter someone else, or compare a scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::services::DayReportService</name>
    <message>
        <source>cannot write the file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::services::EffectiveParameters</name>
    <message>
        <source>the parameter editions received from the central store do not load with this program&apos;s data (%1): computing with the figures this program ships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parameter editions of this file cannot be read (%1): computing with the figures this program ships</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::services::IntakeService</name>
    <message>
        <source>the pre-review &quot;%1&quot; that the matter %2 names is not available in this program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::services::MatterWorkflowService</name>
    <message>
        <source>a batch comes from one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the batch holds no case: nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the matter is %1: a return notice is printed for a returned matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the matter is %1: a completion notice is printed for a matter that is done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::services::OfflineCredentials</name>
    <message>
        <source>cannot read the offline sign-in of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the offline sign-in of %1 has an unknown role &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot keep the offline sign-in of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::services::ParameterPublisher</name>
    <message>
        <source>%1 declares no edition: a published file names its edition date (&quot;edition&quot;: &quot;YYYY-MM-DD&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::services::RatingService</name>
    <message>
        <source>the follow-up of a poor rating must be due at least 1 working day later, not %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::services::SignInService</name>
    <message>
        <source>Type your login (the account name your supervisor gave you).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server cannot be reached (%1), and signing in offline was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline sign-ins of this computer could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::services::StoredPerson</name>
    <message>
        <source>no insured person with citizen ID number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a citizen ID number or a name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no insured person with a name containing &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n persons match this name; enter the ID number instead.</source>
        <translation type="unfinished">
            <numerusform>%n persons match this name; enter the ID number instead.</numerusform>
            <numerusform>%n persons match this name; enter the ID number instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tongban::services::SyncAttention</name>
    <message>
        <source>visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visitor of an intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status change of a matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event of a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unemployment claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>difficult case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note on a difficult case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up of a rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disclosure of personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insured person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contribution history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::services::SyncRound</name>
    <message>
        <source>this file belongs to office %1, and the signed-in clerk works for office %2 (%3): sync it with a clerk of office %1, or start a new file for office %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server asked twice in one round for a full re-sync; try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 on the server, %3 here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first download does not hold what the server holds (%1); sync again, and if it stays so, call the back office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parameter edition %1 of %2 arrived damaged (its bytes do not match the server&apos;s digest): sync again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the central store&apos;s parameter editions were not taken, since they do not load with this program&apos;s data (%1): the figures in use stay as they were; tell the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local file&apos;s pull cursor moved while changes were stored; sync again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::services::SyncService</name>
    <message>
        <source>no central server is set, or nobody is signed in online: sign in with the server&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hand-carried file goes to the server: sign in online first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New policy parameter editions were received (%1): Tongban computes with them from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::services::VisitRecorder</name>
    <message>
        <source>The visit could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit&apos;s calculations could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calculation could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit could not be ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calculation could not be recorded: no insured person is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored calculation could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be added to the visit: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::session::DisclosureBasis</name>
    <message>
        <source>Enter who consented: the person whose data is shown, or who signed for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how consent was given: in writing or in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the supervisor who approved showing the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter why the supervisor approved showing the data without consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason goes with a supervisor&apos;s approval, not with consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent is given &quot;written&quot; or &quot;in-person&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How consent was given goes with consent, not with an approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the basis: the person&apos;s consent or a supervisor&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The basis is &quot;consent&quot; or &quot;approval&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved by a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent of the person (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::session::DisclosureRepository</name>
    <message>
        <source>the stored disclosure %1 is damaged (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare the query of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clerk&apos;s name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown purpose of a disclosure: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a person&apos;s own data shown to themselves is no disclosure to someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no insured person with the id %1 is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no visit with the id %1 is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare the disclosure statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare the disclosure query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no disclosure with the id %1 is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the disclosures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::session::SnapshotRecomputer</name>
    <message>
        <source>only pension calculations can be recomputed, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculation base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic pension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual account pension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transitional pension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly basic pension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the calculation was not built from contribution records; it can only be recomputed from its stored inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the records given are not those of the person the calculation was made for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual account balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average contribution index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deemed months</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::session::SnapshotRepository</name>
    <message>
        <source>the clerk&apos;s name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the versions of the parameter files used are required, so that a recomputation can tell what changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare the visit query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no visit with the id %1 is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the visit %1 is closed: a calculation is kept in the visit it was shown in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare the calculation query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the calculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stored calculation with the id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored calculation %1 is damaged (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare the list of calculations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the list of calculations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the visit %1 does not serve the person %2: add them to the visit first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare the query of the visit&apos;s calculations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the visit&apos;s calculations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::session::StoredResult</name>
    <message>
        <source>an amount in CNY with at most two decimals is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text value is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of breakdown lines is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a breakdown line with a key and a value is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::session::VisitEventLog</name>
    <message>
        <source>an event needs a kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clerk&apos;s name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare the event statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the event %1 of the visit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare the back-office visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the back-office visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::session::VisitSessionRepository</name>
    <message>
        <source>cannot prepare the queue number query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot count today&apos;s queue numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clerk&apos;s name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a queue number has 1 to 16 letters, digits or &quot;-&quot;, e.g. A017</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a visit id is a UUID in lower case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare the person query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the insured person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no insured person with the id %1 is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare closing the previous visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot close the previous visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare the visit statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the visit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare the visit query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the open visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no visit with the id %1 is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare closing the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot close the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare the query of the visit&apos;s persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the visit&apos;s persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the visit %1 is closed: a person is added to the visit open at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a window category is one capital letter A to Z (its automatic numbers: A001, B001, …)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::sheet::CalculationSheet</name>
    <message>
        <source>the sheet needs the name of the clerk who makes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet needs a valid date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet needs the versions of the parameter files the calculation used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the result has no breakdown to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pension calculation sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (source: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly basic pension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low, to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men, 60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women, 55</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women, 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months (%2 years %3 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirement group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooling region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age when the pension starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years %2 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pension starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (statutory retirement month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculation base (CNY/month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (entered for this case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the region&apos;s published figure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average contribution index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base of the indexed wage (CNY/month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexed average monthly contribution wage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution months paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deemed contribution months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual account balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout months (entered for this case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, index %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, base %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transitional period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transition coefficient (entered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notional account amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounding of years (entered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounding of amounts (entered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounding of the total (entered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add-on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (provisional: the latest published figure, until the base of %2 is published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months paid before the individual account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index of the transitional part (entered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claimed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, rate %1 (entered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 worked in the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provisional (预发): changes when the calculation base of %1 is published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional (预发): the calculation base of %1 is not yet published; this sheet uses the latest published one (%2) and is recomputed when it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the visitor&apos;s copy carries the agency&apos;s name: set it under Settings → Agency before printing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::sheet::ComparisonSheet</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet needs the name of the clerk who makes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet needs a valid date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet needs the versions of the parameter files the calculations used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the comparison has no figures to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pension comparison sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 − %3 %4 = %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gets less a month than %2 by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gets more a month than %2 by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::storage::ContributionIndex</name>
    <message>
        <source>cannot read the indexes of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the contribution records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set the index %1 aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no schema step defines the index %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot build the index %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::storage::EmployerRepository</name>
    <message>
        <source>cannot prepare the employer statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the employer %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare loading an employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot load the employer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare the employer search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot search employers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare the employer query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the employers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot count the employers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare the contribution query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot sum the contributions of the employer %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::storage::LocalStore</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database file was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SQLite driver of Qt (QSQLITE) is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use %1 as a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database %1 cannot use write-ahead logging (journal mode %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set up the database %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the log into the database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the log into the database %1: another connection is using it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database %1 is at schema %2, not %3: it must be opened for writing first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the log into the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another program (it holds tables, but no Tongban schema): Tongban does not change it; give the path of a Tongban database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty, not a Tongban database: give the path of a Tongban database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::storage::Migrations</name>
    <message>
        <source>cannot read the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database %1 was written by a newer version of Tongban (schema %2; this program knows schema %3 at most): update the program before opening it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot migrate the database from schema %1 to schema %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema upgrade step %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare the schema upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema upgrade step %1 failed: a row of %2 refers to a missing row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::storage::PersonRepository</name>
    <message>
        <source>the citizen ID number must be stored in its 18-character form %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare the insured person statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the insured person %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare the contribution record statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the contribution record of %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare the search by citizen ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot search by citizen ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare the search by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot search by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare loading an insured person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot load the insured person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no insured person with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare loading contribution records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot load the contribution records of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot count the insured persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare the key query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the key of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store contribution records of %1: no such insured person is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the contribution record of %1 for %2: no employer %3 is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the contribution record of %1 for %2: the month and a six-digit region are required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::storage::PreparedStatement</name>
    <message>
        <source>the connection is not an open SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::storage::StoreService</name>
    <message>
        <source>cannot check the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, and %n more problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The database file %1 is damaged (%2). Nothing more is read from it or written to it. A supervisor can put the latest backup in its place (menu Database → Backups and checks, or tongban-cli restore --db FILE --from BACKUP); the damaged file is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database %1 is not open yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup %1 is damaged too (%2): choose another one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file %1 is not a backup of a Tongban database this program can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy the backup %1 next to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move %1 aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot put the backup in place of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the maintenance log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped: the program is closing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::storage::WriteTransaction</name>
    <message>
        <source>a write transaction is already active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start a write transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no write transaction to commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot commit the transaction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::sweep::DeferralSweep</name>
    <message>
        <source>no deferral rules were loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start reading the employers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::sweep::SweepCsv</name>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard-hit area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pension: deferrable premium months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pension: months with records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pension: deferrable employer share (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unemployment: deferrable premium months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unemployment: deferrable amount (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work injury: deferrable premium months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work injury: deferrable amount (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay back by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INCOMPLETE: the 免申即享 deferral sweep as of %1 was cancelled at %2 after %3 of %4 employers; this list holds only the eligible employers among those screened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete: the 免申即享 deferral sweep as of %1 screened all %2 employers, finished at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deferral-sweep-%1-incomplete-%2-of-%3.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deferral-sweep-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::sweep::SweepParameters</name>
    <message>
        <source>the date the rules are applied on is required: YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region code: six digits (GB/T 2260), e.g. 310000 for a province, 310100 for a city, 310115 for a district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules applied as on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every employer is taken as having attested a temporary operating difficulty: employers listed under a rule that requires it are eligible only once they attest it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attestation of temporary operating difficulty is on file: only the rule without that condition (units in the five hardship industries, 人社厅发〔2022〕16号) makes an employer eligible; the 17 industries and the hard-hit-area rules of 人社部发〔2022〕31号 require it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No region is declared hard hit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions declared hard hit: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferrable pension amounts are the employer shares of the stored contribution records in the deferrable premium months; unemployment and work-injury premiums are not in the records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::sweep::SweepRecorder</name>
    <message>
        <source>the clerk&apos;s name is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::sync::ConflictRepository</name>
    <message>
        <source>the conflict %1 is already resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a conflict of %1 cannot be resolved here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace the queued changes of %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the version of %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot mark the conflict %1 resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the sync conflict %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no sync conflict %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clerk who resolves the conflict is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot queue %1 %2 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot queue the delete of %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the refused operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clerk who dismisses the refusal is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot dismiss the refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no open refusal %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::sync::DownRecords</name>
    <message>
        <source>reading %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::sync::HandCarry</name>
    <message>
        <source>this is not a hand-carry file of Tongban that can be trusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not JSON (%1), or it was cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the format is &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is not read by this program (it reads %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its body is missing or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the sync state failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer has never synced with the server, so the hall could not check its file: sync it once at the hall first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was changed after it was exported, or it comes from another device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operation %1 of the file is malformed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::sync::HistoryPayload</name>
    <message>
        <source>contribution_history: %1 is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contribution_history: %1 is neither an employer&apos;s id nor null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contribution_history: unknown key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contribution_history: &quot;records&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contribution_history: the column %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contribution_history: %1 is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contribution_history: %1 has %2 values and month %3: the columns must be of one length</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::sync::OfflineLimits</name>
    <message>
        <source>reading the offline limits failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the outbox failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This computer holds %n record(s) not yet sent to the server, the oldest from %1 day(s) ago: past the office&apos;s limit (%2 days, %3 records). New intakes are refused until it is synced — connect to the server and sync, or export the outbox for hand carrying to the hall.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer holds %n record(s) not yet sent to the server, the oldest from %1 day(s) ago; the office&apos;s limit is %2 days or %3 records, after which new intakes are refused. Sync soon.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the days a file may stay unsynced are 1 to 90, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the records a file may hold unsynced are 10 to 100000, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the offline limits failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the offline limits failed: the file has no sync state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::sync::Outbox</name>
    <message>
        <source>cannot remove op %1 from the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the version of %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot mark audit record %1 synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot keep the rejection of op %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one op must be asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox op %1: the payload is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered op %1, which was not pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not answer op %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the time of the push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the sync status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the failed push of op %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot queue %1 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the columns of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the acknowledged audit records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot queue audit record %1 again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::sync::PageApplier</name>
    <message>
        <source>cannot read the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contribution_history of %1: the insured person is not in the local store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contribution_history: the employer %1 is not in the local store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown entity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is pushed only, never pulled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: empty record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot apply the pulled page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a page that asks for a full re-sync carries no changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot check the references of the pulled page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pulled page leaves a row of %1 (row %2) referring to a missing row of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the pull cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot apply the pulled page: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the version of %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the insured person %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace the contributions of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the employer %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store %1 of contribution_history %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot check the references of the pulled page: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pulled page leaves a reference to a missing row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the pull cursor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::sync::ParameterEditionStore</name>
    <message>
        <source>cannot read the parameter editions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parameter edition %1 of %2 in this file is damaged (its bytes do not match its digest): sync again to receive it once more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the parameter edition %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1 to read its parameter editions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::sync::RecordWriter</name>
    <message>
        <source>cannot read the columns of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local store has no table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is never written from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payload&apos;s %1 (%2) is not the record id %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no column %2 that a payload may carry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the visit&apos;s person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot delete %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot switch the outbox triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the conflict of %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the device id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local store has no device id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::sync::SyncCounts</name>
    <message>
        <source>cannot count the synced records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::sync::SyncProtocol</name>
    <message>
        <source>the server&apos;s answer lacks this value, or it is of the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::sync::SyncStateRepository</name>
    <message>
        <source>cannot store the sync state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the sync state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the sync state: the row is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an office code has six digits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cap of offline days is at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cap of offline records is at least 1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::AccountsText</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · offline, valid until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts: window clerk&apos;s rights · clerk not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts: window clerk&apos;s rights · clerk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline sign-in locked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline sign-in expired: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central server (Settings): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline grace days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::AuditView</name>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a date as YYYY-MM-DD; &quot;any&quot; (the earliest date) leaves it open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full ID number shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison with another person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pension calculation sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pension comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intake receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one-time notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completion notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deferral notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unemployment benefit award notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unemployment benefit stop notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day&apos;s work CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eligible employers CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back-office decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparison with another person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clerk accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whose data: all 18 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clerk&apos;s login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person (ID number):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lerk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose (ID number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the next, older records under the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk the whole log: each record holds the fingerprint of the one before, so a record removed, altered or moved is found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Records, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person (ID number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) listed; more are older.</source>
        <translation>
            <numerusform>%n record listed; more are older.</numerusform>
            <numerusform>%n records listed; more are older.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) listed: all that match.</source>
        <translation>
            <numerusform>%n record listed: all that match.</numerusform>
            <numerusform>%n records listed: all that match.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chain could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The chain is intact: %n record(s), none removed, altered or moved.</source>
        <translation>
            <numerusform>The chain is intact: %n record, none removed, altered or moved.</numerusform>
            <numerusform>The chain is intact: %n records, none removed, altered or moved.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chain is broken at record No. %1: %2. Report it to the security officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pension comparison sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed among the matches of a name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::BackOfficePage</name>
    <message>
        <source>entry %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens the matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matters &amp;waiting, by due date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import batch file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the cases of an outreach point or an online channel (a JSON batch file): every entry is checked first and nothing is imported when one is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matter catalog could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matter is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n matter(s) waiting</source>
        <translation>
            <numerusform>%n matter waiting</numerusform>
            <numerusform>%n matters waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>: </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n due within 2 working days</source>
        <translation>
            <numerusform>%n due within 2 working days</numerusform>
            <numerusform>%n due within 2 working days</numerusform>
        </translation>
    </message>
    <message>
        <source>.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a batch of cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported. %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %n case(s) …</source>
        <translation>
            <numerusform>Importing %n case …</numerusform>
            <numerusform>Importing %n cases …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s)</source>
        <translation>
            <numerusform>Imported %n case</numerusform>
            <numerusform>Imported %n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> with %n matter(s) from the channel %1.</source>
        <translation>
            <numerusform> with %n matter from the channel %1.</numerusform>
            <numerusform> with %n matters from the channel %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tongban::ui::BreakdownModel</name>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (confidence: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::CaseworkText</name>
    <message>
        <source>Very satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>due in %n day</numerusform>
            <numerusform>due in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed with the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::ClaimForm</name>
    <message>
        <source>Six-digit region code (GB/T 2260) of the office paying the benefit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered as unemployed and seeking work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only when the region&apos;s standard is not in the data, CNY per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the figure comes from (required with a standard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job ended by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months paid since the last claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months carried over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly standard (entered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-filled from the employee months of the pension records; confirm it against the unemployment insurance record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the earlier claims …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the months carried over from an earlier claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-filled from the employee months of the pension records after the last claim (%1); confirm it against the unemployment insurance record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months left of the last stopped claim, kept for this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No months left from an earlier claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monthly standard must be an amount in CNY with at most two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::ClaimsPanel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid from – until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop notice PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground arose on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claims could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (lapsed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier claim.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::ComparisonView</name>
    <message>
        <source>Look up an insured person, then compare their pension with a colleague&apos;s, or with another start month or contributions paid on until retirement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another insured person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same person, another scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number or name of the other person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statutory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month the pension starts (YYYY-MM); empty: the statutory month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not paying on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A monthly contribution base (CNY) paid from now until the pension starts; empty: nothing more is paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pension starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep paying on a base of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNY a month, as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why they differ — each cause with its part of the difference; the parts add up to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the ID number or the name of the person to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start month is written YYYY-MM, e.g. 2027-03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base to keep paying is an amount in CNY a month, e.g. 8000 or 7310.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the scenario: another start month, a base to keep paying, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 receive the same: %3 CNY a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 CNY a month, %3 CNY less than %4 (%5 CNY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 CNY a month, %3 CNY more than %4 (%5 CNY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mostly %1: %2 CNY of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic pension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account pension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transitional and other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= the difference of the monthly pensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumed for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pension comparison %1 %2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comparison is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ID number %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison was not opened: a colleague&apos;s data is shown only on a recorded basis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison was not opened: the basis could not be recorded (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with: %1, ID number %2. Basis recorded: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::ContributionIndexChart</name>
    <message>
        <source>Contribution index by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexible years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1.0 = average wage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 floor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::CounterPage</name>
    <message>
        <source>Contribution history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pension breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unemployment benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unemployment insurance rules could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No insured person found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid ID number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lookup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not shown; %2 stays on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::DateEdit</name>
    <message>
        <source>%1 is out of range: enter a date from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date: type it as YYYY-MM-DD, e.g. 2022-06-15.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::DayWorkPage</name>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average wait (min:s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait (min:s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matters by department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matters by window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings by level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day&apos;s work cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the figures of %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was received, done, returned or rated on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day&apos;s work %1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the day&apos;s work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no figures to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day&apos;s work was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::DeferralView</name>
    <message>
        <source>Stored employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code or part of the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters, GB 32100-2015</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry (GB/T 4754-2017)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In an area hard hit by the epidemic (local criteria)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary operating difficulty attested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premium months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay back by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late-payment surcharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save notice as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stored employer matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the eligibility first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferral notice %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save deferral notice as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the payer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::DisclosureDialog</name>
    <message>
        <source>Basis for showing a colleague&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison shows the pension of %1 to the visitor: another person&apos;s data. The Personal Information Protection Law (Art. 13) requires a basis for it. Record it before the comparison opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent of the colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the colleague, or who signed for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who consented:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the supervisor&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why the data may be shown without consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record and compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the basis: the colleague&apos;s consent or a supervisor&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::DisplayText</name>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men, 60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women, 55</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women, 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months (%2 years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months (%2 years %3 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years %2 months</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::DocumentChecklist</name>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The documents of the matters added are listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n document(s) brought.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 documents missing: tick what the applicant brought (Space).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::FieldEditor</name>
    <message>
        <source>YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>six digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a row for one more period of work (Enter in a period&apos;s employer does the same).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::HistoryView</name>
    <message>
        <source>Look up an insured person: their contributions appear here year by year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shaded: flexible employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account up to %1 · %2 paid · %3 without a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the shipped data, so left out of the figures above: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly records of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All monthly records (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::IntakePage</name>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot proceed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a matter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matter yet: type the pinyin initials of what the visitor came for (txsq: 退休申请) and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matter catalog could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: next of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number on the visitor&apos;s queue ticket (typed or scanned, e.g. A023). Left empty, the next number of the day is issued when the intake is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan the ID card or type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant&apos;s &amp;ID number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents of all matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought (&amp;documents):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and print the one-time notice (一次性告知书) of the documents still missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the one-time notice as a PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take in (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the intake: each matter is received, pre-reviewed and given its due date; then the receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time notice: preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the one-time notice as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time notice %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt: preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 %2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last draft could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the intake that was not taken in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1: %2; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no matter yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intake saved at %1 is back as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the ID number here (18 characters); the name goes in its own field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insured person on file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The look-up failed: %1. Type the name and phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on file: type the applicant&apos;s name and phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not taken in: %n thing(s) to correct, each said under its field.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Taking the intake in …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taken in: correct what is said under the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taken in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Queue number %1 · %2 · %n matter(s) received</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Received %1, done at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1, due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1, due by law %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken in: queue number %1. Print the receipt for the visitor (Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take an intake in first: the receipt is made from what was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::LedgerPage</name>
    <message>
        <source>The ledger cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what was put right and told to the visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case of this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the problem the window cannot settle, in the visitor&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;roblem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Departments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may be assigned later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpert in charge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;mised by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the case (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a case in the list, or open one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer given to the visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why the case is taken up again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reop&amp;en because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visit at the counter: look the visitor up (Ctrl+1) or take their intake (Ctrl+2), then open the case here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit at the counter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no person looked up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open cases could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-ups could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases by promised date: %1, of which %2 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases by promised date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups of poor ratings by due date: %1, of which %2 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups of poor ratings by due date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1 · opened %2 by %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments: %1 · Expert: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised by %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed %1 with the answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::LookupBar</name>
    <message>
        <source>ID number or name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type an ID number, or type a name, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::MainWindow</name>
    <message>
        <source>Tongban · Social insurance counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1 could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1 (%2 insured persons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculation recorded in this visit at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insured persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premium deferral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible without application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deferral rules could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups and checks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1 is damaged: see Database → Backups and checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency, clerk and region…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not among the persons of this visit (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to this visit (for example a family member at the same counter), or end this visit and start a new one? Cancel keeps the person on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same calculation is already kept in this visit (recorded at %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficult cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day&apos;s work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating of the service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken in. F9: the visitor rates the service on their screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rating was not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated: %1. A follow-up is open in Difficult cases (Ctrl+7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out / switch clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts of the office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central server (Settings): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in offline, valid until %1: the central server cannot be reached (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out. The next clerk signs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts are kept on the central server: sign in online to manage them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::MatchList</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or more persons match “%2”: type more of the name, or pick one (double-click or Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 persons match “%2”: pick one (double-click or Enter).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::MatterDetailView</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a matter in the queue (Enter) or find it in the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matter catalog could not be loaded: the back office cannot work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contents, documents and pre-review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From → to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the applicant must bring or correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Required for a return, at least %n character(s): a reason the applicant can act on, e.g. &quot;bring the original household register&quot;. Optional for the other changes.</source>
        <translation>
            <numerusform>Required for a return, at least %n character: a reason the applicant can act on, e.g. &quot;bring the original household register&quot;. Optional for the other changes.</numerusform>
            <numerusform>Required for a return, at least %n characters: a reason the applicant can act on, e.g. &quot;bring the original household register&quot;. Optional for the other changes.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the documents the applicant brings now (Space); those handed in before are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Brought now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;py:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return notice %1 %2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion notice %1 %2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the notice as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matter could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue number %1 · applicant %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On behalf of %1 (%2), relation: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no promised due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1 (%2) by %3 · due %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;Returned: %2&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the matter asks for no document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pre-review engine for this matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No further change: the matter is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and print the completion notice (办结通知书).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and print the return notice (退件告知书): the reason and what to bring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion notice PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return notice PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A return needs its reason: what the applicant must bring or correct (at least %n character(s)).</source>
        <translation>
            <numerusform>A return needs its reason: what the applicant must bring or correct (at least %n character).</numerusform>
            <numerusform>A return needs its reason: what the applicant must bring or correct (at least %n characters).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Say what the applicant must bring or correct: at least %n character(s), %1 typed.</source>
        <translation>
            <numerusform>Say what the applicant must bring or correct: at least %n character, %1 typed.</numerusform>
            <numerusform>Say what the applicant must bring or correct: at least %n characters, %1 typed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a matter first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a returned matter has a return notice and a done one a completion notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken in (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next step is a back-office decision: a supervisor makes it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::MatterPicker</name>
    <message>
        <source>Pinyin initials or part of the name, e.g. txsq, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matter found for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::MatterSection</name>
    <message>
        <source>spouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sibling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entrusted person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this matter from the intake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On behalf of another person (the applicant acts as agent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the person acted for is to the applicant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number of the person acted for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are the applicant&apos;s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>promised %n working day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no promised limit published</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>statutory %n working day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>statutory %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::NoticeDocument</name>
    <message>
        <source>visitor&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(staff copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (staff copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(agency not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(seal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year %1, month %2, day %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the file (staff copy only): sources, confidence and data editions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::PagedDocument</name>
    <message>
        <source>The page is too small for the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing could not start on this printer or file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new page could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages could not be finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a file name for the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::PaperCopyBox</name>
    <message>
        <source>The visitor&apos;s copy speaks to the visitor: Chinese only, documents by number and title, the agency and its seal. The staff copy adds the sources, their confidence and the data editions for the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::ParameterNotice</name>
    <message>
        <source>New policy parameters: used from the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from the central store:
%1
Until Tongban starts again, it computes with the figures it started with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart Tongban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart Tongban now to compute with the new policy parameters?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window closes and opens again on the same file. A calculation on screen has to be asked for again; visits, matters and an intake being filled in are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::PdfExport</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::PensionForm</name>
    <message>
        <source>Pension starts (YYYY-MM):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculation base (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to use the region&apos;s published calculation base. Enter one (CNY per month) when none is published for that month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout months (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for the region&apos;s rule (the annex of 国发〔2005〕38号, months interpolated). Enter the divisor only where the approving office uses another one, and say why in the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep paying until then (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNY a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contribution base paid every month from now until the pension starts, the way the last month was paid. The figures not yet published are assumed and listed under the breakdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on entered figures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why a figure is entered (printed on the sheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the month as YYYY-MM, e.g. 2024-03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount in yuan with at most two decimals, e.g. 11,049.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the payout months as a number with at most one decimal, e.g. 139 or 138.4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the base to keep paying in yuan a month, e.g. 8000 or 7310.50.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::PensionResultPanel</name>
    <message>
        <source>Monthly basic pension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · pension from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · age %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result for this month. See the message above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a step to read what it means in plain words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::PensionView</name>
    <message>
        <source>Look up an insured person: the pension at the statutory retirement month is worked out here, step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pension result is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pension calculation sheet %1 %2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::PersonPanel</name>
    <message>
        <source>Scan or type the visitor&apos;s ID number, or type a name, in the field above and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirement group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory retirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deemed months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¥ %1 (to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the full ID number (after saying why; the reason is kept in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the full ID number?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 本人申请核对 (kept in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::PrintPreviewDialog</name>
    <message>
        <source>Print… (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the printer and print (%1 or Enter).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::RatingView</name>
    <message>
        <source>Please rate our service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How satisfied are you with the service for this matter?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch a button or press its number on the keypad (5 very satisfied … 1 very dissatisfied). Esc: close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating of the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating of the service · No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (matter %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings cannot be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rating could not be stored. Please tell the clerk. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We are sorry. The hall will look into it and contact you by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We are sorry. The hall will look into it and contact you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for your rating.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::RecomputeDialog</name>
    <message>
        <source>(no such step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored calculation recomputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps that changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored case cannot be computed with today&apos;s parameters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change: the parameters and the result are the same as when it was calculated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter files %1 have changed since, but the result is the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result differs: ¥ %1 then, ¥ %2 now (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed parameter files: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures from the contribution records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recomputed from the contribution records as stored now, with the choices made then (account as of the calculation month %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recomputed from the stored inputs: the contribution records could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recomputed from the stored inputs (figures derived from the records then are kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures from the contribution records have changed since, but the result is the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change: still computed on a provisional calculation base (预发), the month&apos;s base is not published yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was computed on a provisional calculation base (预发); the base is published now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::RecordTableModel</name>
    <message>
        <source>Paid in region %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(self-paid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::SearchPage</name>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a date as YYYY-MM-DD; &quot;any&quot; (the earliest date) leaves it open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. A023</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all 18 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name or its beginning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who took it in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lerk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens the matter in the back office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Matches, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matter catalog could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Page %1: %n match(es)</source>
        <translation>
            <numerusform>Page %1: %n match</numerusform>
            <numerusform>Page %1: %n matches</numerusform>
        </translation>
    </message>
    <message>
        <source> (the last page)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::SessionPanel</name>
    <message>
        <source>Queue number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pension from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected calculation as it was shown then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the selected calculation again with today&apos;s parameters and compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number on the next visitor&apos;s queue ticket; leave empty to number visits A001, A002, … by day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next queue number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculations in this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier calculations of this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visit open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 某某区社会保险事业管理中心</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on every visitor&apos;s copy with the place for its seal; a visitor&apos;s copy is not printed without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the place of the seal says, e.g. （盖章） or （业务专用章）.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region (GB/T 2260) new forms start with: the agency&apos;s own. A province from the list, or a city or county code typed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed as 经办人 on every sheet and notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A changed language applies from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk: the name is printed as 经办人 on every sheet and notice; enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default region: &quot;%1&quot; is not a GB/T 2260 code of a province, city or county (six digits, e.g. 110000 or 320800); choose one from the list or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter of this window&apos;s category: a visit opened here without a ticket number gets the next number of that letter (A001, A002, …; B001 at a B window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. host=10.1.2.3 dbname=tongban sslmode=verify-full sslrootcert=/etc/tongban/ca.crt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server of the clerks&apos; accounts, as a PostgreSQL (libpq) connection string without user and password: each clerk signs in with their own. Empty: no server. Applies at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clerk signed in: their name is printed as 经办人. Sign out to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names a user or a password; leave them out: each clerk signs in with their own login and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central server: %1. A libpq connection string is key=value pairs (host=10.1.2.3 dbname=tongban sslmode=verify-full) or a postgresql:// URI; or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::SheetActions</name>
    <message>
        <source>Print calculation sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the breakdown step by step in large type on the visitor&apos;s screen (full screen on a second screen when there is one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculation sheet: preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save calculation sheet as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor sees step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the calculation sheet and print it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the calculation sheet as a PDF file (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step on the visitor&apos;s screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step on the visitor&apos;s screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::SheetDocument</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula with the figures used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source and confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest (SHA-256, first 16 hex digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pension from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insured person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculation, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insured person&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* Figures of LOW confidence: verify them against the source document before relying on this sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen ID number is masked on this sheet. Amounts in CNY per month unless stated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents the calculation follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(agency not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to work at this counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: signing in offline on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, database %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (TLS, certificate verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server checks the password; when it cannot be reached, the password is checked against the sign-in kept on this computer at the last online sign-in. Set in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. wang.fang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::SnapshotDialog</name>
    <message>
        <source>Stored calculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute with today&apos;s parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored result cannot be read (%1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly basic pension ¥ %1 · %2 · pension from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumptions: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumptions: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::SnapshotText</name>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculated at %1 by %2 with parameters of edition %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edition %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::StoreDialog</name>
    <message>
        <source>Database: backups and checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the whole file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the selected backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts the backup in place of the database file. The file replaced is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a backup …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the whole file …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the backup of %1 in place of the database file? What was stored after it is not in the backup; the file replaced is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored: the database holds %1 insured persons.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::SweepTableModel</name>
    <message>
        <source>%1 (hard hit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pension: premium months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pension: deferrable employer share (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unemployment: premium months (amount not in the records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work injury: premium months (amount not in the records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pension
premium months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pension
deferrable (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unemployment
premium months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work injury
premium months</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::SweepView</name>
    <message>
        <source>region codes, e.g. 310000 220100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions the local authority declared hard hit: a province (310000), a city (220100) or a district (310115), separated by spaces or commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take temporary operating difficulty as attested (list employers to contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without attestation only units in the five hardship industries are eligible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules applied as on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard-hit regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sweep yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening the employers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 employers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 employers: the list below is partial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 employers screened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n employer(s) could not be screened (their data is incomplete), e.g. %1: %2</source>
        <translation>
            <numerusform>%n employer(s) could not be screened (their data is incomplete), e.g. %1: %2</numerusform>
            <numerusform>%n employer(s) could not be screened (their data is incomplete), e.g. %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The sweep could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible: %1 employers. Deferrable pension employer share in the records: %2 CNY. Unemployment and work-injury premiums are not in the records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the eligible employers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sweep to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of every eligible employer: a supervisor&apos;s export, kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::SyncPage</name>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a conflict or a refusal on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s version is sent again and replaces the server&apos;s; the server&apos;s is kept in the record of the conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s version replaces this computer&apos;s; this computer&apos;s is kept in the record of the conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read, dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsynced work allowed on this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for hand carry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work not yet sent, in a checked file to take to the hall on a USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a hand-carried file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for hand carry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-carry files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a hand-carried file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the office&apos;s first download is not complete: sync to finish it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in online (with the server&apos;s address) to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 was changed here and, before this computer&apos;s change reached the server, on another computer (version %2 on the server). Compare the two and decide which stands; the other is kept in the record of the conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server it was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this %1: %2 (%3). It stays on this computer as it is and is not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept this computer&apos;s version: it goes to the server with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s version is now on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limits are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported to %1. Take the file to the hall; they stay here and are sent again when this computer syncs (nothing is applied twice).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the file of device %1: %2 applied, %3 already there, %4 conflicts, %5 refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason of the return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promised on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insured person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::SyncStatusLabel</name>
    <message>
        <source>Sync with the central server: click to see the details, the conflicts and the refusals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: sending %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: receiving %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: receiving %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: the local file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: no server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to go up</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (oldest %n day(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tongban::ui::UnemploymentView</name>
    <message>
        <source>Look up a person to check a claim for unemployment benefit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the claim as checked: the benefit period starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award notice PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims of this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form has changed: check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unemployment benefit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible for unemployment benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible for unemployment benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months, paid from %2 until %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly amount %1 CNY; total %2 CNY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly amount not in the data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim was not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 opened: %2 months from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an open claim to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stop was not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 stopped: %2 of %3 months received, %4 months left%5. First month not paid: %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, kept for a later claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unemployment benefit award %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the award notice as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unemployment benefit stop %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the stop notice as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a claim first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a stopped claim first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months %1–%2: %3 CNY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, then check again; or confirm below that the claim opens without a monthly amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the claim without a monthly amount (it is entered when the standard is known)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::UsersPage</name>
    <message>
        <source>Accounts of the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline grace days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set grace period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. wang.fang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 王芳 (printed as 经办人)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 8 characters, letters and digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an account in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the account %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It can no longer sign in online; its offline sign-in on outreach computers ends with its grace period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password of %1 set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline grace period of %1 set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was made but not audited here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts of office %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::VisitorView</name>
    <message>
        <source>Your pension, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ / Space: next step   ← : previous step   Home / End: first / last   Esc: close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pension calculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::WorkflowText</name>
    <message>
        <source>counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outreach point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due within 2 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot proceed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-review passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resubmit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::ui::YearTableModel</name>
    <message>
        <source>Source: %1 (confidence %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The average wage of %1 is not in the shipped data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution index = average base / that year&apos;s average wage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered by the opening balance from the old ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average wage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance at year end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::unemployment::ClaimEvaluator</name>
    <message>
        <source>the region must be a six-digit GB/T 2260 code, e.g. 430100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the claim date must be a date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the months paid must be a whole number from 0 to 1200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the carried-over months must be a whole number from 0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown job-loss reason &quot;%1&quot;; allowed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entered monthly standard must be above 0 CNY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entered monthly standard needs a note saying where the figure comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months (%2 years %3 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid at least one year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 paid since the last claim: at least %2 months are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 paid since the last claim: at least %2 months (one year) are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job lost not by own choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job ended by: %1 — not by the worker&apos;s own choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job ended by: %1 — by the worker&apos;s own choice, which does not qualify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered as unemployed and seeking work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered as unemployed and seeking work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not registered as unemployed and seeking work: the unemployment registration comes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 paid: at most %2 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; plus %1 months not drawn from the earlier claim = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; capped at %1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered by the clerk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard of %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the monthly standard of %1 comes from a single secondary source (confidence LOW): check it against the current local notice, and enter it with a note if it differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unemployment benefit standard for region %1 in the data: enter the region&apos;s monthly standard with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown stop ground &quot;%1&quot;; allowed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the claim has no benefit period to stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stop date must be a date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stop date %1 is before the claim date %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment stops on the ground: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ground arose on %1, after the last month paid (%2): the benefit period had already ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ground arose on %1: payment stops from that month, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ground arose on %1: payment stops from the following month, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 months received; %3 months left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 months left are kept and added to a later entitlement, at most %2 months together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the statutory retirement age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the statutory retirement month is %1, after the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the statutory retirement month %1 has been reached: the basic pension, not unemployment benefit, applies from then on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no entitlement: not met — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the %1 months carried over stay kept for a later claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unemployment benefit standard for region %1 on %2 in the data (it has: %3): enter the monthly standard with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the standard of region %1 is known in the data only as a rule: %2 — enter the monthly standard with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the standard of region %1 (%2) is %3 % of the local minimum wage, which is not in the data for region %1 on %4: enter the monthly standard with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the standard of region %1 (%2) is %3 % of the minimum wage of tier %4, which is not in the data on %5: enter the monthly standard with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the standard of region %1 (%2) has no amount for benefit month %3 with %4 months paid: enter the monthly standard with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of the minimum wage %2 is %3, and how region %4 (%5) rounds it is not in the data: enter the monthly standard with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % × minimum wage %2 (%3, from %4) = %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % × minimum wage %2 (%3, %4, from %5) = %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum wage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 months left are not kept: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::unemployment::ClaimNotice</name>
    <message>
        <source>Issued on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules: %1, edition %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month(s)</numerusform>
            <numerusform>%n month(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unemployment benefit award notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job ended by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months paid since the last claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months carried over from an earlier claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unemployment benefit cannot be paid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly amount (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total over the benefit period (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment stops on re-employment, military service, emigration, starting a basic pension, imprisonment, refusing suitable work or training without good reason, or another legal ground; report such a change at once. Months not drawn are kept for a later claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit months: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly amount: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unemployment benefit stop notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop of payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground arose on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First month not paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months left kept for a later claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insured person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit months %1–%2 (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, area code %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::unemployment::UnemploymentClaimRepository</name>
    <message>
        <source>only an eligible claim can be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the person&apos;s claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person has a later claim, dated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the claim of %1 is still open until %2: stop it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the claim of %1 was already stopped on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the claim changed while it was being stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unemployment benefit claim with number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the monthly standard is not known (%1): enter it with a note saying where it comes from, or confirm that the claim opens without a monthly amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; opened without a monthly amount, as the clerk confirmed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::unemployment::UnemploymentRules</name>
    <message>
        <source>missing: an object of source keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: a list of {from_months, to_months, months}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bands must follow each other without gap or overlap, each to_months above its from_months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the last band may have no to_months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first band must start at minimum_paid_months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: a list of {key, involuntary, label, source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: a list of {key, label, months_left_carried, source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a six-digit GB/T 2260 region code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an amount in CNY above 0 with at most two decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a fraction between 0 and 1 (below the minimum wage, 条例 Art. 18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be lower-case letters, digits and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the parameter file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edition must be a date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must name a key of &quot;sources&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be HIGH, MEDIUM or LOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of {province, from, tiers, source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs either &quot;monthly&quot; (CNY) or &quot;share&quot; (of the minimum wage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last day comes before the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs exactly one of &quot;steps&quot;, &quot;monthly&quot; (CNY), &quot;share&quot; (of the minimum wage) or &quot;rule_only&quot;: true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list at least one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;fen&quot; or &quot;yuan&quot; (half-up to the fen or to the whole yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a share of the minimum wage is rounded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names the tier of a share of the minimum wage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule known only in words says it in &quot;note&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlaps the days of standards.regions[%1] for the same code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a province-level GB/T 2260 code (six digits ending in 0000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list at least one tier {tier, monthly, places}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a GB/T 2260 code of a place of province %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the place %1 is in two tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::workflow::IntakeBatchCodec</name>
    <message>
        <source>unknown key &quot;%1&quot;; a batch has &quot;channel&quot; and &quot;cases&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;channel&quot; is required: one of %1 (where the cases were taken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;cases&quot; is required: an array of at least one intake case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case is a JSON object in the intake case format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON at offset %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must hold a JSON object {&quot;channel&quot;, &quot;cases&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::workflow::MatterStateMachine</name>
    <message>
        <source>the matter&apos;s catalog entry has no pre-review step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the matter&apos;s catalog entry requires its steps first (only an immediate matter is done on receipt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the matter&apos;s catalog entry does not forward it to another department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the matter&apos;s catalog entry requires it to be forwarded to its department first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing: the matter is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workflow has no such step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a matter cannot go from %1 (%2) to %3 (%4): %5; from %1 it may go to %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::workflow::MatterStatusText</name>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pre-reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::workflow::MatterWorkflowRepository</name>
    <message>
        <source>cannot prepare reading the matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no matter %1 is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare reading the matter&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the matter&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare reading the open matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the open matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clerk&apos;s name is required for a change of status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a return needs a reason the applicant can act on (at least %1 characters): what is wrong and what to bring or correct, e.g. &quot;请补交户口簿原件&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documents are added to a matter only when it is resubmitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown document &quot;%1&quot; (documents.json lists the documents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the matter &quot;%1&quot; is not in the catalog (edition %2): its steps are not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare changing the matter&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot change the status of the matter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the matter %1 changed while its status was being changed; read it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare recording the change of status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the change of status of the matter %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tongban::workflow::WorkflowNotices</name>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter %1 of visit %2 (%3); change %4 by %5 at %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1 %2 (confidence %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice of return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue number %1, returned %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice of return %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the matter is returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to bring when you come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document is missing; correct what the reason above names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The documents you handed in are kept with the matter: bring only what is listed above. The time limit counts again from the day you resubmit. Bring this notice with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice of completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue number %1, done %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice of completion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the promised time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matter is settled. Keep this notice; ask at any window of the hall if anything in it is unclear.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
