// SearchSnippet: the passage of an article's text with the most of a search's words, the matches marked.
#pragma once

#include "searchquery.h"

#include <QString>

namespace Gazette::Library {

class SearchSnippet
{
public:
    static constexpr QChar Open = QChar(2); // before a match
    static constexpr QChar Close = QChar(3); // after it

    // About `length` tokens (Chinese: characters; other scripts: words) of `text` around the window holding
    // the most different phrases, then the most matches, each match between Open and Close; "…" where text
    // was cut. Matches follow the index: folded case and width, phrases as consecutive tokens, prefixes. With
    // no match in `text` (a title or tag hit), its beginning.
    static QString make(const QString &text, const QList<SearchQuery::Phrase> &phrases, int length = 20);
};

} // namespace Gazette::Library
