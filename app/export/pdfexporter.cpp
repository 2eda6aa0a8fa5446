// PdfExporter: a small pipeline on the GUI thread (web pages print asynchronously), qpdf joins in a worker.
#include "pdfexporter.h"

#include "articleschemehandler.h"
#include "database.h"
#include "librarystore.h"
#include "pdfmerger.h"
#include "readerprofile.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QWebEnginePage>
#include <QtConcurrent/QtConcurrentRun>

namespace Gazette::Export {

namespace {

constexpr int MergeGroup = 100; // files joined at a time, so few stay open

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString frontHtml(const QString &title, const QList<std::tuple<QString, QString, int>> &entries, int articles)
{
    QString rows;
    for (const auto &[heading, date, page] : entries)
        rows += QStringLiteral("<tr><td class=\"date\">%1</td><td>%2</td><td class=\"page\">%3</td></tr>\n")
                        .arg(date.toHtmlEscaped(), heading.toHtmlEscaped())
                        .arg(page);
    const QString when = QLocale().toString(QDateTime::currentDateTime(), QLocale::LongFormat);
    return QStringLiteral(
                   "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                   "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
                   "<style>%1</style></head><body>"
                   "<section class=\"cover\"><h1>%2</h1><p>%3</p><p>%4</p><p>Gazette %5</p></section>"
                   "<section class=\"toc\"><h2>%6</h2><table>%7</table></section></body></html>")
            .arg(Browser::ArticleSchemeHandler::printCss(), title.toHtmlEscaped(),
                 PdfExporter::tr("%n article(s)", nullptr, articles), PdfExporter::tr("Exported %1").arg(when.toHtmlEscaped()),
                 QStringLiteral(GAZETTE_VERSION), PdfExporter::tr("Contents"), rows);
}

} // namespace

struct PdfExporter::Item
{
    qint64 id = 0;
    qint64 sourceId = 0;
    QString title;
    QString date;
    QString file;
    int pages = 0;
};

QPageSize::PageSizeId PdfOptions::defaultPageSize()
{
    return QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4;
}

PdfExporter::PdfExporter(QString libraryPath, QObject *parent)
    : QObject(parent), m_libraryPath(std::move(libraryPath)), m_profile(new Browser::ReaderProfile(m_libraryPath, this))
{
    qRegisterMetaType<Gazette::Export::PdfReport>();
    for (int i = 0; i < ParallelPages; ++i) {
        auto *page = new QWebEnginePage(m_profile, this);
        Browser::ReaderProfile::lockDown(page);
        m_pages << page;
    }
}

PdfExporter::~PdfExporter()
{
    qDeleteAll(m_pages); // before the profile they use
    m_pages.clear();
}

Browser::RequestInterceptor *PdfExporter::interceptor() const
{
    return m_profile->interceptor();
}

QPageLayout PdfExporter::layout() const
{
    return QPageLayout(QPageSize(m_options.pageSize), m_options.orientation, QMarginsF(18, 16, 18, 20), QPageLayout::Millimeter);
}

void PdfExporter::start(const QList<qint64> &ids, const QString &output, const PdfOptions &options)
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_options = options;
    m_report = {};
    m_report.output = output;
    m_items.clear();
    m_next = m_done = 0;
    m_started = nowMs();
    m_tmp = std::make_unique<QTemporaryDir>();
    if (!m_tmp->isValid()) {
        finish(tr("cannot make a temporary folder: %1").arg(m_tmp->errorString()));
        return;
    }

    Library::Database db;
    if (auto opened = db.open(m_libraryPath); !opened) {
        finish(opened.error());
        return;
    }
    Library::LibraryStore store(db);
    for (qint64 id : ids) {
        const auto article = store.article(id);
        if (!article) {
            finish(tr("no article with id %1").arg(id));
            return;
        }
        Item item;
        item.id = id;
        item.sourceId = article->row.sourceId;
        item.title = article->row.title;
        item.date = article->row.date.isValid() ? QLocale().toString(article->row.date.toLocalTime().date(), QLocale::ShortFormat)
                                                : QString();
        item.file = m_tmp->filePath(QStringLiteral("chunk-%1.pdf").arg(m_items.size() / ChunkSize, 5, 10, QLatin1Char(u'0')));
        m_items << item;
    }
    m_chunks = int((m_items.size() + ChunkSize - 1) / ChunkSize);
    m_report.articles = int(m_items.size());
    if (m_items.isEmpty()) {
        finish(tr("no articles to export"));
        return;
    }
    emit progress(0, int(m_items.size()));
    for (QWebEnginePage *page : std::as_const(m_pages))
        printNext(page);
}

