// Tests Importer: first import, unchanged and changed re-imports, moves, missing files, per-file failures.
#include "database.h"
#include "importer.h"
#include "librarystore.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Gazette::Library;
using Gazette::Tests::writeFile;

namespace {

QByteArray post(const QString &title, const QString &body = QStringLiteral("正文"), const QString &extra = {})
{
    return QStringLiteral("---\nlayout: post\ntitle: \"%1\"\ndate: 2021-12-08 10:00:00 +0800\ncategories: emnews\n"
                          "tags: 东财滚动新闻\n%3---\n%2\n")
            .arg(title, body, extra)
            .toUtf8();
}

FileOutcome::Status statusOf(const ImportReport &report, const QString &path)
{
    for (const FileOutcome &file : report.files) {
        if (file.path == path)
            return file.status;
    }
    return FileOutcome::Status(-1);
}

QString messageOf(const ImportReport &report, const QString &path)
{
    for (const FileOutcome &file : report.files) {
        if (file.path == path)
            return file.message;
    }
    return {};
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString archive() const { return m_dir.path() + "/site"; }
    QString library() const { return m_dir.path() + "/library.sqlite"; }

    ArticleRow only(const QString &title)
    {
        Database db;
        if (!db.open(library()))
            return {};
        ArticleFilter filter;
        filter.includeHidden = true;
        const auto rows = LibraryStore(db).articles(filter);
        for (const ArticleRow &row : rows.value()) {
            if (row.title == title)
                return row;
        }
        return {};
    }

private slots:
    void init()
    {
        QDir(archive()).removeRecursively();
        QFile::remove(library());
        writeFile(archive() + "/_config.yml", "timezone: Asia/Shanghai\n");
        writeFile(archive() + "/_posts/2021-12-08-a.md", post("甲"));
        writeFile(archive() + "/_posts/2021-12-08-b.md", post("乙"));
        writeFile(archive() + "/_posts/2021-12-08-c.md", post("丙"));
    }

    void firstImportThenUnchanged()
    {
        Importer importer(library());
        ImportReport first = importer.importFolder(archive());
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QCOMPARE(first.added, 3);
        QCOMPARE(first.failed, 0);

        ImportReport again = importer.importFolder(archive());
        QCOMPARE(again.added, 0);
        QCOMPARE(again.updated, 0);
        QCOMPARE(again.unchanged, 3);

        Database db;
        QVERIFY(db.open(library()));
        QCOMPARE(LibraryStore(db).stats()->articles, 3);
    }

    void changedFileKeepsReadingState()
    {
        Importer importer(library());
        importer.importFolder(archive());
        const qint64 id = only("乙").id;
        {
            Database db;
            QVERIFY(db.open(library()));
            LibraryStore store(db);
            QVERIFY(store.setRead(id, true).ok());
            QVERIFY(store.setStarred(id, true).ok());
        }
        writeFile(archive() + "/_posts/2021-12-08-b.md", post("乙", "新的正文，更长一些"));
        ImportReport report = importer.importFolder(archive());
        QCOMPARE(report.updated, 1);
        QCOMPARE(report.unchanged, 2);
        const ArticleRow row = only("乙");
        QCOMPARE(row.id, id);
        QVERIFY(row.read);
        QVERIFY(row.starred);
        Database db;
        QVERIFY(db.open(library()));
        QVERIFY(LibraryStore(db).article(id)->text.contains(QStringLiteral("新的正文")));
    }

    void touchedFileIsUnchanged()
    {
        Importer importer(library());
        importer.importFolder(archive());
        QFile file(archive() + "/_posts/2021-12-08-a.md");
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTime().addDays(1), QFileDevice::FileModificationTime));
        file.close();
        ImportReport report = importer.importFolder(archive());
        QCOMPARE(report.unchanged, 3);
        QCOMPARE(report.updated, 0);
    }

    void goneFileIsMissingNotDeleted()
    {
        Importer importer(library());
        importer.importFolder(archive());
        QVERIFY(QFile::remove(archive() + "/_posts/2021-12-08-c.md"));
        ImportReport report = importer.importFolder(archive());
        QCOMPARE(report.missing, 1);
        QCOMPARE(statusOf(report, "_posts/2021-12-08-c.md"), FileOutcome::Status::Missing);
        const ArticleRow row = only("丙");
        QVERIFY(row.id > 0);
        QVERIFY(row.missing);

        // Back again: restored, same article.
        writeFile(archive() + "/_posts/2021-12-08-c.md", post("丙"));
        report = importer.importFolder(archive());
        QCOMPARE(report.added, 0);
        QVERIFY(!only("丙").missing);
        QCOMPARE(only("丙").id, row.id);
    }

    void movedPostKeepsItsIdentity()
    {
        // The finews archive moves posts older than three days from _posts/ to old_post/.
        Importer importer(library());
        importer.importFolder(archive());
        const qint64 id = only("甲").id;
        QDir().mkpath(archive() + "/old_post");
        QVERIFY(QFile::rename(archive() + "/_posts/2021-12-08-a.md", archive() + "/old_post/2021-12-08-a.md"));
        ImportReport report = importer.importFolder(archive());
        QCOMPARE(report.moved, 1);
        QCOMPARE(report.added, 0);
        QCOMPARE(report.missing, 0);
        const ArticleRow row = only("甲");
        QCOMPARE(row.id, id);
        QVERIFY(row.path.endsWith(QLatin1String("old_post/2021-12-08-a.md")));
        Database db;
        QVERIFY(db.open(library()));
        QCOMPARE(LibraryStore(db).stats()->articles, 3);
    }

    void failuresArePerFile()
    {
        writeFile(archive() + "/_posts/2021-12-09-empty.md", "");
        writeFile(archive() + "/_posts/2021-12-09-binary.md", QByteArray("\x89PNG\r\n\x1a\n\0\0", 10));
        writeFile(archive() + "/_posts/2021-12-09-bad.md", "---\ntitle: [oops\n---\n");
        writeFile(archive() + "/_posts/2021-12-09-quotes.md", "---\ntitle: \"某公司回应\"传闻\"\"\ncategories: emnews\n---\n正文\n");
        writeFile(archive() + "/_posts/2021-12-09-bytes.md", "---\ntitle: bytes\n---\nok \xFF bad\n");
        Importer importer(library());
        ImportReport report = importer.importFolder(archive());
        QCOMPARE(report.added, 5);
        QCOMPARE(report.failed, 3);
        QCOMPARE(messageOf(report, "_posts/2021-12-09-empty.md"), QStringLiteral("empty file"));
        QVERIFY(messageOf(report, "_posts/2021-12-09-binary.md").startsWith(QStringLiteral("binary file")));
        QVERIFY(messageOf(report, "_posts/2021-12-09-bad.md").contains(QStringLiteral("not valid YAML: line 3")));
        QVERIFY(messageOf(report, "_posts/2021-12-09-quotes.md").contains(QStringLiteral("title recovered")));
        QVERIFY(messageOf(report, "_posts/2021-12-09-bytes.md").contains(QStringLiteral("invalid UTF-8")));
        QVERIFY(only("某公司回应\"传闻\"").id > 0);

        // Failures are reported again on every import, without reading the files again.
        ImportReport again = importer.importFolder(archive());
        QCOMPARE(again.failed, 3);
        QCOMPARE(messageOf(again, "_posts/2021-12-09-empty.md"), QStringLiteral("empty file"));

        const QJsonObject json = again.toJson();
        QCOMPARE(json.value("counts").toObject().value("failed").toInt(), 3);
        QCOMPARE(json.value("files").toArray().size(), 8);
    }

    void fileThatBreaksKeepsItsArticle()
    {
        Importer importer(library());
        importer.importFolder(archive());
        const qint64 id = only("乙").id;
        writeFile(archive() + "/_posts/2021-12-08-b.md", "---\ntitle: [broken\n---\n");
        ImportReport report = importer.importFolder(archive());
        QCOMPARE(report.failed, 1);
        QVERIFY(messageOf(report, "_posts/2021-12-08-b.md").contains(QStringLiteral("imported before is kept")));
        QCOMPARE(only("乙").id, id);
    }

    void hiddenPosts()
    {
        writeFile(archive() + "/_posts/2021-12-09-unpublished.md", post("未发布", "x", "published: false\n"));
        writeFile(archive() + "/_drafts/draft.md", post("草稿"));
        Importer importer(library());
        QCOMPARE(importer.importFolder(archive()).added, 5);
        Database db;
        QVERIFY(db.open(library()));
        LibraryStore store(db);
        QCOMPARE(store.articles({}).value().size(), 3);
        ArticleFilter all;
        all.includeHidden = true;
        QCOMPARE(store.articles(all).value().size(), 5);
        QVERIFY(only("草稿").hidden);
    }

    void missingFolderIsAnError()
    {
        Importer importer(library());
        ImportReport report = importer.importFolder(m_dir.path() + "/nope");
        QVERIFY(report.error.contains(QStringLiteral("no such folder")));
        QVERIFY(!report.libraryError);
    }

    void unwritableLibraryIsALibraryError()
    {
        Importer importer(m_dir.path() + "/site/_config.yml/library.sqlite");
        ImportReport report = importer.importFolder(archive());
        QVERIFY(report.libraryError);
    }

    void lockedLibrarySaysSo()
    {
        Importer(library()).importFolder(archive());
        Database holder;
        QVERIFY(holder.open(library()));
        QSqlQuery lock(holder.connection());
        QVERIFY(lock.exec("BEGIN IMMEDIATE")); // another Gazette in the middle of an import
        writeFile(archive() + "/_posts/2021-12-11-new.md", post("新"));
        const ImportReport report = Importer(library()).importFolder(archive());
        QVERIFY(report.libraryError);
        QVERIFY2(report.error.contains(QStringLiteral("locked by another program")), qPrintable(report.error));
        QVERIFY(lock.exec("ROLLBACK"));
        QCOMPARE(Importer(library()).importFolder(archive()).added, 1);
    }

    void cancelKeepsWhatWasWritten()
    {
        for (int i = 0; i < Importer::BatchSize * 3; ++i)
            writeFile(archive() + QStringLiteral("/_posts/2021-12-10-%1.md").arg(i), post(QStringLiteral("第%1条").arg(i)));
        Importer importer(library());
        connect(&importer, &Importer::progress, &importer, [&importer](int done, int) {
            if (done > 0)
                importer.cancel();
        }, Qt::DirectConnection);
        ImportReport report = importer.importFolder(archive());
        QVERIFY(report.cancelled);
        QVERIFY(report.added >= Importer::BatchSize);
        QVERIFY(report.added < Importer::BatchSize * 3 + 3);
        QCOMPARE(report.missing, 0);

        ImportReport rest = Importer(library()).importFolder(archive());
        QCOMPARE(rest.added + report.added, Importer::BatchSize * 3 + 3);
        QCOMPARE(rest.unchanged, report.added);
    }

    void schemaVersionAndIntegrity()
    {
        Importer(library()).importFolder(archive());
        Database db;
        QVERIFY(db.open(library()));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec("PRAGMA user_version") && q.next());
        QCOMPARE(q.value(0).toInt(), Database::SchemaVersion);
        QVERIFY(q.exec("PRAGMA integrity_check") && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(q.exec("PRAGMA journal_mode") && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    }

    void newerLibraryIsRefused()
    {
        Importer(library()).importFolder(archive());
        {
            Database db;
            QVERIFY(db.open(library()));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec("PRAGMA user_version = 99"));
        }
        Database db;
        const auto opened = db.open(library());
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().contains(QStringLiteral("newer Gazette")));
    }

    void corpusImportsEveryPost()
    {
        GAZETTE_REQUIRE_CORPUS();
        ImportReport report = Importer(library()).importFolder(Gazette::Tests::finewsDir());
        QCOMPARE(report.added, 17);
        QCOMPARE(report.failed, 0);
        QCOMPARE(report.sitePages, 5);
        Database db;
        QVERIFY(db.open(library()));
        LibraryStore store(db);
        const auto categories = store.categories().value();
        bool found = false;
        for (const CategoryNode &node : categories) {
            if (node.path == u"renminyoudianbao") {
                QCOMPARE(node.displayName, QStringLiteral("人民邮电报新闻"));
                found = true;
            }
        }
        QVERIFY(found);
        const ArticleRow row = only("中国电信总经理李正茂大年初一调研北京冬奥会通信保障工作并慰问一线员工");
        QCOMPARE(row.sourceUrl, QStringLiteral("http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202202022267126488"));
        QCOMPARE(row.date.toString(Qt::ISODate), QStringLiteral("2022-02-02T17:26:56+08:00"));
        const auto detail = store.article(row.id);
        QVERIFY(detail->text.contains(QStringLiteral("李正茂总经理一行来到智能云网调度运营中心监控大厅")));
        QVERIFY(!detail->raw.isEmpty());
        // The post with an empty title is named by its first sentence, with a warning.
        const ArticleRow untitled = only("据霍尼韦尔官网消息，5月24日，霍尼韦尔宣布为蔚来旗下ET7新能源汽车提供HFO-1234yf(四氟丙烯)制冷剂。");
        QVERIFY(untitled.id > 0);
        QVERIFY(!untitled.date.isValid());
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
