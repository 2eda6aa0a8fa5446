// Database: one connection to a Gazette library file, opened in WAL mode and migrated to the current schema.
#pragma once

#include "result.h"
#include "searchranking.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

struct sqlite3;

namespace Gazette::Library {

class Database
{
public:
    static constexpr int SchemaVersion = 4;

    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating it and its folder if needed) and migrates the library at `path`. Each Database is
    // its own connection: use one per thread.
    Status open(const QString &path);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase &connection() { return m_db; }
    // SQLite's own handle of the connection, for work that Qt's row-by-row QVariants would slow down.
    sqlite3 *handle() const;
    QString path() const { return m_path; }
    // The search ranking of this connection (see SearchRanking).
    SearchRanking &ranking() { return m_ranking; }

    // The library of this user: $GAZETTE_LIBRARY, else library.sqlite in the data location.
    static QString defaultPath();
    // The version of the SQLite library Qt's driver uses.
    static QString sqliteVersion();
    // A message for a failed statement; a locked library says so plainly.
    static QString describe(const QSqlError &error);

private:
    Status migrate();

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    SearchRanking m_ranking;
};

} // namespace Gazette::Library
