// What the window builds later (ui::DeferredPage, ui::IdleSteps, after ui::FirstFrame): a page is built once, when it
// is first shown or asked for; idle steps run one per turn of the event loop, in order, and what
// happens in between (a timer, a click) is served between two of them.
#include "ui/common/deferredpage.h"
#include "ui/common/firstframe.h"
#include "ui/common/idlesteps.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>

using tongban::ui::DeferredPage;
using tongban::ui::FirstFrame;
using tongban::ui::IdleSteps;

class TestDeferredPage : public QObject
{
    Q_OBJECT

private slots:
    void builtWhenFirstShownOnly();
    void builtOnceWhenAskedFor();
    void tabReachesTheContentWhereThePageStands();
    void aPageInsideAPageKeepsItsPlace();
    void stepsRunOnePerTurnInOrder();
    void finishRunsWhatIsLeftNow();
    void firstFrameComesAfterThePaint();
};

void TestDeferredPage::builtWhenFirstShownOnly()
{
    int built = 0;
    QTabWidget tabs;
    tabs.addTab(new QLabel(QStringLiteral("first")), QStringLiteral("first"));
    auto *page = new DeferredPage([&built] {
        ++built;
        return new QLabel(QStringLiteral("second"));
    });
    QSignalSpy builtSignal(page, &DeferredPage::built);
    tabs.addTab(page, QStringLiteral("second"));
    tabs.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tabs));
    QCOMPARE(built, 0); // hidden behind the first tab
    QVERIFY(!page->isBuilt());
    QVERIFY(!page->findChild<QLabel *>());

    tabs.setCurrentIndex(1);
    QCOMPARE(built, 1);
    QVERIFY(page->isBuilt());
    QCOMPARE(builtSignal.size(), 1);
    auto *label = page->findChild<QLabel *>();
    QVERIFY(label);
    QCOMPARE(label->text(), QStringLiteral("second"));
    QVERIFY(label->isVisible());

    tabs.setCurrentIndex(0);
    tabs.setCurrentIndex(1);
    QCOMPARE(built, 1);
    QCOMPARE(builtSignal.size(), 1);
}

void TestDeferredPage::builtOnceWhenAskedFor()
{
    int built = 0;
    QLabel *made = nullptr;
    DeferredPage page([&] {
        ++built;
        made = new QLabel(QStringLiteral("content"));
        made->setFocusPolicy(Qt::StrongFocus);
        auto *proxy = new QWidget(made);
        made->setFocusProxy(proxy);
        return made;
    });
    QWidget *content = page.content();
    QCOMPARE(content, made);
    QCOMPARE(page.content(), made);
    QCOMPARE(built, 1);
    QCOMPARE(content->parentWidget(), &page);
    // The page hands the focus on to where its content does (the workspace shortcuts).
    QCOMPARE(page.focusProxy(), made->focusProxy());
}

void TestDeferredPage::tabReachesTheContentWhereThePageStands()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *before = new QLineEdit;
    before->setObjectName(QStringLiteral("before"));
    layout->addWidget(before);
    auto *page = new DeferredPage([] {
        auto *content = new QWidget;
        auto *inner = new QHBoxLayout(content);
        for (const char *name : {"first", "second"}) {
            auto *field = new QLineEdit;
            field->setObjectName(QString::fromLatin1(name));
            inner->addWidget(field);
        }
        return content;
    });
    layout->addWidget(page);
    auto *after = new QLineEdit;
    after->setObjectName(QStringLiteral("after"));
    layout->addWidget(after);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    page->content(); // built once the window stands, as the idle steps do

    before->setFocus();
    QTRY_VERIFY(before->hasFocus());
    QStringList order;
    for (int i = 0; i < 3; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        order << QApplication::focusWidget()->objectName();
    }
    QCOMPARE(order, (QStringList {QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("after")}));
}

