#include "mattercatalogloader.h"

#include "fieldvalidator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <tuple>

namespace tongban::intake {

namespace {

/// Reads one catalog file, naming every fault by the file and the JSON path.
class FileReader
{
public:
    explicit FileReader(QString file)
        : m_file(std::move(file))
    { }

    Error fault(const QString &path, const QString &message) const
    {
        return Error::badInput(path.isEmpty() ? m_file : m_file + QStringLiteral(": ") + path, message);
    }

    /// The keys of @p object that are not in @p allowed: the first one as an Error.
    std::optional<Error> unknownKeys(const QJsonObject &object, const QString &path, const QStringList &allowed) const
    {
        for (auto it = object.begin(); it != object.end(); ++it)
            if (!allowed.contains(it.key()))
                return fault(
                    join(path, it.key()),
                    MatterCatalogLoader::tr("unknown key \"%1\"; allowed here: %2").arg(it.key(), allowed.join(QStringLiteral(", "))));
        return std::nullopt;
    }

    Result<QString> string(const QJsonObject &object, const QString &path, const QString &key, bool required) const
    {
        const QJsonValue v = object.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                return fault(join(path, key), MatterCatalogLoader::tr("\"%1\" is required").arg(key));
            return QString();
        }
        if (!v.isString())
            return fault(join(path, key), MatterCatalogLoader::tr("\"%1\" must be a string").arg(key));
        if (required && v.toString().trimmed().isEmpty())
            return fault(join(path, key), MatterCatalogLoader::tr("\"%1\" must not be empty").arg(key));
        return v.toString();
    }

    static QString join(const QString &path, const QString &key) { return path.isEmpty() ? key : path + u'.' + key; }
    static QString index(const QString &path, qsizetype i) { return path + QStringLiteral("[%1]").arg(i); }

