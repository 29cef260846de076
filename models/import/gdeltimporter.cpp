#include "gdeltimporter.h"

#include "cameo.h"
#include "csvreader.h"
#include "gdeltstoresink.h"
#include "importcontext.h"
#include "importsupport.h"
#include "storemerge.h"

#include <QIODevice>

#include <string>
#include <unordered_map>

namespace dyad {

namespace {

// Events as values. Strings that repeat (titles, summaries, places, publishers, actor ids)
// are made once and shared, so a million events do not cost millions of copies.
class DatasetSink final : public GdeltImporter::Sink
{
public:
    explicit DatasetSink(Dataset &dataset) : m_dataset(dataset) {}

    void add(const GdeltRow &row, GdeltRowParser &parser, GdeltActors &actors) override
    {
        Event event;
        event.id = u"gdelt:" + QLatin1StringView(row.id);
        event.start = row.start;
        event.category = Cameo::category(row.rootCode, row.quadClass);
        event.tone = row.tone;
        const qsizetype actor1 = actors.resolve(row.actor1.code, row.actor1.country, row.actor1.type, row.actor1.knownGroup);
        const qsizetype actor2 = actors.resolve(row.actor2.code, row.actor2.country, row.actor2.type, row.actor2.knownGroup);
        event.participants.reserve(2);
        if (actor1 >= 0)
            event.participants.append({actors.actors().at(actor1).id, ParticipantRole::Initiator});
        if (actor2 >= 0)
            event.participants.append({actors.actors().at(actor2).id, ParticipantRole::Target});
        event.title = shared(m_texts, parser.title(row));
        event.summary = shared(m_texts, parser.summary(row));
        if (!row.placeName.isEmpty() || row.location)
            event.place = Place{shared(m_placeNames, row.placeName), row.location};
        addSource(row, event);
        m_dataset.events.append(std::move(event));
    }


private:
    using TextCache = std::unordered_map<std::string, QString, GdeltActors::Hash, std::equal_to<>>;

