#include "eventstore.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace dyad {

namespace {

template<typename T>
void permute(std::vector<T> &column, const std::vector<EventRow> &order)
{
    std::vector<T> sorted;
    sorted.reserve(column.size());
    for (EventRow from : order)
        sorted.push_back(column[from]);
    column.swap(sorted);
}

quint8 precisionBits(const Date &start, const std::optional<Date> &end)
{
    quint8 flags = quint8(start.precision());
    if (end && end->isValid())
        flags |= quint8(quint8(end->precision()) << 2) | quint8(1u << 4);
    return flags;
}

quint8 precisionBits(const Event &event)
{
    return precisionBits(event.start, event.end);
}

} // namespace

// Actors --------------------------------------------------------------------------------

ActorIndex EventStore::addActor(const Actor &actor)
{
    const ActorIndex index = putActor(actor);
    resolveStateGroups();
    return index;
}

void EventStore::addActors(const QList<Actor> &actors)
{
    m_actors.reserve(m_actors.size() + actors.size());
    m_actorIndex.reserve(m_actors.size() + actors.size());
    for (const Actor &actor : actors)
        putActor(actor);
    resolveStateGroups();
}

ActorIndex EventStore::putActor(const Actor &actor)
{
    if (const auto existing = m_actorIndex.constFind(actor.id); existing != m_actorIndex.constEnd()) {
        m_actors[*existing] = actor;
        return *existing;
    }
    const auto index = ActorIndex(m_actors.size());
    m_actors.append(actor);
    m_actorIndex.insert(actor.id, index);
    m_stateGroup.push_back(index);
    return index;
}

void EventStore::resolveStateGroups()
{
    // An actor's state may be added after it, so resolve every group again.
    for (ActorIndex i = 0; i < ActorIndex(m_actors.size()); ++i) {
        const QString &stateId = m_actors.at(i).stateId;
        const auto state = stateId.isEmpty() ? m_actorIndex.constEnd() : m_actorIndex.constFind(stateId);
        m_stateGroup[i] = state == m_actorIndex.constEnd() ? i : *state;
    }
}

bool EventStore::removeLastActor()
{
    if (m_actors.isEmpty())
        return false;
    const auto last = ActorIndex(m_actors.size() - 1);
    if (std::find(m_participantActor.begin(), m_participantActor.end(), last) != m_participantActor.end())
        return false;
    m_actorIndex.remove(m_actors.last().id);
    m_actors.removeLast();
    m_stateGroup.pop_back();
    for (ActorIndex &group : m_stateGroup) {
        if (group == last)
            group = ActorIndex(&group - m_stateGroup.data());
    }
    return true;
}

std::optional<ActorIndex> EventStore::actorIndex(QStringView id) const
{
    const auto found = m_actorIndex.constFind(id.toString());
    if (found == m_actorIndex.constEnd())
        return std::nullopt;
    return *found;
}

CategoryIndex EventStore::internCategory(const QString &name)
{
    const quint32 index = m_categories.intern(name);
    if (index > std::numeric_limits<CategoryIndex>::max())
        throw std::length_error("too many categories");
    return CategoryIndex(index);
}

// Events --------------------------------------------------------------------------------

void EventStore::reserve(qsizetype events, qsizetype textBytes)
{
    const auto n = size_t(events);
    m_startDay.reserve(n);
    m_lastDay.reserve(n);
    m_endFirstDay.reserve(n);
    m_flags.reserve(n);
    m_category.reserve(n);
    m_tone.reserve(n);
    m_key.reserve(n);
    m_participantBegin.reserve(n + 1);
    m_participantActor.reserve(n * 3);
    m_participantRole.reserve(n * 3);
    m_records.reserve(n);
    m_sources.reserve(n);
    m_rowOfKey.reserve(n);
    if (textBytes > 0)
        m_text.reserve(textBytes);
}