// A page built later inside a page built later (the person's page and its pension tab): the inner
// page's content still comes where the inner page stands, not after everything else.
void TestDeferredPage::aPageInsideAPageKeepsItsPlace()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    const auto field = [](const char *name) {
        auto *edit = new QLineEdit;
        edit->setObjectName(QString::fromLatin1(name));
        return edit;
    };
    layout->addWidget(field("before"));
    DeferredPage *inner = nullptr;
    auto *outer = new DeferredPage([&] {
        auto *content = new QWidget;
        auto *box = new QVBoxLayout(content);
        box->addWidget(field("outerFirst"));
        inner = new DeferredPage([&] {
            auto *innerContent = new QWidget;
            (new QHBoxLayout(innerContent))->addWidget(field("inner"));
            return innerContent;
        });
        box->addWidget(inner);
        box->addWidget(field("outerLast"));
        return content;
    });
    layout->addWidget(outer);
    layout->addWidget(field("after"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    outer->content(); // each in its own idle step, once the window stands
    QVERIFY(inner);
    inner->content();

    window.findChild<QLineEdit *>(QStringLiteral("before"))->setFocus();
    QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget()->objectName() == QStringLiteral("before"));
    QStringList order;
    for (int i = 0; i < 4; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        order << QApplication::focusWidget()->objectName();
    }
    QCOMPARE(order,
             (QStringList {QStringLiteral("outerFirst"), QStringLiteral("inner"), QStringLiteral("outerLast"), QStringLiteral("after")}));
    // The pages take no focus of their own afterwards.
    QCOMPARE(outer->focusPolicy(), Qt::NoFocus);
    QCOMPARE(inner->focusPolicy(), Qt::NoFocus);
}

void TestDeferredPage::stepsRunOnePerTurnInOrder()
{
    IdleSteps steps;
    QStringList ran;
    int timerFiredAfter = -1;
    steps.add([&] { ran << QStringLiteral("a"); });
    steps.add([&] {
        ran << QStringLiteral("b");
        // Queued by a step: served before the next step, not after all of them.
        QTimer::singleShot(0, &steps, [&] { timerFiredAfter = int(ran.size()); });
    });
    steps.add([&] { ran << QStringLiteral("c"); });
    steps.add([&] { ran << QStringLiteral("d"); });
    QSignalSpy finished(&steps, &IdleSteps::finished);
    QVERIFY(!steps.isDone());
    steps.start();
    QVERIFY(ran.isEmpty()); // never inside start()
    QVERIFY(finished.wait(5000));
    QCOMPARE(ran, (QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}));
    QVERIFY2(timerFiredAfter >= 2 && timerFiredAfter < 4, qPrintable(QString::number(timerFiredAfter)));
    QVERIFY(steps.isDone());
    QCOMPARE(finished.size(), 1);
}

void TestDeferredPage::finishRunsWhatIsLeftNow()
{
    IdleSteps steps;
    int ran = 0;
    for (int i = 0; i < 3; ++i)
        steps.add([&ran] { ++ran; });
    QSignalSpy finished(&steps, &IdleSteps::finished);
    steps.start();
    steps.finish();
    QCOMPARE(ran, 3);
    QCOMPARE(finished.size(), 1);
    QCoreApplication::processEvents(); // the turn start() asked for finds nothing left
    QCOMPARE(ran, 3);
    QCOMPARE(finished.size(), 1);
}

namespace {
/// A label that counts its paints.
class CountingLabel : public QLabel
{
public:
    using QLabel::QLabel;
    int paints = 0;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        ++paints;
        QLabel::paintEvent(event);
    }
};
} // namespace

// The first frame is told once the window's widgets have been painted, once only.
void TestDeferredPage::firstFrameComesAfterThePaint()
{
    QWidget window;
    auto *label = new CountingLabel(QStringLiteral("身份证号或姓名"));
    (new QVBoxLayout(&window))->addWidget(label);
    FirstFrame frame(window);
    QSignalSpy painted(&frame, &FirstFrame::painted);
    int paintsWhenTold = -1;
    connect(&frame, &FirstFrame::painted, this, [&] { paintsWhenTold = label->paints; });
    QVERIFY(!frame.isPainted());
    window.show();
    QVERIFY(painted.wait(10000));
    QVERIFY(frame.isPainted());
    QVERIFY2(paintsWhenTold >= 1, "told of the first frame before its widgets were painted");
    window.hide();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();
    QCOMPARE(painted.size(), 1);
}

QTEST_MAIN(TestDeferredPage)
#include "testdeferredpage.moc"
