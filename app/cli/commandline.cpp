// CommandLine: the `gazette` commands (import, list, show, categories, tags, stats).
#include "commandline.h"

#include "archivescanner.h"
#include "database.h"
#include "htmlcleaner.h"
#include "importer.h"
#include "librarystore.h"
#include "markdownrenderer.h"
#include "pdfexporter.h"
#include "postreader.h"
#include "resourcefetcher.h"
#include "resourcestore.h"
#include "textcolumns.h"

#include <functional>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace Gazette::Cli {

using namespace Gazette::Library;

namespace {

enum Exit { Ok = 0, LibraryFailure = 1, Usage = 2 };

struct Command
{
    const char *name;
    const char *synopsis;
    const char *description;
};

const Command Commands[] = {
    { "import", "PATH...", "Import the posts of Jekyll sites or folders into the library." },
    { "list", "", "List articles, newest first." },
    { "show", "ID", "Show one article." },
    { "categories", "", "List the category tree with article counts." },
    { "tags", "", "List tags with article counts." },
    { "stats", "", "Summarise the library." },
    { "search", "QUERY", "Search the articles' titles, text and tags (Chinese included)." },
    { "reindex", "", "Rebuild the search index from the library." },
    { "offline", "", "Download the images of articles so they read offline." },
    { "clean", "FILE", "Print the cleaned HTML of one post file (no library needed)." },
    { "export-pdf", "-o FILE.pdf", "Export articles to one PDF: by id, category, tag or search." },
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// Starts a long job (`start`) and runs the event loop until `worker` reports `finished`; with a `label`,
// shows "label: done of total" on one terminal line meanwhile. Returns the worker's report.
template <typename Report, typename Worker>
Report runToEnd(Worker &worker, void (Worker::*progress)(int, int), void (Worker::*finished)(const Report &),
    const QString &label, const std::function<void()> &start)
{
    Report report;
    bool done = false;
    QObject::connect(&worker, progress, [&](int count, int total) {
        if (!label.isEmpty())
            err() << "\r" << label << ": " << count << " of " << total << Qt::flush;
    });
    QObject::connect(&worker, finished, [&](const Report &r) {
        report = r;
        done = true;
        QCoreApplication::quit();
    });
    start();
    if (!done)
        QCoreApplication::exec();
    if (!label.isEmpty())
        err() << "\n" << Qt::flush; // before anything on standard output
    return report;
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument doc
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out() << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out().flush();
}

QString isoDate(const QDateTime &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonObject rowJson(const ArticleRow &row)
{
    return { { QStringLiteral("id"), row.id }, { QStringLiteral("title"), row.title },
        { QStringLiteral("date"), row.date.isValid() ? QJsonValue(isoDate(row.date)) : QJsonValue() },
        { QStringLiteral("category"), row.categoryPath },
        { QStringLiteral("categories"),
            QJsonArray::fromStringList(row.categoryPath.split(u'/', Qt::SkipEmptyParts)) },
        { QStringLiteral("tags"), QJsonArray::fromStringList(row.tags) },
        { QStringLiteral("path"), row.path }, { QStringLiteral("source_url"), row.sourceUrl },
        { QStringLiteral("read"), row.read }, { QStringLiteral("starred"), row.starred },
        { QStringLiteral("missing"), row.missing }, { QStringLiteral("hidden"), row.hidden } };
}

void addCommon(QCommandLineParser &parser, bool json = true)
{
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("db"),
        QStringLiteral("The library file (default: $GAZETTE_LIBRARY, else %1).").arg(Database::defaultPath()),
        QStringLiteral("FILE") });
    if (json)
        parser.addOption({ QStringLiteral("json"), QStringLiteral("Print JSON for scripts.") });
}

// Parses a command's options. Returns -1 to go on, else the exit status after --help or a usage error.
int parse(QCommandLineParser &parser, const QStringList &arguments, const Command &command)
{
    parser.setApplicationDescription(QString::fromUtf8(command.description));
    if (!parser.parse(arguments)) {
        err() << "gazette " << command.name << ": " << parser.errorText() << "\n"
              << "Try 'gazette " << command.name << " --help'.\n";
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return Ok;
    }
    return -1;
}

QString libraryPath(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : Database::defaultPath();
}

// Opens an existing library for the reading commands.
int openLibrary(const QCommandLineParser &parser, Database &db)
{
    const QString path = libraryPath(parser);
    if (!QFileInfo::exists(path)) {
        err() << "gazette: no library at " << path << "; import a folder first: gazette import FOLDER\n";
        return LibraryFailure;
    }
    if (auto opened = db.open(path); !opened) {
        err() << "gazette: " << opened.error() << "\n";
        return LibraryFailure;
    }
    return Ok;
}

int runImport(const QStringList &arguments, const Command &command)
{
    QCommandLineParser parser;
    addCommon(parser);
    parser.addOption({ QStringLiteral("quiet"), QStringLiteral("Print only the failures and the summary.") });
    parser.addPositionalArgument(QStringLiteral("PATH"),
        QStringLiteral("A Jekyll site, or any folder of posts."), QStringLiteral("PATH..."));
    if (int status = parse(parser, arguments, command); status >= 0)
        return status;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        err() << "gazette import: name at least one folder to import\n";
        return Usage;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    Importer importer(libraryPath(parser));
    if (!json && isatty(fileno(stderr))) {
        QObject::connect(&importer, &Importer::progress, [](int done, int total) {
            err() << "\rimporting: " << done << "/" << total << " files read" << (done == total ? "\n" : "");
            err().flush();
        });
    }
    int status = Ok;
    QJsonArray reports;
    for (const QString &path : paths) {
        const ImportReport report = importer.importFolder(path);
        if (report.libraryError) {
            err() << "gazette import: " << report.error << "\n";
            return LibraryFailure;
        }
        if (!report.error.isEmpty()) {
            err() << "gazette import: " << report.error << "\n";
            status = Usage;
        }
        if (json) {
            reports.append(report.toJson());
            continue;
        }
        if (!report.error.isEmpty())
            continue;
        for (const FileOutcome &file : report.files) {
            if (file.status == FileOutcome::Status::Failed)
                out() << "failed   " << file.path << ": " << file.message << "\n";
            else if (!quiet && !file.message.isEmpty() && file.status != FileOutcome::Status::Missing)
                out() << "warning  " << file.path << ": " << file.message << "\n";
            else if (!quiet && file.status == FileOutcome::Status::Missing)
                out() << "missing  " << file.path << ": " << file.message << "\n";
        }
        out() << report.root << ": " << report.summary()
              << QStringLiteral(" (%1 s)").arg(report.seconds, 0, 'f', 2) << "\n";
    }
    if (json)
        printJson(
            paths.size() == 1 && reports.size() == 1 ? QJsonValue(reports.first()) : QJsonValue(reports));
    out().flush();
    return status;
}

void addFilterOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("category"),
        QStringLiteral("Only this category and those below it (a path: a/b)."), QStringLiteral("PATH") });
    parser.addOption({ QStringLiteral("tag"),
        QStringLiteral("Only articles with this tag; repeat for several."), QStringLiteral("TAG") });
    parser.addOption(
        { QStringLiteral("any"), QStringLiteral("With several --tag: articles with any of them, not all.") });
}

