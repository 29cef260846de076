#include "formvalues.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUrl>

#include <cmath>

namespace dyad {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dyad::FormValues", text);
}

QString checkCoordinate(const QString &text, double limit, const QString &outOfRange)
{
    const auto value = parseDecimal(text);
    if (text.trimmed().isEmpty())
        return tr("Enter both latitude and longitude, or neither");
    if (!value)
        return tr("Not a number");
    if (std::abs(*value) > limit)
        return outOfRange;
    return {};
}

} // namespace

bool isWebUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty();
}

std::optional<double> parseDecimal(const QString &text)
{
    QString normalized = text.trimmed();
    normalized.replace(u',', u'.');
    bool ok = false;
    const double value = QLocale::c().toDouble(normalized, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QString slugify(const QString &text)
{
    // Decomposing first turns "ü" into "u" plus a combining mark, which is then dropped.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toLower();
    QString slug;
    slug.reserve(decomposed.size());
    bool pendingHyphen = false;
    for (const QChar c : decomposed) {
        const bool keep = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
        if (keep) {
            if (pendingHyphen && !slug.isEmpty())
                slug += u'-';
            slug += c;
            pendingHyphen = false;
        } else if (c.category() != QChar::Mark_NonSpacing) {
            pendingHyphen = true;
        }
    }
    return slug;
}

LocationInput readLocation(const QString &latitude, const QString &longitude)
{
    LocationInput input;
    if (latitude.trimmed().isEmpty() && longitude.trimmed().isEmpty())
        return input;
    input.latitudeProblem = checkCoordinate(latitude, 90, tr("Latitude must be between -90 and 90"));
    input.longitudeProblem = checkCoordinate(longitude, 180, tr("Longitude must be between -180 and 180"));
    if (input.isValid())
        input.point = GeoPoint{*parseDecimal(latitude), *parseDecimal(longitude)};
    return input;
}

QString coordinateText(double value)
{
    return QLocale::c().toString(value, 'g', 10);
}

} // namespace dyad
