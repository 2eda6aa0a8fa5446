// SearchTokenizer: the FTS5 tokenizer "gazette": words for Latin text, overlapping bigrams for Chinese.
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <functional>

struct fts5_api;

namespace Gazette::Library {

class SearchTokenizer
{
public:
    enum class Mode { Document, Query };
    struct Token
    {
        QByteArray text; // UTF-8, folded
        int start = 0; // byte offsets in the UTF-8 input
        int end = 0;
        bool colocated = false; // at the same position as the token before it
    };

    // Latin, Greek, Cyrillic and digit runs become words: case folded, diacritics removed, full-width
    // forms folded. A run of Han, Kana or Hangul becomes its overlapping bigrams (中国电信: 中国 国电 电信);
    // in documents the run's last character is also indexed, at the last bigram's position, so that a
    // one-character query (as a prefix) finds every occurrence. A one-character run is that character.
    static void tokenize(const QByteArray &utf8, Mode mode, const std::function<bool(const Token &)> &sink);
    // The same without a copy of each token: `text` is valid during the call only.
    struct TokenView
    {
        QByteArrayView text;
        int start = 0;
        int end = 0;
        bool colocated = false;
    };
    static void scan(QByteArrayView utf8, Mode mode, const std::function<bool(const TokenView &)> &sink);
    static QList<Token> tokenize(const QString &text, Mode mode);

    // Registers the tokenizer with a connection's FTS5 (before any table that uses it is touched).
    static bool registerWith(fts5_api *api);

    static bool isCjk(char32_t c);
};

} // namespace Gazette::Library
