// ArticleListModel: the articles of the current filter, newest first, fetched page by page as the view scrolls.
#pragma once

#include "articlefilter.h"
#include "librarystore.h"

#include <QAbstractTableModel>

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
    bool canFetchMore(const QModelIndex &parent) const override;
    // By date, title, category or star; search results keep their own order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    void fetchMore(const QModelIndex &parent) override;

private:
    QList<Library::ArticleRow> fetchPage() const;

    Library::LibraryStore *m_store = nullptr;
    Library::ArticleFilter m_filter;
    QList<Library::ArticleRow> m_rows;
    QStringList m_snippets; // in search mode, one a row
    bool m_search = false;
    Library::ArticleFilter::Sort m_sort = Library::ArticleFilter::Sort::Newest;
    int m_total = 0;
    bool m_atEnd = true;
};

} // namespace Gazette::Ui
