#pragma once

#include <QCoreApplication>
#include <QString>

namespace tongban::sweep {

/// Words for the stored keys a sweep shows (translated; the key itself when unknown).
class SweepText
{
    Q_DECLARE_TR_FUNCTIONS(tongban::sweep::SweepText)

public:
    /// "micro" → "micro" / 微型 …
    static QString sizeClass(const QString &key);
    /// "enterprise" → "enterprise" / 企业 …
    static QString kind(const QString &key);
    /// "pension" → "pension" / 养老保险 …
    static QString insurance(const QString &key);
};

} // namespace tongban::sweep
