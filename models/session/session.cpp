#include "session.h"

#include "io/jsondataset.h"

#include <QFile>

namespace dyad {

Session::Session(QObject *parent)
    : QObject(parent)
{
}

Session::~Session() = default;

void Session::reset(const DatasetInfo &info, EventStore store)
{
    DocumentChange change;
    change.parts = DocumentChange::Reset | DocumentChange::Events | DocumentChange::Actors | DocumentChange::Annotations
                   | DocumentChange::Links | DocumentChange::Presets | DocumentChange::FilterResult;
    Q_EMIT aboutToReset();
    Q_EMIT aboutToChange(change);
    m_info = info;
    m_store = std::move(store);
    m_store.sortByStart();
    m_filter = {};
    m_annotations = {};
    m_filtered = runFilter(m_store, m_filter);
    m_undoStack.clear();
    m_visibleWindow = dataExtent();
    Q_EMIT changed(change);
    Q_EMIT datasetReset();
    Q_EMIT visibleWindowChanged(m_visibleWindow);
}

ParseError Session::loadBundledDataset()
{
    QFile file(QStringLiteral(":/data/bundled.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {file.fileName(), 0, 0, file.errorString()};
    Dataset dataset;
    ParseError error = JsonDataset::read(file.readAll(), dataset);
    if (error.isError()) {
        error.file = file.fileName();
        return error;
    }
    EventStore store;
    fillStore(store, dataset);
    reset(dataset.info, std::move(store));
    return {};
}

void Session::setFilter(const EventFilter &filter)
{
    if (filter == m_filter)
        return;
    commit({DocumentChange::FilterResult}, [&](DocumentChange &) { m_filter = filter; });
}

void Session::refilter()
{
    commit({DocumentChange::FilterResult}, [](DocumentChange &) {});
}

void Session::commit(DocumentChange change, const std::function<void(DocumentChange &)> &mutate)
{
    if (m_openGroup) {  // one step of a grouped change, announced with the group
        mutate(change);
        m_openGroup->merge(change);
        return;
    }
    announce(change);
    mutate(change);
    finish(change);
}

void Session::beginChangeGroup(DocumentChange::Parts parts)
{
    Q_ASSERT(!m_openGroup);
    DocumentChange change(parts);
    announce(change);
    m_openGroup = std::move(change);
}

void Session::endChangeGroup()
{
    DocumentChange change = std::move(*m_openGroup);
    m_openGroup.reset();
    finish(change);
}

void Session::announce(DocumentChange &change)
{
    if (change.touches(DocumentChange::Events | DocumentChange::Actors)
        || (change.touches(DocumentChange::Annotations) && filterReadsAnnotations()))
        change.parts |= DocumentChange::FilterResult;
    Q_EMIT aboutToChange(change);
    if (change.touches(DocumentChange::FilterResult))
        Q_EMIT aboutToChangeFilter();
}

void Session::finish(const DocumentChange &change)
{
    if (change.touches(DocumentChange::FilterResult)) {
        const AnnotationMarks marks = annotationMarks();
        m_filtered = runFilter(m_store, m_filter, &marks);
    }
    Q_EMIT changed(change);
    emitFinerSignals(change);
}

void Session::emitFinerSignals(const DocumentChange &change)
{
    for (const QString &eventId : change.annotatedEvents)
        Q_EMIT annotationChanged(eventId);
    if (change.touches(DocumentChange::Links))
        Q_EMIT linksChanged();
    if (change.touches(DocumentChange::Presets))
        Q_EMIT presetsChanged();
    if (change.touches(DocumentChange::Events | DocumentChange::Actors))
        Q_EMIT eventsEdited();
    if (change.touches(DocumentChange::FilterResult))
        Q_EMIT filterChanged();
}

bool Session::filterReadsAnnotations() const
{
    return m_filter.annotatedOnly || m_filter.starredOnly || !m_filter.tags.isEmpty();
}

AnnotationMarks Session::annotationMarks() const
{
    AnnotationMarks marks;
    if (!filterReadsAnnotations() || m_annotations.annotations().isEmpty())
        return marks;
    marks.byKey.assign(size_t(m_store.keyCapacity()), 0);
    for (auto it = m_annotations.annotations().cbegin(); it != m_annotations.annotations().cend(); ++it) {
        const auto key = m_store.keyOfId(it.key());
        if (!key)
            continue;
        quint8 bits = AnnotationMarks::Annotated;
        if (it->starred)
            bits |= AnnotationMarks::Starred;
        for (const QString &tag : it->tags) {
            if (m_filter.tags.contains(tag, Qt::CaseInsensitive))
                bits |= AnnotationMarks::HasFilteredTag;
        }
        if (*key >= marks.byKey.size())
            marks.byKey.resize(size_t(*key) + 1, 0);
        marks.byKey[*key] = bits;
    }
    return marks;
}

void Session::resetAnnotations(const AnnotationSet &annotations)
{
    DocumentChange change{DocumentChange::Annotations | DocumentChange::Links | DocumentChange::Presets
                          | DocumentChange::FilterResult};
    change.annotatedEvents = m_annotations.annotations().keys();
    for (auto it = annotations.annotations().cbegin(); it != annotations.annotations().cend(); ++it) {
        if (!m_annotations.annotations().contains(it.key()))
            change.annotatedEvents.append(it.key());
    }
    commit(std::move(change), [&](DocumentChange &) { m_annotations = annotations; });
}

void Session::setVisibleWindow(TimeWindow window)
{
    if (!window.isValid() || window == m_visibleWindow)
        return;
    m_visibleWindow = window;
    Q_EMIT visibleWindowChanged(window);
}

TimeWindow Session::dataExtent() const
{
    if (m_store.isEmpty()) {
        // An empty session still shows a sensible stretch of time: the current decade.
        return {2451545, 2451545 + 3652};
    }
    return {m_store.firstDay(), std::max(m_store.lastDayOfAll(), m_store.firstDay())};
}

} // namespace dyad
