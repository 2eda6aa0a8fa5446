// Database: one connection to a Gazette library file, opened in WAL mode and migrated to the current schema.
#include "database.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include "searchtokenizer.h"

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcLibrary, "gazette.library", QtWarningMsg)

namespace Gazette::Library {

namespace {

// Migration N brings the schema from version N-1 to N. Never edit one that has shipped: add another.
const char *const Migrations[] = {
    // 1: the first schema
    R"sql(
CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    root TEXT NOT NULL UNIQUE,
    is_jekyll INTEGER NOT NULL DEFAULT 0,
    last_import INTEGER
);
CREATE TABLE categories (
    id INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES categories(id),
    name TEXT NOT NULL,
    path TEXT NOT NULL UNIQUE
);
CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    file_size INTEGER NOT NULL,
    file_mtime INTEGER NOT NULL,
    content_hash BLOB NOT NULL,
    encoding TEXT NOT NULL,
    title TEXT NOT NULL,
    date_utc INTEGER,
    utc_offset INTEGER NOT NULL DEFAULT 0,
    sort_date INTEGER NOT NULL,
    category_id INTEGER REFERENCES categories(id),
    permalink TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    excerpt TEXT NOT NULL DEFAULT '',
    layout TEXT NOT NULL DEFAULT '',
    source_url TEXT NOT NULL DEFAULT '',
    metadata TEXT NOT NULL DEFAULT '{}',
    warnings TEXT NOT NULL DEFAULT '',
    published INTEGER NOT NULL DEFAULT 1,
    draft INTEGER NOT NULL DEFAULT 0,
    missing INTEGER NOT NULL DEFAULT 0,
    is_read INTEGER NOT NULL DEFAULT 0,
    starred INTEGER NOT NULL DEFAULT 0,
    hidden INTEGER NOT NULL DEFAULT 0,
    imported_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (source_id, path)
);
CREATE INDEX articles_by_date ON articles(sort_date DESC, id DESC);
CREATE INDEX articles_by_category ON articles(category_id, sort_date DESC, id DESC);
CREATE INDEX articles_by_hash ON articles(source_id, content_hash);
CREATE TABLE article_bodies (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    raw TEXT NOT NULL,
    html TEXT NOT NULL,
    text TEXT NOT NULL,
    renderer_version INTEGER NOT NULL
);
CREATE TABLE article_tags (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags(id),
    PRIMARY KEY (article_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX article_tags_by_tag ON article_tags(tag_id, article_id);
CREATE TABLE skipped_files (
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    file_size INTEGER NOT NULL,
    file_mtime INTEGER NOT NULL,
    kind TEXT NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (source_id, path)
) WITHOUT ROWID;
CREATE TABLE import_runs (
    id INTEGER PRIMARY KEY,
    source_id INTEGER REFERENCES sources(id) ON DELETE CASCADE,
    started_at INTEGER NOT NULL,
    finished_at INTEGER NOT NULL,
    summary TEXT NOT NULL
);
)sql",
    // 2: full-text search (title, text and tags through the "gazette" tokenizer), saved searches
    R"sql(
CREATE VIEW article_search_source AS
    SELECT a.id AS id, a.title AS title, b.text AS text,
           (SELECT group_concat(t.name, ' ') FROM article_tags at JOIN tags t ON t.id = at.tag_id
             WHERE at.article_id = a.id) AS tags
    FROM articles a JOIN article_bodies b ON b.article_id = a.id;
CREATE VIRTUAL TABLE article_search USING fts5(
    title, text, tags,
    content = 'article_search_source', content_rowid = 'id',
    tokenize = 'gazette'
);
INSERT INTO article_search (article_search, rank) VALUES ('rank', 'bm25(10.0, 1.0, 4.0)');
INSERT INTO article_search (article_search) VALUES ('rebuild');
CREATE TABLE saved_searches (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    query TEXT NOT NULL
);
)sql",
    // 3: cleaned articles (the cleaner's version per article) and the offline resource store
    R"sql(
ALTER TABLE article_bodies ADD COLUMN cleaner_version TEXT NOT NULL DEFAULT '';
CREATE TABLE resources (
    url TEXT PRIMARY KEY,
    hash BLOB,
    mime TEXT NOT NULL DEFAULT '',
    size INTEGER NOT NULL DEFAULT 0,
    status INTEGER NOT NULL DEFAULT 0,
    error TEXT NOT NULL DEFAULT '',
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt INTEGER NOT NULL DEFAULT 0,
    fetched_at INTEGER
) WITHOUT ROWID;
CREATE TABLE resource_blobs (
    id INTEGER PRIMARY KEY,
    hash BLOB NOT NULL UNIQUE,
    data BLOB NOT NULL
);
CREATE TABLE article_resources (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    PRIMARY KEY (article_id, url)
) WITHOUT ROWID;
CREATE INDEX article_resources_by_url ON article_resources(url);
)sql",
    // 4: the few articles a search leaves out by default (drafts, unpublished, hidden), found without a scan
    R"sql(
