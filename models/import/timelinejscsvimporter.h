#pragma once

#include "csvtableimporter.h"
#include "timelinejsslides.h"

namespace dyad {

// The TimelineJS Google-Sheets template saved as CSV: Year, Month, Day, Time, End Year, ...,
// Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail, Type, Group, Background.
class TimelineJsCsvImporter final : public CsvTableImporter
{
public:
    QString formatName() const override { return u"timelinejs"_qs; }

protected:
    QString acceptHeader(const CsvHeader &header) override;
    RowError readRow(const CsvReader &row, Dataset &dataset) override;

private:
    RowError readDate(const CsvReader &row, const qsizetype columns[3], bool required, std::optional<Date> &date) const;

    qsizetype m_start[3] = {-1, -1, -1};
    qsizetype m_end[3] = {-1, -1, -1};
    qsizetype m_headline = -1, m_text = -1, m_media = -1, m_credit = -1, m_caption = -1, m_type = -1, m_group = -1;
    TimelineSlides m_slides;
};

} // namespace dyad
