#include "deferralrules.h"

#include "common/loadedonce.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace tongban::deferral {

namespace {

const QString builtInPath = QStringLiteral(":/parameters/deferral/2022.json");
const QStringList confidences {QStringLiteral("HIGH"), QStringLiteral("MEDIUM"), QStringLiteral("LOW")};

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

/// Parses the rules object by object; the first defect ends it with its JSON path.
class RulesParser
{
    Q_DECLARE_TR_FUNCTIONS(tongban::deferral::DeferralRules)

public:
    RulesParser(QString origin, QHash<QString, DeferralSource> sources)
        : m_origin(std::move(origin))
        , m_sources(std::move(sources))
    { }

    Error defect(const QString &path, const QString &what) const
    {
        return Error::missingFigure(path, tr("%1: %2 at %3").arg(m_origin, what, path));
    }

    /// Source key and confidence of @p object: both present and known.
    std::optional<Error> checkSourced(const QJsonObject &object, const QString &path) const
    {
        if (!m_sources.contains(object.value(u"source").toString()))
            return defect(path + QStringLiteral(".source"), tr("a source key listed in \"sources\" is required"));
        if (!confidences.contains(object.value(u"confidence").toString()))
            return defect(path + QStringLiteral(".confidence"), tr("a confidence HIGH, MEDIUM or LOW is required"));
        return std::nullopt;
    }

    Result<QDate> date(const QJsonObject &object, QStringView key, const QString &path) const
    {
        const QDate value = QDate::fromString(object.value(key).toString(), Qt::ISODate);
        if (!value.isValid())
            return defect(path + u'.' + key.toString(), tr("a date YYYY-MM-DD is required"));
        return value;
    }

    Result<std::optional<YearMonth>> month(const QJsonObject &object, QStringView key, const QString &path) const
    {
        if (!object.contains(key))
            return std::optional<YearMonth>();
        const auto value = YearMonth::parse(object.value(key).toString());
        if (!value)
            return defect(path + u'.' + key.toString(), tr("a month YYYY-MM is required"));
        return std::optional<YearMonth>(*value);
    }

private:
    QString m_origin;
    QHash<QString, DeferralSource> m_sources;
};

} // namespace

Result<DeferralRules> DeferralRules::loadBuiltIn()
{
    static LoadedOnce<DeferralRules> loaded;
    return loaded.get(QString(), [] {
        auto rules = loadFile(builtInPath);
        if (!rules && rules.error().kind == Error::Kind::NotFound)
            return Result<DeferralRules>(Error::missingFigure(builtInPath, rules.error().message));
        return rules;
    });
}

