// The intake page (issue 10, points 3, 4 and 6 on the screen): matters found by pinyin initials
// or part of the name; a section with only its matter's fields, one kind of input per field
// type, the fields of a condition shown when it holds; each field checked as the clerk leaves
// it; a refused intake says what to correct under the field and stores nothing; the documents of
// all matters once each; the one-time notice and, once taken in, the receipt as PDFs read back.
#include "demo/demogenerator.h"
#include "identity/citizenid.h"
#include "ui/common/dateedit.h"
#include "ui/common/fieldmessage.h"
#include "ui/intake/documentchecklist.h"
#include "ui/intake/fieldeditor.h"
#include "ui/intake/intakepage.h"
#include "ui/intake/matterpicker.h"
#include "ui/intake/mattersection.h"

#include "services/registryprereviewrunner.h"

#include "testcontext.h"
#include "tests/ui/print/pdftext.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace tongban;

Q_DECLARE_METATYPE(intake::FieldType)

namespace {

constexpr int timeoutMs = 60000;

template<typename T> T *child(QWidget *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (!widget)
        qFatal("no widget %s", qPrintable(name));
    return widget;
}

void commit(QLineEdit *field, const QString &text)
{
    field->setFocus(Qt::OtherFocusReason);
    field->selectAll();
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(field, &event);
}

void typeInto(QWidget *field, const QString &text)
{
    field->setFocus(Qt::TabFocusReason);
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Tab);
}

int storedIntakes(const QString &path)
{
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT count(*) FROM intake_matter")) && query.next())
                count = query.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return count;
}

} // namespace

class TestIntakePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void findsMattersByInitialsAndName();
    void fieldEditorPerType_data();
    void fieldEditorPerType();
    void sectionHasOnlyItsFields();
    void fieldCheckedWhenLeft();
    void refusedIntakeSaysWhereAndStoresNothing();
    void documentsOnceAcrossMatters();
    void noticeAndReceiptPdfs();

private:
    /// Fills the header as the card reader would, and waits for the look-up.
    void startVisit(const QString &queue);

    QTemporaryDir m_dir;
    QString m_databasePath;
    std::unique_ptr<test::TestContext> m_context;
    std::unique_ptr<ui::IntakePage> m_page;
};

void TestIntakePage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_databasePath = m_dir.filePath(QStringLiteral("demo.db"));
    const auto written = demo::DemoGenerator(test::shippedParameters(), 1).writeNewFile(m_databasePath, 30, 60);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
}

void TestIntakePage::init()
{
    m_context = std::make_unique<test::TestContext>(m_databasePath, QStringLiteral("李娜"));
    QVERIFY(m_context->open());
    m_context->context().setAgency({QStringLiteral("北京市西城区社会保险事业管理中心"), QStringLiteral("（盖章）")});
    m_page = std::make_unique<ui::IntakePage>(m_context->context(), services::RegistryPreReviewRunner::builtIn());
    m_page->resize(1280, 900);
    m_page->show();
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_page->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->isDraftChecked(), timeoutMs);
}

void TestIntakePage::cleanup()
{
    m_page.reset();
    m_context.reset();
}

void TestIntakePage::startVisit(const QString &queue)
{
    typeInto(child<QLineEdit>(m_page.get(), QStringLiteral("queueNumberField")), queue);
    auto *id = child<QLineEdit>(m_page.get(), QStringLiteral("applicantIdField"));
    QSignalSpy lookedUp(m_page.get(), &ui::IntakePage::applicantLookedUp);
    id->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(id, demo::DemoGenerator::colleagueWangCitizenId());
    QTest::keyClick(id, Qt::Key_Return);
    QVERIFY(lookedUp.wait(timeoutMs));
    QCOMPARE(child<QLineEdit>(m_page.get(), QStringLiteral("applicantNameField"))->text(), demo::DemoGenerator::colleagueWangName());
    auto *phone = child<QLineEdit>(m_page.get(), QStringLiteral("applicantPhoneField"));
    if (phone->text().isEmpty())
        typeInto(phone, QStringLiteral("13800138000"));
}

