// Tests of tongban::audit: the append-only, hash-chained audit log on a real SQLite file, its check
// (a record removed, altered or moved behind the triggers' back is found) and its query.

#include "audit/auditchaincheck.h"
#include "audit/auditlog.h"
#include "audit/auditquery.h"
#include "services/auditservice.h"
#include "storage/localstore.h"
#include "storage/writetransaction.h"

#include "signedinusers.h"
#include "testcontext.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tongban;
using namespace tongban::audit;
using storage::LocalStore;
using storage::WriteTransaction;

namespace {

const QString kPersonA = QStringLiteral("11010519491231002X");
const QString kPersonB = QStringLiteral("110105195003070015");

accounts::SignedInUser clerk(const QString &login = QStringLiteral("wang.fang"))
{
    accounts::SignedInUser user;
    user.login = login;
    user.displayName = QStringLiteral("王芳");
    user.officeCode = QStringLiteral("110102");
    return user;
}

/// Appends @p entry in a write transaction of its own; the record or the error.
Result<AuditRecord> appendOne(const QSqlDatabase &db, const AuditEntry &entry, const QDateTime &at,
                              const accounts::SignedInUser &user = clerk())
{
    WriteTransaction tx(db);
    if (const Status s = tx.begin(); !s)
        return s.error();
    auto record = AuditLog::append(db, user, entry, at);
    if (!record)
        return record;
    if (const Status s = tx.commit(); !s)
        return s.error();
    return record;
}

AuditEntry entry(const QString &action, const QString &subject, const QString &detail = QString())
{
    AuditEntry e;
    e.action = action;
    e.subject = subject;
    e.detail = detail;
    return e;
}

bool exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<LocalStore> m_store;

    QSqlDatabase db() const { return m_store->database(); }

    // Five records: look-ups of A and B by two clerks on two days, an unmasking, a refusal.
    void fill()
    {
        const QDateTime day1 = test::fixedNow().addDays(-1);
        const QDateTime day2 = test::fixedNow();
        QVERIFY(appendOne(db(), entry(action::lookUp, kPersonA, QStringLiteral("marker-1")), day1).ok());
        QVERIFY(appendOne(db(), entry(action::lookUp, kPersonB, QStringLiteral("marker-2")), day1.addSecs(60)).ok());
        AuditEntry unmask = entry(action::unmask, kPersonA, QStringLiteral("marker-3"));
        unmask.reason = QStringLiteral("本人申请查询\n多行");
        QVERIFY(appendOne(db(), unmask, day2).ok());
        QVERIFY(
            appendOne(db(), entry(action::lookUp, kPersonA, QStringLiteral("marker-4")), day2.addSecs(60), clerk(QStringLiteral("li.na")))
                .ok());
        AuditEntry refused = entry(action::refused, kPersonB, QStringLiteral("marker-5"));
        refused.outcome = QStringLiteral("refused");
        QVERIFY(appendOne(db(), refused, day2.addSecs(120)).ok());
    }

    AuditChainReport check() const
    {
        const auto report = AuditChainCheck::run(db());
        if (!report)
            qFatal("the check failed: %s", qPrintable(report.error().message));
        return *report;
    }

