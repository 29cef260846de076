#include "importsupport.h"

#include "core/event.h"
#include "geo/countrycodes.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QStringDecoder>
#include <QUrl>

#include <charconv>
#include <cmath>

namespace dyad {

const CountryCodes &countryTable()
{
    static const CountryCodes table = [] {
        CountryCodes codes;
        codes.load();  // without it, states are named by their codes and ACLED events keep no state
        return codes;
    }();
    return table;
}

QString importTr(const char *text)
{
    return QCoreApplication::translate("dyad::Import", text);
}

QString moreProblemsText(qsizetype count)
{
    return count == 1 ? importTr("1 more problem") : importTr("%1 more problems").arg(count);
}

bool isUtf16(QByteArrayView head)
{
    return head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF");
}

QByteArray textHead(QByteArrayView head)
{
    QByteArray text;
    if (isUtf16(head)) {
        QStringDecoder decoder(head.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        text = QString(decoder.decode(head.sliced(2))).toUtf8();
    } else {
        text = head.startsWith("\xEF\xBB\xBF") ? head.sliced(3).toByteArray() : head.toByteArray();
    }
    qsizetype first = 0;
    while (first < text.size() && QByteArrayView(" \t\r\n").contains(text[first]))
        ++first;
    return text.sliced(first);
}

QString preview(QByteArrayView cell)
{
    QString text = QString::fromUtf8(cell.first(std::min<qsizetype>(cell.size(), 40)));
    return cell.size() > 40 ? text + u'…' : text;
}

namespace {

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

template<typename Parse>
auto withLatin1(QStringView text, Parse parse) -> decltype(parse(QByteArrayView()))
{
    char buffer[64];
    if (text.size() > qsizetype(sizeof buffer))
        return std::nullopt;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].unicode() > 127)
            return std::nullopt;
        buffer[i] = char(text[i].unicode());
    }
    return parse(QByteArrayView(buffer, text.size()));
}

} // namespace

std::optional<double> parseNumber(QByteArrayView text)
{
    text = trimmed(text);
    if (!text.isEmpty() && text.front() == '+')
        text = text.sliced(1);
    if (text.isEmpty())
        return std::nullopt;
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    if (text.front() == 'i' || text.front() == 'n' || text.front() == 'I' || text.front() == 'N')
        return std::nullopt;
    return value;
}

std::optional<double> parseNumber(QStringView text)
{
    return withLatin1(text, [](QByteArrayView bytes) { return parseNumber(bytes); });
}

