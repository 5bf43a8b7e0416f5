#pragma once

#include <QDateTime>
#include <QString>

namespace tongban::storage {

/// The text form of a time stamp in the local store: UTC, ISO 8601 with milliseconds,
/// "2026-01-01T08:00:00.000Z" (the form PersonRepository writes). One fixed width, so that
/// comparing the texts compares the instants.
class StoredTime
{
public:
    /// @p time (any time spec) as stored text; empty for an invalid time.
    static QString toText(const QDateTime &time) { return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString(); }
    /// The instant stored as @p text, in UTC; invalid when @p text is empty or not ISO 8601.
    static QDateTime fromText(const QString &text)
    {
        QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
        return time.isValid() ? time.toUTC() : QDateTime();
    }
};

} // namespace tongban::storage
