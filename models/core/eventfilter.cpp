#include "eventfilter.h"

#include <QJsonArray>

#include <algorithm>
#include <bit>
#include <thread>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace dyad {

namespace {

inline char foldAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c;
}

bool isAscii(QByteArrayView bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return (uchar(c) & 0x80) == 0; });
}

// Which selected actors each actor stands for: bit i set when the actor is selected actor i
// or belongs to the state that is selected actor i.
std::vector<quint64> selectionMasks(const EventStore &store, const QStringList &actorIds,
                                    quint64 &allBits)
{
    std::vector<quint64> masks(size_t(store.actorCount()), 0);
    allBits = 0;
    int bit = 0;
    for (const QString &id : actorIds) {
        const auto selected = store.actorIndex(id);
        if (!selected)
            continue;
        const quint64 flag = quint64(1) << std::min(bit, 63);
        allBits |= flag;
        for (ActorIndex a = 0; a < ActorIndex(store.actorCount()); ++a) {
            if (a == *selected || store.stateGroup(a) == *selected)
                masks[a] |= flag;
        }
        ++bit;
    }
    return masks;
}

class TextMatcher
{
public:
    explicit TextMatcher(const QString &text)
        : m_needle(text.trimmed().toCaseFolded().toUtf8())
        , m_needleText(text.trimmed())
        , m_asciiNeedle(isAscii(m_needle))
    {
    }

    bool isActive() const { return !m_needle.isEmpty(); }

    bool matches(QByteArrayView utf8) const
    {
        if (containsFolded(utf8, m_needle))
            return true;
        // Non-ASCII letters differ in case byte-wise (Ç, ç): compare those properly.
        if (!m_asciiNeedle && !isAscii(utf8))
            return QString::fromUtf8(utf8).contains(m_needleText, Qt::CaseInsensitive);
        return false;
    }

private:
    QByteArray m_needle;
    QString m_needleText;
    bool m_asciiNeedle;
};

} // namespace

bool containsFolded(QByteArrayView haystack, QByteArrayView foldedNeedle)
{
    const qsizetype n = foldedNeedle.size();
    if (n == 0)
        return true;
    if (haystack.size() < n)
        return false;
    const char first = foldedNeedle[0];
    const char firstUpper = (first >= 'a' && first <= 'z') ? char(first - ('a' - 'A')) : first;
    const char *data = haystack.data();
    const char *lastStart = data + haystack.size() - n;  // last position a match can begin
    const auto matchesAt = [&](const char *p) {
        qsizetype i = 1;
        while (i < n && foldAscii(p[i]) == foldedNeedle[i])
            ++i;
        return i == n;
    };
    const char *p = data;
#if defined(__SSE2__)
    // Sixteen candidate positions per step: a position is a candidate when its byte and the
    // next match the needle's first two letters in either case; only candidates are verified.
    if (n >= 2) {
        const char second = foldedNeedle[1];
        const char secondUpper = (second >= 'a' && second <= 'z') ? char(second - ('a' - 'A')) : second;
        const __m128i firstLower = _mm_set1_epi8(first);
        const __m128i firstUpperCase = _mm_set1_epi8(firstUpper);
        const __m128i secondLower = _mm_set1_epi8(second);
        const __m128i secondUpperCase = _mm_set1_epi8(secondUpper);
        for (; p + 17 <= data + haystack.size(); p += 16) {
            const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            const __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 1));
            const __m128i firstHits = _mm_or_si128(_mm_cmpeq_epi8(block, firstLower), _mm_cmpeq_epi8(block, firstUpperCase));
            const __m128i secondHits = _mm_or_si128(_mm_cmpeq_epi8(next, secondLower), _mm_cmpeq_epi8(next, secondUpperCase));
            unsigned mask = unsigned(_mm_movemask_epi8(_mm_and_si128(firstHits, secondHits)));
            while (mask) {
                const char *candidate = p + std::countr_zero(mask);
                if (candidate > lastStart)
                    return false;
                if (matchesAt(candidate))
                    return true;
                mask &= mask - 1;
            }
        }
    }
