#include "filterdescription.h"

#include "core/date.h"
#include "core/eventstore.h"

#include <QCoreApplication>

namespace dyad {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dyad::FilterDescription", text);
}

QString dayText(qint32 day)
{
    return Date::fromJulianDay(day).toDisplayString();
}

QString actorName(const EventStore &store, const QString &id)
{
    const auto index = store.actorIndex(id);
    if (!index)
        return id;
    const QString &name = store.actor(*index).name;
    return name.isEmpty() ? id : name;
}

QString toneText(double tone)
{
    return QString::number(tone, 'g', 3);
}

} // namespace

QString joinInWords(const QStringList &items, const QString &lastSeparator)
{
    if (items.size() <= 1)
        return items.value(0);
    return QStringList(items.mid(0, items.size() - 1)).join(u", ") + u' ' + lastSeparator + u' ' + items.last();
}

QString describeWindow(TimeWindow window)
{
    if (!window.isValid())
        return {};
    if (window.firstDay == window.lastDay)
        return dayText(window.firstDay);
    return tr("%1 – %2").arg(dayText(window.firstDay), dayText(window.lastDay));
}

QString describeFilter(const EventFilter &filter, const EventStore &store)
{
    QStringList parts;
    if (filter.actorIds.isEmpty()) {
        parts.append(tr("Events"));  // "All events" when nothing follows
    } else {
        QStringList names;
        for (const QString &id : filter.actorIds)
            names.append(actorName(store, id));
        if (names.size() == 1)
            parts.append(tr("Events involving %1").arg(names.first()));
        else if (filter.actorMatch == EventFilter::ActorMatch::AllOf)
            parts.append(tr("Events involving %1 (all of)").arg(joinInWords(names, tr("and"))));
        else
            parts.append(tr("Events involving %1 (any of)").arg(joinInWords(names, tr("or"))));
    }

    if (filter.fromDay && filter.toDay)
        parts.append(describeWindow({*filter.fromDay, *filter.toDay}));
    else if (filter.fromDay)
        parts.append(tr("from %1").arg(dayText(*filter.fromDay)));
    else if (filter.toDay)
        parts.append(tr("until %1").arg(dayText(*filter.toDay)));

    if (filter.categories.size() == 1)
        parts.append(tr("category: %1").arg(filter.categories.first()));
    else if (!filter.categories.isEmpty())
        parts.append(tr("categories: %1").arg(filter.categories.join(u", ")));

    if (filter.minimumTone > minimumTone || filter.maximumTone < maximumTone)
        parts.append(tr("tone %1 to %2").arg(toneText(filter.minimumTone), toneText(filter.maximumTone)));
    if (!filter.text.isEmpty())
        parts.append(tr("text “%1”").arg(filter.text));
    if (filter.starredOnly)
        parts.append(tr("starred only"));
    if (filter.annotatedOnly)
        parts.append(tr("annotated only"));
    if (!filter.tags.isEmpty()) {
        QStringList tags;
        for (const QString &tag : filter.tags)
            tags.append(u'#' + tag);
        parts.append(tr("tagged %1").arg(joinInWords(tags, tr("or"))));
    }
    if (parts.size() == 1 && filter.actorIds.isEmpty())
        return tr("All events");
    return parts.join(u", ");
}

} // namespace dyad
