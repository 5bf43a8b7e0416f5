#pragma once

#include "unemployment/storedclaim.h"
#include "unemployment/unemploymentrules.h"

#include <QDate>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace tongban::ui {

class FieldMessage;

/// The claims of the person on screen (newest first) and the stop of payment of the one selected:
/// the date the ground arose and the ground, with what stopping it did (months received, months
/// left and whether they are kept for a later claim).
class ClaimsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ClaimsPanel(std::shared_ptr<const unemployment::UnemploymentRules> rules, QWidget *parent = nullptr);

    /// Empties the list and the messages; the stop date becomes @p today.
    void reset(QDate today);
    /// Shows @p claims (the selection stays on the same row).
    void showClaims(const QList<unemployment::StoredClaim> &claims);
    /// The claims could not be read: @p message says why.
    void showReadError(const QString &message);
    const QList<unemployment::StoredClaim> &claims() const { return m_claims; }
    /// The claim selected, if any.
    std::optional<unemployment::StoredClaim> selectedClaim() const;
    void selectClaim(int row);
    /// The stop form: the date the ground arose and the ground's key.
    QDate stopDate() const;
    QString stopGround() const;
    /// The answer to a stop: @p message under the form (an error), or @p result (what it did).
    void showStopMessage(const QString &message);
    /// Core refused the stop for the input @p field ("date", "ground"): @p message under the form,
    /// the focus on that field.
    void showStopError(const QString &field, const QString &message);
    void showStopResult(const QString &result);
    /// The stop button is usable (an open claim is selected and a store is there).
    void setStopEnabled(bool enabled);
    void setStopNoticeEnabled(bool enabled);

signals:
    void selectionChanged();
    void stopRequested();
    void stopNoticeRequested();

private:
    std::shared_ptr<const unemployment::UnemploymentRules> m_rules;
    QList<unemployment::StoredClaim> m_claims;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QDateEdit *m_stopDate = nullptr;
    QComboBox *m_stopGround = nullptr;
    QPushButton *m_stopButton = nullptr;
    QPushButton *m_stopPdfButton = nullptr;
    QLabel *m_stopResult = nullptr;
    FieldMessage *m_stopMessage = nullptr;
};

} // namespace tongban::ui