CREATE INDEX articles_not_visible ON articles(id) WHERE published <> 1 OR draft <> 0 OR hidden <> 0;
)sql",
};

static_assert(std::size(Migrations) == Database::SchemaVersion, "one migration per schema version");

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("gazette-%1").arg(counter.fetchAndAddRelaxed(1));
}

Status exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return Status::failure(Database::describe(query.lastError()));
    return success();
}

} // namespace

Database::~Database()
{
    close();
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

sqlite3 *Database::handle() const
{
    const QVariant handle = m_db.isOpen() ? m_db.driver()->handle() : QVariant();
    return handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
        ? *static_cast<sqlite3 *const *>(handle.constData())
        : nullptr;
}

QString Database::defaultPath()
{
    const QString fromEnv = qEnvironmentVariable("GAZETTE_LIBRARY");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/library.sqlite");
}

QString Database::sqliteVersion()
{
    Database db;
    if (!db.open(QStringLiteral(":memory:")))
        return QStringLiteral("unknown");
    QSqlQuery query(db.m_db);
    return query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next() ? query.value(0).toString()
                                                                                 : QStringLiteral("unknown");
}

QString Database::describe(const QSqlError &error)
{
    const QString text = error.text();
    if (error.nativeErrorCode() == u"5" || error.nativeErrorCode() == u"6"
        || text.contains(QLatin1String("locked")))
        return QStringLiteral(
            "the library is locked by another program (another Gazette importing?); try again "
            "when it is done (%1)")
            .arg(text);
    return text;
}

namespace {

// The connection's FTS5 interface, through which tokenizers and ranking functions are added.
fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(stmt, 1, &api, "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return api;
}

} // namespace

Status Database::open(const QString &path)
{
    close();
    m_path = path;
    const QFileInfo info(path);
    if (path != u":memory:" && !QDir().mkpath(info.absolutePath()))
        return Status::failure(
            QStringLiteral("%1: cannot create the folder for the library").arg(info.absolutePath()));
    if (info.exists() && info.isDir())
        return Status::failure(QStringLiteral("%1: is a folder, not a library file").arg(path));

    m_connectionName = nextConnectionName();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        const QString error = m_db.lastError().text();
        close();
        return Status::failure(QStringLiteral("%1: cannot open the library: %2").arg(path, error));
    }
    // The search index's tokenizer and ranking must be known to every connection before the index is touched.
    sqlite3 *connection = handle();
    fts5_api *fts5 = connection ? fts5Api(connection) : nullptr;
    if (!fts5 || !SearchTokenizer::registerWith(fts5) || !m_ranking.registerWith(connection, fts5)) {
        close();
        return Status::failure(QStringLiteral("%1: cannot set up full-text search on this SQLite").arg(path));
    }
    for (const char *pragma :
        { "PRAGMA page_size=16384", "PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
            "PRAGMA foreign_keys=ON", "PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-32000" }) {
        if (auto s = exec(m_db, QString::fromLatin1(pragma)); !s) {
            close();
            return Status::failure(QStringLiteral("%1: not a Gazette library (%2)").arg(path, s.error()));
        }
    }
    return migrate();
}

Status Database::migrate()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return Status::failure(
            QStringLiteral("%1: cannot read the schema version: %2").arg(m_path, query.lastError().text()));
    const int version = query.value(0).toInt();
    if (version > SchemaVersion)
        return Status::failure(QStringLiteral("%1: made by a newer Gazette (schema %2, this one knows %3)")
                                   .arg(m_path)
                                   .arg(version)
                                   .arg(SchemaVersion));
    for (int next = version + 1; next <= SchemaVersion; ++next) {
        qCDebug(lcLibrary) << "migrating" << m_path << "to schema" << next;
        if (!m_db.transaction())
            return Status::failure(
                QStringLiteral("%1: cannot write the library: %2").arg(m_path, m_db.lastError().text()));
        const QStringList statements
            = QString::fromUtf8(Migrations[next - 1]).split(u';', Qt::SkipEmptyParts);
        for (const QString &statement : statements) {
            if (statement.trimmed().isEmpty())
                continue;
            if (auto s = exec(m_db, statement); !s) {
                m_db.rollback();
                return Status::failure(
                    QStringLiteral("%1: migration %2 failed: %3").arg(m_path).arg(next).arg(s.error()));
            }
        }
        if (auto s = exec(m_db, QStringLiteral("PRAGMA user_version = %1").arg(next)); !s || !m_db.commit()) {
            m_db.rollback();
            return Status::failure(
                QStringLiteral("%1: migration %2 failed: %3").arg(m_path).arg(next).arg(s.error()));
        }
    }
    return success();
}

} // namespace Gazette::Library