int runList(const QStringList &arguments, const Command &command)
{
    QCommandLineParser parser;
    addCommon(parser);
    addFilterOptions(parser);
    parser.addOption({ QStringLiteral("limit"), QStringLiteral("At most N articles."), QStringLiteral("N") });
    parser.addOption({ QStringLiteral("unread"), QStringLiteral("Only unread articles.") });
    parser.addOption({ QStringLiteral("starred"), QStringLiteral("Only starred articles.") });
    parser.addOption(
        { QStringLiteral("all"), QStringLiteral("Include drafts, unpublished and hidden articles.") });
    if (int status = parse(parser, arguments, command); status >= 0)
        return status;
    ArticleFilter filter;
    filter.categoryPath = parser.value(QStringLiteral("category"));
    filter.tags = parser.values(QStringLiteral("tag"));
    filter.anyTag = parser.isSet(QStringLiteral("any"));
    filter.unreadOnly = parser.isSet(QStringLiteral("unread"));
    filter.starredOnly = parser.isSet(QStringLiteral("starred"));
    filter.includeHidden = parser.isSet(QStringLiteral("all"));
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        filter.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || filter.limit < 0) {
            err() << "gazette list: --limit takes a whole number, not \""
                  << parser.value(QStringLiteral("limit")) << "\"\n";
            return Usage;
        }
    }
    Database db;
    if (int status = openLibrary(parser, db))
        return status;
    const auto rows = LibraryStore(db).articles(filter);
    if (!rows) {
        err() << "gazette list: " << rows.error() << "\n";
        return LibraryFailure;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ArticleRow &row : rows.value())
            array.append(rowJson(row));
        printJson(array);
        return Ok;
    }
    TextColumns table({ QStringLiteral("ID"), QStringLiteral("DATE"), QStringLiteral("CATEGORY"),
        QStringLiteral("TITLE") });
    for (const ArticleRow &row : rows.value()) {
        QString title = row.title;
        if (!row.read)
            title.prepend(QStringLiteral("● "));
        if (row.starred)
            title.prepend(QStringLiteral("★ "));
        table.addRow({ QString::number(row.id),
            row.date.isValid() ? row.date.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-"),
            row.categoryPath.isEmpty() ? QStringLiteral("-") : row.categoryPath, title });
    }
    out() << table.render() << rows->size() << " article(s)\n";
    return Ok;
}

