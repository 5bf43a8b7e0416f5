// Tests of tongban::storage::PreparedStatement on a real local store: one statement run many times
// inside the connection's transaction (and rolled back with it), a query's row, SQLite's own text
// for a refused row, SQL SQLite refuses, and the count of broken references a deferred transaction
// holds.

#include "storage/localstore.h"
#include "storage/preparedstatement.h"
#include "storage/writetransaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using tongban::storage::LocalStore;
using tongban::storage::PreparedStatement;
using tongban::storage::WriteTransaction;

class TestPreparedStatement : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    QSqlDatabase m_db;

    int scalar(const QString &sql)
    {
        QSqlQuery q(m_db);
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("p.sqlite")));
        auto store = LocalStore::open(m_dir.filePath(QStringLiteral("p.sqlite")), LocalStore::OpenMode::NoMigration);
        QVERIFY2(store.ok(), qPrintable(store ? QString() : store.error().message));
        m_store = std::move(store).value();
        m_db = m_store->database();
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE parent (key INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE)")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE child (parent_key INTEGER NOT NULL REFERENCES parent(key), n INTEGER NOT NULL"
                                      " CHECK (n >= 0), note TEXT)")));
    }

    void cleanup()
    {
        m_db = QSqlDatabase();
        m_store.reset();
    }

    // One statement, many rows, in the transaction of the connection: a rollback takes them all.
    void runsManyTimesInTheTransaction()
    {
        WriteTransaction tx(m_db);
        QVERIFY(tx.begin().ok());
        auto parent = PreparedStatement::prepare(m_db, QStringLiteral("INSERT INTO parent (id) VALUES (?)"));
        QVERIFY2(parent.ok(), qPrintable(parent ? QString() : parent.error().message));
        parent->bindText(1, QStringLiteral("张三"));
        QVERIFY(parent->run().ok());
        auto child = PreparedStatement::prepare(m_db, QStringLiteral("INSERT INTO child (parent_key, n, note) VALUES (?, ?, ?)"));
        QVERIFY(child.ok());
        child->bindInteger(1, 1);
        for (int n = 0; n < 1000; ++n) {
            child->bindInteger(2, n);
            if (n % 2)
                child->bindNull(3);
            else
                child->bindText(3, QStringLiteral("第%1").arg(n));
            QVERIFY(child->run().ok());
        }
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM child WHERE note IS NULL")), 500);
        QCOMPARE(scalar(QStringLiteral("SELECT sum(n) FROM child")), 499500);
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("SELECT note FROM child WHERE n = 998")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("第998"));
        q.finish();
        tx.rollback();
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM child")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM parent")), 0);
    }

    void queryGivesItsRowOrNone()
    {
        QVERIFY(QSqlQuery(m_db).exec(QStringLiteral("INSERT INTO parent (key, id) VALUES (7, 'a')")));
        auto key = PreparedStatement::prepare(m_db, QStringLiteral("SELECT key, key * 2 FROM parent WHERE id = ?"));
        QVERIFY(key.ok());
        bool row = false;
        key->bindText(1, QStringLiteral("a"));
        QVERIFY(key->run(&row).ok());
        QVERIFY(row);
        QCOMPARE(key->integerAt(0), qint64(7));
        QCOMPARE(key->integerAt(1), qint64(14));
        key->bindText(1, QStringLiteral("b"));
        QVERIFY(key->run(&row).ok());
        QVERIFY(!row);
    }

    // A row the schema refuses: SQLite's own text, and the statement runs again afterwards.
    void refusedRowSaysWhy()
    {
        QVERIFY(QSqlQuery(m_db).exec(QStringLiteral("INSERT INTO parent (key, id) VALUES (1, 'a')")));
        auto child = PreparedStatement::prepare(m_db, QStringLiteral("INSERT INTO child (parent_key, n) VALUES (?, ?)"));
        QVERIFY(child.ok());
        child->bindInteger(1, 1);
        child->bindInteger(2, -5);
        const auto refused = child->run();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, tongban::Error::Kind::Storage);
        QVERIFY2(refused.error().message.contains(QStringLiteral("CHECK constraint failed")), qPrintable(refused.error().message));
        child->bindInteger(2, 5);
        QVERIFY(child->run().ok());
        QCOMPARE(scalar(QStringLiteral("SELECT n FROM child")), 5);
    }

    void badSqlIsRefused()
    {
        const auto refused = PreparedStatement::prepare(m_db, QStringLiteral("INSERT INTO nowhere (a) VALUES (?)"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("nowhere")), qPrintable(refused.error().message));
        QVERIFY(!PreparedStatement::prepare(QSqlDatabase(), QStringLiteral("SELECT 1")).ok());
    }

    // With deferred foreign keys, SQLite counts the references left broken: none, one, resolved.
    void countsBrokenReferences()
    {
        WriteTransaction tx(m_db);
        QVERIFY(tx.begin().ok());
        QVERIFY(QSqlQuery(m_db).exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")));
        QCOMPARE(PreparedStatement::foreignKeysPending(m_db).value(), false);
        QVERIFY(QSqlQuery(m_db).exec(QStringLiteral("INSERT INTO child (parent_key, n) VALUES (9, 1)")));
        QCOMPARE(PreparedStatement::foreignKeysPending(m_db).value(), true);
        QVERIFY(QSqlQuery(m_db).exec(QStringLiteral("INSERT INTO parent (key, id) VALUES (9, 'late')")));
        QCOMPARE(PreparedStatement::foreignKeysPending(m_db).value(), false);
        QVERIFY(tx.commit().ok());
        QVERIFY(!PreparedStatement::foreignKeysPending(QSqlDatabase()).ok());
    }
};

QTEST_GUILESS_MAIN(TestPreparedStatement)
#include "testpreparedstatement.moc"
