#pragma once

#include "error.h"

#include <QDeadlineTimer>
#include <QTcpSocket>
#include <QVariant>

namespace tenant {

/// A minimal blocking Redis client speaking RESP2 over TCP, for worker
/// threads and the CLI. Replies map to QVariant: simple and bulk strings to
/// QByteArray, integers to qint64, arrays to QVariantList, nil to an invalid
/// QVariant; an error reply becomes an Error.
class RespClient final
{
public:
    /// `password` non-empty: AUTH is sent first on every new connection.
    RespClient(QString host, quint16 port, QString password = {});

    /// Sends one command and waits (until `deadline`) for its reply.
    Result<QVariant> command(const QList<QByteArray> &args, QDeadlineTimer deadline);
    /// Waits for the next pushed message (after SUBSCRIBE).
    Result<QVariant> next(QDeadlineTimer deadline);

private:
    Status ensureConnected(QDeadlineTimer deadline);
    Result<QByteArray> readLine(QDeadlineTimer deadline);
    Result<QByteArray> readBytes(qint64 count, QDeadlineTimer deadline);
    Result<QVariant> readReply(QDeadlineTimer deadline);

    QString m_host;
    quint16 m_port;
    QString m_password;
    QTcpSocket m_socket;
};

} // namespace tenant
