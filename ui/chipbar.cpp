// ChipBar: a row of tool buttons, rebuilt whenever the filter changes.
#include "chipbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace Gazette::Ui {

ChipBar::ChipBar(QWidget *parent) : QWidget(parent), m_chips(new QHBoxLayout), m_label(new QLabel)
{
    setObjectName(QStringLiteral("chipBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_label);
    m_chips->setSpacing(4);
    layout->addLayout(m_chips);
    layout->addStretch();
    auto *clear = new QToolButton;
    clear->setText(tr("Clear"));
    clear->setAutoRaise(true);
    clear->setToolTip(tr("Show the category without tag filters"));
    connect(clear, &QToolButton::clicked, this, &ChipBar::cleared);
    layout->addWidget(clear);
    hide();
}

void ChipBar::setTags(const QStringList &tags, bool any)
{
    while (QLayoutItem *item = m_chips->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_label->setText(tags.size() > 1 ? (any ? tr("Any of:") : tr("All of:")) : tr("Tag:"));
    for (const QString &tag : tags) {
        auto *chip = new QToolButton;
        chip->setObjectName(QStringLiteral("chip"));
        chip->setText(tag + QStringLiteral("  ✕"));
        chip->setToolTip(tr("Remove the filter %1").arg(tag));
        chip->setStyleSheet(QStringLiteral("QToolButton { border: 1px solid palette(mid); border-radius: 9px; padding: 1px 8px; }"
                                           "QToolButton:hover { background: palette(midlight); }"));
        connect(chip, &QToolButton::clicked, this, [this, tag] { emit removed(tag); });
        m_chips->addWidget(chip);
    }
    setVisible(!tags.isEmpty());
}

} // namespace Gazette::Ui
