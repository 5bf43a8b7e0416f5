-- Step 1 of the central store's schema (core/central/servermigrations.h runs it in one
-- transaction, as the owner role: the role that runs `tongban-cli server-init`, which owns the
-- schema and needs CREATEROLE).
--
-- The group roles of the three roles of resources/accounts/roles.json. They are NOLOGIN: a
-- clerk's login role is made a member of exactly one of them (tongban.user_add, step 3). Roles
-- belong to the whole PostgreSQL cluster, not to one database: a second database of the same
-- cluster (or a second run of this step) finds them already made.
DO $roles$
DECLARE
    group_role text;
BEGIN
    FOREACH group_role IN ARRAY ARRAY['tongban_window_clerk', 'tongban_expert', 'tongban_supervisor'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = group_role) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN NOINHERIT NOBYPASSRLS', group_role);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL; -- made at the same moment by a migration of another database of the cluster
            END;
        END IF;
    END LOOP;
END
$roles$;

CREATE SCHEMA IF NOT EXISTS tongban;
REVOKE ALL ON SCHEMA tongban FROM PUBLIC;

-- Which steps ran (the runner adds the row of each step in the step's own transaction).
CREATE TABLE tongban.schema_version (
    version integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now(),
    applied_by text NOT NULL DEFAULT session_user
);

-- A service office (经办机构), by the GB/T 2260 code of its county or district.
CREATE TABLE tongban.office (
    code char(6) PRIMARY KEY CHECK (code ~ '^[0-9]{6}$'),
    name text NOT NULL CHECK (length(btrim(name)) > 0)
);

-- A clerk's account. `login` is the name of the clerk's PostgreSQL login role; `role` the id of
-- resources/accounts/roles.json; the password is the login role's SCRAM verifier, never here.
CREATE TABLE tongban.app_user (
    login text PRIMARY KEY,
    display_name text NOT NULL CHECK (length(btrim(display_name)) > 0),
    office_code char(6) NOT NULL REFERENCES tongban.office (code),
    role text NOT NULL CHECK (role IN ('window-clerk', 'expert', 'supervisor')),
    enabled boolean NOT NULL DEFAULT true,
    offline_grace_days integer NOT NULL DEFAULT 7 CHECK (offline_grace_days BETWEEN 1 AND 30),
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by text NOT NULL DEFAULT session_user
);
CREATE INDEX app_user_office ON tongban.app_user (office_code);

-- The audit records the devices send (core/audit: one chain per device, seq 1, 2, …).
CREATE TABLE tongban.audit_record (
    device_id uuid NOT NULL,
    seq bigint NOT NULL CHECK (seq > 0),
    office_code char(6) NOT NULL REFERENCES tongban.office (code),
    clerk text NOT NULL,
    at timestamptz NOT NULL,
    action text NOT NULL,
    subject text NOT NULL DEFAULT '',
    object text NOT NULL DEFAULT '',
    reason text NOT NULL DEFAULT '',
    outcome text NOT NULL CHECK (outcome IN ('ok', 'refused')),
    detail text NOT NULL DEFAULT '',
    prev_hash text NOT NULL,
    hash text NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (device_id, seq)
);
CREATE INDEX audit_record_office_at ON tongban.audit_record (office_code, at);

-- The first domain tables, which the sync issue fills.
CREATE TABLE tongban.visit_session (
    id uuid PRIMARY KEY,
    office_code char(6) NOT NULL REFERENCES tongban.office (code),
    queue_number text NOT NULL,
    person_id_number text NOT NULL DEFAULT '',
    opened_at timestamptz NOT NULL,
    clerk text NOT NULL,
    version bigint NOT NULL DEFAULT 1,
    UNIQUE (id, office_code)
);
CREATE INDEX visit_session_office ON tongban.visit_session (office_code, opened_at);

CREATE TABLE tongban.intake_matter (
    id uuid PRIMARY KEY,
    office_code char(6) NOT NULL REFERENCES tongban.office (code),
    session_id uuid NOT NULL,
    matter text NOT NULL,
    status text NOT NULL,
    received_on date NOT NULL,
    due_on date,
    version bigint NOT NULL DEFAULT 1,
    -- a matter belongs to a visit of its own office, never to another office's
    FOREIGN KEY (session_id, office_code) REFERENCES tongban.visit_session (id, office_code)
);
CREATE INDEX intake_matter_office ON tongban.intake_matter (office_code, due_on);
