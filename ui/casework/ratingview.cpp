#include "ui/casework/ratingview.h"

#include "ui/casework/caseworktext.h"
#include "ui/common/backgroundtask.h"
#include "ui/print/pageddocument.h"

#include "services/ratingservice.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace tongban::ui {

namespace {

QLabel *makeLabel(const QString &objectName, qreal pointSize, bool bold, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    QFont font = PagedDocument::font(pointSize);
    font.setBold(bold);
    label->setFont(font);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignCenter);
    return label;
}

/// The buttons' colours, best to worst: a calm green to a muted red, each readable with white text.
const char *const kButtonColours[] = {"#b3261e", "#d0621b", "#8a7a12", "#3f7d3a", "#1f6b3a"};

/// How long the thanks stay on the visitor's screen before the window closes.
constexpr int kThanksMs = 4000;

} // namespace

RatingView::RatingView(const services::AppContext &context, casework::RatingPolicy policy, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_context(context)
{
    setObjectName(QStringLiteral("ratingView"));
    setWindowTitle(tr("Please rate our service"));
    setAutoFillBackground(true);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::WindowText, QColor(0x1a, 0x1a, 0x1a));
    setPalette(palette);

    auto service = services::RatingService::builtIn(m_context, policy);
    if (service)
        m_service = std::move(service).value();
    else
        m_serviceError = service.error().message;

    // Sizes as on the pension's visitor screen: readable across the counter.
    m_header = makeLabel(QStringLiteral("ratingHeader"), 20, false, this);
    m_question = makeLabel(QStringLiteral("ratingQuestion"), 30, true, this);
    m_matter = makeLabel(QStringLiteral("ratingMatter"), 26, false, this);
    m_matter->setStyleSheet(QStringLiteral("color: #123f73;"));
    m_message = makeLabel(QStringLiteral("ratingMessage"), 22, false, this);
    m_keys = makeLabel(QStringLiteral("ratingKeys"), 12, false, this);
    m_keys->setText(tr("Touch a button or press its number on the keypad (5 very satisfied … 1 very dissatisfied). Esc: close"));
    m_keys->setStyleSheet(QStringLiteral("color: #666666;"));

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(16);
    // Best first, left to right, as the rating cards of the halls show them.
    for (int level = 5; level >= 1; --level) {
        auto *button = new QPushButton(this);
        button->setObjectName(QStringLiteral("ratingButton%1").arg(level));
        button->setText(QStringLiteral("%1\n%2").arg(level).arg(CaseworkText::level(casework::RatingLevel(level))));
        button->setFont(PagedDocument::font(24));
        // The keypad and the touch screen rate; the clerk's Tab never lands here by accident.
        button->setFocusPolicy(Qt::NoFocus);
        button->setMinimumHeight(150);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        button->setStyleSheet(QStringLiteral("QPushButton { background: %1; color: white; border-radius: 12px; padding: 12px; }"
                                             "QPushButton:disabled { background: #c8c8c8; color: #f4f4f4; }")
                                  .arg(QLatin1String(kButtonColours[level - 1])));
        connect(button, &QPushButton::clicked, this, [this, level] { rate(level, QStringLiteral("visitor-screen")); });
        m_buttons.at(std::size_t(level - 1)) = button;
        buttons->addWidget(button, 1);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 24);
    layout->setSpacing(18);
    layout->addWidget(m_header);
    layout->addStretch(1);
    layout->addWidget(m_question);
    layout->addWidget(m_matter);
    layout->addSpacing(12);
    layout->addLayout(buttons, 2);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_keys);

    m_closeTimer = new QTimer(this);
    m_closeTimer->setSingleShot(true);
    m_closeTimer->setInterval(kThanksMs);
    connect(m_closeTimer, &QTimer::timeout, this, &QWidget::close);

    ask(QString(), {});
}

RatingView::~RatingView() = default;

void RatingView::ask(const QString &queueNumber, const QList<Matter> &matters)
{
    m_closeTimer->stop();
    m_queueNumber = queueNumber;
    m_matters = matters;
    m_index = 0;
    m_storing = false;
    m_message->clear();
    m_message->setStyleSheet(QString());
    showCurrent();
}

