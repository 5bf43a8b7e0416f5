-- Step 7: a contribution history as arrays of columns, and the pull as rows (issue 14, first
-- download; sync protocol 2).
--
-- Until step 6 a history's payload was one JSON object of seven keys per month:
--   {"records": [{"month": 200501, "kind": 0, "base_fen": …, "employer_fen": …, "personal_fen": …,
--                 "employer_id": "…" or null, "region": 110101}, …]}
-- A first download is mostly histories (about 250 months each), and each month's seven keys were
-- written by the server, sent and parsed by the client: 1,000 histories were some 45 MB of text,
-- of which the server's jsonb-to-text alone took 1.4 s (measured on bench/benchdownload.cpp's
-- office of 1,088 persons). From this step the payload is one array per column, the months in
-- the same order in each:
--   {"month": [200501, …], "kind": [0, …], "base_fen": […], "employer_fen": […],
--    "personal_fen": […], "employer_id": ["…" or null, …], "region": [110101, …]}
-- the same months in about half the text, written out by the server ten times faster.
--
-- - The stored histories are rewritten in the new form. Their versions do not change and no change
--   is logged: a device that holds a history holds the same months, and must not download every
--   history again for a change of form.
-- - tongban.sync_load takes either form and stores the new one (a loader of an older program
--   sends the old form); a history that is neither is refused (22023).
-- - tongban.sync_pull_rows is the pull of protocol 2: the same changes in the same order by the same
--   rules as sync_pull_text (docs/sync.md, "the pull rule"), as one row per change (the payload as
--   jsonb) followed by one row with the page's epoch, cursor, more and must_resync, instead of one
--   text of the whole page: the server never builds one string of tens of megabytes, and the
--   client parses one payload at a time.
-- - sync_pull_text and sync_pull keep their arguments and answers for clients of protocol 1, who
--   receive histories in the old form (converted on the way out, tongban.history_rows); a client
--   of protocol 2 that calls them receives the new form.
-- - The clerks' policies of sync_record and change_log, and sync_counts, ask for the caller's
--   office once per statement, `(SELECT tongban.current_office())`, instead of once per row: a
--   filter of a policy called the function (SECURITY DEFINER, a look-up of app_user) for every row
--   it tested, and sync_counts, which a first download calls before and after its pages, took half
--   a second for a county's biggest office (31,020 records). The rows each policy admits are the
--   same: session_user does not change within a statement.
CREATE FUNCTION tongban.history_columns(p_payload jsonb) RETURNS jsonb
    LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    -- strict: a month without one of the keys is an error, never a column one value short
    SELECT jsonb_build_object(
        'month', jsonb_path_query_array(p_payload, 'strict $.records[*].month'),
        'kind', jsonb_path_query_array(p_payload, 'strict $.records[*].kind'),
        'base_fen', jsonb_path_query_array(p_payload, 'strict $.records[*].base_fen'),
        'employer_fen', jsonb_path_query_array(p_payload, 'strict $.records[*].employer_fen'),
        'personal_fen', jsonb_path_query_array(p_payload, 'strict $.records[*].personal_fen'),
        'employer_id', jsonb_path_query_array(p_payload, 'strict $.records[*].employer_id'),
        'region', jsonb_path_query_array(p_payload, 'strict $.records[*].region'))
$$;

-- The same months in the form of step 4 ({"records": [{…}, …]}), for a client of protocol 1 (a
-- payload in that form already is returned as it is). The columns are read side by side (ROWS
-- FROM pairs the n-th values of each).
CREATE FUNCTION tongban.history_rows(p_payload jsonb) RETURNS jsonb
    LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE WHEN p_payload ? 'records' THEN p_payload ELSE (
        SELECT jsonb_build_object('records', coalesce(jsonb_agg(jsonb_build_object(
                   'month', m.month, 'kind', m.kind, 'base_fen', m.base_fen, 'employer_fen', m.employer_fen,
                   'personal_fen', m.personal_fen, 'employer_id', m.employer_id, 'region', m.region) ORDER BY m.n), '[]'))
        FROM ROWS FROM (jsonb_array_elements(p_payload->'month'), jsonb_array_elements(p_payload->'kind'),
                        jsonb_array_elements(p_payload->'base_fen'), jsonb_array_elements(p_payload->'employer_fen'),
                        jsonb_array_elements(p_payload->'personal_fen'), jsonb_array_elements(p_payload->'employer_id'),
                        jsonb_array_elements(p_payload->'region'))
             WITH ORDINALITY AS m(month, kind, base_fen, employer_fen, personal_fen, employer_id, region, n)) END
