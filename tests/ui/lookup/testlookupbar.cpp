// The look-up bar takes an ID number as people type it (issue 16): full-width digits, spaces
// inside, a lower-case x are normalised once (identity::TypedCode) and the field shows the
// normalised number; a name is left as typed.

#include "ui/lookup/lookupbar.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace tongban;

class TestLookupBar : public QObject
{
    Q_OBJECT

private slots:
    void typedIdNumbersAreNormalised_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("looked");
        QTest::newRow("full-width digits") << QStringLiteral("１１０１０５１９４９１２３１００２ｘ")
                                           << QStringLiteral("11010519491231002X");
        QTest::newRow("spaces inside") << QStringLiteral("110105 19491231 002x") << QStringLiteral("11010519491231002X");
        QTest::newRow("ideographic space") << QStringLiteral("110105\u300019491231002X") << QStringLiteral("11010519491231002X");
        QTest::newRow("a name stays as typed") << QStringLiteral("王 建国") << QStringLiteral("王 建国");
    }

    void typedIdNumbersAreNormalised()
    {
        QFETCH(QString, typed);
        QFETCH(QString, looked);
        ui::LookupBar bar;
        bar.show();
        auto *field = bar.findChild<QLineEdit *>(QStringLiteral("lookupField"));
        QVERIFY(field);
        QSignalSpy requested(&bar, &ui::LookupBar::lookupRequested);
        field->setFocus();
        QInputMethodEvent commit;
        commit.setCommitString(typed);
        QApplication::sendEvent(field, &commit);
        QCOMPARE(field->text(), typed);
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), looked);
        QCOMPARE(field->text(), looked);
    }
};

QTEST_MAIN(TestLookupBar)
#include "testlookupbar.moc"
