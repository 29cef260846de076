#include "annotationtables.h"

#include "rowreader.h"
#include "sqlitedatabase.h"
#include "storagemessages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QColor>
#include <QJsonObject>

#include <sqlite3.h>

namespace dyad::AnnotationTables {

namespace {

using StorageMessages::tr;

constexpr const char *tableStatements[] = {
    R"sql(CREATE TABLE annotations (
  event_id TEXT NOT NULL PRIMARY KEY,
  note TEXT NOT NULL,
  tags TEXT NOT NULL,
  highlight TEXT NOT NULL,
  starred INTEGER NOT NULL
) STRICT, WITHOUT ROWID)sql",

    R"sql(CREATE TABLE links (
  position INTEGER PRIMARY KEY,
  from_event_id TEXT NOT NULL,
  to_event_id TEXT NOT NULL,
  type TEXT NOT NULL,
  note TEXT NOT NULL
) STRICT)sql",

    R"sql(CREATE TABLE filter_presets (
  position INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  filter TEXT NOT NULL
) STRICT)sql",
};

StorageError failure(SqliteDatabase &db)
{
    return StorageMessages::writeFailure(db.errorMessage());
}

bool isColor(const QString &text)
{
    return text.isEmpty() || (text.size() == 7 && text.startsWith(u'#') && QColor::fromString(text).isValid());
}

StorageError readAnnotations(SqliteDatabase &db, AnnotationSet &annotations)
{
    SqliteStatement select(db, "SELECT event_id, note, tags, highlight, starred FROM annotations");
    RowReader row(select, "annotations");
    int result = select.prepareResult();
    qint64 number = 0;
    while (result == SQLITE_OK && (result = select.step()) == SQLITE_ROW) {
        row.setRow(++number);
        EventAnnotation annotation;
        const QString eventId = QString::fromUtf8(row.text(0));
        annotation.note = QString::fromUtf8(row.text(1));
        const QJsonDocument tags = QJsonDocument::fromJson(row.text(2).toByteArray());
        if (row.ok() && !tags.isArray())
            row.fail(2, tr("not a list of tags"));
        for (const QJsonValue &tag : tags.array())
            annotation.tags.append(tag.toString());
        annotation.tags = normalizedTags(annotation.tags.join(u' '));
        annotation.highlight = QString::fromUtf8(row.text(3));
        if (row.ok() && !isColor(annotation.highlight))
            row.fail(3, tr("not a colour"));
        annotation.starred = row.integer(4, 0, 1) == 1;
        if (!row.ok())
            return row.error();
        annotations.setAnnotation(eventId, annotation);
        result = SQLITE_OK;
    }
    return result == SQLITE_DONE ? StorageError() : StorageMessages::readFailure(db, result);
}

StorageError readLinks(SqliteDatabase &db, AnnotationSet &annotations)
{
    SqliteStatement select(db, "SELECT from_event_id, to_event_id, type, note FROM links ORDER BY position");
    RowReader row(select, "links");
    int result = select.prepareResult();
    qint64 number = 0;
    while (result == SQLITE_OK && (result = select.step()) == SQLITE_ROW) {
        row.setRow(++number);
        const EventLink link{QString::fromUtf8(row.text(0)), QString::fromUtf8(row.text(1)),
                             QString::fromUtf8(row.text(2)), QString::fromUtf8(row.text(3))};
        if (!row.ok())
            return row.error();
        annotations.addLink(link);
        result = SQLITE_OK;
    }
    return result == SQLITE_DONE ? StorageError() : StorageMessages::readFailure(db, result);
}

StorageError readPresets(SqliteDatabase &db, AnnotationSet &annotations)
{
    SqliteStatement select(db, "SELECT name, filter FROM filter_presets ORDER BY position");
    RowReader row(select, "filter_presets");
    int result = select.prepareResult();
    qint64 number = 0;
    while (result == SQLITE_OK && (result = select.step()) == SQLITE_ROW) {
        row.setRow(++number);
        const QString name = QString::fromUtf8(row.text(0));
        const QJsonDocument filter = QJsonDocument::fromJson(row.text(1).toByteArray());
        if (row.ok() && !filter.isObject())
            row.fail(1, tr("not a filter"));
        if (!row.ok())
            return row.error();
        annotations.setPreset({name, EventFilter::fromJson(filter.object())});
        result = SQLITE_OK;
    }
    return result == SQLITE_DONE ? StorageError() : StorageMessages::readFailure(db, result);
}

} // namespace

