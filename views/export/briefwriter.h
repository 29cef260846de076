#pragma once

#include "export/brief.h"
#include "picturewriter.h"

#include <QList>

class QPagedPaintDevice;
class QTextDocument;

namespace dyad {

// Writes a brief with its pictures (the timeline, and the map once it exists) drawn by the
// views' renderers: a standalone HTML file with the images inside as data URIs, a PDF, or
// pages of a printer.
class BriefWriter
{
public:
    struct Figure
    {
        ViewPicture picture;
        QString caption;
    };

    BriefWriter(Brief brief, QList<Figure> figures);

    QString html() const;  // self-contained
    void fillDocument(QTextDocument &document) const;

    // Return an error message, empty on success.
    QString writeHtml(const QString &path) const;
    QString writePdf(const QString &path) const;
    void print(QPagedPaintDevice &device) const;  // a QPrinter or a QPdfWriter

private:
    QList<QByteArray> figurePngs() const;

    Brief m_brief;
    QList<Figure> m_figures;
};

} // namespace dyad
