// gazette-bench: measures the import of an archive: first import, unchanged re-import, peak memory.
#include "archivescanner.h"
#include "articleschemehandler.h"
#include "pdfexporter.h"
#include "database.h"
#include "htmlcleaner.h"
#include "importer.h"
#include "markdownrenderer.h"
#include "plaintext.h"
#include "postreader.h"
#include "librarystore.h"

#include <QSqlQuery>
#include <algorithm>

#include <QCoreApplication>
#include <QApplication>
#include <QGuiApplication>
#include <QHeaderView>
#include <QTreeView>

#include "articlelistmodel.h"
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace Gazette::Library;
using Gazette::Library::Database;

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

// 30 queries of mixed kinds, as readers of a Chinese financial archive type them.
const char *const Queries[] = {
    "资金", "北向资金", "净流入", "中国电信", "冬奥会", "李正茂", "苹果", "茅台", "半导体", "新能源汽车",
    "股", "涨", "人民币 汇率", "\"北向资金净流入\"", "港股 OR 美股", "资金 -北向", "Apple", "HFO*", "CFO",
    "5G", "制冷剂 tag:东财滚动新闻", "电信 category:renminyoudianbao", "业绩 after:2023-01-01", "公司 before:2022-06-01",
    "霍尼韦尔", "蔚来 ET7", "上海证券报", "通信保障", "元宇宙", "Faraday Future",
};

bool openLibrary(Database &db, const QString &library)
{
    if (auto opened = db.open(library); !opened) {
        QTextStream(stderr) << "gazette-bench: " << opened.error() << "\n";
        return false;
    }
    return true;
}

int benchSearch(const QString &library)
{
    QTextStream out(stdout);
    Database db;
    if (!openLibrary(db, library))
        return 1;
    LibraryStore store(db);
    QList<double> times;
    int totalHits = 0;
    for (int round = 0; round < 2; ++round) { // the first round warms the page cache
        times.clear();
        for (const char *text : Queries) {
            const auto query = SearchQuery::parse(QString::fromUtf8(text));
            ArticleFilter filter;
            filter.limit = 50;
            QElapsedTimer timer;
            timer.start();
            const auto hits = store.search(query.value(), filter);
            times << timer.nsecsElapsed() / 1e6;
            if (round == 1 && qEnvironmentVariableIsSet("GAZETTE_BENCH_VERBOSE"))
                out << QStringLiteral("  %1 ms  %2 hits  %3\n").arg(times.last(), 7, 'f', 2).arg(hits ? hits->size() : 0).arg(QString::fromUtf8(text));
            if (round == 1)
                totalHits += int(hits ? hits->size() : 0);
        }
    }
    std::sort(times.begin(), times.end());
    const auto percentile = [&times](double p) { return times[qMin(qsizetype(p * times.size()), times.size() - 1)]; };
    QSqlQuery q(db.connection());
    double indexBytes = 0, textBytes = 0;
    if (q.exec(QStringLiteral("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'article_search%'")) && q.next())
        indexBytes = q.value(0).toDouble();
    if (q.exec(QStringLiteral("SELECT sum(length(CAST(b.text AS BLOB)) + length(CAST(a.title AS BLOB))) FROM article_bodies b "
                              "JOIN articles a ON a.id = b.article_id")) && q.next())
        textBytes = q.value(0).toDouble();
    int articles = 0;
    if (q.exec(QStringLiteral("SELECT count(*) FROM articles")) && q.next())
        articles = q.value(0).toInt();
    out << QStringLiteral("search over %1 articles, %2 queries, top 50 with snippets: median %3 ms, p95 %4 ms, max %5 ms (%6 hits)\n")
                    .arg(articles)
                    .arg(std::size(Queries))
                    .arg(percentile(0.5), 0, 'f', 2)
                    .arg(percentile(0.95), 0, 'f', 2)
                    .arg(times.last(), 0, 'f', 2)
                    .arg(totalHits);
    out << QStringLiteral("index: %1 MB for %2 MB of plain text (%3x)\n")
                    .arg(indexBytes / 1e6, 0, 'f', 1)
                    .arg(textBytes / 1e6, 0, 'f', 1)
                    .arg(textBytes > 0 ? indexBytes / textBytes : 0, 0, 'f', 2);
    QElapsedTimer timer;
    timer.start();
    if (!store.reindex())
        return 1;
    out << QStringLiteral("rebuilding the index from scratch (its share of an import): %1 s\n").arg(timer.nsecsElapsed() / 1e9, 0, 'f', 2);
    return 0;
}

