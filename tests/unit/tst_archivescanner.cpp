// Tests ArchiveScanner: which files are candidates, roles, skipped folders, symlink loops, site config.
#include "archivescanner.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Gazette::Archive;
using Gazette::Tests::writeFile;

class TestArchiveScanner : public QObject
{
    Q_OBJECT
private slots:
    void jekyllSite()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        writeFile(root + "/_config.yml", "timezone: Asia/Shanghai\nurl: https://x.example\n");
        writeFile(root + "/_posts/2021-01-01-a.md", "---\n---\n");
        writeFile(root + "/_posts/sub/2021-01-02-b.markdown", "---\n---\n");
        writeFile(root + "/_drafts/c.md", "---\n---\n");
        writeFile(root + "/old_post/2021-01-03-d.html", "---\n---\n");
        writeFile(root + "/README.md", "---\n---\n");
        writeFile(root + "/_site/2021-01-01-a.html", "---\n---\n");
        writeFile(root + "/_layouts/post.html", "---\n---\n");
        writeFile(root + "/_includes/x.html", "x");
        writeFile(root + "/.git/x.md", "x");
        writeFile(root + "/node_modules/p/README.md", "x");
        writeFile(root + "/assets/a.png", "x");
        writeFile(root + "/notes.txt", "x");

        const auto scan = ArchiveScanner::scan(root);
        QVERIFY(scan.ok());
        QVERIFY(scan->site.isJekyll);
        QCOMPARE(scan->site.timeZone.id(), QByteArray("Asia/Shanghai"));
        QCOMPARE(scan->site.url, QStringLiteral("https://x.example"));
        QMap<QString, SourceFile::Role> roles;
        for (const SourceFile &f : scan->files)
            roles.insert(f.relativePath, f.role);
        QMap<QString, SourceFile::Role> expected {
            { "_posts/2021-01-01-a.md", SourceFile::Role::Post },
            { "_posts/sub/2021-01-02-b.markdown", SourceFile::Role::Post },
            { "_drafts/c.md", SourceFile::Role::Draft },
            { "old_post/2021-01-03-d.html", SourceFile::Role::Page },
            { "README.md", SourceFile::Role::Page },
        };
        QCOMPARE(roles, expected);
    }

    void postsFolderInsideSite()
    {
        QTemporaryDir dir;
        writeFile(dir.path() + "/_config.yml", "timezone: Europe/Paris\n");
        writeFile(dir.path() + "/_posts/2021-01-01-a.md", "---\n---\n");
        const auto scan = ArchiveScanner::scan(dir.path() + "/_posts");
        QVERIFY(scan.ok());
        QVERIFY(scan->site.isJekyll);
        QCOMPARE(scan->site.timeZone.id(), QByteArray("Europe/Paris"));
        QCOMPARE(scan->files.size(), 1);
        QCOMPARE(scan->files.first().relativePath, QStringLiteral("2021-01-01-a.md"));
        QCOMPARE(scan->files.first().role, SourceFile::Role::Post);
    }

    void plainFolder()
    {
        QTemporaryDir dir;
        writeFile(dir.path() + "/a/b.md", "---\n---\n");
        const auto scan = ArchiveScanner::scan(dir.path());
        QVERIFY(scan.ok());
        QVERIFY(!scan->site.isJekyll);
        QCOMPARE(scan->files.size(), 1);
        QCOMPARE(scan->files.first().role, SourceFile::Role::Any);
    }

    void symlinkLoopsEnd()
    {
        QTemporaryDir dir;
        writeFile(dir.path() + "/a/2021-01-01-x.md", "---\n---\n");
        QVERIFY(QFile::link(dir.path() + "/a", dir.path() + "/a/loop"));
        QVERIFY(QFile::link(dir.path(), dir.path() + "/a/up"));
        QVERIFY(QFile::link(dir.path() + "/nowhere.md", dir.path() + "/a/broken.md"));
        const auto scan = ArchiveScanner::scan(dir.path());
        QVERIFY(scan.ok());
        QCOMPARE(scan->files.size(), 1);
        QCOMPARE(scan->problems.size(), 1);
        QCOMPARE(scan->problems.first().reason, QStringLiteral("broken symbolic link"));
    }

    void badConfigIsReported()
    {
        QTemporaryDir dir;
        writeFile(dir.path() + "/_config.yml", "timezone: Mars/Olympus\n");
        const auto scan = ArchiveScanner::scan(dir.path());
        QVERIFY(scan.ok());
        QCOMPARE(scan->problems.size(), 1);
        QVERIFY(scan->problems.first().reason.contains(QStringLiteral("unknown timezone \"Mars/Olympus\"")));
        writeFile(dir.path() + "/_config.yml", "timezone: [\n");
        QVERIFY(ArchiveScanner::scan(dir.path())->problems.first().reason.contains(QStringLiteral("not valid YAML")));
    }

    void missingFolder()
    {
        const auto scan = ArchiveScanner::scan(QStringLiteral("/no/such/folder"));
        QVERIFY(!scan.ok());
        QCOMPARE(scan.error(), QStringLiteral("/no/such/folder: no such folder"));
    }
};

QTEST_GUILESS_MAIN(TestArchiveScanner)
#include "tst_archivescanner.moc"