int runShow(const QStringList &arguments, const Command &command)
{
    QCommandLineParser parser;
    addCommon(parser);
    parser.addOption({ QStringLiteral("html"), QStringLiteral("Print the article's rendered HTML.") });
    parser.addOption({ QStringLiteral("text"), QStringLiteral("Print the article's plain text.") });
    parser.addPositionalArgument(
        QStringLiteral("ID"), QStringLiteral("The article's id, as `gazette list` shows it."));
    if (int status = parse(parser, arguments, command); status >= 0)
        return status;
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (parser.positionalArguments().size() != 1 || !ok) {
        err() << "gazette show: name one article by its id (see gazette list)\n";
        return Usage;
    }
    Database db;
    if (int status = openLibrary(parser, db))
        return status;
    const auto article = LibraryStore(db).article(id);
    if (!article) {
        err() << "gazette show: no article with id " << id << "\n";
        return Usage;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = rowJson(article->row);
        json.insert(QStringLiteral("html"), article->html);
        json.insert(QStringLiteral("text"), article->text);
        json.insert(QStringLiteral("author"), article->author);
        json.insert(QStringLiteral("permalink"), article->permalink);
        json.insert(QStringLiteral("excerpt"), article->excerpt);
        json.insert(QStringLiteral("encoding"), article->encoding);
        json.insert(QStringLiteral("metadata"), article->metadata);
        json.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(article->warnings));
        printJson(json);
        return Ok;
    }
    if (parser.isSet(QStringLiteral("html"))) {
        out() << article->html;
        return Ok;
    }
    if (parser.isSet(QStringLiteral("text"))) {
        out() << article->text << "\n";
        return Ok;
    }
    const ArticleRow &row = article->row;
    out() << row.title << "\n"
          << (row.date.isValid() ? row.date.toString(QStringLiteral("yyyy-MM-dd HH:mm t"))
                                 : QStringLiteral("(no date)"));
    if (!row.categoryPath.isEmpty())
        out() << "  ·  " << row.categoryPath;
    if (!row.tags.isEmpty())
        out() << "  ·  #" << row.tags.join(QStringLiteral(" #"));
    out() << "\n" << row.path << "\n";
    if (!row.sourceUrl.isEmpty())
        out() << row.sourceUrl << "\n";
    out() << "\n" << article->text << "\n";
    return Ok;
}

int runCategories(const QStringList &arguments, const Command &command)
{
    QCommandLineParser parser;
    addCommon(parser);
    if (int status = parse(parser, arguments, command); status >= 0)
        return status;
    Database db;
    if (int status = openLibrary(parser, db))
        return status;
    const auto nodes = LibraryStore(db).categories();
    if (!nodes) {
        err() << "gazette categories: " << nodes.error() << "\n";
        return LibraryFailure;
    }
    // Totals include the categories below; nodes come sorted by path, so children follow parents.
    QHash<QString, std::pair<int, int>> totals;
    for (const CategoryNode &node : nodes.value()) {
        QString path = node.path;
        while (true) {
            auto &t = totals[path];
            t.first += node.articles;
            t.second += node.unread;
            const qsizetype slash = path.lastIndexOf(u'/');
            if (slash < 0)
                break;
            path.truncate(slash);
        }
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const CategoryNode &node : nodes.value())
            array.append(QJsonObject { { QStringLiteral("path"), node.path },
                { QStringLiteral("name"), node.name }, { QStringLiteral("display_name"), node.displayName },
                { QStringLiteral("articles"), totals[node.path].first },
                { QStringLiteral("unread"), totals[node.path].second } });
        printJson(array);
        return Ok;
    }
    TextColumns table({ QStringLiteral("ARTICLES"), QStringLiteral("UNREAD"), QStringLiteral("CATEGORY") });
    for (const CategoryNode &node : nodes.value()) {
        const QString indent(2 * node.path.count(u'/'), u' ');
        QString label = indent + node.name;
        if (node.displayName != node.name)
            label += QStringLiteral(" (%1)").arg(node.displayName);
        table.addRow(
            { QString::number(totals[node.path].first), QString::number(totals[node.path].second), label });
    }
    out() << table.render();
    return Ok;
}

