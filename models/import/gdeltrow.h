#pragma once

#include "core/date.h"
#include "core/geopoint.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>
#include <string>

namespace dyad {

class CsvReader;

// Where a GDELT version keeps the columns Dyad reads that move between versions.
struct GdeltLayout
{
    int columns = 0;  // 61 for 2.0; 58 for 1.0 (57 when SOURCEURL is missing)
    int actionGeoType = 0;
    int actionGeoName = 0;
    int actionGeoLatitude = 0;
    int actionGeoLongitude = 0;
    int dateAdded = 0;
    int sourceUrl = 0;
};
inline constexpr GdeltLayout gdeltVersion2{61, 51, 52, 56, 57, 59, 60};
inline constexpr GdeltLayout gdeltVersion1{58, 49, 50, 53, 54, 56, 57};

// One checked GDELT row. The views point into the reader's buffer: valid until its next record.
struct GdeltRow
{
    struct ActorFields
    {
        QByteArrayView code, name, country, knownGroup, type;
    };
    QByteArrayView id;  // digits
    quint64 idValue = 0;
    Date start;
    double tone = 0;
    int quadClass = 0;  // 0 when not given
    int rootCode = 0;   // 0 when not given
    QByteArrayView eventCode;
    ActorFields actor1, actor2;
    QByteArrayView placeName;
    std::optional<GeoPoint> location;
    QByteArrayView sourceUrl;
    Date sourceDate;  // the day of DATEADDED; invalid when missing
};

// How a SOURCEURL is kept: most are plain links used as they are; a link with characters a
// browser would escape is escaped; anything else is not a link (GDELT 1.0 names some sources).
struct GdeltSource
{
    enum Kind { None, PlainUrl, RepairedUrl, NotALink } kind = None;
    QByteArrayView host;  // PlainUrl: the host without "www."
    QString repaired;     // RepairedUrl: the escaped link
};

// Checks GDELT rows and words their titles. Only the columns Dyad keeps are looked at.
class GdeltRowParser
{
public:
    void setLayout(const GdeltLayout &layout) { m_layout = layout; }
    const GdeltLayout &layout() const { return m_layout; }

    // Fills `values`, or gives the 1-based column and the reason the row is bad.
    bool parse(const CsvReader &row, GdeltRow &values, int &errorColumn, QString &error);
    // "Ankara → Russia: Make a visit" (the row's own names in readable case, the event code's
    // CAMEO name) and "CAMEO event code 042 (verbal cooperation)" in UTF-8;
    // each view is valid until the next call of the same function.
    QByteArrayView title(const GdeltRow &row);
    QByteArrayView summary(const GdeltRow &row);

    static GdeltSource classifySource(QByteArrayView url);

private:
    std::optional<Date> date(QByteArrayView yyyymmdd, QString &error);

    GdeltLayout m_layout;
    QByteArray m_lastDateText;
    Date m_lastDate;
    void appendName(QByteArrayView name);

    std::string m_title;
    std::string m_summary;
};

} // namespace dyad
