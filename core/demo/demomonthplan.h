#pragma once

#include <QString>

namespace tongban::demo {

/// How a demo person is insured in one month of a career: the plan a career's records are
/// made from (DemoCareer::build).
struct DemoMonthPlan
{
    enum class Status {
        Employee, ///< an employee record with @c employerId
        Flexible, ///< a flexibly employed record, no employer
        Gap, ///< no record
    };

    Status status = Status::Employee;
    QString employerId; ///< for Status::Employee
};

} // namespace tongban::demo