int runTags(const QStringList &arguments, const Command &command)
{
    QCommandLineParser parser;
    addCommon(parser);
    parser.addOption({ QStringLiteral("category"), QStringLiteral("Count only articles in this category."),
        QStringLiteral("PATH") });
    if (int status = parse(parser, arguments, command); status >= 0)
        return status;
    Database db;
    if (int status = openLibrary(parser, db))
        return status;
    const auto tags = LibraryStore(db).tags(parser.value(QStringLiteral("category")));
    if (!tags) {
        err() << "gazette tags: " << tags.error() << "\n";
        return LibraryFailure;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const TagCount &tag : tags.value())
            array.append(QJsonObject {
                { QStringLiteral("name"), tag.name }, { QStringLiteral("articles"), tag.articles } });
        printJson(array);
        return Ok;
    }
    TextColumns table({ QStringLiteral("ARTICLES"), QStringLiteral("TAG") });
    for (const TagCount &tag : tags.value())
        table.addRow({ QString::number(tag.articles), tag.name });
    out() << table.render();
    return Ok;
}

int runStats(const QStringList &arguments, const Command &command)
{
    QCommandLineParser parser;
    addCommon(parser);
    if (int status = parse(parser, arguments, command); status >= 0)
        return status;
    Database db;
    if (int status = openLibrary(parser, db))
        return status;
    const auto stats = LibraryStore(db).stats();
    if (!stats) {
        err() << "gazette stats: " << stats.error() << "\n";
        return LibraryFailure;
    }
    const qint64 size = QFileInfo(db.path()).size() + QFileInfo(db.path() + QStringLiteral("-wal")).size();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray sources;
        for (const auto &source : stats->sources)
            sources.append(QJsonObject { { QStringLiteral("root"), source.root },
                { QStringLiteral("articles"), source.articles },
                { QStringLiteral("last_import"), isoDate(source.lastImport) } });
        printJson(QJsonObject { { QStringLiteral("library"), db.path() }, { QStringLiteral("bytes"), size },
            { QStringLiteral("articles"), stats->articles }, { QStringLiteral("unread"), stats->unread },
            { QStringLiteral("starred"), stats->starred }, { QStringLiteral("missing"), stats->missing },
            { QStringLiteral("hidden"), stats->hidden }, { QStringLiteral("categories"), stats->categories },
            { QStringLiteral("tags"), stats->tags }, { QStringLiteral("sources"), sources },
            { QStringLiteral("last_import"), stats->lastImport } });
        return Ok;
    }
    out() << "library     " << db.path() << " (" << QLocale::c().formattedDataSize(size) << ")\n"
          << "articles    " << stats->articles << " (" << stats->unread << " unread, " << stats->starred
          << " starred, " << stats->missing << " missing their file, " << stats->hidden << " hidden)\n"
          << "categories  " << stats->categories << "\n"
          << "tags        " << stats->tags << "\n";
    for (const auto &source : stats->sources)
        out() << "source      " << source.root << ": " << source.articles << " articles, last import "
              << source.lastImport.toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "\n";
    return Ok;
}

// The snippet's match markers (\x02, \x03) as HTML, as terminal bold, or gone.
QString snippetAs(const QString &snippet, const QString &open, const QString &close, bool escape)
{
    QString out = escape ? snippet.toHtmlEscaped() : snippet;
    out.replace(QChar(2), open);
    out.replace(QChar(3), close);
    return out.simplified();
}

