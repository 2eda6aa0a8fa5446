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
    Browser::RequestInterceptor *interceptor() const;

signals:
    // The reader clicked a tag or the category in the article's header.
    void tagActivated(const QString &tag);
    void categoryActivated(const QString &path);

private:
    Browser::ReaderProfile *m_profile;
};

} // namespace Gazette::Ui
