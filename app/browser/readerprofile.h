// ReaderProfile: the web profile of every page Gazette shows or prints: off the record, its own scheme only.
#pragma once

#include <QWebEngineProfile>

class QWebEnginePage;

namespace Gazette::Browser {

class ArticleSchemeHandler;
class RequestInterceptor;

class ReaderProfile : public QWebEngineProfile
{
    Q_OBJECT
public:
    // Off the record (no storage name): no cookies, disk cache or history; the gazette:// scheme served from
    // the library at `libraryPath`; every other request blocked.
    explicit ReaderProfile(const QString &libraryPath = {}, QObject *parent = nullptr);
    ~ReaderProfile() override;

    void setLibrary(const QString &libraryPath);
    ArticleSchemeHandler *schemeHandler() const { return m_handler; }
    RequestInterceptor *interceptor() const { return m_interceptor; }

    // No JavaScript, no plugins, no access from local content to anything remote.
    static void lockDown(QWebEnginePage *page);

private:
    ArticleSchemeHandler *m_handler;
    RequestInterceptor *m_interceptor;
};

} // namespace Gazette::Browser
