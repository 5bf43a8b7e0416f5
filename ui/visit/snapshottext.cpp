#include "ui/visit/snapshottext.h"

#include <QStringList>

namespace tongban::ui {

QString SnapshotText::time(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString SnapshotText::editions(const QList<policy::ParameterFileVersion> &versions)
{
    QStringList editions;
    for (const policy::ParameterFileVersion &v : versions) {
        const QString e = v.edition.isEmpty() ? tr("undated") : v.edition;
        if (!editions.contains(e))
            editions << e;
    }
    return editions.isEmpty() ? tr("unknown") : editions.join(tr(", "));
}

QString SnapshotText::caption(const session::CalculationSnapshot &snapshot)
{
    return tr("Calculated at %1 by %2 with parameters of edition %3")
        .arg(time(snapshot.createdAt), snapshot.clerk, editions(snapshot.parameterVersions));
}

QString SnapshotText::fileVersion(const std::optional<policy::ParameterFileVersion> &version)
{
    if (!version)
        return tr("not used");
    return tr("edition %1 · %2").arg(version->edition.isEmpty() ? tr("undated") : version->edition, version->digest);
}

QString SnapshotText::value(const session::ComponentChange &change, const Rational &value)
{
    if (change.isAmount)
        return Money::fromYuan(value, RoundingMode::HalfUp).toDisplayString(); // whole fen: nothing is rounded
    return value.toShortString(4);
}

QString SnapshotText::difference(const session::ComponentChange &change)
{
    if (!change.changed())
        return QStringLiteral("0");
    const Rational d = change.difference();
    const QString sign = d.isNegative() ? QStringLiteral("\u2212") : QStringLiteral("+");
    const Rational magnitude = d.isNegative() ? -d : d;
    if (change.isAmount)
        return sign + Money::fromYuan(magnitude, RoundingMode::HalfUp).toDisplayString();
    return sign + magnitude.toShortString(4);
}

} // namespace tongban::ui
