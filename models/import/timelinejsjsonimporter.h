#pragma once

#include "importer.h"

namespace dyad {

// The TimelineJS JSON format: {"title": slide, "events": [slide], "eras": [era]}.
class TimelineJsJsonImporter final : public Importer
{
public:
    QString formatName() const override { return u"timelinejs-json"_qs; }
    ImportResult read(QIODevice &input, const QString &fileName, const ImportOptions &options,
                      ImportProgress &progress) override;
};

// "timelinejs": the CSV or the JSON form, told apart by the first character.
class TimelineJsImporter final : public Importer
{
public:
    QString formatName() const override { return u"timelinejs"_qs; }
    ImportResult read(QIODevice &input, const QString &fileName, const ImportOptions &options,
                      ImportProgress &progress) override;
};

} // namespace dyad
