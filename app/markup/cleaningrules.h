// CleaningRules: the junk-removal rules of the HTML cleaner, from resources/cleaning/rules.json and the user's file.
#pragma once

#include "result.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace Gazette::Markup {

struct CleaningRules
{
    bool dropHidden = false;
    QList<std::pair<QString, QString>> commentBlocks; // start and end comment texts
    QStringList dropClasses;
    QStringList unwrapClasses;
    int tinyImageSize = -1; // images this wide or high (or less) go; -1: none
    QStringList trackerHosts; // "host", a suffix of a host, or "host/path-prefix"
    QList<QRegularExpression> navigationLinks;
    QRegularExpression originalLink; // invalid: the original link stays in the body
    bool dropEmpty = false;
    QString fingerprint; // changes whenever the rules do, so articles are cleaned again

    // The built-in rules, with the user's file (when it exists) laid over them. A broken user file is
    // reported in `warning` and ignored.
    static CleaningRules load(const QString &userFile, QString *warning = nullptr);
    static CleaningRules builtIn();
    // Rules from JSON text; `overrides` are laid over `base` by rule id.
    static Result<CleaningRules> fromJson(const QByteArray &base, const QByteArray &overrides = {});
    // ~/.config/gazette/cleaning-rules.json (the config location)
    static QString userFilePath();
};

} // namespace Gazette::Markup
