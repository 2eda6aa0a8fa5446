// Helpers shared by the tests: where the shared corpus is, temporary archives.
#pragma once

#include <QDir>
#include <QFile>
#include <QString>
#include <QTest>

namespace Gazette::Tests {

// The real posts under ../shared/corpus (see its README); tests skip with a message when it is absent.
inline QString corpusDir()
{
    const QString fromEnv = qEnvironmentVariable("GAZETTE_CORPUS_DIR");
    return fromEnv.isEmpty() ? QStringLiteral(GAZETTE_CORPUS_DIR) : fromEnv;
}

inline QString finewsDir()
{
    return corpusDir() + QStringLiteral("/finews");
}

#define GAZETTE_REQUIRE_CORPUS()                                                                                     \
    do {                                                                                                             \
        if (!QDir(Gazette::Tests::finewsDir()).exists(QStringLiteral("_posts")))                                    \
            QSKIP(qPrintable(QStringLiteral("the shared corpus is not at %1 (set GAZETTE_CORPUS_DIR)")             \
                                     .arg(Gazette::Tests::finewsDir())));                                            \
    } while (false)

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace Gazette::Tests
