-- Step 4: sync (issue 13; docs/sync.md). Devices push their outbox through tongban.sync_push and
-- pull their office's changes through tongban.sync_pull; there is no server process of our own.
--
-- Every synced record but the audit's is one row of tongban.sync_record, keyed by (entity,
-- record_id) and carrying its office, a version that goes up by one with each change, and the
-- local row's columns as a JSON payload. A trigger writes each change into tongban.change_log in
-- the change's own transaction, stamped with the transaction's id (xid8); a pull returns only
-- the changes of transactions below the oldest one still running (pg_snapshot_xmin), in (txid,
-- seq) order, so a change committed late is never skipped by a cursor that went past it.
--
-- Row-level security keeps each office's rows to that office on every new table (ENABLE + FORCE,
-- by tongban.current_office(), as step 2), and the push, pull and counts functions run with the
-- clerk's own rights (SECURITY INVOKER), so the database itself refuses another office's rows
-- inside the functions too. Only the change log's trigger, the enrolment and two checks run as
-- the owner (SECURITY DEFINER), each for a reason given at it.
--
-- Errors raised (not results):
--   TB101 upgrade required: the client's protocol or local schema is older than the server's
--         minimum (protocol 1, local schema 9); nothing is changed, the client keeps its data
--   TB102 the device id is enrolled with another install nonce (a cloned file or image)
--   TB103 the device is not enrolled, or enrolled by another office
--   TB001 unknown office (sync_load), 42501 not the owner (sync_load) or not a clerk (sync_enrol),
--   22023 a malformed argument (p_ops not an array, an unknown entity for sync_load, …)

-- The placeholders of step 1, which nothing filled: sync_record replaces them.
DROP TABLE tongban.intake_matter;
DROP TABLE tongban.visit_session;

-- The server's epoch: raised when the server is restored from a backup (tongban.sync_new_epoch),
-- which makes every cursor of an older epoch answer must_resync. One row.
CREATE TABLE tongban.sync_epoch (
    epoch bigint NOT NULL CHECK (epoch > 0),
    one boolean PRIMARY KEY DEFAULT true CHECK (one)
);
INSERT INTO tongban.sync_epoch (epoch) VALUES (1);

-- A device (the local store's device.id) enrolled by a clerk of an office, with the nonce made at
-- its installation: the same id with another nonce is a copy of the file or of the disk (T15).
CREATE TABLE tongban.sync_device (
    device_id uuid PRIMARY KEY,
    office_code char(6) NOT NULL REFERENCES tongban.office (code),
    install_nonce text NOT NULL CHECK (length(install_nonce) BETWEEN 8 AND 200),
    enrolled_by text NOT NULL DEFAULT session_user,
    enrolled_at timestamptz NOT NULL DEFAULT now(),
    last_seen_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sync_device_office ON tongban.sync_device (office_code);

-- The key of a device's hand-carry file (core/sync/handcarry.h: HMAC-SHA-256 of the exported
-- outbox), made at enrolment: 244 random bits from gen_random_uuid (pg_strong_random). Read only
-- through the definer functions sync_enrol (the device itself) and sync_carry_key (a supervisor of
-- its office importing a file): nothing is granted on this table.
CREATE TABLE tongban.sync_device_key (
    device_id uuid PRIMARY KEY REFERENCES tongban.sync_device (device_id),
    carry_key text NOT NULL DEFAULT replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '')
        CHECK (length(carry_key) >= 32)
);

-- One row per synced record (every entity but audit_record, which goes into tongban.audit_record).
-- A delete leaves a tombstone (deleted, payload NULL, version + 1).
CREATE TABLE tongban.sync_record (
    entity text NOT NULL,
    record_id text NOT NULL CHECK (length(record_id) BETWEEN 1 AND 200),
    office_code char(6) NOT NULL REFERENCES tongban.office (code),
    version bigint NOT NULL CHECK (version > 0),
    deleted boolean NOT NULL DEFAULT false,
    payload jsonb CHECK (payload IS NULL OR jsonb_typeof(payload) = 'object'),
    device_id uuid, -- NULL: the owner's loader (sync_load)
    changed_by text NOT NULL DEFAULT session_user,
    changed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (entity, record_id),
    CHECK (deleted = (payload IS NULL))
);
CREATE INDEX sync_record_office ON tongban.sync_record (office_code, entity) WHERE NOT deleted;

