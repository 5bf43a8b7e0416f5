#pragma once

#include "demorandom.h"
#include "insured/employer.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

namespace tongban::demo {

/// The employers of DemoGenerator::generate(): enterprises in Beijing and Jiangsu with valid
/// unified social credit codes (GB 32100-2015, organisation codes 10,000,000 and above), names
/// unique in the run, GB/T 4754-2017 industry codes and size classes.
class DemoEmployers
{
public:
    /// A list drawing from @p random (which must outlive it), empty to begin with.
    explicit DemoEmployers(DemoRandom &random);

    /// Adds an enterprise in @p region (district or city code) named @p name, in @p industry
    /// (GB/T 4754-2017), of size class @p size, with organisation code @p serial (8 digits; a
    /// random one, drawn from the stream, where the code is taken already). Returns its id.
    QString add(const QString &region, const QString &name, const QString &industry, const QString &size, int serial);

    /// Adds random employers until there are @p count: alternately in Beijing and Jiangsu (by
    /// the position in the list), a local place, trade, brand and size; a name already taken
    /// is drawn again.
    void fillTo(int count);

    /// The employers in the order they were added.
    const QList<insured::Employer> &all() const { return m_employers; }
    /// Ids of the employers in the province of @p regionCode (the first two digits), in the
    /// order added; empty for a province without any.
    QList<QString> idsInProvince(const QString &regionCode) const { return m_idsByProvince.value(regionCode.left(2)); }

private:
    DemoRandom *m_random = nullptr;
    QList<insured::Employer> m_employers;
    QMap<QString, QList<QString>> m_idsByProvince;
    QSet<QString> m_usedUscc;
    QSet<QString> m_usedNames;
};

} // namespace tongban::demo
