// TextColumns: aligned columns for terminal output, counting CJK characters as two cells wide.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Gazette::Cli {

class TextColumns
{
public:
    explicit TextColumns(QStringList headers) : m_headers(std::move(headers)) { }
    void addRow(QStringList cells) { m_rows.append(std::move(cells)); }
    // The last column is never padded or cut; the others are padded to their widest cell.
    QString render() const;

    static int displayWidth(const QString &text);

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

} // namespace Gazette::Cli
