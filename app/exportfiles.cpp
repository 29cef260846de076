#include "exportfiles.h"

#include "mainwindow.h"

#include "export/dataexporter.h"
#include "export/filterdescription.h"
#include "export/timelinepicture.h"
#include "session/session.h"
#include "timeline/timelineview.h"

#include <QApplication>
#include <QDate>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

namespace dyad {

namespace {

QString tr(const char *text)
{
    return QApplication::translate("dyad::ExportFiles", text);
}

QString withPeriod(const QString &text)
{
    return text.endsWith(u'.') ? text : text + u'.';
}

} // namespace

QString exportCaption(const Session &session, const QString &viewTitle, std::optional<TimeWindow> shown)
{
    QStringList sentences;
    const QString title = session.info().title;
    sentences.append(title.isEmpty() ? withPeriod(viewTitle) : withPeriod(tr("%1 of %2").arg(viewTitle, title)));
    sentences.append(withPeriod(describeFilter(session.filter(), session.store())));
    if (shown && shown->isValid())
        sentences.append(withPeriod(tr("Shown: %1").arg(describeWindow(*shown))));
    sentences.append(withPeriod(tr("%L1 of %L2 events").arg(session.filteredRows().size()).arg(session.store().size())));
    if (!session.info().attribution.isEmpty())
        sentences.append(withPeriod(tr("Data: %1").arg(session.info().attribution)));
    sentences.append(withPeriod(tr("Made with Dyad on %1").arg(QLocale(QLocale::English).toString(QDate::currentDate(), QStringLiteral("d MMM yyyy")))));
    return sentences.join(u' ');
}

QString exportEvents(const Session &session, const QString &path, const QString &format)
{
    const QString name = format.isEmpty() ? QFileInfo(path).suffix() : format;
    const std::unique_ptr<DataExporter> exporter = dataExporterForFormat(name);
    if (!exporter)
        return tr("%1: events are exported as .csv or .json").arg(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("cannot write %1: %2").arg(path, file.errorString());
    QString error;
    if (!exporter->write(file, session.info(), session.store(), session.filteredRows(), error)) {
        file.cancelWriting();
        return tr("cannot write %1: %2").arg(path, error);
    }
    if (!file.commit())
        return tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

QString exportView(MainWindow &window, const ViewExportRequest &request, const QString &path)
{
    if (!PictureSheet::isSupportedSuffix(QFileInfo(path).suffix()))
        return tr("%1: a view is exported as .png, .svg or .pdf").arg(path);
    QString error;
    ViewPicture picture = viewPicture(window, request, error);
    if (!error.isEmpty())
        return error;
    const Session &session = *window.session();
    std::optional<TimeWindow> shown = session.visibleWindow();
    if (request.view == u"timeline" && request.range == ExportRange::WholeFilteredRange)
        shown = wholeFilteredRange(session).toWindow();
    return PictureSheet(std::move(picture), exportCaption(session, exportableViewTitle(request.view), shown)).write(path);
}

BriefWriter briefOf(MainWindow &window)
{
    const Session &session = *window.session();
    QList<BriefWriter::Figure> figures;
    for (const QString &view : {QStringLiteral("timeline"), QStringLiteral("map")}) {
        if (!exportableViews().contains(view))
            continue;
        QString error;
        ViewExportRequest request{view, ExportRange::WholeFilteredRange, 1000};
        ViewPicture picture = viewPicture(window, request, error);
        if (!error.isEmpty())
            continue;  // a brief without that picture is still a brief
        const std::optional<TimeWindow> shown =
            view == u"timeline" ? std::optional(wholeFilteredRange(session).toWindow()) : std::optional(session.visibleWindow());
        figures.append({std::move(picture), exportCaption(session, exportableViewTitle(view), shown)});
    }
    return BriefWriter(makeBrief(session, QDate::currentDate()), figures);
}

QString exportBrief(MainWindow &window, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"html" || suffix == u"htm")
        return briefOf(window).writeHtml(path);
    if (suffix == u"pdf")
        return briefOf(window).writePdf(path);
    return tr("%1: a brief is written as .pdf or .html").arg(path);
}

} // namespace dyad
