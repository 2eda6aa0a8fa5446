// RequestInterceptor: the whole network policy of the article view: nothing leaves Gazette's own scheme.
#include "requestinterceptor.h"

#include "articleschemehandler.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcBrowser, "gazette.browser", QtWarningMsg)

namespace Gazette::Browser {

bool RequestInterceptor::isAllowed(const QUrl &url)
{
    const QString scheme = url.scheme();
    return scheme == QLatin1String(ArticleSchemeHandler::Scheme) || scheme == u"data";
}

void RequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const bool allowed = isAllowed(info.requestUrl());
    emit requested(info.requestUrl(), allowed);
    if (allowed)
        return;
    qCDebug(lcBrowser) << "blocked" << info.requestUrl().toString(QUrl::RemoveQuery) << "from"
                       << info.firstPartyUrl().toString();
    info.block(true);
}

} // namespace Gazette::Browser