-- Each change of sync_record, in the change's own transaction (the trigger below): txid is the
-- transaction's id, seq the order within it. Nobody but that trigger writes here.
CREATE TABLE tongban.change_log (
    txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    seq bigint GENERATED ALWAYS AS IDENTITY,
    office_code char(6) NOT NULL,
    entity text NOT NULL,
    record_id text NOT NULL,
    version bigint NOT NULL,
    device_id uuid,
    PRIMARY KEY (txid, seq)
);
CREATE INDEX change_log_office ON tongban.change_log (office_code, txid, seq);
CREATE INDEX change_log_record ON tongban.change_log (entity, record_id, version);
CREATE INDEX change_log_employer ON tongban.change_log (txid, seq) WHERE entity = 'employer';

-- Each op applied, with the result it got: a replay of the op gets it back as 'duplicate'.
-- (Conflicts and rejections are not stored: nothing was applied, a replay is judged again.)
CREATE TABLE tongban.applied_op (
    op_id uuid PRIMARY KEY,
    device_id uuid NOT NULL,
    office_code char(6) NOT NULL REFERENCES tongban.office (code),
    entity text NOT NULL,
    record_id text NOT NULL,
    result jsonb NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX applied_op_device ON tongban.applied_op (device_id, applied_at);

-- sync_record's rules, whoever writes (the functions or a clerk's own SQL): the key and the
-- office never change, a new record starts at version 1 and each change adds exactly 1.
CREATE FUNCTION tongban.sync_record_guard() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.version <> 1 THEN
            RAISE EXCEPTION 'a new sync record starts at version 1' USING ERRCODE = '23514';
        END IF;
    ELSIF NEW.entity <> OLD.entity OR NEW.record_id <> OLD.record_id OR NEW.office_code <> OLD.office_code THEN
        RAISE EXCEPTION 'a sync record keeps its key and office' USING ERRCODE = '23514';
    ELSIF NEW.version <> OLD.version + 1 THEN
        RAISE EXCEPTION 'each change of a sync record adds 1 to its version' USING ERRCODE = '23514';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER sync_record_guard BEFORE INSERT OR UPDATE ON tongban.sync_record
    FOR EACH ROW EXECUTE FUNCTION tongban.sync_record_guard();

-- The change log's writer. SECURITY DEFINER: clerks have no right to write the log themselves.
CREATE FUNCTION tongban.sync_record_logged() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    INSERT INTO tongban.change_log (office_code, entity, record_id, version, device_id)
        VALUES (NEW.office_code, NEW.entity, NEW.record_id, NEW.version, NEW.device_id);
    RETURN NULL;
END
$$;
CREATE TRIGGER sync_record_logged AFTER INSERT OR UPDATE ON tongban.sync_record
    FOR EACH ROW EXECUTE FUNCTION tongban.sync_record_logged();

-- Row-level security: the owner administers every office; a clerk sees their office's rows.
DO $enable$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['sync_epoch', 'sync_device', 'sync_device_key', 'sync_record', 'change_log', 'applied_op'] LOOP
        EXECUTE format('ALTER TABLE tongban.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE tongban.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY owner_all ON tongban.%I TO %I USING (true) WITH CHECK (true)', t, current_user);
    END LOOP;
END
$enable$;

GRANT SELECT ON tongban.sync_epoch TO tongban_window_clerk, tongban_expert, tongban_supervisor;
CREATE POLICY epoch_read ON tongban.sync_epoch FOR SELECT
    TO tongban_window_clerk, tongban_expert, tongban_supervisor USING (true);

-- Devices are enrolled through tongban.sync_enrol only; a clerk reads their office's.
GRANT SELECT ON tongban.sync_device TO tongban_window_clerk, tongban_expert, tongban_supervisor;
CREATE POLICY office_rows ON tongban.sync_device FOR SELECT
    TO tongban_window_clerk, tongban_expert, tongban_supervisor
    USING (office_code = tongban.current_office());

-- Records: read, add and change (never remove: a delete is a tombstone) one's own office's.
GRANT SELECT, INSERT, UPDATE ON tongban.sync_record TO tongban_window_clerk, tongban_expert, tongban_supervisor;
CREATE POLICY office_rows ON tongban.sync_record FOR ALL
    TO tongban_window_clerk, tongban_expert, tongban_supervisor
    USING (office_code = tongban.current_office())
    WITH CHECK (office_code = tongban.current_office());

-- Employers are the public registry (unified social credit codes are public, GB 32100): every
-- office reads every employer, because its persons' histories name employers of other counties.
-- They are written by the owner's loader only.
CREATE POLICY employers_read ON tongban.sync_record FOR SELECT
    TO tongban_window_clerk, tongban_expert, tongban_supervisor
    USING (entity = 'employer');

