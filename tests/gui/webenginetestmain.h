// The main() of a GUI test that uses the article view: the gazette:// scheme registered before the application.
#pragma once

#include "articleschemehandler.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTest>

#define GAZETTE_WEBENGINE_TEST_MAIN(TestClass)                                                                       \
    int main(int argc, char *argv[])                                                                                 \
    {                                                                                                                \
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");                                                                 \
        Gazette::Browser::ArticleSchemeHandler::registerScheme();                                                         \
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);                                                  \
        QApplication app(argc, argv);                                                                                \
        QApplication::setApplicationName(QStringLiteral("gazette-test"));                                            \
        QStandardPaths::setTestModeEnabled(true);                                                                    \
        TestClass test;                                                                                              \
        return QTest::qExec(&test, argc, argv);                                                                      \
    }
