#include "dyadcsvimporter.h"

#include "dyadcsvformat.h"
#include "importsupport.h"

namespace dyad {

QString DyadCsvImporter::acceptHeader(const CsvHeader &header)
{
    const auto column = [&](const char16_t *name) { return header.indexOf(QStringView(name)); };
    m_id = column(u"id");
    m_start = column(u"start");
    m_end = column(u"end");
    m_title = column(u"title");
    m_summary = column(u"summary");
    m_category = column(u"category");
    m_tone = column(u"tone");
    m_participants = column(u"participants");
    m_place = column(u"place");
    m_latitude = column(u"latitude");
    m_longitude = column(u"longitude");
    m_sources.clear();
    for (int number = 1;; ++number) {
        SourceColumns source;
        qsizetype *targets[] = {&source.publisher, &source.title, &source.url, &source.date};
        bool any = false;
        for (int i = 0; i < 4; ++i) {
            *targets[i] = header.indexOf(DyadCsv::sourceColumn(number, QStringView(DyadCsv::sourceFields[i])));
            any = any || *targets[i] >= 0;
        }
        if (!any)
            break;
        m_sources.append(source);
    }
    m_actorIds.clear();
    m_knownActors.clear();
    m_generatedIds.clear();

    QStringList missing;
    if (m_start < 0)
        missing.append(u"start"_qs);
    if (m_title < 0)
        missing.append(u"title"_qs);
    if (!missing.isEmpty()) {
        return importTr("the header has no column %1; a Dyad CSV file starts with a header row such as "
                        "id,start,end,title,... (see \"Dyad CSV\" in the file-format documentation)")
            .arg(missing.join(u", "));
    }
    return {};
}

QString DyadCsvImporter::text(const CsvReader &row, qsizetype column) const
{
    return column >= 0 ? DyadCsv::restored(QString::fromUtf8(row.field(column))) : QString();
}

RowError DyadCsvImporter::readRow(const CsvReader &row, Dataset &dataset)
{
    Event event;
    QString error;
    const auto start = parseIsoDate(text(row, m_start), error);
    if (!start)
        return {m_start, error};
    event.start = *start;
    if (const QString end = text(row, m_end); !end.trimmed().isEmpty()) {
        const auto endDate = parseIsoDate(end, error);
        if (!endDate)
            return {m_end, error};
        if (endDate->lastDay() < event.start.firstDay())
            return {m_end, importTr("the end %1 is before the start %2").arg(endDate->toIsoString(), start->toIsoString())};
        event.end = *endDate;
    }
    event.title = text(row, m_title);
    if (event.title.trimmed().isEmpty())
        return {m_title, importTr("the title is empty")};
    event.summary = text(row, m_summary);
    event.category = text(row, m_category);
    if (const QString tone = text(row, m_tone); !tone.trimmed().isEmpty()) {
        const auto value = parseNumber(tone);
        if (!value)
            return {m_tone, importTr("\"%1\" is not a number").arg(tone.left(40))};
        if (const QString problem = toneProblem(*value); !problem.isEmpty())
            return {m_tone, problem};
        event.tone = *value;
    }
    event.participants = DyadCsv::parseParticipants(text(row, m_participants), error);
    if (!error.isEmpty())
        return {m_participants, error};
    if (RowError placeError = readPlace(row, event); placeError.isError())
        return placeError;
    if (RowError sourceError = readSources(row, event); sourceError.isError())
        return sourceError;

    event.id = text(row, m_id).trimmed();
    if (event.id.isEmpty()) {
        // A hand-made sheet without ids: derive them from the content so that importing the
        // same sheet again finds the same events.
        const QString base = u"csv:" + event.start.toIsoString() + u'-' + slugify(event.title);
        event.id = base;
        for (int n = 2; m_generatedIds.contains(event.id); ++n)
            event.id = base + u'-' + QString::number(n);
        m_generatedIds.insert(event.id);
    }
    if (RowError duplicate = checkUniqueId(event.id, m_id, row.line()); duplicate.isError())
        return duplicate;

    for (const Participant &participant : std::as_const(event.participants)) {
        if (!m_knownActors.contains(participant.actorId)) {
            m_knownActors.insert(participant.actorId);
            m_actorIds.append(participant.actorId);
        }
    }
    dataset.events.append(std::move(event));
    return {};
}

RowError DyadCsvImporter::readPlace(const CsvReader &row, Event &event) const
{
    const QString name = text(row, m_place);
    const QString latitude = text(row, m_latitude).trimmed();
    const QString longitude = text(row, m_longitude).trimmed();
    if (name.isEmpty() && latitude.isEmpty() && longitude.isEmpty())
        return {};
    Place place{name, std::nullopt};
    if (!latitude.isEmpty() || !longitude.isEmpty()) {
        const auto lat = parseNumber(latitude);
        const auto lon = parseNumber(longitude);
        if (!lat)
            return {m_latitude, importTr("\"%1\" is not a latitude").arg(latitude.left(40))};
        if (!lon)
            return {m_longitude, importTr("\"%1\" is not a longitude").arg(longitude.left(40))};
        if (const QString problem = coordinateProblem(*lat, *lon); !problem.isEmpty())
            return {std::abs(*lat) > 90 ? m_latitude : m_longitude, problem};
        place.location = GeoPoint{*lat, *lon};
    }
    event.place = place;
    return {};
}

RowError DyadCsvImporter::readSources(const CsvReader &row, Event &event) const
{
    for (const SourceColumns &columns : m_sources) {
        Source source{text(row, columns.publisher), text(row, columns.title), text(row, columns.url).trimmed(), {}};
        const QString date = text(row, columns.date);
        if (source.publisher.isEmpty() && source.title.isEmpty() && source.url.isEmpty() && date.trimmed().isEmpty())
            continue;
        if (!source.url.isEmpty() && !isWebUrl(source.url))
            return {columns.url, importTr("\"%1\" is not an http or https address").arg(source.url.left(80))};
        if (!date.trimmed().isEmpty()) {
            QString error;
            const auto parsed = parseIsoDate(date, error);
            if (!parsed)
                return {columns.date, error};
            source.date = *parsed;
        }
        event.sources.append(source);
    }
    return {};
}

void DyadCsvImporter::finishDataset(Dataset &dataset)
{
    // CSV carries events only: an actor is known by its id. A three-letter upper-case id is
    // taken for a state (ISO 3166-1 alpha-3); merging keeps actors the session already knows.
    for (const QString &id : std::as_const(m_actorIds)) {
        const bool looksLikeState = id.size() == 3 && std::all_of(id.begin(), id.end(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
        dataset.actors.append({id, id, looksLikeState ? ActorKind::State : ActorKind::Other, {}, std::nullopt});
    }
}

} // namespace dyad