#endif
    for (; p <= lastStart; ++p) {
        if ((*p == first || *p == firstUpper) && matchesAt(p))
            return true;
    }
    return false;
}

namespace {

// Everything a filter pass needs, resolved once from the EventFilter.
struct CompiledFilter
{
    CompiledFilter(const EventStore &store, const EventFilter &filter, const AnnotationMarks *annotationMarks)
        : text(filter.text)
        , marks(annotationMarks)
    {
        requiredMarks = quint8((filter.annotatedOnly ? AnnotationMarks::Annotated : 0)
                               | (filter.starredOnly ? AnnotationMarks::Starred : 0)
                               | (filter.tags.isEmpty() ? 0 : AnnotationMarks::HasFilteredTag));
        masks = selectionMasks(store, filter.actorIds, allBits);
        byActor = !filter.actorIds.isEmpty();
        requireAll = filter.actorMatch == EventFilter::ActorMatch::AllOf;
        categoryAllowed.assign(size_t(store.categories().size()), filter.categories.isEmpty());
        for (const QString &name : filter.categories) {
            const auto found = std::find(store.categories().begin(), store.categories().end(), name);
            if (found != store.categories().end())
                categoryAllowed[size_t(found - store.categories().begin())] = true;
        }
        minTone = float(filter.minimumTone);
        maxTone = float(filter.maximumTone);
        byTone = filter.minimumTone > minimumTone || filter.maximumTone < maximumTone;
        fromDay = filter.fromDay.value_or(std::numeric_limits<qint32>::min());
    }

    std::vector<quint64> masks;
    quint64 allBits = 0;
    bool byActor = false;
    bool requireAll = false;
    std::vector<bool> categoryAllowed;
    TextMatcher text;
    float minTone = 0;
    float maxTone = 0;
    bool byTone = false;
    qint32 fromDay = 0;
    const AnnotationMarks *marks;
    quint8 requiredMarks = 0;

    bool hasRequiredMarks(EventKey key) const
    {
        return (marks ? (marks->at(key) & requiredMarks) : 0) == requiredMarks;
    }
};

// One pass over rows [begin, end): appends matches to `rows` and counts into `counts`.
void filterRange(const EventStore &store, const CompiledFilter &f, EventRow begin, EventRow end,
                 std::vector<EventRow> &rows, std::vector<quint32> &counts)
{
    rows.reserve(end - begin);
    // lastCountedRow[state] avoids counting an event twice for a state when both the state
    // and one of its people take part.
    std::vector<EventRow> lastCountedRow(size_t(store.actorCount()), noRow);
    for (EventRow row = begin; row < end; ++row) {
        if (store.lastDay(row) < f.fromDay)
            continue;
        if (!f.categoryAllowed[store.category(row)])
            continue;
        if (f.byTone && (store.tone(row) < f.minTone || store.tone(row) > f.maxTone))
            continue;
        if (f.requiredMarks && !f.hasRequiredMarks(store.key(row)))
            continue;
        if (f.text.isActive() && !f.text.matches(store.searchTextUtf8(row)) && !f.text.matches(store.placeNameUtf8(row)))
            continue;

        quint64 matched = 0;
        for (ActorIndex actor : store.participants(row)) {
            matched |= f.masks[actor];
            const ActorIndex state = store.stateGroup(actor);
            if (state != actor)
                ++counts[actor];
            if (lastCountedRow[state] != row) {
                lastCountedRow[state] = row;
                ++counts[state];
            }
        }
        if (f.byActor && (f.requireAll ? matched != f.allBits : matched == 0))
            continue;
        rows.push_back(row);
    }
}

// Large scans are split over the cores: each thread filters a contiguous slice of rows,
// so concatenating the slices keeps the result in start order.
constexpr EventRow rowsPerThreadAtLeast = 100'000;

} // namespace

