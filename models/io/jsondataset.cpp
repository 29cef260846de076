#include "jsondataset.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

#include <charconv>

namespace dyad::JsonDataset {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dyad::JsonDataset", text);
}

void locate(const QByteArray &json, qsizetype offset, int &line, int &column)
{
    offset = std::clamp<qsizetype>(offset, 0, json.size());
    line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (json[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    column = int(QString::fromUtf8(json.constData() + lineStart, offset - lineStart).size()) + 1;
}

// Semantic errors carry a path such as events[3].start; the line is found from the
// object's id, which is unique, so the user can jump to it in an editor.
class Validator
{
public:
    explicit Validator(const QByteArray &json) : m_json(json) {}

    ParseError error(const QString &path, const QString &message, const QString &anchorId = {}) const
    {
        ParseError error;
        error.message = path + u": " + message;
        if (!anchorId.isEmpty()) {
            const qsizetype at = m_json.indexOf(QJsonDocument(QJsonArray{anchorId}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
            if (at >= 0)
                locate(m_json, at, error.line, error.column);
        }
        return error;
    }

private:
    const QByteArray &m_json;
};

std::optional<GeoPoint> readLocation(const QJsonObject &object, QString &problem)
{
    const QJsonValue lat = object[u"lat"];
    const QJsonValue lon = object[u"lon"];
    if (lat.isUndefined() && lon.isUndefined())
        return std::nullopt;
    if (!lat.isDouble() || !lon.isDouble()) {
        problem = tr("lat and lon must both be numbers");
        return std::nullopt;
    }
    const GeoPoint point{lat.toDouble(), lon.toDouble()};
    if (!point.isValid())
        problem = tr("coordinates out of range (latitude -90..90, longitude -180..180)");
    return point;
}

bool isWebUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty();
}

ParseError readActor(const Validator &v, const QJsonValue &value, qsizetype index, Actor &actor)
{
    const QString path = u"actors[" + QString::number(index) + u']';
    if (!value.isObject())
        return v.error(path, tr("an actor must be an object"));
    const QJsonObject object = value.toObject();
    actor.id = object[u"id"].toString().trimmed();
    if (actor.id.isEmpty())
        return v.error(path + u".id", tr("missing actor id"));
    actor.name = object[u"name"].toString(actor.id);
    const auto kind = actorKindFromName(object[u"kind"].toString(QStringLiteral("state")));
    if (!kind)
        return v.error(path + u".kind", tr("unknown actor kind \"%1\"").arg(object[u"kind"].toString()), actor.id);
    actor.kind = *kind;
    actor.stateId = object[u"state"].toString();
    if (object.contains(u"home")) {
        QString problem;
        actor.home = readLocation(object[u"home"].toObject(), problem);
        if (!problem.isEmpty())
            return v.error(path + u".home", problem, actor.id);
    }
    return {};
}

ParseError readDate(const Validator &v, const QJsonValue &value, const QString &path, const QString &anchor, Date &date)
{
    const auto parsed = Date::fromIsoString(value.toString());
    if (!value.isString() || !parsed)
        return v.error(path, tr("\"%1\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)").arg(value.toVariant().toString()), anchor);
    date = *parsed;
    return {};
}

ParseError readEvent(const Validator &v, const QJsonValue &value, qsizetype index, const QSet<QString> &actorIds, Event &event)
{
    const QString path = u"events[" + QString::number(index) + u']';
    if (!value.isObject())
        return v.error(path, tr("an event must be an object"));
    const QJsonObject object = value.toObject();
    event.id = object[u"id"].toString().trimmed();
    if (event.id.isEmpty())
        return v.error(path + u".id", tr("missing event id"));
    const QString &anchor = event.id;
    if (auto error = readDate(v, object[u"start"], path + u".start", anchor, event.start); error.isError())
        return error;
    if (object.contains(u"end")) {
        Date end;
        if (auto error = readDate(v, object[u"end"], path + u".end", anchor, end); error.isError())
            return error;
        if (end.lastDay() < event.start.firstDay())
            return v.error(path + u".end", tr("the end is before the start"), anchor);
        event.end = end;
    }
    event.title = object[u"title"].toString();
    if (event.title.trimmed().isEmpty())
        return v.error(path + u".title", tr("missing title"), anchor);
    event.summary = object[u"summary"].toString();
    event.category = object[u"category"].toString();
    const QJsonValue tone = object[u"tone"];
    if (!tone.isUndefined() && (!tone.isDouble() || tone.toDouble() < minimumTone || tone.toDouble() > maximumTone))
        return v.error(path + u".tone", tr("tone must be a number from -10 to 10"), anchor);
    event.tone = tone.toDouble(0);

    const QJsonArray participants = object[u"participants"].toArray();
    for (qsizetype i = 0; i < participants.size(); ++i) {
        const QJsonObject participant = participants.at(i).toObject();
        const QString actor = participant[u"actor"].toString();
        const QString where = path + u".participants[" + QString::number(i) + u']';
        if (!actorIds.contains(actor))
            return v.error(where, tr("unknown actor \"%1\"").arg(actor), anchor);
        const auto role = participantRoleFromName(participant[u"role"].toString(QStringLiteral("participant")));
        if (!role)
            return v.error(where + u".role", tr("unknown role \"%1\"").arg(participant[u"role"].toString()), anchor);
        event.participants.append({actor, *role});
    }

    if (object.contains(u"place")) {
        const QJsonObject placeObject = object[u"place"].toObject();
        Place place{placeObject[u"name"].toString(), std::nullopt};
        QString problem;
        place.location = readLocation(placeObject, problem);
        if (!problem.isEmpty())
            return v.error(path + u".place", problem, anchor);
        event.place = place;
    }

    const QJsonArray sources = object[u"sources"].toArray();
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const QJsonObject sourceObject = sources.at(i).toObject();
        const QString where = path + u".sources[" + QString::number(i) + u']';
        Source source{sourceObject[u"publisher"].toString(), sourceObject[u"title"].toString(),
                      sourceObject[u"url"].toString(), {}};
        if (!source.url.isEmpty() && !isWebUrl(source.url))
            return v.error(where + u".url", tr("\"%1\" is not an http or https address").arg(source.url), anchor);
        if (sourceObject.contains(u"date")) {
            if (auto error = readDate(v, sourceObject[u"date"], where + u".date", anchor, source.date); error.isError())
                return error;
        }
        event.sources.append(source);
    }
    return {};
}

} // namespace

ParseError read(const QByteArray &json, Dataset &dataset)
{
    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        ParseError error;
        error.message = jsonError.errorString();
        locate(json, jsonError.offset, error.line, error.column);
        return error;
    }
    const Validator v(json);
    if (!document.isObject())
        return v.error(QStringLiteral("document"), tr("expected a JSON object with \"actors\" and \"events\""));
    const QJsonObject root = document.object();
    if (root.contains(u"version") && root[u"version"].toInt() > currentVersion)
        return v.error(QStringLiteral("version"), tr("written by a newer version of Dyad (format version %1; this version reads %2)")
                                                     .arg(root[u"version"].toInt()).arg(currentVersion));
    if (!root[u"events"].isArray())
        return v.error(QStringLiteral("events"), tr("missing the \"events\" array"));

    Dataset result;
    result.info = {root[u"title"].toString(), root[u"description"].toString(), root[u"attribution"].toString()};
    QSet<QString> actorIds;
    const QJsonArray actors = root[u"actors"].toArray();
    for (qsizetype i = 0; i < actors.size(); ++i) {
        Actor actor;
        if (auto error = readActor(v, actors.at(i), i, actor); error.isError())
            return error;
        if (actorIds.contains(actor.id))
            return v.error(u"actors[" + QString::number(i) + u"].id", tr("duplicate actor id \"%1\"").arg(actor.id), actor.id);
        actorIds.insert(actor.id);
        result.actors.append(actor);
    }
    for (const Actor &actor : std::as_const(result.actors)) {
        if (!actor.stateId.isEmpty() && !actorIds.contains(actor.stateId))
            return v.error(QStringLiteral("actors"), tr("actor \"%1\" belongs to unknown state \"%2\"").arg(actor.id, actor.stateId), actor.id);
    }

    QSet<QString> eventIds;
    const QJsonArray events = root[u"events"].toArray();
    result.events.reserve(events.size());
    for (qsizetype i = 0; i < events.size(); ++i) {
        Event event;
        if (auto error = readEvent(v, events.at(i), i, actorIds, event); error.isError())
            return error;
        if (eventIds.contains(event.id))
            return v.error(u"events[" + QString::number(i) + u"].id", tr("duplicate event id \"%1\"").arg(event.id), event.id);
        eventIds.insert(event.id);
        result.events.append(std::move(event));
    }
    dataset = std::move(result);
    return {};
}

