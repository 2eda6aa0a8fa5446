// PostDate: the dates Jekyll accepts in front matter and post file names.
#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace Gazette::Archive {

struct PostDate
{
    QDateTime utc;
    int utcOffset = 0; // seconds east of UTC, as written or as the zone gives it

    // "2021-12-08 10:19:17 +0800", "2021-12-08T10:19:17+08:00", "2021-12-08 10:46", "2021-12-08", ...
    // A date without an offset is in `zone`. Returns nothing for text that is not a date.
    static std::optional<PostDate> parse(const QString &text, const QTimeZone &zone);
    // The date of a "YYYY-MM-DD-slug.ext" file name, at midnight in `zone`.
    static std::optional<PostDate> fromFileName(const QString &fileName, const QTimeZone &zone);
};

} // namespace Gazette::Archive
