// libFuzzer target: the scene parser and the validator's scene checks. The input is the value of
// "scenes" inside a small valid dataset (fuzz::sceneDocument), which keeps the fuzzer in the
// scene code instead of the document's header. Scenes that load are turned into a DatasetFilter
// and applied to every entity, as the presentation does. Seeds: tests/fuzz/corpus/fuzz_scenes
// (each an array of scenes). See docs/fuzzing.md.

#include "fuzzcheck.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace atlas;
    const QByteArray bytes
        = fuzz::sceneDocument(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    const QString fileName = QStringLiteral("scenes.json");
    const LoadResult result = DatasetReader::readBytes(bytes, fileName);
    fuzz::check(fuzz::loadProblem(bytes, fileName, result));
    if (result.dataset)
        fuzz::check(fuzz::sceneFilterProblem(*result.dataset));
    return 0;
}
