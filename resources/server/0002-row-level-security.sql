-- Step 2: every row belongs to an office, and the database itself keeps each office's rows to
-- that office (row-level security), whatever SQL a clerk's login sends.
--
-- The office of the signed-in clerk: the office of session_user in app_user, NULL when the login
-- is no clerk or is disabled. SECURITY DEFINER, so that it reads app_user whole (as the owner)
-- whatever the caller may see of it; session_user, not current_user, so that SET ROLE changes
-- nothing.
CREATE FUNCTION tongban.current_office() RETURNS char(6)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT office_code FROM tongban.app_user WHERE login = session_user AND enabled
$$;
REVOKE ALL ON FUNCTION tongban.current_office() FROM PUBLIC;

-- The owner's role may be no superuser: with FORCE it is bound by policies too, so it gets its
-- own (it administers every office). The clerks' group roles get theirs below; a role without a
-- policy sees and writes nothing.
DO $enable$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['office', 'app_user', 'audit_record', 'visit_session', 'intake_matter'] LOOP
        EXECUTE format('ALTER TABLE tongban.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE tongban.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY owner_all ON tongban.%I TO %I USING (true) WITH CHECK (true)', t, current_user);
    END LOOP;
END
$enable$;

GRANT USAGE ON SCHEMA tongban TO tongban_window_clerk, tongban_expert, tongban_supervisor;
GRANT EXECUTE ON FUNCTION tongban.current_office() TO tongban_window_clerk, tongban_expert, tongban_supervisor;

-- office: each clerk sees their own office; only the owner adds one.
GRANT SELECT ON tongban.office TO tongban_window_clerk, tongban_expert, tongban_supervisor;
CREATE POLICY office_own ON tongban.office FOR SELECT
    TO tongban_window_clerk, tongban_expert, tongban_supervisor
    USING (code = tongban.current_office());

-- app_user: a supervisor sees the users of their office, anyone else only themselves. Changes go
-- through the account functions of step 3 only (nothing granted).
GRANT SELECT ON tongban.app_user TO tongban_window_clerk, tongban_expert, tongban_supervisor;
CREATE POLICY app_user_self ON tongban.app_user FOR SELECT
    TO tongban_window_clerk, tongban_expert
    USING (login = session_user AND office_code = tongban.current_office());
CREATE POLICY app_user_office ON tongban.app_user FOR SELECT
    TO tongban_supervisor
    USING (office_code = tongban.current_office());

-- audit_record: everyone appends their own records of their own office; only a supervisor reads
-- (their office's); nobody but the owner may change or remove one (and the owner only through
-- tongban.purge_audit, step 3).
GRANT INSERT ON tongban.audit_record TO tongban_window_clerk, tongban_expert, tongban_supervisor;
GRANT SELECT ON tongban.audit_record TO tongban_supervisor;
CREATE POLICY audit_append ON tongban.audit_record FOR INSERT
    TO tongban_window_clerk, tongban_expert, tongban_supervisor
    WITH CHECK (office_code = tongban.current_office() AND clerk = session_user);
CREATE POLICY audit_read ON tongban.audit_record FOR SELECT
    TO tongban_supervisor
    USING (office_code = tongban.current_office());

-- visit_session and intake_matter: read, add and change the rows of one's own office; a row may
-- not be moved to another office. Nothing is deleted (records are kept).
DO $domain$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['visit_session', 'intake_matter'] LOOP
        EXECUTE format('GRANT SELECT, INSERT, UPDATE ON tongban.%I TO tongban_window_clerk, tongban_expert, tongban_supervisor', t);
        EXECUTE format('CREATE POLICY office_rows ON tongban.%I FOR ALL'
                       ' TO tongban_window_clerk, tongban_expert, tongban_supervisor'
                       ' USING (office_code = tongban.current_office())'
                       ' WITH CHECK (office_code = tongban.current_office())', t);
    END LOOP;
END
$domain$;
