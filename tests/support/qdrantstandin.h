#pragma once

#include <QHash>
#include <QSet>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace tenant::test {

/// A local stand-in for the parts of Qdrant's REST API the vector step uses
/// (GET /aliases, POST /collections/aliases with create_alias/delete_alias),
/// speaking HTTP/1.1 with keep-alive and Qdrant's JSON shapes, because
/// Qdrant itself cannot run here. Requests need the `api-key` header.
class QdrantStandIn final : public QObject
{
    Q_OBJECT
public:
    explicit QdrantStandIn(const QString &apiKey, QObject *parent = nullptr);

    bool listen();
    QUrl url() const;

    void addCollection(const QString &name) { m_collections.insert(name); }
    void setAlias(const QString &alias, const QString &collection)
    {
        m_aliases.insert(alias, collection);
    }
    /// alias -> collection, as the server holds them.
    QHash<QString, QString> aliases() const { return m_aliases; }
    /// Every request answers 500 while set.
    void setFailing(bool failing) { m_failing = failing; }
    /// "METHOD /path" of every request served, in order.
    QStringList requests() const { return m_requests; }

private:
    void onReadyRead(QTcpSocket *socket);
    QByteArray handle(const QByteArray &method, const QByteArray &path, const QByteArray &apiKey,
                      const QByteArray &body, int &status);

    QString m_apiKey;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QSet<QString> m_collections;
    QHash<QString, QString> m_aliases;
    QStringList m_requests;
    bool m_failing = false;
    // Last, so it is destroyed first: closing its sockets runs handlers that
    // still use the members above.
    QTcpServer m_server;
};

} // namespace tenant::test
