#pragma once

#include <QCoreApplication>
#include <QString>

namespace tongban::deferral {

/// The words shown for the codes of the deferral contract (payer kinds, sizes, insurances,
/// shares), translated, and the choice between a data file's English and Chinese labels.
class DeferralText
{
    Q_DECLARE_TR_FUNCTIONS(tongban::deferral::DeferralText)

public:
    /// "pension" → "pension insurance" (养老保险); unknown codes come back unchanged.
    static QString insurance(const QString &code);
    /// "enterprise" → "enterprise" (企业), "flexible-employee" → "flexibly employed person", …
    static QString kind(const QString &code);
    /// "micro" → "micro" (微型), …
    static QString size(const QString &code);
    /// "employer" → "employer share", "all" → "whole premium".
    static QString share(const QString &code);
    /// @p zh when the default locale (QLocale()) is Chinese, else @p en (data files carry both).
    static QString pick(const QString &en, const QString &zh);
};

} // namespace tongban::deferral
