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
    m_names.insert(actor.name);
    m_actors.append(std::move(actor));
    return index;
}

qsizetype GdeltActors::state(QByteArrayView country)
{
    if (const auto found = m_indexByCode.find(view(country)); found != m_indexByCode.end())
        return found->second;
    const QString id = QString::fromUtf8(country);
    QString name = m_countries ? m_countries->englishName(id) : QString();
    if (name.isEmpty())
        name = QString::fromUtf8(Cameo::regionName(country));
    if (name.isEmpty())
        name = id;
    return add({id, name, ActorKind::State, {}, std::nullopt});
}

QString GdeltActors::nameFromCodes(QByteArrayView code, QByteArrayView country, QByteArrayView type, QByteArrayView knownGroup)
{
    QString what = QString::fromUtf8(Cameo::knownGroupName(knownGroup));
    if (what.isEmpty())
        what = QString::fromUtf8(Cameo::actorTypeLabel(type));
    QString name;
    if (country.isEmpty())
        name = what.isEmpty() ? QString::fromUtf8(code) : what.left(1).toUpper() + what.mid(1);
    else
        name = m_actors.at(state(country)).name + u" · " + (what.isEmpty() ? QString::fromUtf8(code) : what);
    // Two codes of the same country and type (USAGOV, USAGOVLEG with type GOV) stay apart.
    if (m_names.contains(name))
        name += u" (" + QString::fromUtf8(code) + u')';
    return name;
}

qsizetype GdeltActors::resolve(QByteArrayView code, QByteArrayView country, QByteArrayView type, QByteArrayView knownGroup)
{
    if (code.isEmpty())
        return country.isEmpty() ? -1 : state(country);
    if (code == country)
        return state(country);
    if (const auto found = m_indexByCode.find(view(code)); found != m_indexByCode.end())
        return found->second;
    const QString stateId = country.isEmpty() ? QString() : m_actors.at(state(country)).id;
    QString name = nameFromCodes(code, country, type, knownGroup);
    return add({QString::fromUtf8(code), std::move(name), Cameo::actorKindOfType(type), stateId, std::nullopt});
}

} // namespace dyad
