#pragma once

#include "acleddates.h"
#include "csvtableimporter.h"
#include "geo/countrycodes.h"

namespace dyad {

// ACLED exports, current (2023 on), 2019-2022 and older (gwno, ally_actor_1) header sets, by
// column name. Mapping and
// the fixed tone per event type: docs/file-formats.md, "ACLED".
class AcledImporter final : public CsvTableImporter
{
public:
    QString formatName() const override { return u"acled"_qs; }

    // ACLED records no tone: Dyad gives each event type a fixed one.
    static double toneOf(QStringView eventType, QStringView subEventType);
    // The event type in lower case; types of the exports before 2019 as the type they became.
    static QString categoryOf(QStringView eventType);

protected:
    QString acceptHeader(const CsvHeader &header) override;
    RowError readRow(const CsvReader &row, Dataset &dataset) override;
    ParseError wholeFileProblem() const override;
    void finishDataset(Dataset &dataset) override;
    QStringList warnings() const override;

private:
    RowError readDate(const CsvReader &row, Date &date);
    RowError readPlace(const CsvReader &row, Event &event) const;
    QString actorId(const QString &name, QByteArrayView inter);
    QString stateId(const CsvReader &row);
    QString alpha3FromCountryName(const QString &name);
    QString text(const CsvReader &row, qsizetype column) const { return QString::fromUtf8(cell(row, column)).trimmed(); }

    qsizetype m_id = -1, m_date = -1, m_precision = -1, m_type = -1, m_subType = -1, m_actor1 = -1, m_assoc1 = -1,
              m_inter1 = -1, m_actor2 = -1, m_assoc2 = -1, m_inter2 = -1, m_iso = -1, m_iso3 = -1, m_country = -1,
              m_location = -1, m_latitude = -1, m_longitude = -1, m_notes = -1, m_source = -1, m_fatalities = -1, m_gwno = -1,
              m_year = -1;
    AcledDates m_dates;
    qsizetype m_eventsWithoutCountry = 0;
    QHash<QString, QString> m_alpha3ByName;  // lower-case ISO and ACLED country names
    QList<Actor> m_actors;
    QHash<QString, qsizetype> m_actorIndex;
    QHash<QString, QString> m_idByName;  // names repeat on many rows: slug each once
    CountryCodes m_countries;
};

} // namespace dyad
