// PdfExporter: articles to one PDF: each printed by an offscreen web page from the reader's own pages,
// then joined with a cover, a table of contents, page numbers and bookmarks.
#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPageLayout>
#include <QPageSize>
#include <QString>

#include <memory>

class QTemporaryDir;
class QWebEnginePage;

namespace Gazette::Browser {
class ReaderProfile;
class RequestInterceptor;
}

namespace Gazette::Export {

struct PdfOptions
{
    QPageSize::PageSizeId pageSize = defaultPageSize();
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    bool images = true; // false: images become their captions
    QString title; // what was exported ("Category: finance"), for the cover and the document's title

    // Letter where the locale measures in inches (the US), else A4.
    static QPageSize::PageSizeId defaultPageSize();
};

struct PdfReport
{
    QString output;
    int articles = 0;
    int pages = 0;
    qint64 bytes = 0;
    double seconds = 0;
    double firstArticleSeconds = 0; // the first article includes the web engine's start
    bool cancelled = false;
    QString error;
};

class PdfExporter : public QObject
{
    Q_OBJECT
public:
    // Pages render on the thread that owns the exporter, which must be the GUI thread (offscreen is fine).
    explicit PdfExporter(QString libraryPath, QObject *parent = nullptr);
    ~PdfExporter() override;

    // Starts the export and returns; `finished` reports. `output` is written only once complete (an
    // existing file is replaced then). Articles come in the order given.
    void start(const QList<qint64> &ids, const QString &output, const PdfOptions &options);
    void cancel();
    bool isRunning() const { return m_running; }

    // Every request the pages attempted goes through it (tests check that none leaves Gazette).
    Browser::RequestInterceptor *interceptor() const;

    static constexpr int ParallelPages = 3;
    static constexpr int ChunksPerPage = 3; // chunks a page prints before a fresh one takes over
    static constexpr int ChunkSize = 8; // articles printed in one go

signals:
    void progress(int done, int total);
    void finished(const Gazette::Export::PdfReport &report);

private:
    struct Item;
    void printNext(QWebEnginePage *page);
    void chunkPrinted(QWebEnginePage *page, int chunk, const QByteArray &pdf);
    void allPrinted();
    QWebEnginePage *freshPage(QWebEnginePage *page);
    void printFront(int tocPages);
    void finish(const QString &error = {});
    QPageLayout layout() const;

    QString m_libraryPath;
    Browser::ReaderProfile *m_profile;
    QList<QWebEnginePage *> m_pages;
    QHash<QWebEnginePage *, int> m_printedByPage;
    std::unique_ptr<QTemporaryDir> m_tmp;
    QList<Item> m_items;
    PdfOptions m_options;
    PdfReport m_report;
    int m_chunks = 0;
    int m_next = 0; // chunks started
    int m_done = 0; // chunks printed
    bool m_running = false;
    bool m_cancelled = false;
    qint64 m_started = 0;
};

} // namespace Gazette::Export

Q_DECLARE_METATYPE(Gazette::Export::PdfReport)
