#include "timelinejscsvimporter.h"

#include "importsupport.h"

namespace dyad {

QString TimelineJsCsvImporter::acceptHeader(const CsvHeader &header)
{
    const auto column = [&](const char16_t *name) { return header.indexOf(QStringView(name)); };
    m_start[0] = column(u"Year");
    m_start[1] = column(u"Month");
    m_start[2] = column(u"Day");
    m_end[0] = column(u"End Year");
    m_end[1] = column(u"End Month");
    m_end[2] = column(u"End Day");
    m_headline = column(u"Headline");
    m_text = column(u"Text");
    m_media = column(u"Media");
    m_credit = column(u"Media Credit");
    m_caption = column(u"Media Caption");
    m_type = column(u"Type");
    m_group = column(u"Group");
    m_slides = {};
    if (m_start[0] < 0 || m_headline < 0)
        return importTr("the header lacks the TimelineJS columns Year and Headline");
    return {};
}

RowError TimelineJsCsvImporter::readDate(const CsvReader &row, const qsizetype columns[3], bool required,
                                         std::optional<Date> &date) const
{
    qint64 parts[3] = {0, 0, 0};
    bool any = false;
    for (int i = 0; i < 3; ++i) {
        const QByteArrayView text = cell(row, columns[i]).trimmed();
        if (text.isEmpty())
            continue;
        const auto number = parseInteger(text);
        if (!number)
            return {columns[i], importTr("\"%1\" is not a whole number").arg(preview(text))};
        parts[i] = *number;
        any = true;
    }
    if (!any) {
        if (required)
            return {columns[0], importTr("the year is empty")};
        return {};
    }
    if (parts[0] == 0)
        return {columns[0], parts[1] || parts[2] ? importTr("a month or day without a year") : importTr("there is no year 0")};
    QString error;
    date = dateFromParts(parts[0], parts[1], parts[2], error);
    if (!date) {
        const qsizetype field = parts[1] < 1 || parts[1] > 12 ? columns[1] : columns[2];
        return {parts[2] == 0 && parts[1] == 0 ? columns[0] : field, error};
    }
    return {};
}

RowError TimelineJsCsvImporter::readRow(const CsvReader &row, Dataset &dataset)
{
    TimelineSlide slide;
    const QByteArrayView type = cell(row, m_type).trimmed();
    if (type.compare("title", Qt::CaseInsensitive) == 0)
        slide.kind = TimelineSlide::Kind::Title;
    else if (type.compare("era", Qt::CaseInsensitive) == 0)
        slide.kind = TimelineSlide::Kind::Era;
    else if (!type.isEmpty())
        return {m_type, importTr("unknown type \"%1\" (title, era or empty)").arg(preview(type))};
    const bool isTitle = slide.kind == TimelineSlide::Kind::Title;
    if (RowError error = readDate(row, m_start, !isTitle, slide.start); error.isError())
        return error;
    if (RowError error = readDate(row, m_end, false, slide.end); error.isError())
        return error;
    const auto text = [&](qsizetype column) { return QString::fromUtf8(cell(row, column)); };
    slide.headline = text(m_headline);
    slide.text = text(m_text);
    slide.mediaUrl = text(m_media);
    slide.mediaCredit = text(m_credit);
    slide.mediaCaption = text(m_caption);
    slide.group = text(m_group);
    TimelineSlides::Part part = TimelineSlides::Part::Text;
    if (const QString error = m_slides.add(slide, dataset, &part); !error.isEmpty()) {
        const qsizetype field = part == TimelineSlides::Part::Start ? m_start[0]
                              : part == TimelineSlides::Part::End   ? (m_end[0] >= 0 ? m_end[0] : m_start[0])
                                                                    : m_headline;
        return {field, error};
    }
    return {};
}

} // namespace dyad