void PdfExporter::cancel()
{
    if (m_running)
        m_cancelled = true;
}

// Articles print ChunkSize at a time, in one page each time (Chromium's print has a large cost per call):
// each article starts a new printed page, and its title is an anchor, so the PDF's named destinations say
// on which page each one starts.
void PdfExporter::printNext(QWebEnginePage *page)
{
    if (m_cancelled || m_next >= m_chunks)
        return;
    const int chunk = m_next++;
    QStringList ids;
    for (int i = chunk * ChunkSize; i < std::min<int>((chunk + 1) * ChunkSize, int(m_items.size())); ++i)
        ids << QString::number(m_items[i].id);
    QUrl url(QStringLiteral("%1://s0/chunk").arg(QLatin1String(Browser::ArticleSchemeHandler::Scheme)));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("ids"), ids.join(u','));
    query.addQueryItem(QStringLiteral("print"), QStringLiteral("1"));
    if (!m_options.images)
        query.addQueryItem(QStringLiteral("images"), QStringLiteral("0"));
    url.setQuery(query);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(page, &QWebEnginePage::loadFinished, this, [this, page, chunk, connection](bool ok) {
        disconnect(*connection);
        if (!ok) {
            chunkPrinted(page, chunk, {});
            return;
        }
        page->printToPdf([this, page, chunk](const QByteArray &pdf) { chunkPrinted(page, chunk, pdf); }, layout());
    });
    page->load(url);
}

void PdfExporter::chunkPrinted(QWebEnginePage *page, int chunk, const QByteArray &pdf)
{
    if (!m_running)
        return;
    const int first = chunk * ChunkSize;
    const int end = std::min<int>(first + ChunkSize, int(m_items.size()));
    const auto fail = [this](const QString &error) {
        m_cancelled = true;
        finish(error);
    };
    if (pdf.isEmpty())
        return fail(tr("could not print article %1 (%2)").arg(m_items[first].id).arg(m_items[first].title));
    const auto pages = PdfMerger::pageCount(pdf);
    const auto starts = PdfMerger::destinations(pdf);
    if (!pages || !starts)
        return fail(pages ? starts.error() : pages.error());
    for (int i = first; i < end; ++i) {
        // The first starts the chunk (Chromium records no destination at the very top of a document).
        const int start = i == first ? 0 : starts->value(QStringLiteral("gazette-article-%1").arg(m_items[i].id), -1);
        const int next = i + 1 < end ? starts->value(QStringLiteral("gazette-article-%1").arg(m_items[i + 1].id), -1) : pages.value();
        if (start < 0 || next <= start)
            return fail(tr("could not place article %1 (%2) in the printed pages").arg(m_items[i].id).arg(m_items[i].title));
        m_items[i].pages = next - start;
    }
    QFile file(m_items[first].file);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.flush())
        return fail(tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    if (m_done == 0)
        m_report.firstArticleSeconds = (nowMs() - m_started) / 1000.0;
    ++m_done;
    emit progress(end == int(m_items.size()) ? end : std::min(int(m_items.size()), m_done * ChunkSize), int(m_items.size()));
    if (m_cancelled) {
        if (m_done == m_next) { // nothing printing any more
            m_report.cancelled = true;
            finish();
        }
        return;
    }
    if (m_done == m_chunks) {
        allPrinted();
        return;
    }
    printNext(freshPage(page));
}

// Chromium keeps what a page printed until the page goes: a page per few articles keeps memory flat.
QWebEnginePage *PdfExporter::freshPage(QWebEnginePage *page)
{
    if (++m_printedByPage[page] < ChunksPerPage)
        return page;
    const qsizetype slot = m_pages.indexOf(page);
    auto *fresh = new QWebEnginePage(m_profile, this);
    Browser::ReaderProfile::lockDown(fresh);
    m_pages[slot] = fresh;
    m_printedByPage.remove(page);
    page->deleteLater();
    return fresh;
}

void PdfExporter::allPrinted()
{
    if (m_items.size() == 1) {
        printFront(-1);
        return;
    }
    // The contents list needs the page where each article starts, which depends on its own length: start
    // from an estimate and print it again if it comes out longer.
    printFront(1 + int(m_items.size()) / 30);
}

