#include "acledimporter.h"

#include "importsupport.h"

namespace dyad {

namespace {

// Gleditsch-Ward state numbers of the countries ACLED covered before it wrote ISO codes.
constexpr struct
{
    int number;
    const char16_t *alpha3;
} gleditschWard[] = {
    {402, u"CPV"}, {403, u"STP"}, {404, u"GNB"}, {411, u"GNQ"}, {420, u"GMB"}, {432, u"MLI"}, {433, u"SEN"},
    {434, u"BEN"}, {435, u"MRT"}, {436, u"NER"}, {437, u"CIV"}, {438, u"GIN"}, {439, u"BFA"}, {450, u"LBR"},
    {451, u"SLE"}, {452, u"GHA"}, {461, u"TGO"}, {471, u"CMR"}, {475, u"NGA"}, {481, u"GAB"}, {482, u"CAF"},
    {483, u"TCD"}, {484, u"COG"}, {490, u"COD"}, {500, u"UGA"}, {501, u"KEN"}, {510, u"TZA"}, {516, u"BDI"},
    {517, u"RWA"}, {520, u"SOM"}, {522, u"DJI"}, {530, u"ETH"}, {531, u"ERI"}, {540, u"AGO"}, {541, u"MOZ"},
    {551, u"ZMB"}, {552, u"ZWE"}, {553, u"MWI"}, {560, u"ZAF"}, {565, u"NAM"}, {570, u"LSO"}, {571, u"BWA"},
    {572, u"SWZ"}, {580, u"MDG"}, {581, u"COM"}, {590, u"MUS"}, {600, u"MAR"}, {615, u"DZA"}, {616, u"TUN"},
    {620, u"LBY"}, {625, u"SDN"}, {626, u"SSD"}, {630, u"IRN"}, {640, u"TUR"}, {645, u"IRQ"}, {651, u"EGY"},
    {652, u"SYR"}, {660, u"LBN"}, {663, u"JOR"}, {666, u"ISR"}, {670, u"SAU"}, {678, u"YEM"}, {690, u"KWT"},
    {692, u"BHR"}, {694, u"QAT"}, {696, u"ARE"}, {698, u"OMN"}, {700, u"AFG"}, {710, u"CHN"}, {750, u"IND"},
    {760, u"BTN"}, {770, u"PAK"}, {771, u"BGD"}, {775, u"MMR"}, {780, u"LKA"}, {790, u"NPL"}, {800, u"THA"},
    {811, u"KHM"}, {812, u"LAO"}, {816, u"VNM"}, {820, u"MYS"}, {840, u"PHL"}, {850, u"IDN"}, {860, u"TLS"},
};

// ACLED's country names where they differ from the ISO table's.
constexpr struct
{
    const char16_t *name;
    const char16_t *alpha3;
} acledCountryNames[] = {
    {u"democratic republic of congo", u"COD"}, {u"republic of congo", u"COG"}, {u"ivory coast", u"CIV"},
    {u"tanzania", u"TZA"}, {u"gambia", u"GMB"}, {u"swaziland", u"SWZ"}, {u"eswatini", u"SWZ"},
    {u"syria", u"SYR"}, {u"iran", u"IRN"}, {u"russia", u"RUS"}, {u"turkey", u"TUR"}, {u"laos", u"LAO"},
    {u"palestine", u"PSE"}, {u"moldova", u"MDA"}, {u"cape verde", u"CPV"}, {u"east timor", u"TLS"},
    {u"guinea-bissau", u"GNB"}, {u"central african republic", u"CAF"}, {u"libya", u"LBY"},
    {u"united states", u"USA"}, {u"united kingdom", u"GBR"}, {u"bolivia", u"BOL"}, {u"venezuela", u"VEN"},
    {u"south korea", u"KOR"}, {u"north korea", u"PRK"}, {u"vietnam", u"VNM"}, {u"kosovo", u"XKX"},
};

// Event types of the exports before 2019, as the current type they became, and their tone.
constexpr struct
{
    const char16_t *oldType;
    const char16_t *category;
    double tone;
} oldEventTypes[] = {
    {u"Riots/Protests", u"protests", -4},
    {u"Remote violence", u"explosions/remote violence", -9},
    {u"Battle-No change of territory", u"battles", -8},
    {u"Battle-Government regains territory", u"battles", -8},
    {u"Battle-Non-state actor overtakes territory", u"battles", -8},
    {u"Violence against civilians", u"violence against civilians", -10},
    {u"Strategic development", u"strategic developments", 0},
    {u"Non-violent transfer of territory", u"strategic developments", 0},
    {u"Headquarters or base established", u"strategic developments", 0},
};

} // namespace

QString AcledImporter::categoryOf(QStringView eventType)
{
    for (const auto &entry : oldEventTypes) {
        if (eventType.compare(QStringView(entry.oldType), Qt::CaseInsensitive) == 0)
            return QString::fromUtf16(entry.category);
    }
    return eventType.toString().toLower();
}

double AcledImporter::toneOf(QStringView eventType, QStringView subEventType)
{
    for (const auto &entry : oldEventTypes) {
        if (eventType.compare(QStringView(entry.oldType), Qt::CaseInsensitive) == 0)
            return entry.tone;
    }
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
    if (m_assoc1 < 0)
        m_assoc1 = column(u"ally_actor_1");  // the name before 2019
    m_inter1 = column(u"inter1");
    m_actor2 = column(u"actor2");
    m_assoc2 = column(u"assoc_actor_2");
    if (m_assoc2 < 0)
        m_assoc2 = column(u"ally_actor_2");
    m_inter2 = column(u"inter2");
    m_iso = column(u"iso");
    m_iso3 = column(u"iso3");
    m_country = column(u"country");
    m_gwno = column(u"gwno");
    m_year = column(u"year");
    m_dates.reset();
    m_eventsWithoutCountry = 0;
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
    if (m_alpha3ByName.isEmpty()) {
        for (const QString &alpha3 : m_countries.alpha3Codes())
            m_alpha3ByName.insert(m_countries.englishName(alpha3).toLower(), alpha3);
        for (const auto &entry : acledCountryNames)
            m_alpha3ByName.insert(QString::fromUtf16(entry.name), QString::fromUtf16(entry.alpha3));
    }
    QStringList missing;
    for (const auto &[index, name] : {std::pair{m_id, u"event_id_cnty"}, {m_date, u"event_date"}, {m_type, u"event_type"}, {m_actor1, u"actor1"}}) {
        if (index < 0)
            missing.append(QString::fromUtf16(name));
    }
    if (!missing.isEmpty())
        return importTr("this looks like an ACLED export, but the header has no column %1 (an ACLED export needs "
                        "event_id_cnty, event_date, event_type and actor1)").arg(missing.join(u", "));
    return {};
}

RowError AcledImporter::readDate(const CsvReader &row, Date &date)
{
    QString error;
    // time_precision 3: ACLED knows only the month.
    const bool monthOnly = cell(row, m_precision).trimmed() == "3";
    const std::optional<Date> parsed = m_dates.read(text(row, m_date), parseInteger(cell(row, m_year)), monthOnly,
                                                    row.lineOf(m_date), error);
    if (!parsed)
        return {m_date, error};
    date = *parsed;
    return {};
}

ParseError AcledImporter::wholeFileProblem() const
{
    const QString problem = m_dates.unsettledProblem();
    if (problem.isEmpty())
        return {};
    return {{}, m_dates.unsettledLine(), int(m_date) + 1, header().name(m_date) + u": " + problem};
}

void AcledImporter::finishDataset(Dataset &dataset)
{
    m_dates.settle(dataset.events);
    dataset.actors = m_actors;
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
    // Exports before 2019 carry a Gleditsch-Ward number and the country's name instead.
    if (id.isEmpty() && m_gwno >= 0) {
        const auto number = parseInteger(cell(row, m_gwno).trimmed());
        for (const auto &entry : gleditschWard) {
            if (number && *number == entry.number)
                id = QString::fromUtf16(entry.alpha3);
        }
    }
    if (id.isEmpty())
        id = m_alpha3ByName.value(text(row, m_country).toLower());
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
    event.category = categoryOf(type);
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
    else
        ++m_eventsWithoutCountry;
    for (const QString &publisher : text(row, m_source).split(u';', Qt::SkipEmptyParts)) {
        if (!publisher.trimmed().isEmpty())
            event.sources.append({publisher.trimmed(), {}, {}, {}});
    }
    m_dates.keepIfUnsettled(dataset.events.size());
    dataset.events.append(std::move(event));
    return {};
}

QStringList AcledImporter::warnings() const
{
    if (m_eventsWithoutCountry == 0)
        return {};
    const QString reason = importTr("neither iso, iso3, gwno nor the country column names a country Dyad knows, so "
                                    "filtering by country will not find them");
    if (m_eventsWithoutCountry == 1)
        return {importTr("1 event has no country: %1").arg(reason)};
    return {importTr("%1 events have no country: %2").arg(m_eventsWithoutCountry).arg(reason)};
}

} // namespace dyad
