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
    m_filter = filter;
    m_filter.sort = m_sort;
    m_filter.offset = 0;
    m_filter.after.reset();
    m_filter.limit = PageSize;
    m_rows.clear();
    m_total = 0;
    m_atEnd = !m_store;
    if (m_store) {
        const auto total = m_store->countArticles(m_filter);
        m_total = total ? total.value() : 0;
        m_rows = fetchPage();
        m_atEnd = m_rows.size() < PageSize;
    }
    endResetModel();
}

void ArticleListModel::setSearchResults(const QList<Library::SearchHit> &hits)
{
    beginResetModel();
    m_search = true;
    m_atEnd = true;
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

QList<Library::ArticleRow> ArticleListModel::fetchPage() const
{
    Library::ArticleFilter page = m_filter;
    if (!m_rows.isEmpty() && page.sort == Library::ArticleFilter::Sort::Newest)
        page.after = Library::ArticleFilter::Cursor { m_rows.last().sortDate, m_rows.last().id };
    else
        page.offset = int(m_rows.size());
    auto rows = m_store->articles(page);
    return rows ? rows.value() : QList<Library::ArticleRow>();
}

bool ArticleListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void ArticleListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || !m_store)
        return;
    const QList<Library::ArticleRow> more = fetchPage();
    m_atEnd = more.size() < PageSize;
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
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
    case DateColumn: sort = up ? Sort::Oldest : Sort::Newest; break;
    default: return;
    }
    if (sort == m_sort)
        return;
    m_sort = sort;
    if (!m_search)
        setFilter(m_filter);
}

const Library::ArticleRow *ArticleListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

void ArticleListModel::setRead(int row, bool read)
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].read == read || !m_store)
        return;
    if (m_store->setRead(m_rows[row].id, read)) {
        m_rows[row].read = read;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1), { Qt::FontRole, ReadRole });
    }
}

void ArticleListModel::setStarred(int row, bool starred)
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].starred == starred || !m_store)
        return;
    if (m_store->setStarred(m_rows[row].id, starred)) {
        m_rows[row].starred = starred;
        emit dataChanged(index(row, StarColumn), index(row, StarColumn));
    }
}

void ArticleListModel::hideRow(int row)
{
    if (row < 0 || row >= m_rows.size() || !m_store || !m_store->setHidden(m_rows[row].id, true))
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    if (m_search)
        m_snippets.removeAt(row);
    --m_total;
    endRemoveRows();
}

void ArticleListModel::refreshState()
{
    if (!m_store || m_rows.isEmpty())
        return;
    for (Library::ArticleRow &row : m_rows) {
        if (const auto detail = m_store->article(row.id)) {
            row.read = detail->row.read;
            row.starred = detail->row.starred;
        }
    }
    emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : (m_search ? ColumnCount : SnippetColumn);
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    const Library::ArticleRow *row = rowAt(index.row());
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
