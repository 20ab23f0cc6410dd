#include "respclient.h"

namespace tenant {

RespClient::RespClient(QString host, quint16 port, QString password)
    : m_host(std::move(host))
    , m_port(port)
    , m_password(std::move(password))
{}

Status RespClient::ensureConnected(QDeadlineTimer deadline)
{
    if (m_socket.state() == QAbstractSocket::ConnectedState)
        return success();
    m_socket.connectToHost(m_host, m_port);
    if (!m_socket.waitForConnected(static_cast<int>(std::max<qint64>(1, deadline.remainingTime()))))
        return Error::storage(
            QStringLiteral("redis %1:%2: %3").arg(m_host).arg(m_port).arg(m_socket.errorString()));
    if (!m_password.isEmpty()) {
        const Result<QVariant> auth = command({"AUTH", m_password.toUtf8()}, deadline);
        if (!auth)
            return auth.error();
    }
    return success();
}

Result<QByteArray> RespClient::readLine(QDeadlineTimer deadline)
{
    while (!m_socket.canReadLine()) {
        if (deadline.hasExpired() || !m_socket.waitForReadyRead(static_cast<int>(
                                         std::max<qint64>(1, deadline.remainingTime()))))
            return Error::storage(QStringLiteral("redis %1:%2: no reply (%3)")
                                      .arg(m_host)
                                      .arg(m_port)
                                      .arg(deadline.hasExpired() ? QStringLiteral("timed out")
                                                                 : m_socket.errorString()));
    }
    return m_socket.readLine().chopped(2); // without \r\n
}

Result<QByteArray> RespClient::readBytes(qint64 count, QDeadlineTimer deadline)
{
    while (m_socket.bytesAvailable() < count + 2) {
        if (deadline.hasExpired() || !m_socket.waitForReadyRead(static_cast<int>(
                                         std::max<qint64>(1, deadline.remainingTime()))))
            return Error::storage(
                QStringLiteral("redis %1:%2: reply cut short").arg(m_host).arg(m_port));
    }
    const QByteArray data = m_socket.read(count);
    m_socket.read(2); // \r\n
    return data;
}

Result<QVariant> RespClient::readReply(QDeadlineTimer deadline)
{
    const Result<QByteArray> line = readLine(deadline);
    if (!line)
        return line.error();
    if (line->isEmpty())
        return Error::storage(QStringLiteral("redis: empty reply line"));
    const char type = line->at(0);
    const QByteArray body = line->mid(1);
    switch (type) {
    case '+':
        return QVariant(body);
    case '-':
        return Error::storage(QStringLiteral("redis: ") + QString::fromUtf8(body));
    case ':':
        return QVariant(body.toLongLong());
    case '$': {
        const qint64 length = body.toLongLong();
        if (length < 0)
            return QVariant();
        const Result<QByteArray> data = readBytes(length, deadline);
        if (!data)
            return data.error();
        return QVariant(data.value());
    }
    case '*': {
        const qint64 count = body.toLongLong();
        if (count < 0)
            return QVariant();
        QVariantList items;
        for (qint64 i = 0; i < count; ++i) {
            Result<QVariant> item = readReply(deadline);
            if (!item)
                return item;
            items << item.value();
        }
        return QVariant(items);
    }
    }
    return Error::storage(
        QStringLiteral("redis: unknown reply type %1").arg(quoted(QString(QLatin1Char(type)))));
}

Result<QVariant> RespClient::command(const QList<QByteArray> &args, QDeadlineTimer deadline)
{
    if (Status s = ensureConnected(deadline); !s)
        return s.error();
    QByteArray request = '*' + QByteArray::number(args.size()) + "\r\n";
    for (const QByteArray &arg : args)
        request += '$' + QByteArray::number(arg.size()) + "\r\n" + arg + "\r\n";
    m_socket.write(request);
    if (!m_socket.waitForBytesWritten(
            static_cast<int>(std::max<qint64>(1, deadline.remainingTime()))))
        return Error::storage(
            QStringLiteral("redis %1:%2: %3").arg(m_host).arg(m_port).arg(m_socket.errorString()));
    return readReply(deadline);
}

Result<QVariant> RespClient::next(QDeadlineTimer deadline)
{
    return readReply(deadline);
}

} // namespace tenant
