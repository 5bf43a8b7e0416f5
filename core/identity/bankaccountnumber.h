#pragma once

#include <QString>

namespace tongban::identity {

/// A bank account or card number as a person's data: shown masked by default.
class BankAccountNumber
{
public:
    /// @p text (digits, spaces allowed) with all but the first 6 and the last 4 digits replaced
    /// by '*' ("622202******1234"), as card numbers are displayed (JR/T 0171-2020 个人金融信息
    /// 保护技术规范: shown with its middle digits hidden); spaces dropped. A number of 10 digits or
    /// fewer is masked entirely: its first and last digits would be all of it.
    static QString mask(const QString &text);
};

} // namespace tongban::identity
