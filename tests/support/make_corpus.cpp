// make_corpus: writes a benchmark corpus from the command line — make_corpus DIR COUNT [SEED].
#include "tests/support/corpusgenerator.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

using refrain::test::CorpusGenerator;
using refrain::test::CorpusSummary;

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    bool countOk = false;
    bool seedOk = true;
    const int count = args.value(1).toInt(&countOk);
    const quint32 seed = args.size() > 2 ? args.at(2).toUInt(&seedOk) : 1;
    if (args.size() < 2 || args.size() > 3 || !countOk || count < 1 || !seedOk) {
        std::fprintf(stderr, "usage: make_corpus DIR COUNT [SEED]\n"
                             "Writes COUNT tagged audio files of mixed formats (and ~1%% corrupt "
                             "ones) under DIR,\nthe same files for the same SEED (default 1).\n");
        return 2;
    }
    CorpusSummary summary;
    const QString error = CorpusGenerator::generate(args.at(0), count, seed, &summary);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "make_corpus: %s\n", qPrintable(error));
        return 1;
    }
    if (!summary.note.isEmpty())
        std::fprintf(stderr, "make_corpus: %s\n", qPrintable(summary.note));
    std::printf("%s\n", QJsonDocument(summary.toJson()).toJson(QJsonDocument::Compact).constData());
    return 0;
}