$$;

-- Whether @p_payload is a history in the form of this step: the seven arrays and nothing else, of
-- one length, numbers in the amounts, months, kinds and regions, a string or null per employer.
-- (Whole numbers and their ranges are the client's to check, where its schema's CHECKs hold.)
CREATE FUNCTION tongban.history_is_columns(p_payload jsonb) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT jsonb_typeof(p_payload) = 'object'
       AND (SELECT array_agg(k ORDER BY k) FROM jsonb_object_keys(p_payload) AS k)
           = ARRAY['base_fen', 'employer_fen', 'employer_id', 'kind', 'month', 'personal_fen', 'region']
       AND (SELECT bool_and(jsonb_typeof(p_payload->k) = 'array'
                            AND jsonb_array_length(p_payload->k) = jsonb_array_length(p_payload->'month'))
            FROM jsonb_object_keys(p_payload) AS k)
       AND NOT jsonb_path_exists(p_payload, '$.month[*] ? (@.type() != "number")')
       AND NOT jsonb_path_exists(p_payload, '$.kind[*] ? (@.type() != "number")')
       AND NOT jsonb_path_exists(p_payload, '$.base_fen[*] ? (@.type() != "number")')
       AND NOT jsonb_path_exists(p_payload, '$.employer_fen[*] ? (@.type() != "number")')
       AND NOT jsonb_path_exists(p_payload, '$.personal_fen[*] ? (@.type() != "number")')
       AND NOT jsonb_path_exists(p_payload, '$.region[*] ? (@.type() != "number")')
       AND NOT jsonb_path_exists(p_payload, '$.employer_id[*] ? (@.type() != "string" && @.type() != "null")')
$$;

-- The stored histories in the new form: the same months, no new version, nothing logged (the
-- guard would refuse a change without a new version, the log would send every history again).
ALTER TABLE tongban.sync_record DISABLE TRIGGER sync_record_guard;
ALTER TABLE tongban.sync_record DISABLE TRIGGER sync_record_logged;
UPDATE tongban.sync_record r SET payload = tongban.history_columns(r.payload)
    WHERE r.entity = 'contribution_history' AND r.payload ? 'records';
ALTER TABLE tongban.sync_record ENABLE TRIGGER sync_record_guard;
ALTER TABLE tongban.sync_record ENABLE TRIGGER sync_record_logged;

-- Step 4's loader, a history in either form stored in the new one; otherwise unchanged.
CREATE OR REPLACE FUNCTION tongban.sync_load(p_office char(6), p_entity text, p_records jsonb) RETURNS jsonb
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
        IF p_entity = 'contribution_history' AND v_payload IS NOT NULL THEN
            IF v_payload ? 'records' AND jsonb_typeof(v_payload->'records') = 'array' THEN
                v_payload := tongban.history_columns(v_payload);
            END IF;
            IF NOT tongban.history_is_columns(v_payload) THEN
                RAISE EXCEPTION 'contribution history % is not seven arrays of one length (month, kind, base_fen, employer_fen, '
                                'personal_fen, employer_id, region)', v_record USING ERRCODE = '22023';
            END IF;
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

-- Step 6's pull as text, for clients of protocol 1: their histories in the old form.
CREATE OR REPLACE FUNCTION tongban.sync_pull_text(p_device uuid, p_protocol integer, p_schema integer, p_cursor text, p_limit integer)
    RETURNS text
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
    v_changes text[] := '{}';
    v_count integer := 0;
    v_last text;
    c record;