std::optional<qint64> parseInteger(QByteArrayView text)
{
    text = trimmed(text);
    if (!text.isEmpty() && text.front() == '+')
        text = text.sliced(1);
    if (text.isEmpty())
        return std::nullopt;
    qint64 value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

std::optional<qint64> parseInteger(QStringView text)
{
    return withLatin1(text, [](QByteArrayView bytes) { return parseInteger(bytes); });
}

std::optional<Date> dateFromParts(qint64 year, qint64 month, qint64 day, QString &error)
{
    if (year == 0) {
        error = importTr("there is no year 0 (1 BCE is followed by 1 CE)");
        return std::nullopt;
    }
    if (year < -4'000'000 || year > 4'000'000) {
        // Julian day numbers in 32 bits hold about ±5.8 million years; the cosmos's 13.8 billion do not fit yet.
        error = importTr("year %1 is out of range: Dyad reads years from 4,000,000 BCE to 4,000,000 CE "
                         "(geological and cosmological years are not supported yet)").arg(year);
        return std::nullopt;
    }
    if (month < 0 || month > 12) {
        error = importTr("month %1 does not exist").arg(month);
        return std::nullopt;
    }
    if (day != 0 && month == 0) {
        error = importTr("a day needs a month");
        return std::nullopt;
    }
    if (day < 0 || day > 31 || (day > 0 && !QDate(int(year), int(month), int(day)).isValid())) {
        const int daysInMonth = QDate(int(year), int(month), 1).daysInMonth();
        const QString monthName = QLocale::c().monthName(int(month));
        error = importTr("%1 does not exist (%2 %3 has %4 days)")
                    .arg(Date::fromYmd(int(year)).toIsoString() + u'-' + QString::number(month).rightJustified(2, u'0')
                             + u'-' + QString::number(day).rightJustified(2, u'0'),
                         monthName, yearDisplayString(int(year)))
                    .arg(daysInMonth);
        return std::nullopt;
    }
    const Date date = Date::fromYmd(int(year), int(month), int(day));
    if (!date.isValid()) {
        error = importTr("not a calendar date");
        return std::nullopt;
    }
    return date;
}

std::optional<Date> parseIsoDate(QStringView text, QString &error)
{
    const QStringView original = text.trimmed();
    text = original;
    const bool negative = text.startsWith(u'-');
    if (negative)
        text = text.sliced(1);
    const auto parts = text.split(u'-');
    bool wellFormed = !text.isEmpty() && parts.size() <= 3;
    qint64 numbers[3] = {0, 0, 0};
    for (qsizetype i = 0; wellFormed && i < parts.size(); ++i) {
        const QStringView part = parts.at(i);
        wellFormed = !part.isEmpty() && (i == 0 ? part.size() <= 7 : part.size() == 2)
                  && std::all_of(part.begin(), part.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
        if (wellFormed)
            numbers[i] = part.toLongLong();
    }
    if (!wellFormed) {
        error = importTr("\"%1\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)").arg(original.left(40));
        return std::nullopt;
    }
    if ((parts.size() >= 2 && numbers[1] == 0) || (parts.size() == 3 && numbers[2] == 0)) {
        error = importTr("\"%1\" is not a date: months and days start at 01").arg(original);
        return std::nullopt;
    }
    return dateFromParts(negative ? -numbers[0] : numbers[0], numbers[1], numbers[2], error);
}

QString coordinateProblem(double latitude, double longitude)
{
    if (!GeoPoint{latitude, longitude}.isValid()) {
        return importTr("coordinates %1, %2 are out of range (latitude -90..90, longitude -180..180)")
            .arg(latitude).arg(longitude);
    }
    return {};
}

QString toneProblem(double tone)
{
    if (tone < minimumTone || tone > maximumTone)
        return importTr("%1 is outside -10..10").arg(tone);
    return {};
}

bool isWebUrl(QStringView text)
{
    if (!text.startsWith(u"http://") && !text.startsWith(u"https://"))
        return false;
    const QUrl url(text.toString(), QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty();
}

QString hostOf(QStringView url)
{
    const qsizetype scheme = url.indexOf(u"://");
    if (scheme < 0)
        return {};
    QStringView rest = url.sliced(scheme + 3);
    const qsizetype end = std::min<qsizetype>(rest.indexOf(u'/') < 0 ? rest.size() : rest.indexOf(u'/'),
                                             rest.indexOf(u':') < 0 ? rest.size() : rest.indexOf(u':'));
    rest = rest.first(end);
    if (rest.startsWith(u"www."))
        rest = rest.sliced(4);
    return rest.toString().toLower();
}

QString plainTextFromHtml(QStringView html)
{
    // As a browser shows it: a run of white space in the source (a cell's line break too) is one
    // space, and only tags break lines. A no-break space is not white space here.
    const auto isHtmlSpace = [](QChar c) { return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f'; };
    const auto breakLine = [](QString &text) {
        while (text.endsWith(u' '))
            text.chop(1);
        if (!text.isEmpty())
            text += u'\n';
    };
    QString text;
    text.reserve(html.size());
    for (qsizetype i = 0; i < html.size(); ++i) {
        const QChar c = html[i];
        if (c == u'<') {
            const qsizetype close = html.indexOf(u'>', i);
            if (close < 0) {
                text += html.sliced(i);
                break;
            }
            const QStringView tag = html.sliced(i + 1, close - i - 1).trimmed();
            if (tag.startsWith(u"br", Qt::CaseInsensitive) || tag.startsWith(u"/p", Qt::CaseInsensitive)
                || tag.startsWith(u"/div", Qt::CaseInsensitive) || tag.startsWith(u"/li", Qt::CaseInsensitive)
                || tag.startsWith(u"/blockquote", Qt::CaseInsensitive)) {
                breakLine(text);
            }
            i = close;
        } else if (c == u'&') {
            const qsizetype semicolon = html.indexOf(u';', i);
            const QStringView entity = semicolon > i && semicolon - i <= 10 ? html.sliced(i + 1, semicolon - i - 1) : QStringView();
            static const struct { const char16_t *name; char16_t character; } named[] = {
                {u"amp", u'&'}, {u"lt", u'<'}, {u"gt", u'>'}, {u"quot", u'"'}, {u"apos", u'\''}, {u"nbsp", u'\u00a0'},
            };
            bool decoded = false;
            for (const auto &entry : named) {
                if (entity == QStringView(entry.name)) {
                    text += QChar(entry.character);
                    decoded = true;
                }
            }
            if (!decoded && entity.startsWith(u'#')) {
                bool ok = false;
                const uint code = entity.startsWith(u"#x", Qt::CaseInsensitive) ? entity.sliced(2).toUInt(&ok, 16)
                                                                                 : entity.sliced(1).toUInt(&ok, 10);
                if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF)) {
                    const char32_t character = code;
                    text += QString::fromUcs4(&character, 1);
                    decoded = true;
                }
            }
            if (decoded)
                i = semicolon;
            else
                text += c;
        } else if (isHtmlSpace(c)) {
            if (!text.isEmpty() && !text.endsWith(u' ') && !text.endsWith(u'\n'))
                text += u' ';
        } else {
            text += c;
        }
    }
    // Collapse the blank lines that block tags leave behind.
    while (text.contains(u"\n\n\n"))
        text.replace(u"\n\n\n"_qs, u"\n\n"_qs);
    while (text.endsWith(u' ') || text.endsWith(u'\n'))
        text.chop(1);
    return text;
}

QString slugify(QStringView text)
{
    QString slug;
    slug.reserve(text.size());
    bool pendingDash = false;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            if (pendingDash && !slug.isEmpty())
                slug += u'-';
            pendingDash = false;
            slug += c.toLower();
        } else {
            pendingDash = true;
        }
    }
    return slug.left(80);
}

} // namespace dyad
