#pragma once

#include <QString>

class QLineEdit;

namespace tongban::ui {

/// A field that takes a citizen ID number or a unified social credit code (alone, or beside a
/// name): what was typed is shown in the form the check reads (identity::TypedCode — full-width
/// digits, spaces, "x" → "X"), so that a reason such as "has 17 characters" counts what is on
/// screen.
class CodeField
{
public:
    /// Puts the normalised form of @p field's text back into it when the text reads as a code
    /// (a digit in it); a name is left as typed. Returns the field's text afterwards.
    static QString normalize(QLineEdit *field);
};

} // namespace tongban::ui
