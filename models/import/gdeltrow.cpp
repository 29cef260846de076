#include "gdeltrow.h"

#include "cameo.h"
#include "csvreader.h"
#include "importsupport.h"

#include <QUrl>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace dyad {

namespace {

bool allDigits(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

quint64 unsignedValue(QByteArrayView digits)
{
    quint64 value = 0;
    for (const char c : digits)
        value = value * 10 + quint64(c - '0');
    return value;
}

int digitsValue(QByteArrayView digits)
{
    return int(unsignedValue(digits));
}

// Characters RFC 3986 allows in a URL after the host (2 marks '%' and '#', which need a
// closer look), and in a host name.
struct UrlCharacters
{
    quint8 path[256] = {};
    bool host[256] = {};
    constexpr UrlCharacters()
    {
        for (int c = 0x21; c < 0x7F; ++c)
            path[c] = 1;
        for (const char c : "\"<>\\^`{|}[]")
            path[uchar(c)] = 0;
        path[uchar('%')] = path[uchar('#')] = 2;
        for (int c = 0; c < 256; ++c)
            host[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    }
};
constexpr UrlCharacters urlCharacters;

// The end of the host in an http(s) URL whose host starts at `hostStart`.
qsizetype hostEndOf(QByteArrayView url, qsizetype hostStart)
{
    qsizetype hostEnd = hostStart;
    while (hostEnd < url.size() && url[hostEnd] != '/' && url[hostEnd] != '?' && url[hostEnd] != '#')
        ++hostEnd;
    return hostEnd;
}

// An http(s) URL that needs no repair: printable ASCII that RFC 3986 allows, a plain host,
// valid percent escapes. Anything else goes through QUrl (slow, rare).
bool isPlainUrl(QByteArrayView url, qsizetype hostStart, qsizetype hostEnd)
{
    if (hostEnd == hostStart)
        return false;
    const auto *bytes = reinterpret_cast<const uchar *>(url.data());
    // Host labels as QUrl wants them: letters, digits and inner hyphens, none empty.
    for (qsizetype i = hostStart; i < hostEnd; ++i) {
        const bool labelStart = i == hostStart || bytes[i - 1] == '.';
        const bool labelEnd = i + 1 == hostEnd || bytes[i + 1] == '.';
        if (bytes[i] == '.' ? labelStart || i + 1 == hostEnd : !urlCharacters.host[bytes[i]])
            return false;
        if (bytes[i] == '-' && (labelStart || labelEnd))
            return false;
    }
    int hashes = 0;
    qsizetype i = hostEnd;
#ifdef __SSE2__
    // Sixteen bytes at a time while all are plain: printable ASCII, none of "<>\\^`{|}[]%#.
    const __m128i firstPrintable = _mm_set1_epi8(0x21);
    const __m128i lastPrintable = _mm_set1_epi8(0x7E);
    for (; i + 16 <= url.size(); i += 16) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(bytes + i));
        // Signed compares: bytes >= 0x80 are negative, so they fail "greater than space".
        __m128i bad = _mm_or_si128(_mm_cmplt_epi8(chunk, firstPrintable), _mm_cmpgt_epi8(chunk, lastPrintable));
        for (const char c : {'"', '<', '>', '\\', '^', '`', '{', '|', '}', '[', ']', '%', '#'})
            bad = _mm_or_si128(bad, _mm_cmpeq_epi8(chunk, _mm_set1_epi8(c)));
        if (_mm_movemask_epi8(bad))
            break;
    }
#endif
    for (; i < url.size(); ++i) {
        const uchar c = bytes[i];
        if (urlCharacters.path[c] == 1)
            continue;
        if (urlCharacters.path[c] == 0 || (c == '#' && ++hashes > 1))
            return false;
        if (c == '%' && (i + 2 >= url.size() || !isxdigit(bytes[i + 1]) || !isxdigit(bytes[i + 2])))
            return false;
    }
    return true;
}

} // namespace

