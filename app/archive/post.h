// Post: one article as read from an archive file, before and after rendering.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Gazette::Archive {

struct Post
{
    QString relativePath; // to the archive root, '/'-separated
    qint64 fileSize = 0;
    qint64 fileMtime = 0; // ms since the epoch
    QByteArray contentHash; // SHA-1 of the file's bytes
    QString encoding; // what the file was decoded from: "UTF-8", "GB18030", ...

    QString rawText; // the decoded file, front matter included
    QString body; // the text after the front matter
    bool isHtml = false; // body is HTML (.html files), not Markdown

    QString title;
    QDateTime date; // invalid when neither the front matter nor the file name gives one
    int utcOffset = 0; // seconds east of UTC, as the post's date was written
    QStringList categories; // a path in the category tree, outermost first
    QStringList tags;
    bool published = true;
    bool draft = false;
    QString permalink;
    QString author;
    QString excerpt;
    QString layout;
    QString sourceUrl; // the original article's address, where the post names one
    QJsonObject metadata; // every other front matter key

    QStringList warnings; // what was wrong but recovered, for the import report
};

} // namespace Gazette::Archive
