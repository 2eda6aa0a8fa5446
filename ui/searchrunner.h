// SearchRunner: runs searches on a worker thread with its own library connection; the UI never waits.
#pragma once

#include "articlefilter.h"
#include "librarystore.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace Gazette::Ui {

class SearchWorker;

class SearchRunner : public QObject
{
    Q_OBJECT
public:
    explicit SearchRunner(QObject *parent = nullptr);
    ~SearchRunner() override;

    void setLibrary(const QString &path);
    // Starts a search; a newer request makes the results of older ones stale (they are dropped).
    void search(const QString &query, const Library::ArticleFilter &filter);

signals:
    void finished(const QString &query, const QList<Gazette::Library::SearchHit> &hits, const QString &error);

private:
    QThread m_thread;
    SearchWorker *m_worker;
    int m_latest = 0;
    QAtomicInt m_requested; // read by the worker to skip requests already superseded
};

} // namespace Gazette::Ui
