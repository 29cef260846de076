#pragma once

#include "core/actor.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QSet>

#include <string>
#include <string_view>
#include <unordered_map>

namespace dyad {

class CountryCodes;

// Turns GDELT's Actor1/Actor2 columns into Dyad actors, once per distinct code:
// - a code equal to its CAMEO country code (TUR) is that state, id TUR;
// - any other code (TURGOV, IGOUNO) is an actor of its own with the code as id, a kind from
//   its CAMEO type code, and belongs to its country's state. Its name comes from the codes
//   ("Türkiye · government", "United Nations", "Business"), never from a row: GDELT's names
//   vary from row to row (USAGOV is "JOE BIDEN" in one, "THE US" in the next).
class GdeltActors
{
public:
    // State names come from the ISO table when the CAMEO code is an ISO alpha-3 code.
    explicit GdeltActors(const CountryCodes *countries = nullptr) : m_countries(countries) {}

    // The position in actors() of one row's actor; -1 when the row names no actor.
    qsizetype resolve(QByteArrayView code, QByteArrayView country, QByteArrayView type, QByteArrayView knownGroup = {});
    const QList<Actor> &actors() const { return m_actors; }

    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view text) const { return qHash(QByteArrayView(text.data(), qsizetype(text.size()))); }
    };

private:
    qsizetype state(QByteArrayView country);
    qsizetype add(Actor actor);
    QString nameFromCodes(QByteArrayView code, QByteArrayView country, QByteArrayView type, QByteArrayView knownGroup);

    std::unordered_map<std::string, qsizetype, Hash, std::equal_to<>> m_indexByCode;
    QList<Actor> m_actors;
    QSet<QString> m_names;
    const CountryCodes *m_countries = nullptr;
};

} // namespace dyad
