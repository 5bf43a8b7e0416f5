#include "ui/intake/intakepage.h"

#include "audit/auditentry.h"
#include "identity/citizenid.h"
#include "services/auditservice.h"

#include "ui/common/backgroundtask.h"
#include "ui/common/busyindicator.h"
#include "ui/common/codefield.h"
#include "ui/common/fieldmessage.h"
#include "ui/common/fieldwidth.h"
#include "ui/common/messagebox.h"
#include "ui/common/printpreviewdialog.h"
#include "ui/common/whenfinished.h"
#include "ui/intake/documentchecklist.h"
#include "ui/intake/fieldeditor.h"
#include "ui/intake/matterpicker.h"
#include "ui/intake/mattersection.h"
#include "ui/print/noticedocument.h"
#include "ui/print/papercopybox.h"
#include "ui/print/pdfexport.h"

#include "intake/fieldvalidator.h"
#include "intake/missingdocuments.h"
#include "services/intakeservice.h"
#include "services/personlookup.h"

#include <QApplication>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tongban::ui {

namespace {

/// How long the form stays unchanged before it is saved as the draft: a burst of typing is one save.
constexpr int draftDelayMs = 400;

const QString draftKey = QStringLiteral("draft");

QString key(const char *text)
{
    return QString::fromLatin1(text);
}

QJsonObject matterJson(const intake::IntakeMatter &matter)
{
    QJsonObject json {
        {key("matter"), matter.matter}, {key("fields"), matter.fields}, {key("documents"), QJsonArray::fromStringList(matter.documents)}};
    if (matter.agentFor)
        json.insert(key("agent_for"),
                    QJsonObject {{key("id_number"), matter.agentFor->idNumber},
                                 {key("name"), matter.agentFor->name},
                                 {key("relation"), matter.agentFor->relation}});
    return json;
}

intake::IntakeMatter matterFromJson(const QJsonObject &json)
{
    intake::IntakeMatter matter;
    matter.matter = json.value(key("matter")).toString();
    matter.fields = json.value(key("fields")).toObject();
    for (const QJsonValue &document : json.value(key("documents")).toArray())
        matter.documents << document.toString();
    if (json.contains(key("agent_for"))) {
        const QJsonObject agent = json.value(key("agent_for")).toObject();
        matter.agentFor = intake::AgentFor {agent.value(key("id_number")).toString(), agent.value(key("name")).toString(),
                                            agent.value(key("relation")).toString()};
    }
    return matter;
}

QString verdictName(const QString &verdict)
{
    if (verdict == u"ready")
        return IntakePage::tr("ready");
    if (verdict == u"needs-attention")
        return IntakePage::tr("needs attention");
    if (verdict == u"cannot-proceed")
        return IntakePage::tr("cannot proceed");
    return verdict;
}

QString verdictColour(const QString &verdict)
{
    if (verdict == u"ready")
        return QStringLiteral("#1b5e20");
    if (verdict == u"cannot-proceed")
        return QStringLiteral("#b00020");
    return QStringLiteral("#8a4b00");
}

/// "matters[2].fields.x" → 2 and "fields.x"; -1 for a path outside the matters.
std::pair<int, QString> matterPath(const QString &path)
{
    static const QRegularExpression pattern(QStringLiteral("^matters\\[(\\d+)\\]\\.?(.*)$"));
    const auto match = pattern.match(path);
    if (!match.hasMatch())
        return {-1, QString()};
    return {match.captured(1).toInt(), match.captured(2)};
}

} // namespace

IntakePage::IntakePage(const services::AppContext &context, std::shared_ptr<const services::PreReviewRunner> preReviews, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("intakePage"));
    auto built = services::IntakeService::builtIn(context, std::move(preReviews));
    if (built)
        m_service = std::move(built).value();
    else
        m_loadError = built.error().message;

    m_lookupTask = new BackgroundTask(this);
    m_agentLookupTask = new BackgroundTask(this);
    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(draftDelayMs);
    connect(m_draftTimer, &QTimer::timeout, this, &IntakePage::saveDraftNow);

    // Left: the visit header, the matter field and the matters, scrolling as one form.
    m_form = new QWidget;
    m_form->setObjectName(QStringLiteral("intakeForm"));
    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->addWidget(makeHeader());

    m_picker = new MatterPicker;
    m_picker->setObjectName(QStringLiteral("matterPicker"));
    auto *pickerLabel = new QLabel(tr("&Add a matter:"));
    pickerLabel->setBuddy(m_picker->field());
    m_pickerMessage = new FieldMessage;
    m_pickerMessage->setObjectName(QStringLiteral("matterPickerMessage"));
    auto *pickerRow = new QGridLayout;
    pickerRow->addWidget(pickerLabel, 0, 0, Qt::AlignTop);
    pickerRow->addWidget(m_picker, 0, 1);
    pickerRow->addWidget(m_pickerMessage, 1, 1);
    pickerRow->setColumnStretch(1, 1);
    formLayout->addLayout(pickerRow);

    m_noMatters = new QLabel(tr("No matter yet: type the pinyin initials of what the visitor came for (txsq: 退休申请) and press Enter."));
    m_noMatters->setObjectName(QStringLiteral("noMattersHint"));
    m_noMatters->setWordWrap(true);
    m_noMatters->setStyleSheet(QStringLiteral("color: #555;"));
    formLayout->addWidget(m_noMatters);
    m_sectionLayout = new QVBoxLayout;
    formLayout->addLayout(m_sectionLayout);
    formLayout->addStretch(1);

    m_formScroll = new QScrollArea;
    m_formScroll->setObjectName(QStringLiteral("intakeFormScroll"));
    m_formScroll->setWidgetResizable(true);
    m_formScroll->setFrameShape(QFrame::NoFrame);
    m_formScroll->setWidget(m_form);
    m_formScroll->setFocusPolicy(Qt::NoFocus);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 4);
    layout->addWidget(m_formScroll, 3);
    layout->addWidget(makeSide(), 2);

    m_picker->setCatalog(m_service ? &m_service->catalog() : nullptr);
    connect(m_picker, &MatterPicker::matterChosen, this, [this](const QString &id) { addMatter(id); });

    // Ctrl+Enter takes the intake in, wherever the focus is on the page.
    for (const QKeySequence &sequence : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(sequence, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &IntakePage::submit);
    }

    if (!m_service) {
        m_form->setEnabled(false);
        m_message->showMessage(tr("The matter catalog could not be loaded: %1").arg(m_loadError));
    }
    updateChecklist();
    relinkTabOrder();
    setFocusProxy(m_queueNumber);
}