void TestIntakePage::findsMattersByInitialsAndName()
{
    auto *picker = child<ui::MatterPicker>(m_page.get(), QStringLiteral("matterPicker"));
    QLineEdit *field = picker->field();
    field->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(field, QStringLiteral("txsq"));
    QVERIFY(!picker->shownMatters().isEmpty());
    QCOMPARE(picker->shownMatters().first(), QStringLiteral("retirement-application"));
    // Part of the Chinese name, committed as an input method does.
    QTest::keyClick(field, Qt::Key_Escape);
    QVERIFY(field->text().isEmpty());
    commit(field, QStringLiteral("认证"));
    QVERIFY2(picker->shownMatters().contains(QStringLiteral("eligibility-verification")), qPrintable(picker->shownMatters().join(u' ')));
    // ↓ chooses another than the first; Enter adds it and empties the field.
    QTest::keyClick(field, Qt::Key_Escape);
    QTest::keyClicks(field, QStringLiteral("sy"));
    const QStringList shown = picker->shownMatters();
    QVERIFY(shown.size() >= 2);
    QTest::keyClick(field, Qt::Key_Down);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(m_page->sections().size(), 1);
    QCOMPARE(m_page->sections().first()->matter().id, shown.at(1));
    QVERIFY(field->text().isEmpty());
    // Nothing found: said, and Enter adds nothing.
    field->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(field, QStringLiteral("zzzq"));
    QVERIFY(picker->shownMatters().isEmpty());
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(m_page->sections().size(), 1);
}

void TestIntakePage::fieldEditorPerType_data()
{
    QTest::addColumn<intake::FieldType>("type");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("widget");
    QTest::addColumn<QJsonValue>("value");
    using T = intake::FieldType;
    QTest::newRow("text") << T::Text << QStringLiteral("abc") << QStringLiteral("QLineEdit") << QJsonValue(QStringLiteral("abc"));
    QTest::newRow("id-number") << T::IdNumber << QStringLiteral("11010519491231002x") << QStringLiteral("QLineEdit")
                               << QJsonValue(QStringLiteral("11010519491231002X"));
    QTest::newRow("phone") << T::Phone << QStringLiteral("13800138000") << QStringLiteral("QLineEdit")
                           << QJsonValue(QStringLiteral("13800138000"));
    QTest::newRow("month") << T::Month << QStringLiteral("2027-03") << QStringLiteral("QLineEdit") << QJsonValue(QStringLiteral("2027-03"));
    QTest::newRow("money") << T::Money << QStringLiteral("1,234.50") << QStringLiteral("QLineEdit")
                           << QJsonValue(QStringLiteral("1234.50"));
    QTest::newRow("integer") << T::Integer << QStringLiteral("36") << QStringLiteral("QLineEdit") << QJsonValue(36);
    QTest::newRow("integer typed wrong") << T::Integer << QStringLiteral("3a") << QStringLiteral("QLineEdit")
                                         << QJsonValue(QStringLiteral("3a"));
    QTest::newRow("date") << T::Date << QStringLiteral("2026-11-30") << QStringLiteral("tongban::ui::DateEdit")
                          << QJsonValue(QStringLiteral("2026-11-30"));
    QTest::newRow("multiline") << T::Multiline << QStringLiteral("line") << QStringLiteral("QPlainTextEdit")
                               << QJsonValue(QStringLiteral("line"));
    QTest::newRow("bank-account") << T::BankAccount << QStringLiteral("622202123456789") << QStringLiteral("QLineEdit")
                                  << QJsonValue(QStringLiteral("622202123456789"));
}

void TestIntakePage::fieldEditorPerType()
{
    QFETCH(intake::FieldType, type);
    QFETCH(QString, typed);
    QFETCH(QString, widget);
    QFETCH(QJsonValue, value);
    intake::FieldDefinition definition;
    definition.id = QStringLiteral("f");
    definition.type = type;
    ui::FieldEditor editor(definition);
    editor.show();
    QApplication::setActiveWindow(&editor);
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    QCOMPARE(QString::fromLatin1(editor.firstInput()->metaObject()->className()), widget);
    QVERIFY(editor.value().isNull()); // nothing typed, nothing set
    QSignalSpy edited(&editor, &ui::FieldEditor::edited);
    editor.firstInput()->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(editor.firstInput(), typed);
    if (type == intake::FieldType::Date)
        QTest::keyClick(editor.firstInput(), Qt::Key_Return);
    else if (type != intake::FieldType::Multiline)
        QTest::keyClick(editor.firstInput(), Qt::Key_Return); // editingFinished: codes normalised
    QVERIFY(!edited.isEmpty());
    QCOMPARE(editor.value(), value);
    // What value() gives, setValue() shows again.
    ui::FieldEditor other(definition);
    other.setValue(editor.value());
    QCOMPARE(other.value(), value);
}

