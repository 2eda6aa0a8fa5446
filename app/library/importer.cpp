// Importer: brings a folder of posts into the library, incrementally, in parallel, file by file.
#include "importer.h"

#include "archivescanner.h"
#include "database.h"
#include "htmlcleaner.h"
#include "resourcestore.h"
#include "markdownrenderer.h"
#include "plaintext.h"
#include "postreader.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QFuture>
#include <QHash>
#include <QMimeDatabase>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentMap>

Q_DECLARE_LOGGING_CATEGORY(lcLibrary)

namespace Gazette::Library {

using Archive::ReadOutcome;
using Archive::Site;
using Archive::SourceFile;

namespace {

// An image of the archive folder an article shows, read by a worker.
struct LocalImage
{
    QString url;
    QByteArray data; // empty when it could not be taken
    QString mime;
    QString problem;
};

// A file read, parsed, rendered and cleaned by a worker, ready for the writer.
struct Prepared
{
    SourceFile file;
    ReadOutcome outcome;
    QString html;
    QString text;
    QStringList images;
    QList<LocalImage> localImages;
};

constexpr qint64 MaxLocalImageBytes = 32 * 1024 * 1024;

LocalImage readLocalImage(const QString &url, const QString &path, const Site &site)
{
    LocalImage image { url, {}, {}, {} };
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    const QString shown = QDir(site.webRoot).relativeFilePath(path);
    if (canonical.isEmpty() || !info.isFile()) {
        image.problem = QStringLiteral("%1 is not in the archive folder").arg(shown);
        return image;
    }
    if (!canonical.startsWith(QFileInfo(site.webRoot).canonicalFilePath() + u'/')) {
        image.problem = QStringLiteral("%1 points outside the archive folder").arg(shown);
        return image;
    }
    if (info.size() > MaxLocalImageBytes) {
        image.problem = QStringLiteral("%1 is larger than %2 MiB").arg(shown).arg(MaxLocalImageBytes >> 20);
        return image;
    }
    QFile file(canonical);
    if (!file.open(QIODevice::ReadOnly)) {
        image.problem = QStringLiteral("%1: %2").arg(shown, file.errorString());
        return image;
    }
    const QByteArray data = file.readAll();
    const QString mime = QMimeDatabase().mimeTypeForData(data).name();
    if (!mime.startsWith(QLatin1String("image/")) || mime == u"image/svg+xml") {
        image.problem = QStringLiteral("%1 is not an image (%2)").arg(shown, mime);
        return image;
    }
    image.data = data;
    image.mime = mime;
    return image;
}

Prepared prepare(const SourceFile &file, const Site &site, const Markup::HtmlCleaner &cleaner)
{
    Prepared p { file, Archive::PostReader::read(file, site), {}, {}, {}, {} };
    if (p.outcome.kind != ReadOutcome::Kind::Article)
        return p;
    Archive::Post &post = p.outcome.post;
    Markup::CleanedHtml cleaned = cleaner.clean(Markup::MarkdownRenderer::renderBody(post.body, post.isHtml),
                                                site.linkBase());
    p.html = std::move(cleaned.html);
    p.text = Markup::PlainText::fromHtml(p.html);
    p.images = std::move(cleaned.images);
    if (post.sourceUrl.isEmpty())
        post.sourceUrl = cleaned.originalUrl;
    for (const QString &url : std::as_const(p.images)) {
        if (const QString path = site.localFile(url); !path.isEmpty())
            p.localImages << readLocalImage(url, path, site);
    }
    if (post.title.isEmpty()) {
        post.title = Markup::PlainText::firstLine(p.text);
        if (post.title.isEmpty())
            post.title = QFileInfo(file.relativePath).completeBaseName();
        post.warnings << QStringLiteral("no title; using \"%1\" from the text").arg(post.title);
    }
    return p;
}

struct KnownArticle
{
    qint64 id = 0;
    qint64 size = 0;
    qint64 mtime = 0;
    QByteArray hash;
    bool missing = false;
    bool stale = false; // cleaned by another version of the cleaner or its rules
};

struct KnownSkipped
{
    qint64 size = 0;
    qint64 mtime = 0;
    QString kind;
    QString reason;
};

// NOT NULL text columns: Qt binds a null QString as SQL NULL.
QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// Everything the import writes, as prepared statements made once.
class Writer
{
public:
    Writer(Database &db, qint64 sourceId, QString cleanerVersion)
        : m_resources(db), m_db(db.connection()), m_sourceId(sourceId), m_cleanerVersion(std::move(cleanerVersion))
    {
    }

