#include "migrations.h"
#include "localstore.h"
#include "writetransaction.h"

#include <QScopeGuard>
#include <QSqlQuery>

namespace tongban::storage {

namespace {

// Reusable CHECK fragments. date(x, '+0 days') normalizes an impossible day (1999-02-30 → 1999-03-02), so
// comparing it with x rejects dates that do not exist. SQLite's column types are only affinities: typeof() checks keep
// text out of integer columns (a money column holds integer fen, never '12.5').
#define TB_DIGIT "[0-9]"
#define TB_REGION_CODE(col) "(" col " GLOB '[1-9]" TB_DIGIT TB_DIGIT TB_DIGIT TB_DIGIT TB_DIGIT "')"
#define TB_DATE(col)                                                                                                                       \
    "(" col " GLOB '[12]" TB_DIGIT TB_DIGIT TB_DIGIT "-[01]" TB_DIGIT "-[0-3]" TB_DIGIT "' AND date(" col ", '+0 days') IS " col ")"
#define TB_MONTH(col) "(" col " GLOB '[12]" TB_DIGIT TB_DIGIT TB_DIGIT "-[01]" TB_DIGIT "' AND substr(" col ", 6, 2) BETWEEN '01' AND '12')"
#define TB_UUID(col) "(length(" col ") = 36 AND " col " GLOB '[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]-*')"
#define TB_TIMESTAMP(col) "(" col " GLOB '[12]" TB_DIGIT TB_DIGIT TB_DIGIT "-[01]" TB_DIGIT "-[0-3]" TB_DIGIT "T*')"
#define TB_FEN(col) "(typeof(" col ") = 'integer' AND " col " >= 0)"
#define TB_VERSION "version INTEGER NOT NULL DEFAULT 1 CHECK (typeof(version) = 'integer' AND version >= 1)"
#define TB_CITIZEN_ID(col)                                                                                                                 \
    "(" col " GLOB '" TB_DIGIT TB_DIGIT TB_DIGIT TB_DIGIT TB_DIGIT TB_DIGIT TB_DIGIT TB_DIGIT TB_DIGIT TB_DIGIT TB_DIGIT TB_DIGIT TB_DIGIT \
        TB_DIGIT TB_DIGIT TB_DIGIT TB_DIGIT "[0-9X]')"

QStringList step1()
{
    return {
        // 参保单位. uscc: GB 32100-2015, 18 characters; unique when known.
        QStringLiteral(
            "CREATE TABLE employer ("
            " id TEXT PRIMARY KEY NOT NULL CHECK " TB_UUID(
                "id") ","
                      " uscc TEXT UNIQUE CHECK (uscc IS NULL OR (length(uscc) = 18 AND uscc GLOB '[0-9A-Y]*')),"
                      " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                      " industry_code TEXT,"
                      " size_class TEXT CHECK (size_class IS NULL OR size_class IN ('micro', 'small', 'medium', 'large')),"
                      " kind TEXT CHECK (kind IS NULL OR kind IN ('enterprise', 'individual-business-unit',"
                      "  'public-institution', 'social-organisation')),"
                      " region TEXT CHECK (region IS NULL OR " TB_REGION_CODE(
                          "region") "),"
                                    " created_at TEXT NOT NULL CHECK " TB_TIMESTAMP(
                                        "created_at") ","
                                                      " updated_at TEXT NOT NULL CHECK " TB_TIMESTAMP("updated_at") ","
                                                                                                                    " " TB_VERSION ")"),
        // 参保人. citizen_id: the normalized 18-character number (GB 11643-1999).
        QStringLiteral(
            "CREATE TABLE insured_person ("
            " id TEXT PRIMARY KEY NOT NULL CHECK " TB_UUID(
                "id") ","
                      " citizen_id TEXT NOT NULL UNIQUE CHECK " TB_CITIZEN_ID(
                          "citizen_id") ","
                                        " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                                        " sex TEXT NOT NULL CHECK (sex IN ('male', 'female')),"
                                        " birth_date TEXT NOT NULL CHECK " TB_DATE(
                                            "birth_date") ","
                                                          " retirement_group TEXT NOT NULL CHECK (retirement_group IN ('male', "
                                                          "'female-55', 'female-50')),"
                                                          " region TEXT NOT NULL CHECK " TB_REGION_CODE(
                                                              "region") ","
                                                                        " first_work_date TEXT CHECK (first_work_date IS NULL OR " TB_DATE(
                                                                            "first_work_date") "),"
                                                                                               " deemed_months INTEGER NOT NULL DEFAULT 0 "
                                                                                               "CHECK (typeof(deemed_months) = 'integer' "
                                                                                               "AND deemed_months >= 0),"
                                                                                               " account_opening_fen INTEGER NOT NULL "
                                                                                               "DEFAULT 0 CHECK " TB_FEN(
                                                                                                   "account_opening_fen") ","
                                                                                                                          " account_"
                                                                                                                          "opening_month "
                                                                                                                          "TEXT CHECK "
                                                                                                                          "(account_"
                                                                                                                          "opening_month "
                                                                                                                          "IS NULL "
                                                                                                                          "OR " TB_MONTH(
                                                                                                                              "account_"
                                                                                                                              "opening_"
                                                                                                                              "month") "),"
                                                                                                                                       " ph"
                                                                                                                                       "one"
                                                                                                                                       " TE"
                                                                                                                                       "XT,"
                                                                                                                                       " cr"
                                                                                                                                       "eat"
                                                                                                                                       "ed_"
                                                                                                                                       "at "
                                                                                                                                       "TEX"
                                                                                                                                       "T "
                                                                                                                                       "NOT"
                                                                                                                                       " NU"
                                                                                                                                       "LL "
                                                                                                                                       "CHE"
                                                                                                                                       "CK"
                                                                                                                                       " " TB_TIMESTAMP(
                                                                                                                                           "created_at") ","
                                                                                                                                                         " updated_at TEXT NOT NULL CHECK " TB_TIMESTAMP(
                                                                                                                                                             "updated_at") ","
                                                                                                                                                                           " " TB_VERSION
                                                                                                                                                                           ","
                                                                                                                                                                           " CHECK (account_opening_month IS NOT NULL OR account_opening_fen = 0)"
                                                                                                                                                                           ")"),
        // One month of urban employee pension contributions; amounts in integer fen. A flexibly
        // employed person pays alone: no employer, no employer share.
        QStringLiteral(
            "CREATE TABLE contribution_record ("
            " id INTEGER PRIMARY KEY,"
            " person_id TEXT NOT NULL REFERENCES insured_person(id) ON DELETE CASCADE,"
            " month TEXT NOT NULL CHECK " TB_MONTH(
                "month") ","
                         " base_fen INTEGER NOT NULL CHECK " TB_FEN(
                             "base_fen") ","
                                         " employer_fen INTEGER NOT NULL CHECK " TB_FEN(
                                             "employer_fen") ","
                                                             " personal_fen INTEGER NOT NULL CHECK " TB_FEN(
                                                                 "personal_fen") ","
                                                                                 " kind TEXT NOT NULL CHECK (kind IN ('employee', "
                                                                                 "'flexible')),"
                                                                                 " employer_id TEXT REFERENCES employer(id),"
                                                                                 " region TEXT NOT NULL CHECK " TB_REGION_CODE(
                                                                                     "region") ","
                                                                                               " CHECK (kind = 'employee' OR (employer_id "
                                                                                               "IS NULL AND employer_fen = 0)),"
                                                                                               " UNIQUE (person_id, month, kind)"
                                                                                               ")"),
        QStringLiteral("CREATE INDEX insured_person_name ON insured_person(name)"),
        QStringLiteral("CREATE INDEX contribution_record_person_month ON contribution_record(person_id, month)"),
        QStringLiteral("CREATE INDEX contribution_record_employer ON contribution_record(employer_id)"),
        // One visit at the integrated window (一窗通办): one queue number, one clerk.
        QStringLiteral("CREATE TABLE visit_session ("
                       " id TEXT PRIMARY KEY NOT NULL CHECK " TB_UUID(
                           "id") ","
                                 " queue_number TEXT NOT NULL,"
                                 " person_id TEXT REFERENCES insured_person(id),"
                                 " clerk TEXT NOT NULL CHECK (length(trim(clerk)) > 0),"
                                 " opened_at TEXT NOT NULL CHECK " TB_TIMESTAMP(
                                     "opened_at") ","
                                                  " closed_at TEXT CHECK (closed_at IS NULL OR " TB_TIMESTAMP(
                                                      "closed_at") "),"
                                                                   " status TEXT NOT NULL CHECK (status IN ('open', 'closed')),"
                                                                   " " TB_VERSION ","
                                                                   " CHECK ((status = 'open') = (closed_at IS NULL))"
                                                                   ")"),
        QStringLiteral("CREATE INDEX visit_session_person ON visit_session(person_id)"),
        // What happened during a visit, append-only; payload is a JSON object.
        QStringLiteral(
            "CREATE TABLE session_event ("
            " id TEXT PRIMARY KEY NOT NULL CHECK " TB_UUID("id") ","
                                                                 " session_id TEXT NOT NULL REFERENCES visit_session(id) ON DELETE CASCADE,"
                                                                 " kind TEXT NOT NULL CHECK (length(kind) > 0),"
                                                                 " payload TEXT NOT NULL CHECK (json_valid(payload)),"
                                                                 " clerk TEXT NOT NULL,"
                                                                 " created_at TEXT NOT NULL CHECK " TB_TIMESTAMP("created_at") ")"),
        QStringLiteral("CREATE INDEX session_event_session ON session_event(session_id, created_at)"),
    };
}

// Step 2: unemployment benefit claims (失业保险金, 失业保险条例 1999). One row per claim; a stop
// (失业保险待遇停发) fills the stop columns once. Months are whole months; the amount is integer fen
// per month, NULL when the region's standard is not in the data. 24 bounds the months as a
// sanity check only (条例 Art. 17's cap); the rules themselves are data.
QStringList step2()
{
    return {
        QStringLiteral(
            "CREATE TABLE unemployment_claim ("
            " id INTEGER PRIMARY KEY,"
            " person_id TEXT NOT NULL REFERENCES insured_person(id) ON DELETE CASCADE,"
            " region TEXT NOT NULL CHECK " TB_REGION_CODE(
                "region") ","
                          " claim_date TEXT NOT NULL CHECK " TB_DATE(
                              "claim_date") ","
                                            " first_month TEXT NOT NULL CHECK " TB_MONTH(
                                                "first_month") ","
                                                               " job_loss_reason TEXT NOT NULL CHECK (length(job_loss_reason) > 0),"
                                                               " months_paid INTEGER NOT NULL CHECK (typeof(months_paid) = 'integer' AND "
                                                               "months_paid >= 0),"
                                                               " band_months INTEGER NOT NULL CHECK (typeof(band_months) = 'integer' AND "
                                                               "band_months BETWEEN 1 AND 24),"
                                                               " carried_months INTEGER NOT NULL CHECK (typeof(carried_months) = 'integer' "
                                                               "AND carried_months BETWEEN 0 AND 24),"
                                                               " months_entitled INTEGER NOT NULL CHECK (typeof(months_entitled) = "
                                                               "'integer' AND months_entitled BETWEEN 1 AND 24"
                                                               "  AND months_entitled <= band_months + carried_months),"
                                                               " monthly_amount_fen INTEGER CHECK (monthly_amount_fen IS NULL OR "
                                                               "(typeof(monthly_amount_fen) = 'integer'"
                                                               "  AND monthly_amount_fen > 0)),"
                                                               " amount_source TEXT NOT NULL DEFAULT '',"
                                                               " status TEXT NOT NULL CHECK (status IN ('open', 'stopped')),"
                                                               " stop_date TEXT CHECK (stop_date IS NULL OR (" TB_DATE(
                                                                   "stop_date") " AND stop_date >= claim_date)),"
                                                                                " stop_ground TEXT CHECK (stop_ground IS NULL OR "
                                                                                "length(stop_ground) > 0),"
                                                                                " first_unpaid_month TEXT CHECK (first_unpaid_month IS "
                                                                                "NULL OR " TB_MONTH(
                                                                                    "first_unpaid_month") "),"
                                                                                                          " months_received INTEGER CHECK "
                                                                                                          "(months_received IS NULL OR "
                                                                                                          "(typeof(months_received) = "
                                                                                                          "'integer'"
                                                                                                          "  AND months_received >= 0)),"
                                                                                                          " months_left INTEGER CHECK "
                                                                                                          "(months_left IS NULL OR "
                                                                                                          "(typeof(months_left) = "
                                                                                                          "'integer' AND months_left >= "
                                                                                                          "0)),"
                                                                                                          " months_left_carried INTEGER "
                                                                                                          "CHECK (months_left_carried IS "
                                                                                                          "NULL OR months_left_carried IN "
                                                                                                          "(0, 1)),"
                                                                                                          " clerk TEXT NOT NULL DEFAULT '',"
                                                                                                          " created_at TEXT NOT NULL "
                                                                                                          "CHECK " TB_TIMESTAMP(
                                                                                                              "created_at") ","
                                                                                                                            " updated_at "
                                                                                                                            "TEXT NOT NULL "
                                                                                                                            "CHECK"
                                                                                                                            " " TB_TIMESTAMP(
                                                                                                                                "updated_"
                                                                                                                                "at") ","
                                                                                                                                      " " TB_VERSION
                                                                                                                                      ","
                                                                                                                                      " CHE"
                                                                                                                                      "CK "
                                                                                                                                      "(("
                                                                                                                                      "stat"
                                                                                                                                      "us "
                                                                                                                                      "= "
                                                                                                                                      "'ope"
                                                                                                                                      "n' "
                                                                                                                                      "AND "
                                                                                                                                      "stop"
                                                                                                                                      "_dat"
                                                                                                                                      "e "
                                                                                                                                      "IS "
                                                                                                                                      "NULL"
                                                                                                                                      " AND"
                                                                                                                                      " sto"
                                                                                                                                      "p_"
                                                                                                                                      "grou"
                                                                                                                                      "nd "
                                                                                                                                      "IS "
                                                                                                                                      "NULL"
                                                                                                                                      " AND"
                                                                                                                                      " fir"
                                                                                                                                      "st_"
                                                                                                                                      "unpa"
                                                                                                                                      "id_"
                                                                                                                                      "mont"
                                                                                                                                      "h "
                                                                                                                                      "IS "
                                                                                                                                      "NULL"
                                                                                                                                      "  "
                                                                                                                                      "AND "
                                                                                                                                      "mont"
                                                                                                                                      "hs_"
                                                                                                                                      "rece"
                                                                                                                                      "ived"
                                                                                                                                      " IS "
                                                                                                                                      "NULL"
                                                                                                                                      " AND"
                                                                                                                                      " mon"
                                                                                                                                      "ths_"
                                                                                                                                      "left"
                                                                                                                                      " IS "
                                                                                                                                      "NULL"
                                                                                                                                      " AND"
                                                                                                                                      " mon"
                                                                                                                                      "ths_"
                                                                                                                                      "left"
                                                                                                                                      "_car"
                                                                                                                                      "ried"
                                                                                                                                      " IS "
                                                                                                                                      "NULL"
                                                                                                                                      ")"
                                                                                                                                      "  "
                                                                                                                                      "OR "
                                                                                                                                      "(sta"
                                                                                                                                      "tus "
                                                                                                                                      "= "
                                                                                                                                      "'sto"
                                                                                                                                      "pped"
                                                                                                                                      "' "
                                                                                                                                      "AND "
                                                                                                                                      "stop"
                                                                                                                                      "_dat"
                                                                                                                                      "e "
                                                                                                                                      "IS "
                                                                                                                                      "NOT "
                                                                                                                                      "NULL"
                                                                                                                                      " AND"
                                                                                                                                      " sto"
                                                                                                                                      "p_"
                                                                                                                                      "grou"
                                                                                                                                      "nd "
                                                                                                                                      "IS "
                                                                                                                                      "NOT "
                                                                                                                                      "NULL"
                                                                                                                                      " AND"
                                                                                                                                      " fir"
                                                                                                                                      "st_"
                                                                                                                                      "unpa"
                                                                                                                                      "id_"
                                                                                                                                      "mont"
                                                                                                                                      "h "
                                                                                                                                      "IS "
                                                                                                                                      "NOT "
                                                                                                                                      "NULL"
                                                                                                                                      "  "
                                                                                                                                      "AND "
                                                                                                                                      "mont"
                                                                                                                                      "hs_"
                                                                                                                                      "rece"
                                                                                                                                      "ived"
                                                                                                                                      " IS "
                                                                                                                                      "NOT "
                                                                                                                                      "NULL"
                                                                                                                                      " AND"
                                                                                                                                      " mon"
                                                                                                                                      "ths_"
                                                                                                                                      "left"
                                                                                                                                      " IS "
                                                                                                                                      "NOT "
                                                                                                                                      "NULL"
                                                                                                                                      " AND"
                                                                                                                                      " mon"
                                                                                                                                      "ths_"
                                                                                                                                      "left"
                                                                                                                                      "_car"
                                                                                                                                      "ried"
                                                                                                                                      " IS "
                                                                                                                                      "NOT "
                                                                                                                                      "NULL"
                                                                                                                                      "  "
                                                                                                                                      "AND "
                                                                                                                                      "mont"
                                                                                                                                      "hs_"
                                                                                                                                      "rece"
                                                                                                                                      "ived"
                                                                                                                                      " + "
                                                                                                                                      "mont"
                                                                                                                                      "hs_"
                                                                                                                                      "left"
                                                                                                                                      " = "
                                                                                                                                      "mont"
                                                                                                                                      "hs_"
                                                                                                                                      "enti"
                                                                                                                                      "tled"
                                                                                                                                      "))"
                                                                                                                                      ")"),
        QStringLiteral("CREATE INDEX unemployment_claim_person ON unemployment_claim(person_id, claim_date)"),
    };
}

// Step 3: the file sized for the field (about 300 → under 100 bytes per contribution record).
// Persons and employers get an integer key inside the file; their UUID (which sync needs) is kept
// once per row. A contribution record refers to both by key, stores its month as the integer
// YYYYMM, its kind as 0 (employee) or 1 (flexible) and its region as an integer, and lives in a
// WITHOUT ROWID table clustered by person and month: one person's history is one range of pages.
// The second index on (person, month) that the UNIQUE constraint already served is gone; the
// employer-side query of the deferral sweep (premiums per employer and month) is served by a
// covering index. The old rows are copied in key order, then the old tables dropped (the program
// runs VACUUM afterwards to give the space back). Also: the store's own log of checks and backups.
QStringList step3()
{
    return {
        QStringLiteral(
            "CREATE TABLE employer_v3 ("
            " key INTEGER PRIMARY KEY,"
            " id TEXT NOT NULL UNIQUE CHECK " TB_UUID(
                "id") ","
                      " uscc TEXT UNIQUE CHECK (uscc IS NULL OR (length(uscc) = 18 AND uscc GLOB '[0-9A-Y]*')),"
                      " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                      " industry_code TEXT,"
                      " size_class TEXT CHECK (size_class IS NULL OR size_class IN ('micro', 'small', 'medium', 'large')),"
                      " kind TEXT CHECK (kind IS NULL OR kind IN ('enterprise', 'individual-business-unit',"
                      "  'public-institution', 'social-organisation')),"
                      " region TEXT CHECK (region IS NULL OR " TB_REGION_CODE(
                          "region") "),"
                                    " created_at TEXT NOT NULL CHECK " TB_TIMESTAMP(
                                        "created_at") ","
                                                      " updated_at TEXT NOT NULL CHECK " TB_TIMESTAMP("updated_at") ","
                                                                                                                    " " TB_VERSION ")"),
        QStringLiteral("INSERT INTO employer_v3 (id, uscc, name, industry_code, size_class, kind, region, created_at, updated_at, version)"
                       " SELECT id, uscc, name, industry_code, size_class, kind, region, created_at, updated_at, version"
                       " FROM employer ORDER BY id"),
        QStringLiteral(
            "CREATE TABLE insured_person_v3 ("
            " key INTEGER PRIMARY KEY,"
            " id TEXT NOT NULL UNIQUE CHECK " TB_UUID(
                "id") ","
                      " citizen_id TEXT NOT NULL UNIQUE CHECK " TB_CITIZEN_ID(
                          "citizen_id") ","
                                        " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                                        " sex TEXT NOT NULL CHECK (sex IN ('male', 'female')),"
                                        " birth_date TEXT NOT NULL CHECK " TB_DATE(
                                            "birth_date") ","
                                                          " retirement_group TEXT NOT NULL CHECK (retirement_group IN ('male', "
                                                          "'female-55', 'female-50')),"
                                                          " region TEXT NOT NULL CHECK " TB_REGION_CODE(
                                                              "region") ","
                                                                        " first_work_date TEXT CHECK (first_work_date IS NULL OR " TB_DATE(
                                                                            "first_work_date") "),"
                                                                                               " deemed_months INTEGER NOT NULL DEFAULT 0 "
                                                                                               "CHECK (typeof(deemed_months) = 'integer' "
                                                                                               "AND deemed_months >= 0),"
                                                                                               " account_opening_fen INTEGER NOT NULL "
                                                                                               "DEFAULT 0 CHECK " TB_FEN(
                                                                                                   "account_opening_fen") ","
                                                                                                                          " account_"
                                                                                                                          "opening_month "
                                                                                                                          "TEXT CHECK "
                                                                                                                          "(account_"
                                                                                                                          "opening_month "
                                                                                                                          "IS NULL "
                                                                                                                          "OR " TB_MONTH(
                                                                                                                              "account_"
                                                                                                                              "opening_"
                                                                                                                              "month") "),"
                                                                                                                                       " ph"
                                                                                                                                       "one"
                                                                                                                                       " TE"
                                                                                                                                       "XT,"
                                                                                                                                       " cr"
                                                                                                                                       "eat"
                                                                                                                                       "ed_"
                                                                                                                                       "at "
                                                                                                                                       "TEX"
                                                                                                                                       "T "
                                                                                                                                       "NOT"
                                                                                                                                       " NU"
                                                                                                                                       "LL "
                                                                                                                                       "CHE"
                                                                                                                                       "CK"
                                                                                                                                       " " TB_TIMESTAMP(
                                                                                                                                           "created_at") ","
                                                                                                                                                         " updated_at TEXT NOT NULL CHECK " TB_TIMESTAMP(
                                                                                                                                                             "updated_at") ","
                                                                                                                                                                           " " TB_VERSION
                                                                                                                                                                           ","
                                                                                                                                                                           " CHECK (account_opening_month IS NOT NULL OR account_opening_fen = 0)"
                                                                                                                                                                           ")"),
        QStringLiteral("INSERT INTO insured_person_v3 (id, citizen_id, name, sex, birth_date, retirement_group, region, first_work_date,"
                       " deemed_months, account_opening_fen, account_opening_month, phone, created_at, updated_at, version)"
                       " SELECT id, citizen_id, name, sex, birth_date, retirement_group, region, first_work_date, deemed_months,"
                       " account_opening_fen, account_opening_month, phone, created_at, updated_at, version"
                       " FROM insured_person ORDER BY id"),
        // month: YYYYMM; kind: 0 employee, 1 flexible (a flexibly employed person pays alone: no
        // employer, no employer share); region: GB/T 2260 six digits; amounts in integer fen.
        QStringLiteral(
            "CREATE TABLE contribution_v3 ("
            " person_key INTEGER NOT NULL REFERENCES insured_person(key) ON DELETE CASCADE,"
            " month INTEGER NOT NULL CHECK (typeof(month) = 'integer' AND month BETWEEN 190001 AND 299912"
            "  AND month % 100 BETWEEN 1 AND 12),"
            " kind INTEGER NOT NULL CHECK (kind IN (0, 1)),"
            " base_fen INTEGER NOT NULL CHECK " TB_FEN(
                "base_fen") ","
                            " employer_fen INTEGER NOT NULL CHECK " TB_FEN(
                                "employer_fen") ","
                                                " personal_fen INTEGER NOT NULL CHECK " TB_FEN(
                                                    "personal_fen") ","
                                                                    " employer_key INTEGER REFERENCES employer(key),"
                                                                    " region INTEGER NOT NULL CHECK (typeof(region) = 'integer' AND region "
                                                                    "BETWEEN 100000 AND 999999),"
                                                                    " CHECK (kind = 0 OR (employer_key IS NULL AND employer_fen = 0)),"
                                                                    " PRIMARY KEY (person_key, month, kind)"
                                                                    ") WITHOUT ROWID"),
        QStringLiteral("INSERT INTO contribution_v3 (person_key, month, kind, base_fen, employer_fen, personal_fen, employer_key, region)"
                       " SELECT p.key, CAST(substr(c.month, 1, 4) || substr(c.month, 6, 2) AS INTEGER),"
                       " CASE c.kind WHEN 'employee' THEN 0 ELSE 1 END, c.base_fen, c.employer_fen, c.personal_fen, e.key,"
                       " CAST(c.region AS INTEGER)"
                       " FROM contribution_record c JOIN insured_person_v3 p ON p.id = c.person_id"
                       " LEFT JOIN employer_v3 e ON e.id = c.employer_id"
                       " ORDER BY p.key, c.month, c.kind"),
        QStringLiteral("DROP TABLE contribution_record"),
        QStringLiteral("DROP TABLE insured_person"),
        QStringLiteral("DROP TABLE employer"),
        QStringLiteral("ALTER TABLE employer_v3 RENAME TO employer"),
        QStringLiteral("ALTER TABLE insured_person_v3 RENAME TO insured_person"),
        QStringLiteral("ALTER TABLE contribution_v3 RENAME TO contribution_record"),
        QStringLiteral("CREATE INDEX insured_person_name ON insured_person(name)"),
        // The sweep's premiums per employer and month, read from the index alone (the table's
        // key columns person_key and kind are part of every index of a WITHOUT ROWID table).
        QStringLiteral("CREATE INDEX contribution_record_employer ON contribution_record(employer_key, month, employer_fen)"
                       " WHERE employer_key IS NOT NULL"),
        // What the store did to itself: checks of the file and backups (StoreService).
        QStringLiteral("CREATE TABLE store_maintenance ("
                       " id INTEGER PRIMARY KEY,"
                       " kind TEXT NOT NULL CHECK (kind IN ('quick-check', 'integrity-check', 'backup', 'restore')),"
                       " at TEXT NOT NULL CHECK " TB_TIMESTAMP("at") ","
                                                                     " ok INTEGER NOT NULL CHECK (ok IN (0, 1)),"
                                                                     " detail TEXT NOT NULL DEFAULT ''"
                                                                     ")"),
        QStringLiteral("CREATE INDEX store_maintenance_kind ON store_maintenance(kind, at)"),
    };
}

// Step 4: what of one insured person's data was shown to someone else at the counter, and on
// what basis (个人信息保护法 第十三条): a colleague's pension in a comparison needs the colleague's
// consent (本人同意: who, in writing or in person) or a supervisor's approval (主管批准: by whom,
// why), recorded before the comparison opens. One row per disclosure, never changed, so that a
// supervisor can see who disclosed whose data to whom and why; session_id is the visit it was shown
// in (NULL from the command line), detail what was shown (JSON). Also: a visit may serve more than
// one person, so the calculations of a person are found by the person in their payload (indexed).
QStringList step4()
{
    // clang-format off
    return {
        QStringLiteral(
            "CREATE TABLE data_disclosure ("
            " id TEXT PRIMARY KEY NOT NULL CHECK " TB_UUID("id") ","
            " session_id TEXT REFERENCES visit_session(id),"
            " subject_person_id TEXT NOT NULL REFERENCES insured_person(id),"
            " recipient_person_id TEXT REFERENCES insured_person(id),"
            " purpose TEXT NOT NULL CHECK (purpose IN ('pension-comparison')),"
            " basis TEXT NOT NULL CHECK (basis IN ('consent', 'approval')),"
            " consent_by TEXT,"
            " consent_form TEXT CHECK (consent_form IS NULL OR consent_form IN ('written', 'in-person')),"
            " approved_by TEXT,"
            " reason TEXT,"
            " detail TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(detail)),"
            " clerk TEXT NOT NULL CHECK (length(trim(clerk)) > 0),"
            " created_at TEXT NOT NULL CHECK " TB_TIMESTAMP("created_at") ","
            // coalesce: a CHECK that evaluates to NULL passes, so a missing name must count as empty.
            " CHECK ((basis = 'consent' AND coalesce(length(trim(consent_by)), 0) > 0 AND consent_form IS NOT NULL"
            "         AND approved_by IS NULL AND reason IS NULL)"
            "     OR (basis = 'approval' AND coalesce(length(trim(approved_by)), 0) > 0 AND coalesce(length(trim(reason)), 0) > 0"
            "         AND consent_by IS NULL AND consent_form IS NULL)),"
            " CHECK (recipient_person_id IS NULL OR recipient_person_id <> subject_person_id)"
            ")"),
        QStringLiteral("CREATE INDEX data_disclosure_subject ON data_disclosure(subject_person_id, created_at)"),
        QStringLiteral("CREATE INDEX data_disclosure_session ON data_disclosure(session_id) WHERE session_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX session_event_person ON session_event(json_extract(payload, '$.person_id'))"),
    };
    // clang-format on
}

// Step 5: the intake of the integrated window (一窗通办, issue 10). intake_visit: the applicant of a
// visit once (the visit row keeps the queue number and clerk) and the catalog edition the intake was
// checked against. intake_matter: one row per matter taken in — whom it is about, the fields and the
// documents as typed (JSON), the documents still missing, the due dates counted in working days and
// the pre-review's result (JSON). intake_draft: the form as the clerk typed it, saved as they type
// and deleted in the transaction that stores the intake.
QStringList step5()
{
    // clang-format off
    return {
        QStringLiteral(
            "CREATE TABLE intake_visit ("
            " session_id TEXT PRIMARY KEY NOT NULL REFERENCES visit_session(id) ON DELETE CASCADE,"
            " applicant_id_number TEXT NOT NULL CHECK " TB_CITIZEN_ID("applicant_id_number") ","
            " applicant_name TEXT NOT NULL CHECK (length(trim(applicant_name)) > 0),"
            " applicant_phone TEXT,"
            " catalog_edition TEXT NOT NULL CHECK " TB_DATE("catalog_edition")
            ")"),
        QStringLiteral(
            "CREATE TABLE intake_matter ("
            " id TEXT PRIMARY KEY NOT NULL CHECK " TB_UUID("id") ","
            " session_id TEXT NOT NULL REFERENCES visit_session(id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL CHECK (typeof(position) = 'integer' AND position >= 0),"
            " matter_id TEXT NOT NULL CHECK (length(matter_id) > 0),"
            " subject_id_number TEXT NOT NULL,"
            " subject_name TEXT NOT NULL,"
            " agent_relation TEXT CHECK (agent_relation IS NULL OR agent_relation IN"
            "   ('spouse', 'parent', 'child', 'sibling', 'other-relative', 'entrusted')),"
            " fields_json TEXT NOT NULL CHECK (json_valid(fields_json)),"
            " documents_json TEXT NOT NULL CHECK (json_valid(documents_json)),"
            " missing_json TEXT NOT NULL CHECK (json_valid(missing_json)),"
            " status TEXT NOT NULL CHECK (status IN ('received')),"
            " received_on TEXT NOT NULL CHECK " TB_DATE("received_on") ","
            " due_on TEXT CHECK (due_on IS NULL OR " TB_DATE("due_on") "),"
            " statutory_due_on TEXT CHECK (statutory_due_on IS NULL OR " TB_DATE("statutory_due_on") "),"
            " pre_review_json TEXT CHECK (pre_review_json IS NULL OR json_valid(pre_review_json)),"
            " clerk TEXT NOT NULL CHECK (length(trim(clerk)) > 0),"
            " created_at TEXT NOT NULL CHECK " TB_TIMESTAMP("created_at") ","
            " CHECK (due_on IS NULL OR due_on >= received_on),"
            " UNIQUE (session_id, position)"
            ")"),
        QStringLiteral("CREATE INDEX intake_matter_subject ON intake_matter(subject_id_number)"),
        QStringLiteral(
            "CREATE TABLE intake_draft ("
            " id TEXT PRIMARY KEY NOT NULL CHECK " TB_UUID("id") ","
            " clerk TEXT NOT NULL CHECK (length(trim(clerk)) > 0),"
            " case_json TEXT NOT NULL CHECK (json_valid(case_json)),"
            " saved_at TEXT NOT NULL CHECK " TB_TIMESTAMP("saved_at") ","
            " " TB_VERSION
            ")"),
        QStringLiteral("CREATE INDEX intake_draft_clerk ON intake_draft(clerk, saved_at)"),
    };
    // clang-format on
}

// Step 6: the matter workflow (issue 11). Each matter of an intake has a status —
// received, pre-reviewed, forwarded (to the department that owns it), done or returned (with a
// reason the applicant can act on) — and a history: matter_status_event, one row per change (who,
// when, why, and the department it went to or came back from), never changed. intake_matter is
// rebuilt (SQLite cannot widen a CHECK: create, copy, drop, rename, indexes) to take the five
// statuses, the channel the matter came by (the counter, an outreach point, online, a batch import)
// and the reason of its last return; the back-office queue reads it by status and due date.
QStringList step6()
{
    // clang-format off
    return {
        QStringLiteral(
            "CREATE TABLE intake_matter_v6 ("
            " id TEXT PRIMARY KEY NOT NULL CHECK " TB_UUID("id") ","
            " session_id TEXT NOT NULL REFERENCES visit_session(id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL CHECK (typeof(position) = 'integer' AND position >= 0),"
            " matter_id TEXT NOT NULL CHECK (length(matter_id) > 0),"
            " subject_id_number TEXT NOT NULL,"
            " subject_name TEXT NOT NULL,"
            " agent_relation TEXT CHECK (agent_relation IS NULL OR agent_relation IN"
            "   ('spouse', 'parent', 'child', 'sibling', 'other-relative', 'entrusted')),"
            " fields_json TEXT NOT NULL CHECK (json_valid(fields_json)),"
            " documents_json TEXT NOT NULL CHECK (json_valid(documents_json)),"
            " missing_json TEXT NOT NULL CHECK (json_valid(missing_json)),"
            " status TEXT NOT NULL CHECK (status IN ('received', 'pre-reviewed', 'forwarded', 'done', 'returned')),"
            " received_on TEXT NOT NULL CHECK " TB_DATE("received_on") ","
            " due_on TEXT CHECK (due_on IS NULL OR " TB_DATE("due_on") "),"
            " statutory_due_on TEXT CHECK (statutory_due_on IS NULL OR " TB_DATE("statutory_due_on") "),"
            " pre_review_json TEXT CHECK (pre_review_json IS NULL OR json_valid(pre_review_json)),"
            " clerk TEXT NOT NULL CHECK (length(trim(clerk)) > 0),"
            " created_at TEXT NOT NULL CHECK " TB_TIMESTAMP("created_at") ","
            " channel TEXT NOT NULL DEFAULT 'counter' CHECK (channel IN ('counter', 'outreach', 'online', 'import')),"
            " returned_reason TEXT CHECK (returned_reason IS NULL OR length(trim(returned_reason)) > 0),"
            " CHECK (due_on IS NULL OR due_on >= received_on),"
            " CHECK (status <> 'returned' OR returned_reason IS NOT NULL),"
            " UNIQUE (session_id, position)"
            ")"),
        QStringLiteral("INSERT INTO intake_matter_v6 (id, session_id, position, matter_id, subject_id_number, subject_name,"
                       " agent_relation, fields_json, documents_json, missing_json, status, received_on, due_on, statutory_due_on,"
                       " pre_review_json, clerk, created_at)"
                       " SELECT id, session_id, position, matter_id, subject_id_number, subject_name, agent_relation, fields_json,"
                       " documents_json, missing_json, status, received_on, due_on, statutory_due_on, pre_review_json, clerk,"
                       " created_at FROM intake_matter ORDER BY rowid"),
        QStringLiteral("DROP TABLE intake_matter"),
        QStringLiteral("ALTER TABLE intake_matter_v6 RENAME TO intake_matter"),
        QStringLiteral("CREATE INDEX intake_matter_subject ON intake_matter(subject_id_number)"),
        // The back-office queue: the open matters by due date.
        QStringLiteral("CREATE INDEX intake_matter_open_due ON intake_matter(due_on) WHERE status NOT IN ('done', 'returned')"),
        QStringLiteral(
            "CREATE TABLE matter_status_event ("
            " id TEXT PRIMARY KEY NOT NULL CHECK " TB_UUID("id") ","
            " matter_id TEXT NOT NULL REFERENCES intake_matter(id) ON DELETE CASCADE,"
            " from_status TEXT NOT NULL CHECK (from_status IN ('received', 'pre-reviewed', 'forwarded', 'done', 'returned')),"
            " to_status TEXT NOT NULL CHECK (to_status IN ('received', 'pre-reviewed', 'forwarded', 'done', 'returned')),"
            " reason TEXT,"
            " clerk TEXT NOT NULL CHECK (length(trim(clerk)) > 0),"
            " at TEXT NOT NULL CHECK " TB_TIMESTAMP("at") ","
            " department TEXT,"
            " CHECK (from_status <> to_status),"
            " CHECK (to_status <> 'returned' OR coalesce(length(trim(reason)), 0) > 0)"
            ")"),
        QStringLiteral("CREATE INDEX matter_status_event_matter ON matter_status_event(matter_id, at)"),
        QStringLiteral("CREATE INDEX matter_status_event_at ON matter_status_event(at)"),
    };
    // clang-format on
}

// Step 7: casework (issue 11). difficult_case and difficult_case_event: the difficult-case ledger
// (疑难问题台账) — a case opened from a visit, its history append-only (a reopened case keeps its
// earlier answer there). service_rating: one rating of the service per matter (好差评, 国办发〔2019〕51号:
// five levels, stored 1 非常不满意 … 5 非常满意) and rating_followup: the follow-up (整改/回访) a poor
// rating (1, 2) opens, due by a date and closed with its outcome. intake_visit.ticket_at: when the
// hall's ticket was printed (the waiting time runs from it to the call, the visit's opened_at).
// And the indexes of the search over visits and matters and of the day's work.
QStringList step7()
{
    // clang-format off
    return {
        QStringLiteral(
            "CREATE TABLE difficult_case ("
            " id TEXT PRIMARY KEY NOT NULL CHECK " TB_UUID("id") ","
            " session_id TEXT NOT NULL REFERENCES visit_session(id),"
            " opened_on TEXT NOT NULL CHECK " TB_DATE("opened_on") ","
            " description TEXT NOT NULL CHECK (length(trim(description)) > 0),"
            " departments_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(departments_json) AND json_type(departments_json) = 'array'),"
            " expert TEXT CHECK (expert IS NULL OR length(trim(expert)) > 0),"
            " promised_on TEXT CHECK (promised_on IS NULL OR " TB_DATE("promised_on") "),"
            " status TEXT NOT NULL CHECK (status IN ('open', 'closed')),"
            " answer TEXT,"
            " closed_on TEXT CHECK (closed_on IS NULL OR " TB_DATE("closed_on") "),"
            " clerk TEXT NOT NULL CHECK (length(trim(clerk)) > 0),"
            // A closed case carries the answer given to the visitor and its day; an open one neither.
            " CHECK ((status = 'open' AND answer IS NULL AND closed_on IS NULL)"
            "     OR (status = 'closed' AND coalesce(length(trim(answer)), 0) > 0 AND closed_on IS NOT NULL))"
            ")"),
        QStringLiteral("CREATE INDEX difficult_case_open ON difficult_case(promised_on, opened_on) WHERE status = 'open'"),
        QStringLiteral("CREATE INDEX difficult_case_session ON difficult_case(session_id)"),
        QStringLiteral(
            "CREATE TABLE difficult_case_event ("
            " id TEXT PRIMARY KEY NOT NULL CHECK " TB_UUID("id") ","
            " case_id TEXT NOT NULL REFERENCES difficult_case(id),"
            " kind TEXT NOT NULL CHECK (kind IN ('opened', 'note', 'assigned', 'promised', 'closed', 'reopened')),"
            " text TEXT NOT NULL DEFAULT '',"
            " clerk TEXT NOT NULL CHECK (length(trim(clerk)) > 0),"
            " at TEXT NOT NULL CHECK " TB_TIMESTAMP("at")
            ")"),
        QStringLiteral("CREATE INDEX difficult_case_event_case ON difficult_case_event(case_id, at)"),
        QStringLiteral(
            "CREATE TABLE service_rating ("
            " id TEXT PRIMARY KEY NOT NULL CHECK " TB_UUID("id") ","
            " matter_id TEXT NOT NULL UNIQUE REFERENCES intake_matter(id) ON DELETE CASCADE,"
            " level INTEGER NOT NULL CHECK (typeof(level) = 'integer' AND level BETWEEN 1 AND 5),"
            " channel TEXT NOT NULL CHECK (channel IN ('visitor-screen', 'keypad')),"
            " comment TEXT,"
            " at TEXT NOT NULL CHECK " TB_TIMESTAMP("at")
            ")"),
        QStringLiteral("CREATE INDEX service_rating_at ON service_rating(at)"),
        QStringLiteral(
            "CREATE TABLE rating_followup ("
            " id TEXT PRIMARY KEY NOT NULL CHECK " TB_UUID("id") ","
            " rating_id TEXT NOT NULL UNIQUE REFERENCES service_rating(id) ON DELETE CASCADE,"
            // NULL only when the deadline fell in a year without a holiday arrangement (due_note says so).
            " due_on TEXT CHECK (due_on IS NULL OR " TB_DATE("due_on") "),"
            " due_note TEXT,"
            " outcome TEXT,"
            " closed_at TEXT CHECK (closed_at IS NULL OR " TB_TIMESTAMP("closed_at") "),"
            " clerk TEXT,"
            " CHECK (due_on IS NOT NULL OR due_note IS NOT NULL),"
            " CHECK ((closed_at IS NULL AND outcome IS NULL AND clerk IS NULL)"
            "     OR (closed_at IS NOT NULL AND coalesce(length(trim(outcome)), 0) > 0 AND coalesce(length(trim(clerk)), 0) > 0))"
            ")"),
        QStringLiteral("CREATE INDEX rating_followup_open ON rating_followup(due_on) WHERE closed_at IS NULL"),
        QStringLiteral("ALTER TABLE intake_visit ADD COLUMN ticket_at TEXT CHECK (ticket_at IS NULL OR " TB_TIMESTAMP("ticket_at") ")"),
        // The search (keyset order and each criterion) and the day's work.
        QStringLiteral("CREATE INDEX intake_matter_created ON intake_matter(created_at, id)"),
        QStringLiteral("CREATE INDEX intake_matter_received ON intake_matter(received_on)"),
        QStringLiteral("CREATE INDEX intake_matter_matter ON intake_matter(matter_id, created_at)"),
        QStringLiteral("CREATE INDEX intake_matter_clerk ON intake_matter(clerk, created_at)"),
        QStringLiteral("CREATE INDEX intake_matter_subject_name ON intake_matter(subject_name)"),
        QStringLiteral("CREATE INDEX intake_visit_applicant ON intake_visit(applicant_id_number)"),
        QStringLiteral("CREATE INDEX intake_visit_name ON intake_visit(applicant_name)"),
        QStringLiteral("CREATE INDEX visit_session_queue ON visit_session(queue_number, opened_at)"),
        QStringLiteral("CREATE INDEX visit_session_opened ON visit_session(opened_at)"),
        // Opening a visit closes the clerk's open one (VisitSessionRepository): without it, a scan of every visit.
        QStringLiteral("CREATE INDEX visit_session_open_clerk ON visit_session(clerk) WHERE status = 'open'"),
    };
    // clang-format on
}

// Step 8: accounts and audit (issue 12). device: the one row naming this file's device (a random
// UUID made when the step runs; the sync issue replaces it with the id the server issues).
// offline_credential: per clerk, the Argon2id verifier cached at the last online sign-in (never the
// password), its cost parameters, the grace period and the lock of the offline sign-in.
// audit_record: the audit log (audit::AuditLog), append-only — the triggers refuse every UPDATE but
// setting synced_at once from NULL, and every DELETE — and hash-chained per device (prev_hash, hash).
QStringList step8()
{
    // clang-format off
    return {
        QStringLiteral("CREATE TABLE device (id TEXT PRIMARY KEY NOT NULL CHECK " TB_UUID("id") ")"),
        // A version 4 UUID from SQLite's own random bytes.
        QStringLiteral(
            "INSERT INTO device (id) SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'"
            " || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1)"
            " || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))"),
        QStringLiteral("CREATE TRIGGER device_one_row BEFORE INSERT ON device WHEN (SELECT count(*) FROM device) > 0"
                       " BEGIN SELECT RAISE(ABORT, 'device: one row per file'); END"),
        QStringLiteral(
            "CREATE TABLE offline_credential ("
            " login TEXT PRIMARY KEY NOT NULL CHECK (length(trim(login)) > 0),"
            " display_name TEXT NOT NULL CHECK (length(trim(display_name)) > 0),"
            " role TEXT NOT NULL CHECK (role IN ('window-clerk', 'expert', 'supervisor')),"
            " office_code TEXT NOT NULL CHECK " TB_REGION_CODE("office_code") ","
            " office_name TEXT NOT NULL,"
            " salt BLOB NOT NULL CHECK (typeof(salt) = 'blob' AND length(salt) >= 16),"
            " hash BLOB NOT NULL CHECK (typeof(hash) = 'blob' AND length(hash) = 32),"
            " t_cost INTEGER NOT NULL CHECK (typeof(t_cost) = 'integer' AND t_cost >= 1),"
            " m_cost INTEGER NOT NULL CHECK (typeof(m_cost) = 'integer' AND m_cost >= 8),"
            " parallelism INTEGER NOT NULL CHECK (typeof(parallelism) = 'integer' AND parallelism >= 1),"
            " verified_online_at TEXT NOT NULL CHECK " TB_TIMESTAMP("verified_online_at") ","
            " grace_days INTEGER NOT NULL DEFAULT 7 CHECK (typeof(grace_days) = 'integer' AND grace_days BETWEEN 1 AND 30),"
            " failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (typeof(failed_attempts) = 'integer' AND failed_attempts >= 0),"
            " locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1))"
            ")"),
        QStringLiteral(
            "CREATE TABLE audit_record ("
            " seq INTEGER PRIMARY KEY NOT NULL CHECK (typeof(seq) = 'integer' AND seq >= 1),"
            " device_id TEXT NOT NULL CHECK " TB_UUID("device_id") ","
            " at TEXT NOT NULL CHECK " TB_TIMESTAMP("at") ","
            " clerk TEXT NOT NULL CHECK (length(trim(clerk)) > 0),"
            " office_code TEXT NOT NULL DEFAULT '',"
            " action TEXT NOT NULL CHECK (action IN ('look-up', 'open-person', 'print', 'pdf', 'export', 'unmask', 'compare',"
            "  'sign-in', 'sign-in-refused', 'refused', 'account')),"
            " subject TEXT NOT NULL DEFAULT '',"
            " object TEXT NOT NULL DEFAULT '',"
            " reason TEXT NOT NULL DEFAULT '',"
            " outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'refused')),"
            " detail TEXT NOT NULL DEFAULT '',"
            " prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),"
            " hash TEXT NOT NULL CHECK (length(hash) = 64),"
            " synced_at TEXT CHECK (synced_at IS NULL OR " TB_TIMESTAMP("synced_at") ")"
            ")"),
        QStringLiteral("CREATE INDEX audit_record_subject ON audit_record(subject, seq)"),
        QStringLiteral("CREATE INDEX audit_record_clerk ON audit_record(clerk, seq)"),
        QStringLiteral("CREATE INDEX audit_record_at ON audit_record(at)"),
        QStringLiteral("CREATE INDEX audit_record_unsynced ON audit_record(seq) WHERE synced_at IS NULL"),
        // Each record follows the last one (seq max + 1): no gap, and no INSERT OR REPLACE over an
        // existing record (whose implicit delete would not fire the delete trigger).
        QStringLiteral(
            "CREATE TRIGGER audit_record_append BEFORE INSERT ON audit_record"
            " WHEN NEW.seq IS NOT (SELECT coalesce(max(seq), 0) + 1 FROM audit_record)"
            " BEGIN SELECT RAISE(ABORT, 'audit_record is append-only: seq must follow the last record'); END"),
        // Append-only: the one change allowed is marking a record synced, once.
        QStringLiteral(
            "CREATE TRIGGER audit_record_no_update BEFORE UPDATE ON audit_record"
            " WHEN NOT (OLD.synced_at IS NULL AND NEW.synced_at IS NOT NULL"
            "  AND NEW.seq IS OLD.seq AND NEW.device_id IS OLD.device_id AND NEW.at IS OLD.at AND NEW.clerk IS OLD.clerk"
            "  AND NEW.office_code IS OLD.office_code AND NEW.action IS OLD.action AND NEW.subject IS OLD.subject"
            "  AND NEW.object IS OLD.object AND NEW.reason IS OLD.reason AND NEW.outcome IS OLD.outcome"
            "  AND NEW.detail IS OLD.detail AND NEW.prev_hash IS OLD.prev_hash AND NEW.hash IS OLD.hash)"
            " BEGIN SELECT RAISE(ABORT, 'audit_record is append-only: a record cannot be changed'); END"),
        QStringLiteral("CREATE TRIGGER audit_record_no_delete BEFORE DELETE ON audit_record"
                       " BEGIN SELECT RAISE(ABORT, 'audit_record is append-only: a record cannot be deleted'); END"),
    };
    // clang-format on
}

// Step 9: sync (issue 13, briefs/sync-protocol.md). outbox: every change of a synced ("up") row,
// queued by the triggers below in the transaction of the change, whatever code made it; its
// client_seq (AUTOINCREMENT) is never reused, even after the rows are deleted. The payload is the
// row as JSON, built in the trigger from the columns listed here, so a queued op never changes.
// sync_version: the last server version this file has of each record. sync_state: one row, the
// office, epoch, pull cursor and the supervisor's limits. sync_conflict: a record changed here and
// elsewhere, both versions, never deleted. sync_rejection: an op the server refused, kept for a
// person. sync_applying: the triggers' off switch (a row while the engine applies a pulled page or
// a resolution, in the same transaction). unemployment_claim gets the uuid the wire knows it by
// (rebuilt: a column added by ALTER TABLE cannot have a random default). Every existing up row is
// queued once (base version 0), so that what was recorded before this step is pushed too.
struct SyncedTable
{
    const char *table; // the local table = the entity
    const char *recordId; // the record's key, with %1 for NEW or OLD
    const char *clerk; // the clerk of the change, with %1 for NEW or OLD
    const char *columns; // the payload's columns, in order
    bool insertOnly; // audit_record: INSERT only (marking it synced queues nothing)
};

// A version 4 UUID from SQLite's own random bytes (as step 8 makes the device id).
#define TB_UUID_V4                                                                                                                         \
    "(lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-'"                \
    " || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))"
#define TB_NOW_UTC "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"

const SyncedTable kSyncedTables[] = {
    // clang-format off
    {"visit_session", "%1.id", "%1.clerk",
     "id queue_number person_id clerk opened_at closed_at status version", false},
    {"intake_visit", "%1.session_id", "(SELECT clerk FROM visit_session WHERE id = %1.session_id)",
     "session_id applicant_id_number applicant_name applicant_phone catalog_edition ticket_at", false},
    {"intake_matter", "%1.id", "%1.clerk",
     "id session_id position matter_id subject_id_number subject_name agent_relation fields_json documents_json missing_json status"
     " received_on due_on statutory_due_on pre_review_json clerk created_at channel returned_reason", false},
    {"matter_status_event", "%1.id", "%1.clerk",
     "id matter_id from_status to_status reason clerk at department", false},
    {"session_event", "%1.id", "%1.clerk",
     "id session_id kind payload clerk created_at", false},
    {"unemployment_claim", "%1.uuid", "nullif(%1.clerk, '')",
     "uuid person_id region claim_date first_month job_loss_reason months_paid band_months carried_months months_entitled"
     " monthly_amount_fen amount_source status stop_date stop_ground first_unpaid_month months_received months_left"
     " months_left_carried clerk created_at updated_at version", false},
    {"difficult_case", "%1.id", "%1.clerk",
     "id session_id opened_on description departments_json expert promised_on status answer closed_on clerk", false},
    {"difficult_case_event", "%1.id", "%1.clerk",
     "id case_id kind text clerk at", false},
    {"service_rating", "%1.id", "(SELECT clerk FROM intake_matter WHERE id = %1.matter_id)",
     "id matter_id level channel comment at", false},
    {"rating_followup", "%1.id",
     "coalesce(%1.clerk, (SELECT m.clerk FROM service_rating r JOIN intake_matter m ON m.id = r.matter_id WHERE r.id = %1.rating_id))",
     "id rating_id due_on due_note outcome closed_at clerk", false},
    {"data_disclosure", "%1.id", "%1.clerk",
     "id session_id subject_person_id recipient_person_id purpose basis consent_by consent_form approved_by reason detail clerk"
     " created_at", false},
    {"audit_record", "%1.device_id || ':' || %1.seq", "%1.clerk",
     "seq device_id at clerk office_code action subject object reason outcome detail prev_hash hash", true},
    // clang-format on
};

// json_object('a', R.a, 'b', R.b, …) of the table's listed columns, R being NEW or OLD.
QString payloadOf(const SyncedTable &t, const QString &row)
{
    QStringList args;
    for (const QString &column : QString::fromLatin1(t.columns).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        args << QStringLiteral("'%1', %2.%1").arg(column, row);
    return QStringLiteral("json_object(%1)").arg(args.join(QStringLiteral(", ")));
}

// The INSERT INTO outbox of one change of a row of @p t (R: NEW or OLD).
QString queueOp(const SyncedTable &t, const QString &row, const QString &kind)
{
    const QString recordId = QString::fromLatin1(t.recordId).arg(row);
    return QStringLiteral("INSERT INTO outbox (op_id, entity, record_id, kind, base_version, payload, clerk, device_time)"
                          " VALUES (" TB_UUID_V4 ", '%1', %2, '%3',"
                          " coalesce((SELECT version FROM sync_version WHERE entity = '%1' AND record_id = %2), 0),"
                          " %4, %5, " TB_NOW_UTC ");")
        .arg(QLatin1String(t.table), recordId, kind, payloadOf(t, row), QString::fromLatin1(t.clerk).arg(row));
}

QStringList step9()
{
    // clang-format off
    QStringList sql {
        QStringLiteral(
            "CREATE TABLE outbox ("
            " client_seq INTEGER PRIMARY KEY AUTOINCREMENT,"
            " op_id TEXT NOT NULL UNIQUE CHECK " TB_UUID("op_id") ","
            " entity TEXT NOT NULL CHECK (length(entity) > 0),"
            " record_id TEXT NOT NULL CHECK (length(record_id) > 0),"
            " kind TEXT NOT NULL CHECK (kind IN ('upsert', 'delete')),"
            " base_version INTEGER NOT NULL DEFAULT 0 CHECK (typeof(base_version) = 'integer' AND base_version >= 0),"
            " payload TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(payload) AND json_type(payload) = 'object'),"
            " clerk TEXT,"
            " device_time TEXT NOT NULL CHECK " TB_TIMESTAMP("device_time") ","
            " attempts INTEGER NOT NULL DEFAULT 0 CHECK (typeof(attempts) = 'integer' AND attempts >= 0),"
            " last_error TEXT"
            ")"),
        QStringLiteral("CREATE INDEX outbox_record ON outbox(entity, record_id, client_seq)"),
        QStringLiteral(
            "CREATE TABLE sync_version ("
            " entity TEXT NOT NULL,"
            " record_id TEXT NOT NULL,"
            " version INTEGER NOT NULL CHECK (typeof(version) = 'integer' AND version >= 0),"
            " deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),"
            " device_id TEXT,"
            " PRIMARY KEY (entity, record_id)"
            ") WITHOUT ROWID"),
        QStringLiteral(
            "CREATE TABLE sync_state ("
            " id INTEGER PRIMARY KEY CHECK (id = 1),"
            " office_code TEXT CHECK (office_code IS NULL OR " TB_REGION_CODE("office_code") "),"
            " epoch INTEGER CHECK (epoch IS NULL OR typeof(epoch) = 'integer'),"
            " cursor TEXT NOT NULL DEFAULT '',"
            " first_download_complete INTEGER NOT NULL DEFAULT 0 CHECK (first_download_complete IN (0, 1)),"
            " last_push_at TEXT CHECK (last_push_at IS NULL OR " TB_TIMESTAMP("last_push_at") "),"
            " last_pull_at TEXT CHECK (last_pull_at IS NULL OR " TB_TIMESTAMP("last_pull_at") "),"
            " last_error TEXT,"
            " offline_days_cap INTEGER CHECK (offline_days_cap IS NULL OR (typeof(offline_days_cap) = 'integer' AND offline_days_cap >= 1)),"
            " offline_records_cap INTEGER CHECK (offline_records_cap IS NULL"
            "  OR (typeof(offline_records_cap) = 'integer' AND offline_records_cap >= 1)),"
            " install_nonce TEXT NOT NULL CHECK (length(install_nonce) = 32),"
            " carry_key TEXT"
            ")"),
        // The install nonce: made once with the file, sent at every enrolment; a copy of the file
        // (or of the disk) made after its first sync presents the same device id with the same
        // nonce, and is told apart by the server only once the original enrols again elsewhere —
        // see docs/sync.md. The carry key: the server's, for the hand-carry file (sync::HandCarry).
        QStringLiteral("INSERT INTO sync_state (id, install_nonce) VALUES (1, lower(hex(randomblob(16))))"),
        QStringLiteral(
            "CREATE TABLE sync_conflict ("
            " id TEXT PRIMARY KEY NOT NULL CHECK " TB_UUID("id") ","
            " entity TEXT NOT NULL,"
            " record_id TEXT NOT NULL,"
            " local_payload TEXT NOT NULL CHECK (json_valid(local_payload)),"
            " server_payload TEXT NOT NULL CHECK (json_valid(server_payload)),"
            " server_version INTEGER NOT NULL CHECK (typeof(server_version) = 'integer' AND server_version >= 0),"
            " server_deleted INTEGER NOT NULL DEFAULT 0 CHECK (server_deleted IN (0, 1)),"
            " server_device TEXT,"
            " server_changed_by TEXT,"
            " detected_at TEXT NOT NULL CHECK " TB_TIMESTAMP("detected_at") ","
            " resolved_at TEXT CHECK (resolved_at IS NULL OR " TB_TIMESTAMP("resolved_at") "),"
            " resolution TEXT CHECK (resolution IS NULL OR resolution IN ('keep-mine', 'take-theirs')),"
            " resolved_by TEXT,"
            " CHECK ((resolved_at IS NULL AND resolution IS NULL AND resolved_by IS NULL)"
            "     OR (resolved_at IS NOT NULL AND resolution IS NOT NULL AND coalesce(length(trim(resolved_by)), 0) > 0))"
            ")"),
        // At most one open conflict per record: later changes join it.
        QStringLiteral("CREATE UNIQUE INDEX sync_conflict_open ON sync_conflict(entity, record_id) WHERE resolved_at IS NULL"),
        QStringLiteral("CREATE TRIGGER sync_conflict_kept BEFORE DELETE ON sync_conflict"
                       " BEGIN SELECT RAISE(ABORT, 'sync_conflict: a conflict is never deleted'); END"),
        QStringLiteral(
            "CREATE TABLE sync_rejection ("
            " op_id TEXT PRIMARY KEY NOT NULL CHECK " TB_UUID("op_id") ","
            " entity TEXT NOT NULL,"
            " record_id TEXT NOT NULL,"
            " payload TEXT NOT NULL CHECK (json_valid(payload)),"
            " code TEXT NOT NULL CHECK (length(code) > 0),"
            " message TEXT NOT NULL DEFAULT '',"
            " at TEXT NOT NULL CHECK " TB_TIMESTAMP("at") ","
            " dismissed_at TEXT CHECK (dismissed_at IS NULL OR " TB_TIMESTAMP("dismissed_at") "),"
            " dismissed_by TEXT,"
            " CHECK ((dismissed_at IS NULL) = (dismissed_by IS NULL))"
            ")"),
        QStringLiteral("CREATE TABLE sync_applying (\"on\" INTEGER)"),
        // unemployment_claim with its uuid (step 2's table, same checks, the uuid last).
        QStringLiteral(
            "CREATE TABLE unemployment_claim_v9 ("
            " id INTEGER PRIMARY KEY,"
            " person_id TEXT NOT NULL REFERENCES insured_person(id) ON DELETE CASCADE,"
            " region TEXT NOT NULL CHECK " TB_REGION_CODE("region") ","
            " claim_date TEXT NOT NULL CHECK " TB_DATE("claim_date") ","
            " first_month TEXT NOT NULL CHECK " TB_MONTH("first_month") ","
            " job_loss_reason TEXT NOT NULL CHECK (length(job_loss_reason) > 0),"
            " months_paid INTEGER NOT NULL CHECK (typeof(months_paid) = 'integer' AND months_paid >= 0),"
            " band_months INTEGER NOT NULL CHECK (typeof(band_months) = 'integer' AND band_months BETWEEN 1 AND 24),"
            " carried_months INTEGER NOT NULL CHECK (typeof(carried_months) = 'integer' AND carried_months BETWEEN 0 AND 24),"
            " months_entitled INTEGER NOT NULL CHECK (typeof(months_entitled) = 'integer' AND months_entitled BETWEEN 1 AND 24"
            "  AND months_entitled <= band_months + carried_months),"
            " monthly_amount_fen INTEGER CHECK (monthly_amount_fen IS NULL OR (typeof(monthly_amount_fen) = 'integer'"
            "  AND monthly_amount_fen > 0)),"
            " amount_source TEXT NOT NULL DEFAULT '',"
            " status TEXT NOT NULL CHECK (status IN ('open', 'stopped')),"
            " stop_date TEXT CHECK (stop_date IS NULL OR (" TB_DATE("stop_date") " AND stop_date >= claim_date)),"
            " stop_ground TEXT CHECK (stop_ground IS NULL OR length(stop_ground) > 0),"
            " first_unpaid_month TEXT CHECK (first_unpaid_month IS NULL OR " TB_MONTH("first_unpaid_month") "),"
            " months_received INTEGER CHECK (months_received IS NULL OR (typeof(months_received) = 'integer'"
            "  AND months_received >= 0)),"
            " months_left INTEGER CHECK (months_left IS NULL OR (typeof(months_left) = 'integer' AND months_left >= 0)),"
            " months_left_carried INTEGER CHECK (months_left_carried IS NULL OR months_left_carried IN (0, 1)),"
            " clerk TEXT NOT NULL DEFAULT '',"
            " created_at TEXT NOT NULL CHECK " TB_TIMESTAMP("created_at") ","
            " updated_at TEXT NOT NULL CHECK " TB_TIMESTAMP("updated_at") ","
            " " TB_VERSION ","
            " uuid TEXT NOT NULL UNIQUE DEFAULT " TB_UUID_V4 " CHECK " TB_UUID("uuid") ","
            " CHECK ((status = 'open' AND stop_date IS NULL AND stop_ground IS NULL AND first_unpaid_month IS NULL"
            "  AND months_received IS NULL AND months_left IS NULL AND months_left_carried IS NULL)"
            "  OR (status = 'stopped' AND stop_date IS NOT NULL AND stop_ground IS NOT NULL AND first_unpaid_month IS NOT NULL"
            "  AND months_received IS NOT NULL AND months_left IS NOT NULL AND months_left_carried IS NOT NULL"
            "  AND months_received + months_left = months_entitled))"
            ")"),
        QStringLiteral(
            "INSERT INTO unemployment_claim_v9 (id, person_id, region, claim_date, first_month, job_loss_reason, months_paid, band_months,"
            " carried_months, months_entitled, monthly_amount_fen, amount_source, status, stop_date, stop_ground, first_unpaid_month,"
            " months_received, months_left, months_left_carried, clerk, created_at, updated_at, version)"
            " SELECT id, person_id, region, claim_date, first_month, job_loss_reason, months_paid, band_months,"
            " carried_months, months_entitled, monthly_amount_fen, amount_source, status, stop_date, stop_ground, first_unpaid_month,"
            " months_received, months_left, months_left_carried, clerk, created_at, updated_at, version"
            " FROM unemployment_claim ORDER BY id"),
        QStringLiteral("DROP TABLE unemployment_claim"),
        QStringLiteral("ALTER TABLE unemployment_claim_v9 RENAME TO unemployment_claim"),
        QStringLiteral("CREATE INDEX unemployment_claim_person ON unemployment_claim(person_id, claim_date)"),
    };
    // clang-format on
    const QString off = QStringLiteral(" WHEN NOT EXISTS (SELECT 1 FROM sync_applying)");
    for (const SyncedTable &t : kSyncedTables) {
        const QString table = QLatin1String(t.table);
        sql << QStringLiteral("CREATE TRIGGER outbox_%1_insert AFTER INSERT ON %1%2 BEGIN %3 END")
                   .arg(table, off, queueOp(t, QStringLiteral("NEW"), QStringLiteral("upsert")));
        if (t.insertOnly)
            continue;
        sql << QStringLiteral("CREATE TRIGGER outbox_%1_update AFTER UPDATE ON %1%2 BEGIN %3 END")
                   .arg(table, off, queueOp(t, QStringLiteral("NEW"), QStringLiteral("upsert")));
        sql << QStringLiteral("CREATE TRIGGER outbox_%1_delete AFTER DELETE ON %1%2 BEGIN %3 END")
                   .arg(table, off, queueOp(t, QStringLiteral("OLD"), QStringLiteral("delete")));
    }
    // Every existing up row, once, parents before children, with base version 0.
    for (const SyncedTable &t : kSyncedTables) {
        const QString table = QLatin1String(t.table);
        QString select = queueOp(t, QStringLiteral("r"), QStringLiteral("upsert"));
        select.chop(1); // the trigger's ';'
        select.replace(QStringLiteral(" VALUES ("), QStringLiteral(" SELECT "));
        select.chop(1); // ')'
        select += QStringLiteral(" FROM %1 r%2 ORDER BY r.rowid")
                      .arg(table, t.insertOnly ? QStringLiteral(" WHERE r.synced_at IS NULL") : QString());
        sql << select;
    }
    return sql;
}

// Step 10: parameter editions received from the central store (issue 13, server step 5): the
// newest edition of each policy parameter file, as published; the program computes with it from
// its next start where it is later than the edition it ships (policy::ParameterEditions::loadBuiltInWith).
// digest: the SHA-256 of content in hex, as published, checked again before use.
QStringList step10()
{
    // clang-format off
    return {
        QStringLiteral(
            "CREATE TABLE parameter_edition ("
            " file TEXT PRIMARY KEY NOT NULL CHECK (file = 'national.json' OR file GLOB 'regions/[1-9]" TB_DIGIT TB_DIGIT TB_DIGIT TB_DIGIT TB_DIGIT ".json'),"
            " edition TEXT NOT NULL CHECK " TB_DATE("edition") ","
            " digest TEXT NOT NULL CHECK (length(digest) = 64 AND digest NOT GLOB '*[^0-9a-f]*'),"
            " content BLOB NOT NULL CHECK (typeof(content) = 'blob' AND length(content) > 1),"
            " received_at TEXT NOT NULL CHECK " TB_TIMESTAMP("received_at")
            ")"),
    };
    // clang-format on
}

#undef TB_UUID_V4
#undef TB_NOW_UTC
#undef TB_DIGIT
#undef TB_REGION_CODE
#undef TB_DATE
#undef TB_MONTH
#undef TB_UUID
#undef TB_TIMESTAMP
#undef TB_FEN
#undef TB_VERSION
#undef TB_CITIZEN_ID

} // namespace

int Migrations::latestVersion()
{
    return 10;
}

QStringList Migrations::statements(int version)
{
    switch (version) {
    case 1:
        return step1();
    case 2:
        return step2();
    case 3:
        return step3();
    case 4:
        return step4();
    case 5:
        return step5();
    case 6:
        return step6();
    case 7:
        return step7();
    case 8:
        return step8();
    case 9:
        return step9();
    case 10:
        return step10();
    default:
        return {};
    }
}

Result<int> Migrations::currentVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return LocalStore::queryError(q, tr("cannot read the schema version"));
    return q.value(0).toInt();
}

Status Migrations::migrate(const QSqlDatabase &db, int targetVersion)
{
    const int target = targetVersion < 0 ? latestVersion() : targetVersion;
    const auto initial = currentVersion(db);
    if (!initial)
        return initial.error();
    if (*initial > latestVersion())
        return Error::storage(tr("the database %1 was written by a newer version of Tongban (schema %2; this program knows "
                                 "schema %3 at most): update the program before opening it")
                                  .arg(db.databaseName())
                                  .arg(*initial)
                                  .arg(latestVersion()));
    if (target > latestVersion() || target < *initial)
        return Error::storage(tr("cannot migrate the database from schema %1 to schema %2").arg(*initial).arg(target));

    // A step may rebuild a table that others refer to (SQLite's way to change a primary key:
    // create, copy, drop, rename). Foreign keys are enforced again after the steps and checked
    // inside each step before it commits.
    QSqlQuery pragma(db);
    if (*initial < target && !pragma.exec(QStringLiteral("PRAGMA foreign_keys = OFF")))
        return LocalStore::queryError(pragma, tr("cannot prepare the schema upgrade"));
    const auto enforceForeignKeys = qScopeGuard([db] { QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON")); });

    for (int step = *initial + 1; step <= target;) {
        WriteTransaction tx(db);
        if (const Status s = tx.begin(); !s)
            return s.error();
        // Another connection may have applied the step while this one waited for the lock.
        const auto now = currentVersion(db);
        if (!now)
            return now.error();
        if (*now >= step) {
            step = *now + 1;
            continue;
        }
        // A new file (nothing applied yet) takes every step in this one transaction: one commit
        // instead of one a step (a first download starts with a new file), and a failure leaves it
        // empty as one step's would.
        const int last = *now == 0 ? target : step;
        QSqlQuery q(db);
        for (int n = step; n <= last; ++n) {
            for (const QString &sql : statements(n)) {
                if (!q.exec(sql))
                    return LocalStore::queryError(q, tr("schema upgrade step %1 failed").arg(n));
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
            return LocalStore::queryError(q, tr("schema upgrade step %1 failed").arg(last));
        if (q.next())
            return Error::storage(
                tr("schema upgrade step %1 failed: a row of %2 refers to a missing row").arg(last).arg(q.value(0).toString()));
        q.finish();
        // PRAGMA takes no bound values; last is an integer of ours.
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(last)))
            return LocalStore::queryError(q, tr("schema upgrade step %1 failed").arg(last));
        if (const Status s = tx.commit(); !s)
            return s.error();
        step = last + 1;
    }
    return Done {};
}

} // namespace tongban::storage
