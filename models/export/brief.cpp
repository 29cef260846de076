#include "brief.h"

#include "filterdescription.h"
#include "session/session.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUrl>

#include <algorithm>

namespace dyad {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dyad::Brief", text);
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Only web links become anchors: a source URL is untrusted text (javascript:, file:, …).
bool isWebLink(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    return parsed.isValid() && (parsed.scheme() == u"http" || parsed.scheme() == u"https") && !parsed.host().isEmpty();
}

QString dateText(const Event &event)
{
    if (!event.end)
        return event.start.toDisplayString();
    return tr("%1 – %2").arg(event.start.toDisplayString(), event.end->toDisplayString());
}

BriefEntry entryOf(const Session &session, EventRow row)
{
    const EventStore &store = session.store();
    const Event event = store.event(row);
    BriefEntry entry;
    entry.date = dateText(event);
    entry.title = event.title;
    for (const Participant &participant : event.participants) {
        const auto index = store.actorIndex(participant.actorId);
        const QString name = index ? store.actor(*index).name : QString();
        entry.actors.append(name.isEmpty() ? participant.actorId : name);
    }
    entry.category = event.category;
    entry.place = event.place ? event.place->name : QString();
    entry.summary = event.summary;
    entry.sources = event.sources;
    const EventAnnotation annotation = session.annotations().annotation(event.id);
    entry.note = annotation.note;
    entry.tags = annotation.tags;
    entry.starred = annotation.starred;
    return entry;
}

QString sourceHtml(const Source &source)
{
    QString label = source.title.isEmpty() ? source.url : source.title;
    if (label.isEmpty())
        label = source.publisher;
    QString html = isWebLink(source.url)
        ? QStringLiteral("<a href=\"%1\">%2</a>").arg(escaped(QString::fromUtf8(QUrl(source.url).toEncoded())), escaped(label))
        : escaped(label);
    QStringList details;
    if (!source.publisher.isEmpty() && label != source.publisher)
        details.append(escaped(source.publisher));
    if (source.date.isValid())
        details.append(escaped(source.date.toDisplayString()));
    if (!details.isEmpty())
        html += u" (" + details.join(u", ") + u')';
    return html;
}

QString entryHtml(const BriefEntry &entry)
{
    QString html = QStringLiteral("<h3>%1%2 — %3</h3>\n")
                       .arg(entry.starred ? QStringLiteral("★ ") : QString(), escaped(entry.date), escaped(entry.title));
    QStringList facts;
    if (!entry.actors.isEmpty())
        facts.append(tr("<b>Actors:</b> %1").arg(escaped(entry.actors.join(u", "))));
    if (!entry.category.isEmpty())
        facts.append(tr("<b>Category:</b> %1").arg(escaped(entry.category)));
    if (!entry.place.isEmpty())
        facts.append(tr("<b>Place:</b> %1").arg(escaped(entry.place)));
    if (!facts.isEmpty())
        html += u"<p class=\"facts\">" + facts.join(u" · ") + u"</p>\n";
    if (!entry.summary.isEmpty())
        html += u"<p>" + escaped(entry.summary) + u"</p>\n";
    if (!entry.sources.isEmpty()) {
        html += u"<p class=\"sources\"><b>" + tr("Sources:") + u"</b></p>\n<ul class=\"sources\">\n";
        for (const Source &source : entry.sources)
            html += u"<li>" + sourceHtml(source) + u"</li>\n";
        html += u"</ul>\n";
    }
    if (!entry.note.isEmpty() || !entry.tags.isEmpty()) {
        QString note = escaped(entry.note).replace(u'\n', QStringLiteral("<br/>"));
        if (!entry.tags.isEmpty())
            note += (note.isEmpty() ? QString() : QStringLiteral(" ")) + escaped(u'#' + entry.tags.join(u" #"));
        html += u"<p class=\"note\"><b>" + tr("Note:") + u"</b> " + note + u"</p>\n";
    }
    return html;
}

} // namespace

Brief makeBrief(const Session &session, const QDate &date)
{
    Brief brief;
    brief.title = session.info().title.isEmpty() ? tr("Dyad brief") : session.info().title;
    brief.date = date;
    brief.filterInWords = describeFilter(session.filter(), session.store());
    brief.attribution = session.info().attribution;
    const std::vector<EventRow> &rows = session.filteredRows();  // start order: by date
    brief.eventCount = qsizetype(rows.size());
    const size_t listed = std::min(rows.size(), size_t(Brief::maximumEntries));
    brief.entries.reserve(listed);
    for (size_t i = 0; i < listed; ++i)
        brief.entries.push_back(entryOf(session, rows[i]));
    return brief;
}

QString pngDataUri(const QByteArray &png)
{
    return u"data:image/png;base64," + QString::fromLatin1(png.toBase64());
}

QString briefToHtml(const Brief &brief, const QList<BriefImage> &images)
{
    const QString dateText = QLocale(QLocale::English).toString(brief.date, QStringLiteral("d MMMM yyyy"));
    QString html = QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>%1</title>\n"
        "<style>\n"
        "body { font-family: sans-serif; max-width: 52em; margin: 2em auto; padding: 0 1em; color: #222; line-height: 1.4; }\n"
        "h1 { margin-bottom: 0.2em; } h3 { margin: 1.2em 0 0.2em; font-size: 1.05em; }\n"
        "p.meta, p.facts, p.caption { color: #555; } p.caption { font-size: 0.9em; }\n"
        "p.note { background: #fff8dc; padding: 0.3em 0.5em; }\n"
        "img { max-width: 100%; height: auto; border: 1px solid #ccc; }\n"
        "</style>\n</head>\n<body>\n")
                       .arg(escaped(brief.title));
    html += u"<h1>" + escaped(brief.title) + u"</h1>\n";
    html += u"<p class=\"meta\">" + tr("Brief of %1").arg(escaped(dateText)) + u"<br/>\n";
    html += u"<b>" + tr("Filter:") + u"</b> " + escaped(brief.filterInWords) + u"<br/>\n";
    html += u"<b>" + tr("Events:") + u"</b> "
          + (qsizetype(brief.entries.size()) < brief.eventCount
                 ? tr("%1, the first %2 listed").arg(brief.eventCount).arg(brief.entries.size())
                 : QString::number(brief.eventCount))
          + u"</p>\n";
    for (const BriefImage &image : images) {
        html += QStringLiteral("<p><img src=\"%1\" width=\"%2\" alt=\"%3\"/></p>\n")
                    .arg(escaped(image.source)).arg(image.width).arg(escaped(image.caption));
        html += u"<p class=\"caption\">" + escaped(image.caption) + u"</p>\n";
    }
    html += u"<h2>" + tr("Events") + u"</h2>\n";
    if (brief.entries.empty())
        html += u"<p>" + tr("No event matches the filter.") + u"</p>\n";
    for (const BriefEntry &entry : brief.entries)
        html += entryHtml(entry);
    if (!brief.attribution.isEmpty())
        html += u"<hr/>\n<p class=\"caption\">" + tr("Data: %1").arg(escaped(brief.attribution)) + u"</p>\n";
    html += u"</body>\n</html>\n";
    return html;
}

} // namespace dyad
