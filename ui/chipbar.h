// ChipBar: the active tag filters above the article list, each removable with one click.
#pragma once

#include <QStringList>
#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace Gazette::Ui {

class ChipBar : public QWidget
{
    Q_OBJECT
public:
    explicit ChipBar(QWidget *parent = nullptr);
    void setTags(const QStringList &tags, bool any);

signals:
    void removed(const QString &tag);
    void cleared();

private:
    QHBoxLayout *m_chips;
    QLabel *m_label;
};

} // namespace Gazette::Ui
