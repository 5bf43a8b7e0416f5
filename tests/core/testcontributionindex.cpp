// Tests of tongban::storage::ContributionIndex on a real local store: its definition is the one a
// migrated file holds; it is set aside only while the file has no contribution record, and built
// again the same.

#include "storage/contributionindex.h"
#include "storage/localstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using tongban::storage::ContributionIndex;
using tongban::storage::LocalStore;

class TestContributionIndex : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    QSqlDatabase m_db;

    QString storedDefinition()
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ?"));
        q.addBindValue(ContributionIndex::name());
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

private slots:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("c.sqlite")));
        auto store = LocalStore::open(m_dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY2(store.ok(), qPrintable(store ? QString() : store.error().message));
        m_store = std::move(store).value();
        m_db = m_store->database();
    }

    void cleanup()
    {
        m_db = QSqlDatabase();
        m_store.reset();
    }

    // What a download builds is what the migrations made: the same statement.
    void definitionIsTheMigratedOne()
    {
        QVERIFY(!ContributionIndex::definition().isEmpty());
        QCOMPARE(ContributionIndex::definition(), storedDefinition());
        QVERIFY(ContributionIndex::exists(m_db).value());
    }

    void setAsideWhileEmptyAndBuiltAgain()
    {
        const QString before = storedDefinition();
        QCOMPARE(ContributionIndex::setAsideWhileEmpty(m_db).value(), true);
        QVERIFY(!ContributionIndex::exists(m_db).value());
        QCOMPARE(ContributionIndex::setAsideWhileEmpty(m_db).value(), false); // nothing left to set aside
        QVERIFY(ContributionIndex::build(m_db).ok());
        QCOMPARE(storedDefinition(), before);
        QVERIFY(ContributionIndex::build(m_db).ok()); // there already: nothing
        QCOMPARE(storedDefinition(), before);
    }

    // A file with records keeps the index: a download over them is no first fill.
    void keptWhenTheFileHasRecords()
    {
        QSqlQuery q(m_db);
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO insured_person (id, citizen_id, name, sex, birth_date, retirement_group, region,"
                                       " deemed_months, account_opening_fen, created_at, updated_at) VALUES"
                                       " ('0b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11', '11010519491231002X', '测试', 'female', '1971-05-01',"
                                       " 'female-55', '110105', 0, 0, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')")),
                 qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO contribution_record (person_key, month, kind, base_fen, employer_fen, personal_fen,"
                                       " employer_key, region) SELECT key, 202301, 1, 450000, 0, 90000, NULL, 110105 FROM insured_person")),
                 qPrintable(q.lastError().text()));
        QCOMPARE(ContributionIndex::setAsideWhileEmpty(m_db).value(), false);
        QVERIFY(ContributionIndex::exists(m_db).value());
    }
};

QTEST_GUILESS_MAIN(TestContributionIndex)
#include "testcontributionindex.moc"
