// SearchRunner: runs searches on a worker thread with its own library connection; the UI never waits.
#include "searchrunner.h"

#include "database.h"

namespace Gazette::Ui {

// Lives on the worker thread: owns the connection it searches with.
class SearchWorker : public QObject
{
    Q_OBJECT
public:
    void open(const QString &path)
    {
        m_db = std::make_unique<Library::Database>();
        if (!m_db->open(path))
            m_db.reset();
    }

    void run(int request, const QString &text, const Library::ArticleFilter &filter, const QAtomicInt *latest)
    {
        if (request != latest->loadRelaxed())
            return; // typed past already
        QList<Library::SearchHit> hits;
        QString error;
        if (!m_db) {
            error = QStringLiteral("the library is not open");
        } else if (const auto query = Library::SearchQuery::parse(text); !query) {
            error = query.error();
        } else if (auto found = Library::LibraryStore(*m_db).search(query.value(), filter); !found) {
            error = found.error();
        } else {
            hits = std::move(found).value();
        }
        emit done(request, text, hits, error);
    }

signals:
    void done(int request, const QString &query, const QList<Gazette::Library::SearchHit> &hits, const QString &error);

private:
    std::unique_ptr<Library::Database> m_db;
};

SearchRunner::SearchRunner(QObject *parent) : QObject(parent), m_worker(new SearchWorker)
{
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SearchWorker::done, this,
            [this](int request, const QString &query, const QList<Library::SearchHit> &hits, const QString &error) {
                if (request == m_latest)
                    emit finished(query, hits, error);
            });
    m_thread.start();
}

SearchRunner::~SearchRunner()
{
    m_thread.quit();
    m_thread.wait();
}

void SearchRunner::setLibrary(const QString &path)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, path] { worker->open(path); });
}

void SearchRunner::search(const QString &query, const Library::ArticleFilter &filter)
{
    const int request = ++m_latest;
    m_requested.storeRelaxed(request);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, request, query, filter, latest = &m_requested] {
        worker->run(request, query, filter, latest);
    });
}

} // namespace Gazette::Ui

#include "searchrunner.moc"