int create(SqliteDatabase &db)
{
    for (const char *sql : tableStatements) {
        if (const int result = db.exec(sql); result != SQLITE_OK)
            return result;
    }
    return SQLITE_OK;
}

namespace {

StorageError insertAnnotation(SqliteStatement &insert, SqliteDatabase &db, const QString &eventId,
                              const EventAnnotation &annotation)
{
    const QByteArray tags = QJsonDocument(QJsonArray::fromStringList(annotation.tags)).toJson(QJsonDocument::Compact);
    insert.bindText(1, QStringView(eventId));
    insert.bindText(2, QStringView(annotation.note));
    insert.bindText(3, tags);
    insert.bindText(4, QStringView(annotation.highlight));
    insert.bindInt(5, annotation.starred ? 1 : 0);
    const int result = insert.step();
    insert.reset();
    return result == SQLITE_DONE ? StorageError() : failure(db);
}

constexpr const char *insertAnnotationSql =
    "INSERT INTO annotations (event_id, note, tags, highlight, starred) VALUES (?1, ?2, ?3, ?4, ?5)";

StorageError writeLinks(SqliteDatabase &db, const QList<EventLink> &links)
{
    SqliteStatement insertLink(db, "INSERT INTO links (position, from_event_id, to_event_id, type, note) VALUES (?1, ?2, ?3, ?4, ?5)");
    for (qsizetype i = 0; i < links.size(); ++i) {
        const EventLink &link = links.at(i);
        insertLink.bindInt(1, i);
        insertLink.bindText(2, QStringView(link.fromEventId));
        insertLink.bindText(3, QStringView(link.toEventId));
        insertLink.bindText(4, QStringView(link.type));
        insertLink.bindText(5, QStringView(link.note));
        if (insertLink.step() != SQLITE_DONE)
            return failure(db);
        insertLink.reset();
    }
    return {};
}

StorageError writePresets(SqliteDatabase &db, const QList<FilterPreset> &presets)
{
    SqliteStatement insertPreset(db, "INSERT INTO filter_presets (position, name, filter) VALUES (?1, ?2, ?3)");
    for (qsizetype i = 0; i < presets.size(); ++i) {
        const FilterPreset &preset = presets.at(i);
        const QByteArray filter = QJsonDocument(preset.filter.toJson()).toJson(QJsonDocument::Compact);
        insertPreset.bindInt(1, i);
        insertPreset.bindText(2, QStringView(preset.name));
        insertPreset.bindText(3, filter);
        if (insertPreset.step() != SQLITE_DONE)
            return failure(db);
        insertPreset.reset();
    }
    return {};
}

} // namespace

StorageError write(SqliteDatabase &db, const AnnotationSet &annotations)
{
    SqliteStatement insert(db, insertAnnotationSql);
    for (auto it = annotations.annotations().cbegin(); it != annotations.annotations().cend(); ++it) {
        if (auto error = insertAnnotation(insert, db, it.key(), *it); error.isError())
            return error;
    }
    if (auto error = writeLinks(db, annotations.links()); error.isError())
        return error;
    return writePresets(db, annotations.presets());
}

StorageError replaceAnnotations(SqliteDatabase &db, const QHash<QString, EventAnnotation> &annotations)
{
    SqliteStatement remove(db, "DELETE FROM annotations WHERE event_id = ?1");
    SqliteStatement insert(db, insertAnnotationSql);
    for (auto it = annotations.cbegin(); it != annotations.cend(); ++it) {
        remove.bindText(1, QStringView(it.key()));
        const int removed = remove.step();
        remove.reset();
        if (removed != SQLITE_DONE)
            return failure(db);
        if (it->isEmpty())
            continue;
        if (auto error = insertAnnotation(insert, db, it.key(), *it); error.isError())
            return error;
    }
    return {};
}

StorageError replaceLinks(SqliteDatabase &db, const QList<EventLink> &links)
{
    if (db.exec("DELETE FROM links") != SQLITE_OK)
        return failure(db);
    return writeLinks(db, links);
}

StorageError replacePresets(SqliteDatabase &db, const QList<FilterPreset> &presets)
{
    if (db.exec("DELETE FROM filter_presets") != SQLITE_OK)
        return failure(db);
    return writePresets(db, presets);
}

StorageError read(SqliteDatabase &db, AnnotationSet &annotations)
{
    AnnotationSet result;
    if (auto error = readAnnotations(db, result); error.isError())
        return error;
    if (auto error = readLinks(db, result); error.isError())
        return error;
    if (auto error = readPresets(db, result); error.isError())
        return error;
    annotations = std::move(result);
    return {};
}

} // namespace dyad::AnnotationTables
