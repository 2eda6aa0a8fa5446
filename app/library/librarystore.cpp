// LibraryStore: what the window and the command line read from a library, and the reader's state.
#include "librarystore.h"

#include "searchsnippet.h"

#include <sqlite3.h>

#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace Gazette::Library {

namespace {

constexpr auto Visible = "a.published = 1 AND a.draft = 0 AND a.hidden = 0";

const QString RowSelect = QStringLiteral(
    "a.id, a.title, a.date_utc, a.utc_offset, a.sort_date, coalesce(c.path, ''), "
    "(SELECT group_concat(t.name, char(31)) FROM article_tags at JOIN tags t ON t.id = at.tag_id "
    " WHERE at.article_id = a.id), "
    "s.root || '/' || a.path, a.source_url, a.is_read, a.starred, a.missing, "
    "(a.draft OR NOT a.published OR a.hidden), a.source_id ");
const QString RowFrom = QStringLiteral(
    "FROM articles a JOIN sources s ON s.id = a.source_id LEFT JOIN categories c ON c.id = a.category_id ");

struct Where
{
    QStringList clauses;
    QVariantList values;

    QString sql() const
    {
        return clauses.isEmpty() ? QString()
                                 : QStringLiteral("WHERE ") + clauses.join(QStringLiteral(" AND ")) + u' ';
    }
};

// The categories of a filter's category path: the category and every one below it, the paths in
// ["a/b/", "a/b0"), '0' being the character after '/'.
constexpr auto CategoryIds = "SELECT id FROM categories WHERE path = ? OR (path >= ? AND path < ?)";
QVariantList categoryValues(const QString &path)
{
    return { path, path + u'/', path + u'0' };
}

// "?,?,?": `count` placeholders.
QString placeholders(qsizetype count)
{
    return QStringList(count, QStringLiteral("?")).join(u',');
}

// The articles carrying any of the tags named by %1 (a list of placeholders).
constexpr auto TaggedIds
    = "SELECT at.article_id FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE t.name IN (%1)";

Where whereFor(const ArticleFilter &filter)
{
    Where where;
    if (!filter.includeHidden)
        where.clauses << QString::fromLatin1(Visible);
    if (!filter.categoryPath.isEmpty()) {
        where.clauses << QStringLiteral("a.category_id IN (%1)").arg(QLatin1String(CategoryIds));
        where.values << categoryValues(filter.categoryPath);
    }
    if (!filter.tags.isEmpty()) {
        for (const QString &tag : filter.tags)
            where.values << tag;
        QString clause = QStringLiteral("a.id IN (%1 GROUP BY at.article_id")
                             .arg(QLatin1String(TaggedIds).arg(placeholders(filter.tags.size())));
        if (!filter.anyTag)
            clause += QStringLiteral(" HAVING count(*) = %1")
                          .arg(QSet<QString>(filter.tags.begin(), filter.tags.end()).size());
        where.clauses << clause + u')';
    }
    if (filter.beforeUtc) {
        where.clauses << QStringLiteral("a.date_utc < ?");
        where.values << *filter.beforeUtc;
    }
    if (filter.afterUtc) {
        where.clauses << QStringLiteral("a.date_utc >= ?");
        where.values << *filter.afterUtc;
    }
    if (!filter.titleContains.trimmed().isEmpty()) {
        where.clauses << QStringLiteral("a.title LIKE ? ESCAPE '\\'");
        QString pattern = filter.titleContains.trimmed();
        pattern.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        where.values << u'%' + pattern + u'%';
    }
    if (filter.unreadOnly)
        where.clauses << QStringLiteral("a.is_read = 0");
    if (filter.starredOnly)
        where.clauses << QStringLiteral("a.starred = 1");
    if (filter.after) {
        where.clauses << QStringLiteral("(a.sort_date < ? OR (a.sort_date = ? AND a.id < ?))");
        where.values << filter.after->sortDate << filter.after->sortDate << filter.after->id;
    }
    return where;
}

bool run(QSqlQuery &query, const QString &sql, const QVariantList &values = {})
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

QDateTime dateFrom(const QVariant &utc, int offset)
{
    if (utc.isNull())
        return {};
    return QDateTime::fromSecsSinceEpoch(utc.toLongLong(), QTimeZone(offset));
}

ArticleRow rowFrom(const QSqlQuery &q)
{
    ArticleRow row;
    row.id = q.value(0).toLongLong();
    row.title = q.value(1).toString();
    row.date = dateFrom(q.value(2), q.value(3).toInt());
    row.sortDate = q.value(4).toLongLong();
    row.categoryPath = q.value(5).toString();
    row.tags = q.value(6).toString().split(QChar(31), Qt::SkipEmptyParts);
    row.tags.sort(Qt::CaseInsensitive);
    row.path = q.value(7).toString();
    row.sourceUrl = q.value(8).toString();
    row.read = q.value(9).toBool();
    row.starred = q.value(10).toBool();
    row.missing = q.value(11).toBool();
    row.hidden = q.value(12).toBool();
    row.sourceId = q.value(13).toLongLong();
    return row;
}

QString failure(const QSqlQuery &query)
{
    return QStringLiteral("library query failed: %1").arg(query.lastError().text());
}

} // namespace

