#pragma once

#include "actor.h"
#include "event.h"
#include "textarena.h"

#include <QHash>
#include <QList>
#include <QString>

#include <span>
#include <vector>

namespace dyad {

using EventRow = quint32;    // position in start-date order; changes when events are added
using EventKey = quint32;    // stable handle of one event for the lifetime of the store
using ActorIndex = quint32;
using CategoryIndex = quint16;

inline constexpr EventRow noRow = std::numeric_limits<EventRow>::max();

// All events of a session, held in columns sorted by start day: a time window is a binary
// search and a filter is a tight loop over a few arrays. Text lives in one arena; actors,
// categories, places and publishers are interned and referred to by small integers.
class EventStore
{
public:
    // Actors
    ActorIndex addActor(const Actor &actor);  // replaces an actor with the same id
    // The same for many: each addActor() call resolves every state group again, this resolves them once.
    void addActors(const QList<Actor> &actors);
    // Removes the most recently added actor (undoing its addition); false if it takes part in events.
    bool removeLastActor();
    qsizetype actorCount() const { return m_actors.size(); }
    const Actor &actor(ActorIndex index) const { return m_actors.at(index); }
    const QList<Actor> &actors() const { return m_actors; }
    std::optional<ActorIndex> actorIndex(QStringView id) const;
    // The state an actor counts toward when filtering by country (itself for states).
    ActorIndex stateGroup(ActorIndex index) const { return m_stateGroup.at(index); }

    // Categories
    CategoryIndex internCategory(const QString &name);
    const QList<QString> &categories() const { return m_categories.strings(); }
    const QString &categoryName(CategoryIndex index) const { return m_categories.at(index); }

    // Events. appendUnsorted() + sortByStart() is the bulk path; insert() keeps order.
    void reserve(qsizetype events, qsizetype textBytes = 0);
    EventKey appendUnsorted(const Event &event);
    // The same for loaders that hold text as UTF-8 and have interned each distinct name once
    // (internCategory(), internPublisher(), internPlaceName()): no QString or hash per event.
    struct EventUtf8;
    EventKey appendUnsorted(const EventUtf8 &event);
    quint32 internPublisher(const QString &name) { return m_publishers.intern(name); }
    TextArena::Ref internPlaceName(const QString &name);
    // Orders the rows by start day and lays their text out in that order, so scans read
    // memory front to back. Keys never change: a key names its event for the store's life,
    // through sorting, edits, merges and copies of the store, and an event removed and then
    // added again under its id (undoing a delete, re-importing it) gets its old key back.
    void sortByStart();
    EventKey insert(const Event &event);
    void replace(EventKey key, const Event &event);
    // The same for many events at once, in one pass over the columns instead of one shift per event.
    void replaceMany(const QHash<EventKey, const Event *> &replacements);
    void remove(EventKey key);
    void clear();

    qsizetype size() const { return qsizetype(m_startDay.size()); }
    // One more than the largest key ever handed out: the size of an array indexed by key.
    qsizetype keyCapacity() const { return qsizetype(m_records.size()); }
    bool isEmpty() const { return m_startDay.empty(); }

    // Row access (rows are in start-date order).
    qint32 startDay(EventRow row) const { return m_startDay[row]; }
    qint32 lastDay(EventRow row) const { return m_lastDay[row]; }
    DatePrecision startPrecision(EventRow row) const { return DatePrecision(m_flags[row] & 3); }
    bool hasEnd(EventRow row) const { return m_flags[row] & hasEndFlag; }
    Date startDate(EventRow row) const;
    std::optional<Date> endDate(EventRow row) const;
    CategoryIndex category(EventRow row) const { return m_category[row]; }
    float tone(EventRow row) const { return m_tone[row]; }
    EventKey key(EventRow row) const { return m_key[row]; }
    std::span<const ActorIndex> participants(EventRow row) const;
    std::span<const ParticipantRole> participantRoles(EventRow row) const;

    QString id(EventRow row) const;
    QString title(EventRow row) const;
    QString summary(EventRow row) const;
    QByteArrayView titleUtf8(EventRow row) const;
    // Title, a line break and the summary: what the text filter searches, in one piece.
    QByteArrayView searchTextUtf8(EventRow row) const;
    QByteArrayView summaryUtf8(EventRow row) const;
    std::optional<Place> place(EventRow row) const;
    QByteArrayView placeNameUtf8(EventRow row) const;
    QList<Source> sources(EventRow row) const;
    Event event(EventRow row) const;

