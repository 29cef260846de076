#include "timelinejsjsonimporter.h"

#include "importsupport.h"
#include "jsonsource.h"
#include "timelinejscsvimporter.h"
#include "timelinejsslides.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace dyad {

namespace {

// A date part is a number or a string of digits; absent, null or "" is 0 (unknown).
std::optional<qint64> datePart(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return 0;
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number != std::trunc(number) || std::abs(number) > 1e9)
            return std::nullopt;
        return qint64(number);
    }
    if (value.isString())
        return value.toString().trimmed().isEmpty() ? std::optional<qint64>(0) : parseInteger(value.toString());
    return std::nullopt;
}

QString readDate(const QJsonValue &value, const QString &path, std::optional<Date> &date)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isObject())
        return path + u": " + importTr("a date must be an object with year, month and day");
    const QJsonObject object = value.toObject();
    qint64 parts[3] = {0, 0, 0};
    const char16_t *names[] = {u"year", u"month", u"day"};
    for (int i = 0; i < 3; ++i) {
        const auto part = datePart(object.value(QStringView(names[i])));
        if (!part) {
            return path + u'.' + QStringView(names[i]) + u": "
                 + importTr("%1 is not a whole number").arg(QString::fromUtf8(QJsonDocument(QJsonArray{object.value(QStringView(names[i]))}).toJson(QJsonDocument::Compact)));
        }
        parts[i] = *part;
    }
    QString error;
    date = dateFromParts(parts[0], parts[1], parts[2], error);
    return date ? QString() : path + u": " + error;
}

QString readSlide(const QJsonValue &value, const QString &path, TimelineSlide &slide)
{
    if (!value.isObject())
        return path + u": " + importTr("a slide must be an object");
    const QJsonObject object = value.toObject();
    if (QString error = readDate(object[u"start_date"], path + u".start_date", slide.start); !error.isEmpty())
        return error;
    if (QString error = readDate(object[u"end_date"], path + u".end_date", slide.end); !error.isEmpty())
        return error;
    const QJsonObject text = object[u"text"].toObject();
    slide.headline = text[u"headline"].toString();
    slide.text = text[u"text"].toString();
    const QJsonObject media = object[u"media"].toObject();
    slide.mediaUrl = media[u"url"].toString();
    slide.mediaCredit = media[u"credit"].toString();
    slide.mediaCaption = media[u"caption"].toString();
    slide.group = object[u"group"].toString();
    const QJsonValue uniqueId = object[u"unique_id"];
    slide.uniqueId = uniqueId.isDouble() ? QString::number(uniqueId.toDouble()) : uniqueId.toString();
    return {};
}

} // namespace

ImportResult TimelineJsJsonImporter::read(QIODevice &input, const QString &fileName, const ImportOptions &options,
                                          ImportProgress &progress)
{
    ImportContext context(fileName, options, progress);
    JsonSource source;
    if (!source.load(input, context))
        return context.finish({});
    const QJsonObject root = source.document().object();
    if (!source.document().isObject() || !root[u"events"].isArray()) {
        context.refuse(1, 1, importTr("not a TimelineJS file: expected an object with an \"events\" array"));
        return context.finish({});
    }
    Dataset dataset;
    TimelineSlides slides;
    if (root.contains(u"title")) {
        TimelineSlide title;
        if (const QString error = readSlide(root[u"title"], u"title"_qs, title); error.isEmpty()) {
            title.kind = TimelineSlide::Kind::Title;
            slides.add(title, dataset);
        } else {
            context.addProblem(0, 0, error);
        }
    }
    for (const char16_t *key : {u"events", u"eras"}) {
        const QJsonArray items = root[QStringView(key)].toArray();
        const std::vector<qsizetype> offsets = source.elementOffsets(QStringView(key));
        for (qsizetype i = 0; i < items.size(); ++i) {
            context.countRow();
            TimelineSlide slide;
            slide.kind = key == std::u16string_view(u"eras") ? TimelineSlide::Kind::Era : TimelineSlide::Kind::Event;
            const QString path = QStringView(key) + u'[' + QString::number(i) + u']';
            QString error = readSlide(items.at(i), path, slide);
            if (error.isEmpty()) {
                error = slides.add(slide, dataset);
                if (!error.isEmpty())
                    error = path + u": " + error;
            }
            if (!error.isEmpty()) {
                int line = 0;
                int column = 0;
                if (size_t(i) < offsets.size() && context.problemCount() < ImportResult::maximumKeptProblems)
                    source.locate(offsets[size_t(i)], line, column);
                context.addProblem(line, column, error);
            }
        }
    }
    if (context.rowsRead() == 0) {
        context.refuse(1, 1, importTr("the timeline has no events"));
        return context.finish({});
    }
    return context.finish(std::move(dataset));
}

ImportResult TimelineJsImporter::read(QIODevice &input, const QString &fileName, const ImportOptions &options,
                                      ImportProgress &progress)
{
    const QByteArray head = textHead(input.peek(4096));
    if (head.startsWith('{') || head.startsWith('['))
        return TimelineJsJsonImporter().read(input, fileName, options, progress);
    return TimelineJsCsvImporter().read(input, fileName, options, progress);
}

} // namespace dyad
