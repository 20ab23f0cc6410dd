#include "downstreamform.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace tenant::ui {

namespace {
QUrl urlFrom(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    return text.isEmpty() ? QUrl() : QUrl(text, QUrl::StrictMode);
}
} // namespace

DownstreamForm::DownstreamForm(QWidget *parent)
    : QWidget(parent)
{
    const QString stored = tr("stored in the keychain; type to replace");
    m_vector = field(QStringLiteral("vectorUrl"), QStringLiteral("http://qdrant:6333"));
    m_vectorKey = field(QStringLiteral("vectorApiKey"), stored, true);
    m_s3 = field(QStringLiteral("s3Url"), QStringLiteral("https://s3.eu-west-1.amazonaws.com"));
    m_s3Region = field(QStringLiteral("s3Region"), QStringLiteral("us-east-1"));
    m_s3KeyId = field(QStringLiteral("s3AccessKeyId"), QStringLiteral("AKIA…"));
    m_s3Secret = field(QStringLiteral("s3SecretKey"), stored, true);
    m_redis = field(QStringLiteral("redisUrl"), QStringLiteral("redis://cache:6379"));
    m_redisPassword = field(QStringLiteral("redisPassword"), stored, true);
    m_monitoring =
        field(QStringLiteral("monitoringUrl"), QStringLiteral("http://alertmanager:9093"));
    m_webhook =
        field(QStringLiteral("webhookUrl"), QStringLiteral("https://hooks.example/tenants"));
    m_webhookSecret = field(QStringLiteral("webhookSecret"), stored, true);

    auto *hint = new QLabel(tr("Suspend, activate and provisioning drive these systems. A system "
                               "left empty "
                               "uses its demo stand-in, labelled \"(demo)\"; row-level security "
                               "is always the registry's own PostgreSQL."),
                            this);
    hint->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(hint);
    form->addRow(tr("Vector DB (Qdrant) URL:"), m_vector);
    form->addRow(tr("Qdrant API key:"), m_vectorKey);
    form->addRow(tr("S3 endpoint:"), m_s3);
    form->addRow(tr("S3 region:"), m_s3Region);
    form->addRow(tr("S3 access key ID:"), m_s3KeyId);
    form->addRow(tr("S3 secret key:"), m_s3Secret);
    form->addRow(tr("Redis URL:"), m_redis);
    form->addRow(tr("Redis password:"), m_redisPassword);
    form->addRow(tr("Alertmanager URL:"), m_monitoring);
    form->addRow(tr("Provisioning webhook:"), m_webhook);
    form->addRow(tr("Webhook signing secret:"), m_webhookSecret);
}

QLineEdit *DownstreamForm::field(const QString &objectName, const QString &placeholder, bool secret)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(!secret);
    if (secret)
        edit->setEchoMode(QLineEdit::Password);
    return edit;
}

DownstreamEndpoints DownstreamForm::endpoints() const
{
    // The URLs as typed, less any secret in them (it goes with typedSecrets()).
    DownstreamEndpoints e = typedEndpoints();
    DownstreamSecrets moved;
    DownstreamEndpoints clean = e;
    if (clean.takeCredentials(moved))
        return clean;
    return e; // an unsupported credential: validate() names the field
}

DownstreamEndpoints DownstreamForm::typedEndpoints() const
{
    DownstreamEndpoints e;
    e.vector = urlFrom(m_vector);
    e.s3 = urlFrom(m_s3);
    if (!m_s3Region->text().trimmed().isEmpty())
        e.s3Region = m_s3Region->text().trimmed();
    e.s3AccessKeyId = m_s3KeyId->text().trimmed();
    e.redis = urlFrom(m_redis);
    e.monitoring = urlFrom(m_monitoring);
    e.webhook = urlFrom(m_webhook);
    return e;
}

void DownstreamForm::setEndpoints(const DownstreamEndpoints &e)
{
    m_vector->setText(e.vector.toString());
    m_s3->setText(e.s3.toString());
    m_s3Region->setText(e.s3Region);
    m_s3KeyId->setText(e.s3AccessKeyId);
    m_redis->setText(e.redis.toString());
    m_monitoring->setText(e.monitoring.toString());
    m_webhook->setText(e.webhook.toString());
    clearSecrets();
}

DownstreamSecrets DownstreamForm::typedSecrets() const
{
    DownstreamSecrets typed{m_vectorKey->text(),
                            m_s3Secret->text(),
                            m_redisPassword->text(),
                            m_webhookSecret->text(),
                            {}};
    DownstreamEndpoints e = typedEndpoints();
    (void)e.takeCredentials(typed); // a secret typed into a URL joins the others
    return typed;
}

void DownstreamForm::clearSecrets()
{
    m_vectorKey->clear();
    m_s3Secret->clear();
    m_redisPassword->clear();
    m_webhookSecret->clear();
}

} // namespace tenant::ui
