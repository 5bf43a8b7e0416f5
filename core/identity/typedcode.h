#pragma once

#include <QString>

namespace tongban::identity {

/// A citizen ID number or a unified social credit code as people type it, brought to the form
/// the standards write: the one place where input is normalised, for the look-up bar, every
/// field that takes such a code, the CLI and the checks of CitizenId and Uscc.
///
/// Unicode compatibility normalisation (NFKC: full-width digits and letters "１２３ｘ" become
/// "123x", the ideographic space U+3000 a space), then every white space removed (a number typed
/// in groups, "110105 19491231 002X"), then the ASCII letters upper-cased ("x" → "X"; a USCC's
/// letters are upper case in GB 32100-2015).
class TypedCode
{
public:
    /// @p text normalised as above; anything else (a name, a stray character) is left as it is,
    /// for the check to name.
    static QString normalized(const QString &text);
    /// Whether @p text reads as a code rather than a name: it has a digit (any script's; the
    /// check then names one that is not 0–9).
    static bool looksLikeCode(const QString &text);
};

} // namespace tongban::identity