EventStore::Record EventStore::makeRecord(const Event &event)
{
    Record record;
    record.id = m_text.append(event.id);
    record.title = m_text.append(event.title);
    m_text.appendUtf8("\n");
    record.summary = m_text.append(event.summary);
    if (event.place) {
        const Place &place = *event.place;
        auto name = m_placeNames.constFind(place.name);
        if (name == m_placeNames.constEnd())
            name = m_placeNames.insert(place.name, m_text.append(place.name));
        record.placeName = *name;
        record.flags |= Record::HasPlace;
        if (place.location) {
            record.flags |= Record::HasLocation;
            record.microLatitude = qint32(std::lround(place.location->latitude * 1e6));
            record.microLongitude = qint32(std::lround(place.location->longitude * 1e6));
        }
    }
    record.sourceBegin = quint32(m_sources.size());
    record.sourceCount = quint16(std::min<qsizetype>(event.sources.size(), std::numeric_limits<quint16>::max()));
    for (const Source &source : event.sources.first(record.sourceCount)) {
        m_sources.push_back({m_publishers.intern(source.publisher), m_text.append(source.title),
                             m_text.append(source.url), source.date});
    }
    return record;
}

void EventStore::appendRow(EventKey key, const Event &event)
{
    m_startDay.push_back(event.firstDay());
    m_lastDay.push_back(event.lastDay());
    m_endFirstDay.push_back(event.end ? event.end->firstDay() : event.firstDay());
    m_flags.push_back(precisionBits(event));
    m_category.push_back(internCategory(event.category));
    m_tone.push_back(float(std::clamp(event.tone, minimumTone, maximumTone)));
    m_key.push_back(key);
    for (const Participant &participant : event.participants) {
        const auto actor = actorIndex(participant.actorId);
        if (!actor)
            continue;  // the loader reports unknown actors; the store only keeps what it can resolve
        m_participantActor.push_back(*actor);
        m_participantRole.push_back(participant.role);
    }
    m_participantBegin.push_back(quint32(m_participantActor.size()));
    updateExtent(event.firstDay(), event.lastDay());
}

void EventStore::updateExtent(qint32 firstDay, qint32 lastDay)
{
    m_longestSpan = std::max(m_longestSpan, lastDay - firstDay);
    m_lastDayOfAll = m_startDay.size() == 1 ? lastDay : std::max(m_lastDayOfAll, lastDay);
}

EventKey EventStore::takeKeyFor(QStringView id)
{
    if (!m_keyOfRemovedId.isEmpty()) {
        const auto found = m_keyOfRemovedId.constFind(id.toString());
        if (found != m_keyOfRemovedId.constEnd()) {
            const EventKey key = *found;
            m_keyOfRemovedId.erase(found);
            return key;
        }
    }
    m_records.emplace_back();
    m_rowOfKey.push_back(noRow);
    return EventKey(m_records.size() - 1);
}

EventKey EventStore::appendUnsorted(const Event &event)
{
    const EventKey key = takeKeyFor(event.id);
    m_records[key] = makeRecord(event);
    if (!m_startDay.empty() && event.firstDay() < m_startDay.back())
        m_sorted = false;
    appendRow(key, event);
    m_rowOfKey[key] = EventRow(m_startDay.size() - 1);
    if (!m_keyOfId.isEmpty())
        m_keyOfId.insert(event.id, key);
    return key;
}

TextArena::Ref EventStore::internPlaceName(const QString &name)
{
    auto found = m_placeNames.constFind(name);
    if (found == m_placeNames.constEnd())
        found = m_placeNames.insert(name, m_text.append(name));
    return *found;
}