    QString error() const { return m_error; }
    bool begin() { return m_db.transaction() || fail(Database::describe(m_db.lastError())); }
    bool commit() { return indexWritten() && (m_db.commit() || fail(Database::describe(m_db.lastError()))); }
    void rollback()
    {
        m_written.clear();
        m_db.rollback();
    }

    bool loadKnown(QHash<QString, KnownArticle> *articles, QHash<QString, KnownSkipped> *skipped)
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT a.path, a.id, a.file_size, a.file_mtime, a.content_hash, a.missing, "
                                 "coalesce(b.cleaner_version, '') FROM articles a "
                                 "LEFT JOIN article_bodies b ON b.article_id = a.id WHERE a.source_id = ?"));
        q.addBindValue(m_sourceId);
        if (!q.exec())
            return fail(Database::describe(q.lastError()));
        while (q.next())
            articles->insert(q.value(0).toString(), { q.value(1).toLongLong(), q.value(2).toLongLong(),
                                                      q.value(3).toLongLong(), q.value(4).toByteArray(),
                                                      q.value(5).toBool(), q.value(6).toString() != m_cleanerVersion });
        q.prepare(QStringLiteral("SELECT path, file_size, file_mtime, kind, reason FROM skipped_files "
                                 "WHERE source_id = ?"));
        q.addBindValue(m_sourceId);
        if (!q.exec())
            return fail(Database::describe(q.lastError()));
        while (q.next())
            skipped->insert(q.value(0).toString(), { q.value(1).toLongLong(), q.value(2).toLongLong(),
                                                     q.value(3).toString(), q.value(4).toString() });
        return true;
    }

    // Inserts a new article, or rewrites the one with `id` (keeping its reading state). Returns its id.
    qint64 writeArticle(const Prepared &p, qint64 id)
    {
        const Archive::Post &post = p.outcome.post;
        const qint64 categoryId = categoryFor(post.categories);
        if (categoryId < 0)
            return -1;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        if (id && !unindexArticle(id))
            return -1;
        QSqlQuery &q = id ? statement(m_update, QStringLiteral(
                "UPDATE articles SET path = :path, file_size = :size, file_mtime = :mtime, content_hash = :hash, "
                "encoding = :encoding, title = :title, date_utc = :date, utc_offset = :offset, sort_date = :sort, "
                "category_id = :category, permalink = :permalink, author = :author, excerpt = :excerpt, "
                "layout = :layout, source_url = :url, metadata = :metadata, warnings = :warnings, "
                "published = :published, draft = :draft, missing = 0, updated_at = :now WHERE id = :id"))
                              : statement(m_insert, QStringLiteral(
                "INSERT INTO articles (source_id, path, file_size, file_mtime, content_hash, encoding, title, "
                "date_utc, utc_offset, sort_date, category_id, permalink, author, excerpt, layout, source_url, "
                "metadata, warnings, published, draft, imported_at, updated_at) VALUES (:source, :path, :size, "
                ":mtime, :hash, :encoding, :title, :date, :offset, :sort, :category, :permalink, :author, "
                ":excerpt, :layout, :url, :metadata, :warnings, :published, :draft, :now, :now)"));
        if (id)
            q.bindValue(QStringLiteral(":id"), id);
        else
            q.bindValue(QStringLiteral(":source"), m_sourceId);
        q.bindValue(QStringLiteral(":path"), post.relativePath);
        q.bindValue(QStringLiteral(":size"), post.fileSize);
        q.bindValue(QStringLiteral(":mtime"), post.fileMtime);
        q.bindValue(QStringLiteral(":hash"), post.contentHash);
        q.bindValue(QStringLiteral(":encoding"), nonNull(post.encoding));
        q.bindValue(QStringLiteral(":title"), post.title);
        q.bindValue(QStringLiteral(":date"), post.date.isValid() ? QVariant(post.date.toSecsSinceEpoch()) : QVariant());
        q.bindValue(QStringLiteral(":offset"), post.utcOffset);
        q.bindValue(QStringLiteral(":sort"), post.date.isValid() ? post.date.toSecsSinceEpoch() : 0);
        q.bindValue(QStringLiteral(":category"), categoryId ? QVariant(categoryId) : QVariant());
        q.bindValue(QStringLiteral(":permalink"), nonNull(post.permalink));
        q.bindValue(QStringLiteral(":author"), nonNull(post.author));
        q.bindValue(QStringLiteral(":excerpt"), nonNull(post.excerpt));
        q.bindValue(QStringLiteral(":layout"), nonNull(post.layout));
        q.bindValue(QStringLiteral(":url"), nonNull(post.sourceUrl));
        q.bindValue(QStringLiteral(":metadata"), QString::fromUtf8(QJsonDocument(post.metadata).toJson(QJsonDocument::Compact)));
        q.bindValue(QStringLiteral(":warnings"), nonNull(post.warnings.join(u'\n')));
        q.bindValue(QStringLiteral(":published"), post.published ? 1 : 0);
        q.bindValue(QStringLiteral(":draft"), post.draft ? 1 : 0);
        q.bindValue(QStringLiteral(":now"), now);
        if (!q.exec())
            return fail(Database::describe(q.lastError())) ? 0 : -1;
        if (!id)
            id = q.lastInsertId().toLongLong();

        QSqlQuery &body = statement(m_body, QStringLiteral(
                "INSERT OR REPLACE INTO article_bodies (article_id, raw, html, text, renderer_version, "
                "cleaner_version) VALUES (?, ?, ?, ?, ?, ?)"));
        body.addBindValue(id);
        body.addBindValue(nonNull(post.rawText));
        body.addBindValue(nonNull(p.html));
        body.addBindValue(nonNull(p.text));
        body.addBindValue(Markup::MarkdownRenderer::Version);
        body.addBindValue(m_cleanerVersion);
        if (!body.exec())
            return fail(Database::describe(body.lastError())) ? 0 : -1;
        if (!writeResources(id, p))
            return -1;

        QSqlQuery &clear = statement(m_clearTags, QStringLiteral("DELETE FROM article_tags WHERE article_id = ?"));
        clear.addBindValue(id);
        if (!clear.exec())
            return fail(Database::describe(clear.lastError())) ? 0 : -1;
        for (const QString &tag : post.tags) {
            const qint64 tagId = tagFor(tag);
            QSqlQuery &link = statement(m_tag, QStringLiteral("INSERT OR IGNORE INTO article_tags VALUES (?, ?)"));
            link.addBindValue(id);
            link.addBindValue(tagId);
            if (tagId < 0 || !link.exec())
                return fail(Database::describe(link.lastError())) ? 0 : -1;
        }
        m_written.append(id);
        return id;
    }

    // The images an article shows; those of the archive folder are stored now, the others wait for
    // `gazette offline` (or the window's "Make available offline").
    bool writeResources(qint64 id, const Prepared &p)
    {
        QSqlQuery &clear = statement(m_clearResources, QStringLiteral("DELETE FROM article_resources WHERE article_id = ?"));
        clear.addBindValue(id);
        if (!clear.exec())
            return fail(Database::describe(clear.lastError()));
        for (const QString &url : p.images) {
            QSqlQuery &link = statement(m_resource, QStringLiteral("INSERT OR IGNORE INTO article_resources VALUES (?, ?)"));
            link.addBindValue(id);
            link.addBindValue(url);
            if (!link.exec())
                return fail(Database::describe(link.lastError()));
            QSqlQuery &known = statement(m_knownResource, QStringLiteral("INSERT OR IGNORE INTO resources (url) VALUES (?)"));
            known.addBindValue(url);
            if (!known.exec())
                return fail(Database::describe(known.lastError()));
        }
        for (const LocalImage &image : p.localImages) {
            const Status done = image.data.isEmpty() ? m_resources.fail(image.url, image.problem, 3600)
                                                     : m_resources.store(image.url, image.data, image.mime);
            if (!done)
                return fail(done.error());
        }
        return true;
    }

    // Takes an article out of the search index, with the values it was indexed from (the same view).
    bool unindexArticle(qint64 id)
    {
        QSqlQuery &q = statement(m_unindex, QStringLiteral(
                "INSERT INTO article_search (article_search, rowid, title, text, tags) "
                "SELECT 'delete', id, title, text, tags FROM article_search_source WHERE id = ?"));
        q.addBindValue(id);
        return q.exec() || fail(Database::describe(q.lastError()));
    }

    // Indexes the articles written since the last call, in one statement: FTS5 flushes its pending terms
    // at every statement that writes it, so one row at a time would build (and merge) a segment per row.
    bool indexWritten()
    {
        if (m_written.isEmpty())
            return true;
        QStringList ids;
        for (qint64 id : std::as_const(m_written))
            ids << QString::number(id);
        m_written.clear();
        QSqlQuery &q = statement(m_index, QStringLiteral(
                "INSERT INTO article_search (rowid, title, text, tags) "
                "SELECT id, title, text, tags FROM article_search_source WHERE id IN (SELECT value FROM json_each(?))"));
        q.addBindValue(u'[' + ids.join(u',') + u']');
        return q.exec() || fail(Database::describe(q.lastError()));
    }

    bool touchArticle(qint64 id, qint64 size, qint64 mtime)
    {
        QSqlQuery &q = statement(m_touch, QStringLiteral(
                "UPDATE articles SET file_size = ?, file_mtime = ?, missing = 0 WHERE id = ?"));
        q.addBindValue(size);
        q.addBindValue(mtime);
        q.addBindValue(id);
        return q.exec() || fail(Database::describe(q.lastError()));
    }

    bool markMissing(qint64 id)
    {
        QSqlQuery &q = statement(m_missing, QStringLiteral("UPDATE articles SET missing = 1 WHERE id = ?"));
        q.addBindValue(id);
        return q.exec() || fail(Database::describe(q.lastError()));
    }

    bool writeSkipped(const SourceFile &file, const QString &kind, const QString &reason)
    {
        QSqlQuery &q = statement(m_skip, QStringLiteral(
                "INSERT OR REPLACE INTO skipped_files (source_id, path, file_size, file_mtime, kind, reason) "
                "VALUES (?, ?, ?, ?, ?, ?)"));
        q.addBindValue(m_sourceId);
        q.addBindValue(file.relativePath);
        q.addBindValue(file.size);
        q.addBindValue(file.mtime);
        q.addBindValue(kind);
        q.addBindValue(reason);
        return q.exec() || fail(Database::describe(q.lastError()));
    }

    bool forgetSkipped(const QString &path)
    {
        QSqlQuery &q = statement(m_unskip, QStringLiteral("DELETE FROM skipped_files WHERE source_id = ? AND path = ?"));
        q.addBindValue(m_sourceId);
        q.addBindValue(path);
        return q.exec() || fail(Database::describe(q.lastError()));
    }

    // Categories and tags no article uses any more (after updates and moves).
    bool pruneUnused()
    {
        QSqlQuery q(m_db);
        for (int round = 0; round < 16; ++round) {
            if (!q.exec(QStringLiteral(
                        "DELETE FROM categories WHERE id NOT IN (SELECT category_id FROM articles WHERE category_id "
                        "IS NOT NULL) AND id NOT IN (SELECT parent_id FROM categories WHERE parent_id IS NOT NULL)")))
                return fail(Database::describe(q.lastError()));
            if (q.numRowsAffected() <= 0)
                break;
        }
        m_categories.clear();
        m_tags.clear();
        return q.exec(QStringLiteral("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM article_tags)"))
                || fail(Database::describe(q.lastError()));
    }

    bool finishRun(qint64 started, const ImportReport &report)
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO import_runs (source_id, started_at, finished_at, summary) VALUES (?, ?, ?, ?)"));
        q.addBindValue(m_sourceId);
        q.addBindValue(started);
        q.addBindValue(QDateTime::currentSecsSinceEpoch());
        q.addBindValue(QString::fromUtf8(QJsonDocument(report.toJson(false)).toJson(QJsonDocument::Compact)));
        if (!q.exec())
            return fail(Database::describe(q.lastError()));
        q.prepare(QStringLiteral("UPDATE sources SET last_import = ? WHERE id = ?"));
        q.addBindValue(QDateTime::currentSecsSinceEpoch());
        q.addBindValue(m_sourceId);
        return q.exec() || fail(Database::describe(q.lastError()));
    }

