// Tests PostDate: the date forms Jekyll accepts, offsets, zones, file names.
#include "postdate.h"

#include <QTest>

using Gazette::Archive::PostDate;

class TestPostDate : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("utc"); // empty: not a date
        QTest::addColumn<int>("offset");
        const int shanghai = 8 * 3600;
        QTest::newRow("offset") << "2021-12-08 10:19:17 +0800" << "2021-12-08T02:19:17Z" << shanghai;
        QTest::newRow("offset with colon") << "2021-12-08T10:19:17+08:00" << "2021-12-08T02:19:17Z" << shanghai;
        QTest::newRow("negative offset") << "2025-01-14 12:00:00 -0500" << "2025-01-14T17:00:00Z" << -5 * 3600;
        QTest::newRow("Z") << "2025-01-14T12:00:00Z" << "2025-01-14T12:00:00Z" << 0;
        QTest::newRow("no offset: site zone") << "2021-12-08 10:46:18" << "2021-12-08T02:46:18Z" << shanghai;
        QTest::newRow("no seconds") << "2021-12-08 10:46" << "2021-12-08T02:46:00Z" << shanghai;
        QTest::newRow("date alone") << "2025-02-05" << "2025-02-04T16:00:00Z" << shanghai;
        QTest::newRow("fraction") << "2021-12-08 10:19:17.250 +0000" << "2021-12-08T10:19:17.250Z" << 0;
        QTest::newRow("offset alone (finews)") << " +0800" << "" << 0;
        QTest::newRow("empty") << "" << "" << 0;
        QTest::newRow("words") << "yesterday" << "" << 0;
        QTest::newRow("impossible day") << "2021-02-30" << "" << 0;
        QTest::newRow("impossible hour") << "2021-02-03 25:00" << "" << 0;
        QTest::newRow("absurd offset") << "2021-02-03 10:00 +9900" << "" << 0;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, utc);
        QFETCH(int, offset);
        const auto date = PostDate::parse(text, QTimeZone("Asia/Shanghai"));
        QCOMPARE(date.has_value(), !utc.isEmpty());
        if (date) {
            QCOMPARE(date->utc.toString(utc.contains(u'.') ? Qt::ISODateWithMs : Qt::ISODate), utc);
            QCOMPARE(date->utcOffset, offset);
        }
    }

    void fileName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("utc");
        QTest::newRow("post") << "2021-12-08-202112082206672930.md" << "2021-12-07T16:00:00Z";
        QTest::newRow("no date") << "-202205262391921712.md" << "";
        QTest::newRow("bad date") << "2021-13-45-x.md" << "";
        QTest::newRow("plain") << "about.md" << "";
    }
    void fileName()
    {
        QFETCH(QString, name);
        QFETCH(QString, utc);
        const auto date = PostDate::fromFileName(name, QTimeZone("Asia/Shanghai"));
        QCOMPARE(date.has_value(), !utc.isEmpty());
        if (date)
            QCOMPARE(date->utc.toString(Qt::ISODate), utc);
    }
};

QTEST_GUILESS_MAIN(TestPostDate)
#include "tst_postdate.moc"
