#pragma once

#include "gdeltactors.h"
#include "gdeltrow.h"
#include "geo/countrycodes.h"
#include "importer.h"

#include <unordered_map>
#include <vector>

namespace dyad {

class ImportContext;

// GDELT event files: 2.0 (61 tab-separated columns) and 1.0 (57, or 58 with SOURCEURL),
// without a header; the version is taken from the first row's column count. Only the
// columns Dyad keeps are looked at. Mapping: docs/file-formats.md, "GDELT".
class GdeltImporter final : public Importer
{
public:
    QString formatName() const override { return u"gdelt"_qs; }
    ImportResult read(QIODevice &input, const QString &fileName, const ImportOptions &options,
                      ImportProgress &progress) override;
    // Straight into an empty store through its UTF-8 bulk path, without Event values.
    ImportResult readInto(EventStore &store, QIODevice &input, const QString &fileName,
                          const ImportOptions &options, ImportProgress &progress) override;

    // Where the rows go: a Dataset or a store.
    class Sink
    {
    public:
        virtual ~Sink() = default;
        virtual void add(const GdeltRow &row, GdeltRowParser &parser, GdeltActors &actors) = 0;
    };

private:
    // Reads every row into the sink; false when the file was refused or the user cancelled.
    bool run(QIODevice &input, ImportContext &context, Sink &sink);
    bool checkFirstRow(const CsvReader &row, ImportContext &context);
    // The line where a GLOBALEVENTID was used before, or 0; remembers this one.
    int earlierLineOf(quint64 id, int line);

    GdeltRowParser m_parser;
    CountryCodes m_countries;
    GdeltActors m_actors;
    // GDELT numbers events in file order: while ids rise, a list is enough to know they are
    // new; the first id out of order turns it into a map.
    std::vector<std::pair<quint64, int>> m_risingIds;
    std::unordered_map<quint64, int> m_lineOfId;
};

} // namespace dyad
