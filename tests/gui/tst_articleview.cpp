// Tests that the article view never goes online by itself: every corpus and sample article is loaded in the
// real (offscreen) web view, and every request the page attempts is recorded.
#include "articleschemehandler.h"
#include "webenginetestmain.h"
#include "articleview.h"
#include "database.h"
#include "importer.h"
#include "librarystore.h"
#include "requestinterceptor.h"
#include "testsupport.h"

#include <QApplication>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Gazette;

class TestArticleView : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString library() const { return m_dir.filePath(QStringLiteral("library.sqlite")); }

    struct Requests
    {
        QList<QUrl> allowed;
        QList<QUrl> blocked;
    };

    // Loads each article and returns what its page asked for.
    Requests load(Ui::ArticleView &view, const QList<Library::ArticleRow> &rows)
    {
        Requests seen;
        auto connection = connect(view.interceptor(), &Browser::RequestInterceptor::requested, this,
                                  [&seen](const QUrl &url, bool allowed) { (allowed ? seen.allowed : seen.blocked) << url; });
        for (const Library::ArticleRow &row : rows) {
            QSignalSpy loaded(&view, &QWebEngineView::loadFinished);
            view.showArticle(row.sourceId, row.id);
            if (!loaded.wait(20000))
                qWarning() << "article" << row.id << "did not load";
            else if (!loaded.first().first().toBool())
                qWarning() << "article" << row.id << "failed to load";
        }
        QTest::qWait(200); // late image requests
        disconnect(connection);
        return seen;
    }

private slots:
    void noArticleReachesTheNetwork()
    {
        GAZETTE_REQUIRE_CORPUS();
        QVERIFY(Library::Importer(library()).importFolder(Tests::finewsDir()).error.isEmpty());
        QVERIFY(Library::Importer(library()).importFolder(QStringLiteral(GAZETTE_SAMPLE_DIR)).error.isEmpty());
        Library::Database db;
        QVERIFY(db.open(library()));
        Library::ArticleFilter all;
        all.includeHidden = true;
        const auto rows = Library::LibraryStore(db).articles(all).value();
        QVERIFY(rows.size() >= 50);

        Ui::ArticleView view;
        view.resize(900, 700);
        view.show();
        view.setLibrary(library());
        const Requests seen = load(view, rows);
        QVERIFY2(seen.blocked.isEmpty(), qPrintable(seen.blocked.value(0).toString()));
        for (const QUrl &url : seen.allowed)
            QCOMPARE(url.scheme(), QStringLiteral("gazette"));
        // Not vacuous: every article page, and the sample's stored images, were asked for and served.
        int images = 0;
        for (const QUrl &url : seen.allowed)
            images += url.path().startsWith(QLatin1String("/resource/")) ? 1 : 0;
        QVERIFY(seen.allowed.size() >= rows.size());
        QVERIFY2(images >= 3, qPrintable(QString::number(images)));
    }

    // If hostile HTML got into the library by another way, the page's policy still keeps it offline.
    void hostileHtmlInTheLibraryStaysOffline()
    {
        const QString lib = m_dir.filePath(QStringLiteral("hostile.sqlite"));
        const QString archive = m_dir.filePath(QStringLiteral("hostile"));
        Tests::writeFile(archive + QStringLiteral("/_posts/2024-01-01-a.md"), "---\ntitle: a\n---\ntext\n");
        QVERIFY(Library::Importer(lib).importFolder(archive).error.isEmpty());
        Library::Database db;
        QVERIFY(db.open(lib));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral(
                "UPDATE article_bodies SET html = '<p>x</p><img src=\"https://example.com/pixel.gif\">"
                "<script src=\"https://example.com/a.js\"></script><link rel=\"stylesheet\" href=\"https://example.com/s.css\">"
                "<iframe src=\"https://example.com/\"></iframe><video src=\"http://example.com/v.mp4\" autoplay></video>"
                "<img src=\"file:///etc/hostname\"><style>@import url(https://example.com/i.css);</style>'")));
        const auto rows = Library::LibraryStore(db).articles({}).value();
        QCOMPARE(rows.size(), 1);
        Ui::ArticleView view;
        view.resize(600, 400);
        view.show();
        view.setLibrary(lib);
        const Requests seen = load(view, rows);
        for (const QUrl &url : seen.allowed)
            QCOMPARE(url.scheme(), QStringLiteral("gazette"));
        QVERIFY(!seen.allowed.isEmpty()); // the page itself
    }
};

GAZETTE_WEBENGINE_TEST_MAIN(TestArticleView)

#include "tst_articleview.moc"