void PdfExporter::printFront(int tocPages)
{
    const QString frontFile = m_tmp->filePath(QStringLiteral("front.pdf"));
    const auto join = [this, frontFile](bool withFront) {
        QStringList inputs;
        QList<OutlineEntry> outline;
        int page = 0;
        if (withFront) {
            inputs << frontFile;
            page = PdfMerger::pageCount(frontFile).value();
        }
        for (const Item &item : std::as_const(m_items)) {
            outline.append({ item.title, page });
            page += item.pages;
        }
        m_report.pages = page;
        const QString output = m_report.output;
        const QString title = m_options.title.isEmpty() ? m_items.constFirst().title : m_options.title;
        const bool numbered = withFront || page > 1;
        QStringList articleFiles; // one file a chunk of articles
        for (const Item &item : std::as_const(m_items))
            if (articleFiles.isEmpty() || articleFiles.constLast() != item.file)
                articleFiles << item.file;
        const QString tmp = m_tmp->path();
        auto *watcher = new QFutureWatcher<QString>(this);
        connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
            watcher->deleteLater();
            finish(watcher->result());
        });
        watcher->setFuture(QtConcurrent::run([inputs, articleFiles, outline, output, title, numbered, withFront, tmp]() -> QString {
            // Join articles in groups first, so that only a few files are open at once.
            QStringList parts = inputs;
            for (qsizetype from = 0; from < articleFiles.size(); from += MergeGroup) {
                const QStringList group = articleFiles.mid(from, MergeGroup);
                if (articleFiles.size() <= MergeGroup) {
                    parts << group;
                    break;
                }
                const QString part = QStringLiteral("%1/part-%2.pdf").arg(tmp).arg(from / MergeGroup, 4, 10, QLatin1Char('0'));
                if (auto done = PdfMerger::merge(group, part); !done)
                    return done.error();
                parts << part;
            }
            const QString partial = output + QStringLiteral(".part");
            if (auto done = PdfMerger::merge(parts, partial, numbered ? (withFront ? 1 : 0) : -1,
                                             outline.size() > 1 ? outline : QList<OutlineEntry>(), title);
                !done) {
                QFile::remove(partial);
                return done.error();
            }
            QFile::remove(output);
            if (!QFile::rename(partial, output)) {
                QFile::remove(partial);
                return QStringLiteral("%1: cannot write the file").arg(output);
            }
            return {};
        }));
    };
    if (tocPages < 0) {
        join(false);
        return;
    }

    QList<std::tuple<QString, QString, int>> entries;
    int page = 1 + tocPages + 1; // the cover, the contents, then the first article
    for (const Item &item : std::as_const(m_items)) {
        entries.append({ item.title, item.date, page });
        page += item.pages;
    }
    const QString title = m_options.title.isEmpty() ? tr("%n article(s)", nullptr, int(m_items.size())) : m_options.title;
    m_profile->schemeHandler()->setDocument(QStringLiteral("front"), frontHtml(title, entries, int(m_items.size())));
    QWebEnginePage *page0 = m_pages.constFirst();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(page0, &QWebEnginePage::loadFinished, this, [this, page0, connection, tocPages, frontFile, join](bool ok) {
        disconnect(*connection);
        if (!ok) {
            finish(tr("could not print the contents"));
            return;
        }
        page0->printToPdf([this, tocPages, frontFile, join](const QByteArray &pdf) {
            const auto pages = PdfMerger::pageCount(pdf);
            if (!pages) {
                finish(tr("could not print the contents"));
                return;
            }
            const int actualToc = pages.value() - 1;
            if (actualToc > tocPages) { // the page numbers in it were too small: again, with the real length
                printFront(actualToc);
                return;
            }
            QFile file(frontFile);
            if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size()) {
                finish(tr("cannot write %1: %2").arg(frontFile, file.errorString()));
                return;
            }
            file.close();
            join(true);
        }, layout());
    });
    page0->load(QUrl(QStringLiteral("%1://s0/document/front").arg(QLatin1String(Browser::ArticleSchemeHandler::Scheme))));
}

void PdfExporter::finish(const QString &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_report.error = error;
    m_report.seconds = (nowMs() - m_started) / 1000.0;
    if (error.isEmpty() && !m_report.cancelled)
        m_report.bytes = QFileInfo(m_report.output).size();
    m_profile->schemeHandler()->setDocument(QStringLiteral("front"), {});
    m_tmp.reset();
    emit finished(m_report);
}

} // namespace Gazette::Export