EventKey EventStore::appendUnsorted(const EventUtf8 &event)
{
    const EventKey key = m_keyOfRemovedId.isEmpty() ? takeKeyFor({}) : takeKeyFor(QString::fromUtf8(event.id));
    Record record;
    record.id = m_text.appendUtf8(event.id);
    record.title = m_text.appendUtf8(event.title);
    m_text.appendUtf8("\n");
    record.summary = m_text.appendUtf8(event.summary);
    if (event.placeName) {
        record.placeName = *event.placeName;
        record.flags |= Record::HasPlace;
        if (event.location) {
            record.flags |= Record::HasLocation;
            record.microLatitude = qint32(std::lround(event.location->latitude * 1e6));
            record.microLongitude = qint32(std::lround(event.location->longitude * 1e6));
        }
    }
    record.sourceBegin = quint32(m_sources.size());
    record.sourceCount = quint16(std::min<size_t>(event.sources.size(), std::numeric_limits<quint16>::max()));
    for (const EventUtf8::Source &source : event.sources.first(record.sourceCount))
        m_sources.push_back({source.publisher, m_text.appendUtf8(source.title), m_text.appendUtf8(source.url), source.date});
    m_records[key] = record;

    const qint32 firstDay = event.start.firstDay();
    const qint32 lastDay = event.end ? std::max(event.end->lastDay(), event.start.lastDay()) : event.start.lastDay();
    if (!m_startDay.empty() && firstDay < m_startDay.back())
        m_sorted = false;
    m_startDay.push_back(firstDay);
    m_lastDay.push_back(lastDay);
    m_endFirstDay.push_back(event.end ? event.end->firstDay() : firstDay);
    m_flags.push_back(precisionBits(event.start, event.end));
    m_category.push_back(event.category);
    m_tone.push_back(float(std::clamp(event.tone, minimumTone, maximumTone)));
    m_key.push_back(key);
    const size_t participants = std::min(event.actors.size(), event.roles.size());
    m_participantActor.insert(m_participantActor.end(), event.actors.begin(), event.actors.begin() + participants);
    m_participantRole.insert(m_participantRole.end(), event.roles.begin(), event.roles.begin() + participants);
    m_participantBegin.push_back(quint32(m_participantActor.size()));
    updateExtent(firstDay, lastDay);
    m_rowOfKey[key] = EventRow(m_startDay.size() - 1);
    m_keyOfId.clear();  // rebuilt on first use
    return key;
}

void EventStore::sortByStart()
{
    if (m_sorted)
        return;
    std::vector<EventRow> order(m_startDay.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [this](EventRow a, EventRow b) { return m_startDay[a] < m_startDay[b]; });
    std::vector<quint32> begin{0};
    std::vector<ActorIndex> actors;
    std::vector<ParticipantRole> roles;
    begin.reserve(m_participantBegin.size());
    actors.reserve(m_participantActor.size());
    roles.reserve(m_participantRole.size());
    for (EventRow from : order) {
        for (quint32 p = m_participantBegin[from]; p < m_participantBegin[from + 1]; ++p) {
            actors.push_back(m_participantActor[p]);
            roles.push_back(m_participantRole[p]);
        }
        begin.push_back(quint32(actors.size()));
    }
    m_participantBegin.swap(begin);
    m_participantActor.swap(actors);
    m_participantRole.swap(roles);
    permute(m_startDay, order);
    permute(m_lastDay, order);
    permute(m_endFirstDay, order);
    permute(m_flags, order);
    permute(m_category, order);
    permute(m_tone, order);
    permute(m_key, order);
    relayOutRecordsInRowOrder();
    rebuildRowIndex();
    m_sorted = true;
}

void EventStore::relayOutRecordsInRowOrder()
{
    // Keys stay what they are (selections, undo commands and caches hold them); only the text
    // moves, so that a scan in row order reads the arena front to back.
    TextArena text;
    text.reserve(m_text.size());
    std::vector<Record> records(m_records.size());
    std::vector<StoredSource> sources;
    sources.reserve(m_sources.size());
    QHash<QString, TextArena::Ref> placeNames;
    const auto copy = [&](TextArena::Ref ref) { return text.appendUtf8(m_text.bytes(ref)); };
    for (size_t key = 0; key < m_records.size(); ++key) {
        if (m_records[key].flags & Record::Removed)
            records[key].flags = Record::Removed;  // its text is dropped; m_keyOfRemovedId keeps its id
    }
    for (EventRow row = 0; row < EventRow(m_key.size()); ++row) {
        Record record = m_records[m_key[row]];
        record.id = copy(record.id);
        const TextArena::Ref titleAndSummary = copy({record.title.offset,
                                                     record.summary.offset + record.summary.length - record.title.offset});
        record.summary.offset = titleAndSummary.offset + (record.summary.offset - record.title.offset);
        record.title.offset = titleAndSummary.offset;
        if (record.flags & Record::HasPlace) {
            const QString name = m_text.text(record.placeName);
            auto found = placeNames.constFind(name);
            if (found == placeNames.constEnd())
                found = placeNames.insert(name, copy(record.placeName));
            record.placeName = *found;
        }
        const quint32 sourceBegin = quint32(sources.size());
        for (quint32 i = 0; i < record.sourceCount; ++i) {
            StoredSource source = m_sources[record.sourceBegin + i];
            source.title = copy(source.title);
            source.url = copy(source.url);
            sources.push_back(source);
        }
        record.sourceBegin = sourceBegin;
        records[m_key[row]] = record;
    }
    m_text = std::move(text);
    m_records.swap(records);
    m_sources.swap(sources);
    m_placeNames = std::move(placeNames);
    m_rowOfKey.assign(m_records.size(), noRow);
    m_keyOfId.clear();
}

