#pragma once

#include "core/eventfilter.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dyad {

// The user's own layer on an event, kept apart from the event data and attached by the
// event's stable id, so a re-imported event keeps its note, tags, highlight and star.
struct EventAnnotation
{
    QString note;
    QStringList tags;    // without the leading '#', kept sorted and unique
    QString highlight;   // "#rrggbb", or empty for none
    bool starred = false;

    bool isEmpty() const { return note.isEmpty() && tags.isEmpty() && highlight.isEmpty() && !starred; }
    friend bool operator==(const EventAnnotation &, const EventAnnotation &) = default;
};

// A typed link between two events: "US sanctions" responds to "first S-400 delivery".
struct EventLink
{
    QString fromEventId;
    QString toEventId;
    QString type;  // one of knownLinkTypes() or the user's own word
    QString note;
    friend bool operator==(const EventLink &, const EventLink &) = default;
};

// The link types Dyad offers; any other non-empty word is accepted too.
QStringList knownLinkTypes();                   // "responds to", "leads to", "related to"
QString linkTypeDisplayName(const QString &type);

struct FilterPreset
{
    QString name;
    EventFilter filter;
    friend bool operator==(const FilterPreset &, const FilterPreset &) = default;
};

// Splits "#leverage, sanctions  #S-400" into sorted unique tags: leverage, S-400, sanctions.
QStringList normalizedTags(const QString &text);

} // namespace dyad
