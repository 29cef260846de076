#pragma once

#include "csvtableimporter.h"

#include <QSet>

namespace dyad {

// Dyad CSV: one event per row under a named header (docs/file-formats.md, "Dyad CSV"), as the
// CSV exporter writes it or as someone types it into a spreadsheet.
class DyadCsvImporter final : public CsvTableImporter
{
public:
    QString formatName() const override { return u"csv"_qs; }

protected:
    QString acceptHeader(const CsvHeader &header) override;
    RowError readRow(const CsvReader &row, Dataset &dataset) override;
    void finishDataset(Dataset &dataset) override;

private:
    struct SourceColumns
    {
        qsizetype publisher = -1, title = -1, url = -1, date = -1;
    };
    QString text(const CsvReader &row, qsizetype column) const;
    RowError readPlace(const CsvReader &row, Event &event) const;
    RowError readSources(const CsvReader &row, Event &event) const;

    qsizetype m_id = -1, m_start = -1, m_end = -1, m_title = -1, m_summary = -1, m_category = -1,
              m_tone = -1, m_participants = -1, m_place = -1, m_latitude = -1, m_longitude = -1;
    QList<SourceColumns> m_sources;
    QList<QString> m_actorIds;
    QSet<QString> m_knownActors;
    QSet<QString> m_generatedIds;
};

} // namespace dyad
