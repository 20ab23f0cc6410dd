#pragma once

#include "error.h"

#include <QDeadlineTimer>
#include <QNetworkRequest>

class QNetworkAccessManager;

namespace tenant {

/// One blocking HTTP exchange for the cascade's adapters: waits on a local
/// event loop until the reply or `deadline`. A 4xx/5xx status or a timeout
/// is an Error naming the method, URL and status.
Result<QByteArray> httpCall(QNetworkAccessManager &network, const QByteArray &method,
                            const QNetworkRequest &request, const QByteArray &body,
                            QDeadlineTimer deadline);

} // namespace tenant
