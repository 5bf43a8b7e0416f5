#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace tongban::prereview {

/// How a pre-review ends, from best to worst: the matter can go on as typed, it can go on but
/// the clerk must look at something first, or it cannot proceed as asked.
enum class Verdict { Ready, NeedsAttention, CannotProceed };

/// "ready", "needs-attention", "cannot-proceed" (the JSON and CLI spelling).
QString verdictKey(Verdict verdict);
/// The verdict for a key of verdictKey(); std::nullopt for anything else.
std::optional<Verdict> verdictFromKey(QStringView key);
/// The worse of @p a and @p b.
Verdict worse(Verdict a, Verdict b);

/// One thing a pre-review found, at its own level, in plain words for the screen and the receipt
/// (translated: Chinese on screen and paper).
struct Finding
{
    Verdict level = Verdict::Ready;
    QString text;

    bool operator==(const Finding &) const = default;
};

/// The answer of one pre-review engine for one matter of an intake.
struct PreReviewResult
{
    QString engine; ///< the engine's id ("retirement")
    Verdict verdict = Verdict::Ready; ///< the worst level of the findings
    QList<Finding> findings;
    QJsonObject details; ///< the figures (months, dates, amounts in fen as strings of yuan), for storage and the CLI

    /// Adds a finding and lowers the verdict to its level when that is worse.
    void add(Verdict level, const QString &text);

    /// {"engine", "verdict": verdictKey, "findings": [{"level", "text"}], "details": {...}}: how
    /// the intake stores it (intake_matter.pre_review_json) and the CLI prints it.
    QJsonObject toJson() const;
    /// Reads toJson()'s form; std::nullopt when it is not that form.
    static std::optional<PreReviewResult> fromJson(const QJsonObject &json);

    bool operator==(const PreReviewResult &) const = default;
};

} // namespace tongban::prereview
