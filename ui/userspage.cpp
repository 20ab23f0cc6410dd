#include "userspage.h"

#include "background.h"
#include "membershipmodel.h"
#include "palette.h"
#include "permissions.h"
#include "workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace tenant::ui {

UsersPage::UsersPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    m_model = new MembershipModel(workspace.access(), workspace.pool(), this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    // A tenant's rows and the grants for every tenant: who can act on it.
    m_proxy->setFilterRole(MembershipModel::TenantIdRole);

    auto *toolbar = new QToolBar(tr("User actions"), this);
    m_create =
        toolbar->addAction(QIcon::fromTheme(QStringLiteral("list-add-user")), tr("&Create login…"));
    m_grant = toolbar->addAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Grant…"));
    m_revoke = toolbar->addAction(QIcon::fromTheme(QStringLiteral("list-remove")), tr("&Revoke…"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_create, &QAction::triggered, this, &UsersPage::askCreateLogin);
    connect(m_grant, &QAction::triggered, this, &UsersPage::askGrant);
    connect(m_revoke, &QAction::triggered, this, &UsersPage::askRevoke);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("usersNotice"));
    m_notice->setWordWrap(true);
    m_tenant = new QLineEdit(this);
    m_tenant->setObjectName(QStringLiteral("usersTenantFilter"));
    m_tenant->setPlaceholderText(tr("Who can act on tenant… (id)"));
    m_tenant->setClearButtonEnabled(true);
    connect(m_tenant, &QLineEdit::textChanged, this, [this](const QString &text) {
        const QString id = text.trimmed();
        m_proxy->setFilterRegularExpression(id.isEmpty()
                                                ? QRegularExpression()
                                                : QRegularExpression(QStringLiteral("^(|%1)$").arg(
                                                      QRegularExpression::escape(id))));
    });

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("memberships"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UsersPage::updateActions);
    m_view->sortByColumn(MembershipModel::LoginColumn, Qt::AscendingOrder);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->resizeColumnsToContents();
        updateActions();
    });
    connect(m_model, &MembershipModel::loadFailed, this, [this](const QString &message) {
        emit statusMessage(tr("Could not read the roles: %1").arg(message));
    });

    m_history = new QStandardItemModel(0, 4, this);
    m_history->setHorizontalHeaderLabels({tr("Login"), tr("Reason"), tr("Started"), tr("Ends")});
    auto *history = new QTableView(this);
    history->setObjectName(QStringLiteral("breakGlassHistory"));
    history->setModel(m_history);
    history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    history->verticalHeader()->hide();
    history->horizontalHeader()->setStretchLastSection(true);
    history->setMaximumHeight(160);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolbar);
    layout->addWidget(m_notice);
    layout->addWidget(m_tenant);
    layout->addWidget(m_view, 1);
    layout->addWidget(new QLabel(tr("Break-glass history"), this));
    layout->addWidget(history);

    const Identity &me = workspace.identity();
    if (me.local)
        m_notice->setText(tr("A SQLite registry is one local user with no access control: users "
                             "and roles need a PostgreSQL registry."));
    else if (!me.may(Action::ManageUsers))
        m_notice->setText(
            tr("You see your own roles. %1").arg(missingRoleText(me, Action::ManageUsers)));
    else
        m_notice->hide();
    updateActions();
    if (!me.local)
        reload();
}

void UsersPage::reload()
{
    m_model->reload();
    AccessControl *access = &m_workspace.access();
    runInBackground<Result<QList<BreakGlass>>>(
        m_workspace.pool(), this, [access] { return access->breakGlassHistory(); },
        [this](Result<QList<BreakGlass>> read) {
            m_history->removeRows(0, m_history->rowCount());
            if (!read)
                return;
            for (const BreakGlass &b : read.value()) {
                QList<QStandardItem *> row;
                for (const QString &text :
                     {b.login, b.reason,
                      QLocale().toString(b.startedAt.toLocalTime(), QLocale::ShortFormat),
                      QLocale().toString(b.endsAt.toLocalTime(), QLocale::ShortFormat)})
                    row << new QStandardItem(text);
                if (b.isActive())
                    for (QStandardItem *item : row)
                        item->setForeground(errorTextColor());
                m_history->appendRow(row);
            }
        });
}

