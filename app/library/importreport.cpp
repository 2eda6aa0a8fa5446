// ImportReport: what an import did, file by file, for people and for scripts.
#include "importreport.h"

#include <QJsonArray>
#include <QStringList>

namespace Gazette::Library {

QString FileOutcome::statusName(Status status)
{
    switch (status) {
    case Status::Added: return QStringLiteral("added");
    case Status::Updated: return QStringLiteral("updated");
    case Status::Moved: return QStringLiteral("moved");
    case Status::Unchanged: return QStringLiteral("unchanged");
    case Status::Restored: return QStringLiteral("restored");
    case Status::Missing: return QStringLiteral("missing");
    case Status::SitePage: return QStringLiteral("site-page");
    case Status::Failed: return QStringLiteral("failed");
    }
    return {};
}

void ImportReport::record(FileOutcome outcome)
{
    switch (outcome.status) {
    case FileOutcome::Status::Added: ++added; break;
    case FileOutcome::Status::Updated: ++updated; break;
    case FileOutcome::Status::Moved: ++moved; break;
    case FileOutcome::Status::Unchanged: ++unchanged; break;
    case FileOutcome::Status::Restored: ++restored; break;
    case FileOutcome::Status::Missing: ++missing; break;
    case FileOutcome::Status::SitePage: ++sitePages; break;
    case FileOutcome::Status::Failed: ++failed; break;
    }
    if (outcome.status != FileOutcome::Status::Failed && outcome.status != FileOutcome::Status::SitePage
        && !outcome.message.isEmpty())
        ++withWarnings;
    files.append(std::move(outcome));
}

QString ImportReport::summary() const
{
    if (!error.isEmpty())
        return error;
    QStringList parts;
    parts << QStringLiteral("%1 added").arg(added) << QStringLiteral("%1 updated").arg(updated)
          << QStringLiteral("%1 unchanged").arg(unchanged);
    if (moved)
        parts << QStringLiteral("%1 moved").arg(moved);
    if (restored)
        parts << QStringLiteral("%1 restored").arg(restored);
    if (missing)
        parts << QStringLiteral("%1 missing").arg(missing);
    parts << QStringLiteral("%1 failed").arg(failed);
    if (withWarnings)
        parts << QStringLiteral("%1 with warnings").arg(withWarnings);
    if (sitePages)
        parts << QStringLiteral("%1 site pages skipped").arg(sitePages);
    QString line = parts.join(QStringLiteral(", "));
    if (cancelled)
        line += QStringLiteral(" (cancelled before the end)");
    return line;
}

QJsonObject ImportReport::toJson(bool withFiles) const
{
    QJsonObject counts { { QStringLiteral("added"), added },         { QStringLiteral("updated"), updated },
                         { QStringLiteral("moved"), moved },         { QStringLiteral("unchanged"), unchanged },
                         { QStringLiteral("restored"), restored },   { QStringLiteral("missing"), missing },
                         { QStringLiteral("site_pages"), sitePages }, { QStringLiteral("failed"), failed },
                         { QStringLiteral("with_warnings"), withWarnings } };
    QJsonObject json { { QStringLiteral("root"), root },
                       { QStringLiteral("counts"), counts },
                       { QStringLiteral("cancelled"), cancelled },
                       { QStringLiteral("bytes_read"), bytesRead },
                       { QStringLiteral("seconds"), seconds } };
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    if (withFiles) {
        QJsonArray list;
        for (const FileOutcome &file : files) {
            QJsonObject entry { { QStringLiteral("path"), file.path },
                                { QStringLiteral("status"), FileOutcome::statusName(file.status) } };
            if (!file.message.isEmpty())
                entry.insert(file.status == FileOutcome::Status::Failed ? QStringLiteral("reason")
                                                                        : QStringLiteral("warnings"),
                             file.message);
            if (file.articleId)
                entry.insert(QStringLiteral("id"), file.articleId);
            list.append(entry);
        }
        json.insert(QStringLiteral("files"), list);
    }
    return json;
}

} // namespace Gazette::Library
