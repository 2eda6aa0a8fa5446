// ArticleSchemeHandler: serves gazette:// pages: an article in the reader template, and its stored images.
#pragma once

#include <QWebEngineUrlSchemeHandler>

#include <memory>

namespace Gazette::Library {
class Database;
}

namespace Gazette::Browser {

class ArticleSchemeHandler : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT
public:
    static constexpr const char *Scheme = "gazette";

    explicit ArticleSchemeHandler(QObject *parent = nullptr);
    ~ArticleSchemeHandler() override;

    // Must run before the QApplication is made.
    static void registerScheme();
    // gazette://s<source>/article/<id>: the host is the article's source, so that site-relative images
    // (/assets/a.png) resolve to gazette://s<source>/assets/a.png, served from the source folder.
    // With `highlights`, the page marks those words and opens at the first of them.
    static QUrl articleUrl(qint64 sourceId, qint64 articleId, const QStringList &highlights = {});

    void setLibrary(const QString &path);
    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    std::unique_ptr<Library::Database> m_db;
};

} // namespace Gazette::Browser
