#include "demoemployers.h"

#include "demoids.h"
#include "demonames.h"
#include "demoplaces.h"
#include "identity/uscc.h"

namespace tongban::demo {

namespace {

struct Trade
{
    QString suffix;
    QString industry; ///< GB/T 4754-2017 division
};

// The order of the lists is part of the demo content: an element is drawn by its position.

const QList<Trade> &trades()
{
    static const QList<Trade> list {
        {QStringLiteral("电子厂"), QStringLiteral("C39")},           {QStringLiteral("汽车配件有限公司"), QStringLiteral("C36")},
        {QStringLiteral("餐饮管理有限公司"), QStringLiteral("H62")}, {QStringLiteral("商贸有限公司"), QStringLiteral("F52")},
        {QStringLiteral("纺织有限公司"), QStringLiteral("C17")},     {QStringLiteral("机械厂"), QStringLiteral("C34")},
        {QStringLiteral("科技有限公司"), QStringLiteral("I65")},     {QStringLiteral("建筑工程有限公司"), QStringLiteral("E47")},
        {QStringLiteral("食品厂"), QStringLiteral("C13")},           {QStringLiteral("运输有限公司"), QStringLiteral("G54")},
    };
    return list;
}

const QList<QString> &sizes()
{
    static const QList<QString> list {QStringLiteral("micro"),  QStringLiteral("small"),  QStringLiteral("small"),
                                      QStringLiteral("medium"), QStringLiteral("medium"), QStringLiteral("large")};
    return list;
}

} // namespace

DemoEmployers::DemoEmployers(DemoRandom &random)
    : m_random(&random)
{ }

QString DemoEmployers::add(const QString &region, const QString &name, const QString &industry, const QString &size, int serial)
{
    QString uscc = identity::Uscc::make(region, serial);
    while (m_usedUscc.contains(uscc))
        uscc = identity::Uscc::make(region, m_random->between(10000000, 99999999));
    m_usedUscc.insert(uscc);
    m_usedNames.insert(name);
    insured::Employer e;
    e.uscc = uscc;
    e.id = DemoIds::employer(uscc);
    e.name = name;
    e.industryCode = industry;
    e.sizeClass = size;
    e.kind = QStringLiteral("enterprise");
    e.region = region;
    m_employers.append(e);
    m_idsByProvince[region.left(2)].append(e.id);
    return e.id;
}

void DemoEmployers::fillTo(int count)
{
    while (m_employers.size() < count) {
        const QList<DemoPlaces::Place> &places = m_employers.size() % 2 == 0 ? DemoPlaces::beijing() : DemoPlaces::jiangsu();
        const DemoPlaces::Place &place = m_random->pick(places);
        const Trade &trade = m_random->pick(trades());
        const QString name = place.prefix + m_random->pick(DemoNames::brands()) + trade.suffix;
        if (m_usedNames.contains(name))
            continue;
        // The organisation code is drawn before the size: the order the demo files have always
        // been made in (see DemoRandom).
        const int serial = m_random->between(10000000, 99999999);
        add(place.code, name, trade.industry, m_random->pick(sizes()), serial);
    }
}

} // namespace tongban::demo
