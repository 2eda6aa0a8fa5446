// ArticleSchemeHandler: serves gazette:// pages: an article in the reader template, and its stored images.
#include "articleschemehandler.h"

#include "database.h"
#include "articlepage.h"
#include "librarystore.h"
#include "resourcestore.h"

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

namespace Gazette::Browser {

namespace {

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
    // Local, so web content cannot reach it; its own pages may load its images (LocalAccessAllowed).
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::LocalScheme
                    | QWebEngineUrlScheme::LocalAccessAllowed);
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

std::optional<std::pair<QByteArray, QString>> ArticleSchemeHandler::storedImage(const QUrl &url) const
{
    if (!m_db || url.scheme() != QLatin1String(Scheme) || !url.path().startsWith(QLatin1String("/resource/")))
        return std::nullopt;
    return Library::ResourceStore(*m_db).content(url.path().mid(10).toLatin1());
}

QString ArticleSchemeHandler::printCss()
{
    static const QString css = [] {
        QFile file(QStringLiteral(":/reader/print.css"));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }();
    return css;
}

void ArticleSchemeHandler::setDocument(const QString &name, const QString &html)
{
    if (html.isEmpty())
        m_documents.remove(name);
    else
        m_documents.insert(name, html);
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
    Library::ResourceStore resources(*m_db);
    const QString path = url.path();
    if (path.startsWith(QLatin1String("/article/"))) {
        bool ok = false;
        const qint64 id = path.mid(9).toLongLong(&ok);
        const auto article = ok ? store.article(id) : std::nullopt;
        if (!article) {
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
            return;
        }
        Library::PageOptions options;
        const QUrlQuery query(url);
        options.highlights = query.allQueryItemValues(QStringLiteral("highlight"), QUrl::FullyDecoded);
        options.images = query.queryItemValue(QStringLiteral("images")) != u"0";
        if (query.queryItemValue(QStringLiteral("print")) == u"1") {
            options.extraCss = printCss();
        } else {
            options.linkBase = QStringLiteral("%1://s0/").arg(QLatin1String(Scheme));
            options.theme = query.queryItemValue(QStringLiteral("theme"));
            options.fontFamily = query.queryItemValue(QStringLiteral("font"), QUrl::FullyDecoded);
            options.fontSize = query.queryItemValue(QStringLiteral("size")).toInt();
        }
        options.resourceBase = QStringLiteral("%1://s%2/resource/").arg(QLatin1String(Scheme)).arg(sourceId);
        reply(job, QByteArrayLiteral("text/html;charset=utf-8"),
              Library::ArticlePage::render(*article, resources, options).toUtf8());
        return;
    }
    // Several articles in one page, to print together: /chunk?ids=1,2,3&print=1[&images=0].
    if (path == u"/chunk") {
        const QUrlQuery query(url);
        QList<Library::ArticleDetail> articles;
        for (const QString &text : query.queryItemValue(QStringLiteral("ids")).split(u',', Qt::SkipEmptyParts)) {
            if (auto article = store.article(text.toLongLong()))
                articles << *article;
        }
        if (articles.isEmpty()) {
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
            return;
        }
        Library::PageOptions options;
        options.images = query.queryItemValue(QStringLiteral("images")) != u"0";
        options.extraCss = printCss();
        const auto base = [](qint64 source) { return QStringLiteral("%1://s%2/resource/").arg(QLatin1String(Scheme)).arg(source); };
        reply(job, QByteArrayLiteral("text/html;charset=utf-8"),
              Library::ArticlePage::renderMany(articles, resources, options, base).toUtf8());
        return;
    }
    // A page made by Gazette itself (the cover and contents of an export).
    if (path.startsWith(QLatin1String("/document/"))) {
        const auto it = m_documents.constFind(path.mid(10));
        if (it == m_documents.constEnd()) {
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
            return;
        }
        reply(job, QByteArrayLiteral("text/html;charset=utf-8"), it->toUtf8());
        return;
    }
    // A stored image, by the hash of its content.
    if (path.startsWith(QLatin1String("/resource/"))) {
        const auto content = resources.content(path.mid(10).toLatin1());
        if (!content) {
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
            return;
        }
        reply(job, content->second.toLatin1(), content->first);
        return;
    }
    job->fail(QWebEngineUrlRequestJob::UrlNotFound);
}

} // namespace Gazette::Browser
