// ArticleSchemeHandler: serves gazette:// pages: an article in the reader template, and its local images.
#include "articleschemehandler.h"

#include "database.h"
#include "librarystore.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

namespace Gazette::Ui {

namespace {

QString resourceText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Marks the searched words in the article's text (never inside tags); the first mark is the anchor the
// view scrolls to, as the page runs no script.
QString markMatches(const QString &html, const QStringList &terms)
{
    QStringList escaped;
    for (const QString &term : terms) {
        if (!term.trimmed().isEmpty())
            escaped << QRegularExpression::escape(term.trimmed().toHtmlEscaped());
    }
    if (escaped.isEmpty())
        return html;
    const QRegularExpression words(escaped.join(u'|'), QRegularExpression::CaseInsensitiveOption);
    QString out;
    out.reserve(html.size() + 256);
    bool first = true;
    qsizetype pos = 0;
    while (pos < html.size()) {
        const qsizetype tag = html.indexOf(u'<', pos);
        const qsizetype textEnd = tag < 0 ? html.size() : tag;
        const QString text = html.mid(pos, textEnd - pos);
        qsizetype last = 0;
        auto it = words.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            out += QStringView(text).mid(last, m.capturedStart() - last);
            out += first ? QStringLiteral("<mark id=\"gazette-match\">") : QStringLiteral("<mark>");
            out += m.captured();
            out += QStringLiteral("</mark>");
            first = false;
            last = m.capturedEnd();
        }
        out += QStringView(text).mid(last);
        if (tag < 0)
            break;
        const qsizetype close = html.indexOf(u'>', tag);
        const qsizetype tagEnd = close < 0 ? html.size() : close + 1;
        out += QStringView(html).mid(tag, tagEnd - tag);
        pos = tagEnd;
    }
    return out;
}

QString renderPage(const Library::ArticleDetail &article, const QStringList &highlights)
{
    static const QString page = resourceText(QStringLiteral(":/reader/article.html"));
    static const QString css = resourceText(QStringLiteral(":/reader/reader.css"));
    const Library::ArticleRow &row = article.row;

    QStringList meta;
    if (row.date.isValid())
        meta << QStringLiteral("<time>%1</time>").arg(QLocale().toString(row.date.toLocalTime(), QLocale::LongFormat).toHtmlEscaped());
    if (!row.categoryPath.isEmpty())
        meta << QStringLiteral("<span class=\"category\">%1</span>").arg(row.categoryPath.toHtmlEscaped());
    if (!article.author.isEmpty())
        meta << article.author.toHtmlEscaped();
    QString tags;
    for (const QString &tag : row.tags)
        tags += QStringLiteral("<span class=\"tag\">%1</span>").arg(tag.toHtmlEscaped());
    if (!tags.isEmpty())
        meta << tags;

    QString footer;
    if (!row.sourceUrl.isEmpty())
        footer = QStringLiteral("原文 · Original: <a href=\"%1\">%2</a>").arg(row.sourceUrl.toHtmlEscaped(), row.sourceUrl.toHtmlEscaped());

    const bool chinese = row.title.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]")));
    QString html = page;
    html.replace(QStringLiteral("{{lang}}"), chinese ? QStringLiteral("zh-CN") : QStringLiteral("en"));
    html.replace(QStringLiteral("{{css}}"), css);
    html.replace(QStringLiteral("{{title}}"), row.title.toHtmlEscaped());
    html.replace(QStringLiteral("{{meta}}"), meta.join(QStringLiteral(" · ")));
    html.replace(QStringLiteral("{{footer}}"), footer);
    html.replace(QStringLiteral("{{body}}"), markMatches(article.html, highlights)); // last: the body may contain "{{"
    return html;
}

void reply(QWebEngineUrlRequestJob *job, const QByteArray &mime, QByteArray data)
{
    auto *buffer = new QBuffer(job);
    buffer->setData(std::move(data));
    buffer->open(QIODevice::ReadOnly);
    job->reply(mime, buffer);
}

} // namespace

ArticleSchemeHandler::ArticleSchemeHandler(QObject *parent) : QWebEngineUrlSchemeHandler(parent) { }

ArticleSchemeHandler::~ArticleSchemeHandler() = default;

void ArticleSchemeHandler::registerScheme()
{
    QWebEngineUrlScheme scheme(Scheme);
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::LocalScheme);
    QWebEngineUrlScheme::registerScheme(scheme);
}

QUrl ArticleSchemeHandler::articleUrl(qint64 sourceId, qint64 articleId, const QStringList &highlights)
{
    QUrl url;
    url.setScheme(QString::fromLatin1(Scheme));
    url.setHost(QStringLiteral("s%1").arg(sourceId));
    url.setPath(QStringLiteral("/article/%1").arg(articleId));
    if (!highlights.isEmpty()) {
        QUrlQuery query;
        for (const QString &term : highlights)
            query.addQueryItem(QStringLiteral("highlight"), term);
        url.setQuery(query);
        url.setFragment(QStringLiteral("gazette-match"));
    }
    return url;
}

void ArticleSchemeHandler::setLibrary(const QString &path)
{
    m_db = std::make_unique<Library::Database>();
    if (!m_db->open(path))
        m_db.reset();
}

void ArticleSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    bool sourceOk = false;
    const qint64 sourceId = url.host().mid(1).toLongLong(&sourceOk);
    if (!m_db || !url.host().startsWith(u's') || !sourceOk) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    Library::LibraryStore store(*m_db);
    const QString path = url.path();
    if (path.startsWith(QLatin1String("/article/"))) {
        bool ok = false;
        const qint64 id = path.mid(9).toLongLong(&ok);
        const auto article = ok ? store.article(id) : std::nullopt;
        if (!article) {
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
            return;
        }
        const QStringList highlights = QUrlQuery(url).allQueryItemValues(QStringLiteral("highlight"), QUrl::FullyDecoded);
        reply(job, QByteArrayLiteral("text/html;charset=utf-8"), renderPage(*article, highlights).toUtf8());
        return;
    }

    // A file of the source folder: images only, and never outside the folder.
    const QString root = store.sourceRoot(sourceId);
    const QString wanted = QDir::cleanPath(root + path);
    const QFileInfo file(wanted);
    const QString canonical = file.canonicalFilePath();
    if (root.isEmpty() || canonical.isEmpty() || !canonical.startsWith(root + u'/') || !file.isFile()) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    const QMimeType mime = QMimeDatabase().mimeTypeForFile(file);
    if (!mime.name().startsWith(QLatin1String("image/")) || mime.name() == u"image/svg+xml" || file.size() > 50 * 1024 * 1024) {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    QFile f(canonical);
    if (!f.open(QIODevice::ReadOnly)) {
        job->fail(QWebEngineUrlRequestJob::RequestFailed);
        return;
    }
    reply(job, mime.name().toLatin1(), f.readAll());
}

} // namespace Gazette::Ui
