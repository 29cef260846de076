#pragma once

#include "editing/eventvalidation.h"
#include "rowtable.h"

namespace dyad {

// The sources of an event: publisher, title, web address and an optional date per row,
// edited in place in the table's cells.
class SourceTable final : public RowTable
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceTable)

public:
    enum Column { PublisherColumn, TitleColumn, UrlColumn, DateColumn };

    explicit SourceTable(QWidget *parent = nullptr);

    QList<SourceDraft> sources() const;
    void setSources(const QList<SourceDraft> &sources);

protected:
    void appendEmptyRow() override;
};

} // namespace dyad
