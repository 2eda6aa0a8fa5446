// ResourceFetcher: downloads the images articles show into the library's resource store, within limits.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QNetworkReply;

namespace Gazette::Library {
class Database;
}

namespace Gazette::Offline {

struct FetchLimits
{
    int concurrency = 4; // requests at a time
    int timeoutMs = 20000; // per request, without progress
    qint64 maxBytes = 16 * 1024 * 1024;
    int maxRedirects = 5;
};

struct FetchFailure
{
    QString url;
    QString reason;
};

struct OfflineReport
{
    int total = 0;
    int fetched = 0;
    int failed = 0;
    qint64 bytes = 0;
    bool cancelled = false;
    QString error; // the library could not be opened or written
    QList<FetchFailure> failures;

    QString summary() const; // "12 images stored (1.2 MB), 2 failed"
    QJsonObject toJson() const;
};

class ResourceFetcher : public QObject
{
    Q_OBJECT
public:
    explicit ResourceFetcher(QString libraryPath, FetchLimits limits = {}, QObject *parent = nullptr);
    ~ResourceFetcher() override;

    // Fetches these addresses, a few at a time, and stores what arrives; returns at once, emits `finished`.
    // Call it in the thread the fetcher lives in (QMetaObject::invokeMethod from elsewhere).
    Q_INVOKABLE void fetch(const QStringList &urls);
    // Thread-safe through a queued call: stops starting requests and aborts those running.
    Q_INVOKABLE void cancel();

signals:
    void progress(int done, int total);
    void finished(const Gazette::Offline::OfflineReport &report);

private:
    void startNext();
    void onReplyFinished(QNetworkReply *reply);
    void record(const QString &url, const QString &reason, bool transient);
    void finishIfDone();

    QString m_libraryPath;
    FetchLimits m_limits;
    QNetworkAccessManager m_network;
    std::unique_ptr<Library::Database> m_db;
    QStringList m_queue;
    QHash<QNetworkReply *, QString> m_running;
    QHash<QNetworkReply *, QString> m_abortReasons;
    OfflineReport m_report;
    int m_done = 0;
    bool m_active = false;
};

} // namespace Gazette::Offline

Q_DECLARE_METATYPE(Gazette::Offline::OfflineReport)
