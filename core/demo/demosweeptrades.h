#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tongban::demo {

/// The industries of the employers of DemoGenerator::generateEmployers() (GB/T 4754-2017,
/// section letter + division, or + class for L7291) and the name endings of their firms, in
/// the groups the 2022 premium deferral tells apart. Each list's order is part of the demo
/// content (an element is drawn by its position).
class DemoSweepTrades
{
public:
    /// An industry: its code and the name endings of its firms.
    struct Trade
    {
        QString code;
        QStringList suffixes;
    };

    /// The five hardship industries of 人社厅发〔2022〕16号 (retail, rail / road / water / air
    /// transport, catering, travel agencies).
    static const QList<Trade> &hardship();
    /// The 17 industries of 人社部发〔2022〕31号.
    static const QList<Trade> &listed();
    /// Industries outside both lists (wholesale, accommodation, other business services …).
    static const QList<Trade> &other();
    /// Trades of individual businesses.
    static const QList<Trade> &individualBusiness();
    /// Industries of public institutions (education, health, broadcasting, culture).
    static const QList<Trade> &publicInstitution();
    /// Industries of social organisations (the kind, not the industry, is what 31号 names).
    static const QList<Trade> &socialOrganisation();
};

} // namespace tongban::demo
