// Parameter editions from the central store (issue 13, "down — parameter editions") on the device:
// an edition later than the shipped file replaces it, one not later is left out, a broken one is an
// error naming it; the local file keeps the editions it received with their digests and catches a
// damaged one; the program's parameters at start are the shipped ones with the file's editions, and
// the shipped ones alone (with a warning) when those do not load.

#include "testcontext.h"

#include "policy/parametereditions.h"
#include "services/effectiveparameters.h"
#include "sync/parametereditionstore.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <utility>

using namespace tongban;
using policy::ParameterFileEdition;

namespace {

const QString kBeijing = QStringLiteral("regions/110000.json");

QByteArray shipped(const QString &file)
{
    QFile f(QStringLiteral(":/parameters/") + file);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the shipped %s", qPrintable(file));
    return f.readAll();
}

/// The shipped Beijing file as edition @p edition, its English name changed to @p nameEn so that
/// a test can tell which file was used.
ParameterFileEdition beijing(const QString &edition, const QString &nameEn)
{
    QString text = QString::fromUtf8(shipped(kBeijing));
    text.replace(QRegularExpression(QStringLiteral("\"edition\": \"[0-9-]+\"")), QStringLiteral("\"edition\": \"%1\"").arg(edition));
    text.replace(QStringLiteral("\"name_en\": \"Beijing\""), QStringLiteral("\"name_en\": \"%1\"").arg(nameEn));
    return {kBeijing, edition, text.toUtf8()};
}

QString editionOf(const policy::ParameterSet &set, const QString &file)
{
    for (const policy::ParameterFileVersion &v : set.versions()) {
        if (v.file == file)
            return v.edition;
    }
    return QString();
}

} // namespace

