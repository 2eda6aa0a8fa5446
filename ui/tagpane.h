// TagPane: every tag of the current view with its count; tick several, match all or any of them.
#pragma once

#include "librarystore.h"

#include <QAbstractListModel>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;

namespace Gazette::Ui {

class TagListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { NameRole = Qt::UserRole + 1, CountRole };
    using QAbstractListModel::QAbstractListModel;

    // Selected tags stay listed (first) even when the view has none of them.
    void setTags(const QList<Library::TagCount> &tags, const QStringList &selected);
    QStringList selected() const { return m_selected; }
    void setSelected(const QStringList &selected);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void selectionChanged(const QStringList &selected);

private:
    QList<Library::TagCount> m_tags;
    QStringList m_selected;
};

class TagPane : public QWidget
{
    Q_OBJECT
public:
    explicit TagPane(QWidget *parent = nullptr);

    void setTags(const QList<Library::TagCount> &tags);
    QStringList selected() const { return m_model->selected(); }
    bool matchAny() const;
    void setSelected(const QStringList &tags);
    void setMatchAny(bool any);
    void focusFilter();

signals:
    void filterChanged(const QStringList &tags, bool any);

private:
    TagListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_mode;
    QListView *m_list;
};

} // namespace Gazette::Ui
