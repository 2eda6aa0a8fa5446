// TagPane: a checkable list over the store's tag counts, filtered as you type.
#include "tagpane.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace Gazette::Ui {

void TagListModel::setTags(const QList<Library::TagCount> &tags, const QStringList &selected)
{
    beginResetModel();
    m_selected = selected;
    m_tags.clear();
    QHash<QString, int> counts;
    for (const Library::TagCount &tag : tags)
        counts.insert(tag.name, tag.articles);
    for (const QString &name : selected)
        m_tags.append({ name, counts.value(name) });
    for (const Library::TagCount &tag : tags)
        if (!selected.contains(tag.name) && tag.articles > 0)
            m_tags.append(tag);
    endResetModel();
}

void TagListModel::setSelected(const QStringList &selected)
{
    if (selected == m_selected)
        return;
    m_selected = selected;
    if (!m_tags.isEmpty())
        emit dataChanged(index(0), index(int(m_tags.size()) - 1), { Qt::CheckStateRole });
}

int TagListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tags.size());
}

QVariant TagListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_tags.size())
        return {};
    const Library::TagCount &tag = m_tags[index.row()];
    switch (role) {
    case Qt::DisplayRole: return QStringLiteral("%1  (%2)").arg(tag.name).arg(tag.articles);
    case Qt::ToolTipRole: return tr("%n article(s) tagged %1", nullptr, tag.articles).arg(tag.name);
    case Qt::CheckStateRole: return m_selected.contains(tag.name) ? Qt::Checked : Qt::Unchecked;
    case NameRole: return tag.name;
    case CountRole: return tag.articles;
    default: return {};
    }
}

bool TagListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid())
        return false;
    const QString name = m_tags[index.row()].name;
    const bool on = value.toInt() == Qt::Checked;
    if (on == m_selected.contains(name))
        return true;
    if (on)
        m_selected.append(name);
    else
        m_selected.removeAll(name);
    emit dataChanged(index, index, { Qt::CheckStateRole });
    emit selectionChanged(m_selected);
    return true;
}

Qt::ItemFlags TagListModel::flags(const QModelIndex &index) const
{
    // Not ItemIsUserCheckable: the pane toggles on a click anywhere on the row (and on Enter).
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

TagPane::TagPane(QWidget *parent)
    : QWidget(parent),
      m_model(new TagListModel(this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit),
      m_mode(new QComboBox),
      m_list(new QListView)
{
    setObjectName(QStringLiteral("tagPane"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(TagListModel::NameRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setObjectName(QStringLiteral("tagList"));
    m_list->setModel(m_proxy);
    m_list->setUniformItemSizes(true);
    m_filter->setObjectName(QStringLiteral("tagFilter"));
    m_filter->setPlaceholderText(tr("Filter tags (Ctrl+L)"));
    m_filter->setClearButtonEnabled(true);
    m_mode->setObjectName(QStringLiteral("tagMode"));
    m_mode->addItem(tr("All of them"));
    m_mode->addItem(tr("Any of them"));
    m_mode->setToolTip(tr("Show articles with all the ticked tags, or with any of them"));

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Tags"));
    label->setStyleSheet(QStringLiteral("font-weight: bold"));
    top->addWidget(label);
    top->addStretch();
    top->addWidget(m_mode);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_model, &TagListModel::selectionChanged, this, [this](const QStringList &tags) { emit filterChanged(tags, matchAny()); });
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] { emit filterChanged(selected(), matchAny()); });
    // A click anywhere on a row ticks it, not only on its box.
    const auto toggle = [this](const QModelIndex &index) {
        const QModelIndex source = m_proxy->mapToSource(index);
        const bool on = source.data(Qt::CheckStateRole).toInt() == Qt::Checked;
        m_model->setData(source, on ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
    };
    connect(m_list, &QListView::clicked, this, toggle);
    connect(m_list, &QListView::activated, this, [this, toggle](const QModelIndex &index) {
        if (!m_list->selectionModel()->isSelected(index) || QApplication::mouseButtons() == Qt::NoButton)
            toggle(index);
    });
}

void TagPane::setTags(const QList<Library::TagCount> &tags)
{
    m_model->setTags(tags, m_model->selected());
}

bool TagPane::matchAny() const
{
    return m_mode->currentIndex() == 1;
}

void TagPane::setSelected(const QStringList &tags)
{
    m_model->setSelected(tags);
}

void TagPane::setMatchAny(bool any)
{
    const QSignalBlocker blocker(m_mode);
    m_mode->setCurrentIndex(any ? 1 : 0);
}

void TagPane::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

} // namespace Gazette::Ui