-- The change log: read one's office's (and the employers'); written by the trigger only.
GRANT SELECT ON tongban.change_log TO tongban_window_clerk, tongban_expert, tongban_supervisor;
CREATE POLICY office_rows ON tongban.change_log FOR SELECT
    TO tongban_window_clerk, tongban_expert, tongban_supervisor
    USING (office_code = tongban.current_office());
CREATE POLICY employers_read ON tongban.change_log FOR SELECT
    TO tongban_window_clerk, tongban_expert, tongban_supervisor
    USING (entity = 'employer');

-- Applied ops: read and add one's office's; never changed.
GRANT SELECT, INSERT ON tongban.applied_op TO tongban_window_clerk, tongban_expert, tongban_supervisor;
CREATE POLICY office_rows ON tongban.applied_op FOR ALL
    TO tongban_window_clerk, tongban_expert, tongban_supervisor
    USING (office_code = tongban.current_office())
    WITH CHECK (office_code = tongban.current_office());

-- The entities of the protocol (core/sync/syncprotocol.h, SyncEntities).
CREATE FUNCTION tongban.sync_up_entities() RETURNS text[]
    LANGUAGE sql IMMUTABLE
AS $$
    SELECT ARRAY['visit_session', 'intake_visit', 'intake_matter', 'matter_status_event', 'session_event',
                 'unemployment_claim', 'difficult_case', 'difficult_case_event', 'service_rating',
                 'rating_followup', 'data_disclosure', 'audit_record']
$$;
CREATE FUNCTION tongban.sync_down_entities() RETURNS text[]
    LANGUAGE sql IMMUTABLE
AS $$
    SELECT ARRAY['insured_person', 'employer', 'contribution_history']
$$;
CREATE FUNCTION tongban.sync_insert_only_entities() RETURNS text[]
    LANGUAGE sql IMMUTABLE
AS $$
    SELECT ARRAY['matter_status_event', 'session_event', 'difficult_case_event', 'data_disclosure', 'audit_record']
$$;

-- TB101 unless the client speaks protocol 1 or later and its local schema is step 9 or later.
CREATE FUNCTION tongban.sync_require_client(p_protocol integer, p_schema integer) RETURNS void
    LANGUAGE plpgsql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF p_protocol IS NULL OR p_protocol < 1 OR p_schema IS NULL OR p_schema < 9 THEN
        RAISE EXCEPTION 'upgrade required: this server takes sync protocol 1 and local schema 9 or later (got % and %)',
            p_protocol, p_schema USING ERRCODE = 'TB101';
    END IF;
END
$$;

-- TB103 unless @p_device is enrolled by the caller's office (read as the owner: a device of
-- another office is no more visible to the caller than an unknown one, and both are refused).
CREATE FUNCTION tongban.sync_require_device(p_device uuid) RETURNS void
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM tongban.sync_device d
                   WHERE d.device_id = p_device AND d.office_code = tongban.current_office()) THEN
        RAISE EXCEPTION 'device % is not enrolled by this office', p_device USING ERRCODE = 'TB103';
    END IF;
END
$$;