void EventStore::rebuildRowIndex()
{
    std::fill(m_rowOfKey.begin(), m_rowOfKey.end(), noRow);
    for (EventRow row = 0; row < EventRow(m_key.size()); ++row)
        m_rowOfKey[m_key[row]] = row;
}

void EventStore::insertRowSorted(EventKey key, const Event &event)
{
    const EventRow row = firstRowStartingAfter(event.firstDay());
    const auto at = [row](auto &column) { return column.begin() + row; };
    m_startDay.insert(at(m_startDay), event.firstDay());
    m_lastDay.insert(at(m_lastDay), event.lastDay());
    m_endFirstDay.insert(at(m_endFirstDay), event.end ? event.end->firstDay() : event.firstDay());
    m_flags.insert(at(m_flags), precisionBits(event));
    m_category.insert(at(m_category), internCategory(event.category));
    m_tone.insert(at(m_tone), float(std::clamp(event.tone, minimumTone, maximumTone)));
    m_key.insert(at(m_key), key);

    std::vector<ActorIndex> actors;
    std::vector<ParticipantRole> roles;
    for (const Participant &participant : event.participants) {
        if (const auto actor = actorIndex(participant.actorId)) {
            actors.push_back(*actor);
            roles.push_back(participant.role);
        }
    }
    const quint32 offset = m_participantBegin[row];
    m_participantActor.insert(m_participantActor.begin() + offset, actors.begin(), actors.end());
    m_participantRole.insert(m_participantRole.begin() + offset, roles.begin(), roles.end());
    m_participantBegin.insert(m_participantBegin.begin() + row + 1, offset);
    for (size_t i = row + 1; i < m_participantBegin.size(); ++i)
        m_participantBegin[i] += quint32(actors.size());
    updateExtent(event.firstDay(), event.lastDay());
    rebuildRowIndex();
}

EventKey EventStore::insert(const Event &event)
{
    sortByStart();
    const EventKey key = takeKeyFor(event.id);
    m_records[key] = makeRecord(event);
    insertRowSorted(key, event);
    if (!m_keyOfId.isEmpty())
        m_keyOfId.insert(event.id, key);
    return key;
}

void EventStore::replace(EventKey key, const Event &event)
{
    const EventRow row = rowOfKey(key);
    if (row == noRow)
        return;
    m_keyOfId.clear();
    removeRow(row);
    m_records[key] = makeRecord(event);
    insertRowSorted(key, event);
}

void EventStore::remove(EventKey key)
{
    const EventRow row = rowOfKey(key);
    if (row == noRow)
        return;
    m_keyOfId.clear();
    m_keyOfRemovedId.insert(id(row), key);
    removeRow(row);
    m_records[key].flags |= Record::Removed;
    rebuildRowIndex();
}

