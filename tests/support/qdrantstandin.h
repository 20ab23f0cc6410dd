#pragma once

#include "httpstandin.h"
#include <QHash>
#include <QJsonObject>
#include <QList>

namespace tenant::test {

/// A local stand-in for the parts of Qdrant's REST API the vector adapter
/// uses, speaking HTTP/1.1 with keep-alive and Qdrant's JSON shapes and error
/// messages, because Qdrant itself cannot run here:
///  - GET /aliases, POST /collections/aliases (create_alias/delete_alias);
///  - GET/PUT/DELETE /collections/NAME (vectors size and distance);
///  - PUT /collections/NAME/points, POST .../points/search (cosine, by
///    collection or alias), POST .../points/delete.
/// Requests need the `api-key` header.
class QdrantStandIn final : public QObject
{
    Q_OBJECT
public:
    explicit QdrantStandIn(const QString &apiKey, QObject *parent = nullptr);

    bool listen();
    QUrl url() const;

    void addCollection(const QString &name, int size = 8)
    {
        m_collections.insert(name, {size, {}});
    }
    QStringList collections() const { return m_collections.keys(); }
    /// Points stored in `collection`.
    int pointCount(const QString &collection) const
    {
        return int(m_collections.value(collection).points.size());
    }
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

signals:
    /// "METHOD /path" of a request, after it was answered.
    void requestReceived(const QString &request);

private:
    QByteArray handle(const QByteArray &method, const QByteArray &path, const QByteArray &apiKey,
                      const QByteArray &body, int &status);

    QString m_apiKey;
    struct Collection
    {
        int size = 0;
        QHash<qint64, QList<double>> points;
    };
    QByteArray handleCollection(const QByteArray &method, const QList<QByteArray> &parts,
                                const QJsonObject &body, int &status);

    QHash<QString, Collection> m_collections;
    QHash<QString, QString> m_aliases;
    QStringList m_requests;
    bool m_failing = false;
    // Last, so it is destroyed first: closing its sockets runs handlers that
    // still use the members above.
    HttpStandIn m_http;
};

} // namespace tenant::test
