// ArticleView: shows articles from the library in a web view that never reaches the network by itself.
#pragma once

#include <QWebEngineView>

namespace Gazette::Browser {
class ReaderProfile;
class RequestInterceptor;
}

namespace Gazette::Ui {

class ArticleView : public QWebEngineView
{
    Q_OBJECT
public:
    explicit ArticleView(QWidget *parent = nullptr);
    ~ArticleView() override;

    void setLibrary(const QString &path);
    void showArticle(qint64 sourceId, qint64 articleId, const QStringList &highlights = {});
    void showPlaceholder(const QString &message);
    // The reader's look: theme "light", "dark", "sepia" or "system"; the body font and size (px, 0: default).
    void setAppearance(const QString &theme, const QString &fontFamily, int fontSize);
    QString effectiveTheme() const;
    Browser::RequestInterceptor *interceptor() const;

signals:
    // The reader clicked a tag or the category in the article's header.
    void tagActivated(const QString &tag);
    void categoryActivated(const QString &path);
    void exportRequested(); // "Export to PDF..." from the context menu

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QUrl withLook(QUrl url) const;

    Browser::ReaderProfile *m_profile;
    QString m_theme = QStringLiteral("system");
    QString m_fontFamily;
    int m_fontSize = 0;
    QUrl m_current;
};

} // namespace Gazette::Ui