namespace {

// The store keeps tone as a float: 1.9 comes back as 1.899999976158142. Written through the
// float's shortest decimal form it is 1.9 again, and reads back to the same float.
double shortestAsFloat(double value)
{
    char digits[32];
    const auto written = std::to_chars(std::begin(digits), std::end(digits), float(value));
    double shortest = value;
    std::from_chars(std::begin(digits), written.ptr, shortest);
    return shortest;
}

QJsonObject locationJson(QJsonObject object, const std::optional<GeoPoint> &point)
{
    if (point) {
        object[u"lat"] = point->latitude;
        object[u"lon"] = point->longitude;
    }
    return object;
}

QJsonObject eventJson(const Event &event)
{
    QJsonObject object{{u"id"_qs, event.id}, {u"start"_qs, event.start.toIsoString()}};
    if (event.end)
        object[u"end"] = event.end->toIsoString();
    object[u"title"] = event.title;
    object[u"summary"] = event.summary;
    object[u"category"] = event.category;
    object[u"tone"] = shortestAsFloat(event.tone);
    QJsonArray participants;
    for (const Participant &participant : event.participants)
        participants.append(QJsonObject{{u"actor"_qs, participant.actorId}, {u"role"_qs, participantRoleName(participant.role)}});
    object[u"participants"] = participants;
    if (event.place)
        object[u"place"] = locationJson(QJsonObject{{u"name"_qs, event.place->name}}, event.place->location);
    QJsonArray sources;
    for (const Source &source : event.sources) {
        QJsonObject sourceObject{{u"publisher"_qs, source.publisher}, {u"title"_qs, source.title}, {u"url"_qs, source.url}};
        if (source.date.isValid())
            sourceObject[u"date"] = source.date.toIsoString();
        sources.append(sourceObject);
    }
    object[u"sources"] = sources;
    return object;
}

} // namespace

QByteArray write(const Dataset &dataset)
{
    QJsonArray actors;
    for (const Actor &actor : dataset.actors) {
        QJsonObject object{{u"id"_qs, actor.id}, {u"name"_qs, actor.name}, {u"kind"_qs, actorKindName(actor.kind)}};
        if (!actor.stateId.isEmpty())
            object[u"state"] = actor.stateId;
        if (actor.home)
            object[u"home"] = locationJson({}, actor.home);
        actors.append(object);
    }
    QJsonArray events;
    for (const Event &event : dataset.events)
        events.append(eventJson(event));
    const QJsonObject root{{u"format"_qs, u"dyad"_qs},
                           {u"version"_qs, currentVersion},
                           {u"title"_qs, dataset.info.title},
                           {u"description"_qs, dataset.info.description},
                           {u"attribution"_qs, dataset.info.attribution},
                           {u"actors"_qs, actors},
                           {u"events"_qs, events}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace dyad::JsonDataset
