#include "dataexporter.h"

#include "csvexporter.h"
#include "jsonexporter.h"

namespace dyad {

DataExporter::~DataExporter() = default;

std::unique_ptr<DataExporter> dataExporterForFormat(QStringView name)
{
    const QString format = name.trimmed().toString().toLower();
    if (format == u"csv")
        return std::make_unique<CsvExporter>();
    if (format == u"json" || format == u"dyad")
        return std::make_unique<JsonExporter>();
    return nullptr;
}

QStringList dataExportFormatNames()
{
    return {u"csv"_qs, u"json"_qs};
}

} // namespace dyad