class TestParameterEditions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void laterEditionReplacesTheShippedFile()
    {
        auto set = policy::ParameterEditions::loadBuiltInWith({beijing(QStringLiteral("2099-01-01"), QStringLiteral("Beijing 2099"))});
        QVERIFY2(set, qPrintable(set ? QString() : set.error().message));
        QCOMPARE((*set)->region(QStringLiteral("110000")).value()->nameEn, QStringLiteral("Beijing 2099"));
        QCOMPARE(editionOf(**set, kBeijing), QStringLiteral("2099-01-01"));
        // the other files are the shipped ones
        auto builtIn = policy::ParameterSet::loadBuiltIn();
        QVERIFY(builtIn);
        QCOMPARE(editionOf(**set, QStringLiteral("national.json")), editionOf(**builtIn, QStringLiteral("national.json")));
        QCOMPARE((*set)->versions().size(), (*builtIn)->versions().size());
    }

    void editionNotLaterIsLeftOut()
    {
        auto set = policy::ParameterEditions::loadBuiltInWith({beijing(QStringLiteral("2020-01-01"), QStringLiteral("Beijing 2020"))});
        QVERIFY(set);
        QCOMPARE((*set)->region(QStringLiteral("110000")).value()->nameEn, QStringLiteral("Beijing"));
        // check() is the publisher's: it loads the file whatever its date
        QVERIFY(policy::ParameterEditions::check(beijing(QStringLiteral("2020-01-01"), QStringLiteral("Beijing 2020"))));
    }

    void brokenEditionIsAnErrorNamingIt()
    {
        ParameterFileEdition broken = beijing(QStringLiteral("2099-01-01"), QStringLiteral("x"));
        broken.content.replace("\"region\": \"110000\"", "\"region\": \"120000\"");
        const auto set = policy::ParameterEditions::loadBuiltInWith({broken});
        QVERIFY(!set);
        QVERIFY2(set.error().field.contains(QStringLiteral("2099-01-01")), qPrintable(set.error().field));
        QVERIFY(!policy::ParameterEditions::check(broken));

        const auto badName = policy::ParameterEditions::loadBuiltInWith(
            {{QStringLiteral("regions/../x.json"), QStringLiteral("2099-01-01"), shipped(kBeijing)}});
        QVERIFY(!badName);
        QCOMPARE(badName.error().field, QStringLiteral("file"));
        const auto badDate = policy::ParameterEditions::loadBuiltInWith({{kBeijing, QStringLiteral("2099-13-01"), shipped(kBeijing)}});
        QVERIFY(!badDate);
        QCOMPARE(badDate.error().field, QStringLiteral("edition"));
    }

    void fileKeepsTheEditionsAndCatchesADamagedOne()
    {
        const QString path = m_dir.filePath(QStringLiteral("editions.sqlite"));
        {
            test::TestContext context(path);
            QVERIFY(context.open());
            const ParameterFileEdition first = beijing(QStringLiteral("2099-01-01"), QStringLiteral("Beijing 2099"));
            const QDateTime now = context.context().clock().nowUtc();
            QVERIFY(context.store()
                        .write<Done>([first, now](QSqlDatabase db) { return sync::ParameterEditionStore::store(db, {first}, now); })
                        .result());
            // a newer edition of the same file replaces the held one
            const ParameterFileEdition second = beijing(QStringLiteral("2099-06-01"), QStringLiteral("Beijing 2099-06"));
            QVERIFY(context.store()
                        .write<Done>([second, now](QSqlDatabase db) { return sync::ParameterEditionStore::store(db, {second}, now); })
                        .result());
            auto digests = context.store()
                               .read<QHash<QString, QString>>([](QSqlDatabase db) { return sync::ParameterEditionStore::heldDigests(db); })
                               .result();
            QVERIFY(digests);
            QCOMPARE(digests->size(), 1);
            QCOMPARE(digests->value(kBeijing), sync::ParameterEditionStore::digestOf(second.content));
        }
        // read at start, before the store opens
        auto held = sync::ParameterEditionStore::readFile(path);
        QVERIFY2(held, qPrintable(held ? QString() : held.error().message));
        QCOMPARE(held->size(), 1);
        QCOMPARE(held->first().edition, QStringLiteral("2099-06-01"));
        QString warning;
        auto parameters = services::EffectiveParameters::load(path, &warning);
        QVERIFY(parameters);
        QVERIFY2(warning.isEmpty(), qPrintable(warning));
        QCOMPARE((*parameters)->region(QStringLiteral("110000")).value()->nameEn, QStringLiteral("Beijing 2099-06"));

        // a byte changed behind the program's back: caught, and the shipped figures are used
        {
            test::TestContext context(path);
            QVERIFY(context.open());
            QVERIFY(context.store()
                        .write<Done>([](QSqlDatabase db) -> Status {
                            QSqlQuery q(db);
                            if (!q.exec(QStringLiteral(
                                    "UPDATE parameter_edition SET content = CAST(replace(CAST(content AS TEXT), '2099-06', '2099-07') "
                                    "AS BLOB)")))
                                return Error::storage(q.lastError().text());
                            return Done {};
                        })
                        .result());
        }
        QVERIFY(!sync::ParameterEditionStore::readFile(path));
        parameters = services::EffectiveParameters::load(path, &warning);
        QVERIFY(parameters);
        QVERIFY(!warning.isEmpty());
        QCOMPARE((*parameters)->region(QStringLiteral("110000")).value()->nameEn, QStringLiteral("Beijing"));
    }

    void tableRefusesWhatIsNoEdition()
    {
        test::TestContext context(m_dir.filePath(QStringLiteral("checks.sqlite")));
        QVERIFY(context.open());
        const std::pair<QString, bool> rows[] = {{QStringLiteral("'regions/110000.json', '2099-01-01'"), true},
                                                 {QStringLiteral("'regions/../x.json', '2099-01-01'"), false},
                                                 {QStringLiteral("'regions/120000.json', '2099-02-30'"), false},
                                                 {QStringLiteral("'national.json', 'soon'"), false}};
        for (const auto &[values, allowed] : rows) {
            auto inserted
                = context.store()
                      .write<Done>([values](QSqlDatabase db) -> Status {
                          QSqlQuery q(db);
                          if (!q.exec(
                                  QStringLiteral("INSERT INTO parameter_edition (file, edition, digest, content, received_at) VALUES (%1, "
                                                 "'%2', X'7b7d', '2026-12-03T09:00:00Z')")
                                      .arg(values, QString(64, u'a'))))
                              return Error::storage(q.lastError().text());
                          return Done {};
                      })
                      .result();
            QVERIFY2(inserted.ok() == allowed, qPrintable(values));
        }
    }

    void noFileMeansTheShippedParameters()
    {
        QString warning = QStringLiteral("stale");
        const auto parameters = services::EffectiveParameters::load(m_dir.filePath(QStringLiteral("none.sqlite")), &warning);
        QVERIFY(parameters);
        QVERIFY(warning.isEmpty());
        QCOMPARE((*parameters)->region(QStringLiteral("110000")).value()->nameEn, QStringLiteral("Beijing"));
    }
};

QTEST_GUILESS_MAIN(TestParameterEditions)
#include "testparametereditions.moc"
