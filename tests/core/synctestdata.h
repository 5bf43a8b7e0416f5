#pragma once

// Rows of every synced ("up") table of the local store, for the sync tests: one insert, one
// update and one delete per entity, in an order the foreign keys accept (inserts parents first,
// deletes children first).

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace tongban::test::sync {

inline const QString kPerson = QStringLiteral("0b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11");
inline const QString kVisit = QStringLiteral("1b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11");
inline const QString kMatter = QStringLiteral("2b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11");
inline const QString kStatusEvent = QStringLiteral("3b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11");
inline const QString kSessionEvent = QStringLiteral("4b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11");
inline const QString kClaim = QStringLiteral("5b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11");
inline const QString kCase = QStringLiteral("6b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11");
inline const QString kCaseEvent = QStringLiteral("7b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11");
inline const QString kRating = QStringLiteral("8b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11");
inline const QString kFollowup = QStringLiteral("9b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11");
inline const QString kDisclosure = QStringLiteral("ab9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11");
inline const QString kEmployer = QStringLiteral("bb9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11");

struct UpRow
{
    QString entity;
    QString recordId; ///< empty for audit_record (device id ':' seq, known at run time)
    QString insert;
    QString update; ///< empty: insert only (audit_record)
    QString remove;
};

/// One row per up entity, parents first.
inline QList<UpRow> upRows()
{
    return {
        {QStringLiteral("visit_session"), kVisit,
         QStringLiteral("INSERT INTO visit_session (id, queue_number, person_id, clerk, opened_at, status) VALUES ('%1', 'A001', '%2',"
                        " 'wang.fang', '2026-12-02T02:00:00.000Z', 'open')")
             .arg(kVisit, kPerson),
         QStringLiteral("UPDATE visit_session SET status = 'closed', closed_at = '2026-12-02T02:30:00.000Z' WHERE id = '%1'").arg(kVisit),
         QStringLiteral("DELETE FROM visit_session WHERE id = '%1'").arg(kVisit)},
        {QStringLiteral("intake_visit"), kVisit,
         QStringLiteral("INSERT INTO intake_visit (session_id, applicant_id_number, applicant_name, catalog_edition)"
                        " VALUES ('%1', '11010519491231002X', '测试', '2026-12-01')")
             .arg(kVisit),
         QStringLiteral("UPDATE intake_visit SET applicant_phone = '13800000000' WHERE session_id = '%1'").arg(kVisit),
         QStringLiteral("DELETE FROM intake_visit WHERE session_id = '%1'").arg(kVisit)},
        {QStringLiteral("intake_matter"), kMatter,
         QStringLiteral("INSERT INTO intake_matter (id, session_id, position, matter_id, subject_id_number, subject_name, fields_json,"
                        " documents_json, missing_json, status, received_on, due_on, clerk, created_at) VALUES ('%1', '%2', 0,"
                        " 'retirement-application', '11010519491231002X', '测试', '{}', '[]', '[]', 'received', '2026-12-02',"
                        " '2026-12-16', 'wang.fang', '2026-12-02T02:05:00.000Z')")
             .arg(kMatter, kVisit),
         QStringLiteral("UPDATE intake_matter SET status = 'done' WHERE id = '%1'").arg(kMatter),
         QStringLiteral("DELETE FROM intake_matter WHERE id = '%1'").arg(kMatter)},
        {QStringLiteral("matter_status_event"), kStatusEvent,
         QStringLiteral("INSERT INTO matter_status_event (id, matter_id, from_status, to_status, clerk, at) VALUES ('%1', '%2',"
                        " 'received', 'done', 'li.na', '2026-12-02T03:00:00.000Z')")
             .arg(kStatusEvent, kMatter),
         QStringLiteral("UPDATE matter_status_event SET department = 'pension' WHERE id = '%1'").arg(kStatusEvent),
         QStringLiteral("DELETE FROM matter_status_event WHERE id = '%1'").arg(kStatusEvent)},
        {QStringLiteral("session_event"), kSessionEvent,
         QStringLiteral("INSERT INTO session_event (id, session_id, kind, payload, clerk, created_at) VALUES ('%1', '%2', 'note',"
                        " '{\"text\": \"ok\"}', 'wang.fang', '2026-12-02T02:06:00.000Z')")
             .arg(kSessionEvent, kVisit),
         QStringLiteral("UPDATE session_event SET kind = 'remark' WHERE id = '%1'").arg(kSessionEvent),
         QStringLiteral("DELETE FROM session_event WHERE id = '%1'").arg(kSessionEvent)},
        {QStringLiteral("unemployment_claim"), kClaim,
         QStringLiteral("INSERT INTO unemployment_claim (uuid, person_id, region, claim_date, first_month, job_loss_reason, months_paid,"
                        " band_months, carried_months, months_entitled, monthly_amount_fen, status, clerk, created_at, updated_at)"
                        " VALUES ('%1', '%2', '430102', '2026-03-10', '2026-03', 'dismissed', 60, 18, 0, 18, 153000, 'open',"
                        " 'wang.fang', '2026-12-02T02:07:00.000Z', '2026-12-02T02:07:00.000Z')")
             .arg(kClaim, kPerson),
         QStringLiteral("UPDATE unemployment_claim SET monthly_amount_fen = 160000 WHERE uuid = '%1'").arg(kClaim),
         QStringLiteral("DELETE FROM unemployment_claim WHERE uuid = '%1'").arg(kClaim)},
        {QStringLiteral("difficult_case"), kCase,
         QStringLiteral("INSERT INTO difficult_case (id, session_id, opened_on, description, status, clerk) VALUES ('%1', '%2',"
                        " '2026-12-02', '工龄档案缺失', 'open', 'wang.fang')")
             .arg(kCase, kVisit),
         QStringLiteral("UPDATE difficult_case SET expert = 'zhao.lei' WHERE id = '%1'").arg(kCase),
         QStringLiteral("DELETE FROM difficult_case WHERE id = '%1'").arg(kCase)},
        {QStringLiteral("difficult_case_event"), kCaseEvent,
         QStringLiteral("INSERT INTO difficult_case_event (id, case_id, kind, text, clerk, at) VALUES ('%1', '%2', 'opened', '',"
                        " 'wang.fang', '2026-12-02T02:08:00.000Z')")
             .arg(kCaseEvent, kCase),
         QStringLiteral("UPDATE difficult_case_event SET text = 'x' WHERE id = '%1'").arg(kCaseEvent),
         QStringLiteral("DELETE FROM difficult_case_event WHERE id = '%1'").arg(kCaseEvent)},
        {QStringLiteral("service_rating"), kRating,
         QStringLiteral("INSERT INTO service_rating (id, matter_id, level, channel, at) VALUES ('%1', '%2', 2, 'keypad',"
                        " '2026-12-02T02:09:00.000Z')")
             .arg(kRating, kMatter),
         QStringLiteral("UPDATE service_rating SET comment = '慢' WHERE id = '%1'").arg(kRating),
         QStringLiteral("DELETE FROM service_rating WHERE id = '%1'").arg(kRating)},
        {QStringLiteral("rating_followup"), kFollowup,
         QStringLiteral("INSERT INTO rating_followup (id, rating_id, due_on) VALUES ('%1', '%2', '2026-12-09')").arg(kFollowup, kRating),
         QStringLiteral("UPDATE rating_followup SET outcome = '已回访', closed_at = '2026-12-03T02:00:00.000Z', clerk = 'li.na'"
                        " WHERE id = '%1'")
             .arg(kFollowup),
         QStringLiteral("DELETE FROM rating_followup WHERE id = '%1'").arg(kFollowup)},
        {QStringLiteral("data_disclosure"), kDisclosure,
         QStringLiteral("INSERT INTO data_disclosure (id, session_id, subject_person_id, purpose, basis, approved_by, reason, clerk,"
                        " created_at) VALUES ('%1', '%2', '%3', 'pension-comparison', 'approval', '张主任', '家属代办', 'wang.fang',"
                        " '2026-12-02T02:10:00.000Z')")
             .arg(kDisclosure, kVisit, kPerson),
         QStringLiteral("UPDATE data_disclosure SET detail = '{\"a\": 1}' WHERE id = '%1'").arg(kDisclosure),
         QStringLiteral("DELETE FROM data_disclosure WHERE id = '%1'").arg(kDisclosure)},
        {QStringLiteral("audit_record"), QString(),
         QStringLiteral("INSERT INTO audit_record (seq, device_id, at, clerk, action, subject, outcome, prev_hash, hash)"
                        " VALUES (1, (SELECT id FROM device), '2026-12-02T02:11:00.000Z', 'wang.fang', 'look-up', '11010519491231002X',"
                        " 'ok', '%1', '%2')")
             .arg(QString(64, QLatin1Char('0')), QString(64, QLatin1Char('a'))),
         QString(), QString()},
    };
}

/// Runs @p sql on @p db; false (with the driver's text in *error) when it fails.
inline bool exec(const QSqlDatabase &db, const QString &sql, QString *error = nullptr)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

/// The person (and an employer) the up rows refer to: down rows, which queue nothing.
inline bool insertPersonAndEmployer(const QSqlDatabase &db)
{
    return exec(db,
                QStringLiteral("INSERT INTO insured_person (id, citizen_id, name, sex, birth_date, retirement_group, region,"
                               " deemed_months, account_opening_fen, created_at, updated_at) VALUES ('%1', '11010519491231002X', '测试',"
                               " 'female', '1971-05-01', 'female-55', '110105', 0, 0, '2026-01-01T00:00:00.000Z',"
                               " '2026-01-01T00:00:00.000Z')")
                    .arg(kPerson))
        && exec(db,
                QStringLiteral("INSERT INTO employer (id, name, created_at, updated_at) VALUES ('%1', '北京示例有限公司',"
                               " '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')")
                    .arg(kEmployer));
}

/// One integer or text of the first row of @p sql.
inline QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

} // namespace tongban::test::sync
