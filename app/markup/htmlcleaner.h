// HtmlCleaner: an article's HTML rebuilt from an allow-list (gumbo's HTML5 parse), junk rules applied.
#pragma once

#include "cleaningrules.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace Gazette::Markup {

struct CleanedHtml
{
    QString html;
    QString originalUrl; // the original-article link taken out of the body, if any
    QStringList images; // the absolute addresses of the images it shows, once each, in order
};

class HtmlCleaner
{
public:
    // Bumped whenever the output for the same input and rules changes.
    static constexpr int Version = 1;
    // Elements nested deeper than this are flattened (their text stays) before parsing.
    static constexpr int MaxDepth = 256;
    // data: images larger than this are dropped.
    static constexpr int MaxDataImageBytes = 256 * 1024;
    // The scheme of images that are files of the archive, in a site without `url`: archive:/assets/a.png
    static constexpr char ArchiveScheme[] = "archive";

    explicit HtmlCleaner(CleaningRules rules = CleaningRules::builtIn());

    // What a stored article records, so a change of code or rules cleans it again: "1:3fa4c0d2e1".
    QString version() const;
    const CleaningRules &rules() const { return m_rules; }

    // `base` is the address relative links resolve against: the site's url, or archive:/ without one.
    CleanedHtml clean(const QString &html, const QUrl &base) const;

    // A URL as the cleaner accepts it, or empty: control characters and white space removed, resolved
    // against `base`, protocol-relative made absolute; http, https and mailto for links, http, https,
    // archive and small data:image/ for images.
    enum class UrlUse { Link, Image };
    static QString safeUrl(const QString &raw, const QUrl &base, UrlUse use);

    // Points the images of cleaned HTML at their stored copies: `stored` gives the address to show for an
    // image's address, or empty when it is not stored, and the image becomes a placeholder with its alt text.
    static QString rewriteImages(const QString &cleanedHtml, const std::function<QString(const QString &)> &stored);

private:
    CleaningRules m_rules;
};

} // namespace Gazette::Markup