Result<QStringList> LibraryStore::missingResources(
    const ArticleFilter &filter, const QList<qint64> &ids, bool includeNotDue) const
{
    Where where = whereFor(filter);
    if (!ids.isEmpty()) {
        QStringList list;
        for (qint64 id : ids)
            list << QString::number(id);
        where.clauses << QStringLiteral("a.id IN (SELECT value FROM json_each(?))");
        where.values << u'[' + list.join(u',') + u']';
    }
    where.clauses << QStringLiteral("ar.url NOT LIKE 'archive:%'")
                  << QStringLiteral("(r.status IS NULL OR r.status <> 1)");
    if (!includeNotDue) {
        where.clauses << QStringLiteral("(r.next_attempt IS NULL OR r.next_attempt <= ?)");
        where.values << QDateTime::currentSecsSinceEpoch();
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!run(q,
            QStringLiteral(
                "SELECT DISTINCT ar.url FROM article_resources ar JOIN articles a ON a.id = ar.article_id "
                "LEFT JOIN resources r ON r.url = ar.url ")
                + where.sql() + QStringLiteral("ORDER BY ar.url"),
            where.values))
        return Result<QStringList>::failure(failure(q));
    QStringList urls;
    while (q.next())
        urls << q.value(0).toString();
    return urls;
}

