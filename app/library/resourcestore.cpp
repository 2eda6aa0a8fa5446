// ResourceStore: the resources, resource_blobs and article_resources tables.
#include "resourcestore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace Gazette::Library {

QByteArray ResourceStore::hashOf(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

std::optional<StoredResource> ResourceStore::find(const QString &url) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT hash, mime, size FROM resources WHERE url = ? AND status = 1"));
    q.addBindValue(url);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return StoredResource { q.value(0).toByteArray(), q.value(1).toString(), q.value(2).toLongLong() };
}

std::optional<std::pair<QByteArray, QString>> ResourceStore::content(const QByteArray &hash) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT b.data, (SELECT mime FROM resources r WHERE r.hash = b.hash LIMIT 1) "
                             "FROM resource_blobs b WHERE b.hash = ?"));
    q.addBindValue(hash);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return std::pair { q.value(0).toByteArray(), q.value(1).toString() };
}

Gazette::Status ResourceStore::store(const QString &url, const QByteArray &data, const QString &mime)
{
    const QByteArray hash = hashOf(data);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO resource_blobs (hash, data) VALUES (?, ?)"));
    q.addBindValue(hash);
    q.addBindValue(data);
    if (!q.exec())
        return Gazette::Status::failure(Database::describe(q.lastError()));
    q.prepare(QStringLiteral(
            "INSERT INTO resources (url, hash, mime, size, status, error, attempts, next_attempt, fetched_at) "
            "VALUES (?, ?, ?, ?, 1, '', 0, 0, ?) ON CONFLICT (url) DO UPDATE SET hash = excluded.hash, "
            "mime = excluded.mime, size = excluded.size, status = 1, error = '', next_attempt = 0, "
            "fetched_at = excluded.fetched_at"));
    q.addBindValue(url);
    q.addBindValue(hash);
    q.addBindValue(mime);
    q.addBindValue(qint64(data.size()));
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!q.exec())
        return Gazette::Status::failure(Database::describe(q.lastError()));
    return success();
}

Gazette::Status ResourceStore::fail(const QString &url, const QString &reason, qint64 retryAfter)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
            "INSERT INTO resources (url, status, error, attempts, next_attempt) VALUES (?, 2, ?, 1, ?) "
            "ON CONFLICT (url) DO UPDATE SET status = 2, error = excluded.error, attempts = attempts + 1, "
            "next_attempt = excluded.next_attempt WHERE status <> 1"));
    q.addBindValue(url);
    q.addBindValue(reason);
    q.addBindValue(retryAfter < 0 ? std::numeric_limits<qint64>::max() : QDateTime::currentSecsSinceEpoch() + retryAfter);
    if (!q.exec())
        return Gazette::Status::failure(Database::describe(q.lastError()));
    return success();
}

QString ResourceStore::failure(const QString &url) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT error FROM resources WHERE url = ? AND status = 2"));
    q.addBindValue(url);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

Result<ResourceCounts> ResourceStore::counts() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT sum(status = 1), sum(status = 2), sum(status = 0), "
                               "(SELECT coalesce(sum(length(data)), 0) FROM resource_blobs) FROM resources"))
        || !q.next())
        return Result<ResourceCounts>::failure(Database::describe(q.lastError()));
    return ResourceCounts { q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toLongLong() };
}

} // namespace Gazette::Library
