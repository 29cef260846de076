#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>

class QAbstractAxis;
class QChart;

namespace dyad::chartstyle {

// Charts take their colours from the application palette, so they follow light and dark
// themes; data colours are tuned for contrast against the palette's base colour.
bool isDark(const QPalette &palette);

// Background, plot area, title, legend and margins: quiet, no frames, no shadows.
void applyPalette(QChart *chart, const QPalette &palette, const QFont &font);
// Labels in the text colour, a faint grid, no axis line.
void styleAxis(QAbstractAxis *axis, const QPalette &palette, const QFont &font, bool grid = true);

// A stable colour per category name; well-known categories get a colour that means something
// (conflict red, economy green), others a distinct hue derived from the name.
QColor categoryColor(const QString &category, const QPalette &palette);
// Colours for lines that must stand apart from the cooperation/conflict shading.
QColor lineColor(int index, const QPalette &palette);
// A colour between the text and the background: secondary labels and reference lines.
QColor mutedColor(const QPalette &palette, qreal weight = 0.5);

} // namespace dyad::chartstyle
