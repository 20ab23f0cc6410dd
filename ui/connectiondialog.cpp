#include "connectiondialog.h"

#include "connectionprofilemodel.h"
#include "downstreamform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tenant::ui {

ConnectionDialog::ConnectionDialog(ConnectionProfileStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setWindowTitle(tr("Connect to a registry"));
    m_model = new ConnectionProfileModel(store, this);
    m_keychain = new AsyncKeychain(this);

    m_list = new QListView(this);
    m_list->setModel(m_model);
    m_list->setMaximumWidth(200);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { selectProfile(current.row()); });

    m_name = new QLineEdit(this);
    m_host = new QLineEdit(QStringLiteral("localhost"), this);
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(this);
    m_user = new QLineEdit(this);
    m_sslMode = new QComboBox(this);
    m_sslMode->addItems({QStringLiteral("disable"), QStringLiteral("allow"),
                         QStringLiteral("prefer"), QStringLiteral("require"),
                         QStringLiteral("verify-ca"), QStringLiteral("verify-full")});
    m_sslMode->setCurrentText(QStringLiteral("prefer"));
    // A client certificate signs the person in where the server asks for one.
    m_sslCert = new QLineEdit(this);
    m_sslCert->setObjectName(QStringLiteral("sslCert"));
    m_sslCert->setPlaceholderText(tr("client certificate file (optional)"));
    m_sslKey = new QLineEdit(this);
    m_sslKey->setObjectName(QStringLiteral("sslKey"));
    m_sslKey->setPlaceholderText(tr("its private key file"));
    m_sslRootCert = new QLineEdit(this);
    m_sslRootCert->setObjectName(QStringLiteral("sslRootCert"));
    m_sslRootCert->setPlaceholderText(tr("CA of the server's certificate (optional)"));
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("Remember in the system keychain"), this);
    m_remember->setChecked(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("connectionStatus"));
    m_status->setWordWrap(true);

    auto *databaseTab = new QWidget(this);
    auto *form = new QFormLayout(databaseTab);
    form->addRow(tr("Profile name:"), m_name);
    form->addRow(tr("Host:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Database:"), m_database);
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("TLS mode:"), m_sslMode);
    form->addRow(tr("Client certificate:"), m_sslCert);
    form->addRow(tr("Certificate key:"), m_sslKey);
    form->addRow(tr("Server CA:"), m_sslRootCert);
    form->addRow(tr("Password:"), m_password);
    form->addRow(QString(), m_remember);
    m_downstream = new DownstreamForm(this);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(databaseTab, tr("&Database"));
    tabs->addTab(m_downstream, tr("Downstream &systems"));

    auto *save = new QPushButton(tr("Save profile"), this);
    auto *remove = new QPushButton(tr("Delete profile"), this);
    auto *demo = new QPushButton(tr("Open demo"), this);
    demo->setObjectName(QStringLiteral("openDemo"));
    connect(save, &QPushButton::clicked, this, &ConnectionDialog::saveProfile);
    connect(remove, &QPushButton::clicked, this, &ConnectionDialog::deleteProfile);
    connect(demo, &QPushButton::clicked, this, &ConnectionDialog::openDemo);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *connectButton = buttons->addButton(tr("Connect"), QDialogButtonBox::AcceptRole);
    connectButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::connectToProfile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *profileButtons = new QHBoxLayout;
    profileButtons->addWidget(save);
    profileButtons->addWidget(remove);
    profileButtons->addStretch();
    profileButtons->addWidget(demo);
    auto *right = new QVBoxLayout;
    right->addWidget(tabs);
    right->addWidget(m_status);
    right->addLayout(profileButtons);
    auto *top = new QHBoxLayout;
    top->addWidget(m_list);
    top->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);

    connect(m_keychain, &AsyncKeychain::readFinished, this,
            [this](const QString &account, const QString &password, const QString &error) {
                if (account != formProfile().url().keychainAccount())
                    return; // an answer for a profile no longer selected
                m_password->setText(password);
                m_status->setText(!error.isEmpty() ? tr("Keychain unavailable: %1").arg(error)
                                  : password.isEmpty()
                                      ? tr("No password stored for this profile.")
                                      : tr("Password read from the system keychain."));
                emit passwordLoaded(account);
            });
    connect(
        m_keychain, &AsyncKeychain::writeFinished, this,
        [this](const QString &account, const QString &error) {
            if (account != formProfile().url().keychainAccount()) {
                if (!error.isEmpty())
                    m_status->setText(
                        tr("The keychain refused a downstream secret: %1").arg(error));
                return; // a downstream secret
            }
            m_status->setText(
                error.isEmpty()
                    ? tr("Profile saved; password stored in the system keychain.")
                    : tr("Profile saved, but the keychain refused the password: %1").arg(error));
            emit passwordStored(account);
        });

    const int last = m_model->rowOf(m_store.lastProfile());
    if (last >= 0)
        m_list->setCurrentIndex(m_model->index(last));
    resize(680, 460);
}

