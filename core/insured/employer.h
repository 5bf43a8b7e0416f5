#pragma once

#include <QString>

namespace tongban::insured {

/// An insured employer (参保单位).
struct Employer
{
    QString id; ///< client-made UUID
    QString uscc; ///< unified social credit code, 18 characters (GB 32100-2015)
    QString name;
    QString industryCode; ///< GB/T 4754-2017 code, e.g. "C13" or "1310"
    QString sizeClass; ///< "micro", "small", "medium", "large"
    QString kind; ///< "enterprise", "individual-business-unit", "public-institution", "social-organisation"
    QString region; ///< GB/T 2260 six digits
};

} // namespace tongban::insured