    const QString &file() const { return m_file; }

private:
    QString m_file;
};

Result<QJsonObject> readFile(const QString &dir, const QString &relative)
{
    const FileReader reader(relative);
    QFile file(dir + u'/' + relative);
    if (!file.open(QIODevice::ReadOnly))
        return reader.fault(QString(), MatterCatalogLoader::tr("cannot read the file: %1").arg(file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return reader.fault(
            QString(), MatterCatalogLoader::tr("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    if (!doc.isObject())
        return reader.fault(QString(), MatterCatalogLoader::tr("the file must hold a JSON object"));
    const QJsonObject root = doc.object();
    static const QRegularExpression datePattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!root.value(QStringLiteral("edition")).isString()
        || !datePattern.match(root.value(QStringLiteral("edition")).toString()).hasMatch())
        return reader.fault(QStringLiteral("edition"), MatterCatalogLoader::tr("\"edition\" is required, a date YYYY-MM-DD"));
    return root;
}

Result<QJsonArray> arrayOf(const FileReader &reader, const QJsonObject &object, const QString &path, const QString &key, bool required)
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined() && !required)
        return QJsonArray();
    if (!v.isArray())
        return reader.fault(FileReader::join(path, key), MatterCatalogLoader::tr("\"%1\" must be an array").arg(key));
    return v.toArray();
}

Result<FieldValidation> readValidation(const FileReader &reader, const QJsonValue &value, const QString &path, FieldType type)
{
    FieldValidation v;
    if (value.isUndefined())
        return v;
    if (!value.isObject())
        return reader.fault(path, MatterCatalogLoader::tr("\"validation\" must be an object"));
    QStringList allowed;
    switch (type) {
    case FieldType::Text:
        allowed = {QStringLiteral("max_length"), QStringLiteral("min_length"), QStringLiteral("pattern"), QStringLiteral("pattern_hint_zh"),
                   QStringLiteral("pattern_hint_en")};
        break;
    case FieldType::Multiline:
        allowed = {QStringLiteral("max_length")};
        break;
    case FieldType::Date:
    case FieldType::Month:
        allowed = {QStringLiteral("not_after_today"), QStringLiteral("not_before_today")};
        break;
    case FieldType::MonthRange:
        allowed = {QStringLiteral("not_after_today")};
        break;
    case FieldType::Money:
    case FieldType::Integer:
        allowed = {QStringLiteral("min"), QStringLiteral("max")};
        break;
    default:
        break;
    }
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        const QString at = FileReader::join(path, key);
        if (!allowed.contains(key))
            return reader.fault(
                at,
                MatterCatalogLoader::tr("unknown validation key \"%1\" for a field of type %2; allowed: %3")
                    .arg(key, fieldTypeKey(type), allowed.isEmpty() ? QStringLiteral("—") : allowed.join(QStringLiteral(", "))));
        const QJsonValue x = it.value();
        if (key == QLatin1String("max_length") || key == QLatin1String("min_length")) {
            if (!x.isDouble() || x.toDouble() < 0 || x.toDouble() != double(x.toInt()))
                return reader.fault(at, MatterCatalogLoader::tr("a length is a whole number of characters, 0 or more"));
            (key == QLatin1String("max_length") ? v.maxLength : v.minLength) = x.toInt();
        } else if (key == QLatin1String("pattern")) {
            if (!x.isString() || !QRegularExpression(x.toString()).isValid())
                return reader.fault(at, MatterCatalogLoader::tr("\"pattern\" must be a valid regular expression"));
            v.pattern = x.toString();
        } else if (key.startsWith(QLatin1String("pattern_hint"))) {
            if (!x.isString())
                return reader.fault(at, MatterCatalogLoader::tr("\"%1\" must be a string").arg(key));
            (key.endsWith(QLatin1String("_zh")) ? v.patternHintZh : v.patternHintEn) = x.toString();
        } else if (key.startsWith(QLatin1String("not_"))) {
            if (!x.isBool())
                return reader.fault(at, MatterCatalogLoader::tr("\"%1\" must be true or false").arg(key));
            (key == QLatin1String("not_after_today") ? v.notAfterToday : v.notBeforeToday) = x.toBool();
        } else if (type == FieldType::Money) {
            const auto fen = x.isString() ? FieldValidator::parseYuan(x.toString()) : std::nullopt;
            if (!fen)
                return reader.fault(
                    at, MatterCatalogLoader::tr("a money limit is a string of yuan with at most two decimals, e.g. \"1234.56\""));
            (key == QLatin1String("min") ? v.minFen : v.maxFen) = *fen;
        } else {
            if (!x.isDouble() || x.toDouble() != double(qint64(x.toDouble())))
                return reader.fault(at, MatterCatalogLoader::tr("an integer limit is a whole number"));
            (key == QLatin1String("min") ? v.minInteger : v.maxInteger) = qint64(x.toDouble());
        }
    }
    return v;
}

Result<QList<Condition>> readWhen(const FileReader &reader, const QJsonValue &value, const QString &path, const QSet<QString> &matterFields)
{
    QList<Condition> conditions;
    if (value.isUndefined())
        return conditions;
    const auto readOne = [&](const QJsonValue &v, const QString &at) -> Result<Condition> {
        Condition c;
        if (v.isString()) {
            if (v.toString() != QLatin1String("agent"))
                return reader.fault(
                    at, MatterCatalogLoader::tr("a condition is \"agent\" or an object {\"field\", \"set\"|\"equals\"|\"in\"}"));
            c.kind = Condition::Kind::Agent;
            return c;
        }
        if (!v.isObject())
            return reader.fault(at,
                                MatterCatalogLoader::tr("a condition is \"agent\" or an object {\"field\", \"set\"|\"equals\"|\"in\"}"));
        const QJsonObject o = v.toObject();
        if (const auto e
            = reader.unknownKeys(o, at, {QStringLiteral("field"), QStringLiteral("set"), QStringLiteral("equals"), QStringLiteral("in")}))
            return *e;
        const auto field = reader.string(o, at, QStringLiteral("field"), true);
        if (!field)
            return field.error();
        if (!matterFields.contains(*field))
            return reader.fault(
                FileReader::join(at, QStringLiteral("field")),
                MatterCatalogLoader::tr("the condition names the field \"%1\", which the matter does not ask for").arg(*field));
        c.field = *field;
        const int tests
            = int(o.contains(QStringLiteral("set"))) + int(o.contains(QStringLiteral("equals"))) + int(o.contains(QStringLiteral("in")));
        if (tests != 1)
            return reader.fault(at, MatterCatalogLoader::tr("a condition on a field has exactly one of \"set\", \"equals\" or \"in\""));
        if (o.contains(QStringLiteral("set"))) {
            if (!o.value(QStringLiteral("set")).isBool())
                return reader.fault(FileReader::join(at, QStringLiteral("set")), MatterCatalogLoader::tr("\"set\" must be true or false"));
            c.kind = Condition::Kind::Set;
            c.set = o.value(QStringLiteral("set")).toBool();
        } else if (o.contains(QStringLiteral("equals"))) {
            c.kind = Condition::Kind::Equals;
            c.value = o.value(QStringLiteral("equals"));
        } else {
            if (!o.value(QStringLiteral("in")).isArray())
                return reader.fault(FileReader::join(at, QStringLiteral("in")),
                                    MatterCatalogLoader::tr("\"in\" must be an array of values"));
            c.kind = Condition::Kind::In;
            for (const QJsonValue &x : o.value(QStringLiteral("in")).toArray())
                c.values.append(x);
        }
        return c;
    };
    if (value.isArray()) {
        const QJsonArray list = value.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const auto c = readOne(list.at(i), FileReader::index(path, i));
            if (!c)
                return c.error();
            conditions.append(*c);
        }
    } else {
        const auto c = readOne(value, path);
        if (!c)
            return c.error();
        conditions.append(*c);
    }
    return conditions;
}

