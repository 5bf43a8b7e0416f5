#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tongban::intake {

/// The person at the counter (申请人, or 经办人 of an employer).
struct Applicant
{
    QString idNumber; ///< citizen ID number as typed (checked by IntakeValidator)
    QString name;
    QString phone;
};

/// The person an applicant acts for in one matter (代办).
struct AgentFor
{
    QString idNumber;
    QString name;
    QString relation; ///< one of AgentFor::relations()

    /// The allowed relations: spouse, parent, child, sibling, other-relative, entrusted (受托人).
    static QStringList relations()
    {
        return {QStringLiteral("spouse"),  QStringLiteral("parent"),         QStringLiteral("child"),
                QStringLiteral("sibling"), QStringLiteral("other-relative"), QStringLiteral("entrusted")};
    }
};

/// One matter of an intake as typed.
struct IntakeMatter
{
    QString matter; ///< MatterDefinition::id
    std::optional<AgentFor> agentFor; ///< set when the applicant acts for another person
    QJsonObject fields; ///< field id → value as the case's JSON holds it
    QStringList documents; ///< the document ids the applicant brought
};

/// One visit's intake: the applicant once, every matter, the queue number and the clerk. Also
/// the draft's content (draft holds the screen's own state, kept as it is).
struct IntakeCase
{
    Applicant applicant;
    QString queueNumber; ///< empty: the next automatic one of the day
    /// The window category whose automatic numbers the visit takes ("A" … "Z"); empty: the
    /// window's own (the context's setting), else "A".
    QString queueCategory;
    QString clerk; ///< empty: the context's clerk
    /// When the hall's queue system printed the ticket (from it to the call the visitor waited);
    /// invalid when not known (a number typed without its time, or issued by the app).
    QDateTime ticketAt;
    QList<IntakeMatter> matters;
    QJsonObject draft; ///< the GUI's state of the form ("draft"), not read by core
};

} // namespace tongban::intake
