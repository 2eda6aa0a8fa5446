// ReaderProfile: one place for the settings that keep article pages offline and inert.
#include "readerprofile.h"

#include "articleschemehandler.h"
#include "requestinterceptor.h"

#include <QWebEnginePage>
#include <QWebEngineSettings>

namespace Gazette::Browser {

ReaderProfile::ReaderProfile(const QString &libraryPath, QObject *parent)
    : QWebEngineProfile(parent), m_handler(new ArticleSchemeHandler(this)), m_interceptor(new RequestInterceptor(this))
{
    setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    setUrlRequestInterceptor(m_interceptor);
    installUrlSchemeHandler(ArticleSchemeHandler::Scheme, m_handler);
    if (!libraryPath.isEmpty())
        m_handler->setLibrary(libraryPath);
}

ReaderProfile::~ReaderProfile() = default;

void ReaderProfile::setLibrary(const QString &libraryPath)
{
    m_handler->setLibrary(libraryPath);
}

void ReaderProfile::lockDown(QWebEnginePage *page)
{
    QWebEngineSettings *settings = page->settings();
    settings->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    settings->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    settings->setAttribute(QWebEngineSettings::DnsPrefetchEnabled, false);
    settings->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
}

} // namespace Gazette::Browser
