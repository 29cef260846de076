#pragma once

#include "importer.h"

namespace dyad {

// vis-timeline data: an array of items, or {"items": [...], "groups": [...]}. An item is
// {id, content, start, end?, group?, type?, title?}; "background" items become eras.
class VisImporter final : public Importer
{
public:
    QString formatName() const override { return u"vis"_qs; }
    ImportResult read(QIODevice &input, const QString &fileName, const ImportOptions &options,
                      ImportProgress &progress) override;
};

} // namespace dyad
