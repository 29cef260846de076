#include "storeappender.h"

namespace dyad {

StoreAppender::StoreAppender(EventStore &store)
    : m_store(store)
{
    m_utf8.reserve(4096);
}

qsizetype StoreAppender::encode(QStringView text)
{
    const qsizetype offset = m_utf8.size();
    m_utf8.resize(offset + m_encoder.requiredSpace(text.size()));
    char *end = m_encoder.appendToBuffer(m_utf8.data() + offset, text);
    m_utf8.resize(end - m_utf8.constData());
    return offset;
}

EventKey StoreAppender::append(const Event &event)
{
    // Strings that are not shared (a CSV file's participants, say) would make the caches grow
    // with every event: start them afresh now and then.
    const auto trim = [](auto &cache) {
        if (cache.size() > maximumCached)
            cache.clear();
    };
    trim(m_categories);
    trim(m_publishers);
    trim(m_placeNames);
    trim(m_actors);
    m_utf8.resize(0);  // keeps the buffer
    const qsizetype id = encode(event.id);
    const qsizetype title = encode(event.title);
    const qsizetype summary = encode(event.summary);
    const qsizetype sourcesStart = encode({});
    m_sourceText.clear();
    for (const Source &source : event.sources) {
        const qsizetype sourceTitle = encode(source.title);
        m_sourceText.emplace_back(sourceTitle, encode(source.url));
    }
    const qsizetype end = m_utf8.size();

    EventStore::EventUtf8 utf8;
    utf8.id = encoded(id, title);
    utf8.title = encoded(title, summary);
    utf8.summary = encoded(summary, sourcesStart);
    utf8.start = event.start;
    utf8.end = event.end;
    utf8.tone = event.tone;

    const auto category = m_categories.constFind(addressOf(event.category));
    utf8.category = category != m_categories.constEnd()
                        ? *category
                        : *m_categories.insert(addressOf(event.category), m_store.internCategory(event.category));

    m_actorIndexes.clear();
    m_roles.clear();
    for (const Participant &participant : event.participants) {
        auto actor = m_actors.constFind(addressOf(participant.actorId));
        if (actor == m_actors.constEnd())
            actor = m_actors.insert(addressOf(participant.actorId), m_store.actorIndex(participant.actorId));
        if (*actor) {  // like the Event path: participants the store does not know are left out
            m_actorIndexes.push_back(**actor);
            m_roles.push_back(participant.role);
        }
    }
    utf8.actors = m_actorIndexes;
    utf8.roles = m_roles;

    if (event.place) {
        auto place = m_placeNames.constFind(addressOf(event.place->name));
        if (place == m_placeNames.constEnd())
            place = m_placeNames.insert(addressOf(event.place->name), m_store.internPlaceName(event.place->name));
        utf8.placeName = *place;
        utf8.location = event.place->location;
    }

    m_sources.clear();
    for (qsizetype i = 0; i < event.sources.size(); ++i) {
        const Source &source = event.sources[i];
        auto publisher = m_publishers.constFind(addressOf(source.publisher));
        if (publisher == m_publishers.constEnd())
            publisher = m_publishers.insert(addressOf(source.publisher), m_store.internPublisher(source.publisher));
        const auto [titleOffset, urlOffset] = m_sourceText[size_t(i)];
        const qsizetype urlEnd = size_t(i) + 1 < m_sourceText.size() ? m_sourceText[size_t(i) + 1].first : end;
        m_sources.push_back({*publisher, encoded(titleOffset, urlOffset), encoded(urlOffset, urlEnd), source.date});
    }
    utf8.sources = m_sources;
    return m_store.appendUnsorted(utf8);
}

} // namespace dyad
