#pragma once

#include "io/dataset.h"

#include <QSet>

namespace dyad {

// One TimelineJS slide, as the Google-Sheets CSV and the JSON format both describe it.
struct TimelineSlide
{
    enum class Kind { Event, Title, Era };
    Kind kind = Kind::Event;
    std::optional<Date> start;
    std::optional<Date> end;
    QString headline;  // HTML allowed
    QString text;      // HTML allowed
    QString mediaUrl;
    QString mediaCredit;
    QString mediaCaption;
    QString group;
    QString uniqueId;
};

// Turns slides into Dyad events. Eras become events of category "era" spanning their
// dates (the timeline draws them as background bands; see docs/file-formats.md); the title
// slide becomes the dataset's title and description.
class TimelineSlides
{
public:
    static inline const QString eraCategory = QStringLiteral("era");

    enum class Part { Start, End, Text };
    // Returns an error message (and which part of the slide it is about), or adds the slide
    // to the dataset.
    QString add(const TimelineSlide &slide, Dataset &dataset, Part *problemPart = nullptr);

private:
    // A <blockquote> given as the slide's media, as quoted text with its credit; empty otherwise.
    static QString quotedText(const TimelineSlide &slide);
    QString uniqueId(const TimelineSlide &slide, const Event &event);
    QSet<QString> m_ids;
};

} // namespace dyad
