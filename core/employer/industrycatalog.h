#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace tongban::employer {

/// A GB/T 4754-2017 code after normalisation: the section letter, the two-digit major group
/// (大类) and, when one was given, the four-digit class (小类).
struct IndustryCode
{
    QString section; ///< "A"…"T"
    QString majorGroup; ///< "01"…"97"
    QString classCode; ///< "7291"; empty when only the major group (or a 3-digit 中类) was given

    /// The most precise code: the class when given, else the major group ("7291", "62").
    QString code() const { return classCode.isEmpty() ? majorGroup : classCode; }
    bool isValid() const { return !majorGroup.isEmpty(); }
};

/// One row of the shipped table, for pickers and names.
struct IndustryEntry
{
    enum class Level { Section, MajorGroup, Class };
    Level level = Level::MajorGroup;
    QString code; ///< "H", "62", "7291"
    QString section; ///< the section letter ("H" for "62")
    QString name; ///< the standard's Chinese name, e.g. "餐饮业"
};

/// The industry classification (国民经济行业分类, GB/T 4754-2017) as shipped in
/// resources/parameters/industries/gbt4754-2017.json: all 20 sections, all 97 major groups and
/// the classes that policies name (e.g. 7291 旅行社及相关服务). Below the major groups the table
/// is partial: a class code is accepted when its major group exists, and named by the class
/// when the table has it, else by its major group.
class IndustryCatalog
{
    Q_DECLARE_TR_FUNCTIONS(tongban::employer::IndustryCatalog)

public:
    /// The shipped table from the Qt resources (":/parameters/industries/gbt4754-2017.json").
    /// Error (MissingFigure) when the resource is missing or malformed.
    static Result<IndustryCatalog> loadBuiltIn();
    /// The table from a JSON object of the shipped shape ({"edition", "sources", "sections":
    /// [{"code", "name", "major_groups": [{"code", "name", "classes": [{"code", "name"}]}]}]});
    /// @p origin names it in errors. Error (MissingFigure, field = the JSON path) when malformed.
    static Result<IndustryCatalog> fromJson(const QJsonObject &json, const QString &origin);

    /// Normalises @p text ("C13", "13", "1310", "C1310", "c 13", "131") to its section, major
    /// group and class. Error (BadInput, @p field) for an empty text, a malformed code, an
    /// unknown major group, or a section letter that does not match the major group; the message
    /// says what is allowed ("a GB/T 4754-2017 code: 2-digit major group 01–97 or 4-digit class,
    /// optionally after its section letter").
    Result<IndustryCode> normalize(const QString &text, const QString &field) const;

    /// The standard's name of @p code (section letter, major group or class); for a class the
    /// table does not list, its major group's name. Empty when unknown.
    QString name(const QString &code) const;
    /// "62 餐饮业", "7291 旅行社及相关服务": the code and its name, as reasons show them.
    QString label(const IndustryCode &code) const;
    /// Every row in the standard's order: each section followed by its major groups and their
    /// listed classes.
    const QList<IndustryEntry> &entries() const { return m_entries; }
    QString edition() const { return m_edition; }
    /// The standard the table comes from ("GB/T 4754-2017 国民经济行业分类").
    QString source() const { return m_source; }

private:
    QList<IndustryEntry> m_entries;
    QHash<QString, int> m_index; ///< code → row in m_entries
    QString m_edition;
    QString m_source;
};

} // namespace tongban::employer
