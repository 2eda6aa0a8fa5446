// ImportReport: what an import did, file by file, for people and for scripts.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Gazette::Library {

struct FileOutcome
{
    enum class Status {
        Added,
        Updated, // changed on disk; reading state kept
        Moved, // same post at a new path (finews moves old posts to old_post/); reading state kept
        Unchanged,
        Restored, // was missing, is back
        Missing, // its file is gone; the article is kept
        SitePage, // a page of the site, not an article
        Failed, // could not be imported; the message says why
    };
    QString path; // relative to the imported folder
    Status status = Status::Failed;
    QString message; // the reason for a failure, or the warnings of an imported file
    qint64 articleId = 0;

    static QString statusName(Status status);
};

struct ImportReport
{
    QString root;
    QString error; // set when the import could not run at all
    bool libraryError = false; // the library itself could not be written
    bool cancelled = false;
    int added = 0;
    int updated = 0;
    int moved = 0;
    int unchanged = 0;
    int restored = 0;
    int missing = 0;
    int sitePages = 0;
    int failed = 0;
    int withWarnings = 0;
    qint64 bytesRead = 0;
    double seconds = 0;
    QList<FileOutcome> files;

    void record(FileOutcome outcome);
    QString summary() const; // one line for a person
    QJsonObject toJson(bool withFiles = true) const;
};

} // namespace Gazette::Library

Q_DECLARE_METATYPE(Gazette::Library::ImportReport)
