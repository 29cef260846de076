#include "timelinejsslides.h"

#include "importsupport.h"

namespace dyad {

QString TimelineSlides::add(const TimelineSlide &slide, Dataset &dataset, Part *problemPart)
{
    const auto problem = [&](Part where, const QString &message) {
        if (problemPart)
            *problemPart = where;
        return message;
    };
    if (slide.kind == TimelineSlide::Kind::Title) {
        dataset.info.title = plainTextFromHtml(slide.headline);
        dataset.info.description = plainTextFromHtml(slide.text);
        return {};
    }
    if (!slide.start)
        return problem(Part::Start, importTr("a slide needs a start date"));
    Event event;
    event.start = *slide.start;
    if (slide.end) {
        if (slide.end->lastDay() < slide.start->firstDay())
            return problem(Part::End, importTr("the end %1 is before the start %2").arg(slide.end->toIsoString(), slide.start->toIsoString()));
        event.end = slide.end;
    } else if (slide.kind == TimelineSlide::Kind::Era) {
        return problem(Part::End, importTr("an era needs an end date"));
    }
    event.title = plainTextFromHtml(slide.headline).simplified();
    event.summary = plainTextFromHtml(slide.text);
    if (const QString quote = quotedText(slide); !quote.isEmpty())
        event.summary += (event.summary.isEmpty() ? QString() : u"\n\n"_qs) + quote;
    if (event.title.isEmpty()) {
        const QString firstLine = event.summary.section(u'\n', 0, 0).simplified();
        event.title = firstLine.size() > 100 ? firstLine.left(99) + u'…' : firstLine;
    }
    if (event.title.isEmpty())
        return problem(Part::Text, importTr("the slide has neither a headline nor text"));
    event.category = slide.kind == TimelineSlide::Kind::Era ? eraCategory : slide.group.trimmed();
    if (isWebUrl(slide.mediaUrl.trimmed())) {
        event.sources.append({plainTextFromHtml(slide.mediaCredit), plainTextFromHtml(slide.mediaCaption),
                              slide.mediaUrl.trimmed(), {}});
    }
    event.id = uniqueId(slide, event);
    if (m_ids.contains(event.id))
        return problem(Part::Text, importTr("the unique_id \"%1\" is used twice").arg(slide.uniqueId));
    m_ids.insert(event.id);
    dataset.events.append(std::move(event));
    return {};
}

QString TimelineSlides::quotedText(const TimelineSlide &slide)
{
    // TimelineJS shows a <blockquote> in the Media column as the slide's quotation.
    const QString media = slide.mediaUrl.trimmed();
    if (!media.startsWith(u"<blockquote", Qt::CaseInsensitive))
        return {};
    const QString quote = plainTextFromHtml(media);
    if (quote.isEmpty())
        return {};
    QString text = u'“' + quote + u'”';
    if (const QString credit = plainTextFromHtml(slide.mediaCredit); !credit.isEmpty())
        text += u"\n— "_qs + credit;
    return text;
}

QString TimelineSlides::uniqueId(const TimelineSlide &slide, const Event &event)
{
    if (!slide.uniqueId.trimmed().isEmpty())
        return u"timelinejs:" + slide.uniqueId.trimmed();
    // No id in the file: derive one from the content, so a second import finds the same events.
    const QString base = u"timelinejs:" + event.start.toIsoString() + u'-' + slugify(event.title);
    QString id = base;
    for (int n = 2; m_ids.contains(id); ++n)
        id = base + u'-' + QString::number(n);
    return id;
}

} // namespace dyad
