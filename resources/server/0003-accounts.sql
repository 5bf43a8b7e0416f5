-- Step 3: clerk accounts, changed only through these functions (SECURITY DEFINER: they run as the
-- owner, which has CREATEROLE). Each checks its caller: the owner (a member of the role that owns
-- the schema tongban), or an enabled supervisor acting within their own office on window clerks
-- and experts. A password never travels in SQL: the client sends the SCRAM-SHA-256 verifier it
-- computed (libpq's PQencryptPasswordConn).
--
-- Errors carry SQLSTATEs of their own, which core/central/centralsession.cpp turns into messages:
--   TB001 unknown office     TB002 login exists        TB003 no such login
--   TB004 unknown role       TB005 malformed login     TB006 grace days out of 1..30
--   TB007 not a SCRAM verifier                          TB008 audit retention under 6 months
--   TBF01 another office's account (forbidden)           TBF02 a supervisor's account (forbidden)
--   42501 not the owner nor a supervisor (forbidden)

-- 'owner', or the role id of session_user when it is an enabled clerk, else NULL.
CREATE FUNCTION tongban.caller_kind() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE
        WHEN pg_has_role(session_user, (SELECT nspowner FROM pg_namespace WHERE nspname = 'tongban'), 'MEMBER') THEN 'owner'
        ELSE (SELECT role FROM tongban.app_user WHERE login = session_user AND enabled)
    END
$$;
REVOKE ALL ON FUNCTION tongban.caller_kind() FROM PUBLIC;

-- Refuses unless the caller may manage an account of @role in @office.
CREATE FUNCTION tongban.require_account_right(office char(6), role text) RETURNS void
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    caller text := tongban.caller_kind();
BEGIN
    IF caller = 'owner' THEN
        RETURN;
    END IF;
    IF caller IS DISTINCT FROM 'supervisor' THEN
        RAISE EXCEPTION 'only the administrator or a supervisor manages accounts' USING ERRCODE = '42501';
    END IF;
    IF office IS DISTINCT FROM tongban.current_office() THEN
        RAISE EXCEPTION 'a supervisor manages the accounts of their own office only' USING ERRCODE = 'TBF01';
    END IF;
    IF role = 'supervisor' THEN
        RAISE EXCEPTION 'only the administrator manages supervisors' USING ERRCODE = 'TBF02';
    END IF;
END
$$;
REVOKE ALL ON FUNCTION tongban.require_account_right(char(6), text) FROM PUBLIC;

-- The account of @login, for the checks of the functions below (TB003 when there is none).
CREATE FUNCTION tongban.account_of(target text) RETURNS tongban.app_user
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    account tongban.app_user;
BEGIN
    SELECT * INTO account FROM tongban.app_user WHERE login = target;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no account %', target USING ERRCODE = 'TB003';
    END IF;
    RETURN account;
END
$$;
REVOKE ALL ON FUNCTION tongban.account_of(text) FROM PUBLIC;

CREATE FUNCTION tongban.require_verifier(verifier text) RETURNS void
    LANGUAGE plpgsql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF verifier IS NULL OR verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'a SCRAM-SHA-256 verifier is required, never a password' USING ERRCODE = 'TB007';
    END IF;
END
$$;
REVOKE ALL ON FUNCTION tongban.require_verifier(text) FROM PUBLIC;

-- What the account functions return: the account as stored.
CREATE TYPE tongban.account AS (
    login text,
    display_name text,
    office_code char(6),
    role text,
    enabled boolean,
    offline_grace_days integer
);

CREATE FUNCTION tongban.user_add(login text, display_name text, role text, office char(6), verifier text)
    RETURNS tongban.account
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    group_role text;
BEGIN
    IF login IS NULL OR login !~ '^[a-z][a-z0-9._-]{1,62}$' THEN
        RAISE EXCEPTION 'malformed login' USING ERRCODE = 'TB005';
    END IF;
    group_role := CASE role WHEN 'window-clerk' THEN 'tongban_window_clerk' WHEN 'expert' THEN 'tongban_expert'
                            WHEN 'supervisor' THEN 'tongban_supervisor' END;
    IF group_role IS NULL THEN
        RAISE EXCEPTION 'unknown role' USING ERRCODE = 'TB004';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM tongban.office o WHERE o.code = office) THEN
        RAISE EXCEPTION 'unknown office' USING ERRCODE = 'TB001';
    END IF;
    PERFORM tongban.require_account_right(office, role);
    PERFORM tongban.require_verifier(verifier);
    IF EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = login) THEN
        RAISE EXCEPTION 'login exists' USING ERRCODE = 'TB002';
    END IF;
    -- A login role that owns nothing, bypasses nothing, and is a member of one group role only.
    EXECUTE format('CREATE ROLE %I LOGIN INHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS'
                   ' PASSWORD %L IN ROLE %I', login, verifier, group_role);
    INSERT INTO tongban.app_user (login, display_name, office_code, role)
        VALUES (login, btrim(display_name), office, role);
    RETURN (SELECT ROW(a.login, a.display_name, a.office_code, a.role, a.enabled, a.offline_grace_days)::tongban.account
            FROM tongban.app_user a WHERE a.login = user_add.login);
