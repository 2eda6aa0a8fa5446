// Importer: brings a folder of posts into the library, incrementally, in parallel, file by file.
#pragma once

#include "importreport.h"

#include <QObject>
#include <QString>

#include <atomic>

namespace Gazette::Library {

class Importer : public QObject
{
    Q_OBJECT
public:
    explicit Importer(QString libraryPath, QObject *parent = nullptr);

    // Blocks until the folder is imported: run it in a worker thread where a UI waits. Files are parsed
    // on every core and written by this thread in batches, each batch one transaction, so an import that
    // is killed leaves a valid library that the next import completes.
    ImportReport importFolder(const QString &path);

    // Thread-safe: stops after the batch being written; what was written stays.
    void cancel() { m_cancelled = true; }

    static constexpr int BatchSize = 512;

signals:
    void progress(int done, int total);

private:
    QString m_libraryPath;
    std::atomic_bool m_cancelled { false };
};

} // namespace Gazette::Library