int runSearch(const QStringList &arguments, const Command &command)
{
    QCommandLineParser parser;
    addCommon(parser);
    addFilterOptions(parser);
    parser.addOption({ QStringLiteral("limit"), QStringLiteral("At most N results (default 20)."),
        QStringLiteral("N"), QStringLiteral("20") });
    parser.addOption(
        { QStringLiteral("newest"), QStringLiteral("Newest first, rather than best match first.") });
    parser.addPositionalArgument(QStringLiteral("QUERY"),
        QStringLiteral("Words (all of them), \"a phrase\", a OR b, -word or NOT word, prefix*, "
                       "tag:NAME, category:PATH, before:YYYY-MM-DD, after:YYYY-MM-DD."));
    if (int status = parse(parser, arguments, command); status >= 0)
        return status;
    const QString text = parser.positionalArguments().join(u' ');
    if (text.trimmed().isEmpty()) {
        err() << "gazette search: say what to look for, as in: gazette search 冬奥会\n";
        return Usage;
    }
    const auto query = SearchQuery::parse(text);
    if (!query) {
        err() << "gazette search: " << query.error() << "\n";
        return Usage;
    }
    ArticleFilter filter;
    filter.categoryPath = parser.value(QStringLiteral("category"));
    filter.tags = parser.values(QStringLiteral("tag"));
    filter.anyTag = parser.isSet(QStringLiteral("any"));
    bool ok = false;
    filter.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || filter.limit < 0) {
        err() << "gazette search: --limit takes a whole number\n";
        return Usage;
    }
    Database db;
    if (int status = openLibrary(parser, db))
        return status;
    const auto hits = LibraryStore(db).search(query.value(), filter,
        parser.isSet(QStringLiteral("newest")) ? SearchOrder::Newest : SearchOrder::Relevance);
    if (!hits) {
        err() << "gazette search: " << hits.error() << "\n";
        return LibraryFailure;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const SearchHit &hit : hits.value()) {
            QJsonObject json = rowJson(hit.row);
            json.insert(QStringLiteral("snippet"), snippetAs(hit.snippet, {}, {}, false));
            json.insert(QStringLiteral("snippet_html"),
                snippetAs(hit.snippet, QStringLiteral("<mark>"), QStringLiteral("</mark>"), true));
            json.insert(QStringLiteral("score"), hit.score);
            array.append(json);
        }
        printJson(array);
        return Ok;
    }
    const bool tty = isatty(fileno(stdout));
    const QString open = tty ? QStringLiteral("\x1b[1;33m") : QStringLiteral("[");
    const QString close = tty ? QStringLiteral("\x1b[0m") : QStringLiteral("]");
    for (const SearchHit &hit : hits.value()) {
        out() << hit.row.id << "  "
              << (hit.row.date.isValid() ? hit.row.date.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                         : QStringLiteral("-"))
              << "  " << hit.row.title << "\n";
        if (!hit.snippet.isEmpty())
            out() << "    " << snippetAs(hit.snippet, open, close, false) << "\n";
    }
    out() << hits->size() << " result(s)\n";
    return Ok;
}

int runReindex(const QStringList &arguments, const Command &command)
{
    QCommandLineParser parser;
    addCommon(parser, false);
    if (int status = parse(parser, arguments, command); status >= 0)
        return status;
    Database db;
    if (int status = openLibrary(parser, db))
        return status;
    QElapsedTimer timer;
    timer.start();
    if (auto done = LibraryStore(db).reindex(); !done) {
        err() << "gazette reindex: " << done.error() << "\n";
        return LibraryFailure;
    }
    out() << "search index rebuilt in " << QString::number(timer.elapsed() / 1000.0, 'f', 2) << " s\n";
    return Ok;
}

