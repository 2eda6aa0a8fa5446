// CategoryTreeModel: "All articles" and the category tree, with article and unread counts.
#include "categorytreemodel.h"

#include <QFont>
#include <QHash>
#include <QIcon>

namespace Gazette::Ui {

CategoryTreeModel::CategoryTreeModel(QObject *parent) : QAbstractItemModel(parent), m_root(std::make_unique<Node>()) { }

CategoryTreeModel::~CategoryTreeModel() = default;

void CategoryTreeModel::reload(Library::LibraryStore &store)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    auto all = std::make_unique<Node>();
    all->label = tr("All articles");
    all->parent = m_root.get();
    Node *allNode = all.get();
    m_root->children.push_back(std::move(all));

    const auto stats = store.stats();
    if (stats) {
        allNode->articles = stats->articles;
        allNode->unread = stats->unread;
    }
    for (const Special special : { UnreadEntry, StarredEntry }) {
        auto node = std::make_unique<Node>();
        node->label = special == UnreadEntry ? tr("Unread") : tr("Starred");
        node->special = special;
        node->articles = !stats ? 0 : special == UnreadEntry ? stats->unread : stats->starred;
        node->parent = m_root.get();
        node->row = int(m_root->children.size());
        m_root->children.push_back(std::move(node));
    }
    if (const auto categories = store.categories()) {
        QHash<qint64, Node *> byId;
        // Sorted by path: a parent always comes before its children.
        for (const Library::CategoryNode &category : categories.value()) {
            Node *parent = byId.value(category.parentId, allNode);
            auto node = std::make_unique<Node>();
            node->label = category.displayName;
            node->name = category.name;
            node->path = category.path;
            node->parent = parent;
            node->row = int(parent->children.size());
            byId.insert(category.id, node.get());
            for (Node *n = node.get(); n && n != allNode; n = n->parent) {
                n->articles += category.articles;
                n->unread += category.unread;
            }
            parent->children.push_back(std::move(node));
        }
    }
    // Saved searches: smart folders, counted afresh, so they follow every import.
    if (const auto saved = store.savedSearches(); saved && !saved->isEmpty()) {
        auto group = std::make_unique<Node>();
        group->label = tr("Saved searches");
        group->isGroup = true;
        group->parent = m_root.get();
        group->row = int(m_root->children.size());
        for (const Library::SavedSearch &search : saved.value()) {
            auto node = std::make_unique<Node>();
            node->label = search.name;
            node->query = search.query;
            node->savedId = search.id;
            node->parent = group.get();
            node->row = int(group->children.size());
            if (const auto query = Library::SearchQuery::parse(search.query)) {
                if (const auto count = store.countSearch(query.value()))
                    node->articles = count.value();
            }
            group->children.push_back(std::move(node));
        }
        m_root->children.push_back(std::move(group));
    }
    endResetModel();
}

QModelIndex CategoryTreeModel::indexForPath(const QString &path) const
{
    const Node *node = m_root->children.front().get();
    if (path.isEmpty())
        return createIndex(0, 0, node);
    for (const QString &part : path.split(u'/')) {
        const Node *next = nullptr;
        for (const auto &child : node->children) {
            if (child->path.section(u'/', -1) == part) {
                next = child.get();
                break;
            }
        }
        if (!next)
            return {};
        node = next;
    }
    return createIndex(node->row, 0, node);
}

CategoryTreeModel::Node *CategoryTreeModel::savedGroup() const
{
    for (const auto &child : m_root->children)
        if (child->isGroup)
            return child.get();
    return nullptr;
}

QModelIndex CategoryTreeModel::indexForSpecial(Special special) const
{
    for (const auto &child : m_root->children)
        if (child->special == special)
            return createIndex(child->row, 0, child.get());
    return {};
}

QModelIndex CategoryTreeModel::indexForSavedSearch(qint64 id) const
{
    const Node *group = savedGroup();
    if (!group)
        return {};
    for (const auto &child : group->children) {
        if (child->savedId == id)
            return createIndex(child->row, 0, child.get());
    }
    return {};
}

CategoryTreeModel::Node *CategoryTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex CategoryTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *node = nodeFor(parent);
    if (row < 0 || row >= int(node->children.size()) || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex CategoryTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeFor(child);
    if (!child.isValid() || node->parent == m_root.get() || !node->parent)
        return {};
    return createIndex(node->parent->row, 0, node->parent);
}

int CategoryTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int CategoryTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CategoryTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return node->label;
        if (index.column() == UnreadColumn)
            return node->isGroup || node->special != NoSpecial || !node->query.isEmpty() || node->unread == 0 ? QVariant()
                                                                                                             : QVariant(node->unread);
        return node->isGroup ? QVariant() : QVariant(node->articles);
    case Qt::ToolTipRole: {
        if (!node->query.isEmpty())
            return tr("Saved search: %1 (%2 articles)").arg(node->query).arg(node->articles);
        if (node->special != NoSpecial)
            return tr("%1: %2 articles").arg(node->label).arg(node->articles);
        QString tip = tr("%1: %2 articles, %3 unread").arg(node->label).arg(node->articles).arg(node->unread);
        if (!node->name.isEmpty() && node->name != node->label)
            tip += u'\n' + tr("Category: %1").arg(node->path);
        return tip;
    }
    case Qt::FontRole:
        if (node->unread > 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() != NameColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case PathRole:
        return node->path;
    case QueryRole:
        return node->query;
    case SavedSearchIdRole:
        return node->savedId;
    case SpecialRole:
        return int(node->special);
    case Qt::DecorationRole:
        if (index.column() == NameColumn && !node->query.isEmpty())
            return QIcon::fromTheme(QStringLiteral("edit-find"));
        if (index.column() == NameColumn && node->special == StarredEntry)
            return QIcon::fromTheme(QStringLiteral("starred-symbolic"), QIcon::fromTheme(QStringLiteral("emblem-favorite")));
        return {};
    default:
        return {};
    }
}

QVariant CategoryTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Category") : section == CountColumn ? tr("Articles") : tr("Unread");
}

} // namespace Gazette::Ui
