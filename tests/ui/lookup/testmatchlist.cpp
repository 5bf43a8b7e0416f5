// The candidates a name matched (issue 16): each row names the person's place — the city's or
// the province's name from the data — never a bare GB/T 2260 code.

#include "identity/citizenid.h"
#include "ui/lookup/matchlist.h"

#include "testsupport.h"

#include <QApplication>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTest>

using namespace tongban;

class TestMatchList : public QObject
{
    Q_OBJECT

private slots:
    void regionsAreNamed()
    {
        const auto parameters = test::shippedParameters();
        QList<insured::InsuredPerson> persons;
        const QStringList regions {QStringLiteral("110105"), QStringLiteral("320506"), QStringLiteral("410105"), QStringLiteral("650102")};
        for (const QString &region : regions) {
            insured::InsuredPerson p;
            p.id = QStringLiteral("person-") + region;
            p.name = QStringLiteral("王建国");
            p.region = region;
            p.birthDate = QDate(1964, 3, 15);
            p.citizenId = identity::CitizenId::make(region, p.birthDate, 31);
            persons << p;
        }
        ui::MatchList list(parameters);
        list.showMatches(QStringLiteral("王"), persons, 50);
        auto *table = list.findChild<QTableWidget *>(QStringLiteral("matchTable"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), int(regions.size()));
        const QRegularExpression code(QStringLiteral("^[0-9]{6}$"));
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString shown = table->item(row, 3)->text();
            QVERIFY2(!code.match(shown).hasMatch(), qPrintable(shown));
            QCOMPARE(shown, parameters->placeName(regions.at(row)));
        }
        // Provinces without a shipped rule set are named from national.json too.
        QCOMPARE(table->item(2, 3)->text(), (*parameters->rulesFor(QStringLiteral("410000")))->displayName());
        QCOMPARE(table->item(3, 3)->text(), (*parameters->rulesFor(QStringLiteral("650000")))->displayName());
    }
};

QTEST_MAIN(TestMatchList)
#include "testmatchlist.moc"