    EventRow rowOfKey(EventKey key) const;  // noRow when the key was removed
    std::optional<EventKey> keyOfId(QStringView id) const;

    // Time-window helpers: rows [result, size()) start on or after day.
    EventRow firstRowStartingFrom(qint32 day) const;
    EventRow firstRowStartingAfter(qint32 day) const;
    // Any event overlapping [from, to] starts no earlier than from - longestSpanDays().
    qint32 longestSpanDays() const { return m_longestSpan; }
    qint32 firstDay() const { return isEmpty() ? 0 : m_startDay.front(); }
    qint32 lastDayOfAll() const { return m_lastDayOfAll; }

    qsizetype memoryBytes() const;

private:
    struct Record;
    struct StoredSource;
    static constexpr quint8 hasEndFlag = 1u << 4;

    ActorIndex putActor(const Actor &actor);
    void resolveStateGroups();
    Record makeRecord(const Event &event);
    void appendRow(EventKey key, const Event &event);
    EventKey takeKeyFor(QStringView id);  // the key an id had before removal, or a new one
    void rebuildRowIndex();
    void relayOutRecordsInRowOrder();
    void updateExtent(qint32 firstDay, qint32 lastDay);
    void removeRow(EventRow row);
    void insertRowSorted(EventKey key, const Event &event);

    QList<Actor> m_actors;
    QHash<QString, ActorIndex> m_actorIndex;
    std::vector<ActorIndex> m_stateGroup;
    StringTable m_categories;
    StringTable m_publishers;
    QHash<QString, TextArena::Ref> m_placeNames;  // each distinct place name is stored once

    // Columns, one entry per row.
    std::vector<qint32> m_startDay;
    std::vector<qint32> m_lastDay;
    std::vector<qint32> m_endFirstDay;
    std::vector<quint8> m_flags;  // bits 0-1 start precision, 2-3 end precision, 4 has end
    std::vector<CategoryIndex> m_category;
    std::vector<float> m_tone;
    std::vector<EventKey> m_key;
    std::vector<quint32> m_participantBegin{0};  // size() + 1 entries
    std::vector<ActorIndex> m_participantActor;
    std::vector<ParticipantRole> m_participantRole;

    // Per key: what does not take part in filtering.
    std::vector<Record> m_records;
    std::vector<StoredSource> m_sources;
    std::vector<EventRow> m_rowOfKey;
    TextArena m_text;
    mutable QHash<QString, EventKey> m_keyOfId;  // built on first use
    QHash<QString, EventKey> m_keyOfRemovedId;

    qint32 m_longestSpan = 0;
    qint32 m_lastDayOfAll = 0;
    bool m_sorted = true;
};

struct EventStore::EventUtf8
{
    struct Source
    {
        quint32 publisher = 0;  // from internPublisher()
        QByteArrayView title;
        QByteArrayView url;
        Date date;
    };
    QByteArrayView id;
    Date start;
    std::optional<Date> end;
    QByteArrayView title;
    QByteArrayView summary;
    CategoryIndex category = 0;
    double tone = 0;
    std::span<const ActorIndex> actors;  // indexes of actors in this store
    std::span<const ParticipantRole> roles;
    std::optional<TextArena::Ref> placeName;  // from internPlaceName(); no place when empty
    std::optional<GeoPoint> location;
    std::span<const Source> sources;
};

struct EventStore::Record
{
    enum Flag : quint8 { HasPlace = 1, HasLocation = 2, Removed = 4 };
    TextArena::Ref id;
    TextArena::Ref title;    // the summary follows the title in the arena after one '\n'
    TextArena::Ref summary;
    TextArena::Ref placeName;
    qint32 microLatitude = 0;   // millionths of a degree: exact for up to six decimals
    qint32 microLongitude = 0;
    quint32 sourceBegin = 0;
    quint16 sourceCount = 0;
    quint8 flags = 0;
};

struct EventStore::StoredSource
{
    quint32 publisher;
    TextArena::Ref title;
    TextArena::Ref url;
    Date date;
};

} // namespace dyad
