// ArticleListModel: the articles of the current filter, in windows of rows fetched when the view shows them.
#pragma once

#include "articlefilter.h"
#include "librarystore.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Gazette::Ui {

class ArticleListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, DateColumn, CategoryColumn, TagsColumn, StarColumn, SnippetColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SourceIdRole, ReadRole };
    static constexpr int PageSize = 256;

    explicit ArticleListModel(QObject *parent = nullptr);

    // The store must outlive the model, or be replaced with setStore() before it goes.
    void setStore(Library::LibraryStore *store);
    void setFilter(const Library::ArticleFilter &filter);
    // Shows search results instead of the filter's articles, until the next setFilter().
    void setSearchResults(const QList<Library::SearchHit> &hits);
    bool showsSearch() const { return m_search; }
    const Library::ArticleFilter &filter() const { return m_filter; }
    int totalCount() const { return m_total; }
    const Library::ArticleRow *rowAt(int row) const;
    void setRead(int row, bool read);
    void setStarred(int row, bool starred);
    // Hides the article in the library and takes the row away.
    void hideRow(int row);
    // After the library changed under the rows (mark all read): reads their state again.
    void refreshState();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // By date, title, category or star; search results keep their own order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // Compatibility with views that page: every row is there from the start (rowCount is the total).
    bool canFetchMore(const QModelIndex &) const override { return false; }
    void fetchMore(const QModelIndex &) override { }

    static constexpr int CachedPages = 64; // 16,384 rows at most in memory

private:
    // The row, fetching its page when it is not at hand; null past the end.
    Library::ArticleRow *row(int row) const;
    const QList<Library::ArticleRow> *page(int index) const;

    Library::LibraryStore *m_store = nullptr;
    Library::ArticleFilter m_filter;
    mutable QHash<int, QList<Library::ArticleRow>> m_pages; // page index -> rows (filter mode)
    mutable QList<int> m_pageUse; // least recently used first
    QList<Library::ArticleRow> m_rows; // search mode
    QStringList m_snippets; // in search mode, one a row
    bool m_search = false;
    Library::ArticleFilter::Sort m_sort = Library::ArticleFilter::Sort::Newest;
    int m_total = 0;
};

} // namespace Gazette::Ui