Result<DeferralRules> DeferralRules::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::notFound(QStringLiteral("path"), tr("cannot read the deferral rules %1: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error::missingFigure(path, tr("the deferral rules %1 are not a JSON object: %2").arg(path, parseError.errorString()));
    return fromJson(doc.object(), path);
}

Result<DeferralRules> DeferralRules::fromJson(const QJsonObject &json, const QString &origin)
{
    DeferralRules rules;
    rules.m_edition = json.value(u"edition").toString();
    rules.m_title = json.value(u"title").toString();
    rules.m_titleZh = json.value(u"title_zh").toString(rules.m_title);

    const QJsonObject sources = json.value(u"sources").toObject();
    for (auto it = sources.begin(); it != sources.end(); ++it) {
        const QJsonObject source = it.value().toObject();
        DeferralSource s {it.key(), source.value(u"document").toString(), source.value(u"number").toString(),
                          source.value(u"url").toString(), source.value(u"citation").toString().trimmed()};
        if (s.document.isEmpty())
            return Error::missingFigure(QStringLiteral("sources.") + it.key(), tr("%1: a source needs its document").arg(origin));
        if (s.number.isEmpty())
            s.number = s.document;
        rules.m_sources.insert(s.key, s);
    }
    const RulesParser parser(origin, rules.m_sources);

    rules.m_insurances = stringList(json.value(u"insurances"));
    if (rules.m_insurances.isEmpty())
        return parser.defect(QStringLiteral("insurances"), tr("the list of insurances is required"));

    const QJsonObject payBack = json.value(u"pay_back_by").toObject();
    if (auto e = parser.checkSourced(payBack, QStringLiteral("pay_back_by")))
        return *e;
    const auto payBackDate = parser.date(payBack, u"date", QStringLiteral("pay_back_by"));
    if (!payBackDate)
        return payBackDate.error();
    rules.m_payBackBy = *payBackDate;
    rules.m_payBackSource = payBack.value(u"source").toString();

    const QJsonObject lateFee = json.value(u"late_fee_waived").toObject();
    if (auto e = parser.checkSourced(lateFee, QStringLiteral("late_fee_waived")))
        return *e;
    if (!lateFee.value(u"value").isBool())
        return parser.defect(QStringLiteral("late_fee_waived.value"), tr("true or false is required"));
    rules.m_lateFeeWaived = lateFee.value(u"value").toBool();
    rules.m_lateFeeSource = lateFee.value(u"source").toString();

    const QJsonArray groups = json.value(u"industry_groups").toArray();
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QJsonObject g = groups.at(i).toObject();
        const QString path = QStringLiteral("industry_groups[%1]").arg(i);
        if (auto e = parser.checkSourced(g, path))
            return *e;
        IndustryGroup group {g.value(u"id").toString(),     g.value(u"label").toString(),  g.value(u"label_zh").toString(),
                             stringList(g.value(u"codes")), g.value(u"source").toString(), g.value(u"confidence").toString()};
        if (group.id.isEmpty() || group.codes.isEmpty())
            return parser.defect(path, tr("a group needs an id and codes"));
        rules.m_groups.append(group);
    }

    const QJsonArray ruleArray = json.value(u"rules").toArray();
    if (ruleArray.isEmpty())
        return parser.defect(QStringLiteral("rules"), tr("at least one rule is required"));
    for (qsizetype i = 0; i < ruleArray.size(); ++i) {
        const QJsonObject r = ruleArray.at(i).toObject();
        const QString path = QStringLiteral("rules[%1]").arg(i);
        if (auto e = parser.checkSourced(r, path))
            return *e;
        DeferralRule rule;
        rule.id = r.value(u"id").toString();
        rule.label = r.value(u"label").toString(rule.id);
        rule.labelZh = r.value(u"label_zh").toString(rule.label);
        rule.payerKinds = stringList(r.value(u"payer_kinds"));
        rule.source = r.value(u"source").toString();
        rule.confidence = r.value(u"confidence").toString();
        rule.share = r.value(u"share").toString();
        rule.shareNote = r.value(u"share_note").toString();
        rule.shareNoteZh = r.value(u"share_note_zh").toString(rule.shareNote);
        if (rule.id.isEmpty() || rule.payerKinds.isEmpty())
            return parser.defect(path, tr("a rule needs an id and payer kinds"));
        if (rule.share != u"employer" && rule.share != u"all")
            return parser.defect(path + QStringLiteral(".share"), tr("\"employer\" or \"all\" is required"));

        const QJsonObject conditions = r.value(u"conditions").toObject();
        rule.industryGroup = conditions.value(u"industry_group").toString();
        if (!rule.industryGroup.isEmpty() && !rules.group(rule.industryGroup))
            return parser.defect(path + QStringLiteral(".conditions.industry_group"), tr("an id of industry_groups is required"));
        rule.sizes = stringList(conditions.value(u"sizes"));
        if (conditions.contains(u"hard_hit_area"))
            rule.hardHitArea = conditions.value(u"hard_hit_area").toBool();
        if (conditions.contains(u"temporary_difficulty"))
            rule.temporaryDifficulty = conditions.value(u"temporary_difficulty").toBool();

        const QJsonObject period = r.value(u"application_period").toObject();
        const QString periodPath = path + QStringLiteral(".application_period");
        if (auto e = parser.checkSourced(period, periodPath))
            return *e;
        const auto from = parser.date(period, u"from", periodPath);
        if (!from)
            return from.error();
        const auto to = parser.date(period, u"to", periodPath);
        if (!to)
            return to.error();
        rule.applicationFrom = *from;
        rule.applicationTo = *to;

        const QJsonArray windows = r.value(u"windows").toArray();
        if (windows.isEmpty())
            return parser.defect(path + QStringLiteral(".windows"), tr("at least one insurance window is required"));
        for (qsizetype w = 0; w < windows.size(); ++w) {
            const QJsonObject o = windows.at(w).toObject();
            const QString windowPath = path + QStringLiteral(".windows[%1]").arg(w);
            if (auto e = parser.checkSourced(o, windowPath))
                return *e;
            PremiumWindow window;
            window.insurance = o.value(u"insurance").toString();
            if (!rules.m_insurances.contains(window.insurance))
                return parser.defect(windowPath + QStringLiteral(".insurance"),
                                     tr("one of %1 is required").arg(rules.m_insurances.join(u", ")));
            const auto first = parser.month(o, u"from", windowPath);
            if (!first)
                return first.error();
            const auto last = parser.month(o, u"to", windowPath);
            if (!last)
                return last.error();
            window.from = *first;
            window.to = *last;
            window.fromApplication = o.value(u"from_application").toBool();
            window.maxMonths = o.value(u"max_months").toInt();
            window.source = o.value(u"source").toString();
            window.confidence = o.value(u"confidence").toString();
            window.note = o.value(u"note").toString();
            window.noteZh = o.value(u"note_zh").toString();
            if (window.from.has_value() == window.fromApplication)
                return parser.defect(windowPath, tr("either a first month \"from\" or \"from_application\": true is required"));
            if (!window.to && window.maxMonths <= 0)
                return parser.defect(windowPath, tr("a last month \"to\" or \"max_months\" > 0 is required"));
            rule.windows.append(window);
        }
        rules.m_rules.append(rule);
    }
    return rules;
}

const IndustryGroup *DeferralRules::group(const QString &id) const
{
    for (const IndustryGroup &g : m_groups)
        if (g.id == id)
            return &g;
    return nullptr;
}

DeferralSource DeferralRules::source(const QString &key) const
{
    return m_sources.value(key);
}

} // namespace tongban::deferral