void TestIntakePage::sectionHasOnlyItsFields()
{
    QVERIFY(m_page->addMatter(QStringLiteral("retirement-application")));
    ui::MatterSection *section = m_page->sections().first();
    QVERIFY(section->findChild<QWidget *>(QStringLiteral("retirement_month")));
    QVERIFY(section->findChild<QWidget *>(QStringLiteral("bank_account")));
    QVERIFY(!section->findChild<QWidget *>(QStringLiteral("verification_method")));
    // A field of a condition: only for a special post.
    auto *months = child<QWidget>(section, QStringLiteral("special_post_months"));
    QVERIFY(!months->isVisible());
    auto *kind = child<QComboBox>(section, QStringLiteral("retirement_kind"));
    kind->setFocus(Qt::TabFocusReason);
    while (kind->currentData().toString() != u"special-post")
        QTest::keyClick(kind, Qt::Key_Down);
    QVERIFY(months->isVisible());
    auto *checklist = child<QTreeWidget>(m_page.get(), QStringLiteral("documentChecklist"));
    // and its document joins the checklist.
    bool proofListed = false;
    for (int row = 0; row < checklist->topLevelItemCount(); ++row)
        proofListed = proofListed || checklist->topLevelItem(row)->data(0, Qt::UserRole).toString() == u"special-post-proof";
    QVERIFY(proofListed);
    QTest::keyClick(kind, Qt::Key_Up);
    QVERIFY(!months->isVisible());
    QVERIFY(!section->entry().fields.contains(QStringLiteral("special_post_months")));
}

void TestIntakePage::fieldCheckedWhenLeft()
{
    QVERIFY(m_page->addMatter(QStringLiteral("retirement-application")));
    ui::MatterSection *section = m_page->sections().first();
    auto *bank = child<QLineEdit>(section, QStringLiteral("bank_account"));
    auto *message = child<ui::FieldMessage>(section, QStringLiteral("bank_accountMessage"));
    bank->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(bank, QStringLiteral("1234"));
    QVERIFY(message->isHidden()); // not while typing a first time
    QTest::keyClick(bank, Qt::Key_Tab);
    QVERIFY(!message->isHidden());
    QVERIFY2(message->text().contains(u'1') && message->text().contains(QStringLiteral("30")), qPrintable(message->text()));
    // Corrected: the message goes as the last digit is typed.
    bank->setFocus(Qt::TabFocusReason);
    QTest::keyClick(bank, Qt::Key_End);
    QTest::keyClicks(bank, QStringLiteral("56789012"));
    QVERIFY(message->isHidden());
    // A month before today is refused with what is allowed.
    typeInto(child<QLineEdit>(section, QStringLiteral("retirement_month")), QStringLiteral("2020-01"));
    QVERIFY(!child<ui::FieldMessage>(section, QStringLiteral("retirement_monthMessage"))->isHidden());
}

void TestIntakePage::refusedIntakeSaysWhereAndStoresNothing()
{
    startVisit(QStringLiteral("A101"));
    QVERIFY(m_page->addMatter(QStringLiteral("retirement-application")));
    ui::MatterSection *section = m_page->sections().first();
    typeInto(child<QLineEdit>(section, QStringLiteral("retirement_month")), QStringLiteral("2027-01"));
    // The bank account left empty; Ctrl+Enter.
    const int before = storedIntakes(m_databasePath);
    QSignalSpy taken(m_page.get(), &ui::IntakePage::intakeTaken);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(taken.size(), 1);
    QCOMPARE(taken.first().first().toBool(), false);
    auto *message = child<ui::FieldMessage>(section, QStringLiteral("bank_accountMessage"));
    QVERIFY(!message->isHidden());
    QVERIFY(!child<ui::FieldMessage>(section, QStringLiteral("retirement_kindMessage"))->isHidden());
    // The first fault has the focus: the kind of retirement comes before the bank account.
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("retirement_kind"));
    QCOMPARE(storedIntakes(m_databasePath), before);
    QVERIFY(!m_page->isEmpty()); // the form stays
}