IntakePage::~IntakePage()
{
    // A change still waiting for the typing to pause is saved now, and the page (and its
    // service, which the store's jobs use) goes only once the store has done what was asked.
    if (m_draftTimer->isActive() && !m_taking)
        saveDraftNow();
    for (const auto &finished : std::as_const(m_inFlight))
        finished(true);
}

QWidget *IntakePage::makeHeader()
{
    auto *box = new QGroupBox(tr("Visit"));
    box->setObjectName(QStringLiteral("visitHeader"));
    auto *grid = new QGridLayout(box);
    grid->setVerticalSpacing(2);

    m_queueNumber = new QLineEdit;
    m_queueNumber->setObjectName(QStringLiteral("queueNumberField"));
    m_queueNumber->setMaxLength(16);
    m_queueNumber->setPlaceholderText(tr("empty: next of the day"));
    m_queueNumber->setToolTip(tr("The number on the visitor's queue ticket (typed or scanned, e.g. A023). Left empty, the next "
                                 "number of the day is issued when the intake is stored."));
    fitFieldWidth(m_queueNumber, {QStringLiteral("A1023")});
    m_idNumber = new QLineEdit;
    m_idNumber->setObjectName(QStringLiteral("applicantIdField"));
    m_idNumber->setMaxLength(24);
    m_idNumber->setPlaceholderText(tr("scan the ID card or type"));
    fitFieldWidth(m_idNumber, {QStringLiteral("11010519491231002X")});
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("applicantNameField"));
    fitFieldWidth(m_name, {QStringLiteral("欧阳娜娜·买买提")});
    m_phone = new QLineEdit;
    m_phone->setObjectName(QStringLiteral("applicantPhoneField"));
    fitFieldWidth(m_phone, {QStringLiteral("0371-12345678")});
    m_queueMessage = new FieldMessage;
    m_idMessage = new FieldMessage;
    m_idMessage->setObjectName(QStringLiteral("applicantIdMessage"));
    m_nameMessage = new FieldMessage;
    m_phoneMessage = new FieldMessage;
    m_lookupStatus = new QLabel;
    m_lookupStatus->setObjectName(QStringLiteral("applicantLookupStatus"));
    m_lookupStatus->setWordWrap(true);

    auto place = [grid](int row, int column, const QString &text, QLineEdit *field, FieldMessage *message) {
        auto *label = new QLabel(text);
        label->setBuddy(field);
        grid->addWidget(label, row, column);
        grid->addWidget(field, row, column + 1);
        grid->addWidget(message, row + 1, column + 1);
    };
    place(0, 0, tr("&Queue no.:"), m_queueNumber, m_queueMessage);
    place(0, 2, tr("Applicant's &ID number:"), m_idNumber, m_idMessage);
    place(2, 0, tr("Name:"), m_name, m_nameMessage);
    place(2, 2, tr("Phone:"), m_phone, m_phoneMessage);
    grid->addWidget(m_lookupStatus, 4, 0, 1, 4);
    m_lookupStatus->hide();
    grid->setColumnStretch(3, 1);

    connect(m_queueNumber, &QLineEdit::returnPressed, this, [this] { m_idNumber->setFocus(Qt::TabFocusReason); });
    connect(m_queueNumber, &QLineEdit::textEdited, this, [this] {
        m_queueMessage->clearMessage();
        formChanged();
    });
    // A card reader types the number and Enter: that starts the visit (the person looked up,
    // then on to the matters); typed and left with Tab, it is looked up as well.
    connect(m_idNumber, &QLineEdit::returnPressed, this, [this] { lookUpApplicant(true); });
    connect(m_idNumber, &QLineEdit::editingFinished, this, [this] {
        if (m_idNumber->hasFocus())
            return; // Enter: returnPressed did it
        lookUpApplicant(false);
    });
    connect(m_idNumber, &QLineEdit::textEdited, this, [this] {
        m_idMessage->clearMessage();
        formChanged();
    });
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_nameMessage->clearMessage();
        formChanged();
    });
    connect(m_phone, &QLineEdit::textEdited, this, [this] {
        m_phoneMessage->clearMessage();
        formChanged();
    });
    connect(m_phone, &QLineEdit::editingFinished, this, [this] {
        intake::FieldDefinition phone;
        phone.type = intake::FieldType::Phone;
        const QString text = m_phone->text().trimmed();
        const auto error = text.isEmpty() ? std::nullopt : intake::FieldValidator::validate(phone, text, m_context.clock().today());
        m_phoneMessage->showMessage(error ? error->message : QString());
    });
    return box;
}