Result<QList<ArticleRow>> LibraryStore::articles(const ArticleFilter &filter) const
{
    using Sort = ArticleFilter::Sort;
    ArticleFilter keyed = filter;
    if (filter.sort != Sort::Newest || filter.reversed)
        keyed.after.reset(); // keyset paging follows the newest-first order only
    const Where where = whereFor(keyed);
    // Each order as its terms, so that `reversed` can turn every one of them round.
    QList<std::pair<QString, bool>> terms; // column, descending
    switch (filter.sort) {
    case Sort::Newest:
        terms = { { QStringLiteral("a.sort_date"), true }, { QStringLiteral("a.id"), true } };
        break;
    case Sort::Oldest:
        terms = { { QStringLiteral("a.sort_date"), false }, { QStringLiteral("a.id"), false } };
        break;
    case Sort::TitleAscending:
        terms = { { QStringLiteral("a.title COLLATE NOCASE"), false }, { QStringLiteral("a.id"), false } };
        break;
    case Sort::TitleDescending:
        terms = { { QStringLiteral("a.title COLLATE NOCASE"), true }, { QStringLiteral("a.id"), true } };
        break;
    case Sort::CategoryAscending:
        terms = { { QStringLiteral("c.path"), false }, { QStringLiteral("a.sort_date"), true },
            { QStringLiteral("a.id"), true } };
        break;
    case Sort::CategoryDescending:
        terms = { { QStringLiteral("c.path"), true }, { QStringLiteral("a.sort_date"), true },
            { QStringLiteral("a.id"), true } };
        break;
    case Sort::StarredFirst:
        terms = { { QStringLiteral("a.starred"), true }, { QStringLiteral("a.sort_date"), true },
            { QStringLiteral("a.id"), true } };
        break;
    case Sort::TagsAscending: // the row's tags as listed (column 7 of RowSelect)
        terms = { { QStringLiteral("7"), false }, { QStringLiteral("a.sort_date"), true },
            { QStringLiteral("a.id"), true } };
        break;
    case Sort::TagsDescending:
        terms = { { QStringLiteral("7"), true }, { QStringLiteral("a.sort_date"), true },
            { QStringLiteral("a.id"), true } };
        break;
    }
    QStringList order;
    for (const auto &[column, descending] : terms)
        order << column
                + ((descending != filter.reversed) ? QStringLiteral(" DESC") : QStringLiteral(" ASC"));
    QString sql = QStringLiteral("SELECT ") + RowSelect + RowFrom + where.sql() + QStringLiteral("ORDER BY ")
        + order.join(u", ");
    if (filter.limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    if (filter.offset > 0)
        sql += (filter.limit < 0 ? QStringLiteral(" LIMIT -1") : QString())
            + QStringLiteral(" OFFSET %1").arg(filter.offset);
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!run(query, sql, where.values))
        return Result<QList<ArticleRow>>::failure(failure(query));
    QList<ArticleRow> rows;
    while (query.next())
        rows.append(rowFrom(query));
    return rows;
}

namespace {

// The query's own filters narrow the window's.
ArticleFilter narrowed(ArticleFilter filter, const SearchQuery &query)
{
    filter.tags += query.tags;
    if (!query.categoryPath.isEmpty())
        filter.categoryPath = query.categoryPath;
    if (query.before)
        filter.beforeUtc = QDateTime(*query.before, QTime(0, 0)).toSecsSinceEpoch();
    if (query.after)
        filter.afterUtc = QDateTime(*query.after, QTime(0, 0)).toSecsSinceEpoch();
    filter.after.reset();
    return filter;
}

} // namespace

Result<int> LibraryStore::countSearch(const SearchQuery &query, const ArticleFilter &window) const
{
    const ArticleFilter filter = narrowed(window, query);
    if (query.match.isEmpty())
        return countArticles(filter);
    Where where = whereFor(filter);
    where.clauses.prepend(QStringLiteral("article_search MATCH ?"));
    where.values.prepend(query.match);
    QSqlQuery q(m_db.connection());
    if (!run(q,
            QStringLiteral(
                "SELECT count(*) FROM article_search JOIN articles a ON a.id = article_search.rowid ")
                + where.sql(),
            where.values)
        || !q.next())
        return Result<int>::failure(QStringLiteral("search failed: %1").arg(q.lastError().text()));
    return q.value(0).toInt();
}

namespace {

// Adds the ids `sql` selects to `bits`, straight from SQLite: tens of thousands of rows, no QVariant each.
Status addIds(sqlite3 *db, const QString &sql, const QVariantList &values, QBitArray &bits)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray text = sql.toUtf8();
    const auto failed = [&] {
        const QString message = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(stmt);
        return Status::failure(message);
    };
    if (sqlite3_prepare_v2(db, text.constData(), int(text.size()), &stmt, nullptr) != SQLITE_OK)
        return failed();
    QList<QByteArray> texts; // alive until the statement is done
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        if (value.typeId() == QMetaType::QString) {
            texts.append(value.toString().toUtf8());
            sqlite3_bind_text(stmt, i + 1, texts.last().constData(), int(texts.last().size()), SQLITE_STATIC);
        } else {
            sqlite3_bind_int64(stmt, i + 1, value.toLongLong());
        }
    }
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const qint64 id = sqlite3_column_int64(stmt, 0);
        if (id < 0 || id > std::numeric_limits<qint32>::max())
            continue;
        if (id >= bits.size())
            bits.resize(qMax(id + 1, bits.size() * 2));
        bits.setBit(id);
    }
    if (rc != SQLITE_DONE)
        return failed();
    sqlite3_finalize(stmt);
    return success();
}

