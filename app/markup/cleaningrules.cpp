// CleaningRules: reads the rules files (JSON: a list of rules with an id and a kind).
#include "cleaningrules.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace Gazette::Markup {

namespace {

QByteArray readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    return file.readAll();
}

Result<QJsonArray> rulesOf(const QByteArray &json, const QString &what)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Result<QJsonArray>::failure(
                QStringLiteral("%1: not valid JSON at byte %2: %3").arg(what).arg(error.offset).arg(error.errorString()));
    if (!doc.isObject() || !doc.object().value(QLatin1String("rules")).isArray())
        return Result<QJsonArray>::failure(QStringLiteral("%1: expected an object with a \"rules\" list").arg(what));
    return doc.object().value(QLatin1String("rules")).toArray();
}

QStringList strings(const QJsonObject &rule, QLatin1String key)
{
    QStringList out;
    for (const QJsonValue &v : rule.value(key).toArray())
        if (!v.toString().isEmpty())
            out << v.toString();
    return out;
}

} // namespace

QString CleaningRules::userFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/cleaning-rules.json");
}

CleaningRules CleaningRules::builtIn()
{
    QString error;
    const QByteArray json = readFile(QStringLiteral(":/cleaning/rules.json"), &error);
    auto rules = fromJson(json);
    Q_ASSERT_X(rules, "CleaningRules::builtIn", qPrintable(rules.error()));
    return rules ? std::move(rules).value() : CleaningRules {};
}

CleaningRules CleaningRules::load(const QString &userFile, QString *warning)
{
    QString error;
    const QByteArray base = readFile(QStringLiteral(":/cleaning/rules.json"), &error);
    if (userFile.isEmpty() || !QFile::exists(userFile))
        return builtIn();
    const QByteArray user = readFile(userFile, &error);
    if (!error.isEmpty()) {
        if (warning)
            *warning = QStringLiteral("%1: cannot read the cleaning rules: %2; using the built-in rules").arg(userFile, error);
        return builtIn();
    }
    auto rules = fromJson(base, user);
    if (!rules) {
        if (warning)
            *warning = QStringLiteral("%1; using the built-in rules").arg(rules.error()).replace(QLatin1String("user rules"), userFile);
        return builtIn();
    }
    return std::move(rules).value();
}

Result<CleaningRules> CleaningRules::fromJson(const QByteArray &base, const QByteArray &overrides)
{
    auto builtIn = rulesOf(base, QStringLiteral("built-in rules"));
    if (!builtIn)
        return Result<CleaningRules>::failure(builtIn.error());
    QList<QJsonObject> ordered;
    QHash<QString, qsizetype> byId;
    const auto add = [&](const QJsonArray &list) {
        for (const QJsonValue &v : list) {
            const QJsonObject rule = v.toObject();
            const QString id = rule.value(QLatin1String("id")).toString();
            if (const auto it = byId.constFind(id); !id.isEmpty() && it != byId.constEnd()) {
                ordered[*it] = rule;
            } else {
                byId.insert(id, ordered.size());
                ordered << rule;
            }
        }
    };
    add(builtIn.value());
    if (!overrides.isEmpty()) {
        auto user = rulesOf(overrides, QStringLiteral("user rules"));
        if (!user)
            return Result<CleaningRules>::failure(user.error());
        add(user.value());
    }

    CleaningRules rules;
    QCryptographicHash fingerprint(QCryptographicHash::Sha1);
    for (const QJsonObject &rule : std::as_const(ordered)) {
        const QString id = rule.value(QLatin1String("id")).toString();
        const QString kind = rule.value(QLatin1String("kind")).toString();
        const QString where = QStringLiteral("rule \"%1\"").arg(id.isEmpty() ? kind : id);
        if (!rule.value(QLatin1String("enabled")).toBool(true))
            continue;
        QJsonObject meaning = rule;
        meaning.remove(QLatin1String("description"));
        fingerprint.addData(QJsonDocument(meaning).toJson(QJsonDocument::Compact));

        if (kind == u"drop-hidden") {
            rules.dropHidden = true;
        } else if (kind == u"drop-between-comments") {
            const QString start = rule.value(QLatin1String("start")).toString().trimmed();
            const QString end = rule.value(QLatin1String("end")).toString().trimmed();
            if (start.isEmpty() || end.isEmpty())
                return Result<CleaningRules>::failure(QStringLiteral("%1: needs \"start\" and \"end\"").arg(where));
            rules.commentBlocks.append({ start, end });
        } else if (kind == u"drop-class") {
            rules.dropClasses << strings(rule, QLatin1String("classes"));
        } else if (kind == u"unwrap-class") {
            rules.unwrapClasses << strings(rule, QLatin1String("classes"));
        } else if (kind == u"drop-tiny-images") {
            rules.tinyImageSize = rule.value(QLatin1String("max-size")).toInt(1);
        } else if (kind == u"drop-image-hosts") {
            for (const QString &host : strings(rule, QLatin1String("hosts")))
                rules.trackerHosts << host.toLower();
        } else if (kind == u"drop-navigation-links" || kind == u"original-link") {
            const QStringList patterns = kind == u"original-link" ? QStringList { rule.value(QLatin1String("pattern")).toString() }
                                                                  : strings(rule, QLatin1String("patterns"));
            for (const QString &pattern : patterns) {
                const QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
                if (pattern.isEmpty() || !re.isValid())
                    return Result<CleaningRules>::failure(
                            QStringLiteral("%1: bad pattern \"%2\": %3").arg(where, pattern, re.errorString()));
                if (kind == u"original-link")
                    rules.originalLink = re;
                else
                    rules.navigationLinks << re;
            }
        } else if (kind == u"drop-empty") {
            rules.dropEmpty = true;
        } else {
            return Result<CleaningRules>::failure(QStringLiteral("%1: unknown kind \"%2\"").arg(where, kind));
        }
    }
    rules.fingerprint = QString::fromLatin1(fingerprint.result().toHex().left(10));
    return rules;
}

} // namespace Gazette::Markup
