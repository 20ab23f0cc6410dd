#pragma once

#include "downstream.h"

#include <QWidget>

class QLineEdit;

namespace tenant::ui {

/// The downstream systems of a connection profile: one endpoint field per
/// system (empty = the demo stand-in) and write-only secret fields, whose
/// values go to the keychain and are never shown again.
class DownstreamForm final : public QWidget
{
    Q_OBJECT
public:
    explicit DownstreamForm(QWidget *parent = nullptr);

    /// The endpoints typed, without the secrets a URL may carry (a Redis
    /// password, a webhook token): those are part of typedSecrets().
    DownstreamEndpoints endpoints() const;
    void setEndpoints(const DownstreamEndpoints &endpoints);

    /// The secrets typed since the last clearSecrets(), including those
    /// typed into a URL; empty = keep the stored one.
    DownstreamSecrets typedSecrets() const;
    void clearSecrets();

private:
    /// The URLs exactly as typed, secrets and all.
    DownstreamEndpoints typedEndpoints() const;
    QLineEdit *field(const QString &objectName, const QString &placeholder, bool secret = false);

    QLineEdit *m_vector = nullptr;
    QLineEdit *m_vectorKey = nullptr;
    QLineEdit *m_s3 = nullptr;
    QLineEdit *m_s3Region = nullptr;
    QLineEdit *m_s3KeyId = nullptr;
    QLineEdit *m_s3Secret = nullptr;
    QLineEdit *m_redis = nullptr;
    QLineEdit *m_redisPassword = nullptr;
    QLineEdit *m_monitoring = nullptr;
    QLineEdit *m_webhook = nullptr;
    QLineEdit *m_webhookSecret = nullptr;
};

} // namespace tenant::ui
