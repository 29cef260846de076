#include "dyadcsvformat.h"

#include "importsupport.h"

#include <charconv>

namespace dyad::DyadCsv {

QStringList eventColumns()
{
    return {u"id"_qs,       u"start"_qs,        u"end"_qs,   u"title"_qs,    u"summary"_qs,   u"category"_qs,
            u"tone"_qs,     u"participants"_qs, u"place"_qs, u"latitude"_qs, u"longitude"_qs};
}

QString sourceColumn(int number, QStringView field)
{
    const QString prefix = number == 1 ? u"source"_qs : u"source" + QString::number(number);
    return prefix + u'_' + field;
}

namespace {

void appendEscaped(QString &cell, QStringView text)
{
    for (const QChar c : text) {
        if (c == u';' || c == u':' || c == u'\\')
            cell += u'\\';
        cell += c;
    }
}

} // namespace

QString formatParticipants(const QList<Participant> &participants)
{
    QString cell;
    for (const Participant &participant : participants) {
        if (!cell.isEmpty())
            cell += u';';
        if (participant.role != ParticipantRole::Participant)
            cell += participantRoleName(participant.role) + u':';
        appendEscaped(cell, participant.actorId);
    }
    return cell;
}

QList<Participant> parseParticipants(QStringView cell, QString &error)
{
    QList<Participant> participants;
    QString parts[2];
    int part = 0;
    const auto flush = [&] {
        const QString id = parts[part].trimmed();
        const QString roleName = part == 1 ? parts[0].trimmed() : QString();
        parts[0].clear();
        parts[1].clear();
        part = 0;
        if (id.isEmpty() && roleName.isEmpty())
            return;
        const auto role = roleName.isEmpty() ? std::optional(ParticipantRole::Participant) : participantRoleFromName(roleName);
        if (!role && error.isEmpty())
            error = importTr("unknown role \"%1\" (initiator, target or participant)").arg(roleName);
        else if (id.isEmpty() && error.isEmpty())
            error = importTr("a role without an actor id");
        else if (role)
            participants.append({id, *role});
    };
    for (qsizetype i = 0; i < cell.size(); ++i) {
        const QChar c = cell[i];
        if (c == u'\\' && i + 1 < cell.size())
            parts[part] += cell[++i];
        else if (c == u';')
            flush();
        else if (c == u':' && part == 0)
            part = 1;
        else
            parts[part] += c;
    }
    flush();
    return participants;
}

namespace {

bool isFormulaStart(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// Apostrophes followed by a formula character: the cells the writer guards and the reader
// unguards. Plain numbers are harmless in every spreadsheet and stay as they are.
bool needsGuard(QStringView cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell[i] == u'\'')
        ++i;
    if (i >= cell.size() || !isFormulaStart(cell[i]))
        return false;
    return i > 0 || !parseNumber(cell).has_value();
}

} // namespace

QString neutralised(const QString &cell)
{
    return needsGuard(cell) ? u'\'' + cell : cell;
}

QString restored(QStringView cell)
{
    if (cell.startsWith(u'\'') && needsGuard(cell.sliced(1)))
        return cell.sliced(1).toString();
    if (cell.startsWith(u'\'') && cell.size() > 1 && isFormulaStart(cell[1]))
        return cell.sliced(1).toString();  // "'-3": written by hand or by another tool
    return cell.toString();
}

QString formatNumber(double value)
{
    char buffer[64];
    const float asFloat = float(value);
    const auto result = double(asFloat) == value ? std::to_chars(buffer, buffer + sizeof buffer, asFloat)
                                                 : std::to_chars(buffer, buffer + sizeof buffer, value);
    return QString::fromLatin1(buffer, result.ptr - buffer);
}

} // namespace dyad::DyadCsv
