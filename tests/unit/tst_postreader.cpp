// Tests PostReader: each real finews post against its file, Jekyll's category and tag rules, per-file failures.
#include "postreader.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

#include <unistd.h>

using namespace Gazette::Archive;

namespace {

Site shanghaiSite()
{
    Site site;
    site.root = QStringLiteral("/archive");
    site.isJekyll = true;
    site.timeZone = QTimeZone("Asia/Shanghai");
    return site;
}

ReadOutcome parseText(const QByteArray &bytes, const QString &path = QStringLiteral("_posts/2021-12-08-x.md"),
                      SourceFile::Role role = SourceFile::Role::Post)
{
    SourceFile file;
    file.relativePath = path;
    file.size = bytes.size();
    file.role = role;
    return PostReader::parse(bytes, file, shanghaiSite());
}

// What the file's own lines say, read with nothing but a regular expression: the oracle for the corpus.
QString lineValue(const QString &text, const QString &key)
{
    const QRegularExpression re(QStringLiteral("^%1:\\s*(.*?)\\s*$").arg(key), QRegularExpression::MultilineOption);
    QString value = re.match(text).captured(1);
    if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
        value = value.mid(1, value.size() - 2);
    return value;
}

} // namespace

class TestPostReader : public QObject
{
    Q_OBJECT
private slots:
    void everyCorpusPostMatchesItsFile()
    {
        GAZETTE_REQUIRE_CORPUS();
        Scan scan = ArchiveScanner::scan(Gazette::Tests::finewsDir()).value();
        int articles = 0;
        for (const SourceFile &file : scan.files) {
            const ReadOutcome outcome = PostReader::read(file, scan.site);
            const bool isPost = file.relativePath.startsWith(QLatin1String("_posts/"))
                    || file.relativePath.startsWith(QLatin1String("old_post/"));
            QCOMPARE(outcome.kind == ReadOutcome::Kind::Article, isPost);
            if (!isPost) {
                QCOMPARE(outcome.kind, ReadOutcome::Kind::SitePage);
                continue;
            }
            ++articles;
            QFile f(file.absolutePath);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            const Post &post = outcome.post;
            const QString title = lineValue(text, QStringLiteral("title"));
            if (!title.isEmpty())
                QCOMPARE(post.title, title);
            else
                QVERIFY(post.title.isEmpty()); // the importer names it from its text (tst_importer)
            QCOMPARE(post.categories, QStringList { lineValue(text, QStringLiteral("categories")) });
            QCOMPARE(post.tags, QStringList { lineValue(text, QStringLiteral("tags")) });

            // The date: as written, in Shanghai time when it carries no offset (the site's timezone).
            const QString date = lineValue(text, QStringLiteral("date"));
            if (date.startsWith(u'+')) {
                QVERIFY(!post.date.isValid()); // `date:  +0800` and no date in the file name
                continue;
            }
            QDateTime expected = QDateTime::fromString(date.left(19), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            expected.setTimeZone(QTimeZone(8 * 3600));
            QCOMPARE(post.date, expected.toUTC());
            QCOMPARE(post.utcOffset, 8 * 3600);
            if (text.contains(QLatin1String("NewsShare.html?infoCode=")))
                QVERIFY(post.sourceUrl.contains(QLatin1String("NewsShare.html?infoCode=NW202202022267126488")));
            else if (text.contains(QLatin1String("<http://")))
                QVERIFY2(post.sourceUrl.startsWith(QLatin1String("http://")), qPrintable(file.relativePath));
        }
        QCOMPARE(articles, 17);
    }

    void categoriesAndTags_data()
    {
        QTest::addColumn<QString>("frontMatter");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("categories");
        QTest::addColumn<QStringList>("tags");
        const QString post = QStringLiteral("_posts/2021-01-01-x.md");
        QTest::newRow("plural string splits") << "categories: tech linux\ntags: a b" << post
                                              << QStringList { "tech", "linux" } << QStringList { "a", "b" };
        QTest::newRow("plural list") << "categories: [tech, linux]\ntags:\n  - 东财 滚动\n  - b" << post
                                     << QStringList { "tech", "linux" } << QStringList { "东财 滚动", "b" };
        QTest::newRow("singular string is one name") << "category: 21shijijingjibaodao  nancailicaitong\ntag: two words" << post
                                                     << QStringList { "21shijijingjibaodao  nancailicaitong" }
                                                     << QStringList { "two words" };
        QTest::newRow("singular wins") << "category: a\ncategories: b c" << post << QStringList { "a" } << QStringList {};
        QTest::newRow("folder above _posts") << "categories: linux" << "tech/_posts/2021-01-01-x.md"
                                             << QStringList { "tech", "linux" } << QStringList {};
        QTest::newRow("duplicates and slashes") << "categories: [a, a, b/c]" << post << QStringList { "a", "b／c" } << QStringList {};
        QTest::newRow("numbers") << "categories: 2021\ntags: [1, 2]" << post << QStringList { "2021" } << QStringList { "1", "2" };
        QTest::newRow("none") << "title: x" << post << QStringList {} << QStringList {};
    }
    void categoriesAndTags()
    {
        QFETCH(QString, frontMatter);
        QFETCH(QString, path);
        QFETCH(QStringList, categories);
        QFETCH(QStringList, tags);
        const ReadOutcome outcome = parseText(("---\n" + frontMatter + "\n---\nbody\n").toUtf8(), path);
        QCOMPARE(outcome.kind, ReadOutcome::Kind::Article);
        QCOMPARE(outcome.post.categories, categories);
        QCOMPARE(outcome.post.tags, tags);
    }

    void fieldsAndMetadata()
    {
        const ReadOutcome outcome = parseText(
                "---\nlayout: post\ntitle: \"T\"\ndate: 2021-12-08\nauthor: ZNing\npermalink: /x/\nexcerpt: short\n"
                "published: false\nsource: eastmoney\nscore: 3\n---\nbody\n\n<https://example.com/a?b=1>\n");
        QCOMPARE(outcome.kind, ReadOutcome::Kind::Article);
        const Post &post = outcome.post;
        QCOMPARE(post.author, QStringLiteral("ZNing"));
        QCOMPARE(post.permalink, QStringLiteral("/x/"));
        QCOMPARE(post.excerpt, QStringLiteral("short"));
        QVERIFY(!post.published);
        QCOMPARE(post.metadata.value(QStringLiteral("source")).toString(), QStringLiteral("eastmoney"));
        QCOMPARE(post.metadata.value(QStringLiteral("score")).toInt(), 3);
        QVERIFY(!post.metadata.contains(QStringLiteral("title")));
        QCOMPARE(post.sourceUrl, QStringLiteral("https://example.com/a?b=1"));
        QCOMPARE(post.body, QStringLiteral("body\n\n<https://example.com/a?b=1>\n"));
    }

    void dateFromFileNameWhenFrontMatterHasNone()
    {
        const ReadOutcome outcome = parseText("---\ntitle: x\n---\n", QStringLiteral("old_post/2021-12-08-abc.md"),
                                              SourceFile::Role::Page);
        QCOMPARE(outcome.kind, ReadOutcome::Kind::Article);
        QCOMPARE(outcome.post.date, QDateTime(QDate(2021, 12, 7), QTime(16, 0), QTimeZone::utc()));
    }

    void badDateFallsBackWithWarning()
    {
        const ReadOutcome outcome = parseText("---\ntitle: x\ndate: soon\n---\n", QStringLiteral("_posts/2021-12-08-abc.md"));
        QCOMPARE(outcome.kind, ReadOutcome::Kind::Article);
        QVERIFY(outcome.post.date.isValid());
        QVERIFY(outcome.post.warnings.join(u' ').contains(QStringLiteral("date \"soon\" is not a date")));
    }

    void sitePagesAreNotArticles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("frontMatter");
        QTest::addColumn<bool>("article");
        QTest::newRow("home page") << "README.md" << "layout: default\ntitle: 首页" << false;
        QTest::newRow("category page") << "category/Wind.html" << "layout: category\ntitle: 证监会网站新闻" << false;
        QTest::newRow("layout post elsewhere") << "notes/x.md" << "layout: post\ntitle: x" << true;
        QTest::newRow("date-named elsewhere") << "old_post/2021-12-08-x.md" << "layout: default" << true;
    }
    void sitePagesAreNotArticles()
    {
        QFETCH(QString, path);
        QFETCH(QString, frontMatter);
        QFETCH(bool, article);
        const ReadOutcome outcome = parseText(("---\n" + frontMatter + "\n---\nx\n").toUtf8(), path, SourceFile::Role::Page);
        QCOMPARE(outcome.kind, article ? ReadOutcome::Kind::Article : ReadOutcome::Kind::SitePage);
    }