private:
    bool fail(const QString &error)
    {
        m_error = error;
        return false;
    }

    QSqlQuery &statement(std::optional<QSqlQuery> &slot, const QString &sql)
    {
        if (!slot) {
            slot.emplace(m_db);
            slot->prepare(sql);
        }
        return *slot;
    }

    // The id of the category path, creating its nodes; 0 for no category, -1 on error.
    qint64 categoryFor(const QStringList &names)
    {
        qint64 parent = 0;
        QString path;
        for (const QString &name : names) {
            path = path.isEmpty() ? name : path + u'/' + name;
            if (const auto it = m_categories.constFind(path); it != m_categories.constEnd()) {
                parent = *it;
                continue;
            }
            QSqlQuery &find = statement(m_findCategory, QStringLiteral("SELECT id FROM categories WHERE path = ?"));
            find.addBindValue(path);
            if (!find.exec())
                return fail(Database::describe(find.lastError())) ? 0 : -1;
            if (find.next()) {
                parent = find.value(0).toLongLong();
            } else {
                QSqlQuery &add = statement(m_addCategory, QStringLiteral(
                        "INSERT INTO categories (parent_id, name, path) VALUES (?, ?, ?)"));
                add.addBindValue(parent ? QVariant(parent) : QVariant());
                add.addBindValue(name);
                add.addBindValue(path);
                if (!add.exec())
                    return fail(Database::describe(add.lastError())) ? 0 : -1;
                parent = add.lastInsertId().toLongLong();
            }
            find.finish();
            m_categories.insert(path, parent);
        }
        return parent;
    }

    qint64 tagFor(const QString &name)
    {
        if (const auto it = m_tags.constFind(name); it != m_tags.constEnd())
            return *it;
        QSqlQuery &add = statement(m_addTag, QStringLiteral(
                "INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO UPDATE SET name = name RETURNING id"));
        add.addBindValue(name);
        if (!add.exec() || !add.next())
            return fail(Database::describe(add.lastError())) ? 0 : -1;
        const qint64 id = add.value(0).toLongLong();
        add.finish();
        m_tags.insert(name, id);
        return id;
    }

    ResourceStore m_resources;
    QSqlDatabase &m_db;
    qint64 m_sourceId;
    QString m_cleanerVersion;
    QString m_error;
    QHash<QString, qint64> m_categories;
    QHash<QString, qint64> m_tags;
    std::optional<QSqlQuery> m_insert, m_update, m_body, m_clearTags, m_tag, m_touch, m_missing, m_skip, m_unskip,
            m_findCategory, m_addCategory, m_addTag, m_unindex, m_index, m_clearResources, m_resource,
            m_knownResource;
    QList<qint64> m_written; // articles to index at the end of the batch
};