// The rows a search may return: each of the filter's conditions through its own index (category, each
// tag, the few articles not visible), the rest in one pass over the articles.
Result<SearchRanking::RowSet> rowSetFor(sqlite3 *db, const ArticleFilter &filter)
{
    ArticleFilter rest = filter;
    rest.categoryPath.clear();
    rest.tags.clear();
    rest.includeHidden = true;
    rest.after.reset();
    const Where where = whereFor(rest);
    QList<QPair<QString, QVariantList>> conditions;
    if (!filter.categoryPath.isEmpty())
        conditions.append({ QStringLiteral("SELECT id FROM articles WHERE category_id IN (%1)")
                                .arg(QLatin1String(CategoryIds)),
            categoryValues(filter.categoryPath) });
    if (filter.anyTag && !filter.tags.isEmpty()) {
        conditions.append({ QLatin1String(TaggedIds).arg(placeholders(filter.tags.size())),
            QVariantList(filter.tags.begin(), filter.tags.end()) });
    } else {
        for (const QString &tag : QSet<QString>(filter.tags.begin(), filter.tags.end()))
            conditions.append({ QLatin1String(TaggedIds).arg(placeholders(1)), { tag } });
    }
    if (!where.clauses.isEmpty())
        conditions.append({ QStringLiteral("SELECT a.id FROM articles a ") + where.sql(), where.values });

    std::optional<QBitArray> allowed;
    for (const auto &[sql, values] : std::as_const(conditions)) {
        QBitArray ids;
        if (auto added = addIds(db, sql, values, ids); !added)
            return Result<SearchRanking::RowSet>::failure(added.error());
        allowed = allowed ? (*allowed & ids) : ids;
    }

    SearchRanking::RowSet rows;
    if (!filter.includeHidden) {
        // (Written as the index articles_not_visible is, so that it serves.)
        QBitArray hidden;
        if (auto added = addIds(db,
                QStringLiteral("SELECT id FROM articles WHERE published <> 1 OR draft <> 0 OR hidden <> 0"),
                {}, hidden);
            !added)
            return Result<SearchRanking::RowSet>::failure(added.error());
        if (!allowed) {
            rows.bits = hidden;
            return rows;
        }
        hidden.resize(qMax(hidden.size(), allowed->size()));
        *allowed &= ~hidden;
    }
    if (allowed) {
        rows.bits = *allowed;
        rows.listsAllowed = true;
    }
    return rows;
}

} // namespace