QWidget *IntakePage::makeSide()
{
    auto *side = new QWidget;
    auto *layout = new QVBoxLayout(side);
    m_sideLayout = layout;
    layout->setContentsMargins(0, 0, 0, 0);

    auto *documents = new QGroupBox(tr("Documents of all matters"));
    m_documentsBox = documents;
    auto *documentsLayout = new QVBoxLayout(documents);
    m_checklist = new DocumentChecklist;
    auto *documentsLabel = new QLabel(tr("Brought (&documents):"));
    documentsLabel->setBuddy(m_checklist->view());
    documentsLayout->addWidget(documentsLabel);
    documentsLayout->addWidget(m_checklist, 1);
    m_copy = new PaperCopyBox;
    m_noticePrint = new QPushButton(tr("One-time notice…"));
    m_noticePrint->setObjectName(QStringLiteral("noticePrintButton"));
    m_noticePrint->setToolTip(tr("Preview and print the one-time notice (一次性告知书) of the documents still missing."));
    m_noticePdf = new QPushButton(tr("Notice PDF…"));
    m_noticePdf->setObjectName(QStringLiteral("noticePdfButton"));
    m_noticePdf->setToolTip(tr("Save the one-time notice as a PDF file."));
    auto *noticeRow = new QHBoxLayout;
    noticeRow->addWidget(m_copy);
    noticeRow->addWidget(m_noticePrint);
    noticeRow->addWidget(m_noticePdf);
    noticeRow->addStretch();
    documentsLayout->addLayout(noticeRow);
    layout->addWidget(documents, 3);

    m_submit = new QPushButton(tr("Take in (Ctrl+Enter)"));
    m_submit->setObjectName(QStringLiteral("submitIntakeButton"));
    m_submit->setToolTip(tr("Store the intake: each matter is received, pre-reviewed and given its due date; then the receipt."));
    m_busy = new BusyIndicator;
    auto *submitRow = new QHBoxLayout;
    submitRow->addWidget(m_submit);
    submitRow->addWidget(m_busy, 1);
    layout->addLayout(submitRow);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("intakeStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message = new FieldMessage;
    m_message->setObjectName(QStringLiteral("intakeMessage"));
    layout->addWidget(m_status);
    layout->addWidget(m_message);

    auto *resultBox = new QGroupBox(tr("Received"));
    resultBox->setObjectName(QStringLiteral("intakeResultBox"));
    m_resultBox = resultBox;
    auto *resultLayout = new QVBoxLayout(resultBox);
    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("intakeResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *resultScroll = new QScrollArea;
    resultScroll->setWidgetResizable(true);
    resultScroll->setFrameShape(QFrame::NoFrame);
    resultScroll->setWidget(m_result);
    resultScroll->setFocusPolicy(Qt::NoFocus);
    m_receiptPrint = new QPushButton(tr("Print receipt…"));
    m_receiptPrint->setObjectName(QStringLiteral("receiptPrintButton"));
    m_receiptPdf = new QPushButton(tr("Receipt PDF…"));
    m_receiptPdf->setObjectName(QStringLiteral("receiptPdfButton"));
    auto *receiptRow = new QHBoxLayout;
    receiptRow->addWidget(m_receiptPrint);
    receiptRow->addWidget(m_receiptPdf);
    receiptRow->addStretch();
    resultLayout->addWidget(resultScroll, 1);
    resultLayout->addLayout(receiptRow);
    layout->addWidget(resultBox, 2);
    resultBox->hide();

    // Enter presses the focused button, as in a dialog (outside one, Qt's buttons take Space only).
    for (QPushButton *button : {m_noticePrint, m_noticePdf, m_submit, m_receiptPrint, m_receiptPdf})
        button->setAutoDefault(true);

    m_pdf = new PdfExport(this, m_status, m_message, m_busy);
    connect(m_pdf, &PdfExport::finished, this, &IntakePage::pdfFinished);
    // A document ticked changes what was brought, not what is asked for: the list is not built
    // again (it would delete the item whose check box is being toggled, under the view's hands).
    connect(m_checklist, &DocumentChecklist::changed, this, [this] {
        updateSideStretch();
        if (!m_restoring)
            scheduleDraft();
    });
    connect(m_submit, &QPushButton::clicked, this, &IntakePage::submit);
    connect(m_noticePrint, &QPushButton::clicked, this, [this] {
        printNotice(oneTimeNotice(), tr("One-time notice: preview"), QStringLiteral("one-time-notice"), typedApplicantId());
    });
    connect(m_noticePdf, &QPushButton::clicked, this, [this] {
        auditPdfAs(QStringLiteral("one-time-notice"), typedApplicantId());
        m_pdf->chooseAndWrite(tr("Save the one-time notice as PDF"), tr("One-time notice %1.pdf").arg(m_name->text().trimmed()),
                              [notice = oneTimeNotice(), copy = m_copy->copy()](const QString &path) {
                                  return NoticeDocument::writePdf(notice, copy, path);
                              });
    });
    connect(m_receiptPrint, &QPushButton::clicked, this, [this] {
        if (const auto notice = receiptNotice())
            printNotice(*notice, tr("Receipt: preview"), QStringLiteral("receipt"), m_receipt->applicantIdNumber);
    });
    connect(m_receiptPdf, &QPushButton::clicked, this, [this] {
        const auto notice = receiptNotice();
        if (!notice)
            return;
        auditPdfAs(QStringLiteral("receipt"), m_receipt->applicantIdNumber);
        m_pdf->chooseAndWrite(
            tr("Save the receipt as PDF"), tr("Receipt %1 %2.pdf").arg(m_receipt->queueNumber, m_receipt->applicantName),
            [notice = *notice, copy = m_copy->copy()](const QString &path) { return NoticeDocument::writePdf(notice, copy, path); });
    });
    return side;
}

void IntakePage::start()
{
    if (!m_service || m_started)
        return;
    m_started = true;
    whenFinished(track(m_service->latestDraft()), this, [this](const Result<std::optional<intake::StoredDraft>> &draft) {
        if (!draft) {
            m_status->setText(tr("The last draft could not be read: %1").arg(draft.error().message));
            m_draftResolved = true;
            emit draftChecked(false);
            return;
        }
        if (!draft->has_value()) {
            m_draftResolved = true;
            emit draftChecked(false);
            if (!isEmpty())
                scheduleDraft();
            return;
        }
        m_pendingDraft = **draft;
        if (isVisible())
            QMetaObject::invokeMethod(this, &IntakePage::offerDraft, Qt::QueuedConnection);
    });
}

void IntakePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_pendingDraft)
        QMetaObject::invokeMethod(this, &IntakePage::offerDraft, Qt::QueuedConnection);
}