BEGIN
    PERFORM tongban.sync_require_client(p_protocol, p_schema);
    PERFORM tongban.sync_require_device(p_device);
    SELECT e.epoch INTO v_epoch FROM tongban.sync_epoch e;
    IF coalesce(p_cursor, '') <> '' THEN
        parts := regexp_match(p_cursor, '^([0-9]{1,18}):([0-9]{1,20}):([0-9]{1,18})$');
        IF parts IS NULL OR parts[1]::bigint <> v_epoch
           OR parts[2]::numeric >= pg_snapshot_xmax(pg_current_snapshot())::text::numeric THEN
            RETURN jsonb_build_object('epoch', v_epoch, 'changes', '[]'::jsonb, 'cursor', '', 'more', false,
                                      'must_resync', true)::text;
        END IF;
        v_txid := parts[2]::xid8;
        v_seq := parts[3]::bigint;
    END IF;
    FOR c IN
        SELECT ch.txid, ch.seq, ch.entity, ch.record_id, r.version, r.deleted, r.payload, r.device_id
        FROM ((SELECT * FROM tongban.change_log o
               WHERE o.office_code = v_office AND (o.txid, o.seq) > (v_txid, v_seq)
                 AND o.txid < pg_snapshot_xmin(pg_current_snapshot())
               ORDER BY o.txid, o.seq LIMIT v_limit + 1)
              UNION ALL
              (SELECT * FROM tongban.change_log e
               WHERE e.entity = 'employer' AND e.office_code <> v_office AND (e.txid, e.seq) > (v_txid, v_seq)
                 AND e.txid < pg_snapshot_xmin(pg_current_snapshot())
               ORDER BY e.txid, e.seq LIMIT v_limit + 1)) ch
        JOIN tongban.sync_record r ON r.entity = ch.entity AND r.record_id = ch.record_id
        WHERE ch.version = r.version
        ORDER BY ch.txid, ch.seq
        LIMIT v_limit + 1
    LOOP
        v_count := v_count + 1;
        EXIT WHEN v_count > v_limit;
        v_changes := v_changes || ('{"entity":' || to_json(c.entity)::text || ',"record_id":' || to_json(c.record_id)::text
                                   || ',"version":' || c.version || ',"deleted":' || CASE WHEN c.deleted THEN 'true' ELSE 'false' END
                                   || ',"payload":'
                                   || coalesce(CASE WHEN p_protocol < 2 AND c.entity = 'contribution_history'
                                                         AND c.payload IS NOT NULL THEN tongban.history_rows(c.payload)
                                                    ELSE c.payload END::text, 'null')
                                   || ',"device_id":' || coalesce(to_json(c.device_id::text)::text, 'null') || '}');
        v_last := c.txid::text || ':' || c.seq;
    END LOOP;
    RETURN '{"epoch":' || v_epoch || ',"changes":[' || array_to_string(v_changes, ',') || '],"cursor":'
        || to_json(CASE WHEN v_count = 0 THEN coalesce(p_cursor, '') ELSE v_epoch || ':' || v_last END)::text
        || ',"more":' || CASE WHEN v_count > v_limit THEN 'true' ELSE 'false' END || ',"must_resync":false}';
END
$$;

-- The pull of protocol 2 (core/central/SyncServer::pull): the changes of the caller's office after
-- @p_cursor by step 4's rule (docs/sync.md), one row each (entity, record_id, version, deleted,
-- payload, device_id, with the epoch and the cursor after that change; more and must_resync null),
-- in (txid, seq) order, then one last row with entity null and the page's epoch, cursor, more and
-- must_resync. A change's own cursor lets a client store the first changes of a page before the
-- rest has arrived (each prefix of the page with the cursor after its last change is a page by the
-- same rule). A cursor of another epoch (or not a cursor) answers that last row alone with
-- must_resync. TB101 for a client of protocol 1.
-- The rows are kept in memory until the page is sent (work_mem: a page of 1,000 histories is
-- some 20 MB of jsonb, which 4 MB would write to a temporary file and read back).
CREATE FUNCTION tongban.sync_pull_rows(p_device uuid, p_protocol integer, p_schema integer, p_cursor text, p_limit integer)
    RETURNS TABLE (entity text, record_id text, version bigint, deleted boolean, payload jsonb, device_id uuid,
                   epoch bigint, cursor text, more boolean, must_resync boolean)
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
    SET work_mem = '64MB'
AS $$
#variable_conflict use_column
DECLARE
    v_office char(6) := tongban.current_office();
    v_epoch bigint;
    v_limit integer := least(greatest(coalesce(p_limit, 1000), 1), 10000);
    parts text[];
    v_txid xid8 := '0'::xid8;
    v_seq bigint := 0;
    v_count integer := 0;
    v_last text;
    c record;
