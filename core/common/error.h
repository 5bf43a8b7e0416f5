#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace tongban {

/// A failure a clerk can act on: which input is wrong and why, in plain words.
///
/// @c field is the path of the offending input as the caller knows it — a JSON path for the
/// command line ("transitional.parts[1].months"), a form field name for the GUI; empty when
/// no single input is to blame (a missing file, a database error). @c message is translated
/// (zh_CN on screen) and says what is allowed.
struct Error
{
    enum class Kind {
        BadInput, ///< the caller's input is wrong; nothing was changed
        MissingFigure, ///< a policy figure the calculation needs is not in the shipped data
        NotFound, ///< what was asked for does not exist
        Storage, ///< the database failed; the transaction was rolled back
        Unavailable, ///< a server could not be reached; nothing was lost
        Forbidden, ///< the signed-in clerk's role has no right to this; nothing was done but its audit
    };

    Kind kind = Kind::BadInput;
    QString field;
    QString message;

    static Error badInput(QString field, QString message) { return {Kind::BadInput, std::move(field), std::move(message)}; }
    static Error missingFigure(QString field, QString message) { return {Kind::MissingFigure, std::move(field), std::move(message)}; }
    static Error notFound(QString field, QString message) { return {Kind::NotFound, std::move(field), std::move(message)}; }
    static Error storage(QString message) { return {Kind::Storage, QString(), std::move(message)}; }
    static Error unavailable(QString message) { return {Kind::Unavailable, QString(), std::move(message)}; }
    static Error forbidden(QString field, QString message) { return {Kind::Forbidden, std::move(field), std::move(message)}; }

    /// The same error with @p prefix put before its field path ("matters[1]" + "fields.x").
    Error nested(const QString &prefix) const
    {
        Error e = *this;
        if (e.field.isEmpty())
            e.field = prefix;
        else if (e.field.startsWith(u'['))
            e.field = prefix + e.field;
        else
            e.field = prefix + u'.' + e.field;
        return e;
    }
};

/// A value or the Error that prevented it.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value) // NOLINT: implicit, so that `return value;` reads naturally
        : m_state(std::move(value))
    { }
    Result(Error error) // NOLINT
        : m_state(std::move(error))
    { }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

/// A success without a value, or an Error.
struct Done
{ };
using Status = Result<Done>;

} // namespace tongban
