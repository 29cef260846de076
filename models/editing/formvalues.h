#pragma once

#include "core/geopoint.h"

#include <QString>

#include <optional>

namespace dyad {

// One thing wrong with a form: which field, which row of a table field (-1 for the field
// itself) and what to tell the user next to it.
template<typename Field>
struct FieldProblem
{
    Field field;
    int row = -1;
    QString message;
    friend bool operator==(const FieldProblem &, const FieldProblem &) = default;
};

// An http or https address with a host: the only kind of link Dyad opens.
bool isWebUrl(const QString &text);

// A decimal number as typed in a coordinate field; a comma is taken as the decimal point.
std::optional<double> parseDecimal(const QString &text);

// Lower-case ASCII letters and digits joined by single hyphens: "Türkiye buys S-400" -> "turkiye-buys-s-400".
QString slugify(const QString &text);

// A latitude/longitude pair typed as text. Both empty is no location; otherwise both must
// be numbers in range, and each problem is reported against its own field.
struct LocationInput
{
    std::optional<GeoPoint> point;
    QString latitudeProblem;
    QString longitudeProblem;
    bool isValid() const { return latitudeProblem.isEmpty() && longitudeProblem.isEmpty(); }
};
LocationInput readLocation(const QString &latitude, const QString &longitude);

// How a coordinate is shown in a form: as many decimals as it needs, C locale.
QString coordinateText(double value);

} // namespace dyad