std::optional<Date> GdeltRowParser::date(QByteArrayView yyyymmdd, QString &error)
{
    if (yyyymmdd == m_lastDateText && m_lastDate.isValid())
        return m_lastDate;  // rows come in runs of the same day
    if (yyyymmdd.size() != 8 || !allDigits(yyyymmdd)) {
        error = importTr("\"%1\" is not a date in the form YYYYMMDD").arg(preview(yyyymmdd));
        return std::nullopt;
    }
    const auto parsed = dateFromParts(digitsValue(yyyymmdd.first(4)), digitsValue(yyyymmdd.sliced(4, 2)),
                                      digitsValue(yyyymmdd.sliced(6, 2)), error);
    if (parsed) {
        m_lastDateText = yyyymmdd.toByteArray();
        m_lastDate = *parsed;
    }
    return parsed;
}

bool GdeltRowParser::parse(const CsvReader &row, GdeltRow &values, int &errorColumn, QString &error)
{
    const auto fail = [&](int column, const QString &message) {
        errorColumn = column;
        error = message;
        return false;
    };
    values.id = row.field(0);
    if (values.id.size() > 19 || !allDigits(values.id))
        return fail(1, importTr("GLOBALEVENTID \"%1\" is not a number").arg(preview(values.id)));
    values.idValue = unsignedValue(values.id);
    QString message;
    const auto start = date(row.field(1), message);
    if (!start)
        return fail(2, u"SQLDATE: " + message);
    values.start = *start;
    values.tone = 0;
    if (const QByteArrayView goldstein = row.field(30); !goldstein.isEmpty()) {
        const auto value = parseNumber(goldstein);
        if (!value)
            return fail(31, importTr("GoldsteinScale \"%1\" is not a number").arg(preview(goldstein)));
        if (!toneProblem(*value).isEmpty())
            return fail(31, importTr("GoldsteinScale %1 is outside -10..10").arg(*value));
        values.tone = *value;
    }
    const QByteArrayView quad = row.field(29);
    if (!quad.isEmpty() && (quad.size() != 1 || quad[0] < '1' || quad[0] > '4'))
        return fail(30, importTr("QuadClass \"%1\" is not 1, 2, 3 or 4").arg(preview(quad)));
    values.quadClass = quad.isEmpty() ? 0 : quad[0] - '0';
    values.eventCode = row.field(26);
    const QByteArrayView rootText = row.field(28);
    if (!values.eventCode.isEmpty() && (values.eventCode.size() > 4 || !allDigits(values.eventCode)))
        return fail(27, importTr("\"%1\" is not a CAMEO event code").arg(preview(values.eventCode)));
    if (!rootText.isEmpty() && (rootText.size() > 2 || !allDigits(rootText)))
        return fail(29, importTr("\"%1\" is not a CAMEO event code").arg(preview(rootText)));
    values.rootCode = !rootText.isEmpty()               ? digitsValue(rootText)
                    : values.eventCode.size() >= 2 ? digitsValue(values.eventCode.first(2))
                                                        : 0;

    values.location.reset();
    const QByteArrayView latitude = row.field(m_layout.actionGeoLatitude);
    const QByteArrayView longitude = row.field(m_layout.actionGeoLongitude);
    if (!latitude.isEmpty() || !longitude.isEmpty()) {
        const auto lat = parseNumber(latitude);
        const auto lon = parseNumber(longitude);
        const QString problem = lat && lon ? coordinateProblem(*lat, *lon)
                                           : importTr("ActionGeo_Lat and ActionGeo_Long must both be numbers");
        if (!problem.isEmpty()) {
            const bool latitudeBad = !lat || std::abs(*lat) > 90;
            return fail((latitudeBad ? m_layout.actionGeoLatitude : m_layout.actionGeoLongitude) + 1, u"ActionGeo: " + problem);
        }
        values.location = GeoPoint{*lat, *lon};
    }
    values.actor1 = {row.field(5), row.field(6), row.field(7), row.field(8), row.field(12)};
    values.actor2 = {row.field(15), row.field(16), row.field(17), row.field(18), row.field(22)};
    values.placeName = row.field(m_layout.actionGeoName);
    // Geo type 0 is GDELT's "no geography"; such rows carry 0,0 or nothing, never a place.
    const QByteArrayView geoType = row.field(m_layout.actionGeoType);
    const bool nullIsland = values.location && values.location->latitude == 0 && values.location->longitude == 0;
    if (geoType == "0" || (values.placeName.isEmpty() && nullIsland)) {
        values.placeName = {};
        values.location.reset();
    }
    values.sourceUrl = m_layout.sourceUrl < row.size() ? row.field(m_layout.sourceUrl) : QByteArrayView();
    const QByteArrayView added = row.field(m_layout.dateAdded);
    values.sourceDate = added.size() >= 8 && allDigits(added.first(8))
                            ? Date::fromYmd(digitsValue(added.first(4)), digitsValue(added.sliced(4, 2)), digitsValue(added.sliced(6, 2)))
                            : Date();
    return true;
}

