#pragma once

#include "importer.h"

namespace dyad {

// Dyad JSON (docs/file-formats.md), read by JsonDataset. The format is validated as a whole,
// so a bad event refuses the file in both import modes.
class DyadJsonImporter final : public Importer
{
public:
    QString formatName() const override { return u"dyad"_qs; }
    ImportResult read(QIODevice &input, const QString &fileName, const ImportOptions &options,
                      ImportProgress &progress) override;
};

} // namespace dyad