int runOffline(const QStringList &arguments, const Command &command)
{
    QCommandLineParser parser;
    addCommon(parser);
    addFilterOptions(parser);
    parser.addOption(
        { QStringLiteral("retry"), QStringLiteral("Try failed images again now, not only those due.") });
    parser.addOption({ QStringLiteral("quiet"), QStringLiteral("Print only the failures and the summary.") });
    if (int status = parse(parser, arguments, command); status >= 0)
        return status;
    ArticleFilter filter;
    filter.categoryPath = parser.value(QStringLiteral("category"));
    filter.tags = parser.values(QStringLiteral("tag"));
    filter.anyTag = parser.isSet(QStringLiteral("any"));
    filter.includeHidden = true;
    QStringList urls;
    {
        Database db;
        if (int status = openLibrary(parser, db))
            return status;
        const auto missing
            = LibraryStore(db).missingResources(filter, {}, parser.isSet(QStringLiteral("retry")));
        if (!missing) {
            err() << "gazette offline: " << missing.error() << "\n";
            return LibraryFailure;
        }
        urls = missing.value();
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool showProgress = !json && !parser.isSet(QStringLiteral("quiet")) && isatty(STDERR_FILENO);
    Offline::ResourceFetcher fetcher(libraryPath(parser));
    const Offline::OfflineReport report = runToEnd<Offline::OfflineReport>(fetcher,
        &Offline::ResourceFetcher::progress, &Offline::ResourceFetcher::finished,
        showProgress ? QStringLiteral("fetching images") : QString(), [&] { fetcher.fetch(urls); });
    if (json) {
        printJson(report.toJson());
    } else {
        for (const Offline::FetchFailure &f : std::as_const(report.failures))
            out() << "failed: " << f.url << ": " << f.reason << "\n";
        if (urls.isEmpty())
            out() << "every image of these articles is stored already (or waits for its next try; --retry "
                     "tries now)\n";
        else
            out() << report.summary() << "\n";
    }
    if (!report.error.isEmpty()) {
        err() << "gazette offline: " << report.error << "\n";
        return LibraryFailure;
    }
    return Ok;
}

int runExportPdf(const QStringList &arguments, const Command &command)
{
    QCommandLineParser parser;
    addCommon(parser);
    addFilterOptions(parser);
    parser.addOption({ QStringLiteral("id"), QStringLiteral("The article with this id; repeat for several."),
        QStringLiteral("ID") });
    parser.addOption({ QStringLiteral("query"),
        QStringLiteral("The articles this search finds, best match first."), QStringLiteral("Q") });
    parser.addOption({ { QStringLiteral("o"), QStringLiteral("output") },
        QStringLiteral("The PDF file to write."), QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("page-size"),
        QStringLiteral("A4 or Letter (default: %1, from the locale).")
            .arg(Export::PdfOptions::defaultPageSize() == QPageSize::Letter ? QStringLiteral("Letter")
                                                                            : QStringLiteral("A4")),
        QStringLiteral("SIZE") });
    parser.addOption({ QStringLiteral("landscape"), QStringLiteral("Landscape pages.") });
    parser.addOption(
        { QStringLiteral("no-images"), QStringLiteral("Leave the images out (their captions stay).") });
    parser.addOption({ QStringLiteral("force"), QStringLiteral("Replace the file if it exists.") });
    parser.addOption({ QStringLiteral("quiet"), QStringLiteral("Print only the summary.") });
    if (int status = parse(parser, arguments, command); status >= 0)
        return status;
    const auto usage = [](const QString &message) {
        err() << "gazette export-pdf: " << message << "\n";
        return Usage;
    };
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return usage(QStringLiteral("name the PDF to write with -o FILE.pdf"));
    const QFileInfo target(output);
    if (target.exists() && !parser.isSet(QStringLiteral("force")))
        return usage(QStringLiteral("%1 exists; --force replaces it").arg(output));
    if (target.isDir())
        return usage(QStringLiteral("%1 is a folder").arg(output));
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir())
        return usage(QStringLiteral("%1: no such folder").arg(folder.filePath()));
    if (!folder.isWritable())
        return usage(QStringLiteral("%1: cannot write there (permission denied)").arg(folder.filePath()));

    Export::PdfOptions options;
    if (parser.isSet(QStringLiteral("page-size"))) {
        const QString size = parser.value(QStringLiteral("page-size")).toLower();
        if (size == u"a4")
            options.pageSize = QPageSize::A4;
        else if (size == u"letter")
            options.pageSize = QPageSize::Letter;
        else
            return usage(QStringLiteral("--page-size takes A4 or Letter, not \"%1\"")
                             .arg(parser.value(QStringLiteral("page-size"))));
    }
    options.orientation
        = parser.isSet(QStringLiteral("landscape")) ? QPageLayout::Landscape : QPageLayout::Portrait;
    options.images = !parser.isSet(QStringLiteral("no-images"));

    ArticleFilter filter;
    filter.categoryPath = parser.value(QStringLiteral("category"));
    filter.tags = parser.values(QStringLiteral("tag"));
    filter.anyTag = parser.isSet(QStringLiteral("any"));
    const QStringList idTexts = parser.values(QStringLiteral("id"));
    const QString queryText = parser.value(QStringLiteral("query"));
    if (idTexts.isEmpty() && queryText.isEmpty() && filter.categoryPath.isEmpty() && filter.tags.isEmpty())
        return usage(QStringLiteral("say what to export: --id ID, --category PATH, --tag TAG or --query Q"));

    Database db;
    if (int status = openLibrary(parser, db))
        return status;
    LibraryStore store(db);
    QList<qint64> ids;
    if (!idTexts.isEmpty()) {
        for (const QString &text : idTexts) {
            bool ok = false;
            const qint64 id = text.toLongLong(&ok);
            if (!ok)
                return usage(QStringLiteral("--id takes a number, not \"%1\"").arg(text));
            if (!store.article(id))
                return usage(QStringLiteral("no article with id %1").arg(id));
            ids << id;
        }
        options.title = ids.size() == 1 ? QString() : QStringLiteral("%1 articles").arg(ids.size());
    } else if (!queryText.isEmpty()) {
        const auto query = SearchQuery::parse(queryText);
        if (!query)
            return usage(query.error());
        filter.limit = 10000;
        const auto hits = store.search(query.value(), filter);
        if (!hits) {
            err() << "gazette export-pdf: " << hits.error() << "\n";
            return LibraryFailure;
        }
        for (const SearchHit &hit : hits.value())
            ids << hit.row.id;
        options.title = QStringLiteral("Search: %1").arg(queryText);
    } else {
        const auto rows = store.articles(filter);
        if (!rows) {
            err() << "gazette export-pdf: " << rows.error() << "\n";
            return LibraryFailure;
        }
        for (const ArticleRow &row : rows.value())
            ids << row.id;
        QStringList what;
        if (!filter.categoryPath.isEmpty())
            what << QStringLiteral("Category: %1").arg(filter.categoryPath);
        if (!filter.tags.isEmpty())
            what << QStringLiteral("Tags: %1")
                        .arg(filter.tags.join(
                            filter.anyTag ? QStringLiteral(" or ") : QStringLiteral(" and ")));
        options.title = what.join(QStringLiteral(" · "));
    }
    if (ids.isEmpty())
        return usage(QStringLiteral("no articles match"));

    const bool json = parser.isSet(QStringLiteral("json"));
    const bool showProgress = !json && !parser.isSet(QStringLiteral("quiet")) && isatty(STDERR_FILENO);
    Export::PdfExporter exporter(db.path());
    const Export::PdfReport report = runToEnd<Export::PdfReport>(exporter, &Export::PdfExporter::progress,
        &Export::PdfExporter::finished, showProgress ? QStringLiteral("exporting") : QString(),
        [&] { exporter.start(ids, target.absoluteFilePath(), options); });
    if (!report.error.isEmpty()) {
        err() << "gazette export-pdf: " << report.error << "\n";
        return LibraryFailure;
    }
    if (json) {
        printJson(QJsonObject { { QStringLiteral("output"), report.output },
            { QStringLiteral("articles"), report.articles }, { QStringLiteral("pages"), report.pages },
            { QStringLiteral("bytes"), report.bytes }, { QStringLiteral("seconds"), report.seconds } });
    } else {
        out() << "wrote " << report.output << ": " << report.articles << " article(s), " << report.pages
              << " page(s), " << QLocale::c().formattedDataSize(report.bytes) << " in "
              << QString::number(report.seconds, 'f', 1) << " s\n";
    }
    return Ok;
}

