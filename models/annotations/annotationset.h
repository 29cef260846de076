#pragma once

#include "annotation.h"

#include <QHash>

#include <optional>

namespace dyad {

// All annotations of a session: per-event notes/tags/highlights/stars, links, presets.
// Plain data: the Session changes it through undo commands and tells the views.
class AnnotationSet
{
public:
    EventAnnotation annotation(const QString &eventId) const { return m_annotations.value(eventId); }
    void setAnnotation(const QString &eventId, const EventAnnotation &annotation);
    const QHash<QString, EventAnnotation> &annotations() const { return m_annotations; }
    QStringList allTags() const;

    const QList<EventLink> &links() const { return m_links; }
    QList<EventLink> linksOf(const QString &eventId) const;
    void addLink(const EventLink &link);
    bool removeLink(const EventLink &link);

    const QList<FilterPreset> &presets() const { return m_presets; }
    std::optional<FilterPreset> preset(const QString &name) const;
    void setPreset(const FilterPreset &preset);  // replaces a preset of the same name
    bool removePreset(const QString &name);

    bool isEmpty() const { return m_annotations.isEmpty() && m_links.isEmpty() && m_presets.isEmpty(); }
    friend bool operator==(const AnnotationSet &, const AnnotationSet &) = default;

private:
    QHash<QString, EventAnnotation> m_annotations;
    QList<EventLink> m_links;
    QList<FilterPreset> m_presets;
};

} // namespace dyad
