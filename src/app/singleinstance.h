#pragma once

#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

namespace formulary {

class MainWindow;

// One window per user: the first start listens on a local socket, and a
// later start hands its request (raise the window, perhaps with a query) to
// it and ends.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // How long a later start waits for the running one to answer.
    static constexpr int kTimeoutMs = 3000;

    // The user's socket, named with the user id, in the user's private
    // runtime folder ($XDG_RUNTIME_DIR, else one Qt makes). Empty when there
    // is no such folder: each window then runs on its own.
    static QString defaultServerName();

    explicit SingleInstance(const QString &serverName = defaultServerName(), QObject *parent = nullptr);
    ~SingleInstance() override;

    // Hands `query` (empty: just raise the window) to a running instance
    // and returns true when it took it: this start should then end. Otherwise
    // listens, as the instance later starts will hand theirs to, and returns
    // false. A socket left by an instance that crashed is replaced.
    bool forwardOrListen(const QString &query);

    bool isListening() const;
    QString serverName() const { return m_serverName; }

signals:
    // A later start asked for the window, with its query (possibly empty).
    void activationRequested(const QString &query);

private:
    enum class Forward { Taken, NoServer, NoAnswer };
    Forward forward(const QString &query) const;
    bool listen();
    void onNewConnection();
    void onReadyRead(QLocalSocket *socket);

    QString m_serverName;
    QLocalServer *m_server = nullptr;
};

// Brings the window to the front, as asked by a later start; a query is put
// in its search field.
void presentWindow(MainWindow &window, const QString &query);

} // namespace formulary
