#include "briefwriter.h"

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace dyad {

namespace {

constexpr int htmlImageWidth = 800;
// QTextDocument::print() adds 2 cm margins inside the page's: an A4 page's text is then 170 mm,
// about 640 pixels at 96 dpi, and a printer's own margins take a little more.
constexpr int documentImageWidth = 560;

QString tr(const char *text)
{
    return QCoreApplication::translate("dyad::BriefWriter", text);
}

QString resourceName(qsizetype index)
{
    return QStringLiteral("dyad-figure-%1.png").arg(index);
}

} // namespace

BriefWriter::BriefWriter(Brief brief, QList<Figure> figures)
    : m_brief(std::move(brief))
    , m_figures(std::move(figures))
{
}

QList<QByteArray> BriefWriter::figurePngs() const
{
    QList<QByteArray> pngs;
    for (const Figure &figure : m_figures)
        pngs.append(PictureSheet(figure.picture, {}).toPng(1.5));
    return pngs;
}

QString BriefWriter::html() const
{
    QList<BriefImage> images;
    const QList<QByteArray> pngs = figurePngs();
    for (qsizetype i = 0; i < m_figures.size(); ++i)
        images.append({m_figures.at(i).caption, pngDataUri(pngs.at(i)), htmlImageWidth});
    return briefToHtml(m_brief, images);
}

void BriefWriter::fillDocument(QTextDocument &document) const
{
    QList<BriefImage> images;
    for (qsizetype i = 0; i < m_figures.size(); ++i) {
        const Figure &figure = m_figures.at(i);
        document.addResource(QTextDocument::ImageResource, QUrl(resourceName(i)), PictureSheet(figure.picture, {}).toImage(2));
        images.append({figure.caption, resourceName(i), documentImageWidth});
    }
    QFont font = document.defaultFont();
    font.setPointSizeF(10);
    document.setDefaultFont(font);
    document.setHtml(briefToHtml(m_brief, images));
}

QString BriefWriter::writeHtml(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("cannot write %1: %2").arg(path, file.errorString());
    const QByteArray bytes = html().toUtf8();
    if (file.write(bytes) != bytes.size() || !file.commit())
        return tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

QString BriefWriter::writePdf(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("cannot write %1: %2").arg(path, file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setTitle(m_brief.title);
        writer.setCreator(QStringLiteral("Dyad"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(), QPageLayout::Millimeter));
        print(writer);
    }
    if (!file.commit())
        return tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

void BriefWriter::print(QPagedPaintDevice &device) const
{
    QTextDocument document;
    fillDocument(document);
    document.print(&device);
}

} // namespace dyad
