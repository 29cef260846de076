#include "csvexporter.h"

#include "import/dyadcsvformat.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QIODevice>

namespace dyad {

namespace {

// Every cell but a row's first is preceded by a comma.
void appendCell(QByteArray &line, const QString &text, bool first = false)
{
    if (!first)
        line += ',';
    const QByteArray cell = DyadCsv::neutralised(text).toUtf8();
    const bool quote = cell.contains(',') || cell.contains('"') || cell.contains('\n') || cell.contains('\r');
    if (!quote) {
        line += cell;
        return;
    }
    line += '"';
    for (const char c : cell) {
        if (c == '"')
            line += '"';
        line += c;
    }
    line += '"';
}

void appendEvent(QByteArray &out, const Event &event, qsizetype sourceGroups)
{
    appendCell(out, event.id, true);
    appendCell(out, event.start.toIsoString());
    appendCell(out, event.end ? event.end->toIsoString() : QString());
    appendCell(out, event.title);
    appendCell(out, event.summary);
    appendCell(out, event.category);
    appendCell(out, DyadCsv::formatNumber(event.tone));
    appendCell(out, DyadCsv::formatParticipants(event.participants));
    const bool located = event.place && event.place->location;
    appendCell(out, event.place ? event.place->name : QString());
    appendCell(out, located ? DyadCsv::formatNumber(event.place->location->latitude) : QString());
    appendCell(out, located ? DyadCsv::formatNumber(event.place->location->longitude) : QString());
    for (qsizetype i = 0; i < sourceGroups; ++i) {
        const Source source = i < event.sources.size() ? event.sources.at(i) : Source();
        appendCell(out, source.publisher);
        appendCell(out, source.title);
        appendCell(out, source.url);
        appendCell(out, source.date.isValid() ? source.date.toIsoString() : QString());
    }
    out += "\r\n";
}

// Writes in pieces so a million rows never sit in memory twice.
bool writeCsv(QIODevice &output, const EventStore &store, std::span<const EventRow> rows, QString &error)
{
    qsizetype sourceGroups = 1;
    for (const EventRow row : rows)
        sourceGroups = std::max(sourceGroups, store.sources(row).size());
    QByteArray out("\xEF\xBB\xBF");
    QStringList header = DyadCsv::eventColumns();
    for (int number = 1; number <= sourceGroups; ++number) {
        for (const char16_t *field : DyadCsv::sourceFields)
            header.append(DyadCsv::sourceColumn(number, QStringView(field)));
    }
    out += header.join(u',').toUtf8() + "\r\n";
    const auto flush = [&] {
        if (output.write(out) != out.size()) {
            error = QCoreApplication::translate("dyad::CsvExporter", "cannot write: %1").arg(output.errorString());
            return false;
        }
        out.clear();
        return true;
    };
    for (const EventRow row : rows) {
        appendEvent(out, store.event(row), sourceGroups);
        if (out.size() > 1024 * 1024 && !flush())
            return false;
    }
    return flush();
}

} // namespace

bool CsvExporter::write(QIODevice &output, const DatasetInfo &info, const EventStore &store,
                        std::span<const EventRow> rows, QString &error)
{
    Q_UNUSED(info);  // CSV has no place for the title; the JSON export keeps it
    return writeCsv(output, store, rows, error);
}

QByteArray CsvExporter::toCsv(const EventStore &store, std::span<const EventRow> rows)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QString error;
    writeCsv(buffer, store, rows, error);
    return bytes;
}

} // namespace dyad
