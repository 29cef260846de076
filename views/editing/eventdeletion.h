#pragma once

#include <QString>

class QWidget;

namespace dyad {

class Session;

// What deleting the event would take with it of the user's own layer ("a note, 2 tags and
// 1 link"), or an empty string when it has no annotation and no link.
QString annotationsLostByDeleting(const Session &session, const QString &eventId);

// Asks before deleting an event the user has annotated (note, tags, star, highlight or
// links), with No as the default; returns whether to go ahead. An event without
// annotations is deleted without asking. The caller then calls Session::deleteEvent.
bool confirmDeleteEvent(QWidget *parent, const Session &session, const QString &eventId);

} // namespace dyad