FilterResult runFilter(const EventStore &store, const EventFilter &filter, const AnnotationMarks *marks)
{
    FilterResult result;
    result.eventsPerActor.assign(size_t(store.actorCount()), 0);
    if (store.isEmpty())
        return result;
    const CompiledFilter compiled(store, filter, marks);

    // Only rows that can overlap the window: an event starting before fromDay overlaps it only
    // if it is no longer than the longest span in the store.
    EventRow begin = 0;
    EventRow end = EventRow(store.size());
    if (filter.fromDay)
        begin = store.firstRowStartingFrom(*filter.fromDay - store.longestSpanDays());
    if (filter.toDay)
        end = store.firstRowStartingAfter(*filter.toDay);
    if (end <= begin)
        return result;

    const unsigned cores = std::clamp(std::thread::hardware_concurrency(), 1u, 8u);
    const unsigned slices = std::clamp(unsigned((end - begin) / rowsPerThreadAtLeast), 1u, cores);
    if (slices == 1) {
        filterRange(store, compiled, begin, end, result.rows, result.eventsPerActor);
        return result;
    }
    std::vector<std::vector<EventRow>> sliceRows(slices);
    std::vector<std::vector<quint32>> sliceCounts(slices, std::vector<quint32>(size_t(store.actorCount()), 0));
    const EventRow step = (end - begin + slices - 1) / slices;
    std::vector<std::thread> workers;
    for (unsigned i = 1; i < slices; ++i) {
        const EventRow from = begin + i * step;
        const EventRow to = std::min(end, from + step);
        workers.emplace_back([&, i, from, to] { filterRange(store, compiled, from, to, sliceRows[i], sliceCounts[i]); });
    }
    filterRange(store, compiled, begin, std::min(end, begin + step), sliceRows[0], sliceCounts[0]);
    for (std::thread &worker : workers)
        worker.join();

    size_t total = 0;
    for (const auto &rows : sliceRows)
        total += rows.size();
    result.rows.reserve(total);
    for (unsigned i = 0; i < slices; ++i) {
        result.rows.insert(result.rows.end(), sliceRows[i].begin(), sliceRows[i].end());
        for (size_t a = 0; a < result.eventsPerActor.size(); ++a)
            result.eventsPerActor[a] += sliceCounts[i][a];
    }
    return result;
}

QJsonObject EventFilter::toJson() const
{
    QJsonObject json;
    json[u"actors"] = QJsonArray::fromStringList(actorIds);
    json[u"actorMatch"] = actorMatch == ActorMatch::AllOf ? QStringLiteral("all") : QStringLiteral("any");
    json[u"categories"] = QJsonArray::fromStringList(categories);
    if (fromDay)
        json[u"fromDay"] = *fromDay;
    if (toDay)
        json[u"toDay"] = *toDay;
    json[u"minimumTone"] = minimumTone;
    json[u"maximumTone"] = maximumTone;
    json[u"text"] = text;
    json[u"annotatedOnly"] = annotatedOnly;
    json[u"starredOnly"] = starredOnly;
    json[u"tags"] = QJsonArray::fromStringList(tags);
    return json;
}

EventFilter EventFilter::fromJson(const QJsonObject &json)
{
    const auto strings = [](const QJsonValue &value) {
        QStringList list;
        for (const QJsonValue &item : value.toArray()) {
            if (item.isString())
                list.append(item.toString());
        }
        return list;
    };
    EventFilter filter;
    filter.actorIds = strings(json[u"actors"]);
    filter.actorMatch = json[u"actorMatch"].toString() == u"all" ? ActorMatch::AllOf : ActorMatch::AnyOf;
    filter.categories = strings(json[u"categories"]);
    if (json[u"fromDay"].isDouble())
        filter.fromDay = json[u"fromDay"].toInt();
    if (json[u"toDay"].isDouble())
        filter.toDay = json[u"toDay"].toInt();
    filter.minimumTone = std::clamp(json[u"minimumTone"].toDouble(dyad::minimumTone), dyad::minimumTone, dyad::maximumTone);
    filter.maximumTone = std::clamp(json[u"maximumTone"].toDouble(dyad::maximumTone), dyad::minimumTone, dyad::maximumTone);
    filter.text = json[u"text"].toString();
    filter.annotatedOnly = json[u"annotatedOnly"].toBool();
    filter.starredOnly = json[u"starredOnly"].toBool();
    filter.tags = strings(json[u"tags"]);
    return filter;
}

} // namespace dyad
