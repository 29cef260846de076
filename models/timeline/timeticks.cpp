#include "timeticks.h"

#include "core/date.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

#include <array>

namespace dyad {

namespace {

using Unit = TickStep::Unit;

constexpr std::array<TickStep, 18> steps = {{
    {Unit::Day, 1},     {Unit::Week, 1},     {Unit::Month, 1},    {Unit::Month, 3},     {Unit::Year, 1},
    {Unit::Year, 2},    {Unit::Year, 5},     {Unit::Year, 10},    {Unit::Year, 20},     {Unit::Year, 50},
    {Unit::Year, 100},  {Unit::Year, 200},   {Unit::Year, 500},   {Unit::Year, 1000},   {Unit::Year, 2000},
    {Unit::Year, 5000}, {Unit::Year, 10000}, {Unit::Year, 100000},
}};

QString translate(const char *text)
{
    return QCoreApplication::translate("dyad::TimeTicks", text);
}

qint32 julianDay(int year, int month, int day)
{
    return qint32(QDate(year, month, day).toJulianDay());
}

qint32 floorMod(qint32 value, qint32 divisor)
{
    const qint32 r = value % divisor;
    return r < 0 ? r + divisor : r;
}

// Year 1 marks the era boundary once steps are wide enough that it does not crowd its neighbour.
bool marksEraBoundary(int yearsPerTick)
{
    return yearsPerTick >= 5;
}

int tickYearAtOrBefore(int year, int n)
{
    if (n == 1)
        return year;
    if (year > 0) {
        if (const int multiple = year / n * n; multiple > 0)
            return multiple;
        return marksEraBoundary(n) ? 1 : -n;
    }
    const int bce = -year;
    return -((bce + n - 1) / n * n);
}

int tickYearAfter(int year, int n)
{
    if (n == 1)
        return year == -1 ? 1 : year + 1;
    if (year > 0)
        return (year / n + 1) * n;
    const int bce = -year;
    if (const int multiple = (bce - 1) / n * n; multiple > 0)
        return -multiple;
    return marksEraBoundary(n) ? 1 : n;
}

Tick nextTick(TickStep step, const Tick &tick)
{
    switch (step.unit) {
    case Unit::Day:
        return Tick::fromJulianDay(tick.day + step.count);
    case Unit::Week:
        return Tick::fromJulianDay(tick.day + 7 * step.count);
    case Unit::Month: {
        int month = tick.month + step.count;
        int year = tick.year;
        while (month > 12) {
            month -= 12;
            year = year == -1 ? 1 : year + 1;
        }
        return Tick::fromJulianDay(julianDay(year, month, 1));
    }
    case Unit::Year:
        return Tick::fromJulianDay(julianDay(tickYearAfter(tick.year, step.count), 1, 1));
    }
    return tick;
}

QString shortMonthName(int month)
{
    return QLocale().monthName(month, QLocale::ShortFormat);
}

} // namespace

Tick Tick::fromJulianDay(qint32 day)
{
    const QDate date = QDate::fromJulianDay(day);
    return {day, date.year(), date.month(), date.day()};
}

std::span<const TickStep> allTickSteps()
{
    return steps;
}

double shortestTickInterval(TickStep step)
{
    switch (step.unit) {
    case Unit::Day:
        return step.count;
    case Unit::Week:
        return 7.0 * step.count;
    case Unit::Month:
        return step.count == 1 ? 28 : 30.0 * step.count - 1;
    case Unit::Year:
        return 365.0 * (marksEraBoundary(step.count) ? step.count - 1 : step.count);
    }
    return 1;
}

TickStep chooseTickStep(double pixelsPerDay, const std::function<double(TickStep)> &labelWidth, double padding)
{
    for (const TickStep &step : steps) {
        if (shortestTickInterval(step) * pixelsPerDay >= labelWidth(step) + padding)
            return step;
    }
    return steps.back();
}

std::optional<TickStep> enclosingStep(TickStep step)
{
    switch (step.unit) {
    case Unit::Day:
    case Unit::Week:
        return TickStep{Unit::Month, 1};
    case Unit::Month:
        return TickStep{Unit::Year, 1};
    case Unit::Year:
        if (step.count < 10)
            return TickStep{Unit::Year, 10};
        if (step.count < 100)
            return TickStep{Unit::Year, 100};
        if (step.count < 1000)
            return TickStep{Unit::Year, 1000};
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<TickStep> minorStep(TickStep step, double pixelsPerDay, double minimumPixels)
{
    const auto divides = [&](const TickStep &finer) {
        if (finer.unit == Unit::Day)
            return true;
        if (finer.unit == Unit::Week)
            return step.unit == Unit::Week;
        if (finer.unit == Unit::Month)
            return step.unit == Unit::Year || (step.unit == Unit::Month && step.count % finer.count == 0);
        return step.unit == Unit::Year && step.count % finer.count == 0;
    };
    for (const TickStep &finer : steps) {
        if (finer == step)
            break;
        if (divides(finer) && shortestTickInterval(finer) * pixelsPerDay >= minimumPixels)
            return finer;
    }
    return std::nullopt;
}

Tick tickAtOrBefore(TickStep step, qint32 day)
{
    const Tick tick = Tick::fromJulianDay(day);
    switch (step.unit) {
    case Unit::Day:
        return tick;
    case Unit::Week:
        // Julian day 0 was a Monday, so Mondays are the multiples of 7.
        return Tick::fromJulianDay(day - floorMod(day, 7));
    case Unit::Month: {
        const int month = tick.month - (tick.month - 1) % step.count;
        return Tick::fromJulianDay(julianDay(tick.year, month, 1));
    }
    case Unit::Year:
        return Tick::fromJulianDay(julianDay(tickYearAtOrBefore(tick.year, step.count), 1, 1));
    }
    return tick;
}

Tick tickAfter(TickStep step, qint32 day)
{
    return nextTick(step, tickAtOrBefore(step, day));
}

std::vector<Tick> generateTicks(TickStep step, qint32 firstDay, qint32 lastDay)
{
    std::vector<Tick> ticks;
    Tick tick = tickAtOrBefore(step, firstDay);
    if (tick.day < firstDay)
        tick = nextTick(step, tick);
    constexpr int safetyLimit = 100000;
    while (tick.day <= lastDay && int(ticks.size()) < safetyLimit) {
        ticks.push_back(tick);
        tick = nextTick(step, tick);
    }
    return ticks;
}

QString tickLabel(TickStep step, const Tick &tick)
{
    switch (step.unit) {
    case Unit::Day:
        return QString::number(tick.dayOfMonth);
    case Unit::Week:
        return translate("%1 %2").arg(tick.dayOfMonth).arg(shortMonthName(tick.month));
    case Unit::Month:
        if (step.count == 3)
            return translate("Q%1").arg((tick.month - 1) / 3 + 1);
        return shortMonthName(tick.month);
    case Unit::Year:
        return yearDisplayString(tick.year);
    }
    return {};
}

QString periodLabel(TickStep step, const Tick &from, const Tick &to)
{
    switch (step.unit) {
    case Unit::Day:
    case Unit::Week:
        return QLocale().toString(QDate::fromJulianDay(from.day), QLocale::ShortFormat);
    case Unit::Month:
        return translate("%1 %2").arg(QLocale().monthName(from.month, QLocale::LongFormat), yearDisplayString(from.year));
    case Unit::Year: {
        if (step.count == 1)
            return yearDisplayString(from.year);
        const int lastYear = to.year == 1 ? -1 : to.year - 1;
        if (from.year > 0 && step.count == 10 && from.year % 10 == 0)
            return translate("%1s").arg(from.year);
        if (from.year > 0)
            return translate("%1–%2").arg(from.year).arg(lastYear);
        if (lastYear < 0)
            return translate("%1–%2 BCE").arg(-from.year).arg(-lastYear);
        return translate("%1–%2").arg(yearDisplayString(from.year), yearDisplayString(lastYear));
    }
    }
    return {};
}

QStringList sampleTickLabels(TickStep step, qint32 firstDay, qint32 lastDay)
{
    QStringList labels;
    switch (step.unit) {
    case Unit::Day:
        labels.append(QStringLiteral("28"));
        break;
    case Unit::Week:
    case Unit::Month:
        if (step.unit == Unit::Month && step.count == 3) {
            labels.append(tickLabel(step, Tick{0, 2000, 10, 1}));
            break;
        }
        for (int month = 1; month <= 12; ++month)
            labels.append(tickLabel(step, Tick{0, 2000, month, 28}));
        break;
    case Unit::Year:
        labels.append(tickLabel(step, tickAtOrBefore(step, firstDay)));
        labels.append(tickLabel(step, tickAtOrBefore(step, lastDay)));
        break;
    }
    return labels;
}

} // namespace dyad
