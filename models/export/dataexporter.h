#pragma once

#include "core/datasetinfo.h"
#include "core/eventstore.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <span>

class QIODevice;

namespace dyad {

// Writes events of a store (usually the filtered rows, in row order) as a data file. Plain
// objects: usable on a worker thread, no GUI.
class DataExporter
{
public:
    virtual ~DataExporter();
    virtual QString formatName() const = 0;
    virtual QString fileSuffix() const = 0;
    // False, with the reason in `error`, when the device cannot be written.
    virtual bool write(QIODevice &output, const DatasetInfo &info, const EventStore &store,
                       std::span<const EventRow> rows, QString &error) = 0;
};

// "csv" (Dyad CSV) or "json" / "dyad" (Dyad JSON); null for an unknown name.
std::unique_ptr<DataExporter> dataExporterForFormat(QStringView name);
QStringList dataExportFormatNames();

} // namespace dyad
