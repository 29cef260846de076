#include "documentopener.h"

#include "io/jsondataset.h"
#include "session/session.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace dyad {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dyad::DocumentOpener", text);
}

} // namespace

QString openDocument(const QString &path, Session &session)
{
    QFile file(path);
    if (!file.exists())
        return tr("%1: no such file").arg(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("%1: %2").arg(path, file.errorString());
    Dataset dataset;
    ParseError error = JsonDataset::read(file.readAll(), dataset);
    if (error.isError()) {
        error.file = QFileInfo(path).fileName();
        return error.toString();
    }
    EventStore store;
    fillStore(store, dataset);
    if (dataset.info.title.isEmpty())
        dataset.info.title = QFileInfo(path).completeBaseName();
    session.reset(dataset.info, std::move(store));
    return {};
}

} // namespace dyad
