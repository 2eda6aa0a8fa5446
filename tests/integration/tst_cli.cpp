// Tests the `gazette` command line end to end: import reports, JSON shapes, exit statuses, crash recovery.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

using Gazette::Tests::writeFile;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

Run gazette(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(GAZETTE_BINARY), arguments);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath("library.sqlite"); }

private slots:
    void importCorpusJson()
    {
        GAZETTE_REQUIRE_CORPUS();
        const Run run = gazette({ "import", Gazette::Tests::finewsDir(), "--db", db(), "--json" });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject report = run.json().object();
        const QJsonObject counts = report.value("counts").toObject();
        QCOMPARE(counts.value("added").toInt(), 17);
        QCOMPARE(counts.value("failed").toInt(), 0);
        QCOMPARE(counts.value("site_pages").toInt(), 5);
        bool sawWarning = false;
        for (const QJsonValue &file : report.value("files").toArray()) {
            const QJsonObject entry = file.toObject();
            QVERIFY(!entry.value("path").toString().isEmpty());
            QVERIFY(!entry.value("status").toString().isEmpty());
            if (entry.value("path").toString() == "_posts/-202205262391921712.md") {
                QCOMPARE(entry.value("status").toString(), QStringLiteral("added"));
                QVERIFY(entry.value("warnings").toString().contains("no date"));
                sawWarning = true;
            }
        }
        QVERIFY(sawWarning);

        const Run again = gazette({ "import", Gazette::Tests::finewsDir(), "--db", db() });
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains("0 added, 0 updated, 17 unchanged"), again.out.constData());
    }

    void listJson()
    {
        GAZETTE_REQUIRE_CORPUS();
        const Run run = gazette({ "list", "--db", db(), "--json" });
        QCOMPARE(run.exitCode, 0);
        const QJsonArray rows = run.json().array();
        QCOMPARE(rows.size(), 17);
        const QJsonObject first = rows.first().toObject();
        for (const char *key : { "id", "title", "date", "categories", "tags", "path", "source_url", "read", "starred" })
            QVERIFY2(first.contains(QLatin1String(key)), key);
        QCOMPARE(first.value("title").toString(), QStringLiteral("中国电信总经理李正茂大年初一调研北京冬奥会通信保障工作并慰问一线员工"));
        QCOMPARE(first.value("date").toString(), QStringLiteral("2022-02-02T17:26:56+08:00"));
        QCOMPARE(first.value("categories").toArray(), QJsonArray { "renminyoudianbao" });
        QCOMPARE(first.value("tags").toArray(), QJsonArray { "人民邮电报新闻" });
        QVERIFY(first.value("source_url").toString().contains("infoCode=NW202202022267126488"));

        const Run limited = gazette({ "list", "--db", db(), "--json", "--category", "emnews", "--limit", "3" });
        QCOMPARE(limited.json().array().size(), 3);
        const Run tagged = gazette({ "list", "--db", db(), "--json", "--tag", "人民邮电报新闻", "--tag", "站长消息", "--any" });
        QCOMPARE(tagged.json().array().size(), 2);
        const Run both = gazette({ "list", "--db", db(), "--json", "--tag", "人民邮电报新闻", "--tag", "站长消息" });
        QCOMPARE(both.json().array().size(), 0);

        const Run table = gazette({ "list", "--db", db(), "--limit", "2" });
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.startsWith("ID"));
        QVERIFY(table.out.contains("2 article(s)"));
    }

    void showCategoriesTagsStats()
    {
        GAZETTE_REQUIRE_CORPUS();
        const qint64 id = gazette({ "list", "--db", db(), "--json", "--limit", "1" }).json().array().first().toObject().value("id").toInteger();
        const Run show = gazette({ "show", QString::number(id), "--db", db(), "--json" });
        QCOMPARE(show.exitCode, 0);
        QVERIFY(show.json().object().value("html").toString().contains("<p>"));
        QVERIFY(show.json().object().value("text").toString().contains("李正茂总经理"));
        QVERIFY(gazette({ "show", QString::number(id), "--db", db(), "--text" }).out.contains("李正茂总经理"));
        QVERIFY(gazette({ "show", QString::number(id), "--db", db(), "--html" }).out.contains("<p>"));

        const Run categories = gazette({ "categories", "--db", db(), "--json" });
        QCOMPARE(categories.exitCode, 0);
        bool named = false;
        for (const QJsonValue &v : categories.json().array())
            named = named || v.toObject().value("display_name").toString() == "人民邮电报新闻";
        QVERIFY(named);
        QVERIFY(gazette({ "categories", "--db", db() }).out.contains("renminyoudianbao (人民邮电报新闻)"));

        const Run tags = gazette({ "tags", "--db", db(), "--json" });
        QCOMPARE(tags.json().array().first().toObject().value("name").toString(), QStringLiteral("东财滚动新闻"));
        QCOMPARE(tags.json().array().first().toObject().value("articles").toInt(), 15);

        const Run stats = gazette({ "stats", "--db", db(), "--json" });
        QCOMPARE(stats.json().object().value("articles").toInt(), 17);
        QCOMPARE(stats.json().object().value("last_import").toObject().value("counts").toObject().value("unchanged").toInt(), 17);
    }

    void search()
    {
        GAZETTE_REQUIRE_CORPUS();
        const Run run = gazette({ "search", "冬奥会", "--db", db(), "--json" });
        QCOMPARE(run.exitCode, 0);
        const QJsonArray hits = run.json().array();
        QCOMPARE(hits.size(), 1);
        const QJsonObject hit = hits.first().toObject();
        QCOMPARE(hit.value("title").toString(), QStringLiteral("中国电信总经理李正茂大年初一调研北京冬奥会通信保障工作并慰问一线员工"));
        QVERIFY(hit.value("snippet_html").toString().contains("<mark>冬奥会</mark>"));
        QVERIFY(hit.value("snippet").toString().contains("冬奥会"));
        const Run human = gazette({ "search", "北向资金", "--db", db(), "--limit", "1" });
        QCOMPARE(human.exitCode, 0);
        QVERIFY2(human.out.contains("[北向资金]"), human.out.constData());
        QVERIFY(human.out.contains("1 result(s)"));
        QCOMPARE(gazette({ "search", "\"冬奥", "--db", db() }).exitCode, 2);
        QVERIFY(gazette({ "search", "\"冬奥", "--db", db() }).err.contains("quote is not closed"));
        QCOMPARE(gazette({ "search", "--db", db() }).exitCode, 2);
        QCOMPARE(gazette({ "reindex", "--db", db() }).exitCode, 0);
        QCOMPARE(gazette({ "search", "冬奥会", "--db", db(), "--json" }).json().array().size(), 1);
    }

    void cleanPrintsTheCleanedPost()
    {
        GAZETTE_REQUIRE_CORPUS();
        const QString post = Gazette::Tests::finewsDir() + "/_posts/2022-02-02-NW202202022267126488.md";
        const Run run = gazette({ "clean", post, "--json" });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject cleaned = run.json().object();
        QVERIFY(cleaned.value("html").toString().startsWith(QStringLiteral("<p>2月1日")));
        QVERIFY(!cleaned.value("html").toString().contains("EM_StockImg"));
        QCOMPARE(cleaned.value("original").toString(), QStringLiteral("http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202202022267126488"));
        const Run plain = gazette({ "clean", post });
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(plain.out.startsWith("<p>2月1日"));
        const Run missing = gazette({ "clean", m_dir.filePath("nothing.md") });
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("no such file"));
        writeFile(m_dir.filePath("rules.json"), "{\"rules\": [{\"id\": \"original-link\", \"enabled\": false}]}");
        const Run kept = gazette({ "clean", post, "--rules", m_dir.filePath("rules.json") });
        QVERIFY(kept.out.contains("NewsShare.html")); // the user's rules file turned the rule off
        QCOMPARE(gazette({ "clean", post, "--rules", m_dir.filePath("no-rules.json") }).exitCode, 2);
    }

    void offlineReportsWhatItCouldNotFetch()
    {
        const QString lib = m_dir.filePath("offline.sqlite");
        writeFile(m_dir.filePath("offline/_posts/2024-01-01-a.md"),
                  "---\ntitle: a\n---\n![x](http://127.0.0.1:9/x.png)\n");
        QCOMPARE(gazette({ "import", m_dir.filePath("offline"), "--db", lib, "--quiet" }).exitCode, 0);
        const Run run = gazette({ "offline", "--db", lib, "--json" });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject report = run.json().object();
        QCOMPARE(report.value("total").toInt(), 1);
        QCOMPARE(report.value("failed").toInt(), 1);
        QCOMPARE(report.value("failures").toArray().first().toObject().value("url").toString(), QStringLiteral("http://127.0.0.1:9/x.png"));
        const Run again = gazette({ "offline", "--db", lib });
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains("waits for its next try"), again.out.constData());
        QVERIFY(gazette({ "offline", "--db", lib, "--retry", "--json" }).json().object().value("total").toInt() == 1);
    }

    void exitStatuses()
    {
        QCOMPARE(gazette({ "list", "--db", m_dir.filePath("none.sqlite") }).exitCode, 1);
        QCOMPARE(gazette({ "list", "--bogus" }).exitCode, 2);
        QCOMPARE(gazette({ "list", "--db", db(), "--limit", "x" }).exitCode, 2);
        QCOMPARE(gazette({ "import", "--db", db() }).exitCode, 2);
        const Run missing = gazette({ "import", m_dir.filePath("no-such-folder"), "--db", db() });
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("no such folder"));
        writeFile(m_dir.filePath("site/_posts/2021-01-01-a.md"), "---\ntitle: a\n---\n");
        const Run unwritable = gazette({ "import", m_dir.filePath("site"), "--db", m_dir.filePath("site/_posts/2021-01-01-a.md/x.sqlite") });
        QCOMPARE(unwritable.exitCode, 1);
        const Run show = gazette({ "show", "999999", "--db", db() });
        QCOMPARE(show.exitCode, 2);
        QVERIFY(show.err.contains("no article with id 999999"));
    }

    void helpDescribesEveryCommand()
    {
        const Run help = gazette({ "--help" });
        QCOMPARE(help.exitCode, 0);
        for (const char *command : { "import", "list", "show", "categories", "tags", "stats", "search", "offline" }) {
            QVERIFY2(help.out.contains(command), command);
            const Run own = gazette({ command, "--help" });
            QCOMPARE(own.exitCode, 0);
            QVERIFY2(own.out.contains("--db"), command);
            QVERIFY2(own.out.contains("--json"), command);
        }
        QVERIFY(gazette({ "list", "--help" }).out.contains("--tag"));
        QVERIFY(gazette({ "--version" }).out.startsWith("gazette "));
    }

    void sampleArchiveImports()
    {
        const Run run = gazette({ "import", GAZETTE_SAMPLE_DIR, "--db", m_dir.filePath("sample.sqlite"), "--json" });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject counts = run.json().object().value("counts").toObject();
        QVERIFY(counts.value("added").toInt() >= 30);
        QCOMPARE(counts.value("failed").toInt(), 0);
    }

    void secondStartHandsOverToTheWindow()
    {
        // A window on a library of its own, without the first-start sample import.
        const QString library = m_dir.filePath("window.sqlite");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("QT_QPA_PLATFORM", "offscreen");
        env.insert("GAZETTE_SAMPLE_ARCHIVE", m_dir.filePath("no-sample"));
        env.insert("XDG_CONFIG_HOME", m_dir.filePath("config"));
        QProcess window;
        window.setProcessEnvironment(env);
        window.start(QStringLiteral(GAZETTE_BINARY), { "--db", library });
        QVERIFY(window.waitForStarted());

        // It listens before it opens the library: once the library file is there, it is ready.
        QElapsedTimer timer;
        timer.start();
        while (!QFileInfo::exists(library) && timer.elapsed() < 30000 && window.state() == QProcess::Running)
            QTest::qWait(50);
        QVERIFY2(QFileInfo::exists(library), window.readAllStandardError().constData());

        // `gazette open FOLDER` finds it, hands the folder over and exits at once.
        QProcess second;
        second.setProcessEnvironment(env);
        second.start(QStringLiteral(GAZETTE_BINARY), { "open", GAZETTE_SAMPLE_DIR, "--db", library });
        const bool exited = second.waitForFinished(15000);
        if (!exited)
            second.kill(); // it opened a second window: the hand-over failed
        QVERIFY(exited);
        QCOMPARE(second.exitCode(), 0);

        // The window imports it, while the command line reads the same library.
        int articles = 0;
        while (articles < 30 && timer.elapsed() < 60000) {
            QTest::qWait(200);
            const Run stats = gazette({ "stats", "--db", library, "--json" });
            articles = stats.json().object().value("articles").toInt();
        }
        QVERIFY2(articles >= 30, qPrintable(QString::number(articles)));
        QVERIFY(window.state() == QProcess::Running);
        window.terminate();
        QVERIFY(window.waitForFinished(10000));
    }

    void killedImportRecovers()
    {
        GAZETTE_REQUIRE_CORPUS();
        // A large archive from the real posts, so the import is still running when it is killed.
        const QString site = m_dir.filePath("big");
        QStringList sources;
        for (const QString &folder : { QStringLiteral("_posts"), QStringLiteral("old_post") }) {
            QDir dir(Gazette::Tests::finewsDir() + u'/' + folder);
            for (const QString &name : dir.entryList({ "*.md" }, QDir::Files))
                sources << dir.filePath(name);
        }
        const int count = 6000;
        for (int i = 0; i < count; ++i) {
            QFile in(sources[i % sources.size()]);
            QVERIFY(in.open(QIODevice::ReadOnly));
            writeFile(site + QStringLiteral("/_posts/2022-01-01-%1.md").arg(i), in.readAll() + QByteArray::number(i));
        }
        const QString library = m_dir.filePath("killed.sqlite");
        QProcess process;
        process.start(QStringLiteral(GAZETTE_BINARY), { "import", site, "--db", library });
        QVERIFY(process.waitForStarted());
        // Kill it once a few batches are committed.
        QElapsedTimer timer;
        timer.start();
        int committed = 0;
        while (timer.elapsed() < 20000 && process.state() == QProcess::Running) {
            QTest::qWait(25);
            QSqlDatabase check = QSqlDatabase::addDatabase("QSQLITE", "probe");
            check.setDatabaseName(library);
            if (check.open()) {
                QSqlQuery q(check);
                if (q.exec("SELECT count(*) FROM articles") && q.next())
                    committed = q.value(0).toInt();
            }
            check = QSqlDatabase();
            QSqlDatabase::removeDatabase("probe");
            if (committed >= 500)
                break;
        }
        QVERIFY2(process.state() == QProcess::Running, "the import finished before it could be killed");
        ::kill(pid_t(process.processId()), SIGKILL);
        process.waitForFinished();
        QVERIFY(committed > 0 && committed < count);
        {
            QSqlDatabase check = QSqlDatabase::addDatabase("QSQLITE", "after");
            check.setDatabaseName(library);
            QVERIFY(check.open());
            QSqlQuery q(check);
            QVERIFY(q.exec("PRAGMA integrity_check") && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            check = QSqlDatabase();
        }
        QSqlDatabase::removeDatabase("after");

        const Run rest = gazette({ "import", site, "--db", library, "--json" });
        QCOMPARE(rest.exitCode, 0);
        const QJsonObject counts = rest.json().object().value("counts").toObject();
        QCOMPARE(counts.value("added").toInt() + counts.value("unchanged").toInt(), count);
        const Run stats = gazette({ "stats", "--db", library, "--json" });
        QCOMPARE(stats.json().object().value("articles").toInt(), count);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