Result<QList<SearchHit>> LibraryStore::search(
    const SearchQuery &query, const ArticleFilter &window, SearchOrder order) const
{
    const ArticleFilter filter = narrowed(window, query);

    QList<SearchHit> hits;
    if (query.match.isEmpty()) { // filters only: the newest articles that pass them
        auto rows = articles(filter);
        if (!rows)
            return Result<QList<SearchHit>>::failure(rows.error());
        for (ArticleRow &row : rows.value())
            hits.append({ std::move(row), {}, 0 });
        return hits;
    }

    // First the best (or newest) matches that pass the filters, then their rows and snippets. The ranking is
    // bm25 with title matches weighing most, then tags, then the text (see SearchRanking).
    QList<SearchRanking::Ranked> top;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (order == SearchOrder::Relevance) {
        auto rows = rowSetFor(m_db.handle(), filter);
        if (!rows)
            return Result<QList<SearchHit>>::failure(QStringLiteral("search failed: %1").arg(rows.error()));
        const bool onePass = query.phrases.size() == 1 && !query.phrases.first().prefix;
        auto ranked = m_db.ranking().rank(query.match, onePass, { filter.limit, std::move(rows).value() });
        if (!ranked)
            return Result<QList<SearchHit>>::failure(QStringLiteral("search failed: %1").arg(ranked.error()));
        top = std::move(ranked).value();
    } else {
        Where where = whereFor(filter);
        where.clauses.prepend(QStringLiteral("article_search MATCH ?"));
        where.values.prepend(query.match);
        QString sql = QStringLiteral(
                          "SELECT a.id FROM article_search JOIN articles a ON a.id = article_search.rowid ")
            + where.sql() + QStringLiteral("ORDER BY a.sort_date DESC, a.id DESC");
        if (filter.limit >= 0)
            sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
        if (!run(q, sql, where.values))
            return Result<QList<SearchHit>>::failure(
                QStringLiteral("search failed: %1").arg(q.lastError().text()));
        while (q.next())
            top.append({ q.value(0).toLongLong(), 0.0 });
    }
    q.finish();

    // The rows and texts, a few hundred ids at a time (integers, written into the statement).
    QHash<qint64, qsizetype> place;
    for (const auto &[id, score] : std::as_const(top)) {
        place.insert(id, hits.size());
        hits.append({ {}, {}, score });
    }
    constexpr qsizetype Batch = 500;
    for (qsizetype i = 0; i < top.size(); i += Batch) {
        QStringList ids;
        for (qsizetype k = i; k < qMin(top.size(), i + Batch); ++k)
            ids << QString::number(top.at(k).id);
        const QString sql = QStringLiteral("SELECT ") + RowSelect + QStringLiteral(", b.text ") + RowFrom
            + QStringLiteral("LEFT JOIN article_bodies b ON b.article_id = a.id WHERE a.id IN (%1)")
                  .arg(ids.join(u','));
        if (!q.exec(sql))
            return Result<QList<SearchHit>>::failure(
                QStringLiteral("search failed: %1").arg(q.lastError().text()));
        while (q.next()) {
            SearchHit &hit = hits[place.value(q.value(0).toLongLong())];
            hit.row = rowFrom(q);
            hit.snippet = SearchSnippet::make(q.value(14).toString(), query.phrases);
        }
    }
    hits.removeIf([](const SearchHit &hit) { return hit.row.id == 0; }); // gone since (an import)
    // Equal scores: the newest first.
    if (order == SearchOrder::Relevance) {
        std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) {
            return a.score < b.score || (a.score == b.score && a.row.sortDate > b.row.sortDate);
        });
    }
    return hits;
}

Status LibraryStore::reindex()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("INSERT INTO article_search (article_search) VALUES ('rebuild')")))
        return Status::failure(failure(q));
    return success();
}

Result<QList<SavedSearch>> LibraryStore::savedSearches() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, name, query FROM saved_searches ORDER BY name")))
        return Result<QList<SavedSearch>>::failure(failure(q));
    QList<SavedSearch> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString() });
    return out;
}

Status LibraryStore::saveSearch(const QString &name, const QString &query)
{
    QSqlQuery q(m_db.connection());
    if (!run(q,
            QStringLiteral("INSERT INTO saved_searches (name, query) VALUES (?, ?) "
                           "ON CONFLICT (name) DO UPDATE SET query = excluded.query"),
            { name, query }))
        return Status::failure(failure(q));
    return success();
}

Status LibraryStore::removeSavedSearch(qint64 id)
{
    QSqlQuery q(m_db.connection());
    if (!run(q, QStringLiteral("DELETE FROM saved_searches WHERE id = ?"), { id }))
        return Status::failure(failure(q));
    return success();
}

Result<int> LibraryStore::countArticles(const ArticleFilter &filter) const
{
    ArticleFilter counted = filter;
    counted.after.reset();
    const Where where = whereFor(counted);
    QSqlQuery query(m_db.connection());
    if (!run(query, QStringLiteral("SELECT count(*) FROM articles a ") + where.sql(), where.values)
        || !query.next())
        return Result<int>::failure(failure(query));
    return query.value(0).toInt();
}

