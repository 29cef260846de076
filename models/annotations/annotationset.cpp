#include "annotationset.h"

#include <QSet>

namespace dyad {

void AnnotationSet::setAnnotation(const QString &eventId, const EventAnnotation &annotation)
{
    if (annotation.isEmpty())
        m_annotations.remove(eventId);
    else
        m_annotations.insert(eventId, annotation);
}

QStringList AnnotationSet::allTags() const
{
    QSet<QString> tags;
    for (const EventAnnotation &annotation : m_annotations)
        for (const QString &tag : annotation.tags)
            tags.insert(tag);
    QStringList sorted(tags.begin(), tags.end());
    sorted.sort(Qt::CaseInsensitive);
    return sorted;
}

QList<EventLink> AnnotationSet::linksOf(const QString &eventId) const
{
    QList<EventLink> result;
    for (const EventLink &link : m_links) {
        if (link.fromEventId == eventId || link.toEventId == eventId)
            result.append(link);
    }
    return result;
}

void AnnotationSet::addLink(const EventLink &link)
{
    if (!m_links.contains(link))
        m_links.append(link);
}

bool AnnotationSet::removeLink(const EventLink &link)
{
    return m_links.removeOne(link);
}

std::optional<FilterPreset> AnnotationSet::preset(const QString &name) const
{
    for (const FilterPreset &preset : m_presets) {
        if (preset.name == name)
            return preset;
    }
    return std::nullopt;
}

void AnnotationSet::setPreset(const FilterPreset &preset)
{
    for (FilterPreset &existing : m_presets) {
        if (existing.name == preset.name) {
            existing = preset;
            return;
        }
    }
    m_presets.append(preset);
}

bool AnnotationSet::removePreset(const QString &name)
{
    return m_presets.removeIf([&](const FilterPreset &preset) { return preset.name == name; }) > 0;
}

} // namespace dyad
