#pragma once

#include "casework/ratingpolicy.h"
#include "casework/servicerating.h"
#include "services/appcontext.h"

#include <QList>
#include <QWidget>

#include <array>
#include <memory>

class QLabel;
class QPushButton;
class QScreen;
class QTimer;

namespace tongban::services {
class RatingService;
}

namespace tongban::ui {

/// The rating of the service (好差评, 国办发〔2019〕51号) on the visitor's screen: after the matters of
/// a visit are taken, the visitor rates each one with one of five large buttons (非常满意 …
/// 非常不满意), touched or clicked (channel "visitor-screen"), or with the keys 1–5 of the hall's
/// keypad, which types into this window (channel "keypad"; 5 非常满意 … 1 非常不满意, the number on
/// each button). Each rating is stored on the store's writer (services::RatingService); a poor one
/// opens its follow-up there, and the visitor is told by when they will hear back. When every
/// matter is rated the window thanks the visitor and closes a few seconds later; Esc closes it at
/// once (the matters not rated stay without a rating).
///
/// A top-level window: full screen on a second screen when there is one (open()), like the
/// pension's visitor screen.
class RatingView : public QWidget
{
    Q_OBJECT

public:
    /// A matter to rate: intake_matter.id and its name as the visitor knows it.
    struct Matter
    {
        QString id;
        QString name;
    };

    /// A top-level window on @p context's store; a poor rating's follow-up is due as @p policy
    /// says (the machine's setting, settings::AppSettings::ratingFollowUpWorkingDays); @p parent owns it.
    explicit RatingView(const services::AppContext &context, casework::RatingPolicy policy = {}, QWidget *parent = nullptr);
    ~RatingView() override;

    /// Asks the visitor of queue number @p queueNumber to rate @p matters, one after the other,
    /// from the first.
    void ask(const QString &queueNumber, const QList<Matter> &matters);
    /// The matter being rated; empty when none is left.
    QString currentMatterId() const;
    /// The matters not rated yet (the current one included).
    int pendingCount() const { return int(m_matters.size() - m_index); }

    /// Stores the rating @p level (1 … 5) of the current matter given on @p channel; what the
    /// buttons and keys do. Ignored while a rating is being stored or when none is asked.
    void rate(int level, const QString &channel);

    /// Shows the window: full screen on the first screen other than @p expertScreen, else a large
    /// normal window; raised and active (the keypad types into the active window).
    void open(QScreen *expertScreen);

    /// The button of @p level (1 … 5).
    QPushButton *button(int level) const { return m_buttons.at(std::size_t(level - 1)); }

signals:
    /// The rating of a matter was stored (with its follow-up when it is poor).
    void rated(const tongban::casework::ServiceRating &rating);
    /// A rating could not be stored; @p message says why (also on the window, for the clerk).
    void failed(const QString &message);
    /// Every matter asked was rated.
    void finished();
    /// The window was closed or hidden (Esc, after the thanks, close()).
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showCurrent();
    void stored(const Result<casework::ServiceRating> &result);
    void setButtonsEnabled(bool enabled);

    const services::AppContext &m_context;
    std::unique_ptr<services::RatingService> m_service;
    QString m_serviceError;
    QString m_queueNumber;
    QList<Matter> m_matters;
    qsizetype m_index = 0;
    bool m_storing = false;
    QLabel *m_header = nullptr;
    QLabel *m_question = nullptr;
    QLabel *m_matter = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_keys = nullptr;
    std::array<QPushButton *, 5> m_buttons {};
    QTimer *m_closeTimer = nullptr;
};

} // namespace tongban::ui