int runClean(const QStringList &arguments, const Command &command)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("json"),
        QStringLiteral("Print JSON: the HTML, the original link and the images.") });
    parser.addOption({ QStringLiteral("rules"),
        QStringLiteral("Cleaning rules laid over the built-in ones (default: %1).")
            .arg(Markup::CleaningRules::userFilePath()),
        QStringLiteral("FILE") });
    parser.addPositionalArgument(
        QStringLiteral("FILE"), QStringLiteral("A post file (Markdown or HTML with front matter)."));
    if (int status = parse(parser, arguments, command); status >= 0)
        return status;
    if (parser.positionalArguments().size() != 1) {
        err() << "gazette clean: give one post file\n";
        return Usage;
    }
    const auto found = Archive::ArchiveScanner::scanFile(parser.positionalArguments().constFirst());
    if (!found) {
        err() << "gazette clean: " << found.error() << "\n";
        return Usage;
    }
    const auto &[site, file] = found.value();
    const Archive::ReadOutcome read = Archive::PostReader::read(file, site);
    if (read.kind == Archive::ReadOutcome::Kind::Failed) {
        err() << "gazette clean: " << file.absolutePath << ": " << read.reason << "\n";
        return LibraryFailure;
    }
    QString warning;
    const QString rulesFile = parser.isSet(QStringLiteral("rules")) ? parser.value(QStringLiteral("rules"))
                                                                    : Markup::CleaningRules::userFilePath();
    if (parser.isSet(QStringLiteral("rules")) && !QFileInfo::exists(rulesFile)) {
        err() << "gazette clean: " << rulesFile << ": no such file\n";
        return Usage;
    }
    const Markup::HtmlCleaner cleaner(Markup::CleaningRules::load(rulesFile, &warning));
    if (!warning.isEmpty())
        err() << "gazette clean: " << warning << "\n";
    const Archive::Post &post = read.post;
    const Markup::CleanedHtml cleaned
        = cleaner.clean(Markup::MarkdownRenderer::renderBody(post.body, post.isHtml), site.linkBase());
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(QJsonObject { { QStringLiteral("file"), file.absolutePath },
            { QStringLiteral("cleaner"), cleaner.version() }, { QStringLiteral("html"), cleaned.html },
            { QStringLiteral("original"), post.sourceUrl.isEmpty() ? cleaned.originalUrl : post.sourceUrl },
            { QStringLiteral("images"), QJsonArray::fromStringList(cleaned.images) } });
        return Ok;
    }
    out() << cleaned.html << "\n";
    return Ok;
}

