#include "importer.h"

#include "acledimporter.h"
#include "dyadcsvimporter.h"
#include "dyadjsonimporter.h"
#include "gdeltimporter.h"
#include "importsupport.h"
#include "storemerge.h"
#include "timelinejsjsonimporter.h"
#include "visimporter.h"

namespace dyad {

Importer::~Importer() = default;

ImportResult Importer::readInto(EventStore &store, QIODevice &input, const QString &fileName,
                                const ImportOptions &options, ImportProgress &progress)
{
    ImportResult result = read(input, fileName, options, progress);
    if (!result.cancelled && !result.refused)
        mergeIntoStore(store, result.dataset);
    result.dataset.actors.clear();
    result.dataset.events.clear();
    return result;
}

double ImportProgress::fraction() const
{
    const qint64 total = totalBytes();
    return total > 0 ? std::clamp(double(bytesRead()) / double(total), 0.0, 1.0) : 0.0;
}

QStringList importFormatNames()
{
    return {u"dyad"_qs, u"csv"_qs, u"timelinejs"_qs, u"timelinejs-json"_qs, u"vis"_qs, u"gdelt"_qs, u"acled"_qs};
}

std::unique_ptr<Importer> importerForFormat(QStringView name)
{
    const QString format = name.trimmed().toString().toLower();
    if (format == u"dyad" || format == u"json")
        return std::make_unique<DyadJsonImporter>();
    if (format == u"csv")
        return std::make_unique<DyadCsvImporter>();
    if (format == u"timelinejs")
        return std::make_unique<TimelineJsImporter>();
    if (format == u"timelinejs-json")
        return std::make_unique<TimelineJsJsonImporter>();
    if (format == u"vis")
        return std::make_unique<VisImporter>();
    if (format == u"gdelt")
        return std::make_unique<GdeltImporter>();
    if (format == u"acled")
        return std::make_unique<AcledImporter>();
    return nullptr;
}

namespace {

QString detectJson(QByteArrayView text)
{
    if (text.startsWith('['))
        return u"vis"_qs;
    if (text.contains("\"actors\"") || (text.contains("\"format\"") && text.contains("\"dyad\"")))
        return u"dyad"_qs;
    if (text.contains("\"start_date\"") || text.contains("\"eras\"") || text.contains("\"headline\""))
        return u"timelinejs-json"_qs;
    if (text.contains("\"items\""))
        return u"vis"_qs;
    return u"dyad"_qs;
}

// A header with a few of ACLED's own column names is an ACLED export, even without the id
// column: its importer then says which columns it lacks.
bool resemblesAcled(const QByteArray &header)
{
    if (header.contains("event_id_cnty"))
        return true;
    int acledColumns = 0;
    for (const QByteArray &column : header.split(',')) {
        const QByteArray name = column.trimmed();
        for (const char *acled : {"event_date", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "ally_actor_1",
                                  "inter1", "interaction", "admin1", "geo_precision", "time_precision", "fatalities", "gwno"})
            acledColumns += name == acled ? 1 : 0;
    }
    return acledColumns >= 3;
}

} // namespace

QString detectFormat(QByteArrayView head, const QString &fileName)
{
    const QByteArray text = textHead(head);
    if (text.startsWith('{') || text.startsWith('['))
        return detectJson(text);

    // The first line ends at CR or LF, whichever comes first: some GDELT files end lines with CR only.
    qsizetype lineEnd = 0;
    while (lineEnd < text.size() && text[lineEnd] != '\n' && text[lineEnd] != '\r')
        ++lineEnd;
    const QByteArrayView firstLine = QByteArrayView(text).first(lineEnd);
    const qsizetype tabs = firstLine.count('\t');
    if (tabs == 60 || tabs == 57 || tabs == 56)
        return u"gdelt"_qs;
    const QByteArray header = firstLine.toByteArray().toLower();
    if (resemblesAcled(header))
        return u"acled"_qs;
    if (header.contains("headline") && header.contains("year"))
        return u"timelinejs"_qs;
    if (header.contains("start") && header.contains("title"))
        return u"csv"_qs;

    const QString name = fileName.toLower();
    if (name.endsWith(u".export.csv"))
        return u"gdelt"_qs;
    if (name.endsWith(u".json"))
        return u"dyad"_qs;
    if (name.endsWith(u".csv"))
        return u"csv"_qs;
    return {};
}

} // namespace dyad
