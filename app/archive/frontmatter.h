// FrontMatter: finds and parses the YAML block at the top of a Jekyll file, tolerant of scraper mistakes.
#pragma once

#include "result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Gazette::Archive {

struct FrontMatter
{
    QJsonObject fields; // every key, YAML scalars typed as YAML reads them
    QStringList warnings; // repairs made to read it

    static constexpr qsizetype MaxSize = 64 * 1024; // characters of YAML
    static constexpr int MaxNodes = 20000; // after alias expansion

    struct Split
    {
        QString yaml;
        QString body;
        int yamlFirstLine = 0; // 1-based line of the file where the YAML starts
    };
    // A front matter block is "---" on the first non-blank line, YAML, then "---" (or "...") on a line of
    // its own. Returns nothing when the text has none.
    static std::optional<Split> split(const QString &text);

    // Fails with a message naming the line for YAML that cannot be read even after repair, for front
    // matter that is not a mapping, and for documents over the size or node limits.
    static Result<FrontMatter> parse(const QString &yaml, int firstLine = 1);
};

} // namespace Gazette::Archive
