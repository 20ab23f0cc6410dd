#include "changefeed.h"

#include "auditactions.h"
#include "enumnames.h"
#include "workspace.h"

#include <QFileSystemWatcher>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

namespace tenant {

namespace {
const QString channel = QStringLiteral("tenant_admin_changes");
/// More entries than this at once (another client's bulk import): one
/// reload instead of a refresh per row.
constexpr int bulkThreshold = 200;
constexpr int catchUpMs = 3000;

QJsonObject objectOf(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

std::optional<TenantStatus> statusIn(const QString &json)
{
    return enumFromName<TenantStatus>(objectOf(json).value(QStringLiteral("status")).toString());
}
} // namespace

/// Lives on the feed's thread: its database connection, its LISTEN or its
/// file watch, and the reads that follow.
class ChangeFeed::Worker final : public QObject
{
    Q_OBJECT
public:
    explicit Worker(Workspace &ws)
        : m_ws(ws)
    {}

    void start()
    {
        Database &db = m_ws.database();
        m_lastSeq = newestSeq();
        if (db.isPostgres()) {
            subscribe();
        } else {
            m_watcher = new QFileSystemWatcher(this);
            const QString path = db.url().path;
            m_watcher->addPaths({path, path + QStringLiteral("-wal")});
            connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &Worker::fileChanged);
        }
        m_poll = new QTimer(this);
        connect(m_poll, &QTimer::timeout, this, &Worker::catchUp);
        m_poll->start(catchUpMs);
        emit listening();
    }

    void stop()
    {
        m_stopped = true; // a read still queued must not reopen the connection
        delete m_poll;
        m_poll = nullptr;
        delete m_watcher;
        m_watcher = nullptr;
        if (m_ws.database().isPostgres()) {
            QSqlDatabase connection = m_ws.database().connection();
            if (connection.isOpen() && connection.driver()) {
                disconnect(connection.driver(), nullptr, this, nullptr);
                connection.driver()->unsubscribeFromNotification(channel);
            }
        }
        m_ws.database().dropConnection();
    }

signals:
    void listening();
    void announced(int count);

private:
    void subscribe()
    {
        QSqlDatabase connection = m_ws.database().connection();
        QSqlDriver *driver = connection.isOpen() ? connection.driver() : nullptr;
        if (!driver || driver->subscribedToNotifications().contains(channel))
            return;
        if (driver->subscribeToNotification(channel))
            connect(driver, &QSqlDriver::notification, this, &Worker::soon, Qt::UniqueConnection);
    }

    /// Coalesces a burst of notifications into one read.
    void soon()
    {
        if (m_pending)
            return;
        m_pending = true;
        QTimer::singleShot(0, this, [this] {
            m_pending = false;
            fetch();
        });
    }

    /// SQLite writes the WAL file before it publishes the commit in its
    /// shared-memory index (which no file watch sees): a read at once can
    /// miss the commit that woke it, so read again a little later.
    void fileChanged()
    {
        soon();
        QTimer::singleShot(100, this, &Worker::soon);
    }

    void catchUp()
    {
        if (m_stopped)
            return;
        if (m_ws.database().isPostgres()) {
            // A dropped connection lost its LISTEN: reopen and listen again.
            if (!m_ws.database().ping()) {
                m_ws.database().dropConnection();
                return;
            }
            subscribe();
        } else if (m_watcher && m_watcher->files().size() < 2) {
            const QString path = m_ws.database().url().path;
            m_watcher->addPaths({path, path + QStringLiteral("-wal")});
        }
        fetch();
    }

    qint64 newestSeq()
    {
        // The head row: under row-level security the newest readable entry
        // may be far behind.
        Result<QSqlQuery> q =
            m_ws.database().prepare(QStringLiteral("SELECT last_seq FROM audit_head"));
        if (!q || !Database::exec(q.value(), QStringLiteral("read audit head")) || !q->next())
            return 0;
        return q->value(0).toLongLong();
    }

    void fetch()
    {
        if (m_stopped)
            return;
        const Result<QList<AuditEntry>> entries = m_ws.audit().list({}, m_lastSeq);
        if (!entries || entries->isEmpty())
            return;
        m_lastSeq = entries->last().seq;
        QList<AuditEntry> remote;
        for (const AuditEntry &e : entries.value())
            if (!m_ws.audit().committedHere(e.seq))
                remote << e;
        if (remote.isEmpty())
            return;
        ChangeNotifier &notifier = m_ws.notifier();
        if (remote.size() > bulkThreshold) {
            notifier.announceTenantsImported(int(remote.size()));
            notifier.announceFlagsChanged();
        } else {
            for (const AuditEntry &e : remote)
                announce(notifier, e);
        }
        for (const AuditEntry &e : remote)
            notifier.announceRemoteChange(e.tenantId, e.action, e.actor, e.seq);
        emit announced(int(remote.size()));
    }

    /// What the service that wrote `e` announced in its own process.
    static void announce(ChangeNotifier &notifier, const AuditEntry &e)
    {
        const QString &a = e.action;
        if (a == AuditAction::tenantCreate) {
            notifier.announceTenantCreated(e.tenantId);
        } else if (a == AuditAction::tenantUpdate || a == AuditAction::tenantRemove) {
            notifier.announceTenantChanged(e.tenantId);
        } else if (a.startsWith(AuditAction::lifecyclePrefix)) {
            const auto from = statusIn(e.before);
            const auto to = statusIn(e.after);
            if (from && to)
                notifier.announceStatusChanged(e.tenantId, *from, *to);
            notifier.announceTenantChanged(e.tenantId);
        } else if (a.startsWith(QLatin1String("flag."))) {
            notifier.announceFlagsChanged();
        } else if (a == AuditAction::healthRecord || a == AuditAction::healthImport) {
            notifier.announceHealthRecorded(e.tenantId);
        } else if (a.startsWith(QLatin1String("provision."))) {
            notifier.announceRequestChanged(e.correlationId);
            if (a == AuditAction::provisionComplete || a == AuditAction::provisionRollback)
                notifier.announceTenantChanged(e.tenantId);
        } else if (a == AuditAction::usageImport) {
            notifier.announceUsageChanged(
                {objectOf(e.after).value(QStringLiteral("month")).toString()});
        } else if (a == AuditAction::policyChargeback) {
            notifier.announceUsageChanged({});
        }
    }

    Workspace &m_ws;
    qint64 m_lastSeq = 0;
    bool m_pending = false;
    bool m_stopped = false;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_poll = nullptr;
};

ChangeFeed::ChangeFeed(Workspace &ws, QObject *parent)
    : QObject(parent)
    , m_ws(ws)
{}

ChangeFeed::~ChangeFeed()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(m_worker, &Worker::stop, Qt::BlockingQueuedConnection);
    m_thread->quit(); // finished() deletes the worker on its own thread
    m_thread->wait();
    delete m_thread;
}

void ChangeFeed::start()
{
    if (m_thread)
        return;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("change feed"));
    m_worker = new Worker(m_ws);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &Worker::listening, this, [this] {
        m_listening = true;
        emit listening();
    });
    connect(m_worker, &Worker::announced, this, &ChangeFeed::changesAnnounced);
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, &Worker::start, Qt::QueuedConnection);
}

QString ChangeFeed::mechanism() const
{
    return m_ws.database().isPostgres() ? QStringLiteral("LISTEN ") + channel
                                        : QStringLiteral("file watch");
}

} // namespace tenant

#include "changefeed.moc"
