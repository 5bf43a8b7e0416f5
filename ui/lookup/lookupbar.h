#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace tongban::ui {

class BusyIndicator;
class FieldMessage;

/// The field at the top of the window: a citizen ID number (typed, or scanned by a bar-code
/// reader that ends with Enter) or part of a name. Says under the field what went wrong.
class LookupBar : public QWidget
{
    Q_OBJECT

public:
    explicit LookupBar(QWidget *parent = nullptr);

    /// The red line under the field (a wrong ID number, nobody found); empty hides it.
    void showMessage(const QString &message);
    void setBusy(bool busy);
    /// Ready for the next visitor: the field selected, so a scan replaces the old number.
    void focusField();
    /// Offers the field's clear button. Not with the window's first frame: its icon is looked up
    /// in the icon theme on disk (about 15 ms on a cold start).
    void offerClearButton();
    QString text() const;
    void clearField();

signals:
    void lookupRequested(const QString &text);
    /// Esc in the field: drop the lookup in flight.
    void cancelRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_field = nullptr;
    FieldMessage *m_message = nullptr;
    BusyIndicator *m_busy = nullptr;
};

} // namespace tongban::ui