QString newerEdition(const QString &a, const QString &b)
{
    return a > b ? a : b;
}

} // namespace

Result<MatterCatalog> MatterCatalogLoader::load(const QString &dir, const QStringList &knownEngines)
{
    MatterCatalog catalog;

    // departments.json
    {
        const QString name = QStringLiteral("departments.json");
        const FileReader reader(name);
        const auto root = readFile(dir, name);
        if (!root)
            return root.error();
        if (const auto e = reader.unknownKeys(*root, QString(), {QStringLiteral("edition"), QStringLiteral("departments")}))
            return *e;
        catalog.m_edition = root->value(QStringLiteral("edition")).toString();
        const auto list = arrayOf(reader, *root, QString(), QStringLiteral("departments"), true);
        if (!list)
            return list.error();
        for (qsizetype i = 0; i < list->size(); ++i) {
            const QString at = FileReader::index(QStringLiteral("departments"), i);
            const QJsonObject o = list->at(i).toObject();
            if (const auto e = reader.unknownKeys(o, at, {QStringLiteral("id"), QStringLiteral("name_zh"), QStringLiteral("name_en")}))
                return *e;
            Department d;
            for (const auto &[key, target] : {std::pair {QStringLiteral("id"), &d.id}, std::pair {QStringLiteral("name_zh"), &d.nameZh},
                                              std::pair {QStringLiteral("name_en"), &d.nameEn}}) {
                const auto s = reader.string(o, at, key, true);
                if (!s)
                    return s.error();
                *target = *s;
            }
            if (catalog.m_departmentIndex.contains(d.id))
                return reader.fault(FileReader::join(at, QStringLiteral("id")), tr("the department \"%1\" is listed twice").arg(d.id));
            catalog.m_departmentIndex.insert(d.id, catalog.m_departments.size());
            catalog.m_departments.append(d);
        }
    }

    // fields.json
    {
        const QString name = QStringLiteral("fields.json");
        const FileReader reader(name);
        const auto root = readFile(dir, name);
        if (!root)
            return root.error();
        if (const auto e = reader.unknownKeys(*root, QString(), {QStringLiteral("edition"), QStringLiteral("fields")}))
            return *e;
        catalog.m_edition = newerEdition(catalog.m_edition, root->value(QStringLiteral("edition")).toString());
        const auto list = arrayOf(reader, *root, QString(), QStringLiteral("fields"), true);
        if (!list)
            return list.error();
        for (qsizetype i = 0; i < list->size(); ++i) {
            const QString at = FileReader::index(QStringLiteral("fields"), i);
            const QJsonObject o = list->at(i).toObject();
            if (const auto e = reader.unknownKeys(o, at,
                                                  {QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("label_zh"),
                                                   QStringLiteral("label_en"), QStringLiteral("hint_zh"), QStringLiteral("hint_en"),
                                                   QStringLiteral("validation"), QStringLiteral("options")}))
                return *e;
            FieldDefinition f;
            for (const auto &[key, target, required] :
                 {std::tuple {QStringLiteral("id"), &f.id, true}, std::tuple {QStringLiteral("label_zh"), &f.labelZh, true},
                  std::tuple {QStringLiteral("label_en"), &f.labelEn, true}, std::tuple {QStringLiteral("hint_zh"), &f.hintZh, false},
                  std::tuple {QStringLiteral("hint_en"), &f.hintEn, false}}) {
                const auto s = reader.string(o, at, key, required);
                if (!s)
                    return s.error();
                *target = *s;
            }
            const auto typeKey = reader.string(o, at, QStringLiteral("type"), true);
            if (!typeKey)
                return typeKey.error();
            const auto type = fieldTypeFromKey(*typeKey);
            if (!type) {
                QStringList all;
                for (int t = int(FieldType::Text); t <= int(FieldType::Region); ++t)
                    all.append(fieldTypeKey(FieldType(t)));
                return reader.fault(FileReader::join(at, QStringLiteral("type")),
                                    tr("unknown field type \"%1\"; allowed: %2").arg(*typeKey, all.join(QStringLiteral(", "))));
            }
            f.type = *type;
            const auto validation
                = readValidation(reader, o.value(QStringLiteral("validation")), FileReader::join(at, QStringLiteral("validation")), f.type);
            if (!validation)
                return validation.error();
            f.validation = *validation;
            if (f.type == FieldType::Choice) {
                const auto options = arrayOf(reader, o, at, QStringLiteral("options"), true);
                if (!options)
                    return options.error();
                if (options->isEmpty())
                    return reader.fault(FileReader::join(at, QStringLiteral("options")), tr("a choice field needs at least one option"));
                for (qsizetype k = 0; k < options->size(); ++k) {
                    const QString oat = FileReader::index(FileReader::join(at, QStringLiteral("options")), k);
                    const QJsonObject oo = options->at(k).toObject();
                    if (const auto e
                        = reader.unknownKeys(oo, oat, {QStringLiteral("value"), QStringLiteral("label_zh"), QStringLiteral("label_en")}))
                        return *e;
                    FieldOption option;
                    for (const auto &[key, target] :
                         {std::pair {QStringLiteral("value"), &option.value}, std::pair {QStringLiteral("label_zh"), &option.labelZh},
                          std::pair {QStringLiteral("label_en"), &option.labelEn}}) {
                        const auto s = reader.string(oo, oat, key, true);
                        if (!s)
                            return s.error();
                        *target = *s;
                    }
                    f.options.append(option);
                }
            } else if (o.contains(QStringLiteral("options"))) {
                return reader.fault(FileReader::join(at, QStringLiteral("options")), tr("only a choice field has options"));
            }
            if (catalog.m_fieldIndex.contains(f.id))
                return reader.fault(FileReader::join(at, QStringLiteral("id")), tr("the field \"%1\" is defined twice").arg(f.id));
            catalog.m_fieldIndex.insert(f.id, catalog.m_fields.size());
            catalog.m_fields.append(f);
        }
    }

    // documents.json
    {
        const QString name = QStringLiteral("documents.json");
        const FileReader reader(name);
        const auto root = readFile(dir, name);
        if (!root)
            return root.error();
        if (const auto e = reader.unknownKeys(*root, QString(), {QStringLiteral("edition"), QStringLiteral("documents")}))
            return *e;
        catalog.m_edition = newerEdition(catalog.m_edition, root->value(QStringLiteral("edition")).toString());
        const auto list = arrayOf(reader, *root, QString(), QStringLiteral("documents"), true);
        if (!list)
            return list.error();
        for (qsizetype i = 0; i < list->size(); ++i) {
            const QString at = FileReader::index(QStringLiteral("documents"), i);
            const QJsonObject o = list->at(i).toObject();
            if (const auto e = reader.unknownKeys(o, at,
                                                  {QStringLiteral("id"), QStringLiteral("name_zh"), QStringLiteral("name_en"),
                                                   QStringLiteral("why_zh"), QStringLiteral("why_en")}))
                return *e;
            DocumentDefinition d;
            for (const auto &[key, target, required] :
                 {std::tuple {QStringLiteral("id"), &d.id, true}, std::tuple {QStringLiteral("name_zh"), &d.nameZh, true},
                  std::tuple {QStringLiteral("name_en"), &d.nameEn, true}, std::tuple {QStringLiteral("why_zh"), &d.whyZh, true},
                  std::tuple {QStringLiteral("why_en"), &d.whyEn, false}}) {
                const auto s = reader.string(o, at, key, required);
                if (!s)
                    return s.error();
                *target = *s;
            }
            if (catalog.m_documentIndex.contains(d.id))
                return reader.fault(FileReader::join(at, QStringLiteral("id")), tr("the document \"%1\" is defined twice").arg(d.id));
            catalog.m_documentIndex.insert(d.id, catalog.m_documents.size());
            catalog.m_documents.append(d);
        }
    }

    // matters/<department>.json, in the order of the departments
    QStringList files;
    for (const Department &d : catalog.m_departments)
        if (QFile::exists(dir + QStringLiteral("/matters/") + d.id + QStringLiteral(".json")))
            files.append(d.id + QStringLiteral(".json"));
    for (const QString &entry : QDir(dir + QStringLiteral("/matters")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        if (!files.contains(entry))
            files.append(entry);
    for (const QString &entry : files) {
        const QString name = QStringLiteral("matters/") + entry;
        const FileReader reader(name);
        const auto root = readFile(dir, name);
        if (!root)
            return root.error();
        if (const auto e = reader.unknownKeys(*root, QString(), {QStringLiteral("edition"), QStringLiteral("matters")}))
            return *e;
        catalog.m_edition = newerEdition(catalog.m_edition, root->value(QStringLiteral("edition")).toString());
        const auto list = arrayOf(reader, *root, QString(), QStringLiteral("matters"), true);
        if (!list)
            return list.error();
        for (qsizetype i = 0; i < list->size(); ++i) {
            const QString at = FileReader::index(QStringLiteral("matters"), i);
            if (!list->at(i).isObject())
                return reader.fault(at, tr("a matter is a JSON object"));
            const QJsonObject o = list->at(i).toObject();
            if (const auto e = reader.unknownKeys(o, at,
                                                  {QStringLiteral("id"), QStringLiteral("department"), QStringLiteral("name_zh"),
                                                   QStringLiteral("name_en"), QStringLiteral("short_zh"), QStringLiteral("pinyin"),
                                                   QStringLiteral("keys"), QStringLiteral("subject"), QStringLiteral("fields"),
                                                   QStringLiteral("documents"), QStringLiteral("time_limit"), QStringLiteral("offline"),
                                                   QStringLiteral("pre_review"), QStringLiteral("workflow"), QStringLiteral("source")}))
                return *e;
            MatterDefinition m;
            m.file = name;
            for (const auto &[key, target, required] :
                 {std::tuple {QStringLiteral("id"), &m.id, true}, std::tuple {QStringLiteral("department"), &m.department, true},
                  std::tuple {QStringLiteral("name_zh"), &m.nameZh, true}, std::tuple {QStringLiteral("name_en"), &m.nameEn, true},
                  std::tuple {QStringLiteral("short_zh"), &m.shortZh, false}, std::tuple {QStringLiteral("pinyin"), &m.pinyin, true}}) {
                const auto s = reader.string(o, at, key, required);
                if (!s)
                    return s.error();
                *target = *s;
            }
            if (catalog.m_matterIndex.contains(m.id))
                return reader.fault(FileReader::join(at, QStringLiteral("id")), tr("the matter \"%1\" is defined twice").arg(m.id));
            if (!catalog.m_departmentIndex.contains(m.department))
                return reader.fault(FileReader::join(at, QStringLiteral("department")),
                                    tr("unknown department \"%1\" (departments.json lists the departments)").arg(m.department));
            static const QRegularExpression pinyinPattern(QStringLiteral("^[a-z]+$"));
            if (!pinyinPattern.match(m.pinyin).hasMatch())
                return reader.fault(FileReader::join(at, QStringLiteral("pinyin")),
                                    tr("\"pinyin\" is the lower-case initials of the name, e.g. \"txsq\""));
            const auto keys = arrayOf(reader, o, at, QStringLiteral("keys"), false);
            if (!keys)
                return keys.error();
            for (qsizetype k = 0; k < keys->size(); ++k) {
                if (!keys->at(k).isString())
                    return reader.fault(FileReader::index(FileReader::join(at, QStringLiteral("keys")), k), tr("a search key is a string"));
                m.keys.append(keys->at(k).toString());
            }
            const QString subject = o.value(QStringLiteral("subject")).toString(QStringLiteral("person"));
            if (subject == QLatin1String("person"))
                m.subject = Subject::Person;
            else if (subject == QLatin1String("employer"))
                m.subject = Subject::Employer;
            else
                return reader.fault(FileReader::join(at, QStringLiteral("subject")), tr("\"subject\" is \"person\" or \"employer\""));

            // fields: ids first, so that a condition may name a field listed after it
            const auto fields = arrayOf(reader, o, at, QStringLiteral("fields"), false);
            if (!fields)
                return fields.error();
            QSet<QString> matterFields;
            for (qsizetype k = 0; k < fields->size(); ++k)
                matterFields.insert(fields->at(k).toObject().value(QStringLiteral("field")).toString());
            bool hasUscc = false;
            for (qsizetype k = 0; k < fields->size(); ++k) {
                const QString fat = FileReader::index(FileReader::join(at, QStringLiteral("fields")), k);
                const QJsonObject fo = fields->at(k).toObject();
                if (const auto e
                    = reader.unknownKeys(fo, fat, {QStringLiteral("field"), QStringLiteral("required"), QStringLiteral("when")}))
                    return *e;
                MatterField mf;
                const auto id = reader.string(fo, fat, QStringLiteral("field"), true);
                if (!id)
                    return id.error();
                mf.field = *id;
                const FieldDefinition *definition = catalog.field(mf.field);
                if (!definition)
                    return reader.fault(FileReader::join(fat, QStringLiteral("field")),
                                        tr("unknown field \"%1\" (fields.json defines the fields)").arg(mf.field));
                if (m.fieldEntry(mf.field))
                    return reader.fault(FileReader::join(fat, QStringLiteral("field")),
                                        tr("the matter asks for the field \"%1\" twice").arg(mf.field));
                if (definition->type == FieldType::Uscc && fo.value(QStringLiteral("required")).toBool()
                    && !fo.contains(QStringLiteral("when")))
                    hasUscc = true;
                if (fo.contains(QStringLiteral("required")) && !fo.value(QStringLiteral("required")).isBool())
                    return reader.fault(FileReader::join(fat, QStringLiteral("required")), tr("\"required\" must be true or false"));
                mf.required = fo.value(QStringLiteral("required")).toBool();
                const auto when
                    = readWhen(reader, fo.value(QStringLiteral("when")), FileReader::join(fat, QStringLiteral("when")), matterFields);
                if (!when)
                    return when.error();
                mf.when = *when;
                m.fields.append(mf);
            }
            if (m.subject == Subject::Employer && !hasUscc)
                return reader.fault(FileReader::join(at, QStringLiteral("fields")),
                                    tr("a matter about an employer asks for a required field of type uscc (the employer's code)"));

            const auto documents = arrayOf(reader, o, at, QStringLiteral("documents"), false);
            if (!documents)
                return documents.error();
            for (qsizetype k = 0; k < documents->size(); ++k) {
                const QString dat = FileReader::index(FileReader::join(at, QStringLiteral("documents")), k);
                const QJsonObject dobj = documents->at(k).toObject();
                if (const auto e = reader.unknownKeys(dobj, dat, {QStringLiteral("document"), QStringLiteral("when")}))
                    return *e;
                MatterDocument md;
                const auto id = reader.string(dobj, dat, QStringLiteral("document"), true);
                if (!id)
                    return id.error();
                md.document = *id;
                if (!catalog.document(md.document))
                    return reader.fault(FileReader::join(dat, QStringLiteral("document")),
                                        tr("unknown document \"%1\" (documents.json defines the documents)").arg(md.document));
                const auto when
                    = readWhen(reader, dobj.value(QStringLiteral("when")), FileReader::join(dat, QStringLiteral("when")), matterFields);
                if (!when)
                    return when.error();
                md.when = *when;
                m.documents.append(md);
            }

            const QString tat = FileReader::join(at, QStringLiteral("time_limit"));
            if (!o.value(QStringLiteral("time_limit")).isObject())
                return reader.fault(tat,
                                    tr("\"time_limit\" is required: {\"statutory_days\", \"promised_days\", \"immediate\", \"source\"}"));
            const QJsonObject t = o.value(QStringLiteral("time_limit")).toObject();
            if (const auto e = reader.unknownKeys(
                    t, tat,
                    {QStringLiteral("statutory_days"), QStringLiteral("promised_days"), QStringLiteral("immediate"),
                     QStringLiteral("source"), QStringLiteral("source_ref"), QStringLiteral("other_refs"), QStringLiteral("confidence"),
                     QStringLiteral("extended_days"), QStringLiteral("statutory_calendar_days"), QStringLiteral("statutory_unit_note_zh")}))
                return *e;
            const auto days = [&](const QString &key) -> Result<std::optional<int>> {
                const QJsonValue v = t.value(key);
                if (v.isNull() || v.isUndefined())
                    return std::optional<int>();
                if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() != double(v.toInt()))
                    return reader.fault(FileReader::join(tat, key),
                                        tr("a time limit is a whole number of working days, 0 or more, or null"));
                return std::optional<int>(v.toInt());
            };
            const auto statutory = days(QStringLiteral("statutory_days"));
            if (!statutory)
                return statutory.error();
            const auto promised = days(QStringLiteral("promised_days"));
            if (!promised)
                return promised.error();
            m.timeLimit.statutoryDays = *statutory;
            m.timeLimit.immediate = t.value(QStringLiteral("immediate")).toBool();
            m.timeLimit.promisedDays = m.timeLimit.immediate ? 0 : promised->value_or(0);
            m.timeLimit.hasPromisedDays = m.timeLimit.immediate || promised->has_value();
            m.timeLimit.source = t.value(QStringLiteral("source")).toString();
            const auto calendarDays = days(QStringLiteral("statutory_calendar_days"));
            if (!calendarDays)
                return calendarDays.error();
            m.timeLimit.statutoryCalendarDays = *calendarDays;
            const auto extended = days(QStringLiteral("extended_days"));
            if (!extended)
                return extended.error();
            m.timeLimit.extendedDays = *extended;
            if (m.timeLimit.statutoryDays && m.timeLimit.promisedDays > *m.timeLimit.statutoryDays)
                return reader.fault(FileReader::join(tat, QStringLiteral("promised_days")),
                                    tr("the promised limit (%1 working days) is above the statutory one (%2)")
                                        .arg(m.timeLimit.promisedDays)
                                        .arg(*m.timeLimit.statutoryDays));

            if (o.contains(QStringLiteral("offline")) && !o.value(QStringLiteral("offline")).isBool())
                return reader.fault(FileReader::join(at, QStringLiteral("offline")), tr("\"offline\" must be true or false"));
            m.offline = o.value(QStringLiteral("offline")).toBool();
            const QJsonValue engine = o.value(QStringLiteral("pre_review"));
            if (!engine.isNull() && !engine.isUndefined()) {
                if (!engine.isString() || !knownEngines.contains(engine.toString()))
                    return reader.fault(FileReader::join(at, QStringLiteral("pre_review")),
                                        tr("unknown pre-review engine \"%1\"; known: %2")
                                            .arg(engine.toVariant().toString(),
                                                 knownEngines.isEmpty() ? QStringLiteral("—") : knownEngines.join(QStringLiteral(", "))));
                m.preReview = engine.toString();
            }
            if (o.contains(QStringLiteral("workflow"))) {
                const QString wat = FileReader::join(at, QStringLiteral("workflow"));
                if (!o.value(QStringLiteral("workflow")).isObject())
                    return reader.fault(wat, tr("\"workflow\" must be an object: {\"steps\": [...], \"forward_to\": department}"));
                const QJsonObject w = o.value(QStringLiteral("workflow")).toObject();
                if (const auto e = reader.unknownKeys(w, wat, {QStringLiteral("steps"), QStringLiteral("forward_to")}))
                    return *e;
                const QString stepsAt = FileReader::join(wat, QStringLiteral("steps"));
                if (!w.value(QStringLiteral("steps")).isArray())
                    return reader.fault(stepsAt,
                                        tr("\"steps\" is required: an array of %1 (empty for an immediate matter)")
                                            .arg(MatterWorkflow::stepKeys().join(QStringLiteral(", "))));
                const QJsonArray steps = w.value(QStringLiteral("steps")).toArray();
                m.workflow.steps.clear();
                for (qsizetype k = 0; k < steps.size(); ++k) {
                    const QString step = steps.at(k).toString();
                    if (!steps.at(k).isString() || !MatterWorkflow::stepKeys().contains(step))
                        return reader.fault(
                            FileReader::index(stepsAt, k),
                            tr("unknown step \"%1\"; allowed: %2")
                                .arg(steps.at(k).toVariant().toString(), MatterWorkflow::stepKeys().join(QStringLiteral(", "))));
                    if (m.workflow.steps.contains(step))
                        return reader.fault(FileReader::index(stepsAt, k), tr("the step \"%1\" is listed twice").arg(step));
                    m.workflow.steps.append(step);
                }
                // The back office checks a matter before it hands it over (the state machine's
                // pre-reviewed → forwarded): a forward without a pre-review could never be reached.
                if (m.workflow.hasForward() && m.workflow.steps != QStringList {QStringLiteral("pre-review"), QStringLiteral("forward")})
                    return reader.fault(stepsAt, tr("\"forward\" comes after \"pre-review\": the steps are [\"pre-review\", \"forward\"]"));
                const QString fat = FileReader::join(wat, QStringLiteral("forward_to"));
                const auto forwardTo = reader.string(w, wat, QStringLiteral("forward_to"), m.workflow.hasForward());
                if (!forwardTo)
                    return forwardTo.error();
                if (!m.workflow.hasForward() && !forwardTo->isEmpty())
                    return reader.fault(fat, tr("\"forward_to\" needs the step \"forward\""));
                if (m.workflow.hasForward() && !catalog.m_departmentIndex.contains(*forwardTo))
                    return reader.fault(fat, tr("unknown department \"%1\" (departments.json lists the departments)").arg(*forwardTo));
                m.workflow.forwardTo = *forwardTo;
            }
            const QString sat = FileReader::join(at, QStringLiteral("source"));
            if (!o.value(QStringLiteral("source")).isObject())
                return reader.fault(sat, tr("\"source\" is required: {\"document\", \"title\", \"url\", \"confidence\"}"));
            const QJsonObject s = o.value(QStringLiteral("source")).toObject();
            if (const auto e = reader.unknownKeys(s, sat,
                                                  {QStringLiteral("document"), QStringLiteral("title"), QStringLiteral("url"),
                                                   QStringLiteral("confidence"), QStringLiteral("note_zh")}))
                return *e;
            m.source.document = s.value(QStringLiteral("document")).toString();
            m.source.title = s.value(QStringLiteral("title")).toString();
            m.source.url = s.value(QStringLiteral("url")).toString();
            m.source.confidence = s.value(QStringLiteral("confidence")).toString();
            if (m.source.document.isEmpty() && m.source.title.isEmpty())
                return reader.fault(sat, tr("a source names its document or its title"));
            if (!QStringList {QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low")}.contains(m.source.confidence))
                return reader.fault(FileReader::join(sat, QStringLiteral("confidence")), tr("\"confidence\" is high, medium or low"));

            catalog.m_matterIndex.insert(m.id, catalog.m_matters.size());
            catalog.m_matters.append(m);
        }
    }
    return catalog;
}

} // namespace tongban::intake