ConnectionProfile ConnectionDialog::formProfile() const
{
    ConnectionProfile p;
    p.name = m_name->text().trimmed();
    p.host = m_host->text().trimmed();
    p.port = m_port->value();
    p.database = m_database->text().trimmed();
    p.user = m_user->text().trimmed();
    p.sslMode = m_sslMode->currentText();
    p.sslCert = m_sslCert->text().trimmed();
    p.sslKey = m_sslKey->text().trimmed();
    p.sslRootCert = m_sslRootCert->text().trimmed();
    p.downstream = m_downstream->endpoints();
    return p;
}

void ConnectionDialog::setFormProfile(const ConnectionProfile &p)
{
    m_name->setText(p.name);
    m_host->setText(p.host);
    m_port->setValue(p.port);
    m_database->setText(p.database);
    m_user->setText(p.user);
    m_sslMode->setCurrentText(p.sslMode);
    m_sslCert->setText(p.sslCert);
    m_sslKey->setText(p.sslKey);
    m_sslRootCert->setText(p.sslRootCert);
    m_downstream->setEndpoints(p.downstream);
}

void ConnectionDialog::selectProfile(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const ConnectionProfile profile = m_model->profileAt(row);
    setFormProfile(profile);
    m_password->clear();
    m_status->setText(tr("Reading the password from the keychain…"));
    m_keychain->read(profile.url().keychainAccount());
}

void ConnectionDialog::saveProfile()
{
    const ConnectionProfile profile = formProfile();
    const QString password = m_password->text();
    if (const Status saved = m_store.save(profile); !saved) {
        m_status->setText(saved.error().message);
        return;
    }
    {
        // Show the saved profile as selected without re-reading its password.
        const QSignalBlocker block(m_list->selectionModel());
        m_list->setCurrentIndex(m_model->index(m_model->rowOf(profile.name)));
    }
    storeDownstreamSecrets(profile);
    const QString account = profile.url().keychainAccount();
    if (m_remember->isChecked() && !password.isEmpty()) {
        m_status->setText(tr("Storing the password in the keychain…"));
        m_keychain->write(account, password);
    } else {
        m_keychain->remove(account);
        m_status->setText(tr("Profile saved (no password stored)."));
    }
}

void ConnectionDialog::storeDownstreamSecrets(const ConnectionProfile &profile)
{
    const DownstreamSecrets typed = m_downstream->typedSecrets();
    for (const auto &[account, secret] : typed.entries(profile.downstream))
        if (!secret.isEmpty())
            m_keychain->write(account, secret);
    m_downstream->clearSecrets();
}

void ConnectionDialog::deleteProfile()
{
    const ConnectionProfile profile = formProfile();
    if (m_model->rowOf(profile.name) < 0)
        return;
    m_store.remove(profile.name);
    m_keychain->remove(profile.url().keychainAccount());
    m_status->setText(tr("Deleted %1 and its stored password.").arg(profile.name));
}

void ConnectionDialog::connectToProfile()
{
    const ConnectionProfile profile = formProfile();
    if (const Status valid = profile.validate(); !valid) {
        m_status->setText(valid.error().message);
        return;
    }
    m_selected = profile.url();
    m_selected.password = m_password->text(); // in memory only
    m_downstreamSelected = profile.downstream;
    m_secretsTyped = m_downstream->typedSecrets();
    if (m_model->rowOf(profile.name) >= 0)
        m_store.setLastProfile(profile.name);
    m_demo = false;
    accept();
}

void ConnectionDialog::openDemo()
{
    m_selected = DatabaseUrl::defaultDemo();
    m_downstreamSelected = {};
    m_secretsTyped = {};
    m_demo = true;
    accept();
}

} // namespace tenant::ui
