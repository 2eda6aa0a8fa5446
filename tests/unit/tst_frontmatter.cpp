// Tests FrontMatter: finding the block, parsing YAML, repairing scraper quotes, limits against hostile YAML.
#include "frontmatter.h"

#include <QJsonArray>
#include <QTest>

using Gazette::Archive::FrontMatter;

class TestFrontMatter : public QObject
{
    Q_OBJECT
private slots:
    void split_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("found");
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<QString>("body");
        QTest::newRow("plain") << "---\ntitle: a\n---\nbody\n" << true << "title: a\n" << "body\n";
        QTest::newRow("blank line first") << "\n---\ntitle: a\n---\nbody" << true << "title: a\n" << "body";
        QTest::newRow("dots close") << "---\ntitle: a\n...\nbody" << true << "title: a\n" << "body";
        QTest::newRow("fence with spaces") << "---  \ntitle: a\n---\t\nx" << true << "title: a\n" << "x";
        QTest::newRow("empty front matter") << "---\n---\nbody" << true << "" << "body";
        QTest::newRow("no closing fence") << "---\ntitle: a\nbody" << false << "" << "";
        QTest::newRow("no front matter") << "# Title\n\ntext" << false << "" << "";
        QTest::newRow("fence not first") << "text\n---\ntitle: a\n---\n" << false << "" << "";
        QTest::newRow("ends at fence") << "---\ntitle: a\n---" << true << "title: a\n" << "";
    }
    void split()
    {
        QFETCH(QString, text);
        QFETCH(bool, found);
        const auto split = FrontMatter::split(text);
        QCOMPARE(split.has_value(), found);
        if (found) {
            QFETCH(QString, yaml);
            QFETCH(QString, body);
            QCOMPARE(split->yaml, yaml);
            QCOMPARE(split->body, body);
        }
    }

    void typedValues()
    {
        const auto fm = FrontMatter::parse(QStringLiteral(
                "title: \"Hello\"\ncount: 3\npublished: false\ntags: [a, b]\nnested:\n  key: value\nempty:\ndate:  +0800\n"));
        QVERIFY2(fm.ok(), qPrintable(fm.error()));
        QCOMPARE(fm->fields.value(QStringLiteral("title")).toString(), QStringLiteral("Hello"));
        QCOMPARE(fm->fields.value(QStringLiteral("count")).toInt(), 3);
        QCOMPARE(fm->fields.value(QStringLiteral("published")), QJsonValue(false));
        QCOMPARE(fm->fields.value(QStringLiteral("tags")).toArray().size(), 2);
        QCOMPARE(fm->fields.value(QStringLiteral("nested")).toObject().value(QStringLiteral("key")).toString(),
                 QStringLiteral("value"));
        QVERIFY(fm->fields.value(QStringLiteral("empty")).isNull());
        // The finews scraper's empty date keeps its text, so the warning can quote it.
        QCOMPARE(fm->fields.value(QStringLiteral("date")).toString(), QStringLiteral("+0800"));
        QVERIFY(fm->warnings.isEmpty());
    }

    void quotedNumbersStayText()
    {
        const auto fm = FrontMatter::parse(QStringLiteral("title: \"2022\"\n"));
        QVERIFY(fm.ok());
        QVERIFY(fm->fields.value(QStringLiteral("title")).isString());
    }

    void unescapedQuotesInTitleAreRecovered()
    {
        // As the finews scraper writes it: the quotes inside the title are not escaped.
        const auto fm = FrontMatter::parse(QStringLiteral(
                "layout: post\ntitle: \"某公司回应\"传闻\"\"\ndate: 2021-12-08 10:19:17 +0800\ncategories: emnews\n"), 2);
        QVERIFY2(fm.ok(), qPrintable(fm.error()));
        QCOMPARE(fm->fields.value(QStringLiteral("title")).toString(), QStringLiteral("某公司回应\"传闻\""));
        QCOMPARE(fm->fields.value(QStringLiteral("categories")).toString(), QStringLiteral("emnews"));
        QCOMPARE(fm->warnings.size(), 1);
        QVERIFY(fm->warnings.first().contains(QStringLiteral("title recovered")));
        QVERIFY2(fm->warnings.first().contains(QStringLiteral("line 3")), qPrintable(fm->warnings.first()));
    }

    void recoveredTitleWithApostrophe()
    {
        const auto fm = FrontMatter::parse(QStringLiteral("title: \"It's \"big\" news\"\n"));
        QVERIFY2(fm.ok(), qPrintable(fm.error()));
        QCOMPARE(fm->fields.value(QStringLiteral("title")).toString(), QStringLiteral("It's \"big\" news"));
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<QString>("reason");
        QTest::newRow("bad indentation") << "title: a\n  - b\n c: [" << "not valid YAML";
        QTest::newRow("unclosed flow") << "tags: [a, b\n" << "not valid YAML";
        QTest::newRow("a list, not a mapping") << "- a\n- b\n" << "not a YAML mapping";
        QTest::newRow("a scalar") << "just text\n" << "not a YAML mapping";
        QTest::newRow("too large") << QString(FrontMatter::MaxSize + 10, u'x') << "over the 64 KiB limit";
    }
    void malformed()
    {
        QFETCH(QString, yaml);
        QFETCH(QString, reason);
        const auto fm = FrontMatter::parse(yaml);
        QVERIFY(!fm.ok());
        QVERIFY2(fm.error().contains(reason), qPrintable(fm.error()));
    }

    void aliasBombIsBounded()
    {
        // "Billion laughs": nine levels of nine aliases would expand to 387 million values.
        QString yaml = QStringLiteral("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        const char *names = "abcdefghi";
        for (int i = 1; i < 9; ++i) {
            QString refs;
            for (int k = 0; k < 9; ++k)
                refs += QStringLiteral("*%1,").arg(QChar::fromLatin1(names[i - 1]));
            refs.chop(1);
            yaml += QStringLiteral("%1: &%1 [%2]\n").arg(QChar::fromLatin1(names[i]), refs);
        }
        QElapsedTimer timer;
        timer.start();
        const auto fm = FrontMatter::parse(yaml);
        QVERIFY(!fm.ok());
        QVERIFY2(fm.error().contains(QStringLiteral("too large once expanded")), qPrintable(fm.error()));
        QVERIFY2(timer.elapsed() < 2000, "alias expansion must stop early");
    }

    void deepNestingIsRefused()
    {
        const QString yaml = QStringLiteral("a: ") + QString(5000, u'[') + QString(5000, u']') + u'\n';
        const auto fm = FrontMatter::parse(yaml);
        QVERIFY(!fm.ok());
    }
};

QTEST_GUILESS_MAIN(TestFrontMatter)
#include "tst_frontmatter.moc"
