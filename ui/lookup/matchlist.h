#pragma once

#include "insured/insuredperson.h"
#include "policy/parameterset.h"

#include <QList>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace tongban::ui {

/// The persons a name matched, to pick one from: name, masked ID number, birth date, region.
class MatchList : public QWidget
{
    Q_OBJECT

public:
    explicit MatchList(std::shared_ptr<const policy::ParameterSet> parameters, QWidget *parent = nullptr);

    void showMatches(const QString &query, const QList<insured::InsuredPerson> &persons, int limit);

signals:
    /// A row was activated (double-click or Enter): the person's InsuredPerson::id.
    void personPicked(const QString &personId);

private:
    std::shared_ptr<const policy::ParameterSet> m_parameters;
    QLabel *m_title = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace tongban::ui
