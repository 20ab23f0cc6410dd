#pragma once

#include "error.h"

#include <QObject>

class QThread;

namespace tenant {

class Workspace;

/// Tells this console what other clients commit, so every open view
/// updates the rows that changed without a reload. On PostgreSQL it
/// LISTENs on the channel the audit trigger NOTIFYs at each commit; on
/// SQLite it watches the database file (consoles on one machine). Either
/// way it then reads the audit entries after the last one it saw (what
/// the login may read, nothing else), skips those this process committed
/// (already announced), and announces each through the workspace's
/// ChangeNotifier, as the service that made it would have. A poll every
/// few seconds catches up after a lost connection.
class ChangeFeed final : public QObject
{
    Q_OBJECT
public:
    explicit ChangeFeed(Workspace &ws, QObject *parent = nullptr);
    ~ChangeFeed() override;
    Q_DISABLE_COPY_MOVE(ChangeFeed)

    /// Starts listening on a thread of its own; changes committed from now
    /// on are announced.
    void start();
    /// "LISTEN tenant_admin_changes" or "file watch".
    QString mechanism() const;
    /// True once listening() was emitted.
    bool isListening() const { return m_listening; }

signals:
    /// Ready: changes committed from now on will be announced.
    void listening();
    /// `count` entries of other clients were announced.
    void changesAnnounced(int count);

private:
    class Worker;
    Workspace &m_ws;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
    bool m_listening = false;
};

} // namespace tenant
