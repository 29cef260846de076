#include "timeticks.h"

#include "core/date.h"
#include "periods.h"

#include <QDate>
#include <QLocale>

#include <array>

namespace dyad {

namespace {

enum class StepKind { Weeks, Months, Years };

struct Step
{
    StepKind kind;
    int size;
    double approximateDays;
};

constexpr std::array steps = {
    Step{StepKind::Weeks, 1, 7},         Step{StepKind::Weeks, 2, 14},        Step{StepKind::Months, 1, 30.44},
    Step{StepKind::Months, 3, 91.3},     Step{StepKind::Months, 6, 182.6},    Step{StepKind::Years, 1, 365.25},
    Step{StepKind::Years, 2, 730.5},     Step{StepKind::Years, 5, 1826},      Step{StepKind::Years, 10, 3652},
    Step{StepKind::Years, 20, 7305},     Step{StepKind::Years, 50, 18262},    Step{StepKind::Years, 100, 36525},
    Step{StepKind::Years, 200, 73050},   Step{StepKind::Years, 500, 182625},  Step{StepKind::Years, 1000, 365250},
};

// Years counted without a gap at 1 BCE (astronomical numbering), so steps stay regular.
int astronomicalYear(int year)
{
    return year < 0 ? year + 1 : year;
}

int historicalYear(int astronomical)
{
    return astronomical <= 0 ? astronomical - 1 : astronomical;
}

int floorDiv(int value, int divisor)
{
    const int quotient = value / divisor;
    return value % divisor < 0 ? quotient - 1 : quotient;
}

void yearTicks(TimeWindow window, int size, std::vector<TimeTick> &ticks)
{
    const int firstYear = astronomicalYear(QDate::fromJulianDay(window.firstDay).year());
    for (int year = floorDiv(firstYear, size) * size;; year += size) {
        const int historical = historicalYear(year);
        const auto day = qint32(QDate(historical, 1, 1).toJulianDay());
        if (day > window.lastDay)
            break;
        if (day >= window.firstDay)
            ticks.push_back({day, yearDisplayString(historical), true});
    }
}

void monthTicks(TimeWindow window, int size, std::vector<TimeTick> &ticks)
{
    QDate month = QDate::fromJulianDay(periodStartOf(PeriodUnit::Month, window.firstDay));
    for (; qint32(month.toJulianDay()) <= window.lastDay; month = month.addMonths(1)) {
        if ((month.month() - 1) % size != 0 || qint32(month.toJulianDay()) < window.firstDay)
            continue;
        const bool yearStart = month.month() == 1;
        const QString label = yearStart ? yearDisplayString(month.year())
                                        : QLocale().monthName(month.month(), QLocale::ShortFormat);
        ticks.push_back({qint32(month.toJulianDay()), label, yearStart});
    }
}

void weekTicks(TimeWindow window, int size, std::vector<TimeTick> &ticks)
{
    const QLocale locale;
    qint32 day = periodStartOf(PeriodUnit::Week, window.firstDay);
    if (day < window.firstDay)
        day += 7;
    for (; day <= window.lastDay; day += 7 * size) {
        const QDate date = QDate::fromJulianDay(day);
        const QString label = QString::number(date.day()) + u' ' + locale.monthName(date.month(), QLocale::ShortFormat);
        ticks.push_back({day, label, date.day() <= 7 * size});
    }
}

} // namespace

std::vector<TimeTick> timeTicks(TimeWindow window, int maxTicks)
{
    std::vector<TimeTick> ticks;
    if (!window.isValid() || maxTicks < 1)
        return ticks;
    Step chosen = steps.back();
    for (const Step &step : steps) {
        if (window.days() / step.approximateDays <= maxTicks) {
            chosen = step;
            break;
        }
    }
    switch (chosen.kind) {
    case StepKind::Weeks:
        weekTicks(window, chosen.size, ticks);
        break;
    case StepKind::Months:
        monthTicks(window, chosen.size, ticks);
        break;
    case StepKind::Years:
        yearTicks(window, chosen.size, ticks);
        break;
    }
    return ticks;
}

} // namespace dyad
