// libFuzzer target: the native JSON loader (DatasetReader::readBytes) with its validation, on
// arbitrary bytes. Seeds: tests/fuzz/corpus/fuzz_dataset and tests/data/malformed; the replay
// adds the bundled dataset. See docs/fuzzing.md.

#include "fuzzcheck.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace atlas;
    // No copy: ASan then sees any read past the fuzzer's own buffer.
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString fileName = QStringLiteral("fuzz.json");
    fuzz::check(fuzz::loadProblem(bytes, fileName, DatasetReader::readBytes(bytes, fileName)));
    return 0;
}