QString RatingView::currentMatterId() const
{
    return m_index < m_matters.size() ? m_matters.at(m_index).id : QString();
}

void RatingView::showCurrent()
{
    const bool asking = m_index < m_matters.size();
    m_header->setText(m_queueNumber.isEmpty() ? tr("Rating of the service") : tr("Rating of the service · No. %1").arg(m_queueNumber));
    m_question->setVisible(asking);
    if (asking) {
        m_question->setText(tr("How satisfied are you with the service for this matter?"));
        m_matter->setText(m_matters.size() > 1
                              ? tr("%1 (matter %2 of %3)").arg(m_matters.at(m_index).name).arg(m_index + 1).arg(m_matters.size())
                              : m_matters.at(m_index).name);
    } else {
        m_matter->clear();
    }
    setButtonsEnabled(asking && !m_storing && m_service);
    if (!m_service) {
        m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_message->setText(tr("Ratings cannot be stored: %1").arg(m_serviceError));
    }
}

void RatingView::setButtonsEnabled(bool enabled)
{
    for (QPushButton *button : m_buttons)
        button->setEnabled(enabled);
}

void RatingView::rate(int level, const QString &channel)
{
    if (m_storing || !m_service || m_index >= m_matters.size() || level < 1 || level > 5)
        return;
    m_storing = true;
    setButtonsEnabled(false);
    // The pressed level stays marked while it is stored.
    button(level)->setEnabled(true);
    button(level)->setDown(true);
    auto *task = new BackgroundTask(this);
    task->start([this, level, channel](const auto &) { return m_service->rate(currentMatterId(), level, channel); },
                [this, task, level](const Result<casework::ServiceRating> &result) {
                    task->deleteLater();
                    button(level)->setDown(false);
                    stored(result);
                });
}

void RatingView::stored(const Result<casework::ServiceRating> &result)
{
    m_storing = false;
    if (!result) {
        m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_message->setText(tr("Your rating could not be stored. Please tell the clerk. (%1)").arg(result.error().message));
        showCurrent();
        emit failed(result.error().message);
        return;
    }
    const casework::ServiceRating &rating = *result;
    m_message->setStyleSheet(QString());
    if (rating.followUp) {
        // The visitor hears what happens with their complaint, and by when.
        m_message->setText(rating.followUp->dueOn.isValid() ? tr("We are sorry. The hall will look into it and contact you by %1.")
                                                                  .arg(rating.followUp->dueOn.toString(QStringLiteral("yyyy-MM-dd")))
                                                            : tr("We are sorry. The hall will look into it and contact you."));
    } else {
        m_message->setText(tr("Thank you: %1.").arg(CaseworkText::level(rating.level)));
    }
    ++m_index;
    emit rated(rating);
    showCurrent();
    if (m_index >= m_matters.size()) {
        m_question->setVisible(true);
        m_question->setText(tr("Thank you for your rating."));
        m_closeTimer->start();
        emit finished();
    }
}

void RatingView::open(QScreen *expertScreen)
{
    QScreen *visitorScreen = nullptr;
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (screens.size() > 1) {
        for (QScreen *screen : screens) {
            if (screen != expertScreen) {
                visitorScreen = screen;
                break;
            }
        }
    }
    if (visitorScreen) {
        setScreen(visitorScreen);
        setGeometry(visitorScreen->geometry());
        showFullScreen();
    } else {
        // One screen: a large window the clerk turns towards the visitor.
        const QRect available = expertScreen ? expertScreen->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(std::min(1200, available.width()), std::min(700, available.height()));
        showNormal();
    }
    raise();
    activateWindow();
}

void RatingView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (!event->spontaneous()) {
        m_closeTimer->stop();
        emit closed();
    }
}

void RatingView::keyPressEvent(QKeyEvent *event)
{
    // The keypad's number keys, from its own keys or the number block (KeypadModifier).
    const int key = event->key();
    if (key >= Qt::Key_1 && key <= Qt::Key_5) {
        rate(key - Qt::Key_0, QStringLiteral("keypad"));
        event->accept();
        return;
    }
    if (key == Qt::Key_Escape) {
        close();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace tongban::ui
