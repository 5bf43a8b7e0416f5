#pragma once

#include "common/rational.h"
#include "history/contributionhistory.h"

#include <QChartView>
#include <QList>

#include <optional>

class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace tongban::ui {

/// The yearly contribution index as a line, against the 1.0 line (a base equal to the average
/// wage) and the 0.6 floor line, with flexible-employment years marked.
class ContributionIndexChart : public QChartView
{
    Q_OBJECT

public:
    explicit ContributionIndexChart(QWidget *parent = nullptr);

    void setYears(const QList<history::YearSummary> &years);
    /// Draws the lowest index a base may have (the base floor, ParameterSet's
    /// contributionBaseBound "floor", 0.6) as a reference line.
    void setFloorIndex(const Rational &floor);
    /// Number of years plotted (those with an index).
    int pointCount() const;

private:
    /// The steps between the axes' labels that leave each label its room (Qt Charts elides a
    /// label to "..." when they are closer than they are tall or wide): called when the plot
    /// area changes.
    void fitTicks();

    QLineSeries *m_index = nullptr;
    QScatterSeries *m_flexible = nullptr;
    QLineSeries *m_one = nullptr;
    QLineSeries *m_floor = nullptr;
    QValueAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
    std::optional<double> m_floorIndex; ///< display only
};

} // namespace tongban::ui
