#include "ui/pension/disclosuredialog.h"

#include "ui/common/fieldmessage.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tongban::ui {

using session::DisclosureBasis;

DisclosureDialog::DisclosureDialog(const QString &colleague, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("disclosureDialog"));
    setWindowTitle(tr("Basis for showing a colleague's data"));
    setModal(true);

    auto *intro = new QLabel(tr("The comparison shows the pension of %1 to the visitor: another person's data. The Personal "
                                "Information Protection Law (Art. 13) requires a basis for it. Record it before the comparison opens.")
                                 .arg(colleague));
    intro->setObjectName(QStringLiteral("disclosureIntro"));
    intro->setWordWrap(true);

    m_consent = new QRadioButton(tr("Consent of the colleague"));
    m_consent->setObjectName(QStringLiteral("consentBasis"));
    m_consentBy = new QLineEdit;
    m_consentBy->setObjectName(QStringLiteral("consentByField"));
    m_consentBy->setPlaceholderText(tr("the colleague, or who signed for them"));
    m_consentForm = new QComboBox;
    m_consentForm->setObjectName(QStringLiteral("consentFormField"));
    m_consentForm->addItem(tr("— choose —"));
    m_consentForm->addItem(DisclosureBasis::formText(DisclosureBasis::ConsentForm::Written));
    m_consentForm->addItem(DisclosureBasis::formText(DisclosureBasis::ConsentForm::InPerson));
    auto *consentFields = new QFormLayout;
    consentFields->addRow(tr("Who consented:"), m_consentBy);
    consentFields->addRow(tr("How:"), m_consentForm);

    m_approval = new QRadioButton(tr("Approved by a supervisor"));
    m_approval->setObjectName(QStringLiteral("approvalBasis"));
    m_approvedBy = new QLineEdit;
    m_approvedBy->setObjectName(QStringLiteral("approvedByField"));
    m_approvedBy->setPlaceholderText(tr("the supervisor's name"));
    m_reason = new QLineEdit;
    m_reason->setObjectName(QStringLiteral("reasonField"));
    m_reason->setPlaceholderText(tr("why the data may be shown without consent"));
    auto *approvalFields = new QFormLayout;
    approvalFields->addRow(tr("Approved by:"), m_approvedBy);
    approvalFields->addRow(tr("Reason:"), m_reason);

    auto *basis = new QButtonGroup(this);
    basis->addButton(m_consent);
    basis->addButton(m_approval);
    connect(m_consent, &QRadioButton::toggled, this, &DisclosureDialog::updateFields);
    connect(m_approval, &QRadioButton::toggled, this, &DisclosureDialog::updateFields);

    m_message = new FieldMessage;
    m_message->setObjectName(QStringLiteral("disclosureMessage"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *record = buttons->addButton(tr("Record and compare"), QDialogButtonBox::AcceptRole);
    record->setObjectName(QStringLiteral("disclosureRecordButton"));
    record->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("disclosureCancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DisclosureDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DisclosureDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(m_consent);
    layout->addLayout(consentFields);
    layout->addSpacing(6);
    layout->addWidget(m_approval);
    layout->addLayout(approvalFields);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    updateFields();
    resize(520, sizeHint().height());
}

void DisclosureDialog::updateFields()
{
    m_consentBy->setEnabled(m_consent->isChecked());
    m_consentForm->setEnabled(m_consent->isChecked());
    m_approvedBy->setEnabled(m_approval->isChecked());
    m_reason->setEnabled(m_approval->isChecked());
    m_message->clearMessage();
}

void DisclosureDialog::accept()
{
    std::optional<DisclosureBasis::ConsentForm> form;
    if (m_consentForm->currentIndex() == 1)
        form = DisclosureBasis::ConsentForm::Written;
    else if (m_consentForm->currentIndex() == 2)
        form = DisclosureBasis::ConsentForm::InPerson;
    Result<DisclosureBasis> basis
        = Error::badInput(QStringLiteral("basis"), tr("Choose the basis: the colleague's consent or a supervisor's approval."));
    if (m_consent->isChecked())
        basis = DisclosureBasis::consent(m_consentBy->text(), form);
    else if (m_approval->isChecked())
        basis = DisclosureBasis::approval(m_approvedBy->text(), m_reason->text());
    if (!basis) {
        m_message->showMessage(basis.error().message);
        const QString &field = basis.error().field;
        QWidget *focus = field == u"consent_by" ? static_cast<QWidget *>(m_consentBy)
            : field == u"consent_form"          ? static_cast<QWidget *>(m_consentForm)
            : field == u"approved_by"           ? static_cast<QWidget *>(m_approvedBy)
            : field == u"reason"                ? static_cast<QWidget *>(m_reason)
                                                : static_cast<QWidget *>(m_consent);
        focus->setFocus();
        return;
    }
    m_basis = *basis;
    QDialog::accept();
}

} // namespace tongban::ui
