#include "app/singleinstance.h"

#include "app/mainwindow.h"
#include "app/searchpanel.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>

#include <unistd.h>

namespace formulary {
namespace {

// A request is one line of JSON: {"query": "…", "activationToken": "…"};
// the running instance answers "ok" once it has taken it.
constexpr qint64 kMaxRequestSize = 64 * 1024;
const QByteArray kAnswer = QByteArrayLiteral("ok\n");
const QString kQueryKey = QStringLiteral("query");
const QString kTokenKey = QStringLiteral("activationToken");
// Wayland lets the window that a launcher started take the focus with this
// token; the running window takes it in place of the process that ends.
const char *const kActivationToken = "XDG_ACTIVATION_TOKEN";

// Where QLocalServer puts a socket given by name only.
QString socketPath(const QString &serverName)
{
    return QDir::isAbsolutePath(serverName) ? serverName : QDir(QDir::tempPath()).filePath(serverName);
}

// A socket file of another user at our name is not ours to talk to or remove.
bool belongsToUser(const QString &path)
{
    const QFileInfo info(path);
    return !info.exists() || info.ownerId() == ::getuid();
}

} // namespace

QString SingleInstance::defaultServerName()
{
    const QString name = QStringLiteral("org.formulary.Formulary-%1").arg(::getuid());
    // The user's runtime folder, which only the user can write: without
    // $XDG_RUNTIME_DIR, Qt makes one in the temporary folder (mode 0700,
    // owned by the user, or none at all). A name in the shared temporary
    // folder itself would let another user put a socket there first.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (runtime.isEmpty() || !QFileInfo(runtime).isDir())
        return QString();
    return QDir(runtime).filePath(name);
}

SingleInstance::SingleInstance(const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_serverName(serverName)
{ }

SingleInstance::~SingleInstance() = default;

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

bool SingleInstance::forwardOrListen(const QString &query)
{
    if (m_serverName.isEmpty()) {
        qWarning("formulary: no private runtime folder; this window runs on its own");
        return false;
    }
    if (!belongsToUser(socketPath(m_serverName))) {
        qWarning("formulary: %s belongs to another user; this window runs on its own",
                 qPrintable(QDir::toNativeSeparators(socketPath(m_serverName))));
        return false;
    }
    // Starts at the same moment take turns, so that exactly one listens.
    QLockFile lock(socketPath(m_serverName) + QStringLiteral(".lock"));
    lock.tryLock(kTimeoutMs);
    switch (forward(query)) {
    case Forward::Taken:
        return true;
    case Forward::NoAnswer:
        qWarning("formulary: the window already open does not answer; opening another");
        return false;
    case Forward::NoServer:
        break;
    }
    if (!listen())
        qWarning("formulary: cannot listen on %s: %s; a later start opens another window",
                 qPrintable(QDir::toNativeSeparators(socketPath(m_serverName))), qPrintable(m_server->errorString()));
    return false;
}

SingleInstance::Forward SingleInstance::forward(const QString &query) const
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(kTimeoutMs)) {
        const auto error = socket.error();
        return error == QLocalSocket::ServerNotFoundError || error == QLocalSocket::ConnectionRefusedError
                   ? Forward::NoServer
                   : Forward::NoAnswer;
    }
    QJsonObject request{{kQueryKey, query}};
    if (const QString token = qEnvironmentVariable(kActivationToken); !token.isEmpty())
        request.insert(kTokenKey, token);
    socket.write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    QElapsedTimer clock;
    clock.start();
    while (!socket.canReadLine() && socket.state() == QLocalSocket::ConnectedState && clock.elapsed() < kTimeoutMs)
        socket.waitForReadyRead(int(kTimeoutMs - clock.elapsed()));
    return socket.canReadLine() && socket.readLine() == kAnswer ? Forward::Taken : Forward::NoAnswer;
}

bool SingleInstance::listen()
{
    delete m_server;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    if (m_server->listen(m_serverName))
        return true;
    if (m_server->serverError() != QAbstractSocket::AddressInUseError)
        return false;
    // The socket is there but nothing answered on it just now (under the
    // lock): left by an instance that crashed.
    QLocalServer::removeServer(m_serverName);
    return m_server->listen(m_serverName);
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        // A peer that never finishes its request is let go.
        QTimer::singleShot(kTimeoutMs, socket, [socket] { socket->abort(); });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void SingleInstance::onReadyRead(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > kMaxRequestSize)
            socket->abort();
        return;
    }
    const QJsonDocument document = QJsonDocument::fromJson(socket->readLine(kMaxRequestSize));
    const QJsonObject request = document.object();
    if (!request.value(kQueryKey).isString()) {
        socket->abort(); // not a request of ours
        return;
    }
    socket->write(kAnswer);
    socket->flush();
    socket->disconnectFromServer();
    if (const QString token = request.value(kTokenKey).toString(); !token.isEmpty())
        qputenv(kActivationToken, token.toUtf8());
    emit activationRequested(request.value(kQueryKey).toString().trimmed());
}

void presentWindow(MainWindow &window, const QString &query)
{
    if (!query.isEmpty())
        window.searchPanel()->setQuery(query);
    window.setWindowState(window.windowState() & ~Qt::WindowMinimized);
    window.show();
    window.raise();
    window.activateWindow();
    window.searchPanel()->focusSearch();
}

} // namespace formulary
