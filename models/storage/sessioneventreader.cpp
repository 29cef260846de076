// SessionReader::readEvents(): the events in rowid order (the order Dyad writes them in,
// which is start order) with their participants and sources from an EventPartsReader.

#include "eventpartsreader.h"
#include "rowreader.h"
#include "sessionreader.h"
#include "storagemessages.h"

#include <QFileInfo>

#include <sqlite3.h>

#include <new>
#include <stdexcept>

namespace dyad {

namespace {

using StorageMessages::tr;

StorageError tooLarge()
{
    return StorageMessages::error(StorageError::Invalid, tr("The session is too large to open."));
}

} // namespace

StorageError SessionReader::readEvents(EventStore &store, FileLayout &layout)
{
    EventPartsReader parts(m_path, m_actorIndexes);
    if (auto error = parts.start(); error.isError())
        return error;
    qint64 count = 0;
    if (const int result = m_db.queryInt("SELECT count(*) FROM events", count); result != SQLITE_OK)
        return StorageMessages::readFailure(m_db, result);
    SqliteStatement select(m_db, "SELECT rowid, id, start_day, start_precision, end_day, end_precision, title, summary, "
                                 "category, tone, place_name, place_lat, place_lon FROM events ORDER BY rowid");
    if (select.prepareResult() != SQLITE_OK)
        return StorageMessages::readFailure(m_db, select.prepareResult());

    // Each distinct name is interned in the store once; rows refer to it by index.
    Utf8Map<CategoryIndex> categories;
    Utf8Map<TextArena::Ref> places;
    std::vector<qint64> publishers;  // the parts reader's publisher index -> the store's, or -1
    std::vector<EventStore::EventUtf8::Source> sources;
    RowReader row(select, "events");
    qint64 rowCount = 0;
    qint64 textBytes = 0;  // of the first rows, to reserve the store's text once instead of growing it
    constexpr qint64 sampleRows = 1024;
    int result;
    try {
        store.reserve(count);
        layout.eventRowids.reserve(size_t(count));
        for (const QString &name : std::as_const(m_categories))
            categories.insert(name.toUtf8(), store.internCategory(name));
        while ((result = select.step()) == SQLITE_ROW) {
            const qint64 rowid = select.columnInt(0);
            row.setRow(rowid);
            EventStore::EventUtf8 event;
            event.id = row.text(1);
            const auto start = row.date(2, 3);
            event.end = row.date(4, 5);
            event.title = row.text(6);
            event.summary = row.text(7);
            const QByteArrayView category = row.text(8);
            event.tone = row.real(9, minimumTone, maximumTone);
            const auto placeName = row.optionalText(10);
            event.location = row.point(11, 12);
            if (row.ok() && !start)
                row.fail(2, tr("the start date is missing"));
            if (row.ok() && event.location && !placeName)
                row.fail(10, tr("a place with coordinates has no name"));
            if (!row.ok())
                return row.error();
            event.start = *start;
            const CategoryIndex *knownCategory = categories.find(category);
            event.category = knownCategory ? *knownCategory
                                           : categories.insert(category, store.internCategory(QString::fromUtf8(category)));
            if (placeName) {
                const TextArena::Ref *knownPlace = places.find(*placeName);
                event.placeName = knownPlace ? *knownPlace
                                             : places.insert(*placeName, store.internPlaceName(QString::fromUtf8(*placeName)));
            }

            EventPartsReader::Parts eventParts;
            if (auto error = parts.take(rowid, eventParts); error.isError())
                return error;
            event.actors = eventParts.actors;
            event.roles = eventParts.roles;
            sources.clear();
            for (const EventPartsReader::Source &source : eventParts.sources) {
                if (source.publisher >= publishers.size())
                    publishers.resize(source.publisher + 1, -1);
                if (publishers[source.publisher] < 0)
                    publishers[source.publisher] = store.internPublisher(parts.publisherName(source.publisher));
                sources.push_back({quint32(publishers[source.publisher]), source.title, source.url, source.date});
            }
            event.sources = sources;
            if (rowCount < sampleRows) {
                textBytes += event.id.size() + event.title.size() + event.summary.size() + 1;
                for (const auto &source : sources)
                    textBytes += source.title.size() + source.url.size();
            } else if (rowCount == sampleRows && count > 2 * sampleRows) {
                // The text in memory is never more than the text in the file.
                store.reserve(count, std::min(textBytes * count / sampleRows * 11 / 10, QFileInfo(m_path).size()));
            }
            ++rowCount;
            const EventKey key = store.appendUnsorted(event);
            layout.eventRowids.resize(size_t(key) + 1);
            layout.eventRowids[key] = rowid;
            layout.nextRowid = std::max(layout.nextRowid, rowid + 1);
        }
    } catch (const std::length_error &) {  // more text or categories than the store can index
        return tooLarge();
    } catch (const std::bad_alloc &) {
        return tooLarge();
    }
    if (result != SQLITE_DONE)
        return StorageMessages::readFailure(m_db, result);
    if (auto error = parts.finish(); error.isError())
        return error;
    store.sortByStart();  // nothing to do for files Dyad wrote
    return {};
}

} // namespace dyad
