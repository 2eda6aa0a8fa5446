// SearchTokenizer: the FTS5 tokenizer "gazette": words for Latin text, overlapping bigrams for Chinese.
#include "searchtokenizer.h"

#include <QHash>

#include <cstring>

#include <sqlite3.h>

// SQLite declares this type for tokenizers to define.
struct Fts5Tokenizer
{
};

namespace Gazette::Library {

namespace {

// Decodes one UTF-8 character at `i`; advances `i`. Invalid bytes come out as U+FFFD.
char32_t nextChar(const unsigned char *s, int n, int &i)
{
    const unsigned char c = s[i];
    if (c < 0x80) {
        ++i;
        return c;
    }
    int len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (len == 0 || i + len > n) {
        ++i;
        return 0xFFFD;
    }
    char32_t cp = c & (0x7F >> len);
    for (int k = 1; k < len; ++k) {
        if ((s[i + k] & 0xC0) != 0x80) {
            ++i;
            return 0xFFFD;
        }
        cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    i += len;
    return cp;
}

void appendUtf8(QByteArray &out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

// Full-width ASCII to ASCII, ideographic space to space.
char32_t foldWidth(char32_t c)
{
    if (c >= 0xFF01 && c <= 0xFF5E)
        return c - 0xFF01 + 0x21;
    if (c == 0x3000)
        return 0x20;
    return c;
}

// Lower case without diacritics, for one letter or digit (cached: the same few thousand recur).
QByteArray foldWord(char32_t c)
{
    if (c < 0x80) {
        const char a = char(c >= 'A' && c <= 'Z' ? c + 32 : c);
        return QByteArray(1, a);
    }
    static thread_local QHash<char32_t, QByteArray> cache;
    if (const auto it = cache.constFind(c); it != cache.constEnd())
        return *it;
    QString s = QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_KD).toCaseFolded();
    QByteArray out;
    for (const char32_t d : s.toUcs4()) {
        if (QChar::category(d) == QChar::Mark_NonSpacing || QChar::category(d) == QChar::Mark_Enclosing)
            continue;
        appendUtf8(out, d);
    }
    cache.insert(c, out);
    return out;
}

bool isWordChar(char32_t c)
{
    if (c < 0x80)
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    return QChar::isLetterOrNumber(c) && !SearchTokenizer::isCjk(c);
}

// The tokenizer proper, allocation-free: `sink(text, length, start, end, colocated)` returns false to stop.
template<typename Sink>
void tokenizeUtf8(const char *data, int n, SearchTokenizer::Mode mode, Sink &&sink)
{
    const auto *s = reinterpret_cast<const unsigned char *>(data);
    int i = 0;
    // A pending CJK character: the first of the next bigram.
    bool haveCjk = false;
    char prev[4];
    int prevLength = 0;
    int prevStart = 0;
    int runLength = 0;
    QByteArray word;
    word.reserve(64);
    int wordStart = -1;
    int wordEnd = 0;

    const auto flushWord = [&]() -> bool {
        if (wordStart < 0)
            return true;
        const int start = wordStart;
        wordStart = -1;
        const bool go = sink(word.constData(), int(word.size()), start, wordEnd, false);
        word.resize(0);
        return go;
    };
    // The end of a CJK run: its last character stands alone (a one-character run), or, in documents,
    // also at the last bigram's position.
    const auto flushRun = [&](int end) -> bool {
        if (!haveCjk)
            return true;
        haveCjk = false;
        if (runLength == 1 || mode == SearchTokenizer::Mode::Document)
            return sink(prev, prevLength, prevStart, end, runLength > 1);
        return true;
    };

    while (i < n) {
        const int start = i;
        const char32_t c = foldWidth(nextChar(s, n, i));
        if (SearchTokenizer::isCjk(c)) {
            if (!flushWord())
                return;
            char current[4];
            int currentLength = 0;
            for (int k = start; k < i; ++k)
                current[currentLength++] = char(s[k]);
            if (haveCjk) {
                char bigram[8];
                std::memcpy(bigram, prev, size_t(prevLength));
                std::memcpy(bigram + prevLength, current, size_t(currentLength));
                if (!sink(bigram, prevLength + currentLength, prevStart, i, false))
                    return;
                ++runLength;
            } else {
                runLength = 1;
            }
            haveCjk = true;
            std::memcpy(prev, current, size_t(currentLength));
            prevLength = currentLength;
            prevStart = start;
            continue;
        }
        if (!flushRun(start))
            return;
        if (isWordChar(c)) {
            if (wordStart < 0)
                wordStart = start;
            if (c < 0x80)
                word += char(c >= 'A' && c <= 'Z' ? c + 32 : c);
            else
                word += foldWord(c);
            wordEnd = i;
        } else if (!flushWord()) {
            return;
        }
    }
    if (flushRun(n))
        flushWord();
}

// FTS5 glue.
int createTokenizer(void *, const char **, int, Fts5Tokenizer **out)
{
    *out = new Fts5Tokenizer;
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer *t)
{
    delete t;
}

int runTokenizer(Fts5Tokenizer *, void *ctx, int flags, const char *text, int length,
                 int (*xToken)(void *, int, const char *, int, int, int))
{
    const auto mode = (flags & FTS5_TOKENIZE_QUERY) ? SearchTokenizer::Mode::Query : SearchTokenizer::Mode::Document;
    int rc = SQLITE_OK;
    tokenizeUtf8(text, length, mode, [&](const char *token, int size, int start, int end, bool colocated) {
        rc = xToken(ctx, colocated ? FTS5_TOKEN_COLOCATED : 0, token, size, start, end);
        return rc == SQLITE_OK;
    });
    return rc;
}


} // namespace

bool SearchTokenizer::isCjk(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF) // Hiragana, Katakana
            || (c >= 0x3400 && c <= 0x4DBF) // CJK Extension A
            || (c >= 0x4E00 && c <= 0x9FFF) // CJK Unified Ideographs
            || (c >= 0xAC00 && c <= 0xD7AF) // Hangul syllables
            || (c >= 0xF900 && c <= 0xFAFF) // CJK Compatibility Ideographs
            || (c >= 0x20000 && c <= 0x2FA1F) // Extensions B and later
            || c == 0x3005 || c == 0x3007; // 々, 〇
}

void SearchTokenizer::scan(QByteArrayView utf8, Mode mode, const std::function<bool(const TokenView &)> &sink)
{
    tokenizeUtf8(utf8.data(), int(utf8.size()), mode, [&sink](const char *text, int length, int start, int end, bool colocated) {
        return sink(TokenView { QByteArrayView(text, length), start, end, colocated });
    });
}

void SearchTokenizer::tokenize(const QByteArray &utf8, Mode mode, const std::function<bool(const Token &)> &sink)
{
    scan(utf8, mode, [&sink](const TokenView &t) { return sink(Token { t.text.toByteArray(), t.start, t.end, t.colocated }); });
}

QList<SearchTokenizer::Token> SearchTokenizer::tokenize(const QString &text, Mode mode)
{
    QList<Token> tokens;
    tokenize(text.toUtf8(), mode, [&tokens](const Token &t) {
        tokens.append(t);
        return true;
    });
    return tokens;
}

bool SearchTokenizer::registerWith(fts5_api *api)
{
    static fts5_tokenizer tokenizer { createTokenizer, deleteTokenizer, runTokenizer };
    return api->xCreateTokenizer(api, "gazette", nullptr, &tokenizer, nullptr) == SQLITE_OK;
}

} // namespace Gazette::Library
