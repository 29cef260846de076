#include "gdeltactors.h"

#include "cameo.h"
#include "geo/countrycodes.h"

namespace dyad {

namespace {

std::string_view view(QByteArrayView bytes)
{
    return {bytes.data(), size_t(bytes.size())};
}

} // namespace

qsizetype GdeltActors::add(Actor actor)
{
    const qsizetype index = m_actors.size();
    m_indexByCode.emplace(actor.id.toStdString(), index);
    m_actors.append(std::move(actor));
    return index;
}

qsizetype GdeltActors::state(QByteArrayView country, QByteArrayView ownName)
{
    if (const auto found = m_indexByCode.find(view(country)); found != m_indexByCode.end())
        return found->second;
    // The ISO name when the CAMEO code is an ISO alpha-3 code; CAMEO's regional codes
    // (AFR, EUR, ...) keep the name GDELT gives them.
    const QString id = QString::fromUtf8(country);
    QString name = m_countries ? m_countries->englishName(id) : QString();
    if (name.isEmpty())
        name = QString::fromUtf8(ownName.isEmpty() ? country : ownName);
    return add({id, name, ActorKind::State, {}, std::nullopt});
}

qsizetype GdeltActors::resolve(QByteArrayView code, QByteArrayView name, QByteArrayView country, QByteArrayView type)
{
    if (code.isEmpty())
        return country.isEmpty() ? -1 : state(country, {});
    if (code == country)
        return state(country, name);
    if (const auto found = m_indexByCode.find(view(code)); found != m_indexByCode.end())
        return found->second;
    QString stateId;
    if (!country.isEmpty())
        stateId = m_actors.at(state(country, {})).id;
    const QString id = QString::fromUtf8(code);
    return add({id, name.isEmpty() ? id : QString::fromUtf8(name), Cameo::actorKindOfType(type), stateId, std::nullopt});
}

} // namespace dyad