BEGIN
    IF p_protocol IS NULL OR p_protocol < 2 THEN
        RAISE EXCEPTION 'upgrade required: sync_pull_rows takes sync protocol 2 or later (got %)', p_protocol
            USING ERRCODE = 'TB101';
    END IF;
    PERFORM tongban.sync_require_client(p_protocol, p_schema);
    PERFORM tongban.sync_require_device(p_device);
    SELECT e.epoch INTO v_epoch FROM tongban.sync_epoch e;
    IF coalesce(p_cursor, '') <> '' THEN
        parts := regexp_match(p_cursor, '^([0-9]{1,18}):([0-9]{1,20}):([0-9]{1,18})$');
        IF parts IS NULL OR parts[1]::bigint <> v_epoch
           OR parts[2]::numeric >= pg_snapshot_xmax(pg_current_snapshot())::text::numeric THEN
            RETURN QUERY SELECT NULL::text, NULL::text, NULL::bigint, NULL::boolean, NULL::jsonb, NULL::uuid,
                                v_epoch, ''::text, false, true;
            RETURN;
        END IF;
        v_txid := parts[2]::xid8;
        v_seq := parts[3]::bigint;
    END IF;
    FOR c IN
        SELECT ch.txid, ch.seq, ch.entity, ch.record_id, r.version, r.deleted, r.payload, r.device_id
        -- the office's changes and every office's employers (the public registry), each branch on
        -- its own index, merged in (txid, seq) order
        FROM ((SELECT * FROM tongban.change_log o
               WHERE o.office_code = v_office AND (o.txid, o.seq) > (v_txid, v_seq)
                 AND o.txid < pg_snapshot_xmin(pg_current_snapshot())
               ORDER BY o.txid, o.seq LIMIT v_limit + 1)
              UNION ALL
              (SELECT * FROM tongban.change_log e
               WHERE e.entity = 'employer' AND e.office_code <> v_office AND (e.txid, e.seq) > (v_txid, v_seq)
                 AND e.txid < pg_snapshot_xmin(pg_current_snapshot())
               ORDER BY e.txid, e.seq LIMIT v_limit + 1)) ch
        JOIN tongban.sync_record r ON r.entity = ch.entity AND r.record_id = ch.record_id
        WHERE ch.version = r.version
        ORDER BY ch.txid, ch.seq
        LIMIT v_limit + 1
    LOOP
        v_count := v_count + 1;
        EXIT WHEN v_count > v_limit;
        entity := c.entity;
        record_id := c.record_id;
        version := c.version;
        deleted := c.deleted;
        payload := c.payload;
        device_id := c.device_id;
        v_last := c.txid::text || ':' || c.seq;
        epoch := v_epoch;
        cursor := v_epoch || ':' || v_last;
        RETURN NEXT;
    END LOOP;
    RETURN QUERY SELECT NULL::text, NULL::text, NULL::bigint, NULL::boolean, NULL::jsonb, NULL::uuid, v_epoch,
                        CASE WHEN v_count = 0 THEN coalesce(p_cursor, '') ELSE v_epoch || ':' || v_last END,
                        v_count > v_limit, false;
END
$$;

ALTER POLICY office_rows ON tongban.sync_record
    USING (office_code = (SELECT tongban.current_office()))
    WITH CHECK (office_code = (SELECT tongban.current_office()));
ALTER POLICY office_rows ON tongban.change_log
    USING (office_code = (SELECT tongban.current_office()));

-- Step 4's counts, the office asked for once.
CREATE OR REPLACE FUNCTION tongban.sync_counts() RETURNS jsonb
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT jsonb_object_agg(e.entity, coalesce(n.count, 0))
    FROM unnest(array_remove(tongban.sync_up_entities() || tongban.sync_down_entities(), 'audit_record')) AS e(entity)
    LEFT JOIN (SELECT r.entity, count(*) AS count FROM tongban.sync_record r
               WHERE (r.office_code = (SELECT tongban.current_office()) OR r.entity = 'employer') AND NOT r.deleted
               GROUP BY r.entity) n
        ON n.entity = e.entity
$$;

REVOKE ALL ON FUNCTION tongban.history_columns(jsonb), tongban.history_rows(jsonb), tongban.history_is_columns(jsonb),
    tongban.sync_pull_rows(uuid, integer, integer, text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tongban.history_rows(jsonb), tongban.sync_pull_rows(uuid, integer, integer, text, integer)
    TO tongban_window_clerk, tongban_expert, tongban_supervisor;
