-- Step 8: the counts a first download is checked against, taken at the pull's horizon (issue 14).
--
-- A first download ends by comparing what it holds with tongban.sync_counts(). The pull sends only
-- the changes of transactions below the oldest one still running anywhere in the cluster (the pull
-- rule, step 4): while a long transaction runs (a load, another office's batch, another program
-- of the same cluster), a record changed after it began is held back, and comes with a later pull.
-- sync_counts counted it all the same, and the download was judged incomplete: pulled again,
-- downloaded again from the start over the township's link, then refused ("call the back
-- office"). From this step a record is counted once the change that made its current version is
-- below that horizon, as the pull sends it: the counts say what a download can hold at this
-- moment. A record whose latest change is held back is counted when that change is sent.
CREATE OR REPLACE FUNCTION tongban.sync_counts() RETURNS jsonb
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT jsonb_object_agg(e.entity, coalesce(n.count, 0))
    FROM unnest(array_remove(tongban.sync_up_entities() || tongban.sync_down_entities(), 'audit_record')) AS e(entity)
    LEFT JOIN (SELECT r.entity, count(*) AS count FROM tongban.sync_record r
               WHERE (r.office_code = (SELECT tongban.current_office()) OR r.entity = 'employer') AND NOT r.deleted
                 AND EXISTS (SELECT 1 FROM tongban.change_log c
                             WHERE c.entity = r.entity AND c.record_id = r.record_id AND c.version = r.version
                               AND c.txid < pg_snapshot_xmin(pg_current_snapshot()))
               GROUP BY r.entity) n
        ON n.entity = e.entity
$$;
