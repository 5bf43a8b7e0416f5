-- Step 6: the pull's page is built as text (issue 14, first download).
--
-- Step 4's sync_pull gathered a page with jsonb_agg. A page of a first download is mostly
-- contribution histories (one per person, about 250 months each): 1,000 of them are some 45 MB of
-- JSON, and jsonb_agg builds that as one in-memory jsonb tree before it is turned into text for
-- the client. Measured on the county data of bench/benchdownload.cpp (1,000 histories): jsonb_agg
-- 2.5 s (with the aggregate's ORDER BY its sort also spilled 120 MB to temporary files), the same
-- payloads as text joined with commas 0.22 s.
--
-- tongban.sync_pull_text is the pull now: the same query, which already returns the changes in
-- (txid, seq) order (a merge of the two index scans, no sort), read by a loop that appends each
-- change's JSON text to an array in that order; the page is those texts joined, and the cursor the
-- key of the last one. Same arguments, same answer (as JSON text), same rules (docs/sync.md, "the
-- pull rule"). tongban.sync_pull keeps its signature and answer (jsonb): it parses the text.
CREATE FUNCTION tongban.sync_pull_text(p_device uuid, p_protocol integer, p_schema integer, p_cursor text, p_limit integer)
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
        v_changes := v_changes || ('{"entity":' || to_json(c.entity)::text || ',"record_id":' || to_json(c.record_id)::text
                                   || ',"version":' || c.version || ',"deleted":' || CASE WHEN c.deleted THEN 'true' ELSE 'false' END
                                   || ',"payload":' || coalesce(c.payload::text, 'null')
                                   || ',"device_id":' || coalesce(to_json(c.device_id::text)::text, 'null') || '}');
        v_last := c.txid::text || ':' || c.seq;
    END LOOP;
    RETURN '{"epoch":' || v_epoch || ',"changes":[' || array_to_string(v_changes, ',') || '],"cursor":'
        || to_json(CASE WHEN v_count = 0 THEN coalesce(p_cursor, '') ELSE v_epoch || ':' || v_last END)::text
        || ',"more":' || CASE WHEN v_count > v_limit THEN 'true' ELSE 'false' END || ',"must_resync":false}';
END
$$;

-- Step 4's function, same signature and answer: the text parsed.
CREATE OR REPLACE FUNCTION tongban.sync_pull(p_device uuid, p_protocol integer, p_schema integer, p_cursor text, p_limit integer)
    RETURNS jsonb
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT tongban.sync_pull_text(p_device, p_protocol, p_schema, p_cursor, p_limit)::jsonb
$$;

REVOKE ALL ON FUNCTION tongban.sync_pull_text(uuid, integer, integer, text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tongban.sync_pull_text(uuid, integer, integer, text, integer)
    TO tongban_window_clerk, tongban_expert, tongban_supervisor;
