#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace tenant {
class MembershipModel;
class Workspace;
struct Membership;
} // namespace tenant

namespace tenant::ui {

/// Users and roles (PostgreSQL): who holds which role where, filtered to
/// one tenant to see who can do what on it; a platform admin creates
/// logins, grants and revokes; the break-glass history underneath. Every
/// change goes through AccessControl, off the GUI thread, and the database
/// decides: a refusal is shown as it says it.
class UsersPage final : public QWidget
{
    Q_OBJECT
public:
    UsersPage(Workspace &workspace, QWidget *parent = nullptr);

    MembershipModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *tenantFilter() const { return m_tenant; }
    QStandardItemModel *breakGlassHistory() const { return m_history; }
    QAction *createAction() const { return m_create; }
    QAction *grantAction() const { return m_grant; }
    QAction *revokeAction() const { return m_revoke; }
    QLabel *notice() const { return m_notice; }

    /// The changes, without their dialogs (the dialogs call these).
    void createLogin(const QString &login, const QString &password);
    void grant(const Membership &membership);
    void revoke(const Membership &membership);

public slots:
    void reload();

signals:
    void statusMessage(const QString &message);
    /// A change finished: `ok`, or the database's refusal in `message`.
    void changed(bool ok, const QString &message);

private:
    void updateActions();
    void askCreateLogin();
    void askGrant();
    void askRevoke();
    void finish(bool ok, const QString &done, const QString &error);

    Workspace &m_workspace;
    MembershipModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_tenant = nullptr;
    QStandardItemModel *m_history = nullptr;
    QLabel *m_notice = nullptr;
    QAction *m_create = nullptr;
    QAction *m_grant = nullptr;
    QAction *m_revoke = nullptr;
};

} // namespace tenant::ui