    static QString shared(TextCache &cache, QByteArrayView text)
    {
        const std::string_view key(text.data(), size_t(text.size()));
        if (const auto found = cache.find(key); found != cache.end())
            return found->second;
        if (cache.size() >= 200'000)
            return QString::fromUtf8(text);  // not repeating after all: stop remembering
        return cache.emplace(std::string(key), QString::fromUtf8(text)).first->second;
    }

    void addSource(const GdeltRow &row, Event &event)
    {
        const GdeltSource kind = GdeltRowParser::classifySource(row.sourceUrl);
        Source source;
        source.date = row.sourceDate;
        switch (kind.kind) {
        case GdeltSource::None:
            return;
        case GdeltSource::PlainUrl: {
            source.url = QString::fromLatin1(row.sourceUrl);
            const std::string_view key(kind.host.data(), size_t(kind.host.size()));
            auto publisher = m_publishers.find(key);
            if (publisher == m_publishers.end())
                publisher = m_publishers.emplace(std::string(key), QString::fromLatin1(kind.host).toLower()).first;
            source.publisher = publisher->second;
            break;
        }
        case GdeltSource::RepairedUrl:
            source.url = kind.repaired;
            source.publisher = hostOf(kind.repaired);
            break;
        case GdeltSource::NotALink:
            source.publisher = QString::fromUtf8(row.sourceUrl);
            break;
        }
        event.sources.append(source);
    }

    Dataset &m_dataset;
    TextCache m_texts;  // titles and summaries
    TextCache m_placeNames;
    TextCache m_publishers;
};

} // namespace

ImportResult GdeltImporter::read(QIODevice &input, const QString &fileName, const ImportOptions &options,
                                 ImportProgress &progress)
{
    ImportContext context(fileName, options, progress);
    Dataset dataset;
    if (const qint64 total = totalBytesOf(input); total > 0)
        dataset.events.reserve(qsizetype(total / 240));
    DatasetSink sink(dataset);
    if (!run(input, context, sink))
        return context.finish({});
    dataset.actors = m_actors.actors();
    return context.finish(std::move(dataset));
}

ImportResult GdeltImporter::readInto(EventStore &store, QIODevice &input, const QString &fileName,
                                     const ImportOptions &options, ImportProgress &progress)
{
    if (!store.isEmpty() || store.actorCount() > 0)
        return Importer::readInto(store, input, fileName, options, progress);
    ImportContext context(fileName, options, progress);
    if (const qint64 total = totalBytesOf(input); total > 0) {
        // About 240 bytes a row, of which id, title, summary and link keep about three quarters.
        store.reserve(qsizetype(total / 200), qsizetype(std::min<qint64>(total * 3 / 4, std::numeric_limits<qint32>::max())));
    }
    GdeltStoreSink sink(store);
    const bool complete = run(input, context, sink);
    ImportResult result = context.finish({});
    if (!complete || result.refused || result.cancelled) {
        store.clear();
        return result;
    }
    sink.finish(m_actors.actors());
    return result;
}

bool GdeltImporter::checkFirstRow(const CsvReader &row, ImportContext &context)
{
    const qsizetype columns = row.size();
    if (columns == 61) {
        m_parser.setLayout(gdeltVersion2);
        return true;
    }
    if (columns == 57 || columns == 58) {
        m_parser.setLayout(gdeltVersion1);
        return true;
    }
    const bool commas = columns == 1 && row.field(0).contains(',');
    context.refuse(row.line(), 0,
                   commas ? importTr("the columns are separated by commas; GDELT files are separated by tabs")
                          : importTr("expected 61 tab-separated columns (GDELT 2.0) or 57 or 58 (GDELT 1.0), found %1")
                                .arg(columns));
    return false;
}

bool GdeltImporter::run(QIODevice &input, ImportContext &context, Sink &sink)
{
    const qint64 total = totalBytesOf(input);
    CsvReader::Options readerOptions;
    readerOptions.delimiter = '\t';
    readerOptions.quoting = false;
    readerOptions.maximumRecordBytes = 1024 * 1024;
    readerOptions.blockBytes = 4 * 1024 * 1024;
    CsvReader reader(input, readerOptions);
    if (m_countries.isEmpty())
        m_countries = countryTable();
    m_actors = GdeltActors(&m_countries);
    m_parser = {};
    m_risingIds.clear();
    m_lineOfId.clear();

    GdeltRow values;
    for (;;) {
        const CsvReader::Status status = reader.next();
        if (status == CsvReader::Status::End)
            break;
        if (status == CsvReader::Status::Fatal) {
            context.refuse(reader.errorLine(), reader.errorColumn(), reader.errorMessage());
            return false;
        }
        if (status == CsvReader::Status::Record && reader.isBlank())
            continue;
        context.countRow();
        if ((context.rowsRead() & 4095) == 0 && context.poll(reader.bytesConsumed(), total))
            return false;
        if (status == CsvReader::Status::BadRecord) {
            context.addProblem(reader.errorLine(), reader.errorColumn(), reader.errorMessage());
            continue;
        }
        if (m_parser.layout().columns == 0 && !checkFirstRow(reader, context))
            return false;
        const int columns = m_parser.layout().columns;
        if (reader.size() != columns && !(columns == gdeltVersion1.columns && reader.size() == 57)) {
            const QString version = columns == gdeltVersion2.columns ? u"2.0"_qs : u"1.0"_qs;
            context.addProblem(reader.line(), int(std::min<qsizetype>(reader.size(), columns)) + 1,
                               importTr("expected %1 tab-separated columns (GDELT %2, like the first row), found %3")
                                   .arg(columns).arg(version).arg(reader.size()));
            continue;
        }
        int errorColumn = 0;
        QString error;
        if (!m_parser.parse(reader, values, errorColumn, error)) {
            context.addProblem(reader.line(), errorColumn, error);
            continue;
        }
        if (const int earlier = earlierLineOf(values.idValue, reader.line())) {
            context.addProblem(reader.line(), 1, importTr("GLOBALEVENTID %1 was already used on line %2")
                                                     .arg(values.idValue).arg(earlier));
            continue;
        }
        // All or nothing: after the first problem, rows are only checked.
        if (context.options().mode == ImportOptions::SkipInvalidRows || context.problemCount() == 0)
            sink.add(values, m_parser, m_actors);
    }
    context.poll(reader.bytesConsumed(), total);
    if (context.rowsRead() == 0) {
        context.refuse(0, 0, importTr("the file is empty"));
        return false;
    }
    return true;
}

int GdeltImporter::earlierLineOf(quint64 id, int line)
{
    if (m_lineOfId.empty()) {
        if (m_risingIds.empty() || id > m_risingIds.back().first) {
            m_risingIds.emplace_back(id, line);
            return 0;
        }
        m_lineOfId.reserve(m_risingIds.size() * 2);
        m_lineOfId.insert(m_risingIds.begin(), m_risingIds.end());
        m_risingIds = {};
    }
    const auto [found, inserted] = m_lineOfId.emplace(id, line);
    return inserted ? 0 : found->second;
}

} // namespace dyad