void GdeltRowParser::appendName(QByteArrayView name)
{
    // GDELT writes names in capitals: "MINIST OF HOME AFFAIRS" reads "Minist of Home Affairs";
    // short words that are not joining words stay abbreviations ("US", "UN").
    static constexpr const char *joiningWords[] = {"OF", "THE", "AND", "FOR", "IN", "ON", "TO", "AT", "BY", "DE", "AL"};
    qsizetype wordStart = 0;
    while (wordStart < name.size()) {
        qsizetype wordEnd = wordStart;
        while (wordEnd < name.size() && name[wordEnd] != ' ')
            ++wordEnd;
        const QByteArrayView word = name.sliced(wordStart, wordEnd - wordStart);
        const bool joining = wordStart > 0 && std::any_of(std::begin(joiningWords), std::end(joiningWords),
                                                          [&](const char *small) { return word == QByteArrayView(small); });
        const bool abbreviation = !joining && word.size() <= 2;
        for (qsizetype i = 0; i < word.size(); ++i) {
            const char c = word[i];
            const bool keep = abbreviation || (i == 0 && !joining);
            m_title.push_back(!keep && c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c);
        }
        if (wordEnd < name.size())
            m_title.push_back(' ');
        wordStart = wordEnd + 1;
    }
}

QByteArrayView GdeltRowParser::title(const GdeltRow &row)
{
    // Who did what to whom, in the row's words: "Ankara → Russia: Make a visit".
    m_title.clear();
    const auto append = [this](QByteArrayView text) { m_title.append(text.data(), size_t(text.size())); };
    if (!row.actor1.name.isEmpty())
        appendName(row.actor1.name);
    else
        append(row.actor1.code);
    if (!row.actor2.name.isEmpty() || !row.actor2.code.isEmpty()) {
        append(m_title.empty() ? "" : " \xE2\x86\x92 ");
        if (!row.actor2.name.isEmpty())
            appendName(row.actor2.name);
        else
            append(row.actor2.code);
    }
    if (const QByteArrayView description = Cameo::eventCodeDescription(row.eventCode, row.rootCode); !description.isEmpty()) {
        append(m_title.empty() ? "" : ": ");
        append(description);
    }
    if (m_title.empty()) {
        append("GDELT event ");
        append(row.id);
    }
    return {m_title.data(), qsizetype(m_title.size())};
}

QByteArrayView GdeltRowParser::summary(const GdeltRow &row)
{
    m_summary.clear();
    if (!row.eventCode.isEmpty()) {
        m_summary.append("CAMEO event code ").append(row.eventCode.data(), size_t(row.eventCode.size()));
        if (row.quadClass > 0) {
            const QByteArrayView quad = Cameo::quadClassName(row.quadClass);
            m_summary.append(" (").append(quad.data(), size_t(quad.size())).append(")");
        }
    }
    return {m_summary.data(), qsizetype(m_summary.size())};
}

GdeltSource GdeltRowParser::classifySource(QByteArrayView url)
{
    GdeltSource source;
    if (url.isEmpty())
        return source;
    const qsizetype hostStart = url.startsWith("https://") ? 8 : url.startsWith("http://") ? 7 : -1;
    if (hostStart < 0) {
        source.kind = GdeltSource::NotALink;
        return source;
    }
    const qsizetype hostEnd = hostEndOf(url, hostStart);
    if (isPlainUrl(url, hostStart, hostEnd)) {
        source.kind = GdeltSource::PlainUrl;
        source.host = url.sliced(hostStart, hostEnd - hostStart);
        if (source.host.startsWith("www."))
            source.host = source.host.sliced(4);
        return source;
    }
    source.repaired = QString::fromLatin1(QUrl::fromEncoded(url.toByteArray(), QUrl::TolerantMode).toEncoded());
    source.kind = isWebUrl(source.repaired) ? GdeltSource::RepairedUrl : GdeltSource::NotALink;
    return source;
}

} // namespace dyad
