#pragma once

#include "core/event.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace dyad {

class Session;

// One event as the brief lists it: everything already in words.
struct BriefEntry
{
    QString date;       // "12 Sep 2017", "Jul 2019 – Dec 2020"
    QString title;
    QStringList actors; // display names, in the event's order
    QString category;
    QString place;
    QString summary;
    QList<Source> sources;
    QString note;       // the user's note (Session annotations)
    QStringList tags;
    bool starred = false;
};

// A one-glance report of the session's filtered events: what the user sees, in words.
struct Brief
{
    static constexpr qsizetype maximumEntries = 1000;  // a million-event filter stays a brief

    QString title;
    QDate date;
    QString filterInWords;
    QString attribution;
    qsizetype eventCount = 0;        // every filtered event
    std::vector<BriefEntry> entries; // the first maximumEntries of them, ordered by date
};

Brief makeBrief(const Session &session, const QDate &date);

// A picture for the brief; `source` is what an <img> reads: a data URI for a standalone
// HTML file, a resource name for a QTextDocument.
struct BriefImage
{
    QString caption;
    QString source;
    int width = 0;  // display width in CSS pixels
};

// HTML that both browsers and QTextDocument render; every text is escaped, and only
// http(s) sources become links.
QString briefToHtml(const Brief &brief, const QList<BriefImage> &images);

// "data:image/png;base64,…"
QString pngDataUri(const QByteArray &png);

} // namespace dyad
