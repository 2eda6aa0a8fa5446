// LibraryStore: what the window and the command line read from a library, and the reader's state.
#pragma once

#include "articlefilter.h"
#include "database.h"
#include "result.h"
#include "searchquery.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Gazette::Library {

struct ArticleRow
{
    qint64 id = 0;
    qint64 sourceId = 0;
    QString title;
    QDateTime date; // in the offset the post was written with; invalid when unknown
    qint64 sortDate = 0;
    QString categoryPath;
    QStringList tags;
    QString path; // absolute path of the source file
    QString sourceUrl;
    bool read = false;
    bool starred = false;
    bool missing = false;
    bool hidden = false; // draft, unpublished or hidden by the reader
};

struct ArticleDetail
{
    ArticleRow row;
    QString sourceRoot;
    QString relativePath;
    QString html;
    QString text;
    QString raw;
    QString author;
    QString permalink;
    QString excerpt;
    QString encoding;
    QJsonObject metadata;
    QStringList warnings;
};

struct CategoryNode
{
    qint64 id = 0;
    qint64 parentId = 0; // 0 for a top-level category
    QString name;
    QString path;
    QString displayName; // the one tag every article of the category carries, else the name
    int articles = 0; // directly in this category (visible ones)
    int unread = 0;
};

struct TagCount
{
    QString name;
    int articles = 0;
};

struct LibraryStats
{
    int articles = 0;
    int unread = 0;
    int starred = 0;
    int missing = 0;
    int hidden = 0;
    int categories = 0;
    int tags = 0;
    struct Source
    {
        QString root;
        int articles = 0;
        QDateTime lastImport;
    };
    QList<Source> sources;
    QJsonObject lastImport; // the summary of the newest import run
};

struct SearchHit
{
    ArticleRow row;
    QString snippet; // matched terms between \x02 and \x03
    double score = 0; // bm25: lower is better
};

struct SavedSearch
{
    qint64 id = 0;
    QString name;
    QString query;
};

enum class SearchOrder { Relevance, Newest };

class LibraryStore
{
public:
    explicit LibraryStore(Database &db) : m_db(db) { }

    Result<QList<ArticleRow>> articles(const ArticleFilter &filter) const;
    Result<int> countArticles(const ArticleFilter &filter) const;
    // Full-text search within a filter (the window's category and tags); `filter.limit` caps the hits.
    Result<QList<SearchHit>> search(const SearchQuery &query, const ArticleFilter &filter,
                                    SearchOrder order = SearchOrder::Relevance) const;
    Result<int> countSearch(const SearchQuery &query, const ArticleFilter &filter = {}) const;
    Status reindex();
    Result<QList<SavedSearch>> savedSearches() const;
    Status saveSearch(const QString &name, const QString &query);
    Status removeSavedSearch(qint64 id);
    std::optional<ArticleDetail> article(qint64 id) const;
    Result<QList<CategoryNode>> categories() const;
    Result<QList<TagCount>> tags(const QString &categoryPath = {}) const;
    // Tags of the articles a filter shows, with how many of them carry each (the tag pane's counts).
    Result<QList<TagCount>> tags(const ArticleFilter &filter) const;
    Result<LibraryStats> stats() const;

    Status setRead(qint64 id, bool read);
    Status setStarred(qint64 id, bool starred);
    // Hidden articles leave every list (the file is never touched); `gazette list --all` shows them.
    Status setHidden(qint64 id, bool hidden);
    // Marks every article of the filter read; returns how many were unread.
    Result<int> markRead(const ArticleFilter &filter);

    // Image addresses that the articles of a filter (or, when `ids` is not empty, these articles) show and
    // that are not stored yet: those due for a try, or all of them with `includeNotDue`.
    Result<QStringList> missingResources(const ArticleFilter &filter, const QList<qint64> &ids = {},
                                         bool includeNotDue = false) const;

    // The folder an article came from, for the article view's local images.
    QString sourceRoot(qint64 sourceId) const;

private:
    Database &m_db;
};

} // namespace Gazette::Library
