#pragma once

// Helpers shared by the importer tests (tst_importers, tst_importerrors, tst_storemerge).
#include "core/eventstore.h"
#include "import/importer.h"
#include "io/jsondataset.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QTest>

namespace dyad::importtesting {

inline QString dataPath(const QString &name)
{
    return QStringLiteral(DYAD_TEST_DATA_DIR "/import/") + name;
}

inline ImportResult importBytes(const QByteArray &bytes, const QString &format,
                                ImportOptions::Mode mode = ImportOptions::AllOrNothing)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    ImportProgress progress;
    return importerForFormat(format)->read(buffer, u"memory"_qs, {mode}, progress);
}

inline ImportResult importFile(const QString &path, const QString &format,
                               ImportOptions::Mode mode = ImportOptions::AllOrNothing)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    ImportProgress progress;
    ImportResult result = importerForFormat(format)->read(file, QFileInfo(path).fileName(), {mode}, progress);
    if (progress.totalBytes() > 0 && result.isComplete() && progress.bytesRead() != progress.totalBytes())
        qFatal("progress did not reach the end for %s", qPrintable(path));
    return result;
}

inline QByteArray problemsOf(const ImportResult &result)
{
    QStringList lines;
    for (const ParseError &problem : result.problems)
        lines.append(problem.toString());
    return lines.join(u'\n').toUtf8();
}

inline const Event &eventWithId(const Dataset &dataset, const QString &id)
{
    for (const Event &event : dataset.events) {
        if (event.id == id)
            return event;
    }
    qFatal("no event %s", qPrintable(id));
}

inline const Actor &actorWithId(const Dataset &dataset, const QString &id)
{
    for (const Actor &actor : dataset.actors) {
        if (actor.id == id)
            return actor;
    }
    qFatal("no actor %s", qPrintable(id));
}

// Every imported dataset must survive Dyad's own JSON: ids unique, actors known, links http(s).
inline void verifyWritableAsDyadJson(const Dataset &dataset)
{
    Dataset reread;
    const ParseError error = JsonDataset::read(JsonDataset::write(dataset), reread);
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    QCOMPARE(reread.events.size(), dataset.events.size());
}


} // namespace dyad::importtesting

#define VERIFY_COMPLETE(result) QVERIFY2((result).isComplete(), dyad::importtesting::problemsOf(result).constData())