// Cleaning alone, on one core: the posts are read and rendered first, then the rendered HTML is cleaned.
int benchClean(const QString &folder)
{
    QTextStream out(stdout);
    const auto scanned = Gazette::Archive::ArchiveScanner::scan(folder);
    if (!scanned) {
        out << "gazette-bench: " << scanned.error() << "\n";
        return 1;
    }
    QStringList rendered;
    qint64 bytes = 0;
    for (const auto &file : scanned->files) {
        const auto read = Gazette::Archive::PostReader::read(file, scanned->site);
        if (read.kind != Gazette::Archive::ReadOutcome::Kind::Article)
            continue;
        rendered << Gazette::Markup::MarkdownRenderer::renderBody(read.post.body, read.post.isHtml);
        bytes += rendered.last().toUtf8().size();
    }
    const Gazette::Markup::HtmlCleaner cleaner;
    const QUrl base = scanned->site.linkBase();
    QElapsedTimer timer;
    timer.start();
    qint64 cleanedBytes = 0;
    for (const QString &html : std::as_const(rendered))
        cleanedBytes += cleaner.clean(html, base).html.toUtf8().size();
    const double cleanSeconds = timer.nsecsElapsed() / 1e9;
    timer.restart();
    for (const QString &html : std::as_const(rendered))
        Gazette::Markup::PlainText::fromHtml(html);
    const double textSeconds = timer.nsecsElapsed() / 1e9;
    out << QStringLiteral("cleaned %1 articles, %2 MB of HTML to %3 MB in %4 s on one core: %5 MB/s, %6 ms per article\n")
                    .arg(rendered.size())
                    .arg(bytes / 1e6, 0, 'f', 1)
                    .arg(cleanedBytes / 1e6, 0, 'f', 1)
                    .arg(cleanSeconds, 0, 'f', 3)
                    .arg(bytes / 1e6 / cleanSeconds, 0, 'f', 1)
                    .arg(cleanSeconds * 1000 / qMax(1, int(rendered.size())), 0, 'f', 3);
    out << QStringLiteral("for comparison, plain-text extraction of the same HTML: %1 s\n").arg(textSeconds, 0, 'f', 3);
    return 0;
}

// Exports the newest N articles of a library to one PDF and prints the time per article and peak memory.
int benchPdf(const QString &library, int count)
{
    QTextStream out(stdout);
    QList<qint64> ids;
    {
        Database db;
        if (auto opened = db.open(library); !opened) {
            out << "gazette-bench: " << opened.error() << "\n";
            return 1;
        }
        ArticleFilter filter;
        filter.limit = count;
        for (const ArticleRow &row : LibraryStore(db).articles(filter).value())
            ids << row.id;
    }
    QTemporaryDir tmp;
    const QString output = tmp.filePath(QStringLiteral("bench.pdf"));
    Gazette::Export::PdfOptions options;
    options.pageSize = QPageSize::A4;
    options.title = QStringLiteral("Benchmark");
    // One article first: what an export costs whatever its length (the web engine's start, the contents,
    // the join); the per-article figure is what the other articles add to it.
    const auto run = [&](const QList<qint64> &articles) {
        Gazette::Export::PdfExporter exporter(library);
        Gazette::Export::PdfReport report;
        QObject::connect(&exporter, &Gazette::Export::PdfExporter::finished, [&](const Gazette::Export::PdfReport &r) {
            report = r;
            QCoreApplication::quit();
        });
        exporter.start(articles, output, options);
        QCoreApplication::exec();
        return report;
    };
    const Gazette::Export::PdfReport one = run(ids.mid(0, 1));
    const Gazette::Export::PdfReport report = run(ids);
    if (!report.error.isEmpty() || !one.error.isEmpty()) {
        out << "gazette-bench: " << report.error << one.error << "\n";
        return 1;
    }
    const double perArticle = (report.seconds - one.seconds) / qMax(1, report.articles - 1);
    out << QStringLiteral("exported %1 articles, %2 pages, %3 MB in %4 s; one article alone %5 s; each further article "
                          "%6 ms; peak memory of this process %7 MiB\n")
                    .arg(report.articles)
                    .arg(report.pages)
                    .arg(report.bytes / 1e6, 0, 'f', 1)
                    .arg(report.seconds, 0, 'f', 2)
                    .arg(one.seconds, 0, 'f', 2)
                    .arg(perArticle * 1000, 0, 'f', 1)
                    .arg(peakMiB(), 0, 'f', 0);
    return 0;
}

