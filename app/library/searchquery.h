// SearchQuery: the search language (words, "phrases", OR, NOT/-word, word*, tag:, category:, before:, after:)
// turned into an FTS5 expression and filters.
#pragma once

#include "result.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace Gazette::Library {

struct SearchQuery
{
    QString match; // the FTS5 expression; empty when the query is only filters
    QStringList tags; // tag:NAME, all of them
    QString categoryPath; // category:PATH
    std::optional<QDate> before; // before:YYYY-MM-DD (dates before that day)
    std::optional<QDate> after; // after:YYYY-MM-DD (that day and later)
    QStringList highlights; // the words and phrases looked for, for highlighting

    // A word or phrase looked for, as the index's tokens (folded UTF-8); a prefix matches longer last tokens.
    struct Phrase
    {
        QList<QByteArray> tokens;
        bool prefix = false;
    };
    QList<Phrase> phrases; // the positive ones, for snippets

    // Fails with a message a person can act on: an unclosed quote, a bad date, only negative words.
    static Result<SearchQuery> parse(const QString &text);
};

} // namespace Gazette::Library
