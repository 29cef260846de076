// Views drawn for export by their own renderers: the timeline and the charts as pictures with
// a caption, written as PNG, SVG and PDF, and the brief as HTML and PDF.
#include "charts/trendspanel.h"
#include "export/briefwriter.h"
#include "export/chartspicture.h"
#include "export/picturewriter.h"
#include "export/timelinepicture.h"
#include "itemmodels/eventselectionmodel.h"
#include "itemmodels/eventtablemodel.h"
#include "session/session.h"
#include "syntheticdata.h"

#include <QApplication>
#include <QFile>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace dyad;

namespace {

// Pixels that are not the background: something was drawn.
qsizetype inkIn(const QImage &image, const QRect &rect)
{
    qsizetype ink = 0;
    const QRgb background = image.pixel(rect.topLeft());
    for (int y = rect.top(); y <= rect.bottom(); y += 2) {
        for (int x = rect.left(); x <= rect.right(); x += 2)
            ink += image.pixel(x, y) != background;
    }
    return ink;
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestViewExport : public QObject
{
    Q_OBJECT

private:
    Session m_session;
    QTemporaryDir m_dir;

    ViewPicture timeline(double width = 1000)
    {
        TimelinePictureOptions options;
        options.range = wholeFilteredRange(m_session);
        options.palette = QApplication::palette();
        options.width = width;
        return timelinePicture(m_session, options);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(!m_session.loadBundledDataset().isError());
    }

    void wholeRangeCoversTheFilteredEvents()
    {
        EventFilter filter;
        filter.text = u"S-400"_qs;
        m_session.setFilter(filter);
        const DayRange range = wholeFilteredRange(m_session);
        const EventStore &store = m_session.store();
        for (const EventRow row : m_session.filteredRows()) {
            QVERIFY(range.begin < store.startDay(row));
            QVERIFY(range.end > store.lastDay(row));
        }
        m_session.setFilter({});
    }

    void timelineIsAsTallAsItsLanes()
    {
        const ViewPicture picture = timeline();
        QVERIFY(picture.isValid());
        QCOMPARE(picture.size.width(), 1000.0);
        QVERIFY(picture.size.height() > 300);  // every actor lane, not a window's worth

        EventFilter few;
        few.actorIds = {u"TUR"_qs, u"GRC"_qs};
        few.actorMatch = EventFilter::ActorMatch::AllOf;
        m_session.setFilter(few);
        const ViewPicture small = timeline();
        QVERIFY(small.size.height() < picture.size.height());
        m_session.setFilter({});
    }

    void tallTimelinesAreCut()
    {
        Session big;
        big.reset({}, testing::generateSyntheticStore({20000, 5}));
        TimelinePictureOptions options;
        options.range = wholeFilteredRange(big);
        options.width = 2000;
        options.maximumHeight = 2500;
        const ViewPicture picture = timelinePicture(big, options);
        QCOMPARE(picture.size.height(), 2500.0);
        // Five million logical pixels: the PNG stays at its logical size, not four times that.
        const PictureSheet sheet(picture, u"Many lanes"_qs);
        QVERIFY(sheet.write(m_dir.filePath(u"tall.png"_qs)).isEmpty());
        QCOMPARE(QImage(m_dir.filePath(u"tall.png"_qs)).size(), sheet.size().toSize());
    }

    void sheetPutsTheCaptionUnderThePicture()
    {
        const ViewPicture picture = timeline(800);
        const PictureSheet bare(picture, {});
        const PictureSheet captioned(picture, u"Timeline of the bundled data. All events. Data: somebody."_qs);
        QCOMPARE(bare.size(), picture.size);
        QVERIFY(captioned.size().height() > picture.size.height() + 20);

        const QImage image = captioned.toImage(1);
        QCOMPARE(image.size(), captioned.size().toSize());
        const int pictureBottom = int(picture.size.height());
        QVERIFY(inkIn(image, QRect(0, 0, image.width(), pictureBottom)) > 1000);
        QVERIFY(inkIn(image, QRect(0, pictureBottom + 2, image.width(), image.height() - pictureBottom - 2)) > 50);
    }

    void writesPngSvgAndPdf()
    {
        const PictureSheet sheet(timeline(900), u"Caption & <words>"_qs);
        QVERIFY(sheet.write(m_dir.filePath(u"t.png"_qs)).isEmpty());
        QCOMPARE(QImage(m_dir.filePath(u"t.png"_qs)).size(), (sheet.size() * 2).toSize());
        QVERIFY(sheet.write(m_dir.filePath(u"t.svg"_qs)).isEmpty());
        const QByteArray svg = contentsOf(m_dir.filePath(u"t.svg"_qs));
        QVERIFY(svg.contains("<svg"));
        QVERIFY(svg.contains("Caption &amp; &lt;words&gt;"));
        QVERIFY(sheet.write(m_dir.filePath(u"t.pdf"_qs)).isEmpty());
        QVERIFY(contentsOf(m_dir.filePath(u"t.pdf"_qs)).startsWith("%PDF-"));

        QVERIFY(sheet.write(m_dir.filePath(u"t.gif"_qs)).contains(u".png, .svg or .pdf"));
        QVERIFY(sheet.write(m_dir.filePath(u"missing/t.png"_qs)).startsWith(u"cannot write"));
        QVERIFY(!QFile::exists(m_dir.filePath(u"t.gif"_qs)));
    }

    void chartsAreDrawnAsLaidOut()
    {
        EventTableModel table(&m_session);
        EventSelectionModel selection(&table);
        TrendsPanel panel(&m_session, &table, &selection);
        QVERIFY(!chartsPicture(panel).isValid());  // never laid out: nothing to draw
        m_session.setVisibleWindow(m_session.dataExtent());
        panel.resize(1200, 420);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const ViewPicture picture = chartsPicture(panel);
        QVERIFY(picture.isValid());
        QVERIFY(picture.size.width() > 600 && picture.size.height() > 200);
        const QImage image = PictureSheet(picture, {}).toImage(1);
        QVERIFY(inkIn(image, image.rect()) > 1000);
        QVERIFY(PictureSheet(picture, u"Charts"_qs).write(m_dir.filePath(u"charts.svg"_qs)).isEmpty());
    }

    void briefAsHtmlAndPdf()
    {
        EventFilter filter;
        filter.actorIds = {u"RUS"_qs};
        filter.text = u"Sochi"_qs;
        m_session.setFilter(filter);
        const QString id = m_session.store().id(m_session.filteredRows().front());
        m_session.setNote(id, u"Lavrov: cooperation continues"_qs);
        const BriefWriter writer(makeBrief(m_session, QDate(2026, 11, 29)), {{timeline(1000), u"Timeline caption"_qs}});

        const QString html = writer.html();
        QVERIFY(html.contains(u"<img src=\"data:image/png;base64,iVBOR"));
        QVERIFY(html.contains(u"Timeline caption"));
        QVERIFY(html.contains(u"Lavrov: cooperation continues"));
        QVERIFY(html.contains(u"Events involving Russia, text “Sochi”"));
        QVERIFY(writer.writeHtml(m_dir.filePath(u"brief.html"_qs)).isEmpty());
        QCOMPARE(QString::fromUtf8(contentsOf(m_dir.filePath(u"brief.html"_qs))), html);

        QTextDocument document;
        writer.fillDocument(document);
        QVERIFY(document.toPlainText().contains(u"Lavrov: cooperation continues"));
        QVERIFY(!document.resource(QTextDocument::ImageResource, QUrl(u"dyad-figure-0.png"_qs)).value<QImage>().isNull());

        QVERIFY(writer.writePdf(m_dir.filePath(u"brief.pdf"_qs)).isEmpty());
        const QByteArray pdf = contentsOf(m_dir.filePath(u"brief.pdf"_qs));
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.size() > 10'000);  // the picture is in it
        m_session.setFilter({});
    }
};

QTEST_MAIN(TestViewExport)
#include "tst_viewexport.moc"