    void failures_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray() << "empty file";
        QTest::newRow("white space") << QByteArray(" \n\n") << "only white space";
        QTest::newRow("binary") << QByteArray("GIF89a\0\0\0", 9) << "binary file (NUL byte at offset 6)";
        QTest::newRow("no front matter") << QByteArray("# Just markdown\n") << "no front matter";
        QTest::newRow("bad yaml") << QByteArray("---\ntitle: [unclosed\n---\n") << "not valid YAML: line 3";
        QTest::newRow("not a mapping") << QByteArray("---\n- a\n---\n") << "not a YAML mapping";
    }
    void failures()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const ReadOutcome outcome = parseText(bytes);
        QCOMPARE(outcome.kind, ReadOutcome::Kind::Failed);
        QVERIFY2(outcome.reason.contains(reason), qPrintable(outcome.reason));
    }

    void plainFilesWithoutFrontMatterAreIgnored()
    {
        const ReadOutcome outcome = parseText("# README\n", QStringLiteral("README.md"), SourceFile::Role::Any);
        QCOMPARE(outcome.kind, ReadOutcome::Kind::NotAPost);
    }

    void oversizedFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("2021-01-01-big.md"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(PostReader::MaxFileSize + 1));
        f.close();
        SourceFile file { QStringLiteral("_posts/2021-01-01-big.md"), path, PostReader::MaxFileSize + 1, 0, SourceFile::Role::Post };
        const ReadOutcome outcome = PostReader::read(file, shanghaiSite());
        QCOMPARE(outcome.kind, ReadOutcome::Kind::Failed);
        QVERIFY2(outcome.reason.contains(QStringLiteral("over the 32 MiB limit")), qPrintable(outcome.reason));
    }

    void unreadableFile()
    {
        if (geteuid() == 0)
            QSKIP("root reads every file; permission failures cannot be staged");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.md"));
        Gazette::Tests::writeFile(path, "---\ntitle: x\n---\n");
        QFile::setPermissions(path, QFileDevice::WriteOwner);
        SourceFile file { QStringLiteral("_posts/x.md"), path, 17, 0, SourceFile::Role::Post };
        const ReadOutcome outcome = PostReader::read(file, shanghaiSite());
        QCOMPARE(outcome.kind, ReadOutcome::Kind::Failed);
        QVERIFY2(outcome.reason.contains(QStringLiteral("cannot read")), qPrintable(outcome.reason));
    }
};

QTEST_GUILESS_MAIN(TestPostReader)
#include "tst_postreader.moc"
