// Tests TextDecoder: BOMs, line ends, GB18030 archives, invalid bytes, binary files.
#include "textdecoder.h"

#include <QStringEncoder>
#include <QTest>

using Gazette::Archive::TextDecoder;

class TestTextDecoder : public QObject
{
    Q_OBJECT
private slots:
    void utf8WithBomAndCrlf()
    {
        const auto decoded = TextDecoder::decode(QByteArray("\xEF\xBB\xBF---\r\ntitle: \"\xE4\xB8\xAD\"\r\n---\r\n"));
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->text, QStringLiteral("---\ntitle: \"中\"\n---\n"));
        QCOMPARE(decoded->encoding, QStringLiteral("UTF-8"));
        QVERIFY(decoded->warnings.isEmpty());
    }

    void gb18030IsDetected()
    {
        const QString text = QStringLiteral("---\ntitle: \"中国电信总经理调研冬奥会通信保障\"\n---\n正文：离岸人民币兑美元升至6.3512。\n");
        QStringEncoder encoder("GB18030");
        QVERIFY2(encoder.isValid(), "this Qt has no GB18030 codec (ICU)");
        const QByteArray bytes = encoder.encode(text);
        QVERIFY(bytes != text.toUtf8());
        const auto decoded = TextDecoder::decode(bytes);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->encoding, QStringLiteral("GB18030"));
        QCOMPARE(decoded->text, text);
        QCOMPARE(decoded->warnings.size(), 1);
    }

    void invalidBytesAreReplacedAndReported()
    {
        const auto decoded = TextDecoder::decode(QByteArray("---\ntitle: a\n---\nok \xFF\xFE bad\n"));
        QVERIFY(decoded.ok());
        QVERIFY(decoded->text.contains(QChar(QChar::ReplacementCharacter)));
        QVERIFY(decoded->text.startsWith(QStringLiteral("---\ntitle: a")));
        QCOMPARE(decoded->warnings.size(), 1);
        QVERIFY2(decoded->warnings.first().contains(QStringLiteral("byte 20")), qPrintable(decoded->warnings.first()));
    }

    void truncatedUtf8AtEnd()
    {
        const auto decoded = TextDecoder::decode(QByteArray("abc\xE4\xB8"));
        QVERIFY(decoded.ok());
        QVERIFY(!decoded->warnings.isEmpty());
    }

    void binaryIsRefused()
    {
        QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        const auto decoded = TextDecoder::decode(png);
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.error().contains(QStringLiteral("binary file")), qPrintable(decoded.error()));
    }

    void utf16WithBom()
    {
        const QString text = QStringLiteral("---\ntitle: 中文\n---\n");
        QByteArray bytes("\xFF\xFE");
        bytes += QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        const auto decoded = TextDecoder::decode(bytes);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->text, text);
        QCOMPARE(decoded->encoding, QStringLiteral("UTF-16LE"));
    }
};

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
