#include "ui/history/contributionindexchart.h"

#include "ui/history/yeartablemodel.h"

#include <QChart>
#include <QFontMetricsF>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace tongban::ui {

namespace {
// A reference line only, never used in a calculation: an index of 1.0 is a base equal to the
// average wage, by definition of the index.
constexpr double averageWageLine = 1.0;
} // namespace

// The chart is given to QChartView's constructor: QChartView(parent) makes a chart of its own,
// which setChart() takes off the scene without deleting (Qt's documentation: the caller deletes
// it), so every window leaked one (LeakSanitizer, scripts/startup-soak with --lookup).
ContributionIndexChart::ContributionIndexChart(QWidget *parent)
    : QChartView(new QChart, parent)
{
    QChart *chart = this->chart();
    chart->setTitle(tr("Contribution index by year"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);

    m_index = new QLineSeries;
    m_index->setName(tr("Index"));
    m_index->setPointsVisible(true);
    m_index->setPen(QPen(QColor(31, 90, 160), 2.5));

    m_flexible = new QScatterSeries;
    m_flexible->setName(tr("Flexible years"));
    m_flexible->setMarkerSize(11);
    m_flexible->setColor(QColor(230, 150, 20));
    m_flexible->setBorderColor(QColor(160, 100, 10));

    m_one = new QLineSeries;
    m_one->setName(tr("1.0 = average wage"));
    m_one->setPen(QPen(QColor(60, 140, 60), 1.5, Qt::DashLine));

    m_floor = new QLineSeries;
    m_floor->setVisible(false); // until the floor is known (setFloorIndex)
    m_floor->setPen(QPen(QColor(190, 40, 40), 1.5, Qt::DotLine));

    for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(m_one), static_cast<QAbstractSeries *>(m_floor),
                                    static_cast<QAbstractSeries *>(m_index), static_cast<QAbstractSeries *>(m_flexible)})
        chart->addSeries(series);

    m_axisX = new QValueAxis;
    m_axisX->setLabelFormat(QStringLiteral("%d"));
    m_axisX->setTickType(QValueAxis::TicksDynamic);
    m_axisY = new QValueAxis;
    m_axisY->setLabelFormat(QStringLiteral("%.1f"));
    m_axisY->setTickType(QValueAxis::TicksDynamic);
    m_axisY->setTickAnchor(0.0);
    m_axisY->setTickInterval(0.2);
    chart->addAxis(m_axisX, Qt::AlignBottom);
    chart->addAxis(m_axisY, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
    }

    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 220);
    connect(chart, &QChart::plotAreaChanged, this, &ContributionIndexChart::fitTicks);
}

void ContributionIndexChart::fitTicks()
{
    const QRectF plot = chart()->plotArea();
    if (plot.isEmpty())
        return;
    // A label needs its height (its width across) and a little air on each side.
    const QFontMetricsF yMetrics(m_axisY->labelsFont());
    const double yRange = m_axisY->max() - m_axisY->min();
    double yStep = 0.2;
    for (const double step : {0.2, 0.5, 1.0, 2.0, 5.0}) {
        yStep = step;
        if ((std::floor(yRange / step) + 1) * (yMetrics.height() + 8) <= plot.height())
            break;
    }
    if (!qFuzzyCompare(m_axisY->tickInterval(), yStep))
        m_axisY->setTickInterval(yStep);

    const QFontMetricsF xMetrics(m_axisX->labelsFont());
    const double xRange = m_axisX->max() - m_axisX->min();
    double xStep = 1;
    for (const double step : {1.0, 2.0, 5.0, 10.0, 20.0, 50.0}) {
        xStep = step;
        if ((std::floor(xRange / step) + 1) * (xMetrics.horizontalAdvance(QStringLiteral("2000")) + 16) <= plot.width())
            break;
    }
    // Short spans start at their first year, longer ones on round years.
    const double anchor = xStep < 5 ? m_axisX->min() : 2000;
    if (!qFuzzyCompare(m_axisX->tickInterval(), xStep) || !qFuzzyCompare(m_axisX->tickAnchor(), anchor)) {
        m_axisX->setTickInterval(xStep);
        m_axisX->setTickAnchor(anchor);
    }
}

void ContributionIndexChart::setYears(const QList<history::YearSummary> &years)
{
    QList<QPointF> index;
    QList<QPointF> flexible;
    double top = 1.2;
    for (const history::YearSummary &year : years) {
        if (!year.index)
            continue;
        const double value = year.index->toDouble(); // drawing only; the table shows the exact figure
        index << QPointF(year.year, value);
        if (year.kinds.contains(insured::ContributionKind::Flexible))
            flexible << QPointF(year.year, value);
        top = std::max(top, value);
    }
    m_index->replace(index);
    m_flexible->replace(flexible);

    const int first = years.isEmpty() ? 2000 : years.first().year;
    const int last = years.isEmpty() ? 2001 : std::max(years.last().year, first + 1);
    m_one->replace({QPointF(first, averageWageLine), QPointF(last, averageWageLine)});
    if (m_floorIndex)
        m_floor->replace({QPointF(first, *m_floorIndex), QPointF(last, *m_floorIndex)});
    m_axisX->setRange(first, last);
    m_axisY->setRange(0.0, std::ceil((top + 0.1) * 5.0) / 5.0);
    fitTicks();
}

void ContributionIndexChart::setFloorIndex(const Rational &floor)
{
    m_floorIndex = floor.toDouble();
    m_floor->setName(tr("%1 floor").arg(floor.toShortString(2)));
    m_floor->setVisible(true);
}

int ContributionIndexChart::pointCount() const
{
    return int(m_index->count());
}

} // namespace tongban::ui
