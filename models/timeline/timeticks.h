#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <span>
#include <vector>

namespace dyad {

// One step of the time axis: every day, every Monday, every month or quarter, every N years.
struct TickStep
{
    enum class Unit : quint8 { Day, Week, Month, Year };
    Unit unit = Unit::Year;
    int count = 1;  // months per tick (1 or 3) or years per tick; 1 for days and weeks

    friend bool operator==(const TickStep &, const TickStep &) = default;
};

// A tick sits at the first day of its period.
struct Tick
{
    qint32 day = 0;  // Julian day
    int year = 1;    // historians' numbering: -1 is 1 BCE, there is no year 0
    int month = 1;
    int dayOfMonth = 1;

    static Tick fromJulianDay(qint32 day);
};

// Every step the axis knows, finest first: days, weeks, months, quarters, then years in
// 1-2-5 steps up to ten millennia.
std::span<const TickStep> allTickSteps();

// The shortest distance between two ticks of a step, in days (February, a 9-year step
// across the era boundary): what must fit a label.
double shortestTickInterval(TickStep step);

// The finest step whose ticks are far enough apart for their labels. labelWidth gives the
// widest label of a step in pixels.
TickStep chooseTickStep(double pixelsPerDay, const std::function<double(TickStep)> &labelWidth,
                        double padding = 12);
// The period shown on the second label row ("2020" above "Jan Feb Mar").
std::optional<TickStep> enclosingStep(TickStep step);
// Unlabelled ticks between the labelled ones, when they are at least minimumPixels apart.
std::optional<TickStep> minorStep(TickStep step, double pixelsPerDay, double minimumPixels = 5);

// Ticks of a step that fall inside [firstDay, lastDay]; years are stepped in historians'
// numbering: 20 BCE, 10 BCE, 1, 10, 20 (year 1 marks the era boundary when steps are >= 5).
std::vector<Tick> generateTicks(TickStep step, qint32 firstDay, qint32 lastDay);
// The last tick at or before day (the start of the period containing day).
Tick tickAtOrBefore(TickStep step, qint32 day);
// The first tick after day.
Tick tickAfter(TickStep step, qint32 day);

QString tickLabel(TickStep step, const Tick &tick);                // "Mar", "Q2", "12", "44 BCE"
QString periodLabel(TickStep step, const Tick &from, const Tick &to);  // "March 2020", "1990s", "1900–1999"
// Labels a step produces over [firstDay, lastDay] that include its widest, for measuring.
QStringList sampleTickLabels(TickStep step, qint32 firstDay, qint32 lastDay);

} // namespace dyad
