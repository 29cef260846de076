#include "eventdeletion.h"

#include "session/session.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace dyad {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dyad::EventDeletion", text);
}

QString eventTitle(const Session &session, const QString &eventId)
{
    const auto key = session.store().keyOfId(eventId);
    return key ? session.store().title(session.store().rowOfKey(*key)) : eventId;
}

} // namespace

QString annotationsLostByDeleting(const Session &session, const QString &eventId)
{
    const EventAnnotation annotation = session.annotations().annotation(eventId);
    const qsizetype links = session.annotations().linksOf(eventId).size();
    QStringList parts;
    if (!annotation.note.isEmpty())
        parts.append(tr("a note"));
    if (!annotation.tags.isEmpty())
        parts.append(annotation.tags.size() == 1 ? tr("1 tag") : tr("%1 tags").arg(annotation.tags.size()));
    if (annotation.starred)
        parts.append(tr("a star"));
    if (!annotation.highlight.isEmpty())
        parts.append(tr("a highlight"));
    if (links > 0)
        parts.append(links == 1 ? tr("1 link to other events") : tr("%1 links to other events").arg(links));
    if (parts.size() < 2)
        return parts.value(0);
    const QString last = parts.takeLast();
    return tr("%1 and %2").arg(parts.join(tr(", ")), last);
}

bool confirmDeleteEvent(QWidget *parent, const Session &session, const QString &eventId)
{
    const QString lost = annotationsLostByDeleting(session, eventId);
    if (lost.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Delete Event"),
                    tr("Delete “%1”?").arg(eventTitle(session, eventId)), QMessageBox::Yes | QMessageBox::No, parent);
    box.setInformativeText(tr("You added %1 to this event; they go with it. Undo brings them back.").arg(lost));
    box.setDefaultButton(QMessageBox::No);
    box.setEscapeButton(QMessageBox::No);
    box.setObjectName(QStringLiteral("confirmDeleteEvent"));
    return box.exec() == QMessageBox::Yes;
}

} // namespace dyad
