#include "chartstyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QHash>
#include <QLegend>

#include <array>

namespace dyad::chartstyle {

namespace {

QColor mix(const QColor &a, const QColor &b, qreal weight)
{
    return QColor::fromRgbF(float(a.redF() * (1 - weight) + b.redF() * weight),
                            float(a.greenF() * (1 - weight) + b.greenF() * weight),
                            float(a.blueF() * (1 - weight) + b.blueF() * weight));
}

QColor forTheme(QColor color, const QPalette &palette)
{
    return isDark(palette) ? color.lighter(135) : color;
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor mutedColor(const QPalette &palette, qreal weight)
{
    return mix(palette.color(QPalette::Text), palette.color(QPalette::Base), weight);
}

void applyPalette(QChart *chart, const QPalette &palette, const QFont &font)
{
    chart->setBackgroundBrush(palette.brush(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setMargins(QMargins(4, 4, 8, 4));
    QFont title = font;
    title.setBold(true);
    chart->setTitleFont(title);
    chart->setTitleBrush(palette.brush(QPalette::Text));
    QLegend *legend = chart->legend();
    legend->setFont(font);
    legend->setLabelColor(palette.color(QPalette::Text));
    legend->setBackgroundVisible(false);
    legend->setBorderColor(Qt::transparent);
}

void styleAxis(QAbstractAxis *axis, const QPalette &palette, const QFont &font, bool grid)
{
    axis->setLabelsFont(font);
    axis->setLabelsColor(mutedColor(palette, 0.25));
    axis->setLineVisible(false);
    axis->setGridLineVisible(grid);
    axis->setMinorGridLineVisible(false);
    QPen gridPen(mutedColor(palette, 0.85));
    gridPen.setWidthF(1);
    gridPen.setCosmetic(true);
    axis->setGridLinePen(gridPen);
    axis->setShadesVisible(false);
    axis->setTitleVisible(false);
}

QColor categoryColor(const QString &category, const QPalette &palette)
{
    static const QHash<QString, QColor> known = {
        {QStringLiteral("diplomacy"), QColor(0x3b, 0x6f, 0xb6)},
        {QStringLiteral("peace process"), QColor(0x3f, 0xa0, 0x9a)},
        {QStringLiteral("military"), QColor(0x8e, 0x3b, 0x3b)},
        {QStringLiteral("arms"), QColor(0xc4, 0x6a, 0x1b)},
        {QStringLiteral("sanctions"), QColor(0x7b, 0x4f, 0xa3)},
        {QStringLiteral("energy"), QColor(0xd9, 0xa4, 0x1e)},
        {QStringLiteral("conflict"), QColor(0xd6, 0x45, 0x41)},
        {QStringLiteral("economy"), QColor(0x5a, 0x9a, 0x3c)},
        {QStringLiteral("health"), QColor(0xd1, 0x7f, 0xb0)},
        {QStringLiteral("migration"), QColor(0x6f, 0xa8, 0xdc)},
        {QStringLiteral("domestic politics"), QColor(0x8a, 0x8a, 0x8a)},
    };
    const auto found = known.constFind(category.toLower());
    if (found != known.constEnd())
        return forTheme(*found, palette);
    // Golden-angle hues spread unknown categories apart; the hash keeps each one's colour stable.
    const int hue = int((qHash(category, 0) % 360u) * 137u % 360u);
    return forTheme(QColor::fromHsl(hue, 120, 110), palette);
}

QColor lineColor(int index, const QPalette &palette)
{
    static constexpr std::array<QRgb, 6> light = {0x1f4e9c, 0xb8560f, 0x6a3d9a, 0x1b7a5a, 0x333333, 0xa8326e};
    static constexpr std::array<QRgb, 6> dark = {0x7fb0ff, 0xffa65c, 0xc6a2f0, 0x6fd6ad, 0xe0e0e0, 0xf08cbc};
    const auto &colors = isDark(palette) ? dark : light;
    return QColor(colors[size_t(index) % colors.size()]);
}

} // namespace dyad::chartstyle
