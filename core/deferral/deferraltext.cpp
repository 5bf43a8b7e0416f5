#include "deferraltext.h"

#include <QLocale>

namespace tongban::deferral {

QString DeferralText::insurance(const QString &code)
{
    if (code == u"pension")
        return tr("pension insurance");
    if (code == u"unemployment")
        return tr("unemployment insurance");
    if (code == u"work-injury")
        return tr("work-injury insurance");
    return code;
}

QString DeferralText::kind(const QString &code)
{
    if (code == u"enterprise")
        return tr("enterprise");
    if (code == u"individual-business-unit")
        return tr("individual business insured as a unit");
    if (code == u"individual-business-personal")
        return tr("individual business insured personally");
    if (code == u"flexible-employee")
        return tr("flexibly employed person");
    if (code == u"public-institution")
        return tr("public institution");
    if (code == u"social-organisation")
        return tr("social organisation");
    return code;
}

QString DeferralText::size(const QString &code)
{
    if (code == u"micro")
        return tr("micro", "company size");
    if (code == u"small")
        return tr("small", "company size");
    if (code == u"medium")
        return tr("medium", "company size");
    if (code == u"large")
        return tr("large", "company size");
    return code;
}

QString DeferralText::share(const QString &code)
{
    if (code == u"employer")
        return tr("employer share");
    if (code == u"all")
        return tr("whole premium");
    return code;
}

QString DeferralText::pick(const QString &en, const QString &zh)
{
    return QLocale().language() == QLocale::Chinese && !zh.isEmpty() ? zh : en;
}

} // namespace tongban::deferral
