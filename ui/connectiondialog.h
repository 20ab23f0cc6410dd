#pragma once

#include "connectionprofile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSpinBox;

namespace tenant {
class ConnectionProfileModel;
}

namespace tenant::ui {

class DownstreamForm;

/// Chooses what to open: a saved PostgreSQL profile (password read from and
/// stored in the OS keychain, asynchronously, never on disk) or the demo
/// SQLite database.
class ConnectionDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(ConnectionProfileStore &store, QWidget *parent = nullptr);

    /// What to open once accepted. The password is only in memory.
    DatabaseUrl selectedUrl() const { return m_selected; }
    bool demoChosen() const { return m_demo; }
    /// The chosen profile's downstream systems (none for the demo) and the
    /// secrets typed for them; the rest are in the keychain.
    DownstreamEndpoints selectedDownstream() const { return m_downstreamSelected; }
    DownstreamSecrets typedSecrets() const { return m_secretsTyped; }

    ConnectionProfile formProfile() const;
    void setFormProfile(const ConnectionProfile &profile);
    QListView *profileList() const { return m_list; }
    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *rememberPassword() const { return m_remember; }
    QLabel *statusLabel() const { return m_status; }
    DownstreamForm *downstreamForm() const { return m_downstream; }

public slots:
    void saveProfile();
    void deleteProfile();
    void connectToProfile();
    void openDemo();

signals:
    /// The keychain answered for the selected profile (tests wait on these).
    void passwordLoaded(const QString &account);
    void passwordStored(const QString &account);

private:
    void selectProfile(int row);
    void storeDownstreamSecrets(const ConnectionProfile &profile);

    ConnectionProfileStore &m_store;
    ConnectionProfileModel *m_model = nullptr;
    AsyncKeychain *m_keychain = nullptr;
    QListView *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_sslMode = nullptr;
    QLineEdit *m_sslCert = nullptr;
    QLineEdit *m_sslKey = nullptr;
    QLineEdit *m_sslRootCert = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_status = nullptr;
    DownstreamForm *m_downstream = nullptr;
    DatabaseUrl m_selected;
    DownstreamEndpoints m_downstreamSelected;
    DownstreamSecrets m_secretsTyped;
    bool m_demo = false;
};

} // namespace tenant::ui
