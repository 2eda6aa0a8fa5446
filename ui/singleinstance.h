// SingleInstance: one window per user and library; a second start hands its folder to the first and exits.
#pragma once

#include <QLocalServer>
#include <QObject>

namespace Gazette::Ui {

class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString &libraryPath, QObject *parent = nullptr);

    // Hands `folder` (empty: just raise the window) to a Gazette already showing this library.
    // Returns true when one took it.
    bool handOver(const QString &folder);
    // Listens for later starts; returns false when the channel cannot be made (the window works alone).
    bool listen();
    QString serverName() const { return m_name; }

signals:
    void activated(const QString &folder);

private:
    void readRequest(QLocalSocket *socket);

    QString m_name;
    QLocalServer m_server;
};

} // namespace Gazette::Ui
