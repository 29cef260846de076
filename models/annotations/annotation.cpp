#include "annotation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dyad {

QStringList knownLinkTypes()
{
    return {QStringLiteral("responds to"), QStringLiteral("leads to"), QStringLiteral("related to")};
}

QString linkTypeDisplayName(const QString &type)
{
    if (type == u"responds to")
        return QCoreApplication::translate("dyad::EventLink", "responds to");
    if (type == u"leads to")
        return QCoreApplication::translate("dyad::EventLink", "leads to");
    if (type == u"related to")
        return QCoreApplication::translate("dyad::EventLink", "related to");
    return type;
}

QStringList normalizedTags(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QStringList tags;
    for (QString tag : text.split(separators, Qt::SkipEmptyParts)) {
        while (tag.startsWith(u'#'))
            tag.remove(0, 1);
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive))
            tags.append(tag);
    }
    tags.sort(Qt::CaseInsensitive);
    return tags;
}

} // namespace dyad
