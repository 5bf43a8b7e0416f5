// A clerk mid-form, for tests/ui/intake/testintakedraft: builds the intake page on the database
// file given as the only argument (a real store), types a two-matter intake with key events,
// waits until the last change is saved as the draft, prints "DRAFT <the form's JSON>" on one
// line, and waits to be killed (the test sends SIGKILL: nothing is written on the way out).
#include "ui/intake/intakepage.h"

#include "identity/citizenid.h"
#include "services/registryprereviewrunner.h"

#include "testcontext.h"
#include "tests/ui/intake/intakekeys.h"

#include <QApplication>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

#include <cstdio>

using namespace tongban;

namespace {

constexpr int timeoutMs = 60000;

void expectFocus(const char *name)
{
    if (test::IntakeKeys::focused()->objectName() != QLatin1String(name))
        qFatal("the focus is on %s, not %s", qPrintable(test::IntakeKeys::focused()->objectName()), name);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (app.arguments().size() != 2)
        qFatal("usage: intakedrafthelper DATABASE");
    test::TestContext context(app.arguments().at(1), QStringLiteral("李娜"));
    if (!context.open())
        return 1;
    ui::IntakePage page(context.context(), services::RegistryPreReviewRunner::builtIn());
    page.resize(1280, 900);
    page.show();
    QApplication::setActiveWindow(&page);
    if (!QTest::qWaitForWindowActive(&page))
        qFatal("the page is not active");
    page.start();
    if (!QTest::qWaitFor([&page] { return page.isDraftChecked(); }, timeoutMs))
        qFatal("the draft was not checked");

    test::IntakeKeys keys;
    page.setFocus(Qt::OtherFocusReason);
    expectFocus("queueNumberField");
    keys.type(QStringLiteral("A031"));
    keys.key(Qt::Key_Return);
    QSignalSpy lookedUp(&page, &ui::IntakePage::applicantLookedUp);
    keys.type(QStringLiteral("110105196403080173"));
    keys.key(Qt::Key_Return);
    if (!lookedUp.wait(timeoutMs))
        qFatal("no look-up");
    if (test::IntakeKeys::focused()->objectName() == u"applicantPhoneField") {
        keys.type(QStringLiteral("13800138000"));
        keys.key(Qt::Key_Tab);
    }
    expectFocus("matterSearchField");
    // A retirement application, its bank account half typed.
    keys.type(QStringLiteral("txsq"));
    keys.key(Qt::Key_Return);
    keys.type(QStringLiteral("2027-02"));
    keys.key(Qt::Key_Tab);
    keys.key(Qt::Key_Down);
    keys.key(Qt::Key_Down); // flexible early retirement
    keys.key(Qt::Key_Tab);
    expectFocus("bank_account");
    keys.type(QStringLiteral("62220"));
    // The eligibility verification of the mother, at home (the address field appears).
    keys.key(Qt::Key_A, Qt::AltModifier);
    keys.type(QStringLiteral("dyzgrz"));
    keys.key(Qt::Key_Return);
    expectFocus("verification_method");
    keys.key(Qt::Key_Down);
    keys.key(Qt::Key_Down); // at home
    keys.key(Qt::Key_Backtab);
    expectFocus("agentBox");
    keys.key(Qt::Key_Space);
    keys.key(Qt::Key_Tab);
    keys.type(identity::CitizenId::make(QStringLiteral("110105"), QDate(1938, 3, 12), 24));
    keys.key(Qt::Key_Tab);
    keys.type(QStringLiteral("王秀兰"));
    keys.key(Qt::Key_Tab);
    keys.key(Qt::Key_Down);
    keys.key(Qt::Key_Down); // parent
    keys.key(Qt::Key_Tab);
    keys.key(Qt::Key_Tab);
    expectFocus("pension_kind");
    keys.key(Qt::Key_Down);
    keys.key(Qt::Key_Tab);
    keys.key(Qt::Key_Tab);
    expectFocus("contact_address");
    keys.type(QStringLiteral("西城区月坛街道1号"));
    // The ID card brought; then back to the address, corrected: the last change.
    keys.key(Qt::Key_D, Qt::AltModifier);
    keys.key(Qt::Key_Space);
    keys.key(Qt::Key_Backtab);
    keys.key(Qt::Key_Backtab);
    expectFocus("contact_address");
    keys.key(Qt::Key_A, Qt::ControlModifier);
    keys.type(QStringLiteral("西城区二龙路2号"));

    // Every change saved: the timer has fired and the last save has reported.
    QSignalSpy saved(&page, &ui::IntakePage::draftSaved);
    while (page.isDraftPending()) {
        if (!saved.wait(timeoutMs))
            qFatal("the draft was not saved");
    }
    if (saved.isEmpty() || !saved.last().first().toBool())
        qFatal("the last save failed");
    const QByteArray json = QJsonDocument(page.draftJson()).toJson(QJsonDocument::Compact);
    std::fprintf(stdout, "DRAFT %s\n", json.constData());
    std::fflush(stdout);
    return app.exec();
}
