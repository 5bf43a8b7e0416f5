#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace tongban::employer {

/// A GB/T 4754-2017 code after normalisation: the section letter, the two-digit major group
/// (大类), the three-digit group (中类) when a group or class was given and the four-digit class
/// (小类) when one was given. Every code in it exists in the standard.
struct IndustryCode
{
    QString section; ///< "A"…"T"
    QString majorGroup; ///< "01"…"97"
    QString group; ///< "729"; empty when only the major group was given
    QString classCode; ///< "7291"; empty when only the major group or a 3-digit group was given

    /// The most precise code: the class when given, else the group, else the major group
    /// ("7291", "729", "62").
    QString code() const
    {
        if (!classCode.isEmpty())
            return classCode;
        return group.isEmpty() ? majorGroup : group;
    }
    bool isValid() const { return !majorGroup.isEmpty(); }
};

/// One row of the shipped table, for pickers and names.
struct IndustryEntry
{
    enum class Level { Section, MajorGroup, Group, Class };
    Level level = Level::MajorGroup;
    QString code; ///< "H", "62", "729", "7291"
    QString section; ///< the section letter ("H" for "62")
    QString name; ///< the standard's Chinese name, e.g. "餐饮业"
};

/// The industry classification (国民经济行业分类, GB/T 4754-2017) as shipped in
/// resources/parameters/industries/gbt4754-2017.json: the full table of 20 sections, 97 major
/// groups, 473 groups and 1381 classes. A code that is not in the table does not exist in the
/// standard and is refused with the codes that do exist next to it.
class IndustryCatalog
{
    Q_DECLARE_TR_FUNCTIONS(tongban::employer::IndustryCatalog)

public:
    /// The shipped table from the Qt resources (":/parameters/industries/gbt4754-2017.json").
    /// Error (MissingFigure) when the resource is missing or malformed. Read once per program
    /// (common/loadedonce.h), thread-safe.
    static Result<IndustryCatalog> loadBuiltIn();
    /// The table from a JSON object of the shipped shape ({"edition", "sources", "source",
    /// "levels": {"classes": {"count"}, ...}, "sections": [{"code", "name", "major_groups":
    /// [{"code", "name", "groups": [{"code", "name", "classes": [{"code", "name"}]}]}]}]});
    /// @p origin names it in errors. Each level is checked against the one above it: a major
    /// group has groups, a group's code starts with its major group's, a class's with its
    /// group's; no code twice; every row has a name; the number of rows of a level equals its
    /// "levels" count when one is given. Error (MissingFigure, field = the JSON path) otherwise.
    static Result<IndustryCatalog> fromJson(const QJsonObject &json, const QString &origin);

    /// Normalises @p text ("C13", "13", "1311", "C1311", "c 13", "131") to its section, major
    /// group, group and class. Error (BadInput, @p field) for an empty text, a malformed code, an
    /// unknown major group, a section letter that does not match the major group, or a 3-digit
    /// group or 4-digit class the standard does not have; the message names the code and what is
    /// allowed: the format, or the groups of its major group / the classes of its group.
    Result<IndustryCode> normalize(const QString &text, const QString &field) const;

    /// The standard's name of @p code (section letter, major group, group or class). Empty when
    /// the standard has no such code.
    QString name(const QString &code) const;
    /// "62 餐饮业", "7291 旅行社及相关服务": the code and its name, as reasons show them.
    QString label(const IndustryCode &code) const;
    /// Every row in the standard's order: each section followed by its major groups, each major
    /// group by its groups, each group by its classes.
    const QList<IndustryEntry> &entries() const { return m_entries; }
    QString edition() const { return m_edition; }
    /// The standard the table comes from ("GB/T 4754-2017 国民经济行业分类").
    QString source() const { return m_source; }

private:
    /// loadBuiltIn()'s reading of the resource.
    static Result<IndustryCatalog> readBuiltIn();

    /// The rows one level below the row of @p code ("62" → its groups, "629" → its classes).
    QList<IndustryEntry> children(const QString &code) const;
    /// "621 正餐服务, 622 快餐服务, …": the rows below @p code, for the reasons.
    QString childList(const QString &code) const;

    QList<IndustryEntry> m_entries;
    QHash<QString, int> m_index; ///< code → row in m_entries
    QString m_edition;
    QString m_source;
};

} // namespace tongban::employer
