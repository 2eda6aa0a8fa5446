// ArticleView: shows articles from the library in a web view that never reaches the network by itself.
#include "articleview.h"

#include "articleschemehandler.h"
#include "requestinterceptor.h"

#include <QDesktopServices>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

namespace Gazette::Ui {

namespace {

// Links the reader clicks open in the system browser; nothing else navigates the view.
class ArticlePage : public QWebEnginePage
{
public:
    using QWebEnginePage::QWebEnginePage;

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool) override
    {
        if (url.scheme() == QLatin1String(ArticleSchemeHandler::Scheme) || url.scheme() == u"data")
            return true;
        if (type == NavigationTypeLinkClicked
            && (url.scheme() == u"http" || url.scheme() == u"https" || url.scheme() == u"mailto"))
            QDesktopServices::openUrl(url);
        return false;
    }
};

} // namespace

ArticleView::ArticleView(QWidget *parent)
    : QWebEngineView(parent), m_handler(new ArticleSchemeHandler(this)), m_interceptor(nullptr)
{
    // Off the record (no storage name): no cookies, cache or history on disk.
    auto *profile = new QWebEngineProfile(this);
    profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_interceptor = new RequestInterceptor(profile);
    profile->setUrlRequestInterceptor(m_interceptor);
    profile->installUrlSchemeHandler(ArticleSchemeHandler::Scheme, m_handler);

    auto *page = new ArticlePage(profile, this);
    QWebEngineSettings *settings = page->settings();
    settings->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    settings->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    settings->setAttribute(QWebEngineSettings::DnsPrefetchEnabled, false);
    settings->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    setPage(page);
    setContextMenuPolicy(Qt::NoContextMenu);
}

ArticleView::~ArticleView()
{
    delete page(); // before the profile it uses
}

void ArticleView::setLibrary(const QString &path)
{
    m_handler->setLibrary(path);
}

void ArticleView::showArticle(qint64 sourceId, qint64 articleId, const QStringList &highlights)
{
    setUrl(ArticleSchemeHandler::articleUrl(sourceId, articleId, highlights));
}

void ArticleView::showPlaceholder(const QString &message)
{
    setHtml(QStringLiteral("<html><body style=\"font-family: sans-serif; color: #888; display: flex; "
                           "align-items: center; justify-content: center; height: 90vh;\">%1</body></html>")
                    .arg(message.toHtmlEscaped()),
            ArticleSchemeHandler::articleUrl(0, 0));
}

} // namespace Gazette::Ui
