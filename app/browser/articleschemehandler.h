// ArticleSchemeHandler: serves gazette:// pages: an article in the reader template, and its stored images.
#pragma once

#include <QHash>
#include <QWebEngineUrlSchemeHandler>

#include <memory>
#include <optional>

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
    // gazette://s<source>/article/<id>: an article in the reader template; its images are served as
    // gazette://s<source>/resource/<hash> from the library's resource store. With `highlights`, the page
    // marks those words and opens at the first of them. Query items print=1 (print styles) and images=0
    // (placeholders for every image) serve the PDF export.
    static QUrl articleUrl(qint64 sourceId, qint64 articleId, const QStringList &highlights = {});
    static QString printCss();

    void setLibrary(const QString &path);
    // A stored image by the address the page shows it at (gazette://s1/resource/<hash>): bytes and type.
    std::optional<std::pair<QByteArray, QString>> storedImage(const QUrl &url) const;
    // Serves `html` at gazette://s0/document/<name> (an empty `html` takes it away).
    void setDocument(const QString &name, const QString &html);
    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    std::unique_ptr<Library::Database> m_db;
    QHash<QString, QString> m_documents;
};

} // namespace Gazette::Browser
