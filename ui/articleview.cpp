// ArticleView: shows articles from the library in a web view that never reaches the network by itself.
#include "articleview.h"

#include "articleschemehandler.h"
#include "readerprofile.h"
#include "requestinterceptor.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QWebEngineContextMenuRequest>
#include <QUrlQuery>

#include <functional>
#include <QWebEnginePage>

namespace Gazette::Ui {

namespace {

// Links the reader clicks open in the system browser; nothing else navigates the view.
class ArticlePage : public QWebEnginePage
{
public:
    using QWebEnginePage::QWebEnginePage;
    std::function<void(const QUrl &)> onReaderLink; // the article's tag and category links

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool) override
    {
        const bool ours = url.scheme() == QLatin1String(Browser::ArticleSchemeHandler::Scheme);
        if (ours && type == NavigationTypeLinkClicked && url.host() == u"s0") {
            if (onReaderLink)
                onReaderLink(url);
            return false;
        }
        if (ours || url.scheme() == u"data")
            return true;
        if (type == NavigationTypeLinkClicked
            && (url.scheme() == u"http" || url.scheme() == u"https" || url.scheme() == u"mailto"))
            QDesktopServices::openUrl(url);
        return false;
    }
};

} // namespace

ArticleView::ArticleView(QWidget *parent) : QWebEngineView(parent), m_profile(new Browser::ReaderProfile({}, this))
{
    auto *page = new ArticlePage(m_profile, this);
    Browser::ReaderProfile::lockDown(page);
    page->onReaderLink = [this](const QUrl &url) {
        const QString path = url.path(QUrl::FullyDecoded);
        if (path.startsWith(QLatin1String("/tag/")))
            emit tagActivated(path.mid(5));
        else if (path.startsWith(QLatin1String("/category/")))
            emit categoryActivated(path.mid(10));
    };
    setPage(page);
}

ArticleView::~ArticleView()
{
    delete page(); // before the profile it uses
}

Browser::RequestInterceptor *ArticleView::interceptor() const
{
    return m_profile->interceptor();
}

void ArticleView::setLibrary(const QString &path)
{
    m_profile->setLibrary(path);
}

QString ArticleView::effectiveTheme() const
{
    if (m_theme != u"system")
        return m_theme;
    // Qt 6.4 has no colour-scheme hint: a dark window palette means a dark desktop.
    return palette().color(QPalette::Window).lightness() < 128 ? QStringLiteral("dark") : QStringLiteral("light");
}

// Only what a reader needs: copy, open or copy a link, save an image, print to PDF.
void ArticleView::contextMenuEvent(QContextMenuEvent *event)
{
    const QWebEngineContextMenuRequest *request = lastContextMenuRequest();
    QMenu menu(this);
    if (request && !request->selectedText().isEmpty())
        menu.addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy"), this,
                       [this] { page()->triggerAction(QWebEnginePage::Copy); });
    const QUrl link = request ? request->linkUrl() : QUrl();
    if (link.scheme() == u"http" || link.scheme() == u"https" || link.scheme() == u"mailto") {
        menu.addAction(QIcon::fromTheme(QStringLiteral("internet-web-browser")), tr("&Open Link in Browser"), this,
                       [link] { QDesktopServices::openUrl(link); });
        menu.addAction(tr("Copy &Link Address"), this, [link] { QGuiApplication::clipboard()->setText(link.toString()); });
    }
    const QUrl image = request && request->mediaType() == QWebEngineContextMenuRequest::MediaTypeImage ? request->mediaUrl() : QUrl();
    if (const auto stored = m_profile->schemeHandler()->storedImage(image)) {
        menu.addAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save Image As..."), this, [this, stored] {
            const QString suffix = QMimeDatabase().mimeTypeForName(stored->second).preferredSuffix();
            const QString file = QFileDialog::getSaveFileName(this, tr("Save Image"),
                                                              QStringLiteral("image.%1").arg(suffix.isEmpty() ? QStringLiteral("png") : suffix));
            QFile out(file);
            if (!file.isEmpty() && (!out.open(QIODevice::WriteOnly) || out.write(stored->first) != stored->first.size()))
                QMessageBox::warning(this, tr("Save Image"), tr("Cannot write %1: %2").arg(file, out.errorString()));
        });
    }
    if (!menu.isEmpty())
        menu.addSeparator();
    menu.addAction(QIcon::fromTheme(QStringLiteral("document-print")), tr("&Print to PDF..."), this, &ArticleView::exportRequested);
    menu.exec(event->globalPos());
}

QUrl ArticleView::withLook(QUrl url) const
{
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("theme"), effectiveTheme());
    if (!m_fontFamily.isEmpty())
        query.addQueryItem(QStringLiteral("font"), m_fontFamily);
    if (m_fontSize > 0)
        query.addQueryItem(QStringLiteral("size"), QString::number(m_fontSize));
    url.setQuery(query);
    return url;
}

void ArticleView::setAppearance(const QString &theme, const QString &fontFamily, int fontSize)
{
    m_theme = theme;
    m_fontFamily = fontFamily;
    m_fontSize = fontSize;
    if (m_current.isValid())
        setUrl(withLook(m_current));
}

void ArticleView::showArticle(qint64 sourceId, qint64 articleId, const QStringList &highlights)
{
    m_current = Browser::ArticleSchemeHandler::articleUrl(sourceId, articleId, highlights);
    setUrl(withLook(m_current));
}

void ArticleView::showPlaceholder(const QString &message)
{
    m_current = QUrl();
    setHtml(QStringLiteral("<html><body style=\"font-family: sans-serif; color: #888; display: flex; "
                           "align-items: center; justify-content: center; height: 90vh;\">%1</body></html>")
                    .arg(message.toHtmlEscaped()),
            Browser::ArticleSchemeHandler::articleUrl(0, 0));
}

} // namespace Gazette::Ui