// The window's article list on "All articles" of a library: time to the first painted rows, to the last
// rows, and the memory of the process; the view is a QTreeView over ArticleListModel, as in the window.
int benchList(const QString &library)
{
    QTextStream out(stdout);
    Database db;
    if (!openLibrary(db, library))
        return 1;
    LibraryStore store(db);
    const double before = peakMiB();
    QTreeView view;
    view.setUniformRowHeights(true);
    view.setRootIsDecorated(false);
    view.resize(1000, 700);
    Gazette::Ui::ArticleListModel model;
    view.setModel(&model);
    view.show();
    QCoreApplication::processEvents();

    QElapsedTimer timer;
    timer.start();
    model.setStore(&store);
    model.setFilter({});
    view.viewport()->repaint(); // paints now, asking the model for the visible rows
    const double firstPaint = timer.nsecsElapsed() / 1e6;
    timer.restart();
    view.scrollToBottom();
    view.viewport()->repaint();
    const double toEnd = timer.nsecsElapsed() / 1e6;
    const bool lastShown = view.viewport()->rect().intersects(view.visualRect(model.index(model.rowCount() - 1, 0)));
    timer.restart();
    view.scrollTo(model.index(model.rowCount() / 2, 0));
    view.viewport()->repaint();
    const double toMiddle = timer.nsecsElapsed() / 1e6;
    out << QStringLiteral("list of %1 articles: first paint %2 ms, scroll to the end %3 ms (last row on screen: %4), "
                          "to the middle %5 ms; peak memory %6 MiB (%7 MiB before the list)\n")
                    .arg(model.rowCount())
                    .arg(firstPaint, 0, 'f', 1)
                    .arg(toEnd, 0, 'f', 1)
                    .arg(lastShown ? QStringLiteral("yes") : QStringLiteral("no"))
                    .arg(toMiddle, 0, 'f', 1)
                    .arg(peakMiB(), 0, 'f', 0)
                    .arg(before, 0, 'f', 0);
    model.setStore(nullptr);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc >= 3 && qstrcmp(argv[1], "pdf") == 0) {
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
        Gazette::Browser::ArticleSchemeHandler::registerScheme();
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
        QGuiApplication app(argc, argv);
        return benchPdf(QString::fromLocal8Bit(argv[2]), argc >= 4 ? QByteArray(argv[3]).toInt() : 200);
    }
    if (argc >= 3 && qstrcmp(argv[1], "list") == 0) {
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        return benchList(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 3 && args[1] == u"import")
        return benchImport(args[2], args.value(3));
    if (args.size() >= 3 && args[1] == u"search")
        return benchSearch(args[2]);
    if (args.size() >= 3 && args[1] == u"clean")
        return benchClean(args[2]);
    QTextStream(stderr) << "usage: gazette-bench import FOLDER [LIBRARY]\n"
                           "  Imports FOLDER into a new library (a temporary one unless LIBRARY is named),\n"
                           "  then imports it again unchanged, and prints times, throughput and peak memory.\n"
                           "  Make a large archive with: ../shared/tools/make-corpus ../shared/corpus/finews OUT 16000\n"
                           "usage: gazette-bench search LIBRARY\n"
                           "  Runs 30 queries of mixed kinds (top 50 with snippets) and prints median and p95\n"
                           "  latency, the index size against the plain text, and the time to rebuild the index.\n"
                           "usage: gazette-bench clean FOLDER\n"
                           "  Cleans the rendered HTML of every post of FOLDER on one core and prints MB/s.\n"
                           "usage: gazette-bench pdf LIBRARY [N]\n"
                           "  Exports the newest N (200) articles of LIBRARY to one PDF; prints seconds per article\n"
                           "  after the first, and peak memory (the web engine's renderer runs in its own process).\n"
                           "usage: gazette-bench list LIBRARY\n"
                           "  Opens the window's article list on all articles: time to first paint, to scroll to the\n"
                           "  end and to the middle, and peak memory.\n";
    return 2;
}