void TestIntakePage::documentsOnceAcrossMatters()
{
    QVERIFY(m_page->addMatter(QStringLiteral("retirement-application")));
    QVERIFY(m_page->addMatter(QStringLiteral("eligibility-verification")));
    auto *checklist = child<QTreeWidget>(m_page.get(), QStringLiteral("documentChecklist"));
    auto listed = [checklist] {
        QStringList ids;
        for (int row = 0; row < checklist->topLevelItemCount(); ++row)
            ids << checklist->topLevelItem(row)->data(0, Qt::UserRole).toString();
        return ids;
    };
    QCOMPARE(listed().count(QStringLiteral("id-card")), 1);
    QVERIFY(!listed().contains(QStringLiteral("power-of-attorney")));
    // On behalf of someone: the power of attorney joins, once, for that matter.
    child<QCheckBox>(m_page->sections().at(1), QStringLiteral("agentBox"))->setChecked(true);
    QCOMPARE(listed().count(QStringLiteral("power-of-attorney")), 1);
    // The ID card is needed for both: one row naming both matters.
    QTreeWidgetItem *idCard = checklist->topLevelItem(int(listed().indexOf(QStringLiteral("id-card"))));
    QVERIFY2(idCard->text(1).contains(QStringLiteral("退休")) || idCard->text(1).contains(QStringLiteral("Retirement")),
             qPrintable(idCard->text(1)));
    QVERIFY2(idCard->text(1).contains(u'，') || idCard->text(1).contains(u','), qPrintable(idCard->text(1)));
    // Ticked once, brought for both.
    checklist->setFocus(Qt::TabFocusReason);
    checklist->setCurrentItem(idCard);
    QTest::keyClick(checklist, Qt::Key_Space);
    const intake::IntakeCase intake = m_page->currentCase();
    QVERIFY(intake.matters.at(0).documents.contains(QStringLiteral("id-card")));
    QVERIFY(intake.matters.at(1).documents.contains(QStringLiteral("id-card")));
    QVERIFY(!child<ui::DocumentChecklist>(m_page.get(), QString())->missing().contains(QStringLiteral("id-card")));
}

void TestIntakePage::noticeAndReceiptPdfs()
{
    if (test::pdftext::tool().isEmpty())
        QSKIP("pdftotext is not installed");
    startVisit(QStringLiteral("A102"));
    QVERIFY(m_page->addMatter(QStringLiteral("retirement-application")));
    ui::MatterSection *section = m_page->sections().first();
    typeInto(child<QLineEdit>(section, QStringLiteral("retirement_month")), QStringLiteral("2027-01"));
    auto *kind = child<QComboBox>(section, QStringLiteral("retirement_kind"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("statutory")));
    typeInto(child<QLineEdit>(section, QStringLiteral("bank_account")), QStringLiteral("6222021234567890123"));

    // The one-time notice: what is missing, once, with why.
    const QString noticePath = m_dir.filePath(QStringLiteral("notice.pdf"));
    QSignalSpy pdf(m_page.get(), &ui::IntakePage::pdfFinished);
    m_page->saveNoticePdf(noticePath);
    QVERIFY(pdf.wait(timeoutMs));
    QVERIFY(pdf.last().first().toBool());
    const QString notice = test::pdftext::read(noticePath);
    QVERIFY2(notice.contains(test::pdftext::normalised(m_page->oneTimeNotice().title)), qPrintable(notice.left(400)));
    QVERIFY2(notice.contains(QStringLiteral("A102")), qPrintable(notice.left(800)));
    QVERIFY2(notice.contains(QStringLiteral("居民身份证")), qPrintable(notice.left(800))); // not brought

    // Taken in: the receipt with the queue number and the masked ID number.
    QSignalSpy taken(m_page.get(), &ui::IntakePage::intakeTaken);
    m_page->submit();
    QVERIFY(taken.wait(timeoutMs));
    QVERIFY(taken.first().first().toBool());
    QVERIFY(m_page->lastReceipt().has_value());
    QVERIFY(!child<QWidget>(m_page.get(), QStringLiteral("intakeResultBox"))->isHidden());
    const QString receiptPath = m_dir.filePath(QStringLiteral("receipt.pdf"));
    m_page->saveReceiptPdf(receiptPath);
    QVERIFY(pdf.wait(timeoutMs));
    QVERIFY(pdf.last().first().toBool());
    const QString receipt = test::pdftext::read(receiptPath);
    QVERIFY2(receipt.contains(test::pdftext::normalised(m_page->receiptNotice()->title)), qPrintable(receipt.left(400)));
    QVERIFY2(receipt.contains(QStringLiteral("A102")), qPrintable(receipt.left(800)));
    QVERIFY2(test::pdftext::squeezed(receipt).contains(
                 test::pdftext::squeezed(identity::CitizenId::mask(demo::DemoGenerator::colleagueWangCitizenId()))),
             qPrintable(receipt.left(800)));
    QVERIFY(!receipt.contains(demo::DemoGenerator::colleagueWangCitizenId()));
}

QTEST_MAIN(TestIntakePage)
#include "testintakepage.moc"