END
$$;

CREATE FUNCTION tongban.user_disable(target text) RETURNS tongban.account
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    account tongban.app_user := tongban.account_of(target);
BEGIN
    PERFORM tongban.require_account_right(account.office_code, account.role);
    EXECUTE format('ALTER ROLE %I NOLOGIN', target);
    UPDATE tongban.app_user a SET enabled = false WHERE a.login = target;
    RETURN (SELECT ROW(a.login, a.display_name, a.office_code, a.role, a.enabled, a.offline_grace_days)::tongban.account
            FROM tongban.app_user a WHERE a.login = target);
END
$$;

CREATE FUNCTION tongban.user_reset_password(target text, verifier text) RETURNS tongban.account
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    account tongban.app_user := tongban.account_of(target);
BEGIN
    PERFORM tongban.require_account_right(account.office_code, account.role);
    PERFORM tongban.require_verifier(verifier);
    EXECUTE format('ALTER ROLE %I PASSWORD %L', target, verifier);
    RETURN (SELECT ROW(a.login, a.display_name, a.office_code, a.role, a.enabled, a.offline_grace_days)::tongban.account
            FROM tongban.app_user a WHERE a.login = target);
END
$$;

CREATE FUNCTION tongban.user_set_grace(target text, days integer) RETURNS tongban.account
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    account tongban.app_user := tongban.account_of(target);
BEGIN
    PERFORM tongban.require_account_right(account.office_code, account.role);
    IF days IS NULL OR days NOT BETWEEN 1 AND 30 THEN
        RAISE EXCEPTION 'grace days out of 1..30' USING ERRCODE = 'TB006';
    END IF;
    UPDATE tongban.app_user a SET offline_grace_days = days WHERE a.login = target;
    RETURN (SELECT ROW(a.login, a.display_name, a.office_code, a.role, a.enabled, a.offline_grace_days)::tongban.account
            FROM tongban.app_user a WHERE a.login = target);
END
$$;

-- Who the signed-in login is: one row for an enabled clerk, none otherwise.
CREATE FUNCTION tongban.whoami()
    RETURNS TABLE (login text, display_name text, role text, office_code char(6), office_name text,
                   offline_grace_days integer, enabled boolean)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT a.login, a.display_name, a.role, a.office_code, o.name, a.offline_grace_days, a.enabled
    FROM tongban.app_user a JOIN tongban.office o ON o.code = a.office_code
    WHERE a.login = session_user
$$;

-- Audit records are never changed, and removed only by tongban.purge_audit (which sets
-- tongban.purging for its own transaction) — not even the owner removes one by a plain DELETE.
CREATE FUNCTION tongban.audit_record_guard() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_setting('tongban.purging', true) = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit records are append-only (%)', TG_OP USING ERRCODE = '42501';
END
$$;
CREATE TRIGGER audit_record_append_only BEFORE UPDATE OR DELETE ON tongban.audit_record
    FOR EACH ROW EXECUTE FUNCTION tongban.audit_record_guard();

-- Retention (Cybersecurity Law art. 21, MLPS 2.0 level 3: network logs kept at least 6 months):
-- removes the records received and made before now() - older_than; refuses anything under 6
-- months. The owner's only: EXECUTE is granted to nobody.
CREATE FUNCTION tongban.purge_audit(older_than interval) RETURNS bigint
    LANGUAGE plpgsql VOLATILE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    removed bigint;
BEGIN
    IF older_than IS NULL OR now() - older_than > now() - interval '6 months' THEN
        RAISE EXCEPTION 'audit records are kept at least 6 months' USING ERRCODE = 'TB008';
    END IF;
    PERFORM set_config('tongban.purging', 'on', true);
    DELETE FROM tongban.audit_record WHERE received_at < now() - older_than AND at < now() - older_than;
    GET DIAGNOSTICS removed = ROW_COUNT;
    PERFORM set_config('tongban.purging', 'off', true);
    RETURN removed;
END
$$;

DO $grants$
DECLARE
    f text;
BEGIN
    FOREACH f IN ARRAY ARRAY['tongban.user_add(text, text, text, char(6), text)', 'tongban.user_disable(text)',
                             'tongban.user_reset_password(text, text)', 'tongban.user_set_grace(text, integer)',
                             'tongban.whoami()', 'tongban.purge_audit(interval)', 'tongban.audit_record_guard()'] LOOP
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f);
    END LOOP;
END
$grants$;
GRANT EXECUTE ON FUNCTION tongban.user_add(text, text, text, char(6), text), tongban.user_disable(text),
    tongban.user_reset_password(text, text), tongban.user_set_grace(text, integer)
    TO tongban_supervisor;
GRANT EXECUTE ON FUNCTION tongban.whoami() TO tongban_window_clerk, tongban_expert, tongban_supervisor;
