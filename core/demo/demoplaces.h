#pragma once

#include <QList>
#include <QString>

namespace tongban::demo {

/// The districts and cities demo persons and employers are registered in (GB/T 2260 codes) and
/// how a local company name starts there. Real places, made-up people.
class DemoPlaces
{
public:
    /// A district or city.
    struct Place
    {
        QString code; ///< GB/T 2260 district or city code
        QString prefix; ///< how a local company name starts
    };

    /// Six Beijing districts (1101xx), for the persons and employers of DemoGenerator::generate().
    static const QList<Place> &beijing();
    /// Six Jiangsu districts and cities (32xxxx), for the persons and employers of
    /// DemoGenerator::generate().
    static const QList<Place> &jiangsu();
    /// 21 districts and cities of the seven shipped provinces, for the employers of
    /// DemoGenerator::generateEmployers().
    static const QList<Place> &sweep();
};

} // namespace tongban::demo