-- Whether @p_login is a clerk's login of the caller's office (enabled or not: work done before a
-- clerk left is still theirs). As the owner, because a window clerk reads only their own account.
CREATE FUNCTION tongban.sync_is_office_login(p_login text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT EXISTS (SELECT 1 FROM tongban.app_user u WHERE u.login = p_login AND u.office_code = tongban.current_office())
$$;

-- The result of a refused op, with its Chinese message.
CREATE FUNCTION tongban.sync_rejected(p_op_id text, p_code text) RETURNS jsonb
    LANGUAGE sql IMMUTABLE
AS $$
    SELECT jsonb_build_object('op_id', p_op_id, 'result', 'rejected', 'code', p_code, 'message',
        CASE p_code
            WHEN 'unknown-entity' THEN '服务器不认识这类记录：请升级本程序'
            WHEN 'read-only-entity' THEN '参保人、单位和缴费记录只由中心下发，本机不能上传修改'
            WHEN 'other-office' THEN '该记录属于其他经办机构，本机构不能修改'
            WHEN 'bad-payload' THEN '记录内容不完整或格式不对，服务器未接收'
            WHEN 'forbidden' THEN '经办人不是本机构的登录账号，服务器未接收'
            ELSE '服务器未接收该记录'
        END)
$$;

-- An audit record pushed by a device (entity audit_record, record_id '<device_id>:<seq>', the
-- payload the local audit_record's columns) into tongban.audit_record, under its rule: the
-- record's clerk is a login of the pushing clerk's office. As the owner, because a window clerk
-- may not read the audit (step 2) and its policy admits only records of the clerk signed in.
-- Returns 'applied', 'duplicate' (the same record is there), or a rejection's code.
CREATE FUNCTION tongban.sync_put_audit(p_record_id text, p_kind text, p_payload jsonb) RETURNS text
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    parts text[] := regexp_match(p_record_id, '^([0-9a-fA-F-]{36}):([1-9][0-9]{0,17})$');
    v_office char(6) := tongban.current_office();
    v_device uuid;
    v_seq bigint;
    existing tongban.audit_record;
BEGIN
    IF v_office IS NULL THEN
        RETURN 'forbidden';
    END IF;
    IF parts IS NULL OR p_kind IS DISTINCT FROM 'upsert' OR jsonb_typeof(p_payload) IS DISTINCT FROM 'object' THEN
        RETURN 'bad-payload';
    END IF;
    v_device := parts[1]::uuid;
    v_seq := parts[2]::bigint;
    IF (p_payload ? 'device_id' AND (p_payload->>'device_id')::uuid IS DISTINCT FROM v_device)
       OR (p_payload ? 'seq' AND (p_payload->>'seq')::bigint IS DISTINCT FROM v_seq) THEN
        RETURN 'bad-payload';
    END IF;
    IF NOT tongban.sync_is_office_login(p_payload->>'clerk') THEN
        RETURN 'forbidden';
    END IF;
    SELECT * INTO existing FROM tongban.audit_record a WHERE a.device_id = v_device AND a.seq = v_seq;
    IF FOUND THEN
        IF existing.office_code <> v_office THEN
            RETURN 'other-office';
        END IF;
        RETURN CASE WHEN existing.hash = p_payload->>'hash' THEN 'duplicate' ELSE 'bad-payload' END;
    END IF;
    INSERT INTO tongban.audit_record (device_id, seq, office_code, clerk, at, action, subject, object, reason, outcome,
                                      detail, prev_hash, hash)
        VALUES (v_device, v_seq, v_office, p_payload->>'clerk', (p_payload->>'at')::timestamptz, p_payload->>'action',
                coalesce(p_payload->>'subject', ''), coalesce(p_payload->>'object', ''),
                coalesce(p_payload->>'reason', ''), p_payload->>'outcome', coalesce(p_payload->>'detail', ''),
                p_payload->>'prev_hash', p_payload->>'hash');
    RETURN 'applied';
END
$$;

-- One op of a push (see sync_push), with the caller's rights. Returns its result; raises for a
-- fault that sync_push turns into a rejection (another office's key: unique_violation or an RLS
-- refusal; a malformed value: a data exception).
CREATE FUNCTION tongban.sync_apply_op(p_device uuid, op jsonb) RETURNS jsonb
    LANGUAGE plpgsql VOLATILE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_office char(6) := tongban.current_office();
    v_op_text text := op->>'op_id';
    v_op_id uuid;
    v_entity text := op->>'entity';
    v_record text := op->>'record_id';
    v_kind text := op->>'kind';
    v_base bigint;
    v_payload jsonb := op->'payload';
    v_clerk text := op->>'clerk';
    v_stored jsonb;
    v_row tongban.sync_record;
    v_version bigint;
    v_result jsonb;
    v_audit text;
BEGIN
    IF jsonb_typeof(op) IS DISTINCT FROM 'object' OR v_op_text IS NULL
       OR v_op_text !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN
        RETURN tongban.sync_rejected(v_op_text, 'bad-payload');
    END IF;
    v_op_id := v_op_text::uuid;
    v_op_text := v_op_id::text;
    -- The same op pushed at the same moment on another connection waits here until that
    -- transaction ends, then finds its result (each statement reads what is committed).
    PERFORM pg_advisory_xact_lock(hashtextextended('tongban.sync_op:' || v_op_text, 0));
    SELECT a.result INTO v_stored FROM tongban.applied_op a WHERE a.op_id = v_op_id;
    IF FOUND THEN
        RETURN v_stored || jsonb_build_object('result', 'duplicate');
    END IF;

    IF v_entity IS NULL OR NOT (v_entity = ANY (tongban.sync_up_entities() || tongban.sync_down_entities())) THEN
        RETURN tongban.sync_rejected(v_op_text, 'unknown-entity');
    END IF;
    IF v_entity = ANY (tongban.sync_down_entities()) THEN
        RETURN tongban.sync_rejected(v_op_text, 'read-only-entity');
    END IF;
    IF v_record IS NULL OR length(v_record) NOT BETWEEN 1 AND 200 OR v_kind IS NULL OR v_kind NOT IN ('upsert', 'delete')
       OR jsonb_typeof(op->'base_version') IS DISTINCT FROM 'number' OR (op->>'base_version')::numeric < 0
       OR (v_kind = 'upsert' AND jsonb_typeof(v_payload) IS DISTINCT FROM 'object') THEN
        RETURN tongban.sync_rejected(v_op_text, 'bad-payload');
    END IF;
    v_base := (op->>'base_version')::bigint;
    IF v_kind = 'delete' AND v_entity = ANY (tongban.sync_insert_only_entities()) THEN
        RETURN tongban.sync_rejected(v_op_text, 'bad-payload'); -- insert-only: never removed
    END IF;
    IF v_clerk IS NULL OR NOT tongban.sync_is_office_login(v_clerk) THEN
        RETURN tongban.sync_rejected(v_op_text, 'forbidden');
    END IF;

    IF v_entity = 'audit_record' THEN
        v_audit := tongban.sync_put_audit(v_record, v_kind, v_payload);
        IF v_audit NOT IN ('applied', 'duplicate') THEN
            RETURN tongban.sync_rejected(v_op_text, v_audit);
        END IF;
        v_version := 1;
    ELSE
        -- One op at a time per record (a concurrent insert of the same key waits, then finds it).
        PERFORM pg_advisory_xact_lock(hashtextextended('tongban.sync_record:' || v_entity || ':' || v_record, 0));
        SELECT * INTO v_row FROM tongban.sync_record r WHERE r.entity = v_entity AND r.record_id = v_record FOR UPDATE;
        IF NOT FOUND THEN
            -- Not visible: new, or another office's (then the insert fails on the key, and
            -- sync_push answers other-office).
            INSERT INTO tongban.sync_record (entity, record_id, office_code, version, deleted, payload, device_id, changed_by)
                VALUES (v_entity, v_record, v_office, 1, v_kind = 'delete',
                        CASE WHEN v_kind = 'delete' THEN NULL ELSE v_payload END, p_device, v_clerk);
            v_version := 1;
        ELSIF v_entity = ANY (tongban.sync_insert_only_entities()) THEN
            -- Insert-only records never change: the same record again is a duplicate.
            IF v_kind = 'upsert' AND NOT v_row.deleted AND v_row.payload = v_payload THEN
                v_version := v_row.version;
            ELSE
                RETURN tongban.sync_rejected(v_op_text, 'bad-payload');
            END IF;
        ELSIF EXISTS (SELECT 1 FROM tongban.change_log c
                      WHERE c.entity = v_entity AND c.record_id = v_record AND c.version > v_base
                        AND c.device_id IS DISTINCT FROM p_device) THEN
            -- Another device changed the record after the version this device had seen.
            RETURN jsonb_build_object('op_id', v_op_text, 'result', 'conflict', 'server_payload', v_row.payload,
                                      'server_version', v_row.version, 'server_deleted', v_row.deleted,
                                      'server_device', v_row.device_id);
        ELSE
            UPDATE tongban.sync_record r
                SET version = r.version + 1, deleted = v_kind = 'delete',
                    payload = CASE WHEN v_kind = 'delete' THEN NULL ELSE v_payload END,
                    device_id = p_device, changed_by = v_clerk, changed_at = now()
                WHERE r.entity = v_entity AND r.record_id = v_record
                RETURNING r.version INTO v_version;
        END IF;
    END IF;
    v_result := jsonb_build_object('op_id', v_op_text, 'result', 'applied', 'version', v_version);
    INSERT INTO tongban.applied_op (op_id, device_id, office_code, entity, record_id, result)
        VALUES (v_op_id, p_device, v_office, v_entity, v_record, v_result);
    IF v_entity = 'audit_record' AND v_audit = 'duplicate'
       OR v_entity <> 'audit_record' AND v_row.version IS NOT NULL AND v_version = v_row.version THEN
        RETURN v_result || jsonb_build_object('result', 'duplicate');
    END IF;
    RETURN v_result;
END
$$;

-- Applies @p_ops (a JSON array of ops, see docs/sync.md) in order, each in a savepoint of its own,
-- and returns one result per op in the same order. One transaction: the caller commits.
CREATE FUNCTION tongban.sync_push(p_device uuid, p_protocol integer, p_schema integer, p_ops jsonb) RETURNS jsonb
    LANGUAGE plpgsql VOLATILE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    op jsonb;
    r jsonb;
    results jsonb := '[]'::jsonb;
BEGIN
    PERFORM tongban.sync_require_client(p_protocol, p_schema);
    PERFORM tongban.sync_require_device(p_device);
    IF jsonb_typeof(p_ops) IS DISTINCT FROM 'array' THEN
        RAISE EXCEPTION 'p_ops must be a JSON array of ops' USING ERRCODE = '22023';
    END IF;
    FOR op IN SELECT e.value FROM jsonb_array_elements(p_ops) WITH ORDINALITY AS e(value, n) ORDER BY e.n LOOP
        BEGIN
            r := tongban.sync_apply_op(p_device, op);
        EXCEPTION
            WHEN unique_violation OR insufficient_privilege THEN
                r := tongban.sync_rejected(op->>'op_id', 'other-office');
            WHEN data_exception OR integrity_constraint_violation THEN
                r := tongban.sync_rejected(op->>'op_id', 'bad-payload');
        END;
        results := results || jsonb_build_array(r);
    END LOOP;
    RETURN results;
END
$$;

-- The changes of the caller's office after @p_cursor ('' at first), at most @p_limit (1 to
-- 10000), in (txid, seq) order, of transactions below the oldest one still running: a
-- transaction that took its id earlier and commits later is returned once it has committed,
-- never skipped. The cursor returned is the last change's key, never a maximum over all rows.
-- A cursor of another epoch (or from past the server's transaction counter, as after a restore
-- into a new cluster, or not a cursor at all) answers must_resync with no changes.
-- Each change carries the record's current state; a change the record has moved past since is
-- left out (its later change follows).
CREATE FUNCTION tongban.sync_pull(p_device uuid, p_protocol integer, p_schema integer, p_cursor text, p_limit integer)
    RETURNS jsonb
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_office char(6) := tongban.current_office();
    v_epoch bigint;
    v_limit integer := least(greatest(coalesce(p_limit, 1000), 1), 10000);
    parts text[];
    v_txid xid8 := '0'::xid8;
    v_seq bigint := 0;
    v_changes jsonb;
    v_count integer;
    v_last text;