    void dropTriggers()
    {
        for (const char *trigger : {"audit_record_no_update", "audit_record_no_delete", "audit_record_append"})
            QVERIFY(exec(db(), QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(trigger))));
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
        auto store = LocalStore::open(m_path);
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
        m_store = std::move(store).value();
    }
    void cleanup() { m_store.reset(); }

    void recordsAreChainedInOrder()
    {
        fill();
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("SELECT seq, prev_hash, hash, clerk, office_code FROM audit_record ORDER BY seq")));
        QString previous = AuditLog::genesisHash();
        qint64 seq = 0;
        while (q.next()) {
            QCOMPARE(q.value(0).toLongLong(), ++seq);
            QCOMPARE(q.value(1).toString(), previous);
            QCOMPARE(q.value(2).toString().size(), 64);
            previous = q.value(2).toString();
        }
        QCOMPARE(seq, 5);
        const AuditChainReport report = check();
        QCOMPARE(report.records, 5);
        QVERIFY(report.intact);
        QVERIFY(!report.firstBroken);
        QVERIFY(report.reason.isEmpty());
    }

    // The documented canonical form, byte for byte: a record can be checked without this code.
    void canonicalFormIsTheDocumentedOne()
    {
        AuditRecord record;
        record.seq = 7;
        record.deviceId = QStringLiteral("0b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11");
        record.at = test::fixedNow();
        record.clerk = QStringLiteral("wang.fang");
        record.officeCode = QStringLiteral("110102");
        record.entry = entry(action::unmask, kPersonA);
        record.entry.reason = QStringLiteral("本人");
        record.prevHash = AuditLog::genesisHash();
        const QByteArray expected = "tongban-audit-1\n1:7\n36:0b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11\n24:2026-12-02T02:00:00.000Z\n"
                                    "9:wang.fang\n6:110102\n6:unmask\n18:11010519491231002X\n0:\n6:\xe6\x9c\xac\xe4\xba\xba\n2:ok\n0:\n64:"
            + QByteArray(64, '0') + "\n";
        QCOMPARE(AuditLog::canonicalForm(record), expected);
        QCOMPARE(AuditLog::hashOf(record), QString::fromLatin1(QCryptographicHash::hash(expected, QCryptographicHash::Sha256).toHex()));
    }

    void appendOutsideATransactionIsRefused()
    {
        const auto record = AuditLog::append(db(), clerk(), entry(action::lookUp, kPersonA), test::fixedNow());
        QVERIFY(!record.ok());
        QCOMPARE(record.error().kind, Error::Kind::Storage);
        QCOMPARE(exec(db(), QStringLiteral("SELECT 1")), true);
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_record")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    // Rolled back with the action: an action that fails leaves no record, and the chain goes on.
    void rolledBackWithTheTransaction()
    {
        {
            WriteTransaction tx(db());
            QVERIFY(tx.begin().ok());
            QVERIFY(AuditLog::append(db(), clerk(), entry(action::lookUp, kPersonA), test::fixedNow()).ok());
        }
        QVERIFY(appendOne(db(), entry(action::lookUp, kPersonB), test::fixedNow()).ok());
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("SELECT seq, subject FROM audit_record")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toString(), kPersonB);
        QVERIFY(check().intact);
    }

    void unknownActionOrOutcomeIsRefused()
    {
        QCOMPARE(appendOne(db(), entry(QStringLiteral("peek"), kPersonA), test::fixedNow()).error().field, QStringLiteral("action"));
        AuditEntry e = entry(action::lookUp, kPersonA);
        e.outcome = QStringLiteral("maybe");
        QCOMPARE(appendOne(db(), e, test::fixedNow()).error().field, QStringLiteral("outcome"));
    }

    void updateAndDeleteAreRefusedByTheTrigger()
    {
        fill();
        QSqlQuery q(db());
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_record SET reason = 'nothing' WHERE seq = 3")));
        QVERIFY2(q.lastError().text().contains(QStringLiteral("append-only")), qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_record WHERE seq = 5")));
        QVERIFY2(q.lastError().text().contains(QStringLiteral("append-only")), qPrintable(q.lastError().text()));
        QVERIFY(check().intact);
    }

    // Altered behind the triggers' back (the triggers dropped, as sqlite3 on the file could).
    void alteredRecordIsFound()
    {
        fill();
        dropTriggers();
        QVERIFY(exec(db(), QStringLiteral("UPDATE audit_record SET reason = '' WHERE seq = 3")));
        const AuditChainReport report = check();
        QVERIFY(!report.intact);
        QCOMPARE(report.firstBroken, std::optional<qint64>(3));
        QVERIFY2(report.reason.contains(QStringLiteral("altered")), qPrintable(report.reason));
        QCOMPARE(report.records, 5);
    }

    // Altered by writing to the file itself: one byte of a record's detail changed on disk.
    void recordAlteredInTheFileIsFound()
    {
        fill();
        QVERIFY(m_store->checkpoint().ok());
        m_store.reset();
        {
            QFile file(m_path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QByteArray bytes = file.readAll();
            // The detail is on the record's page and in its outbox op (schema step 9, queued for
            // the server): both are altered, as an editor of the file would.
            qsizetype at = bytes.indexOf("marker-2");
            QVERIFY(at > 0);
            int altered = 0;
            for (; at >= 0; at = bytes.indexOf("marker-2", at + 1), ++altered)
                bytes[at + 7] = '9';
            QCOMPARE(altered, 2);
            QVERIFY(file.seek(0));
            QCOMPARE(file.write(bytes), bytes.size());
        }
        auto store = LocalStore::open(m_path);
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
        m_store = std::move(store).value();
        const AuditChainReport report = check();
        QVERIFY(!report.intact);
        QCOMPARE(report.firstBroken, std::optional<qint64>(2));
        QVERIFY2(report.reason.contains(QStringLiteral("altered")), qPrintable(report.reason));
    }

    void removedRecordIsFound()
    {
        fill();
        dropTriggers();
        QVERIFY(exec(db(), QStringLiteral("DELETE FROM audit_record WHERE seq = 2")));
        AuditChainReport report = check();
        QVERIFY(!report.intact);
        QCOMPARE(report.firstBroken, std::optional<qint64>(2));
        QVERIFY2(report.reason.contains(QStringLiteral("missing")), qPrintable(report.reason));
        QCOMPARE(report.records, 4);
        // Renumbered to hide the gap: the link to the record before breaks.
        QVERIFY(exec(db(), QStringLiteral("UPDATE audit_record SET seq = seq - 1 WHERE seq > 2")));
        report = check();
        QVERIFY(!report.intact);
        QCOMPARE(report.firstBroken, std::optional<qint64>(2));
    }

    void reorderedRecordsAreFound()
    {
        fill();
        dropTriggers();
        QVERIFY(exec(db(), QStringLiteral("UPDATE audit_record SET seq = 100 WHERE seq = 3")));
        QVERIFY(exec(db(), QStringLiteral("UPDATE audit_record SET seq = 3 WHERE seq = 4")));
        QVERIFY(exec(db(), QStringLiteral("UPDATE audit_record SET seq = 4 WHERE seq = 100")));
        const AuditChainReport report = check();
        QVERIFY(!report.intact);
        QCOMPARE(report.firstBroken, std::optional<qint64>(3));
        QVERIFY2(report.reason.contains(QStringLiteral("does not follow")), qPrintable(report.reason));
    }

    void queryFiltersAndPages()
    {
        fill();
        auto page = AuditQuery::run(db(), {});
        QVERIFY(page.ok());
        QCOMPARE(page->records.size(), 5);
        QCOMPARE(page->records.first().seq, 5); // newest first
        QVERIFY(!page->next);

        AuditQuery::Filter byPerson;
        byPerson.person = kPersonA;
        page = AuditQuery::run(db(), byPerson);
        QCOMPARE(page->records.size(), 3);
        for (const AuditRecord &record : std::as_const(page->records))
            QCOMPARE(record.entry.subject, kPersonA);

        AuditQuery::Filter byClerk;
        byClerk.clerk = QStringLiteral("li.na");
        page = AuditQuery::run(db(), byClerk);
        QCOMPARE(page->records.size(), 1);
        QCOMPARE(page->records.first().seq, 4);

        AuditQuery::Filter byAction;
        byAction.action = action::unmask;
        page = AuditQuery::run(db(), byAction);
        QCOMPARE(page->records.size(), 1);
        QCOMPARE(page->records.first().entry.reason, QStringLiteral("本人申请查询\n多行"));

        // Days are the hall's days (Asia/Shanghai): 2026-12-01 10:00 and 10:01, 2026-12-02 from 10:00.
        AuditQuery::Filter byDay;
        byDay.from = QDate(2026, 12, 2);
        page = AuditQuery::run(db(), byDay);
        QCOMPARE(page->records.size(), 3);
        byDay.from = QDate();
        byDay.to = QDate(2026, 12, 1);
        page = AuditQuery::run(db(), byDay);
        QCOMPARE(page->records.size(), 2);

        // Keyset pages of two.
        QList<qint64> seen;
        std::optional<qint64> after;
        do {
            page = AuditQuery::run(db(), {}, 2, after);
            QVERIFY(page.ok());
            for (const AuditRecord &record : std::as_const(page->records))
                seen << record.seq;
            after = page->next;
        } while (after);
        QCOMPARE(seen, (QList<qint64> {5, 4, 3, 2, 1}));

        AuditQuery::Filter bad;
        bad.action = QStringLiteral("peek");
        QCOMPARE(AuditQuery::run(db(), bad).error().field, QStringLiteral("action"));
        AuditQuery::Filter backwards;
        backwards.from = QDate(2026, 12, 2);
        backwards.to = QDate(2026, 12, 1);
        QCOMPARE(AuditQuery::run(db(), backwards).error().field, QStringLiteral("to"));
    }

    // A paper printed or saved, a file exported: checked by the role and audited before it is put
    // out (services::AuditService::recordOutput); the sweep's CSV is a supervisor's alone.
    void outputsAreCheckedAndAudited()
    {
        m_store.reset();
        test::TestContext context(m_dir.filePath(QStringLiteral("outputs.sqlite")), QStringLiteral("窗口一"));
        QVERIFY(context.open());
        const services::AuditService service(context.context());
        const auto records = [&context]() {
            return context.store()
                .read<QStringList>([](QSqlDatabase db) -> Result<QStringList> {
                    QSqlQuery q(db);
                    if (!q.exec(QStringLiteral("SELECT action, subject, object, outcome, clerk FROM audit_record ORDER BY seq")))
                        return Error::storage(q.lastError().text());
                    QStringList all;
                    while (q.next())
                        all << QStringLiteral("%1|%2|%3|%4|%5")
                                   .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                        q.value(4).toString());
                    return all;
                })
                .result()
                .value();
        };

        // Nobody signed in: a window clerk's rights (print, PDF, the day's work CSV).
        QVERIFY(service.recordOutput(action::pdf, QStringLiteral("calculation-sheet"), kPersonA).result().ok());
        QVERIFY(service.recordOutput(action::print, QStringLiteral("return-notice"), kPersonB).result().ok());
        QVERIFY(service.recordOutput(action::exportCsv, QStringLiteral("day-work-csv")).result().ok());
        const auto sweep
            = service.recordOutput(action::exportCsv, services::AuditService::sweepCsvObject(), QString(), QStringLiteral("csv")).result();
        QVERIFY(!sweep.ok());
        QCOMPARE(sweep.error().kind, Error::Kind::Forbidden);
        QCOMPARE(sweep.error().field, QStringLiteral("csv"));
        QCOMPARE(records(),
                 (QStringList {QStringLiteral("pdf|%1|calculation-sheet|ok|窗口一").arg(kPersonA),
                               QStringLiteral("print|%1|return-notice|ok|窗口一").arg(kPersonB),
                               QStringLiteral("export||day-work-csv|ok|窗口一"), QStringLiteral("refused||sweep-csv|refused|窗口一")}));

        // A supervisor may write the sweep's CSV; the record names them.
        context.context().setSignedIn(test::signedInUser(accounts::Role::Supervisor, QStringLiteral("赵敏"), QStringLiteral("zhao.min")));
        QVERIFY(service.recordOutput(action::exportCsv, services::AuditService::sweepCsvObject()).result().ok());
        QCOMPARE(records().last(), QStringLiteral("export||sweep-csv|ok|zhao.min"));
        // An expert may not.
        context.context().setSignedIn(
            test::signedInUser(accounts::Role::AssistingExpert, QStringLiteral("李强"), QStringLiteral("li.qiang")));
        QCOMPARE(service.recordOutput(action::exportCsv, services::AuditService::sweepCsvObject()).result().error().kind,
                 Error::Kind::Forbidden);
        QCOMPARE(records().last(), QStringLiteral("refused||sweep-csv|refused|li.qiang"));

        // Anything else is no output, and nothing is written.
        const qsizetype before = records().size();
        QCOMPARE(service.recordOutput(action::lookUp, QStringLiteral("person"), kPersonA).result().error().field, QStringLiteral("action"));
        QCOMPARE(records().size(), before);
        const auto chain = services::AuditService(context.context()).verify().result();
        QVERIFY(chain.ok() && chain->intact);
    }

    // The full ID number (services::AuditService::unmask): an expert's or a supervisor's, after a
    // reason of at least 4 characters, kept in the "unmask" record; a window clerk is refused and
    // only the refusal is written; a short reason writes nothing.
    void unmaskingNeedsTheRightAndAReason()
    {
        m_store.reset();
        test::TestContext context(m_dir.filePath(QStringLiteral("unmask.sqlite")), QStringLiteral("窗口一"));
        QVERIFY(context.open());
        const services::AuditService service(context.context());
        const auto rows = [&context]() {
            return context.store()
                .read<QStringList>([](QSqlDatabase db) -> Result<QStringList> {
                    QSqlQuery q(db);
                    if (!q.exec(QStringLiteral("SELECT action, subject, object, reason, outcome, clerk FROM audit_record ORDER BY seq")))
                        return Error::storage(q.lastError().text());
                    QStringList all;
                    while (q.next()) {
                        QStringList row;
                        for (int i = 0; i < 6; ++i)
                            row << q.value(i).toString();
                        all << row.join(u'|');
                    }
                    return all;
                })
                .result()
                .value();
        };

        QVERIFY(!service.allows(accounts::Permission::Unmask));
        const auto clerk = service.unmask(kPersonA, QStringLiteral("本人申请核对"), QStringLiteral("showIdButton")).result();
        QVERIFY(!clerk.ok());
        QCOMPARE(clerk.error().kind, Error::Kind::Forbidden);
        QCOMPARE(clerk.error().field, QStringLiteral("showIdButton"));
        QCOMPARE(rows(), QStringList {QStringLiteral("refused|%1|unmask||refused|窗口一").arg(kPersonA)});

        context.context().setSignedIn(
            test::signedInUser(accounts::Role::AssistingExpert, QStringLiteral("李强"), QStringLiteral("li.qiang")));
        QVERIFY(service.allows(accounts::Permission::Unmask));
        const auto tooShort = service.unmask(kPersonA, QStringLiteral(" 核对 ")).result();
        QVERIFY(!tooShort.ok());
        QCOMPARE(tooShort.error().kind, Error::Kind::BadInput);
        QCOMPARE(tooShort.error().field, QStringLiteral("reason"));
        QCOMPARE(rows().size(), 1);

        QVERIFY(service.unmask(kPersonA, QStringLiteral("  本人申请核对 ")).result().ok());
        QCOMPARE(rows().last(), QStringLiteral("unmask|%1||本人申请核对|ok|li.qiang").arg(kPersonA));
        const auto chain = service.verify().result();
        QVERIFY(chain.ok() && chain->intact);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "testauditlog.moc"
