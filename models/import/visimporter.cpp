#include "visimporter.h"

#include "importsupport.h"
#include "jsonsource.h"
#include "timelinejsslides.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace dyad {

namespace {

QString idText(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return value.toString().trimmed();
}

// vis accepts ISO dates and date-times and millisecond timestamps; Dyad keeps the day.
std::optional<Date> readDate(const QJsonValue &value, QString &error)
{
    if (value.isDouble()) {
        const double ms = value.toDouble();
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(qint64(ms), Qt::UTC);
        if (!std::isfinite(ms) || !time.isValid()) {
            error = importTr("%1 is not a time stamp").arg(ms);
            return std::nullopt;
        }
        const QDate day = time.date();
        return dateFromParts(day.year(), day.month(), day.day(), error);
    }
    if (!value.isString()) {
        error = importTr("a date must be an ISO date text or a time stamp in milliseconds");
        return std::nullopt;
    }
    QString text = value.toString().trimmed();
    // "2019-07-12T10:00:00Z" or "2019-07-12 10:00": the calendar day as written.
    for (qsizetype i = 8; i < text.size(); ++i) {
        if (text[i] == u'T' || text[i] == u' ') {
            text.truncate(i);
            break;
        }
    }
    return parseIsoDate(text, error);
}

} // namespace

ImportResult VisImporter::read(QIODevice &input, const QString &fileName, const ImportOptions &options,
                               ImportProgress &progress)
{
    ImportContext context(fileName, options, progress);
    JsonSource source;
    if (!source.load(input, context))
        return context.finish({});
    const QJsonDocument &document = source.document();
    const bool wrapped = document.isObject() && document.object()[u"items"].isArray();
    if (!document.isArray() && !wrapped) {
        context.refuse(1, 1, importTr("not vis-timeline data: expected an array of items or an object with \"items\""));
        return context.finish({});
    }
    const QJsonArray items = wrapped ? document.object()[u"items"].toArray() : document.array();
    const std::vector<qsizetype> offsets = source.elementOffsets(wrapped ? u"items" : u"");
    QHash<QString, QString> groupNames;
    for (const QJsonValue &group : document.object()[u"groups"].toArray()) {
        const QJsonObject object = group.toObject();
        groupNames.insert(idText(object[u"id"]), plainTextFromHtml(object[u"content"].toString()));
    }

    Dataset dataset;
    QSet<QString> ids;
    for (qsizetype i = 0; i < items.size(); ++i) {
        context.countRow();
        const QString path = u"items[" + QString::number(i) + u']';
        const QJsonObject item = items.at(i).toObject();
        Event event;
        QString error;
        if (!items.at(i).isObject()) {
            error = importTr("an item must be an object");
        } else if (const auto start = readDate(item[u"start"], error)) {
            event.start = *start;
            if (item.contains(u"end") && !item[u"end"].isNull()) {
                if (const auto end = readDate(item[u"end"], error)) {
                    if (end->lastDay() < start->firstDay())
                        error = importTr("the end is before the start");
                    event.end = end;
                } else {
                    error = u"end: " + error;
                }
            }
        } else {
            error = u"start: " + error;
        }
        if (error.isEmpty()) {
            event.title = plainTextFromHtml(item[u"content"].toString()).simplified();
            event.summary = plainTextFromHtml(item[u"title"].toString());
            if (event.title.isEmpty())
                event.title = event.summary.section(u'\n', 0, 0).simplified().left(100);
            if (event.title.isEmpty())
                error = importTr("the item has no content");
            const QString group = idText(item[u"group"]);
            event.category = item[u"type"].toString() == u"background" ? TimelineSlides::eraCategory
                                                                       : groupNames.value(group, group);
            const QString id = idText(item[u"id"]);
            event.id = id.isEmpty() ? QString(u"vis:" + event.start.toIsoString() + u'-' + slugify(event.title)) : QString(u"vis:" + id);
            for (int n = 2; id.isEmpty() && ids.contains(event.id); ++n)
                event.id = u"vis:" + event.start.toIsoString() + u'-' + slugify(event.title) + u'-' + QString::number(n);
            if (error.isEmpty() && ids.contains(event.id))
                error = importTr("the id \"%1\" is used twice").arg(id);
        }
        if (!error.isEmpty()) {
            int line = 0;
            int column = 0;
            if (size_t(i) < offsets.size() && context.problemCount() < ImportResult::maximumKeptProblems)
                source.locate(offsets[size_t(i)], line, column);
            context.addProblem(line, column, path + u": " + error);
            continue;
        }
        ids.insert(event.id);
        dataset.events.append(std::move(event));
    }
    if (context.rowsRead() == 0) {
        context.refuse(1, 1, importTr("there are no items"));
        return context.finish({});
    }
    return context.finish(std::move(dataset));
}

} // namespace dyad