BEGIN
    PERFORM tongban.sync_require_client(p_protocol, p_schema);
    PERFORM tongban.sync_require_device(p_device);
    SELECT e.epoch INTO v_epoch FROM tongban.sync_epoch e;
    IF coalesce(p_cursor, '') <> '' THEN
        parts := regexp_match(p_cursor, '^([0-9]{1,18}):([0-9]{1,20}):([0-9]{1,18})$');
        IF parts IS NULL OR parts[1]::bigint <> v_epoch
           OR parts[2]::numeric >= pg_snapshot_xmax(pg_current_snapshot())::text::numeric THEN
            RETURN jsonb_build_object('epoch', v_epoch, 'changes', '[]'::jsonb, 'cursor', '', 'more', false,
                                      'must_resync', true);
        END IF;
        v_txid := parts[2]::xid8;
        v_seq := parts[3]::bigint;
    END IF;
    SELECT count(*),
           coalesce(jsonb_agg(p.change ORDER BY p.n) FILTER (WHERE p.n <= v_limit), '[]'::jsonb),
           (array_agg(p.txid::text || ':' || p.seq ORDER BY p.n DESC) FILTER (WHERE p.n <= v_limit))[1]
        INTO v_count, v_changes, v_last
        FROM (SELECT row_number() OVER (ORDER BY c.txid, c.seq) AS n, c.txid, c.seq,
                     jsonb_build_object('entity', c.entity, 'record_id', c.record_id, 'version', r.version,
                                        'deleted', r.deleted, 'payload', r.payload, 'device_id', r.device_id) AS change
              -- the office's changes and every office's employers (the public registry), each
              -- branch on its own index, merged in (txid, seq) order
              FROM ((SELECT * FROM tongban.change_log o
                     WHERE o.office_code = v_office AND (o.txid, o.seq) > (v_txid, v_seq)
                       AND o.txid < pg_snapshot_xmin(pg_current_snapshot())
                     ORDER BY o.txid, o.seq LIMIT v_limit + 1)
                    UNION ALL
                    (SELECT * FROM tongban.change_log e
                     WHERE e.entity = 'employer' AND e.office_code <> v_office AND (e.txid, e.seq) > (v_txid, v_seq)
                       AND e.txid < pg_snapshot_xmin(pg_current_snapshot())
                     ORDER BY e.txid, e.seq LIMIT v_limit + 1)) c
              JOIN tongban.sync_record r ON r.entity = c.entity AND r.record_id = c.record_id
              WHERE c.version = r.version
              ORDER BY c.txid, c.seq
              LIMIT v_limit + 1) p;
    RETURN jsonb_build_object(
        'epoch', v_epoch,
        'changes', v_changes,
        'cursor', CASE WHEN v_count = 0 THEN coalesce(p_cursor, '')
                       ELSE v_epoch || ':' || v_last END,
        'more', v_count > v_limit,
        'must_resync', false);