std::optional<ArticleDetail> LibraryStore::article(qint64 id) const
{
    QSqlQuery query(m_db.connection());
    const QString sql = QStringLiteral("SELECT ") + RowSelect
        + QStringLiteral(", s.root, a.path, b.html, b.text, b.raw, a.author, a.permalink, a.excerpt, "
                         "a.encoding, a.metadata, a.warnings ")
        + RowFrom + QStringLiteral("LEFT JOIN article_bodies b ON b.article_id = a.id WHERE a.id = ?");
    if (!run(query, sql, { id }) || !query.next())
        return std::nullopt;
    ArticleDetail detail;
    detail.row = rowFrom(query);
    detail.sourceRoot = query.value(14).toString();
    detail.relativePath = query.value(15).toString();
    detail.html = query.value(16).toString();
    detail.text = query.value(17).toString();
    detail.raw = query.value(18).toString();
    detail.author = query.value(19).toString();
    detail.permalink = query.value(20).toString();
    detail.excerpt = query.value(21).toString();
    detail.encoding = query.value(22).toString();
    detail.metadata = QJsonDocument::fromJson(query.value(23).toString().toUtf8()).object();
    detail.warnings = query.value(24).toString().split(u'\n', Qt::SkipEmptyParts);
    return detail;
}

Result<QList<CategoryNode>> LibraryStore::categories() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    const QString sql = QStringLiteral(
        "SELECT c.id, coalesce(c.parent_id, 0), c.name, c.path, count(a.id), coalesce(sum(a.is_read = 0), 0) "
        "FROM categories c LEFT JOIN articles a ON a.category_id = c.id AND %1 "
        "GROUP BY c.id ORDER BY c.path")
                            .arg(QString::fromLatin1(Visible));
    if (!run(query, sql))
        return Result<QList<CategoryNode>>::failure(failure(query));
    QList<CategoryNode> nodes;
    QHash<qint64, qsizetype> index;
    while (query.next()) {
        CategoryNode node;
        node.id = query.value(0).toLongLong();
        node.parentId = query.value(1).toLongLong();
        node.name = query.value(2).toString();
        node.path = query.value(3).toString();
        node.displayName = node.name;
        node.articles = query.value(4).toInt();
        node.unread = query.value(5).toInt();
        index.insert(node.id, nodes.size());
        nodes.append(node);
    }

    // A category whose every article carries one same tag is shown by that tag's name (the finews archive
    // files 人民邮电报新闻 under `renminyoudianbao`).
    const QString tagSql
        = QStringLiteral("SELECT a.category_id, t.name, count(*) FROM articles a "
                         "JOIN article_tags at ON at.article_id = a.id JOIN tags t ON t.id = at.tag_id "
                         "WHERE a.category_id IS NOT NULL AND %1 GROUP BY a.category_id, t.id")
              .arg(QString::fromLatin1(Visible));
    if (!run(query, tagSql))
        return Result<QList<CategoryNode>>::failure(failure(query));
    QHash<qint64, QStringList> everywhere;
    while (query.next()) {
        const auto it = index.constFind(query.value(0).toLongLong());
        if (it != index.constEnd() && nodes[*it].articles == query.value(2).toInt())
            everywhere[nodes[*it].id] << query.value(1).toString();
    }
    QSet<qint64> parents;
    for (const CategoryNode &node : std::as_const(nodes))
        parents.insert(node.parentId);
    for (auto it = everywhere.cbegin(); it != everywhere.cend(); ++it) {
        if (it.value().size() == 1 && !parents.contains(it.key())) // a leaf: the tag names all it holds
            nodes[index.value(it.key())].displayName = it.value().first();
    }
    return nodes;
}

Result<QList<TagCount>> LibraryStore::tags(const QString &categoryPath) const
{
    ArticleFilter filter;
    filter.categoryPath = categoryPath;
    return tags(filter);
}

Result<QList<TagCount>> LibraryStore::tags(const ArticleFilter &filter) const
{
    const Where where = whereFor(filter);
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    const QString sql
        = QStringLiteral("SELECT t.name, count(*) FROM article_tags at JOIN tags t ON t.id = at.tag_id "
                         "JOIN articles a ON a.id = at.article_id ")
        + where.sql() + QStringLiteral("GROUP BY t.id ORDER BY count(*) DESC, t.name");
    if (!run(query, sql, where.values))
        return Result<QList<TagCount>>::failure(failure(query));
    QList<TagCount> tags;
    while (query.next())
        tags.append({ query.value(0).toString(), query.value(1).toInt() });
    return tags;
}

