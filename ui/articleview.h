// ArticleView: shows articles from the library in a web view that never reaches the network by itself.
#pragma once

#include <QWebEngineView>

namespace Gazette::Ui {

class ArticleSchemeHandler;
class RequestInterceptor;

class ArticleView : public QWebEngineView
{
    Q_OBJECT
public:
    explicit ArticleView(QWidget *parent = nullptr);
    ~ArticleView() override;

    void setLibrary(const QString &path);
    void showArticle(qint64 sourceId, qint64 articleId, const QStringList &highlights = {});
    void showPlaceholder(const QString &message);
    RequestInterceptor *interceptor() const { return m_interceptor; }

private:
    ArticleSchemeHandler *m_handler;
    RequestInterceptor *m_interceptor;
};

} // namespace Gazette::Ui