void IntakePage::offerDraft()
{
    if (!m_pendingDraft)
        return;
    const intake::StoredDraft draft = *m_pendingDraft;
    m_pendingDraft.reset();
    const QJsonObject applicant = draft.caseJson.value(key("applicant")).toObject();
    QStringList matters;
    for (const QJsonValue &matter : draft.caseJson.value(key("matters")).toArray()) {
        const QString id = matter.toObject().value(key("matter")).toString();
        const intake::MatterDefinition *definition = m_service->catalog().matter(id);
        matters << (definition ? localized(definition->displayZh(), definition->nameEn) : id);
    }
    const QString who = applicant.value(key("name")).toString().isEmpty() ? tr("no name yet") : applicant.value(key("name")).toString();
    const int answer = MessageBox::question(this, tr("Unfinished intake"), tr("Continue the intake that was not taken in?"),
                                            tr("Saved at %1: %2; %3.")
                                                .arg(draft.savedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), who,
                                                     matters.isEmpty() ? tr("no matter yet") : matters.join(tr(", "))),
                                            {{ContinueDraftAnswer, tr("Continue"), QMessageBox::AcceptRole},
                                             {DiscardDraftAnswer, tr("Discard it"), QMessageBox::DestructiveRole}},
                                            ContinueDraftAnswer);
    if (answer == DiscardDraftAnswer) {
        track(m_service->discardDraft());
        m_draftStored = false;
        m_draftResolved = true;
        if (!isEmpty())
            scheduleDraft();
        emit draftChecked(false);
        return;
    }
    restore(draft.caseJson);
    m_draftStored = true;
    m_draftResolved = true;
    m_status->setText(
        tr("The intake saved at %1 is back as it was.").arg(draft.savedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
    emit draftChecked(true);
}

bool IntakePage::addMatter(const QString &matterId)
{
    const intake::MatterDefinition *matter = m_service ? m_service->catalog().matter(matterId) : nullptr;
    if (!matter)
        return false;
    m_pickerMessage->clearMessage();
    MatterSection *section = appendSection(*matter);
    // The contact phone is the applicant's unless the clerk types another.
    section->prefillPhone(m_phone->text());
    formChanged();
    // On into its first field, the section in sight.
    section->focusFirst();
    m_formScroll->ensureWidgetVisible(section, 0, 0);
    return true;
}

MatterSection *IntakePage::appendSection(const intake::MatterDefinition &matter)
{
    auto *section = new MatterSection(m_service->catalog(), matter, m_context.clock().today());
    m_sectionLayout->addWidget(section);
    // Shown now, not when the event loop comes round (a layout shows a new child later): the
    // clerk types on at once, and Tab must find its fields.
    section->show();
    m_sections << section;
    connect(section, &MatterSection::changed, this, &IntakePage::formChanged);
    connect(section, &MatterSection::removeRequested, this, [this, section] { removeSection(section); });
    connect(section, &MatterSection::agentIdEntered, this, [this, section](const QString &id) { lookUpAgent(section, id); });
    renumber();
    relinkTabOrder();
    m_noMatters->hide();
    return section;
}

void IntakePage::removeSection(MatterSection *section)
{
    const qsizetype index = m_sections.indexOf(section);
    if (index < 0)
        return;
    m_sections.removeAt(index);
    section->hide();
    section->deleteLater();
    renumber();
    relinkTabOrder();
    m_noMatters->setVisible(m_sections.isEmpty());
    formChanged();
    // The focus to the next matter, else back to the matter field.
    if (index < m_sections.size())
        m_sections.at(index)->focusFirst();
    else
        m_picker->field()->setFocus(Qt::TabFocusReason);
}

void IntakePage::renumber()
{
    for (qsizetype i = 0; i < m_sections.size(); ++i)
        m_sections.at(i)->setPosition(int(i));
}

QList<QWidget *> IntakePage::tabChain() const
{
    // The order of the form: header, matter field, each matter, the documents, the buttons.
    QList<QWidget *> chain {m_queueNumber, m_idNumber, m_name, m_phone, m_picker->field()};
    for (MatterSection *section : m_sections)
        chain << section->tabChain();
    chain << m_checklist->view() << m_copy << m_noticePrint << m_noticePdf << m_submit << m_receiptPrint << m_receiptPdf;
    return chain;
}

void IntakePage::relinkTabOrder()
{
    const QList<QWidget *> chain = tabChain();
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

bool IntakePage::focusNextPrevChild(bool next)
{
    QList<QWidget *> chain;
    for (QWidget *widget : tabChain()) {
        if (widget->isVisibleTo(this) && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus))
            chain << widget;
    }
    const QWidget *focus = QApplication::focusWidget();
    qsizetype index = -1;
    for (qsizetype i = 0; i < chain.size() && index < 0; ++i) {
        if (chain.at(i) == focus || chain.at(i)->isAncestorOf(focus))
            index = i;
    }
    if (index < 0 || chain.isEmpty())
        return QWidget::focusNextPrevChild(next);
    const qsizetype target = (index + (next ? 1 : chain.size() - 1)) % chain.size();
    chain.at(target)->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    return true;
}

intake::IntakeCase IntakePage::currentCase() const
{
    intake::IntakeCase intake;
    intake.applicant.idNumber = m_idNumber->text().trimmed();
    intake.applicant.name = m_name->text().trimmed();
    intake.applicant.phone = m_phone->text().trimmed();
    intake.queueNumber = m_queueNumber->text().trimmed();
    intake.clerk = m_context.clerk();
    for (const MatterSection *section : m_sections)
        intake.matters << section->entry();
    // A document ticked counts for every matter that asks for it now (one ID card for all).
    const QStringList brought = m_checklist->brought();
    for (int i = 0; i < intake.matters.size(); ++i) {
        const QStringList lacking = m_service ? intake::MissingDocuments::forMatter(m_service->catalog(), intake, i) : QStringList();
        QStringList documents;
        for (const QString &document : lacking) {
            if (brought.contains(document))
                documents << document;
        }
        intake.matters[i].documents = documents;
    }
    return intake;
}

QJsonObject IntakePage::draftJson() const
{
    const intake::IntakeCase intake = currentCase();
    QJsonObject json {{key("applicant"),
                       QJsonObject {{key("id_number"), intake.applicant.idNumber},
                                    {key("name"), intake.applicant.name},
                                    {key("phone"), intake.applicant.phone}}},
                      {key("queue_number"), intake.queueNumber},
                      {key("clerk"), intake.clerk}};
    QJsonArray matters;
    for (const intake::IntakeMatter &matter : intake.matters)
        matters.append(matterJson(matter));
    json.insert(key("matters"), matters);
    // The screen's own state: every document ticked (also one no matter asks for now) and the
    // input that had the focus.
    QJsonObject draft {{key("brought"), QJsonArray::fromStringList(m_checklist->brought())}};
    const QWidget *focus = QApplication::focusWidget();
    QString focusKey;
    int focusMatter = -1;
    if (focus == m_queueNumber)
        focusKey = key("queue_number");
    else if (focus == m_idNumber)
        focusKey = key("applicant.id_number");
    else if (focus == m_name)
        focusKey = key("applicant.name");
    else if (focus == m_phone)
        focusKey = key("applicant.phone");
    else if (focus == m_picker->field())
        focusKey = key("matter_search");
    else if (focus == m_checklist->view())
        focusKey = key("documents");
    for (qsizetype i = 0; i < m_sections.size() && focusKey.isEmpty(); ++i) {
        focusKey = m_sections.at(i)->focusedKey();
        if (!focusKey.isEmpty())
            focusMatter = int(i);
    }
    draft.insert(key("focus"), QJsonObject {{key("matter"), focusMatter}, {key("input"), focusKey}});
    json.insert(draftKey, draft);
    return json;
}

void IntakePage::restore(const QJsonObject &json)
{
    m_restoring = true;
    resetForm();
    const QJsonObject applicant = json.value(key("applicant")).toObject();
    m_queueNumber->setText(json.value(key("queue_number")).toString());
    m_idNumber->setText(applicant.value(key("id_number")).toString());
    m_lookedUpId = m_idNumber->text(); // as looked up before: not again on leaving the field
    m_name->setText(applicant.value(key("name")).toString());
    m_phone->setText(applicant.value(key("phone")).toString());
    for (const QJsonValue &value : json.value(key("matters")).toArray()) {
        const intake::IntakeMatter matter = matterFromJson(value.toObject());
        const intake::MatterDefinition *definition = m_service->catalog().matter(matter.matter);
        if (!definition)
            continue; // a matter the catalog no longer has: the check says so when it is taken in
        MatterSection *section = appendSection(*definition);
        section->setEntry(matter);
    }
    const QJsonObject draft = json.value(draftKey).toObject();
    QStringList brought;
    if (draft.contains(key("brought"))) {
        for (const QJsonValue &document : draft.value(key("brought")).toArray())
            brought << document.toString();
    } else {
        for (const QJsonValue &matter : json.value(key("matters")).toArray())
            for (const QJsonValue &document : matter.toObject().value(key("documents")).toArray())
                brought << document.toString();
        brought.removeDuplicates();
    }
    m_checklist->setBrought(brought);
    updateChecklist();
    m_noMatters->setVisible(m_sections.isEmpty());
    relinkTabOrder();
    m_restoring = false;

    const QJsonObject focus = draft.value(key("focus")).toObject();
    const QString input = focus.value(key("input")).toString();
    const int matter = focus.value(key("matter")).toInt(-1);
    if (matter >= 0 && matter < m_sections.size()) {
        if (!m_sections.at(matter)->focusKey(input))
            m_sections.at(matter)->focusFirst();
        m_formScroll->ensureWidgetVisible(m_sections.at(matter), 0, 0);
    } else if (input == u"applicant.id_number")
        m_idNumber->setFocus(Qt::OtherFocusReason);
    else if (input == u"applicant.name")
        m_name->setFocus(Qt::OtherFocusReason);
    else if (input == u"applicant.phone")
        m_phone->setFocus(Qt::OtherFocusReason);
    else if (input == u"matter_search")
        m_picker->field()->setFocus(Qt::OtherFocusReason);
    else if (input == u"documents")
        m_checklist->view()->setFocus(Qt::OtherFocusReason);
    else
        m_queueNumber->setFocus(Qt::OtherFocusReason);
}

bool IntakePage::isEmpty() const
{
    return m_queueNumber->text().trimmed().isEmpty() && m_idNumber->text().trimmed().isEmpty() && m_name->text().trimmed().isEmpty()
        && m_phone->text().trimmed().isEmpty() && m_sections.isEmpty();
}

bool IntakePage::isDraftPending() const
{
    return m_draftTimer->isActive() || m_savesInFlight > 0;
}

void IntakePage::formChanged()
{
    updateSideStretch();
    if (m_restoring)
        return;
    updateChecklist();
    scheduleDraft();
}

void IntakePage::updateChecklist()
{
    if (!m_service)
        return;
    m_checklist->update(m_service->catalog(), currentCase());
}

void IntakePage::scheduleDraft()
{
    if (!m_service || !m_draftResolved || m_taking || m_restoring)
        return;
    m_draftTimer->start();
}

void IntakePage::saveDraftNow()
{
    if (!m_service || m_taking)
        return;
    if (isEmpty()) {
        // Emptied by the clerk: no empty form is offered next time.
        if (m_draftStored) {
            m_draftStored = false;
            ++m_savesInFlight;
            whenFinished(track(m_service->discardDraft()), this, [this](const Status &discarded) {
                --m_savesInFlight;
                emit draftSaved(discarded.ok());
            });
        }
        return;
    }
    m_draftStored = true;
    ++m_savesInFlight;
    whenFinished(track(m_service->saveDraft(draftJson())), this, [this](const Result<intake::StoredDraft> &saved) {
        --m_savesInFlight;
        if (!saved)
            m_status->setText(tr("The draft could not be saved: %1").arg(saved.error().message));
        emit draftSaved(saved.ok());
    });
}

void IntakePage::lookUpApplicant(bool thenMoveOn)
{
    const QString id = CodeField::normalize(m_idNumber);
    if (id.isEmpty() || (id == m_lookedUpId && !thenMoveOn))
        return;
    if (!services::PersonLookup::looksLikeIdNumber(id)) {
        m_idMessage->showMessage(tr("Type the ID number here (18 characters); the name goes in its own field."));
        emit applicantLookedUp();
        return;
    }
    intake::FieldDefinition idNumber;
    idNumber.type = intake::FieldType::IdNumber;
    if (const auto error = intake::FieldValidator::validate(idNumber, id, m_context.clock().today())) {
        m_idMessage->showMessage(error->message);
        emit applicantLookedUp();
        return;
    }
    m_idMessage->clearMessage();
    if (id == m_lookedUpId) {
        if (thenMoveOn)
            (m_name->text().trimmed().isEmpty() ? static_cast<QWidget *>(m_name) : m_picker->field())->setFocus(Qt::TabFocusReason);
        emit applicantLookedUp();
        return;
    }
    m_lookedUpId = id;
    showLookupStatus(tr("Looking up %1 …").arg(id));
    services::PersonLookup::Request request;
    request.query = id;
    request.withPension = false;
    m_lookupTask->start([this, request](auto cancel) { return services::PersonLookup(m_context).lookUp(request, cancel); },
                        [this, id, thenMoveOn](const services::LookupOutcome &outcome) {
                            using Kind = services::LookupOutcome::Kind;
                            QWidget *next = m_name;
                            switch (outcome.kind) {
                            case Kind::Person: {
                                const insured::InsuredPerson &person = outcome.person->person;
                                m_name->setText(person.name);
                                if (!person.phone.isEmpty())
                                    m_phone->setText(person.phone);
                                m_nameMessage->clearMessage();
                                showLookupStatus(tr("Insured person on file: %1.").arg(person.name));
                                next = m_phone->text().trimmed().isEmpty() ? m_phone : m_picker->field();
                                formChanged();
                                break;
                            }
                            case Kind::BadIdNumber:
                                showLookupStatus(QString());
                                m_idMessage->showMessage(outcome.message);
                                next = m_idNumber;
                                break;
                            case Kind::Failed:
                                showLookupStatus(tr("The look-up failed: %1. Type the name and phone.").arg(outcome.message));
                                break;
                            case Kind::Cancelled:
                                return;
                            case Kind::NotFound:
                            case Kind::Matches:
                                showLookupStatus(tr("Not on file: type the applicant's name and phone."));
                                break;
                            }
                            if (thenMoveOn && (m_idNumber->hasFocus() || !m_form->isAncestorOf(QApplication::focusWidget())))
                                next->setFocus(Qt::TabFocusReason);
                            emit applicantLookedUp();
                        });
}

void IntakePage::showLookupStatus(const QString &text)
{
    // Hidden when empty: an empty wrapped line would still take the header's height.
    m_lookupStatus->setText(text);
    m_lookupStatus->setVisible(!text.isEmpty());
}

void IntakePage::lookUpAgent(MatterSection *section, const QString &idNumber)
{
    services::PersonLookup::Request request;
    request.query = idNumber;
    request.withPension = false;
    QPointer<MatterSection> target(section);
    m_agentLookupTask->start([this, request](auto cancel) { return services::PersonLookup(m_context).lookUp(request, cancel); },
                             [target, idNumber](const services::LookupOutcome &outcome) {
                                 if (target && outcome.kind == services::LookupOutcome::Kind::Person)
                                     target->offerAgentName(idNumber, outcome.person->person.name);
                             });
}

void IntakePage::clearMessages()
{
    m_queueMessage->clearMessage();
    m_idMessage->clearMessage();
    m_nameMessage->clearMessage();
    m_phoneMessage->clearMessage();
    m_pickerMessage->clearMessage();
    m_message->clearMessage();
    for (MatterSection *section : std::as_const(m_sections))
        section->clearErrors();
}

QWidget *IntakePage::showError(const Error &error)
{
    const QString &path = error.field;
    if (path == u"applicant.id_number" || path == u"applicant") {
        m_idMessage->showMessage(error.message);
        return m_idNumber;
    }
    if (path == u"applicant.name") {
        m_nameMessage->showMessage(error.message);
        return m_name;
    }
    if (path == u"applicant.phone") {
        m_phoneMessage->showMessage(error.message);
        return m_phone;
    }
    if (path == u"queue_number") {
        m_queueMessage->showMessage(error.message);
        return m_queueNumber;
    }
    if (path == u"matters") {
        m_pickerMessage->showMessage(error.message);
        return m_picker->field();
    }
    const auto [index, rest] = matterPath(path);
    if (index >= 0 && index < m_sections.size()) {
        if (rest.startsWith(QStringLiteral("documents"))) {
            m_message->showMessage(error.message);
            return m_checklist->view();
        }
        return m_sections.at(index)->showError(rest, error.message);
    }
    m_message->showMessage(error.message);
    return nullptr;
}

void IntakePage::submit()
{
    if (!m_service || m_taking)
        return;
    clearMessages();
    m_status->clear();
    const intake::IntakeCase intake = currentCase();
    // Every fault at once, each under its field; the first gets the focus.
    const QList<Error> issues = m_service->validate(intake);
    if (!issues.isEmpty()) {
        QWidget *first = nullptr;
        for (const Error &issue : issues) {
            QWidget *at = showError(issue);
            if (!first)
                first = at;
        }
        m_status->setText(tr("Not taken in: %n thing(s) to correct, each said under its field.", nullptr, int(issues.size())));
        if (first) {
            first->setFocus(Qt::OtherFocusReason);
            m_formScroll->ensureWidgetVisible(first);
        }
        emit intakeTaken(false);
        return;
    }
    m_draftTimer->stop();
    setBusy(true);
    m_status->setText(tr("Taking the intake in …"));
    whenFinished(track(m_service->take(intake)), this, [this](const Result<intake::IntakeReceipt> &result) { taken(result); });
}

void IntakePage::updateSideStretch()
{
    const bool resultFirst = m_sections.isEmpty() && !m_resultBox->isHidden();
    m_sideLayout->setStretchFactor(m_documentsBox, resultFirst ? 0 : 3);
    m_sideLayout->setStretchFactor(m_resultBox, resultFirst ? 4 : 1);
}

void IntakePage::setBusy(bool busy)
{
    m_taking = busy;
    m_busy->setBusy(busy);
    m_form->setEnabled(!busy && m_service != nullptr);
    m_submit->setEnabled(!busy);
    m_checklist->setEnabled(!busy);
}

void IntakePage::taken(const Result<intake::IntakeReceipt> &result)
{
    setBusy(false);
    if (!result) {
        QWidget *at = showError(result.error());
        m_status->setText(result.error().kind == Error::Kind::BadInput ? tr("Not taken in: correct what is said under the field.")
                                                                       : tr("Not taken in: %1").arg(result.error().message));
        if (at)
            at->setFocus(Qt::OtherFocusReason);
        scheduleDraft();
        emit intakeTaken(false);
        return;
    }
    m_receipt = *result;
    // The draft went with the intake (the same transaction); the form is free for the next visitor.
    m_draftStored = false;
    m_restoring = true;
    resetForm();
    m_restoring = false;
    showReceipt(*result);
    m_receiptPrint->setFocus(Qt::OtherFocusReason);
    emit intakeTaken(true);
}

void IntakePage::showReceipt(const intake::IntakeReceipt &receipt)
{
    const intake::MatterCatalog &catalog = m_service->catalog();
    QString html = QStringLiteral("<p><b>%1</b></p>")
                       .arg(tr("Queue number %1 · %2 · %n matter(s) received", nullptr, int(receipt.matters.size()))
                                .arg(receipt.queueNumber, receipt.applicantName)
                                .toHtmlEscaped());
    for (const intake::ReceiptMatter &matter : receipt.matters) {
        const intake::MatterDefinition *definition = catalog.matter(matter.matter);
        const intake::Department *department = catalog.department(matter.department);
        const QString name = definition ? localized(definition->displayZh(), definition->nameEn) : matter.matter;
        html += QStringLiteral("<p><b>%1. %2</b> · %3<br/>")
                    .arg(matter.position + 1)
                    .arg(name.toHtmlEscaped(),
                         (department ? localized(department->nameZh, department->nameEn) : matter.department).toHtmlEscaped());
        if (!matter.agentRelation.isEmpty())
            html += tr("For %1 · %2").arg(matter.subjectName, MatterSection::relationName(matter.agentRelation)).toHtmlEscaped()
                + QStringLiteral("<br/>");
        const QString received = matter.receivedOn.toString(Qt::ISODate);
        QString when;
        if (matter.immediate)
            when = tr("Received %1, done at the counter").arg(received);
        else if (matter.dueOn.isValid())
            when = tr("Received %1, due %2").arg(received, matter.dueOn.toString(Qt::ISODate));
        else if (matter.statutoryDueOn.isValid())
            when = tr("Received %1, due by law %2").arg(received, matter.statutoryDueOn.toString(Qt::ISODate));
        else
            when = tr("Received %1").arg(received);
        html += when.toHtmlEscaped();
        if (!matter.dueNote.isEmpty())
            html += QStringLiteral("<br/><small>%1</small>").arg(matter.dueNote.toHtmlEscaped());
        if (!matter.missingDocuments.isEmpty()) {
            QStringList names;
            for (const QString &id : matter.missingDocuments) {
                const intake::DocumentDefinition *document = catalog.document(id);
                names << (document ? localized(document->nameZh, document->nameEn) : id);
            }
            html += QStringLiteral("<br/><span style=\"color:#8a4b00\">%1</span>")
                        .arg(tr("Missing: %1").arg(names.join(tr(", "))).toHtmlEscaped());
        }
        if (matter.preReview) {
            html += QStringLiteral("<br/>%1 <b style=\"color:%2\">%3</b>")
                        .arg(tr("Pre-review:").toHtmlEscaped(), verdictColour(matter.preReview->verdict),
                             verdictName(matter.preReview->verdict).toHtmlEscaped());
            for (const auto &[level, text] : matter.preReview->findings)
                html += QStringLiteral("<br/>· <span style=\"color:%1\">%2</span>").arg(verdictColour(level), text.toHtmlEscaped());
        }
        html += QStringLiteral("</p>");
    }
    m_result->setText(html);
    m_resultBox->show();
    updateSideStretch();
    m_status->setText(tr("Taken in: queue number %1. Print the receipt for the visitor (Enter).").arg(receipt.queueNumber));
}

void IntakePage::resetForm()
{
    m_draftTimer->stop();
    m_lookupTask->cancel();
    m_agentLookupTask->cancel();
    for (MatterSection *section : std::as_const(m_sections)) {
        section->hide();
        section->deleteLater();
    }
    m_sections.clear();
    m_queueNumber->clear();
    m_idNumber->clear();
    m_name->clear();
    m_phone->clear();
    m_picker->field()->clear();
    showLookupStatus(QString());
    m_lookedUpId.clear();
    m_checklist->setBrought({});
    clearMessages();
    updateChecklist();
    m_noMatters->show();
    relinkTabOrder();
}

notice::Notice IntakePage::oneTimeNotice() const
{
    return m_service->oneTimeNotice(currentCase(), m_copy->copy());
}

std::optional<notice::Notice> IntakePage::receiptNotice() const
{
    if (!m_receipt || !m_service)
        return std::nullopt;
    return m_service->receiptNotice(*m_receipt, m_copy->copy());
}

QString IntakePage::typedApplicantId() const
{
    // Only a well-formed number names whose paper it is; anything else is no one's yet.
    const identity::CitizenId::Validation checked = identity::CitizenId::validate(m_idNumber->text(), m_context.clock().today());
    return checked.valid ? checked.normalized : QString();
}

void IntakePage::auditPdfAs(const QString &object, const QString &subject)
{
    m_pdf->setAudit(
        [this, object, subject]() { return services::AuditService(m_context).recordOutput(audit::action::pdf, object, subject); });
}

void IntakePage::printNotice(const notice::Notice &notice, const QString &title, const QString &object, const QString &subject)
{
    m_message->clearMessage();
    if (const Status ready = notice.readyFor(m_copy->copy()); !ready) {
        m_message->showMessage(ready.error().message);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(notice.title);
    PrintPreviewDialog preview(&printer, this);
    preview.setAudit(
        [this, object, subject]() { return services::AuditService(m_context).recordOutput(audit::action::print, object, subject); });
    preview.setWindowTitle(title);
    preview.resize(900, 1000);
    QString failure;
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *target) {
        const Status painted = NoticeDocument::paint(notice, m_copy->copy(), *target);
        failure = painted.ok() ? QString() : painted.error().message;
    });
    preview.exec();
    if (!failure.isEmpty())
        m_message->showMessage(failure);
}

void IntakePage::saveNoticePdf(const QString &path)
{
    auditPdfAs(QStringLiteral("one-time-notice"), typedApplicantId());
    m_pdf->write(path, [notice = oneTimeNotice(), copy = m_copy->copy()](const QString &target) {
        return NoticeDocument::writePdf(notice, copy, target);
    });
}

void IntakePage::saveReceiptPdf(const QString &path)
{
    const auto notice = receiptNotice();
    if (!notice) {
        m_message->showMessage(tr("Take an intake in first: the receipt is made from what was stored."));
        emit pdfFinished(false);
        return;
    }
    auditPdfAs(QStringLiteral("receipt"), m_receipt->applicantIdNumber);
    m_pdf->write(
        path, [notice = *notice, copy = m_copy->copy()](const QString &target) { return NoticeDocument::writePdf(notice, copy, target); });
}

} // namespace tongban::ui