Result<LibraryStats> LibraryStore::stats() const
{
    LibraryStats stats;
    QSqlQuery query(m_db.connection());
    const QString sql = QStringLiteral(
        "SELECT count(*) FILTER (WHERE %1), count(*) FILTER (WHERE %1 AND a.is_read = 0), "
        "count(*) FILTER (WHERE %1 AND a.starred = 1), count(*) FILTER (WHERE a.missing = 1), "
        "count(*) FILTER (WHERE NOT (%1)), (SELECT count(*) FROM categories), (SELECT count(*) FROM tags) "
        "FROM articles a")
                            .arg(QString::fromLatin1(Visible));
    if (!run(query, sql) || !query.next())
        return Result<LibraryStats>::failure(failure(query));
    stats.articles = query.value(0).toInt();
    stats.unread = query.value(1).toInt();
    stats.starred = query.value(2).toInt();
    stats.missing = query.value(3).toInt();
    stats.hidden = query.value(4).toInt();
    stats.categories = query.value(5).toInt();
    stats.tags = query.value(6).toInt();

    if (!run(query,
            QStringLiteral("SELECT s.root, count(a.id), s.last_import FROM sources s "
                           "LEFT JOIN articles a ON a.source_id = s.id GROUP BY s.id ORDER BY s.root")))
        return Result<LibraryStats>::failure(failure(query));
    while (query.next()) {
        LibraryStats::Source source;
        source.root = query.value(0).toString();
        source.articles = query.value(1).toInt();
        if (!query.value(2).isNull())
            source.lastImport = QDateTime::fromSecsSinceEpoch(query.value(2).toLongLong());
        stats.sources.append(source);
    }
    if (run(query, QStringLiteral("SELECT summary FROM import_runs ORDER BY id DESC LIMIT 1"))
        && query.next())
        stats.lastImport = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    return stats;
}

Status LibraryStore::setRead(qint64 id, bool read)
{
    QSqlQuery query(m_db.connection());
    if (!run(query, QStringLiteral("UPDATE articles SET is_read = ? WHERE id = ?"), { read ? 1 : 0, id }))
        return Status::failure(failure(query));
    return success();
}

Status LibraryStore::setStarred(qint64 id, bool starred)
{
    QSqlQuery query(m_db.connection());
    if (!run(query, QStringLiteral("UPDATE articles SET starred = ? WHERE id = ?"), { starred ? 1 : 0, id }))
        return Status::failure(failure(query));
    return success();
}

Status LibraryStore::setHidden(qint64 id, bool hidden)
{
    QSqlQuery query(m_db.connection());
    if (!run(query, QStringLiteral("UPDATE articles SET hidden = ? WHERE id = ?"), { hidden ? 1 : 0, id }))
        return Status::failure(failure(query));
    return success();
}

Result<int> LibraryStore::markRead(const ArticleFilter &filter)
{
    ArticleFilter unread = filter;
    unread.unreadOnly = true;
    unread.limit = -1;
    unread.after.reset();
    const Where where = whereFor(unread);
    QSqlQuery query(m_db.connection());
    if (!run(query,
            QStringLiteral("UPDATE articles SET is_read = 1 WHERE id IN (SELECT a.id FROM articles a ")
                + where.sql() + u')',
            where.values))
        return Result<int>::failure(failure(query));
    return query.numRowsAffected();
}

QString LibraryStore::sourceRoot(qint64 sourceId) const
{
    QSqlQuery query(m_db.connection());
    if (!run(query, QStringLiteral("SELECT root FROM sources WHERE id = ?"), { sourceId }) || !query.next())
        return {};
    return query.value(0).toString();
}

} // namespace Gazette::Library
