// CategoryTreeModel: "All articles" and the category tree, with article and unread counts.
#pragma once

#include "librarystore.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace Gazette::Ui {

class CategoryTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        PathRole = Qt::UserRole + 1, // a category's path ("" for All articles)
        QueryRole, // a saved search's query
        SavedSearchIdRole,
        SpecialRole, // Special: the Unread and Starred entries
    };
    enum Special { NoSpecial, UnreadEntry, StarredEntry };
    enum Column { NameColumn, CountColumn, UnreadColumn, ColumnCount };

    explicit CategoryTreeModel(QObject *parent = nullptr);
    ~CategoryTreeModel() override;

    // Rebuilds the tree from the store; the "All articles" root counts every visible article.
    void reload(Library::LibraryStore &store);
    QModelIndex indexForPath(const QString &path) const;
    QModelIndex indexForSavedSearch(qint64 id) const;
    QModelIndex indexForSpecial(Special special) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        QString label;
        QString path; // empty for "All articles"
        QString name; // the category's own name, when the label is a display name
        QString query; // for saved searches
        qint64 savedId = 0;
        bool isGroup = false; // "Saved searches"
        Special special = NoSpecial;
        int articles = 0; // including those below
        int unread = 0;
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
        int row = 0;
    };
    Node *nodeFor(const QModelIndex &index) const;

    Node *savedGroup() const;

    // Invisible; its children: "All articles", "Unread", "Starred", then "Saved searches" if any.
    std::unique_ptr<Node> m_root;
};

} // namespace Gazette::Ui