void EventStore::replaceMany(const QHash<EventKey, const Event *> &replacements)
{
    if (replacements.isEmpty())
        return;
    sortByStart();
    EventStore old;
    old.m_startDay.swap(m_startDay);
    old.m_lastDay.swap(m_lastDay);
    old.m_endFirstDay.swap(m_endFirstDay);
    old.m_flags.swap(m_flags);
    old.m_category.swap(m_category);
    old.m_tone.swap(m_tone);
    old.m_key.swap(m_key);
    old.m_participantBegin.swap(m_participantBegin);
    old.m_participantActor.swap(m_participantActor);
    old.m_participantRole.swap(m_participantRole);
    m_participantBegin = {0};
    m_startDay.reserve(old.m_startDay.size());
    m_lastDay.reserve(old.m_startDay.size());
    m_endFirstDay.reserve(old.m_startDay.size());
    m_flags.reserve(old.m_startDay.size());
    m_category.reserve(old.m_startDay.size());
    m_tone.reserve(old.m_startDay.size());
    m_key.reserve(old.m_startDay.size());
    for (EventRow row = 0; row < EventRow(old.size()); ++row) {
        const EventKey key = old.m_key[row];
        if (const Event *event = replacements.value(key, nullptr)) {
            m_records[key] = makeRecord(*event);
            appendRow(key, *event);
            continue;
        }
        m_startDay.push_back(old.m_startDay[row]);
        m_lastDay.push_back(old.m_lastDay[row]);
        m_endFirstDay.push_back(old.m_endFirstDay[row]);
        m_flags.push_back(old.m_flags[row]);
        m_category.push_back(old.m_category[row]);
        m_tone.push_back(old.m_tone[row]);
        m_key.push_back(key);
        const auto participants = old.participants(row);
        const auto roles = old.participantRoles(row);
        m_participantActor.insert(m_participantActor.end(), participants.begin(), participants.end());
        m_participantRole.insert(m_participantRole.end(), roles.begin(), roles.end());
        m_participantBegin.push_back(quint32(m_participantActor.size()));
    }
    m_lastDayOfAll = m_lastDay.empty() ? 0 : *std::max_element(m_lastDay.begin(), m_lastDay.end());
    m_keyOfId.clear();
    m_sorted = false;
    sortByStart();
}

void EventStore::removeRow(EventRow row)
{
    sortByStart();
    const auto at = [row](auto &column) { return column.begin() + row; };
    m_startDay.erase(at(m_startDay));
    m_lastDay.erase(at(m_lastDay));
    m_endFirstDay.erase(at(m_endFirstDay));
    m_flags.erase(at(m_flags));
    m_category.erase(at(m_category));
    m_tone.erase(at(m_tone));
    m_key.erase(at(m_key));
    const quint32 begin = m_participantBegin[row];
    const quint32 count = m_participantBegin[row + 1] - begin;
    m_participantActor.erase(m_participantActor.begin() + begin, m_participantActor.begin() + begin + count);
    m_participantRole.erase(m_participantRole.begin() + begin, m_participantRole.begin() + begin + count);
    m_participantBegin.erase(m_participantBegin.begin() + row + 1);
    for (size_t i = row + 1; i < m_participantBegin.size(); ++i)
        m_participantBegin[i] -= count;
    m_lastDayOfAll = m_lastDay.empty() ? 0 : *std::max_element(m_lastDay.begin(), m_lastDay.end());
}

void EventStore::clear()
{
    *this = EventStore();
}

// Row access ----------------------------------------------------------------------------

Date EventStore::startDate(EventRow row) const
{
    return Date::fromJulianDay(m_startDay[row], startPrecision(row));
}

std::optional<Date> EventStore::endDate(EventRow row) const
{
    if (!hasEnd(row))
        return std::nullopt;
    return Date::fromJulianDay(m_endFirstDay[row], DatePrecision((m_flags[row] >> 2) & 3));
}

std::span<const ActorIndex> EventStore::participants(EventRow row) const
{
    const quint32 begin = m_participantBegin[row];
    return {m_participantActor.data() + begin, m_participantBegin[row + 1] - begin};
}

std::span<const ParticipantRole> EventStore::participantRoles(EventRow row) const
{
    const quint32 begin = m_participantBegin[row];
    return {m_participantRole.data() + begin, m_participantBegin[row + 1] - begin};
}

QString EventStore::id(EventRow row) const
{
    return m_text.text(m_records[m_key[row]].id);
}

