// The legend row: what the colours mean, what the mark shapes mean, and in dyad lanes what
// the tone bars are.
#include "core/eventstore.h"
#include "timeline/colorscale.h"
#include "timeline/lanes.h"
#include "timelinepainting_p.h"

#include <QCoreApplication>
#include <QLinearGradient>

namespace dyad {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dyad::TimelineRenderer", text);
}

QString periodName(TickStep step)
{
    switch (step.unit) {
    case TickStep::Unit::Day:
    case TickStep::Unit::Week:
    case TickStep::Unit::Month:
        return step.count == 3 ? tr("quarter") : tr("month");
    case TickStep::Unit::Year:
        return step.count == 1 ? tr("year") : tr("%1 years").arg(step.count);
    }
    return {};
}

} // namespace

void paintLegend(const TimelinePaintContext &context)
{
    const TimelineFrame &frame = context.frame;
    QPainter *painter = context.painter;
    const QRectF rect = frame.legendRect;
    if (rect.isEmpty())
        return;
    painter->save();
    painter->fillRect(rect, context.colors.chrome);
    painter->setPen(QPen(context.colors.strongGrid, 1));
    painter->drawLine(QPointF(rect.left(), rect.top() + 0.5), QPointF(rect.right(), rect.top() + 0.5));
    painter->setRenderHint(QPainter::Antialiasing, true);
    const QFontMetricsF &fm = context.metrics;
    const double y = rect.center().y();
    const double swatch = std::round(fm.height() * 0.55);

    // Right side first (shapes, trend), so the colour key knows how much room it has.
    double right = rect.right() - 10;
    const auto rightText = [&](const QString &text) {
        const double width = fm.horizontalAdvance(text);
        right -= width;
        painter->setPen(context.colors.dimText);
        painter->drawText(QRectF(right, rect.top(), width + 1, rect.height()), Qt::AlignLeft | Qt::AlignVCenter, text);
        right -= 6;
    };
    const QColor sample = context.colors.density;
    if (context.lanes.mode() == LaneMode::Dyad) {
        rightText(tr("bars: mean tone per %1").arg(periodName(frame.trendStep)));
        right -= 14;
    }
    rightText(tr("month or year"));
    QColor soft = sample;
    soft.setAlphaF(0.35f);
    painter->setPen(QPen(sample, 1, Qt::DashLine));
    painter->setBrush(QBrush(soft, Qt::BDiagPattern));
    right -= 22;
    painter->drawRect(QRectF(right, y - swatch / 2, 22, swatch));
    right -= 14;
    rightText(tr("span"));
    painter->setPen(Qt::NoPen);
    painter->setBrush(sample);
    right -= 22;
    painter->drawRoundedRect(QRectF(right, y - swatch / 2, 22, swatch), 2, 2);
    right -= 14;
    rightText(tr("day"));
    right -= swatch;
    painter->drawEllipse(QRectF(right, y - swatch / 2, swatch, swatch));
    right -= 24;

    double x = rect.left() + 10;
    painter->setPen(context.colors.text);
    if (context.options.colorMode == ColorMode::Tone) {
        const QString hostile = tr("hostile −10");
        const QString cooperative = tr("+10 cooperative");
        painter->drawText(QRectF(x, rect.top(), fm.horizontalAdvance(hostile) + 1, rect.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, hostile);
        x += fm.horizontalAdvance(hostile) + 8;
        const QRectF bar(x, y - swatch / 2, 160, swatch);
        QLinearGradient gradient(bar.topLeft(), bar.topRight());
        for (int tone = -10; tone <= 10; tone += 2)
            gradient.setColorAt((tone + 10) / 20.0, toneColor(tone));
        painter->setPen(Qt::NoPen);
        painter->fillRect(bar, gradient);
        x = bar.right() + 8;
        painter->setPen(context.colors.text);
        painter->drawText(QRectF(x, rect.top(), fm.horizontalAdvance(cooperative) + 1, rect.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, cooperative);
        painter->restore();
        return;
    }
    const QList<QString> &categories = context.store.categories();
    for (qsizetype i = 0; i < categories.size(); ++i) {
        const double width = swatch + 5 + fm.horizontalAdvance(categories.at(i));
        if (x + width > right) {
            painter->setPen(context.colors.dimText);
            painter->drawText(QRectF(x, rect.top(), fm.horizontalAdvance(QStringLiteral("…")) + 2, rect.height()),
                              Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("…"));
            break;
        }
        painter->setPen(Qt::NoPen);
        painter->setBrush(categoryColor(int(i)));
        painter->drawEllipse(QRectF(x, y - swatch / 2, swatch, swatch));
        painter->setPen(context.colors.text);
        painter->drawText(QRectF(x + swatch + 5, rect.top(), width, rect.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          categories.at(i));
        x += width + 14;
    }
    painter->restore();
}

} // namespace dyad
