// ResourceStore: the images articles show, stored in the library by content (SHA-256), for reading offline.
#pragma once

#include "database.h"
#include "result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Gazette::Library {

struct StoredResource
{
    QByteArray hash; // SHA-256 of the bytes, hex
    QString mime;
    qint64 size = 0;
};

struct ResourceCounts
{
    int stored = 0;
    int failed = 0;
    int pending = 0;
    qint64 bytes = 0; // of the distinct stored contents
};

class ResourceStore
{
public:
    enum Status { Pending = 0, Stored = 1, Failed = 2 };

    explicit ResourceStore(Database &db) : m_db(db) { }

    static QByteArray hashOf(const QByteArray &data); // hex SHA-256

    // The stored copy of an image address, if there is one.
    std::optional<StoredResource> find(const QString &url) const;
    // Bytes and type of a stored content, by its hash.
    std::optional<std::pair<QByteArray, QString>> content(const QByteArray &hash) const;
    // Stores the bytes of an address (contents shared between addresses are stored once).
    Gazette::Status store(const QString &url, const QByteArray &data, const QString &mime);
    // Records a failure; the address is tried again after `retryAfter` seconds (never, when negative).
    Gazette::Status fail(const QString &url, const QString &reason, qint64 retryAfter);
    // Why an address is not stored, if it failed.
    QString failure(const QString &url) const;
    Result<ResourceCounts> counts() const;

private:
    Database &m_db;
};

} // namespace Gazette::Library
