#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace tongban::intake {

/// A pre-review's outcome as stored with a matter and printed on the receipt; the engines
/// (core/prereview) produce it, core/intake only keeps and prints it.
struct PreReviewRecord
{
    QString engine; ///< the engine's id ("retirement")
    QString verdict; ///< "ready", "needs-attention" or "cannot-proceed"
    QList<QPair<QString, QString>> findings; ///< (level as verdict, translated text)
    QJsonObject details; ///< the engine's own figures

    /// {"engine", "verdict", "findings": [{"level", "text"}], "details"}.
    QJsonObject toJson() const;
    /// The record in @p json (as toJson wrote it).
    static PreReviewRecord fromJson(const QJsonObject &json);
};

/// One matter as taken in.
struct ReceiptMatter
{
    QString id; ///< intake_matter.id (UUID)
    int position = 0;
    QString matter; ///< MatterDefinition::id
    QString department; ///< Department::id
    QString subjectIdNumber; ///< the person the matter is about (the applicant or the one acted for)
    QString subjectName;
    QString agentRelation; ///< empty when the applicant applies for themself
    QString status; ///< "received"
    QStringList missingDocuments; ///< document ids
    std::optional<int> promisedDays; ///< 承诺时限, working days; none when not published
    std::optional<int> statutoryDays; ///< 法定时限, working days
    bool immediate = false;
    QDate receivedOn;
    QDate dueOn; ///< the promised due date; null when the matter has no promised limit
    QDate statutoryDueOn; ///< null when no statutory limit
    /// Why a limit the matter has gives no date: the day falls in a year whose holiday
    /// arrangement is not in resources/calendar yet (never guessed). Empty when every limit
    /// has its date.
    QString dueNote;
    std::optional<PreReviewRecord> preReview;
};

/// What taking an intake gives back (受理回执's data).
struct IntakeReceipt
{
    QString sessionId; ///< visit_session.id
    QString queueNumber;
    QString applicantIdNumber;
    QString applicantName;
    QString applicantPhone;
    QString clerk;
    QString catalogEdition;
    QDateTime receivedAt; ///< UTC
    /// How the intake came in (intake_matter.channel): "counter" (the window), "outreach" (an
    /// outreach point), "online", "import" (a batch file of unknown origin).
    QString channel = QStringLiteral("counter");
    QList<ReceiptMatter> matters;
};

} // namespace tongban::intake