void UsersPage::updateActions()
{
    const Identity &me = m_workspace.identity();
    const bool available = !me.local;
    applyPermission(m_create, me, Action::ManageUsers, {}, available);
    applyPermission(m_grant, me, Action::ManageUsers, {}, available);
    applyPermission(m_revoke, me, Action::ManageUsers, {},
                    available && m_view->selectionModel()->currentIndex().isValid());
}

void UsersPage::finish(bool ok, const QString &done, const QString &error)
{
    emit statusMessage(ok ? done : error);
    if (!ok)
        QMessageBox::warning(this, tr("Users and roles"), error);
    emit changed(ok, ok ? done : error);
    reload();
}

void UsersPage::createLogin(const QString &login, const QString &password)
{
    Workspace *ws = &m_workspace;
    runInBackground<Status>(
        ws->pool(), this,
        [ws, login, password] { return ws->access().createLogin(login, password, ws->actor()); },
        [this, login](Status created) {
            finish(created.ok(), tr("Login %1 created").arg(login),
                   created.ok() ? QString() : created.error().message);
        });
}

void UsersPage::grant(const Membership &membership)
{
    Workspace *ws = &m_workspace;
    runInBackground<Result<bool>>(
        ws->pool(), this, [ws, membership] { return ws->access().grant(membership, ws->actor()); },
        [this, membership](Result<bool> granted) {
            finish(granted.ok(), tr("%1 holds %2").arg(membership.login, membership.summary()),
                   granted.ok() ? QString() : granted.error().message);
        });
}

void UsersPage::revoke(const Membership &membership)
{
    Workspace *ws = &m_workspace;
    runInBackground<Result<bool>>(
        ws->pool(), this, [ws, membership] { return ws->access().revoke(membership, ws->actor()); },
        [this, membership](Result<bool> revoked) {
            finish(revoked.ok(),
                   tr("%1 no longer holds %2").arg(membership.login, membership.summary()),
                   revoked.ok() ? QString() : revoked.error().message);
        });
}

void UsersPage::askCreateLogin()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Create login"));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(&dialog);
    auto *password = new QLineEdit(&dialog);
    auto *again = new QLineEdit(&dialog);
    password->setEchoMode(QLineEdit::Password);
    again->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Login:"), name);
    form->addRow(tr("&Password:"), password);
    form->addRow(tr("&Again:"), again);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    const auto check = [=] {
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!name->text().isEmpty() && password->text().size() >= 12 &&
                         password->text() == again->text());
    };
    for (QLineEdit *edit : {name, password, again})
        connect(edit, &QLineEdit::textChanged, &dialog, check);
    check();
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        createLogin(name->text().trimmed(), password->text());
}

void UsersPage::askGrant()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Grant a role"));
    auto *form = new QFormLayout(&dialog);
    auto *login = new QLineEdit(&dialog);
    auto *role = new QComboBox(&dialog);
    role->addItems(Roles::all());
    auto *tenantId = new QLineEdit(&dialog);
    tenantId->setPlaceholderText(tr("empty: every tenant"));
    auto *authority = new QComboBox(&dialog);
    authority->addItems(Roles::authorities());
    form->addRow(tr("&Login:"), login);
    form->addRow(tr("&Role:"), role);
    form->addRow(tr("&Tenant:"), tenantId);
    form->addRow(tr("&Authority:"), authority);
    const auto approverOnly = [=] {
        authority->setEnabled(role->currentText() == Roles::approver);
    };
    connect(role, &QComboBox::currentTextChanged, &dialog, approverOnly);
    approverOnly();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    grant({login->text().trimmed(),
           role->currentText(),
           tenantId->text().trimmed(),
           authority->isEnabled() ? authority->currentText() : QString(),
           {},
           {}});
}

void UsersPage::askRevoke()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const Membership m = m_model->membership(m_proxy->mapToSource(current).row());
    QMessageBox box(QMessageBox::Question, tr("Revoke"),
                    tr("Revoke %1 from %2?").arg(m.summary(), m.login), QMessageBox::Cancel, this);
    QPushButton *revokeButton = box.addButton(tr("&Revoke"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == revokeButton)
        revoke(m);
}

} // namespace tenant::ui
