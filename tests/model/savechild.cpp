// A child process for tst_safesave.cpp: saves versions of a big dataset to one path in a loop
// until it is killed, so the test can kill it with SIGKILL in the middle of a save and check
// that the file is still whole. Prints "saving N" before and "saved N" after each save.
//
// savechild PATH BUNDLED_DATASET EXTRA_SITES FIRST_VERSION

#include "bigdataset.h"
#include "datasetreader.h"
#include "datasetwriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 5) {
        std::fputs("usage: savechild PATH BUNDLED_DATASET EXTRA_SITES FIRST_VERSION\n", stderr);
        return 2;
    }
    const QString &path = arguments.at(1);
    const atlas::LoadResult base = atlas::DatasetReader::readFile(arguments.at(2));
    if (!base.dataset) {
        std::fputs("savechild: the dataset does not load\n", stderr);
        return 2;
    }
    const int extraSites = arguments.at(3).toInt();
    const int firstVersion = arguments.at(4).toInt();

    // Never outlive a test that died without killing us.
    QElapsedTimer running;
    running.start();
    for (int version = firstVersion; running.elapsed() < 60000; ++version) {
        const QByteArray bytes
            = atlas::DatasetWriter::toJson(atlas::test::bigDataset(*base.dataset, extraSites, version));
        std::printf("saving %d\n", version);
        std::fflush(stdout);
        if (const QString error = atlas::DatasetWriter::writeBytes(bytes, path); !error.isEmpty()) {
            std::fprintf(stderr, "savechild: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("saved %d\n", version);
        std::fflush(stdout);
    }
    return 0;
}
