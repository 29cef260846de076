// One importer (DYAD_FUZZ_FORMAT) on arbitrary bytes. Beyond "no crash, no sanitizer report":
// a file that is accepted yields a dataset Dyad's own JSON can hold (ids unique, actors known,
// dates and coordinates valid), and a refused file leaves a pre-filled store as it was.
#include "fuzzsupport.h"

#include "core/eventstore.h"
#include "import/importer.h"
#include "io/jsondataset.h"

#include <QBuffer>

using namespace dyad;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initializeQt(argc, argv);
    return 0;
}

namespace {

ImportResult readBytes(const QByteArray &bytes, ImportOptions::Mode mode)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    ImportProgress progress;
    return importerForFormat(QStringLiteral(DYAD_FUZZ_FORMAT))->read(buffer, QStringLiteral("fuzz"), {mode}, progress);
}

void checkResult(const ImportResult &result)
{
    FUZZ_CHECK(!result.cancelled);
    FUZZ_CHECK(result.problems.size() <= ImportResult::maximumKeptProblems);
    FUZZ_CHECK(result.problemCount >= result.problems.size());
    for (const ParseError &problem : result.problems)
        FUZZ_CHECK(!problem.message.isEmpty() && problem.line >= 0 && problem.column >= 0);
    if (result.refused) {
        FUZZ_CHECK(result.problemCount > 0);
        FUZZ_CHECK(result.dataset.events.isEmpty() && result.dataset.actors.isEmpty());
        return;
    }
    Dataset reread;
    const ParseError error = JsonDataset::read(JsonDataset::write(result.dataset), reread);
    if (error.isError()) {
        std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
        fuzz::fail("an accepted file gave a dataset that Dyad JSON refuses");
    }
    FUZZ_CHECK(reread.events.size() == result.dataset.events.size());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const ImportResult strict = readBytes(bytes, ImportOptions::AllOrNothing);
    checkResult(strict);
    const ImportResult lenient = readBytes(bytes, ImportOptions::SkipInvalidRows);
    checkResult(lenient);
    FUZZ_CHECK(strict.problemCount == lenient.problemCount);
    FUZZ_CHECK(!strict.refused || lenient.refused || strict.problemCount > 0);

    // Into an open session: a refusal must leave it exactly as it was.
    EventStore store;
    store.addActor({QStringLiteral("TUR"), QStringLiteral("Turkey"), ActorKind::State, {}, std::nullopt});
    store.appendUnsorted({QStringLiteral("kept"), Date::fromYmd(2020, 1, 1), std::nullopt, QStringLiteral("Kept"), {}, {}, 0, {}, std::nullopt, {}});
    store.sortByStart();
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    ImportProgress progress;
    const ImportResult merged = importerForFormat(QStringLiteral(DYAD_FUZZ_FORMAT))
                                    ->readInto(store, buffer, QStringLiteral("fuzz"), {}, progress);
    FUZZ_CHECK(merged.refused == strict.refused);
    if (merged.refused)
        FUZZ_CHECK(store.size() == 1 && store.actorCount() == 1 && store.keyOfId(u"kept").has_value());
    else
        FUZZ_CHECK(store.keyOfId(u"kept").has_value());
    return 0;
}
