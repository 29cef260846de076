#include "dyadjsonimporter.h"

#include "importcontext.h"
#include "io/jsondataset.h"
#include "jsonsource.h"

namespace dyad {

ImportResult DyadJsonImporter::read(QIODevice &input, const QString &fileName, const ImportOptions &options,
                                    ImportProgress &progress)
{
    ImportContext context(fileName, options, progress);
    QByteArray bytes;
    if (!readWholeDevice(input, context, bytes) || !checkJsonText(bytes, context))
        return context.finish({});
    Dataset dataset;
    const ParseError error = JsonDataset::read(bytes, dataset);
    if (error.isError()) {
        context.refuse(error.line, error.column, error.message);
        return context.finish({});
    }
    context.countRow(dataset.events.size());
    if (context.poll(bytes.size(), bytes.size()))
        return context.finish({});
    return context.finish(std::move(dataset));
}

} // namespace dyad