Result<qint64> sourceFor(Database &db, const Site &site)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO sources (root, is_jekyll) VALUES (?, ?) "
                             "ON CONFLICT (root) DO UPDATE SET is_jekyll = excluded.is_jekyll RETURNING id"));
    q.addBindValue(site.root);
    q.addBindValue(site.isJekyll ? 1 : 0);
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(Database::describe(q.lastError()));
    return q.value(0).toLongLong();
}

QString skippedKind(ReadOutcome::Kind kind)
{
    switch (kind) {
    case ReadOutcome::Kind::SitePage: return QStringLiteral("page");
    case ReadOutcome::Kind::NotAPost: return QStringLiteral("ignored");
    default: return QStringLiteral("failed");
    }
}

} // namespace

Importer::Importer(QString libraryPath, QObject *parent) : QObject(parent), m_libraryPath(std::move(libraryPath)) { }

ImportReport Importer::importFolder(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    const qint64 started = QDateTime::currentSecsSinceEpoch();
    m_cancelled = false;
    ImportReport report;
    report.root = path;

    const auto scanned = Archive::ArchiveScanner::scan(path);
    if (!scanned) {
        report.error = scanned.error();
        return report;
    }
    const Archive::Scan &scan = scanned.value();
    report.root = scan.site.root;

    Database db;
    const auto libraryFailed = [&](const QString &error) {
        report.error = QStringLiteral("%1: cannot write the library: %2").arg(m_libraryPath, error);
        report.libraryError = true;
        report.seconds = timer.elapsed() / 1000.0;
        return report;
    };
    if (auto opened = db.open(m_libraryPath); !opened) {
        report.error = opened.error();
        report.libraryError = true;
        return report;
    }
    const auto sourceId = sourceFor(db, scan.site);
    if (!sourceId)
        return libraryFailed(sourceId.error());

    QString rulesWarning;
    // Shared with the workers, which may still run when an error ends the import early.
    const auto cleaner = std::make_shared<const Markup::HtmlCleaner>(
            Markup::CleaningRules::load(Markup::CleaningRules::userFilePath(), &rulesWarning));
    if (!rulesWarning.isEmpty())
        report.record({ Markup::CleaningRules::userFilePath(), FileOutcome::Status::Failed, rulesWarning, 0 });
    Writer writer(db, sourceId.value(), cleaner->version());
    QHash<QString, KnownArticle> known;
    QHash<QString, KnownSkipped> skipped;
    if (!writer.loadKnown(&known, &skipped))
        return libraryFailed(writer.error());

    for (const Archive::ScanProblem &problem : scan.problems)
        report.record({ problem.relativePath, FileOutcome::Status::Failed, problem.reason, 0 });

    // Sort the files: unchanged ones need no reading.
    QList<SourceFile> toRead;
    QList<std::pair<qint64, const SourceFile *>> toRestore;
    QSet<QString> seen;
    seen.reserve(scan.files.size());
    for (const SourceFile &file : scan.files) {
        seen.insert(file.relativePath);
        if (const auto it = known.constFind(file.relativePath); it != known.constEnd()) {
            if (it->size == file.size && it->mtime == file.mtime && !it->stale) {
                if (it->missing)
                    toRestore.append({ it->id, &file });
                else
                    report.record({ file.relativePath, FileOutcome::Status::Unchanged, {}, it->id });
                continue;
            }
        } else if (const auto s = skipped.constFind(file.relativePath);
                   s != skipped.constEnd() && s->size == file.size && s->mtime == file.mtime) {
            if (s->kind == u"failed")
                report.record({ file.relativePath, FileOutcome::Status::Failed, s->reason, 0 });
            else if (s->kind == u"page")
                report.record({ file.relativePath, FileOutcome::Status::SitePage, {}, 0 });
            continue;
        }
        toRead.append(file);
    }

    // Articles whose file is gone: a new file with the same content (or name) is the same post, moved.
    QHash<QByteArray, QString> vanishedByHash;
    QHash<QString, QString> vanishedByName;
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        if (!seen.contains(it.key())) {
            vanishedByHash.insert(it->hash, it.key());
            vanishedByName.insert(QFileInfo(it.key()).fileName(), it.key());
        }
    }
    const auto takeVanished = [&](const Archive::Post &post) -> QString {
        QString path = vanishedByHash.value(post.contentHash);
        if (path.isEmpty())
            path = vanishedByName.value(QFileInfo(post.relativePath).fileName());
        if (!path.isEmpty()) {
            vanishedByHash.remove(known.value(path).hash);
            vanishedByName.remove(QFileInfo(path).fileName());
        }
        return path;
    };

    if (!toRestore.isEmpty()) {
        if (!writer.begin())
            return libraryFailed(writer.error());
        for (const auto &[id, file] : toRestore) {
            if (!writer.touchArticle(id, file->size, file->mtime)) {
                writer.rollback();
                return libraryFailed(writer.error());
            }
            report.record({ file->relativePath, FileOutcome::Status::Restored, {}, id });
        }
        if (!writer.commit())
            return libraryFailed(writer.error());
    }

    const int total = int(toRead.size());
    emit progress(0, total);
    const Site site = scan.site;
    const auto work = [site, cleaner](const SourceFile &file) { return prepare(file, site, *cleaner); };
    QFuture<Prepared> next;
    if (total > 0)
        next = QtConcurrent::mapped(toRead.mid(0, BatchSize), work);
    bool structureChanged = false;
    for (int from = 0; from < total; from += BatchSize) {
        QFuture<Prepared> current = next;
        if (from + BatchSize < total)
            next = QtConcurrent::mapped(toRead.mid(from + BatchSize, BatchSize), work);
        const QList<Prepared> batch = current.results();

        if (!writer.begin())
            return libraryFailed(writer.error());
        for (const Prepared &p : batch) {
            const QString &rel = p.file.relativePath;
            report.bytesRead += p.file.size;
            const auto existing = known.constFind(rel);
            if (p.outcome.kind != ReadOutcome::Kind::Article) {
                if (!writer.writeSkipped(p.file, skippedKind(p.outcome.kind), p.outcome.reason)) {
                    writer.rollback();
                    return libraryFailed(writer.error());
                }
                if (p.outcome.kind == ReadOutcome::Kind::SitePage) {
                    report.record({ rel, FileOutcome::Status::SitePage, {}, 0 });
                } else if (p.outcome.kind == ReadOutcome::Kind::Failed || existing != known.constEnd()) {
                    QString reason = p.outcome.reason;
                    if (existing != known.constEnd())
                        reason += QStringLiteral("; the article imported before is kept as it was");
                    report.record({ rel, FileOutcome::Status::Failed, reason, existing != known.constEnd() ? existing->id : 0 });
                }
                continue;
            }

            const Archive::Post &post = p.outcome.post;
            FileOutcome outcome { rel, FileOutcome::Status::Added, post.warnings.join(QStringLiteral("; ")), 0 };
            qint64 id = 0;
            if (existing != known.constEnd()) {
                id = existing->id;
                if (existing->hash == post.contentHash && !existing->stale) { // touched, not changed
                    outcome.status = existing->missing ? FileOutcome::Status::Restored : FileOutcome::Status::Unchanged;
                    outcome.message.clear();
                    outcome.articleId = id;
                    if (!writer.touchArticle(id, p.file.size, p.file.mtime)) {
                        writer.rollback();
                        return libraryFailed(writer.error());
                    }
                    report.record(outcome);
                    continue;
                }
                outcome.status = FileOutcome::Status::Updated;
                if (existing->hash == post.contentHash)
                    outcome.message = QStringLiteral("cleaned again with the current cleaning rules");
            } else if (const QString from = takeVanished(post); !from.isEmpty()) {
                id = known.value(from).id;
                outcome.status = FileOutcome::Status::Moved;
                outcome.message = QStringLiteral("moved from %1").arg(from)
                        + (outcome.message.isEmpty() ? QString() : QStringLiteral("; ") + outcome.message);
                known.remove(from);
            }
            structureChanged = structureChanged || id != 0;
            outcome.articleId = writer.writeArticle(p, id);
            if (outcome.articleId <= 0) {
                writer.rollback();
                return libraryFailed(writer.error());
            }
            if (skipped.contains(rel) && !writer.forgetSkipped(rel)) {
                writer.rollback();
                return libraryFailed(writer.error());
            }
            report.record(outcome);
        }
        if (!writer.commit())
            return libraryFailed(writer.error());
        emit progress(int(std::min(from + BatchSize, total)), total);
        if (m_cancelled) {
            next.cancel();
            next.waitForFinished();
            report.cancelled = true;
            break;
        }
    }

    if (!writer.begin())
        return libraryFailed(writer.error());
    if (!report.cancelled) {
        for (auto it = known.cbegin(); it != known.cend(); ++it) {
            if (seen.contains(it.key()))
                continue;
            if (!it->missing && !writer.markMissing(it->id)) {
                writer.rollback();
                return libraryFailed(writer.error());
            }
            report.record({ it.key(), FileOutcome::Status::Missing, QStringLiteral("the file is gone; the article is kept"), it->id });
        }
        for (auto it = skipped.cbegin(); it != skipped.cend(); ++it) {
            if (!seen.contains(it.key()) && !writer.forgetSkipped(it.key())) {
                writer.rollback();
                return libraryFailed(writer.error());
            }
        }
    }
    if (structureChanged && !writer.pruneUnused()) {
        writer.rollback();
        return libraryFailed(writer.error());
    }
    report.seconds = timer.elapsed() / 1000.0;
    if (!writer.finishRun(started, report) || !writer.commit()) {
        writer.rollback();
        return libraryFailed(writer.error());
    }
    qCDebug(lcLibrary) << "imported" << report.root << ":" << report.summary() << "in" << report.seconds << "s";
    return report;
}

} // namespace Gazette::Library
