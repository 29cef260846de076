#pragma once

#include "eventstore.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>
#include <vector>

namespace dyad {

// What the user asked to see. A country in actorIds also matches the people and bodies
// that belong to it; with AllOf, every listed actor must take part (TUR and RUS: bilateral).
struct EventFilter
{
    enum class ActorMatch { AnyOf, AllOf };

    QStringList actorIds;
    ActorMatch actorMatch = ActorMatch::AnyOf;
    QStringList categories;           // empty: every category
    std::optional<qint32> fromDay;    // Julian days, inclusive; an event overlapping the window matches
    std::optional<qint32> toDay;
    double minimumTone = dyad::minimumTone;
    double maximumTone = dyad::maximumTone;
    QString text;                     // case-insensitive, in title, summary and place
    bool annotatedOnly = false;       // only events with a note, tag, highlight or star
    bool starredOnly = false;
    QStringList tags;                 // only events carrying any of these tags

    bool isEmpty() const { return *this == EventFilter(); }
    QJsonObject toJson() const;
    static EventFilter fromJson(const QJsonObject &json);
    friend bool operator==(const EventFilter &, const EventFilter &) = default;
};

// The outcome of running a filter: matching rows in start order, plus how many events each
// actor would have if the actor criterion were dropped (what the actor list shows).
struct FilterResult
{
    std::vector<EventRow> rows;
    std::vector<quint32> eventsPerActor;  // indexed by ActorIndex; a state counts its members' events
};

// What the user's annotations say about each event, indexed by EventKey. The session builds
// it; the filter only reads bits, so annotation criteria cost one byte per event.
struct AnnotationMarks
{
    enum : quint8 { Annotated = 1, Starred = 2, HasFilteredTag = 4 };
    std::vector<quint8> byKey;
    quint8 at(EventKey key) const { return key < byKey.size() ? byKey[key] : 0; }
};

FilterResult runFilter(const EventStore &store, const EventFilter &filter, const AnnotationMarks *marks = nullptr);

// Case-insensitive containment on UTF-8 text; the needle must already be case-folded.
bool containsFolded(QByteArrayView haystack, QByteArrayView foldedNeedle);

} // namespace dyad