QString EventStore::title(EventRow row) const
{
    return m_text.text(m_records[m_key[row]].title);
}

QString EventStore::summary(EventRow row) const
{
    return m_text.text(m_records[m_key[row]].summary);
}

QByteArrayView EventStore::titleUtf8(EventRow row) const
{
    return m_text.bytes(m_records[m_key[row]].title);
}

QByteArrayView EventStore::summaryUtf8(EventRow row) const
{
    return m_text.bytes(m_records[m_key[row]].summary);
}

QByteArrayView EventStore::searchTextUtf8(EventRow row) const
{
    const Record &record = m_records[m_key[row]];
    return m_text.bytes({record.title.offset, record.summary.offset + record.summary.length - record.title.offset});
}

QByteArrayView EventStore::placeNameUtf8(EventRow row) const
{
    const Record &record = m_records[m_key[row]];
    return (record.flags & Record::HasPlace) ? m_text.bytes(record.placeName) : QByteArrayView();
}

std::optional<Place> EventStore::place(EventRow row) const
{
    const Record &record = m_records[m_key[row]];
    if (!(record.flags & Record::HasPlace))
        return std::nullopt;
    Place place{m_text.text(record.placeName), std::nullopt};
    if (record.flags & Record::HasLocation)
        place.location = GeoPoint{record.microLatitude / 1e6, record.microLongitude / 1e6};
    return place;
}

QList<Source> EventStore::sources(EventRow row) const
{
    const Record &record = m_records[m_key[row]];
    QList<Source> result;
    result.reserve(record.sourceCount);
    for (quint32 i = 0; i < record.sourceCount; ++i) {
        const StoredSource &source = m_sources[record.sourceBegin + i];
        result.append({m_publishers.at(source.publisher), m_text.text(source.title),
                       m_text.text(source.url), source.date});
    }
    return result;
}

Event EventStore::event(EventRow row) const
{
    Event event;
    event.id = id(row);
    event.start = startDate(row);
    event.end = endDate(row);
    event.title = title(row);
    event.summary = summary(row);
    event.category = categoryName(m_category[row]);
    event.tone = double(m_tone[row]);
    const auto actors = participants(row);
    const auto roles = participantRoles(row);
    for (size_t i = 0; i < actors.size(); ++i)
        event.participants.append({m_actors.at(actors[i]).id, roles[i]});
    event.place = place(row);
    event.sources = sources(row);
    return event;
}

EventRow EventStore::rowOfKey(EventKey key) const
{
    return key < m_rowOfKey.size() ? m_rowOfKey[key] : noRow;
}

std::optional<EventKey> EventStore::keyOfId(QStringView id) const
{
    if (m_keyOfId.isEmpty()) {
        m_keyOfId.reserve(qsizetype(m_records.size()));
        for (EventKey key = 0; key < EventKey(m_records.size()); ++key) {
            if (!(m_records[key].flags & Record::Removed))
                m_keyOfId.insert(m_text.text(m_records[key].id), key);
        }
    }
    const auto found = m_keyOfId.constFind(id.toString());
    if (found == m_keyOfId.constEnd())
        return std::nullopt;
    return *found;
}

EventRow EventStore::firstRowStartingFrom(qint32 day) const
{
    return EventRow(std::lower_bound(m_startDay.begin(), m_startDay.end(), day) - m_startDay.begin());
}

EventRow EventStore::firstRowStartingAfter(qint32 day) const
{
    return EventRow(std::upper_bound(m_startDay.begin(), m_startDay.end(), day) - m_startDay.begin());
}

qsizetype EventStore::memoryBytes() const
{
    const auto bytes = [](const auto &v) { return qsizetype(v.capacity() * sizeof(v[0])); };
    return bytes(m_startDay) + bytes(m_lastDay) + bytes(m_endFirstDay) + bytes(m_flags)
         + bytes(m_category) + bytes(m_tone) + bytes(m_key) + bytes(m_participantBegin)
         + bytes(m_participantActor) + bytes(m_participantRole) + bytes(m_records)
         + bytes(m_sources) + bytes(m_rowOfKey) + m_text.capacity();
}

} // namespace dyad