END
$$;

-- How many records of each entity (not deleted) the caller's office has: what a complete first
-- download must hold. audit_record is never pulled and not counted.
CREATE FUNCTION tongban.sync_counts() RETURNS jsonb
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT jsonb_object_agg(e.entity, coalesce(n.count, 0))
    FROM unnest(array_remove(tongban.sync_up_entities() || tongban.sync_down_entities(), 'audit_record')) AS e(entity)
    LEFT JOIN (SELECT r.entity, count(*) AS count FROM tongban.sync_record r
               WHERE (r.office_code = tongban.current_office() OR r.entity = 'employer') AND NOT r.deleted GROUP BY r.entity) n
        ON n.entity = e.entity
$$;

-- Enrols device @p_device (the local device.id) with its install nonce for the caller's office,
-- or, when enrolled already, checks it: another nonce is a copied file or image (TB102), another
-- office's device is refused (TB103). Returns {"device_id", "office_code", "office_name",
-- "epoch"}. As the owner: a clerk may not write sync_device, nor see another office's devices.
CREATE FUNCTION tongban.sync_enrol(p_device uuid, p_nonce text) RETURNS jsonb
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_office char(6) := tongban.current_office();
    existing tongban.sync_device;
BEGIN
    IF v_office IS NULL THEN
        RAISE EXCEPTION 'only an enabled clerk enrols a device' USING ERRCODE = '42501';
    END IF;
    IF p_device IS NULL OR p_nonce IS NULL OR length(p_nonce) NOT BETWEEN 8 AND 200 THEN
        RAISE EXCEPTION 'a device id and an install nonce of 8 to 200 characters are required' USING ERRCODE = '22023';
    END IF;
    PERFORM pg_advisory_xact_lock(hashtextextended('tongban.sync_device:' || p_device::text, 0));
    SELECT * INTO existing FROM tongban.sync_device d WHERE d.device_id = p_device;
    IF FOUND THEN
        IF existing.install_nonce <> p_nonce THEN
            RAISE EXCEPTION 'device % is enrolled with another install nonce: a copied file or disk image', p_device
                USING ERRCODE = 'TB102';
        END IF;
        IF existing.office_code <> v_office THEN
            RAISE EXCEPTION 'device % is enrolled by another office', p_device USING ERRCODE = 'TB103';
        END IF;
        UPDATE tongban.sync_device d SET last_seen_at = now() WHERE d.device_id = p_device;
    ELSE
        INSERT INTO tongban.sync_device (device_id, office_code, install_nonce) VALUES (p_device, v_office, p_nonce);
        INSERT INTO tongban.sync_device_key (device_id) VALUES (p_device);
    END IF;
    RETURN jsonb_build_object('device_id', p_device, 'office_code', v_office,
                              'office_name', (SELECT o.name FROM tongban.office o WHERE o.code = v_office),
                              'epoch', (SELECT e.epoch FROM tongban.sync_epoch e),
                              'carry_key', (SELECT k.carry_key FROM tongban.sync_device_key k WHERE k.device_id = p_device));
