#include "trendaggregation.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace dyad {

namespace {

// The distinct state groups taking part in one event, in a small reused buffer.
void collectGroups(const EventStore &store, EventRow row, std::vector<ActorIndex> &groups)
{
    groups.clear();
    for (const ActorIndex actor : store.participants(row)) {
        const ActorIndex group = store.stateGroup(actor);
        if (std::find(groups.begin(), groups.end(), group) == groups.end())
            groups.push_back(group);
    }
}

// Counts pairs of small integers: a dense triangle when the actors are few, a hash otherwise.
class PairCounter
{
public:
    explicit PairCounter(qsizetype actors)
        : m_actors(size_t(actors))
    {
        if (actors <= denseLimit)
            m_dense.assign(m_actors * m_actors, 0);
    }

    void add(ActorIndex a, ActorIndex b)
    {
        const Dyad dyad(a, b);
        if (!m_dense.empty())
            ++m_dense[dyad.first() * m_actors + dyad.second()];
        else
            ++m_sparse[quint64(dyad.first()) << 32 | dyad.second()];
    }

    template<typename Visit>
    void forEach(Visit visit) const
    {
        if (!m_dense.empty()) {
            for (size_t first = 0; first < m_actors; ++first) {
                for (size_t second = first + 1; second < m_actors; ++second) {
                    if (const quint32 n = m_dense[first * m_actors + second])
                        visit(Dyad(ActorIndex(first), ActorIndex(second)), n);
                }
            }
            return;
        }
        for (auto it = m_sparse.cbegin(); it != m_sparse.cend(); ++it)
            visit(Dyad(ActorIndex(it.key() >> 32), ActorIndex(it.key() & 0xffffffffu)), it.value());
    }

private:
    static constexpr qsizetype denseLimit = 2048;
    size_t m_actors;
    std::vector<quint32> m_dense;
    QHash<quint64, quint32> m_sparse;
};

bool isState(const EventStore &store, ActorIndex actor)
{
    return store.actor(actor).kind == ActorKind::State;
}

} // namespace

bool involves(const EventStore &store, EventRow row, const Dyad &dyad)
{
    bool first = false;
    bool second = false;
    for (const ActorIndex actor : store.participants(row)) {
        const ActorIndex group = store.stateGroup(actor);
        first = first || group == dyad.first();
        second = second || group == dyad.second();
    }
    return first && second && dyad.first() != dyad.second();
}

std::vector<DyadCount> rankDyads(const EventStore &store, std::span<const EventRow> rows, qsizetype limit,
                                 bool statesOnly)
{
    PairCounter pairs(store.actorCount());
    std::vector<ActorIndex> groups;
    for (const EventRow row : rows) {
        collectGroups(store, row, groups);
        for (size_t i = 0; i < groups.size(); ++i) {
            for (size_t j = i + 1; j < groups.size(); ++j)
                pairs.add(groups[i], groups[j]);
        }
    }
    std::vector<DyadCount> ranked;
    pairs.forEach([&](const Dyad &dyad, quint32 events) {
        if (!statesOnly || (isState(store, dyad.first()) && isState(store, dyad.second())))
            ranked.push_back({dyad, events});
    });
    const auto moreEvents = [](const DyadCount &a, const DyadCount &b) {
        return a.events != b.events ? a.events > b.events : a.dyad < b.dyad;
    };
    const auto kept = std::min(qsizetype(ranked.size()), std::max<qsizetype>(limit, 0));
    std::partial_sort(ranked.begin(), ranked.begin() + kept, ranked.end(), moreEvents);
    ranked.resize(size_t(kept));
    return ranked;
}

std::vector<Dyad> defaultDyads(const EventStore &store, std::span<const EventRow> rows, qsizetype count)
{
    std::vector<Dyad> chosen;
    for (const DyadCount &ranked : rankDyads(store, rows, count, true))
        chosen.push_back(ranked.dyad);
    if (qsizetype(chosen.size()) < count) {
        for (const DyadCount &ranked : rankDyads(store, rows, count * 2)) {
            if (qsizetype(chosen.size()) < count && std::find(chosen.begin(), chosen.end(), ranked.dyad) == chosen.end())
                chosen.push_back(ranked.dyad);
        }
    }
    return chosen;
}

std::vector<ActorCount> rankActors(const EventStore &store, std::span<const EventRow> rows, qsizetype limit,
                                   std::span<const ActorIndex> excluded)
{
    std::vector<quint32> events(size_t(store.actorCount()), 0);
    // Which row last counted each group, so an event counts once per state however many of
    // its people take part.
    std::vector<EventRow> countedIn(size_t(store.actorCount()), noRow);
    for (const EventRow row : rows) {
        for (const ActorIndex actor : store.participants(row)) {
            const ActorIndex group = store.stateGroup(actor);
            if (countedIn[group] != row) {
                countedIn[group] = row;
                ++events[group];
            }
        }
    }
    for (const ActorIndex actor : excluded)
        events[store.stateGroup(actor)] = 0;

    std::vector<ActorCount> ranked;
    for (ActorIndex actor = 0; actor < ActorIndex(events.size()); ++actor) {
        if (events[actor] > 0)
            ranked.push_back({actor, events[actor]});
    }
    const auto moreEvents = [](const ActorCount &a, const ActorCount &b) {
        return a.events != b.events ? a.events > b.events : a.actor < b.actor;
    };
    const auto kept = std::min(qsizetype(ranked.size()), std::max<qsizetype>(limit, 0));
    std::partial_sort(ranked.begin(), ranked.begin() + kept, ranked.end(), moreEvents);
    ranked.resize(size_t(kept));
    return ranked;
}

QString dyadDisplayName(const EventStore &store, const Dyad &dyad)
{
    return QCoreApplication::translate("dyad::Trends", "%1 – %2")
        .arg(store.actor(dyad.first()).name, store.actor(dyad.second()).name);
}

} // namespace dyad
