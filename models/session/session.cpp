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
    Q_EMIT aboutToReset();
    m_info = info;
    m_store = std::move(store);
    m_store.sortByStart();
    m_filter = {};
    m_annotations = {};
    m_filtered = runFilter(m_store, m_filter);
    m_undoStack.clear();
    m_visibleWindow = dataExtent();
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
    Q_EMIT aboutToChangeFilter();
    m_filter = filter;
    const AnnotationMarks marks = annotationMarks();
    m_filtered = runFilter(m_store, m_filter, &marks);
    Q_EMIT filterChanged();
}

void Session::refilter()
{
    Q_EMIT aboutToChangeFilter();
    const AnnotationMarks marks = annotationMarks();
    m_filtered = runFilter(m_store, m_filter, &marks);
    Q_EMIT filterChanged();
}

AnnotationMarks Session::annotationMarks() const
{
    AnnotationMarks marks;
    const bool needed = m_filter.annotatedOnly || m_filter.starredOnly || !m_filter.tags.isEmpty();
    if (!needed || m_annotations.annotations().isEmpty())
        return marks;
    marks.byKey.assign(size_t(m_store.size()) + 1, 0);
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
    m_annotations = annotations;
    Q_EMIT linksChanged();
    Q_EMIT presetsChanged();
    for (auto it = m_annotations.annotations().cbegin(); it != m_annotations.annotations().cend(); ++it)
        Q_EMIT annotationChanged(it.key());
    refilter();
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
