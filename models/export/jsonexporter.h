#pragma once

#include "dataexporter.h"
#include "io/dataset.h"

namespace dyad {

// Dyad JSON (JsonDataset::write) of the given rows, with the actors they name and the
// states those actors belong to, so the file reads back on its own.
class JsonExporter final : public DataExporter
{
public:
    QString formatName() const override { return u"json"_qs; }
    QString fileSuffix() const override { return u"json"_qs; }
    bool write(QIODevice &output, const DatasetInfo &info, const EventStore &store,
               std::span<const EventRow> rows, QString &error) override;

    static Dataset datasetOfRows(const DatasetInfo &info, const EventStore &store, std::span<const EventRow> rows);
};

} // namespace dyad
