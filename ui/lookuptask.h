#pragma once

#include "common/yearmonth.h"
#include "lookupoutcome.h"
#include "policy/parameterset.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <memory>

namespace tongban::ui {

/// One lookup, run on a worker thread: reads the local store through a connection of its own
/// (QSqlDatabase connections belong to the thread that opened them), then lets core build the
/// history and the default pension.
class LookupTask
{
    Q_DECLARE_TR_FUNCTIONS(tongban::ui::LookupTask)

public:
    struct Request
    {
        QString databasePath;
        QString query;    ///< a citizen ID number (18 or legacy 15) or part of a name
        QString personId; ///< instead of @c query: a person picked from a list of matches
        YearMonth today;
    };

    /// At most this many name matches are listed; a clerk narrows the name rather than scrolls.
    static constexpr int maxMatches = 50;

    /// Whether @p text is meant as an ID number rather than a name: it holds a digit. A name
    /// never does, and a mistyped number must get the ID check's reason, not "nobody found".
    static bool looksLikeIdNumber(const QString &text);

    static LookupOutcome run(const Request &request, const std::shared_ptr<const policy::ParameterSet> &parameters,
                             const std::atomic_bool &cancelled);
};

} // namespace tongban::ui
