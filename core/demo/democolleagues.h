#pragma once

#include "democareer.h"
#include "demoemployers.h"
#include "demoperson.h"

#include <QList>
#include <QSet>
#include <QString>

namespace tongban::demo {

/// The fixed cast of every demo file (see DemoGenerator): the two former colleagues 李志强 and
/// 王建国 and the factory they joined, 北京市朝阳区星光电子厂. Their names and ID numbers are
/// DemoGenerator's colleague*() constants. No randomness.
class DemoColleagues
{
public:
    /// Adds the colleagues' factory to @p employers (Beijing, Chaoyang 110105; C39, medium;
    /// organisation code 10,538,462) and returns its id. Add it first, before any random
    /// employer, so that its code is never taken.
    static QString addFactory(DemoEmployers &employers);

    /// The two colleagues, 李志强 then 王建国, employed by @p factoryId, with their records
    /// built by @p career: men born in 1964-03, at work from 1984-07-01, paid at index 1.10
    /// throughout; 王建国 flexibly employed 2003-01…2009-12.
    static QList<DemoPerson> make(const DemoCareer &career, const QString &factoryId);

    /// The colleagues' citizen ID numbers (no generated person may get one).
    static QSet<QString> citizenIds();
    /// Whether @p name is a colleague's (no generated person may have one).
    static bool hasColleagueName(const QString &name);

private:
    static DemoPerson colleague(const DemoCareer &career, const QString &name, const QString &citizenId, const QString &factoryId,
                                bool flexibleSpell, const QString &phone);
};

} // namespace tongban::demo
