// ArticleListModel: the articles of the current filter, newest first, fetched page by page as the view scrolls.
#include "articlelistmodel.h"

#include <QColor>
#include <QFont>

namespace Gazette::Ui {

ArticleListModel::ArticleListModel(QObject *parent) : QAbstractTableModel(parent) { }

void ArticleListModel::setStore(Library::LibraryStore *store)
{
    m_store = store;
    setFilter(m_filter);
}

void ArticleListModel::setFilter(const Library::ArticleFilter &filter)
{
    beginResetModel();
    m_search = false;
    m_snippets.clear();
    m_rows.clear();
    m_pages.clear();
    m_pageUse.clear();
    m_filter = filter;
    m_filter.sort = m_sort;
    m_filter.offset = 0;
    m_filter.reversed = false;
    m_filter.after.reset();
    m_filter.limit = PageSize;
    m_total = 0;
    if (m_store) {
        const auto total = m_store->countArticles(m_filter);
        m_total = total ? total.value() : 0;
    }
    endResetModel();
}

void ArticleListModel::setSearchResults(const QList<Library::SearchHit> &hits)
{
    beginResetModel();
    m_search = true;
    m_pages.clear();
    m_pageUse.clear();
    m_rows.clear();
    m_snippets.clear();
    for (const Library::SearchHit &hit : hits) {
        m_rows.append(hit.row);
        QString snippet = hit.snippet;
        snippet.remove(QChar(2)).remove(QChar(3));
        m_snippets.append(snippet.simplified());
    }
    m_total = int(hits.size());
    endResetModel();
}

const QList<Library::ArticleRow> *ArticleListModel::page(int index) const
{
    if (auto it = m_pages.find(index); it != m_pages.end()) {
        m_pageUse.removeOne(index);
        m_pageUse.append(index);
        return &*it;
    }
    if (!m_store)
        return nullptr;
    // Pages in the second half are read from the end, so that the last rows cost as little as the first.
    Library::ArticleFilter filter = m_filter;
    const int first = index * PageSize;
    const int count = std::min(PageSize, m_total - first);
    if (count <= 0)
        return nullptr;
    if (first > m_total / 2) {
        filter.reversed = true;
        filter.offset = m_total - first - count;
        filter.limit = count;
    } else {
        filter.offset = first;
        filter.limit = count;
    }
    auto rows = m_store->articles(filter);
    if (!rows)
        return nullptr;
    QList<Library::ArticleRow> list = std::move(rows).value();
    if (filter.reversed)
        std::reverse(list.begin(), list.end());
    if (m_pages.size() >= CachedPages && !m_pageUse.isEmpty())
        m_pages.remove(m_pageUse.takeFirst());
    m_pageUse.append(index);
    return &*m_pages.insert(index, std::move(list));
}

Library::ArticleRow *ArticleListModel::row(int row) const
{
    if (row < 0 || row >= m_total)
        return nullptr;
    if (m_search)
        return row < m_rows.size() ? const_cast<Library::ArticleRow *>(&m_rows[row]) : nullptr;
    const QList<Library::ArticleRow> *rows = page(row / PageSize);
    const int at = row % PageSize;
    return rows && at < rows->size() ? const_cast<Library::ArticleRow *>(&(*rows)[at]) : nullptr;
}

void ArticleListModel::sort(int column, Qt::SortOrder order)
{
    using Sort = Library::ArticleFilter::Sort;
    const bool up = order == Qt::AscendingOrder;
    Sort sort = Sort::Newest;
    switch (column) {
    case TitleColumn: sort = up ? Sort::TitleAscending : Sort::TitleDescending; break;
    case CategoryColumn: sort = up ? Sort::CategoryAscending : Sort::CategoryDescending; break;
    case StarColumn: sort = Sort::StarredFirst; break;
    case TagsColumn: sort = up ? Sort::TagsAscending : Sort::TagsDescending; break;
    case DateColumn: sort = up ? Sort::Oldest : Sort::Newest; break;
    default: return;
    }
    if (sort == m_sort)
        return;
    m_sort = sort;
    if (!m_search)
        setFilter(m_filter);
}

const Library::ArticleRow *ArticleListModel::rowAt(int index) const
{
    return row(index);
}

void ArticleListModel::setRead(int index, bool read)
{
    Library::ArticleRow *article = row(index);
    if (!article || article->read == read || !m_store)
        return;
    if (m_store->setRead(article->id, read)) {
        article->read = read;
        emit dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1), { Qt::FontRole, ReadRole });
    }
}

void ArticleListModel::setStarred(int index, bool starred)
{
    Library::ArticleRow *article = row(index);
    if (!article || article->starred == starred || !m_store)
        return;
    if (m_store->setStarred(article->id, starred)) {
        article->starred = starred;
        emit dataChanged(this->index(index, StarColumn), this->index(index, StarColumn));
    }
}

void ArticleListModel::hideRow(int index)
{
    Library::ArticleRow *article = row(index);
    if (!article || !m_store || !m_store->setHidden(article->id, true))
        return;
    beginRemoveRows({}, index, index);
    if (m_search) {
        m_rows.removeAt(index);
        m_snippets.removeAt(index);
    } else {
        m_pages.clear(); // the rows after it move up a place
        m_pageUse.clear();
    }
    --m_total;
    endRemoveRows();
}

void ArticleListModel::refreshState()
{
    if (!m_store || m_total == 0)
        return;
    if (m_search) {
        for (Library::ArticleRow &article : m_rows) {
            if (const auto detail = m_store->article(article.id)) {
                article.read = detail->row.read;
                article.starred = detail->row.starred;
            }
        }
    } else {
        m_pages.clear();
        m_pageUse.clear();
    }
    emit dataChanged(index(0, 0), index(m_total - 1, ColumnCount - 1));
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_total;
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : (m_search ? ColumnCount : SnippetColumn);
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    const Library::ArticleRow *row = this->row(index.row());
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return row->title;
        case DateColumn:
            return row->date.isValid() ? row->date.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
        case CategoryColumn:
            return row->categoryPath;
        case TagsColumn:
            return row->tags.join(QStringLiteral(", "));
        case StarColumn:
            return row->starred ? QStringLiteral("★") : QStringLiteral("☆");
        case SnippetColumn:
            return m_snippets.value(index.row());
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn) {
            QString tip = row->title;
            if (!row->tags.isEmpty())
                tip += u'\n' + tr("Tags: %1").arg(row->tags.join(QStringLiteral(", ")));
            if (row->missing)
                tip += u'\n' + tr("The file of this article is gone; the library keeps it.");
            return tip;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StarColumn)
            return row->starred ? QColor(0xe0, 0xa8, 0x00) : QColor(0x99, 0x99, 0x99);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == StarColumn ? QVariant(Qt::AlignCenter) : QVariant();
    case Qt::FontRole:
        if (!row->read) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case IdRole:
        return row->id;
    case SourceIdRole:
        return row->sourceId;
    case ReadRole:
        return row->read;
    default:
        return {};
    }
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn: return tr("Title");
    case DateColumn: return tr("Date");
    case CategoryColumn: return tr("Category");
    case TagsColumn: return tr("Tags");
    case StarColumn: return QStringLiteral("★");
    case SnippetColumn: return tr("Match");
    }
    return {};
}

} // namespace Gazette::Ui