END
$$;

-- The carry key of device @p_device, for a supervisor of its office importing its hand-carry file
-- (services::HandCarryImport): TB103 for a device not enrolled or of another office, 42501 for
-- anyone but a supervisor.
CREATE FUNCTION tongban.sync_carry_key(p_device uuid) RETURNS text
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_key text;
BEGIN
    IF tongban.current_office() IS NULL OR NOT pg_has_role(session_user, 'tongban_supervisor', 'MEMBER') THEN
        RAISE EXCEPTION 'only a supervisor of the device''s office imports its hand-carry file' USING ERRCODE = '42501';
    END IF;
    SELECT k.carry_key INTO v_key FROM tongban.sync_device_key k JOIN tongban.sync_device d ON d.device_id = k.device_id
        WHERE k.device_id = p_device AND d.office_code = tongban.current_office();
    IF v_key IS NULL THEN
        RAISE EXCEPTION 'device % is not enrolled in this office', p_device USING ERRCODE = 'TB103';
    END IF;
    RETURN v_key;
END
$$;

-- The owner's loader of an office's records (persons, employers and contribution histories from
-- the back office; tongban-cli demo-db --server): @p_records is a JSON array of {"record_id",
-- "payload"} (payload null: the record is deleted). Each record is inserted at version 1 or, when
-- its payload differs, changed (version + 1), change-logged like any other change, with no device;
-- the same payload again changes nothing. Returns {"inserted", "updated", "unchanged"}.
CREATE FUNCTION tongban.sync_load(p_office char(6), p_entity text, p_records jsonb) RETURNS jsonb
    LANGUAGE plpgsql VOLATILE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    rec jsonb;
    v_record text;
    v_payload jsonb;
    v_row tongban.sync_record;
    inserted bigint := 0;
    updated bigint := 0;
    unchanged bigint := 0;
