-- Step 5: parameter editions (issue 13: "down — … parameter editions"). The province publishes a
-- new edition of a policy parameter file (national.json, regions/<code>.json: the layout of the
-- program's resources/parameters) and every device receives the newest edition of each file with
-- its next sync; it computes with it from its next start, where the edition is later than the
-- one the program ships (docs/sync.md, "Parameter editions").
--
-- Editions are published by the owner (the province's administration, `tongban-cli parameters
-- publish`) and read by every role; nobody changes or removes a published edition, so what a
-- device computed with can always be found again. The digest is the SHA-256 of the bytes, checked
-- by the database itself, so a device can tell a damaged transfer from the published file.
CREATE TABLE tongban.parameter_edition (
    file text NOT NULL CHECK (file ~ '^(national\.json|regions/[1-9][0-9]{5}\.json)$'),
    edition date NOT NULL,
    content bytea NOT NULL CHECK (octet_length(content) BETWEEN 2 AND 4194304),
    digest char(64) NOT NULL,
    published_at timestamptz NOT NULL DEFAULT now(),
    published_by text NOT NULL DEFAULT current_user,
    PRIMARY KEY (file, edition),
    CHECK (digest = encode(sha256(content), 'hex'))
);

ALTER TABLE tongban.parameter_edition ENABLE ROW LEVEL SECURITY;
ALTER TABLE tongban.parameter_edition FORCE ROW LEVEL SECURITY;
DO $owner$
BEGIN
    EXECUTE format('CREATE POLICY owner_all ON tongban.parameter_edition TO %I USING (true) WITH CHECK (true)', current_user);
END
$owner$;
-- Policy figures are public and the same for every office: every role reads every edition.
GRANT SELECT ON tongban.parameter_edition TO tongban_window_clerk, tongban_expert, tongban_supervisor;
CREATE POLICY read_all ON tongban.parameter_edition FOR SELECT
    TO tongban_window_clerk, tongban_expert, tongban_supervisor USING (true);

-- A published edition stays as it was published.
CREATE FUNCTION tongban.parameter_edition_guard() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    RAISE EXCEPTION 'a published parameter edition is never changed or removed: publish a new edition'
        USING ERRCODE = 'TB110';
END
$$;
CREATE TRIGGER parameter_edition_guard BEFORE UPDATE OR DELETE ON tongban.parameter_edition
    FOR EACH ROW EXECUTE FUNCTION tongban.parameter_edition_guard();

-- The newest edition of each file: what a device asks for with each sync (a few dozen small
-- files; the device keeps those whose digest it does not hold yet).
CREATE FUNCTION tongban.parameter_current()
    RETURNS TABLE (file text, edition text, digest text, content bytea)
    LANGUAGE sql STABLE SECURITY INVOKER
AS $$
    SELECT DISTINCT ON (p.file) p.file, to_char(p.edition, 'YYYY-MM-DD'), p.digest::text, p.content
    FROM tongban.parameter_edition p
    ORDER BY p.file, p.edition DESC
$$;
GRANT EXECUTE ON FUNCTION tongban.parameter_current() TO tongban_window_clerk, tongban_expert, tongban_supervisor;
