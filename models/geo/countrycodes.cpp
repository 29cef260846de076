#include "countrycodes.h"

#include <QCoreApplication>
#include <QFile>

namespace dyad {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("CountryCodes", text);
}

std::optional<int> numericValue(QStringView text)
{
    if (text.isEmpty() || text.size() > 3)
        return std::nullopt;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    return text.toInt();
}

bool isUpperLatin(QStringView text, qsizetype length)
{
    if (text.size() != length)
        return false;
    for (QChar c : text) {
        if (c < u'A' || c > u'Z')
            return false;
    }
    return true;
}

} // namespace

bool CountryCodes::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *this = CountryCodes();
        if (error)
            *error = translated("Cannot read the country code table %1: %2").arg(path, file.errorString());
        return false;
    }
    return parse(file.readAll(), error);
}

bool CountryCodes::parse(const QByteArray &tsv, QString *error)
{
    *this = CountryCodes();
    const QString text = QString::fromUtf8(tsv);
    int lineNumber = 0;
    for (QStringView line : QStringView(text).split(u'\n')) {
        ++lineNumber;
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QList<QStringView> fields = line.split(u'\t');
        const QList<QStringView> aliases = fields.size() >= 5 && !fields[4].isEmpty() ? fields[4].split(u',')
                                                                                     : QList<QStringView>();
        if (!addCountry(fields, aliases)) {
            *this = CountryCodes();
            if (error)
                *error = translated("Line %1 of the country code table is malformed.").arg(lineNumber);
            return false;
        }
    }
    if (m_countries.isEmpty()) {
        if (error)
            *error = translated("The country code table is empty.");
        return false;
    }
    return true;
}

bool CountryCodes::addCountry(const QList<QStringView> &fields, const QList<QStringView> &aliases)
{
    const std::optional<int> numeric = fields.size() >= 4 ? numericValue(fields[0]) : std::nullopt;
    if (!numeric || m_byNumeric.contains(*numeric) || !isUpperLatin(fields[1], 2)
        || m_byAlpha2.contains(fields[1].toString()) || fields[3].isEmpty())
        return false;
    QList<QStringView> alpha3Codes = aliases;
    alpha3Codes.prepend(fields[2]);
    for (QStringView code : alpha3Codes) {
        if (!isUpperLatin(code, 3) || m_byAlpha3.contains(code.toString()))
            return false;
    }
    const qsizetype index = m_countries.size();
    m_countries.append({QStringLiteral("%1").arg(*numeric, 3, 10, QLatin1Char('0')), fields[1].toString(),
                        fields[2].toString(), fields[3].toString()});
    m_byNumeric.insert(*numeric, index);
    m_byAlpha2.insert(fields[1].toString(), index);
    for (QStringView code : alpha3Codes)
        m_byAlpha3.insert(code.toString(), index);
    return true;
}

QList<QString> CountryCodes::alpha3Codes() const
{
    QList<QString> codes;
    codes.reserve(m_countries.size());
    for (const Country &country : m_countries)
        codes.append(country.alpha3);
    return codes;
}

const CountryCodes::Country *CountryCodes::findByAlpha3(QStringView alpha3) const
{
    const auto found = m_byAlpha3.constFind(alpha3.toString());
    return found == m_byAlpha3.constEnd() ? nullptr : &m_countries[*found];
}

QString CountryCodes::alpha3FromNumeric(QStringView numeric) const
{
    const std::optional<int> value = numericValue(numeric);
    const auto found = value ? m_byNumeric.constFind(*value) : m_byNumeric.constEnd();
    return found == m_byNumeric.constEnd() ? QString() : m_countries[*found].alpha3;
}

QString CountryCodes::alpha3FromAlpha2(QStringView alpha2) const
{
    const auto found = m_byAlpha2.constFind(alpha2.toString());
    return found == m_byAlpha2.constEnd() ? QString() : m_countries[*found].alpha3;
}

QString CountryCodes::numericFromAlpha3(QStringView alpha3) const
{
    const Country *country = findByAlpha3(alpha3);
    return country ? country->numeric : QString();
}

QString CountryCodes::alpha2FromAlpha3(QStringView alpha3) const
{
    const Country *country = findByAlpha3(alpha3);
    return country ? country->alpha2 : QString();
}

QString CountryCodes::englishName(QStringView alpha3) const
{
    const Country *country = findByAlpha3(alpha3);
    return country ? country->name : QString();
}

QString CountryCodes::canonicalAlpha3(QStringView alpha3) const
{
    const Country *country = findByAlpha3(alpha3);
    return country ? country->alpha3 : QString();
}

} // namespace dyad
