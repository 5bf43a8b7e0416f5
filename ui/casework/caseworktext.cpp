#include "ui/casework/caseworktext.h"

#include "policy/sourcedfigure.h"

namespace tongban::ui {

namespace {

QString localized(const QString &zh, const QString &en)
{
    return policy::chineseScreen() || en.isEmpty() ? zh : en;
}

} // namespace

QString CaseworkText::level(casework::RatingLevel level)
{
    switch (level) {
    case casework::RatingLevel::VerySatisfied:
        return tr("Very satisfied");
    case casework::RatingLevel::Satisfied:
        return tr("Satisfied");
    case casework::RatingLevel::BasicallySatisfied:
        return tr("Basically satisfied");
    case casework::RatingLevel::Dissatisfied:
        return tr("Dissatisfied");
    case casework::RatingLevel::VeryDissatisfied:
        return tr("Very dissatisfied");
    }
    return QString::number(int(level));
}

QString CaseworkText::deadline(const QDate &due, const QDate &today)
{
    if (!due.isValid())
        return tr("no date");
    const qint64 days = today.daysTo(due);
    if (days < 0)
        return tr("overdue by %n day(s)", nullptr, int(-days));
    if (days == 0)
        return tr("due today");
    return tr("due in %n day(s)", nullptr, int(days));
}

QString CaseworkText::departments(const QStringList &ids, const intake::MatterCatalog &catalog)
{
    QStringList names;
    for (const QString &id : ids) {
        const intake::Department *department = catalog.department(id);
        names << (department ? localized(department->nameZh, department->nameEn) : id);
    }
    return names.join(tr(", "));
}

QString CaseworkText::matter(const QString &id, const intake::MatterCatalog &catalog)
{
    const intake::MatterDefinition *definition = catalog.matter(id);
    return definition ? localized(definition->displayZh(), definition->nameEn) : id;
}

QString CaseworkText::caseEvent(const QString &kind)
{
    if (kind == u"opened")
        return tr("Opened");
    if (kind == u"note")
        return tr("Note");
    if (kind == u"assigned")
        return tr("Assigned");
    if (kind == u"promised")
        return tr("Date promised");
    if (kind == u"closed")
        return tr("Closed with the answer");
    if (kind == u"reopened")
        return tr("Reopened");
    return kind;
}

QString CaseworkText::caseStatus(const QString &status)
{
    return status == u"closed" ? tr("closed") : tr("open");
}

} // namespace tongban::ui
