// SingleInstance: one window per user and library; a second start hands its folder to the first and exits.
#include "singleinstance.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>

#include <unistd.h>

namespace Gazette::Ui {

namespace {
constexpr int TimeoutMs = 3000;
}

SingleInstance::SingleInstance(const QString &libraryPath, QObject *parent) : QObject(parent)
{
    // One channel per user and library: two libraries may be open in two windows.
    const QByteArray library = QFileInfo(libraryPath).absoluteFilePath().toUtf8();
    m_name = QStringLiteral("gazette-%1-%2")
                     .arg(getuid())
                     .arg(QString::fromLatin1(QCryptographicHash::hash(library, QCryptographicHash::Sha1).toHex().left(12)));
}

bool SingleInstance::handOver(const QString &folder)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(TimeoutMs))
        return false;
    const QString absolute = folder.isEmpty() ? QString() : QFileInfo(folder).absoluteFilePath();
    socket.write(QJsonDocument(QJsonObject { { QStringLiteral("folder"), absolute } }).toJson(QJsonDocument::Compact) + '\n');
    if (!socket.waitForBytesWritten(TimeoutMs))
        return false;
    // The window answers once it has the request; no answer means it is gone or stuck.
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(TimeoutMs))
            return false;
    }
    return socket.readLine().trimmed() == "ok";
}

bool SingleInstance::listen()
{
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server.listen(m_name)) {
        // A socket left by a Gazette that crashed: nobody answered handOver(), so it is stale.
        QLocalServer::removeServer(m_name);
        if (!m_server.listen(m_name))
            return false;
    }
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
        }
    });
    return true;
}

void SingleInstance::readRequest(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > 64 * 1024)
            socket->abort(); // not one of ours
        return;
    }
    const QJsonObject request = QJsonDocument::fromJson(socket->readLine()).object();
    socket->write("ok\n");
    socket->flush();
    socket->disconnectFromServer();
    emit activated(request.value(QStringLiteral("folder")).toString());
}

} // namespace Gazette::Ui
