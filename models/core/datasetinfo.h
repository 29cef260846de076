#pragma once

#include <QString>

namespace dyad {

// What a dataset says about itself: shown in the title bar, About box and exports.
struct DatasetInfo
{
    QString title;
    QString description;
    QString attribution;
    friend bool operator==(const DatasetInfo &, const DatasetInfo &) = default;
};

} // namespace dyad