void printHelp()
{
    out() << "Usage: gazette [COMMAND] [OPTIONS]\n\n"
          << "Gazette reads Jekyll news archives offline. Without a command it opens the window\n"
          << "(gazette --db FILE --category PATH FOLDER; see `gazette open --help`).\n\n"
          << "Commands:\n"
          << "  " << QStringLiteral("open").leftJustified(12)
          << "Open the window, or raise the open one, and import a folder.\n";
    for (const Command &c : Commands)
        out() << "  " << QString::fromUtf8(c.name).leftJustified(12) << QString::fromUtf8(c.description)
              << "\n";
    out() << "\nEvery command takes --db FILE (the library; default: $GAZETTE_LIBRARY, else\n"
          << Database::defaultPath() << "), --json for scripts, and --help for its options.\n"
          << "Exit status: 0 done, 1 the library could not be read or written, 2 bad usage.\n"
          << "\nOptions:\n  -h, --help     Show this help.\n  -v, --version  Show the version.\n";
}

} // namespace

bool CommandLine::needsWebEngine(const QStringList &arguments)
{
    return arguments.value(1) == u"export-pdf" && !arguments.contains(QStringLiteral("--help"))
        && !arguments.contains(QStringLiteral("-h"));
}

bool CommandLine::handles(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (first == u"-h" || first == u"--help" || first == u"-v" || first == u"--version" || first == u"help")
        return true;
    for (const Command &c : Commands) {
        if (first == QLatin1String(c.name))
            return true;
    }
    return false;
}

int CommandLine::run(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (first == u"-v" || first == u"--version") {
        out() << "gazette " << GAZETTE_VERSION << "\nQt " << qVersion() << "\nSQLite "
              << Database::sqliteVersion() << "\n";
        return Ok;
    }
    if (first == u"-h" || first == u"--help" || first == u"help") {
        printHelp();
        return Ok;
    }
    // QCommandLineParser sees "gazette import ..." as the program "gazette import".
    QStringList rest = arguments.mid(2);
    rest.prepend(QStringLiteral("gazette ") + first);
    for (const Command &c : Commands) {
        if (first != QLatin1String(c.name))
            continue;
        const QString name = QString::fromUtf8(c.name);
        if (name == u"import")
            return runImport(rest, c);
        if (name == u"list")
            return runList(rest, c);
        if (name == u"show")
            return runShow(rest, c);
        if (name == u"categories")
            return runCategories(rest, c);
        if (name == u"tags")
            return runTags(rest, c);
        if (name == u"search")
            return runSearch(rest, c);
        if (name == u"reindex")
            return runReindex(rest, c);
        if (name == u"clean")
            return runClean(rest, c);
        if (name == u"offline")
            return runOffline(rest, c);
        if (name == u"export-pdf")
            return runExportPdf(rest, c);
        return runStats(rest, c);
    }
    printHelp();
    return Usage;
}

} // namespace Gazette::Cli
