#include "gdeltstoresink.h"

#include "cameo.h"
#include "importsupport.h"

namespace dyad {

GdeltStoreSink::GdeltStoreSink(EventStore &store)
    : m_store(store)
{
}

void GdeltStoreSink::add(const GdeltRow &row, GdeltRowParser &parser, GdeltActors &actors)
{
    EventStore::EventUtf8 event;
    m_id.assign("gdelt:").append(row.id.data(), size_t(row.id.size()));
    event.id = QByteArrayView(m_id.data(), qsizetype(m_id.size()));
    event.start = row.start;
    event.tone = row.tone;
    const int categoryKey = row.rootCode * 8 + row.quadClass;
    auto category = m_categories.find(categoryKey);
    if (category == m_categories.end())
        category = m_categories.emplace(categoryKey, m_store.internCategory(Cameo::category(row.rootCode, row.quadClass))).first;
    event.category = category->second;

    m_actorIndexes.clear();
    m_roles.clear();
    const qsizetype actor1 = actors.resolve(row.actor1.code, row.actor1.country, row.actor1.type, row.actor1.knownGroup);
    const qsizetype actor2 = actors.resolve(row.actor2.code, row.actor2.country, row.actor2.type, row.actor2.knownGroup);
    if (actor1 >= 0) {
        m_actorIndexes.push_back(ActorIndex(actor1));
        m_roles.push_back(ParticipantRole::Initiator);
    }
    if (actor2 >= 0) {
        m_actorIndexes.push_back(ActorIndex(actor2));
        m_roles.push_back(ParticipantRole::Target);
    }
    event.actors = m_actorIndexes;
    event.roles = m_roles;
    event.title = parser.title(row);
    event.summary = parser.summary(row);

    if (!row.placeName.isEmpty() || row.location) {
        const std::string_view key(row.placeName.data(), size_t(row.placeName.size()));
        auto place = m_placeNames.find(key);
        if (place == m_placeNames.end())
            place = m_placeNames.emplace(std::string(key), m_store.internPlaceName(QString::fromUtf8(row.placeName))).first;
        event.placeName = place->second;
        event.location = row.location;
    }

    EventStore::EventUtf8::Source source;
    source.date = row.sourceDate;
    const GdeltSource kind = GdeltRowParser::classifySource(row.sourceUrl);
    switch (kind.kind) {
    case GdeltSource::None:
        break;
    case GdeltSource::PlainUrl: {
        source.url = row.sourceUrl;
        const std::string_view key(kind.host.data(), size_t(kind.host.size()));
        auto publisher = m_publishers.find(key);
        if (publisher == m_publishers.end())
            publisher = m_publishers.emplace(std::string(key), m_store.internPublisher(QString::fromLatin1(kind.host).toLower())).first;
        source.publisher = publisher->second;
        break;
    }
    case GdeltSource::RepairedUrl:
        m_repairedUrl = kind.repaired.toUtf8();
        source.url = m_repairedUrl;
        source.publisher = m_store.internPublisher(hostOf(kind.repaired));
        break;
    case GdeltSource::NotALink:
        source.publisher = m_store.internPublisher(QString::fromUtf8(row.sourceUrl));
        break;
    }
    if (kind.kind != GdeltSource::None)
        event.sources = std::span(&source, 1);
    m_store.appendUnsorted(event);
}

void GdeltStoreSink::finish(const QList<Actor> &actors)
{
    m_store.addActors(actors);
    m_store.sortByStart();
}

} // namespace dyad
