#pragma once

#include <QString>

namespace tongban::settings {

/// The office whose name a visitor's paper carries: the agency (经办机构) and the text of its seal
/// place. A setting of the machine, edited by a supervisor (AppSettings).
struct AgencyProfile
{
    QString name; ///< "某某市社会保险事业管理中心"; empty until set
    QString sealText; ///< the words under the seal place, e.g. "（盖章）"

    bool isSet() const { return !name.trimmed().isEmpty(); }
};

} // namespace tongban::settings
