// ResourceFetcher: QNetworkAccessManager with a concurrency limit, timeouts, a size cap, a redirect limit and
// content sniffing; results go to the ResourceStore, failures are kept with their reason and tried again later.
#include "resourcefetcher.h"

#include "database.h"
#include "resourcestore.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QMimeDatabase>
#include <QNetworkReply>
#include <QNetworkRequest>

Q_LOGGING_CATEGORY(lcOffline, "gazette.offline", QtWarningMsg)

namespace Gazette::Offline {

namespace {

constexpr qint64 RetryTransient = 3600; // a timeout or a server error: try again in an hour
constexpr qint64 RetryPermanent = 7 * 24 * 3600; // 404, not an image, too large: in a week

QString megabytes(qint64 bytes)
{
    return QStringLiteral("%1 MB").arg(bytes / 1e6, 0, 'f', bytes < 10'000'000 ? 1 : 0);
}

} // namespace

QString OfflineReport::summary() const
{
    QString text = QStringLiteral("%1 of %2 images stored (%3)").arg(fetched).arg(total).arg(megabytes(bytes));
    if (failed)
        text += QStringLiteral(", %1 failed").arg(failed);
    if (cancelled)
        text += QStringLiteral(", cancelled");
    return text;
}

QJsonObject OfflineReport::toJson() const
{
    QJsonArray list;
    for (const FetchFailure &f : failures)
        list.append(QJsonObject { { QStringLiteral("url"), f.url }, { QStringLiteral("reason"), f.reason } });
    return { { QStringLiteral("total"), total },     { QStringLiteral("fetched"), fetched },
             { QStringLiteral("failed"), failed },   { QStringLiteral("bytes"), bytes },
             { QStringLiteral("cancelled"), cancelled }, { QStringLiteral("failures"), list },
             { QStringLiteral("error"), error.isEmpty() ? QJsonValue() : QJsonValue(error) } };
}

ResourceFetcher::ResourceFetcher(QString libraryPath, FetchLimits limits, QObject *parent)
    : QObject(parent), m_libraryPath(std::move(libraryPath)), m_limits(limits)
{
    qRegisterMetaType<Gazette::Offline::OfflineReport>();
    m_network.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    m_network.setTransferTimeout(m_limits.timeoutMs);
}

ResourceFetcher::~ResourceFetcher()
{
    for (QNetworkReply *reply : m_running.keys())
        reply->abort();
}

void ResourceFetcher::fetch(const QStringList &urls)
{
    m_report = {};
    m_done = 0;
    m_queue = urls;
    m_queue.removeDuplicates();
    m_report.total = int(m_queue.size());
    m_active = true;
    if (!m_db) {
        m_db = std::make_unique<Library::Database>();
        if (auto opened = m_db->open(m_libraryPath); !opened) {
            m_report.error = opened.error();
            m_db.reset();
            m_queue.clear();
        }
    }
    emit progress(0, m_report.total);
    startNext();
    finishIfDone();
}

void ResourceFetcher::cancel()
{
    if (!m_active)
        return;
    m_report.cancelled = true;
    m_queue.clear();
    for (QNetworkReply *reply : m_running.keys()) {
        m_abortReasons.insert(reply, QStringLiteral("cancelled"));
        reply->abort();
    }
}

void ResourceFetcher::startNext()
{
    while (m_running.size() < m_limits.concurrency && !m_queue.isEmpty()) {
        const QString url = m_queue.takeFirst();
        QNetworkRequest request { QUrl(url) };
        request.setMaximumRedirectsAllowed(m_limits.maxRedirects);
        request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Gazette/" GAZETTE_VERSION " (offline news reader)"));
        request.setRawHeader("Accept", "image/avif,image/webp,image/png,image/jpeg,image/gif,image/*;q=0.8");
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
        QNetworkReply *reply = m_network.get(request);
        m_running.insert(reply, url);
        const qint64 cap = m_limits.maxBytes;
        const auto tooLarge = [this, reply, cap](qint64 size) {
            if (size > cap && m_running.contains(reply) && !m_abortReasons.contains(reply)) {
                m_abortReasons.insert(reply, QStringLiteral("larger than %1").arg(megabytes(cap)));
                reply->abort();
            }
        };
        connect(reply, &QNetworkReply::metaDataChanged, this, [reply, tooLarge] {
            if (reply->attribute(QNetworkRequest::RedirectionTargetAttribute).isValid())
                return;
            tooLarge(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong());
        });
        connect(reply, &QNetworkReply::downloadProgress, this, [tooLarge](qint64 received, qint64) { tooLarge(received); });
        connect(reply, &QNetworkReply::finished, this, [this, reply] { onReplyFinished(reply); });
    }
}

void ResourceFetcher::onReplyFinished(QNetworkReply *reply)
{
    reply->disconnect(this); // an aborted reply may still report progress
    reply->deleteLater();
    if (!m_running.contains(reply))
        return;
    const QString url = m_running.take(reply);
    const QString aborted = m_abortReasons.take(reply);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!aborted.isEmpty()) {
        if (aborted != u"cancelled")
            record(url, aborted, false);
    } else if (reply->error() == QNetworkReply::TooManyRedirectsError) {
        record(url, QStringLiteral("more than %1 redirects (a redirect loop?)").arg(m_limits.maxRedirects), false);
    } else if (reply->error() == QNetworkReply::InsecureRedirectError) {
        record(url, QStringLiteral("redirected from https to http"), false);
    } else if (reply->error() == QNetworkReply::OperationCanceledError) {
        record(url, QStringLiteral("no answer within %1 s").arg(m_limits.timeoutMs / 1000.0), true);
    } else if (status >= 400) {
        const QString phrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        record(url, QStringLiteral("HTTP %1 %2").arg(status).arg(phrase).trimmed(), status >= 500 || status == 429 || status == 408);
    } else if (reply->error() != QNetworkReply::NoError) {
        record(url, reply->errorString(), true);
    } else {
        const QByteArray data = reply->readAll();
        const QString mime = QMimeDatabase().mimeTypeForData(data).name();
        if (data.size() > m_limits.maxBytes) {
            record(url, QStringLiteral("larger than %1").arg(megabytes(m_limits.maxBytes)), false);
        } else if (!mime.startsWith(QLatin1String("image/")) || mime == u"image/svg+xml") {
            record(url, QStringLiteral("not an image (%1)").arg(mime), false);
        } else if (auto stored = Library::ResourceStore(*m_db).store(url, data, mime); !stored) {
            m_report.error = stored.error();
            cancel();
        } else {
            ++m_report.fetched;
            m_report.bytes += data.size();
        }
    }
    ++m_done;
    emit progress(m_done, m_report.total);
    startNext();
    finishIfDone();
}

void ResourceFetcher::record(const QString &url, const QString &reason, bool transient)
{
    qCDebug(lcOffline) << "failed" << url << reason;
    ++m_report.failed;
    m_report.failures.append({ url, reason });
    if (auto done = Library::ResourceStore(*m_db).fail(url, reason, transient ? RetryTransient : RetryPermanent); !done) {
        m_report.error = done.error();
        cancel();
    }
}

void ResourceFetcher::finishIfDone()
{
    if (!m_active || !m_running.isEmpty() || !m_queue.isEmpty())
        return;
    m_active = false;
    emit finished(m_report);
}

} // namespace Gazette::Offline
