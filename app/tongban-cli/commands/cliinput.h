#pragma once

#include "commands.h"

#include "common/error.h"
#include "common/money.h"
#include "common/yearmonth.h"
#include "insured/contributionrecord.h"
#include "insured/insuredperson.h"
#include "services/storedperson.h"

#include <QCoreApplication>
#include <QMultiMap>
#include <QSet>

namespace tongban::cli {

/// Command-line options of one command: "--key value" pairs and bare flags, each checked
/// against what the command allows.
class CliOptions
{
    Q_DECLARE_TR_FUNCTIONS(tongban::cli::CliOptions)

public:
    /// Reads @p arguments. @p withValue: options that take a value (may repeat, e.g. --id
    /// twice); @p flags: options without one. Error (BadInput, field = the option) for an
    /// unknown option, listing @p usage, or a missing value.
    static Result<CliOptions> parse(const QStringList &arguments, const QSet<QString> &withValue, const QSet<QString> &flags,
                                    const QString &usage);

    bool has(const QString &key) const { return m_values.contains(key) || m_flags.contains(key); }
    QString value(const QString &key) const { return m_values.value(key); }
    /// Every value of a repeated option, in the order given.
    QStringList values(const QString &key) const;

    /// The month of option @p key ("YYYY-MM"), std::nullopt when absent. Error (BadInput, the
    /// option) when malformed.
    Result<std::optional<YearMonth>> month(const QString &key) const;
    /// An amount of option @p key in CNY with at most two decimals, std::nullopt when absent.
    /// Error (BadInput) when malformed or with a third decimal.
    Result<std::optional<Money>> money(const QString &key) const;

private:
    QMultiMap<QString, QString> m_values;
    QSet<QString> m_flags;
};

/// The JSON object in the file @p path ("-": standard input). Errors (BadInput on @p field):
/// the file cannot be read; the text is not JSON (with the parser's reason and offset); the JSON
/// is not an object.
Result<QJsonObject> readJsonObjectFile(const QString &path, const QString &field);

/// The case of a `COMMAND --case FILE` call: exactly those two arguments, the file read with
/// readJsonObjectFile(). Error (BadInput "--case") with the usage of @p command otherwise.
Result<QJsonObject> readCaseArgument(const QStringList &arguments, const QString &command);

/// Loads the person with citizen ID @p citizenId from the local database @p dbPath (which must
/// exist). Errors: BadInput on @p field for an invalid ID number (its reason) or nobody with it
/// (the number masked); BadInput "--db" when the file does not exist; Storage when it cannot be
/// read.
Result<services::StoredPerson> loadStoredPerson(const QString &dbPath, const QString &citizenId, const QString &field);

/// The exit status for @p error (../shared/contracts/cli.md): 2 for bad input and for a figure
/// the data lacks (the caller can supply it, as with `pension`), 1 otherwise.
int exitCodeFor(const Error &error);

/// {"error": …} with the exit status for @p error.
CommandOutput failure(const Error &error);

/// The current calendar month (local time).
YearMonth currentMonth();

} // namespace tongban::cli
