#pragma once

#include "common/error.h"
#include "common/yearmonth.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tongban::deferral {

/// A document a rule comes from: its key in the data file, number and title, where it was read.
struct DeferralSource
{
    QString key; ///< "RSTF-2022-16"
    QString document; ///< "人社厅发〔2022〕16号 …"
    QString number; ///< "人社厅发〔2022〕16号"; for a document without number, a short name
    QString url;
    /// How a visitor's paper names it: number and title in Chinese ("《…通知》（人社厅发〔2022〕16号）");
    /// empty for a source that is not a document to point a visitor to (a summary, a repost).
    QString citation;
};

/// A named set of industries a rule refers to ("the five hardship industries").
struct IndustryGroup
{
    QString id; ///< "five-hardship"
    QString label; ///< English, "the five hardship industries"
    QString labelZh; ///< "五个特困行业"
    QStringList codes; ///< major groups ("62") and classes ("7291")
    QString source; ///< key into sources
    QString confidence; ///< HIGH / MEDIUM / LOW
};

/// The deferrable premium months of one insurance under one rule.
struct PremiumWindow
{
    QString insurance; ///< "pension", "unemployment", "work-injury"
    std::optional<YearMonth> from; ///< fixed first month; absent when it starts at the application month
    bool fromApplication = false; ///< starts at the month of the application (the as_of month)
    std::optional<YearMonth> to; ///< fixed last month
    int maxMonths = 0; ///< > 0: at most this many months from the first
    QString source;
    QString confidence;
    QString note;
    QString noteZh; ///< note_zh: the note in Chinese; may be empty
};

/// One rule of the policy: who (payer kinds, conditions), what (per insurance windows), whose
/// share, when applications were possible.
struct DeferralRule
{
    QString id; ///< "five-hardship-units"
    QString label; ///< English, for the reasons ("units in the five hardship industries")
    QString labelZh;
    QStringList payerKinds;
    QString industryGroup; ///< group id; empty: any industry
    QStringList sizes; ///< allowed sizes; empty: any size
    std::optional<bool> hardHitArea; ///< required value; absent: not a condition
    std::optional<bool> temporaryDifficulty;
    QString share; ///< "employer" or "all"
    QString shareNote; ///< e.g. the employee share is still withheld and paid
    QString shareNoteZh;
    QDate applicationFrom; ///< first day an application is possible
    QDate applicationTo; ///< last day
    QList<PremiumWindow> windows;
    QString source;
    QString confidence;
};

/// The 2022 temporary premium deferral (阶段性缓缴社会保险费) as data: documents, industry
/// groups, rules, the pay-back deadline and the late-fee waiver
/// (resources/parameters/deferral/2022.json; policy-facts §8: 人社部发〔2022〕23号,
/// 人社厅发〔2022〕16号, 人社部发〔2022〕31号, the 2022-09 four-ministry notice).
class DeferralRules
{
    Q_DECLARE_TR_FUNCTIONS(tongban::deferral::DeferralRules)

public:
    /// The shipped file ":/parameters/deferral/2022.json". Error (MissingFigure) when missing or
    /// malformed. Read once per program (common/loadedonce.h), thread-safe.
    static Result<DeferralRules> loadBuiltIn();
    /// A file of the same shape (a local override, a test's modified copy). Errors: NotFound
    /// ("path") when it cannot be read; MissingFigure (field = JSON path) when malformed.
    static Result<DeferralRules> loadFile(const QString &path);
    /// Parses @p json; every rule, window and group must name a source present in "sources" and a
    /// confidence. Error (MissingFigure, field = JSON path, @p origin in the message) otherwise.
    static Result<DeferralRules> fromJson(const QJsonObject &json, const QString &origin);

    QString edition() const { return m_edition; }
    QString title() const { return m_title; }
    QString titleZh() const { return m_titleZh; }
    const QList<DeferralRule> &rules() const { return m_rules; }
    const QList<IndustryGroup> &groups() const { return m_groups; }
    /// The group with @p id; nullptr when there is none.
    const IndustryGroup *group(const QString &id) const;
    /// The source with @p key; an empty one when there is none (fromJson refuses such data).
    DeferralSource source(const QString &key) const;
    /// The insurances in the order answers list them ("pension", "unemployment", "work-injury").
    const QStringList &insurances() const { return m_insurances; }
    /// Last day to pay back deferred premiums (2023-12-31 nationally, 2022-09 four-ministry
    /// notice); a local deadline is a change of the data.
    QDate payBackBy() const { return m_payBackBy; }
    QString payBackSource() const { return m_payBackSource; }
    /// Whether late-payment surcharges (滞纳金) are waived during deferral and pay-back.
    bool lateFeeWaived() const { return m_lateFeeWaived; }
    QString lateFeeSource() const { return m_lateFeeSource; }

private:
    QString m_edition;
    QString m_title;
    QString m_titleZh;
    QHash<QString, DeferralSource> m_sources;
    QList<IndustryGroup> m_groups;
    QList<DeferralRule> m_rules;
    QStringList m_insurances;
    QDate m_payBackBy;
    QString m_payBackSource;
    bool m_lateFeeWaived = false;
    QString m_lateFeeSource;
};

} // namespace tongban::deferral
