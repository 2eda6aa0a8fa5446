// RequestInterceptor: the whole network policy of the article view: nothing leaves Gazette's own scheme.
#pragma once

#include <QWebEngineUrlRequestInterceptor>

namespace Gazette::Browser {

class RequestInterceptor : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;
    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

    static bool isAllowed(const QUrl &url);

signals:
    // Every request a page attempted, and whether it went through (for the status bar's log and tests).
    void requested(const QUrl &url, bool allowed);
};

} // namespace Gazette::Browser