BEGIN
    IF tongban.caller_kind() IS DISTINCT FROM 'owner' THEN
        RAISE EXCEPTION 'only the administrator loads records' USING ERRCODE = '42501';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM tongban.office o WHERE o.code = p_office) THEN
        RAISE EXCEPTION 'unknown office' USING ERRCODE = 'TB001';
    END IF;
    IF p_entity IS NULL OR p_entity = 'audit_record'
       OR NOT (p_entity = ANY (tongban.sync_up_entities() || tongban.sync_down_entities())) THEN
        RAISE EXCEPTION 'unknown entity %', p_entity USING ERRCODE = '22023';
    END IF;
    IF jsonb_typeof(p_records) IS DISTINCT FROM 'array' THEN
        RAISE EXCEPTION 'p_records must be a JSON array' USING ERRCODE = '22023';
    END IF;
    FOR rec IN SELECT e.value FROM jsonb_array_elements(p_records) WITH ORDINALITY AS e(value, n) ORDER BY e.n LOOP
        v_record := rec->>'record_id';
        v_payload := CASE WHEN jsonb_typeof(rec->'payload') = 'null' THEN NULL ELSE rec->'payload' END;
        IF v_record IS NULL OR (v_payload IS NOT NULL AND jsonb_typeof(v_payload) <> 'object') THEN
            RAISE EXCEPTION 'each record is {"record_id", "payload"} with an object or null payload' USING ERRCODE = '22023';
        END IF;
        PERFORM pg_advisory_xact_lock(hashtextextended('tongban.sync_record:' || p_entity || ':' || v_record, 0));
        SELECT * INTO v_row FROM tongban.sync_record r WHERE r.entity = p_entity AND r.record_id = v_record FOR UPDATE;
        IF NOT FOUND THEN
            INSERT INTO tongban.sync_record (entity, record_id, office_code, version, deleted, payload, device_id)
                VALUES (p_entity, v_record, p_office, 1, v_payload IS NULL, v_payload, NULL);
            inserted := inserted + 1;
        ELSIF v_row.office_code <> p_office THEN
            RAISE EXCEPTION 'record %/% belongs to office %', p_entity, v_record, v_row.office_code USING ERRCODE = '22023';
        ELSIF v_row.payload IS NOT DISTINCT FROM v_payload THEN
            unchanged := unchanged + 1;
        ELSE
            UPDATE tongban.sync_record r
                SET version = r.version + 1, deleted = v_payload IS NULL, payload = v_payload, device_id = NULL,
                    changed_by = session_user, changed_at = now()
                WHERE r.entity = p_entity AND r.record_id = v_record;
            updated := updated + 1;
        END IF;
    END LOOP;
    RETURN jsonb_build_object('inserted', inserted, 'updated', updated, 'unchanged', unchanged);
END
$$;

-- After a restore from a backup: a new epoch, so that every device pushes what it holds and
-- downloads again (its cursor answers must_resync). The owner's only. Returns the new epoch.
CREATE FUNCTION tongban.sync_new_epoch() RETURNS bigint
    LANGUAGE sql VOLATILE
    SET search_path = pg_catalog, pg_temp
AS $$
    UPDATE tongban.sync_epoch SET epoch = epoch + 1 RETURNING epoch
$$;

DO $grants$
DECLARE
    f text;
BEGIN
    FOREACH f IN ARRAY ARRAY['tongban.sync_record_guard()', 'tongban.sync_record_logged()', 'tongban.sync_up_entities()',
                             'tongban.sync_down_entities()', 'tongban.sync_insert_only_entities()',
                             'tongban.sync_require_client(integer, integer)', 'tongban.sync_require_device(uuid)',
                             'tongban.sync_is_office_login(text)', 'tongban.sync_rejected(text, text)',
                             'tongban.sync_put_audit(text, text, jsonb)', 'tongban.sync_apply_op(uuid, jsonb)',
                             'tongban.sync_push(uuid, integer, integer, jsonb)',
                             'tongban.sync_pull(uuid, integer, integer, text, integer)', 'tongban.sync_counts()',
                             'tongban.sync_enrol(uuid, text)', 'tongban.sync_load(char(6), text, jsonb)',
                             'tongban.sync_new_epoch()', 'tongban.sync_carry_key(uuid)'] LOOP
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f);
    END LOOP;
END
$grants$;
-- What the clerks' functions call, with their rights (sync_load and sync_new_epoch: the owner's).
GRANT EXECUTE ON FUNCTION tongban.sync_up_entities(), tongban.sync_down_entities(), tongban.sync_insert_only_entities(),
    tongban.sync_require_client(integer, integer), tongban.sync_require_device(uuid), tongban.sync_is_office_login(text),
    tongban.sync_rejected(text, text), tongban.sync_put_audit(text, text, jsonb), tongban.sync_apply_op(uuid, jsonb),
    tongban.sync_push(uuid, integer, integer, jsonb), tongban.sync_pull(uuid, integer, integer, text, integer),
    tongban.sync_counts(), tongban.sync_enrol(uuid, text)
    TO tongban_window_clerk, tongban_expert, tongban_supervisor;
GRANT EXECUTE ON FUNCTION tongban.sync_carry_key(uuid) TO tongban_supervisor;
