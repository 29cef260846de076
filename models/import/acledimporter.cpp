#include "acledimporter.h"

#include "importsupport.h"

#include <QDate>
#include <QLocale>

namespace dyad {

double AcledImporter::toneOf(QStringView eventType, QStringView subEventType)
{
    if (subEventType.compare(u"Agreement", Qt::CaseInsensitive) == 0)
        return 3;
    if (subEventType.compare(u"Peaceful protest", Qt::CaseInsensitive) == 0)
        return -2;
    static constexpr struct
    {
        const char16_t *type;
        double tone;
    } tones[] = {
        {u"Battles", -8}, {u"Explosions/Remote violence", -9}, {u"Violence against civilians", -10},
        {u"Riots", -6},   {u"Protests", -3},                   {u"Strategic developments", 0},
    };
    for (const auto &entry : tones) {
        if (eventType.compare(QStringView(entry.type), Qt::CaseInsensitive) == 0)
            return entry.tone;
    }
    return 0;
}

QString AcledImporter::acceptHeader(const CsvHeader &header)
{
    const auto column = [&](const char16_t *name) { return header.indexOf(QStringView(name)); };
    m_id = column(u"event_id_cnty");
    m_date = column(u"event_date");
    m_precision = column(u"time_precision");
    m_type = column(u"event_type");
    m_subType = column(u"sub_event_type");
    m_actor1 = column(u"actor1");
    m_assoc1 = column(u"assoc_actor_1");
    m_inter1 = column(u"inter1");
    m_actor2 = column(u"actor2");
    m_assoc2 = column(u"assoc_actor_2");
    m_inter2 = column(u"inter2");
    m_iso = column(u"iso");
    m_iso3 = column(u"iso3");
    m_country = column(u"country");
    m_location = column(u"location");
    m_latitude = column(u"latitude");
    m_longitude = column(u"longitude");
    m_notes = column(u"notes");
    m_source = column(u"source");
    m_fatalities = column(u"fatalities");
    m_actors.clear();
    m_actorIndex.clear();
    m_idByName.clear();
    if (m_countries.isEmpty())
        m_countries = countryTable();
    QStringList missing;
    for (const auto &[index, name] : {std::pair{m_id, u"event_id_cnty"}, {m_date, u"event_date"}, {m_type, u"event_type"}, {m_actor1, u"actor1"}}) {
        if (index < 0)
            missing.append(QString::fromUtf16(name));
    }
    if (!missing.isEmpty())
        return importTr("not an ACLED export: the header has no column %1").arg(missing.join(u", "));
    return {};
}

RowError AcledImporter::readDate(const CsvReader &row, Date &date) const
{
    const QString text = this->text(row, m_date);
    QString error;
    std::optional<Date> parsed;
    if (!text.isEmpty() && text.front().isDigit() && text.contains(u' ')) {
        const QDate written = QLocale::c().toDate(text, u"d MMMM yyyy"_qs);  // older exports: "15 March 2019"
        if (written.isValid())
            parsed = Date::fromYmd(written.year(), written.month(), written.day());
        else
            error = importTr("\"%1\" is not a date (YYYY-MM-DD or \"15 March 2019\")").arg(text.left(40));
    } else {
        parsed = parseIsoDate(text, error);
        if (parsed && parsed->precision() != DatePrecision::Day)
            parsed.reset(), error = importTr("\"%1\" is not a full date (YYYY-MM-DD)").arg(text);
    }
    if (!parsed)
        return {m_date, error};
    date = *parsed;
    // time_precision 3: ACLED knows only the month.
    if (cell(row, m_precision).trimmed() == "3")
        date = Date::fromYmd(date.year(), date.month());
    return {};
}

RowError AcledImporter::readPlace(const CsvReader &row, Event &event) const
{
    const QByteArrayView latitude = cell(row, m_latitude).trimmed();
    const QByteArrayView longitude = cell(row, m_longitude).trimmed();
    Place place{text(row, m_location), std::nullopt};
    if (!latitude.isEmpty() || !longitude.isEmpty()) {
        const auto lat = parseNumber(latitude);
        const auto lon = parseNumber(longitude);
        if (!lat)
            return {m_latitude, importTr("\"%1\" is not a latitude").arg(preview(latitude))};
        if (!lon)
            return {m_longitude, importTr("\"%1\" is not a longitude").arg(preview(longitude))};
        if (const QString problem = coordinateProblem(*lat, *lon); !problem.isEmpty())
            return {std::abs(*lat) > 90 ? m_latitude : m_longitude, problem};
        place.location = GeoPoint{*lat, *lon};
    }
    if (!place.name.isEmpty() || place.location)
        event.place = place;
    return {};
}

QString AcledImporter::actorId(const QString &name, QByteArrayView inter)
{
    if (const auto known = m_idByName.constFind(name); known != m_idByName.constEnd())
        return *known;
    const QString id = u"acled:" + slugify(name);
    m_idByName.insert(name, id);
    if (!m_actorIndex.contains(id)) {
        const QByteArray code = inter.trimmed().toByteArray().toLower();
        ActorKind kind = ActorKind::Other;
        if (code == "1" || code.contains("state"))
            kind = ActorKind::Organisation;  // state forces
        else if (code == "2" || code == "3" || code == "4" || code.contains("rebel") || code.contains("militia"))
            kind = ActorKind::ArmedGroup;
        m_actorIndex.insert(id, m_actors.size());
        m_actors.append({id, name, kind, {}, std::nullopt});
    }
    return id;
}

QString AcledImporter::stateId(const CsvReader &row)
{
    // iso3 in the 2019-2022 exports; the ISO numeric code (iso) in both.
    QString id = m_countries.canonicalAlpha3(QString::fromUtf8(cell(row, m_iso3).trimmed()).toUpper());
    if (id.isEmpty())
        id = m_countries.alpha3FromNumeric(QString::fromUtf8(cell(row, m_iso).trimmed()));
    if (id.isEmpty())
        return {};
    if (!m_actorIndex.contains(id)) {
        QString name = text(row, m_country);
        if (name.isEmpty())
            name = m_countries.englishName(id);
        m_actorIndex.insert(id, m_actors.size());
        m_actors.append({id, name, ActorKind::State, {}, std::nullopt});
    }
    return id;
}

RowError AcledImporter::readRow(const CsvReader &row, Dataset &dataset)
{
    Event event;
    const QString id = text(row, m_id);
    if (id.isEmpty())
        return {m_id, importTr("the event id is empty")};
    event.id = u"acled:" + id;
    if (RowError error = readDate(row, event.start); error.isError())
        return error;
    const QString type = text(row, m_type);
    if (type.isEmpty())
        return {m_type, importTr("the event type is empty")};
    const QString subType = text(row, m_subType);
    event.category = type.toLower();
    event.tone = toneOf(type, subType);
    if (RowError error = readPlace(row, event); error.isError())
        return error;
    event.title = subType.isEmpty() ? type : subType;
    if (event.place && !event.place->name.isEmpty())
        event.title += importTr(" in %1").arg(event.place->name);
    event.summary = text(row, m_notes);
    if (const QByteArrayView fatalities = cell(row, m_fatalities).trimmed(); !fatalities.isEmpty()) {
        const auto count = parseInteger(fatalities);
        if (!count || *count < 0)
            return {m_fatalities, importTr("\"%1\" is not a number of fatalities").arg(preview(fatalities))};
        event.summary += (event.summary.isEmpty() ? QString() : u"\n\n"_qs) + importTr("Fatalities: %1").arg(*count);
    }
    if (RowError duplicate = checkUniqueId(event.id, m_id, row.line()); duplicate.isError())
        return duplicate;

    const QString actor1 = text(row, m_actor1);
    const QString actor2 = text(row, m_actor2);
    if (!actor1.isEmpty())
        event.participants.append({actorId(actor1, cell(row, m_inter1)), ParticipantRole::Initiator});
    if (!actor2.isEmpty())
        event.participants.append({actorId(actor2, cell(row, m_inter2)), ParticipantRole::Target});
    for (const qsizetype column : {m_assoc1, m_assoc2}) {
        for (const QString &name : text(row, column).split(u';', Qt::SkipEmptyParts)) {
            if (!name.trimmed().isEmpty())
                event.participants.append({actorId(name.trimmed(), {}), ParticipantRole::Participant});
        }
    }
    if (const QString state = stateId(row); !state.isEmpty())
        event.participants.append({state, ParticipantRole::Participant});
    for (const QString &publisher : text(row, m_source).split(u';', Qt::SkipEmptyParts)) {
        if (!publisher.trimmed().isEmpty())
            event.sources.append({publisher.trimmed(), {}, {}, {}});
    }
    dataset.events.append(std::move(event));
    return {};
}

} // namespace dyad
