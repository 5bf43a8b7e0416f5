#include "sweeptext.h"

namespace tongban::sweep {

QString SweepText::sizeClass(const QString &key)
{
    if (key == u"micro")
        return tr("micro");
    if (key == u"small")
        return tr("small");
    if (key == u"medium")
        return tr("medium");
    if (key == u"large")
        return tr("large");
    return key;
}

QString SweepText::kind(const QString &key)
{
    if (key == u"enterprise")
        return tr("enterprise");
    if (key == u"individual-business-unit")
        return tr("individual business insured as a unit");
    if (key == u"public-institution")
        return tr("public institution");
    if (key == u"social-organisation")
        return tr("social organisation");
    return key;
}

QString SweepText::insurance(const QString &key)
{
    if (key == u"pension")
        return tr("pension");
    if (key == u"unemployment")
        return tr("unemployment");
    if (key == u"work-injury")
        return tr("work injury");
    return key;
}

} // namespace tongban::sweep
