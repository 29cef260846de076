#pragma once

#include <QColor>

namespace dyad {

// A categorical palette that reads on light and dark backgrounds (Tableau 10's hues);
// beyond ten categories the hues repeat darker, then lighter.
QColor categoryColor(int index);

// A diverging, colour-blind-safe scale for tone: -10 (hostile) dark red, 0 a neutral grey
// that stays visible on white and on dark backgrounds, +10 (cooperative) dark blue.
QColor toneColor(double tone);

// a when t = 0, b when t = 1, straight through RGB.
QColor mixColors(const QColor &a, const QColor &b, double t);

} // namespace dyad
