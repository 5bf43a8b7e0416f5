#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tongban::intake {

/// A department of the integrated window (社会保险, 医疗保障, 民政…): resources/matters/departments.json.
struct Department
{
    QString id; ///< "social-insurance"
    QString nameZh;
    QString nameEn;
};

/// The type of a field of the dictionary (resources/matters/fields.json); the value each takes in
/// an intake case is in the design (docs: resources/matters/README.md).
enum class FieldType {
    Text, ///< "text": a string
    Multiline, ///< "multiline": a string
    IdNumber, ///< "id-number": a citizen ID number (GB 11643)
    Uscc, ///< "uscc": a unified social credit code (GB 32100)
    Phone, ///< "phone": a mobile or landline number
    Date, ///< "date": "YYYY-MM-DD"
    Month, ///< "month": "YYYY-MM"
    MonthRange, ///< "month-range": {"from", "to"}
    MonthPeriods, ///< "month-periods": [{"from", "to", "employer"}]
    Money, ///< "money": yuan as a string with at most two decimals
    Integer, ///< "integer": a JSON number without a fraction
    Choice, ///< "choice": one option's value
    Boolean, ///< "boolean": true or false
    BankAccount, ///< "bank-account": 12–30 digits
    Region, ///< "region": a GB/T 2260 six-digit code
};

/// The catalog's spelling of @p type ("month-range").
QString fieldTypeKey(FieldType type);
/// The type spelled @p key, or std::nullopt for an unknown spelling.
std::optional<FieldType> fieldTypeFromKey(const QString &key);

/// One option of a choice field.
struct FieldOption
{
    QString value; ///< what the case holds ("counter")
    QString labelZh;
    QString labelEn;
};

/// The validation keys of a field (all optional; which apply depends on the type).
struct FieldValidation
{
    std::optional<int> minLength; ///< text: characters
    std::optional<int> maxLength; ///< text, multiline: characters
    QString pattern; ///< text: a regular expression the whole value must match; empty: none
    QString patternHintZh; ///< what the pattern allows, in words
    QString patternHintEn;
    bool notAfterToday = false; ///< date, month, month-range
    bool notBeforeToday = false; ///< date, month
    std::optional<qint64> minFen; ///< money: the least amount, in fen
    std::optional<qint64> maxFen; ///< money: the greatest amount, in fen
    std::optional<qint64> minInteger; ///< integer
    std::optional<qint64> maxInteger; ///< integer
};

/// A field of the dictionary: what the clerk types once, whichever matter asks for it.
struct FieldDefinition
{
    QString id; ///< "bank_account"
    FieldType type = FieldType::Text;
    QString labelZh;
    QString labelEn;
    QString hintZh; ///< what is allowed, shown beside the field
    QString hintEn;
    FieldValidation validation;
    QList<FieldOption> options; ///< choice only (at least one)
};

/// A document of the dictionary (resources/matters/documents.json).
struct DocumentDefinition
{
    QString id; ///< "power-of-attorney"
    QString nameZh;
    QString nameEn;
    QString whyZh; ///< why it is needed (printed on the one-time notice)
    QString whyEn;
};

/// One condition under which a field or a document of a matter applies ("when").
struct Condition
{
    enum class Kind {
        Agent, ///< "agent": the applicant acts for another person in the matter
        Set, ///< {"field", "set": true|false}: the field holds a value (or does not)
        Equals, ///< {"field", "equals": V}
        In, ///< {"field", "in": [V, ...]}
    };
    Kind kind = Kind::Agent;
    QString field; ///< the matter's field the condition reads (not for Agent)
    bool set = true; ///< Set: whether the field must hold a value
    QJsonValue value; ///< Equals: the value
    QList<QJsonValue> values; ///< In: the values
};

/// A field as a matter asks for it.
struct MatterField
{
    QString field; ///< FieldDefinition::id
    bool required = false;
    QList<Condition> when; ///< all must hold; empty: always
};

/// A document as a matter asks for it.
struct MatterDocument
{
    QString document; ///< DocumentDefinition::id
    QList<Condition> when; ///< all must hold; empty: always
};

/// A matter's time limits, in working days (法定时限, 承诺时限).
struct TimeLimit
{
    std::optional<int> statutoryDays; ///< none when no law sets one (the source says so)
    int promisedDays = 0; ///< ≤ statutoryDays when that is set; 0 when immediate or when none is published
    bool hasPromisedDays = true; ///< false: no promised limit was found (promised_days null)
    /// A statutory limit the law counts in calendar days (工伤保险条例第二十条: 60日); statutoryDays is then none.
    std::optional<int> statutoryCalendarDays;
    std::optional<int> extendedDays; ///< the longest limit in working days when the rule allows an extension
    bool immediate = false; ///< 即办: done at the counter
    QString source; ///< which list gives these figures
};

/// Where a matter's definition comes from.
struct SourceRef
{
    QString document; ///< "人社部发〔20xx〕xx号"
    QString title;
    QString url;
    QString confidence; ///< "high", "medium" or "low"
};

/// How a matter goes through the back office after it is taken in (the catalog's "workflow" key):
/// which steps it takes before it is done, and the department it is forwarded to. Read by
/// workflow::MatterStateMachine; absent key = {"steps": ["pre-review"]}; 即办 = {"steps": []}.
struct MatterWorkflow
{
    /// The steps in order, a subset of stepKeys(): "pre-review" (预审), "forward" (转办 to forwardTo).
    QStringList steps {QStringLiteral("pre-review")};
    QString forwardTo; ///< Department::id the matter is forwarded to; set exactly when steps has "forward"

    bool hasPreReview() const { return steps.contains(QStringLiteral("pre-review")); }
    bool hasForward() const { return steps.contains(QStringLiteral("forward")); }
    /// The steps the catalog may name.
    static QStringList stepKeys() { return {QStringLiteral("pre-review"), QStringLiteral("forward")}; }
};

/// Whom a matter is about.
enum class Subject {
    Person, ///< the applicant, or the person they act for
    Employer, ///< an employer, named by the matter's uscc field
};

/// One matter of the integrated window's catalog (退休申请, 待遇资格认证…), as data.
struct MatterDefinition
{
    QString id; ///< "retirement-application"
    QString department; ///< Department::id
    QString nameZh;
    QString nameEn;
    QString shortZh; ///< the short name clerks say; may be empty
    QString pinyin; ///< initials of the short (else full) name, lower case: "txsq"
    QStringList keys; ///< more search keys
    Subject subject = Subject::Person;
    QList<MatterField> fields;
    QList<MatterDocument> documents;
    TimeLimit timeLimit;
    bool offline = false; ///< an outreach point may take it without a connection
    QString preReview; ///< the pre-review engine's id; empty: none
    MatterWorkflow workflow; ///< the back-office steps ("workflow")
    SourceRef source;
    QString file; ///< the catalog file it was read from ("matters/social-insurance.json")

    /// The short name when there is one, else the full name (Chinese).
    QString displayZh() const { return shortZh.isEmpty() ? nameZh : shortZh; }
    /// The matter's field @p fieldId, or nullptr.
    const MatterField *fieldEntry(const QString &fieldId) const
    {
        for (const MatterField &f : fields)
            if (f.field == fieldId)
                return &f;
        return nullptr;
    }
};

} // namespace tongban::intake
