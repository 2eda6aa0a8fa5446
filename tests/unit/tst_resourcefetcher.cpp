// Tests of ResourceFetcher and the offline store against a local HTTP server: success, 404, timeout, oversized,
// wrong type, redirect loop; then, with the server gone, the article shows its stored images.
#include "articlepage.h"
#include "database.h"
#include "importer.h"
#include "librarystore.h"
#include "resourcefetcher.h"
#include "resourcestore.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Gazette;
using namespace Gazette::Library;

namespace {

// A 1x1 PNG.
const QByteArray Png = QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

// Just enough HTTP/1.1 for the cases the fetcher must handle; one request per connection.
class TestServer : public QTcpServer
{
public:
    TestServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { answer(socket); });
                connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    m_buffers.remove(socket);
                    socket->deleteLater();
                });
            }
        });
    }

    QString url(const QString &path) const { return QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path); }
    int requests = 0;

private:
    void answer(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        ++requests;
        const QByteArray path = buffer.split(' ').value(1);
        buffer.clear();
        const auto send = [socket](const QByteArray &status, const QByteArray &headers, const QByteArray &body) {
            socket->write("HTTP/1.1 " + status + "\r\n" + headers + "Content-Length: " + QByteArray::number(body.size())
                          + "\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
        };
        if (path == "/ok.png" || path == "/also-ok.png") {
            send("200 OK", "Content-Type: image/png\r\n", Png);
        } else if (path == "/lying.jpg") { // the server says JPEG, the bytes are PNG: sniffing decides
            send("200 OK", "Content-Type: image/jpeg\r\n", Png);
        } else if (path == "/moved.png") {
            send("301 Moved Permanently", "Location: /ok.png\r\n", {});
        } else if (path == "/loop.png") {
            send("302 Found", "Location: /loop.png\r\n", {});
        } else if (path == "/page.png") {
            send("200 OK", "Content-Type: image/png\r\n", "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");
        } else if (path == "/huge.png") { // announces 100 MB
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: 100000000\r\n\r\n" + Png);
        } else if (path == "/endless.png") { // no length, keeps sending
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nConnection: close\r\n\r\n" + Png);
            socket->write(QByteArray(300 * 1024, 'x'));
            socket->disconnectFromHost();
        } else if (path == "/slow.png") {
            // never answers
        } else {
            send("404 Not Found", "Content-Type: text/plain\r\n", "no such thing");
        }
    }

    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace

class TestResourceFetcher : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString library() const { return m_dir.filePath(QStringLiteral("library.sqlite")); }

    Offline::OfflineReport run(const QStringList &urls, Offline::FetchLimits limits = {})
    {
        Offline::ResourceFetcher fetcher(library(), limits);
        QSignalSpy finished(&fetcher, &Offline::ResourceFetcher::finished);
        fetcher.fetch(urls);
        if (finished.isEmpty())
            finished.wait(20000);
        return finished.value(0).value(0).value<Offline::OfflineReport>();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void fetchesStoresAndFails()
    {
        TestServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QStringList names { QStringLiteral("/ok.png"), QStringLiteral("/also-ok.png"), QStringLiteral("/lying.jpg"),
                                  QStringLiteral("/moved.png"), QStringLiteral("/missing.png"), QStringLiteral("/slow.png"),
                                  QStringLiteral("/huge.png"), QStringLiteral("/endless.png"), QStringLiteral("/page.png"),
                                  QStringLiteral("/loop.png") };
        QString body = QStringLiteral("正文第一段。\n\n");
        for (const QString &name : names)
            body += QStringLiteral("![图 %1](%2)\n\n").arg(name.mid(1), server.url(name));
        const QString archive = m_dir.filePath(QStringLiteral("site"));
        Tests::writeFile(archive + QStringLiteral("/_posts/2024-01-02-images.md"),
                         ("---\ntitle: \"图片\"\ndate: 2024-01-02 10:00:00 +0800\n---\n" + body).toUtf8());
        const ImportReport imported = Importer(library()).importFolder(archive);
        QCOMPARE(imported.added, 1);

        QStringList urls;
        {
            Database db;
            QVERIFY(db.open(library()));
            urls = LibraryStore(db).missingResources({}).value();
        }
        QCOMPARE(urls.size(), names.size());

        Offline::FetchLimits limits;
        limits.timeoutMs = 1500;
        limits.maxBytes = 200 * 1024;
        limits.maxRedirects = 3;
        const Offline::OfflineReport report = run(urls, limits);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.total, names.size());
        QCOMPARE(report.fetched, 4);
        QCOMPARE(report.failed, 6);
        QHash<QString, QString> reasons;
        for (const Offline::FetchFailure &f : report.failures)
            reasons.insert(f.url, f.reason);
        QCOMPARE(reasons.value(server.url(QStringLiteral("/missing.png"))), QStringLiteral("HTTP 404 Not Found"));
        QVERIFY2(reasons.value(server.url(QStringLiteral("/slow.png"))).startsWith(QStringLiteral("no answer within 1.5 s")),
                 qPrintable(reasons.value(server.url(QStringLiteral("/slow.png")))));
        QCOMPARE(reasons.value(server.url(QStringLiteral("/huge.png"))), QStringLiteral("larger than 0.2 MB"));
        QCOMPARE(reasons.value(server.url(QStringLiteral("/endless.png"))), QStringLiteral("larger than 0.2 MB"));
        QCOMPARE(reasons.value(server.url(QStringLiteral("/page.png"))), QStringLiteral("not an image (text/html)"));
        QVERIFY2(reasons.value(server.url(QStringLiteral("/loop.png"))).contains(QStringLiteral("redirect")),
                 qPrintable(reasons.value(server.url(QStringLiteral("/loop.png")))));

        Database db;
        QVERIFY(db.open(library()));
        ResourceStore store(db);
        const auto ok = store.find(server.url(QStringLiteral("/ok.png")));
        QVERIFY(ok);
        QCOMPARE(ok->mime, QStringLiteral("image/png"));
        QCOMPARE(store.content(ok->hash)->first, Png);
        QCOMPARE(store.find(server.url(QStringLiteral("/lying.jpg")))->mime, QStringLiteral("image/png"));
        QCOMPARE(store.find(server.url(QStringLiteral("/moved.png")))->hash, ok->hash);
        const auto counts = store.counts().value();
        QCOMPARE(counts.stored, 4);
        QCOMPARE(counts.failed, 6);
        QCOMPARE(counts.bytes, Png.size()); // one content, stored once

        // Failures wait for their next try; --retry takes them now.
        QVERIFY(LibraryStore(db).missingResources({}).value().isEmpty());
        QCOMPARE(LibraryStore(db).missingResources({}, {}, true).value().size(), 6);

        // The server goes away: the article shows its stored images and neat placeholders for the rest.
        server.close();
        const ArticleRow row = LibraryStore(db).articles({}).value().constFirst();
        PageOptions options;
        options.resourceBase = QStringLiteral("gazette://s1/resource/");
        const QString page = ArticlePage::render(*LibraryStore(db).article(row.id), store, options);
        QVERIFY(page.contains(QStringLiteral("<img src=\"gazette://s1/resource/%1\" alt=\"图 ok.png\">").arg(QString::fromLatin1(ok->hash))));
        QCOMPARE(page.count(QStringLiteral("class=\"image-missing\"")), 6);
        QVERIFY(page.contains(QStringLiteral("图 missing.png")));
        QVERIFY(!page.contains(QStringLiteral("src=\"http")));
    }

    void localImagesAreStoredAtImport()
    {
        const QString archive = m_dir.filePath(QStringLiteral("local"));
        Tests::writeFile(archive + QStringLiteral("/_config.yml"), "url: https://blog.example.org\n");
        Tests::writeFile(archive + QStringLiteral("/assets/a.png"), Png);
        Tests::writeFile(archive + QStringLiteral("/assets/fake.png"), "<html>not an image</html>");
        Tests::writeFile(archive + QStringLiteral("/_posts/2024-01-03-local.md"),
                         "---\ntitle: local\n---\n![a](/assets/a.png) ![f](/assets/fake.png) ![g](/assets/gone.png) "
                         "![up](/../../etc/passwd)\n");
        const QString lib = m_dir.filePath(QStringLiteral("local.sqlite"));
        QCOMPARE(Importer(lib).importFolder(archive).added, 1);
        Database db;
        QVERIFY(db.open(lib));
        ResourceStore store(db);
        QVERIFY(store.find(QStringLiteral("https://blog.example.org/assets/a.png")));
        QVERIFY(store.failure(QStringLiteral("https://blog.example.org/assets/fake.png")).contains(QStringLiteral("not an image")));
        QVERIFY(store.failure(QStringLiteral("https://blog.example.org/assets/gone.png")).contains(QStringLiteral("not in the archive folder")));
        QVERIFY(!store.find(QStringLiteral("https://blog.example.org/etc/passwd")));
    }

    void nothingToFetch()
    {
        const Offline::OfflineReport report = run({});
        QCOMPARE(report.total, 0);
        QVERIFY(report.error.isEmpty());
    }

    void unwritableLibrary()
    {
        Offline::ResourceFetcher fetcher(QStringLiteral("/proc/no/such/library.sqlite"));
        QSignalSpy finished(&fetcher, &Offline::ResourceFetcher::finished);
        fetcher.fetch({ QStringLiteral("http://127.0.0.1:9/x.png") });
        QCOMPARE(finished.size(), 1);
        QVERIFY(!finished.value(0).value(0).value<Offline::OfflineReport>().error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestResourceFetcher)
#include "tst_resourcefetcher.moc"
