#pragma once

#include "session/disclosurebasis.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace tongban::ui {

class FieldMessage;

/// Asks, before a comparison with a colleague opens, on what basis the colleague's data may be
/// shown to the visitor (个人信息保护法 第十三条): the colleague's consent (本人同意: who gave it,
/// in writing or in person) or a supervisor's approval (主管批准: by whom, why). Every field of
/// the basis chosen is required: what is missing is said under the fields, the field gets the
/// focus and the dialog stays open. Opened with open() (window-modal, no nested event loop), so
/// tests fill it in as a clerk would.
class DisclosureDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p colleague: the colleague as the screens show them ("同事（110105********0173）").
    explicit DisclosureDialog(const QString &colleague, QWidget *parent = nullptr);

    /// The basis entered; set once the dialog was accepted.
    std::optional<session::DisclosureBasis> basis() const { return m_basis; }

public slots:
    /// Checks the fields; accepts with the basis, or says what is missing and stays open.
    void accept() override;

private:
    void updateFields();

    QRadioButton *m_consent = nullptr;
    QRadioButton *m_approval = nullptr;
    QLineEdit *m_consentBy = nullptr;
    QComboBox *m_consentForm = nullptr;
    QLineEdit *m_approvedBy = nullptr;
    QLineEdit *m_reason = nullptr;
    FieldMessage *m_message = nullptr;
    std::optional<session::DisclosureBasis> m_basis;
};

} // namespace tongban::ui
