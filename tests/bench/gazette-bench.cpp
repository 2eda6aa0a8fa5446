// gazette-bench: measures the import of an archive: first import, unchanged re-import, peak memory.
#include "importer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace Gazette::Library;

namespace {

double peakMiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

int benchImport(const QString &folder, QString db)
{
    QTextStream out(stdout);
    QTemporaryDir tmp;
    if (db.isEmpty())
        db = tmp.filePath(QStringLiteral("bench.sqlite"));
    Importer importer(db);

    QElapsedTimer timer;
    timer.start();
    const ImportReport first = importer.importFolder(folder);
    const double firstSeconds = timer.nsecsElapsed() / 1e9;
    if (!first.error.isEmpty()) {
        out << "gazette-bench: " << first.error << "\n";
        return 1;
    }
    const double firstPeak = peakMiB();
    const int posts = first.added + first.updated + first.moved;
    out << QStringLiteral("first import:     %1 posts, %2 failed, %3 MB in %4 s: %5 posts/s, %6 MB/s; peak memory %7 MiB\n")
                    .arg(posts)
                    .arg(first.failed)
                    .arg(first.bytesRead / 1e6, 0, 'f', 1)
                    .arg(firstSeconds, 0, 'f', 3)
                    .arg(posts / firstSeconds, 0, 'f', 0)
                    .arg(first.bytesRead / 1e6 / firstSeconds, 0, 'f', 1)
                    .arg(firstPeak, 0, 'f', 0);

    timer.restart();
    const ImportReport again = importer.importFolder(folder);
    const double againSeconds = timer.nsecsElapsed() / 1e9;
    out << QStringLiteral("unchanged import: %1 unchanged, %2 added, %3 updated in %4 s; peak memory %5 MiB\n")
                    .arg(again.unchanged)
                    .arg(again.added)
                    .arg(again.updated)
                    .arg(againSeconds, 0, 'f', 3)
                    .arg(peakMiB(), 0, 'f', 0);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3 || args[1] != u"import") {
        QTextStream(stderr) << "usage: gazette-bench import FOLDER [LIBRARY]\n"
                               "  Imports FOLDER into a new library (a temporary one unless LIBRARY is named),\n"
                               "  then imports it again unchanged, and prints times, throughput and peak memory.\n"
                               "  Make a large archive with: ../shared/tools/make-corpus ../shared/corpus/finews OUT 16000\n";
        return 2;
    }
    return benchImport(args[2], args.value(3));
}
