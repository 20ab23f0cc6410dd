#include "tenantspage.h"

#include "background.h"
#include "badgedelegate.h"
#include "cascadeprogressdialog.h"
#include "permissions.h"
#include "tenanteditordialog.h"
#include "tenantfilterproxymodel.h"
#include "tenanttablemodel.h"
#include "transitiondialog.h"
#include "workspace.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace tenant::ui {

namespace {
const QList<TenantStatus> transitionOrder = {TenantStatus::Active, TenantStatus::Suspended,
                                             TenantStatus::Migrating, TenantStatus::Archived,
                                             TenantStatus::Deleted};
}

TenantsPage::TenantsPage(Workspace &workspace, TenantTableModel &model, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(model)
{
    m_proxy = new TenantFilterProxyModel(this);
    m_proxy->setSourceModel(&m_model);
    m_proxy->setSortInSource(true); // this table owns the order of the rows

    m_toolbar = new QToolBar(tr("Tenant actions"), this);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_newAction =
        m_toolbar->addAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&New tenant…"));
    m_newAction->setObjectName(QStringLiteral("newTenant"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_newAction, &QAction::triggered, this, &TenantsPage::newTenant);
    m_editAction =
        m_toolbar->addAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit…"));
    m_editAction->setShortcut(Qt::Key_Return);
    m_editAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_editAction, &QAction::triggered, this, &TenantsPage::editCurrent);
    m_toolbar->addSeparator();
    for (TenantStatus target : transitionOrder) {
        QAction *action = m_toolbar->addAction(transitionIcon(target),
                                               transitionVerb(target) + QStringLiteral("…"));
        action->setObjectName(QStringLiteral("transition-") + nameOf(target));
        connect(action, &QAction::triggered, this, [this, target] { requestTransition(target); });
        m_transitions.insert(target, action);
    }
    auto *deleteKey = new QAction(this);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(deleteKey, &QAction::triggered, this, &TenantsPage::deleteCurrent);
    addAction(deleteKey);

    auto *bar = new QWidget(this);
    buildFilterBar(bar);

    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new BadgeDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TenantTableModel::IdColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(TenantTableModel::NameColumn,
                                                     QHeaderView::Stretch);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &TenantsPage::showContextMenu);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &TenantsPage::editCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TenantsPage::updateActions);
    connect(&m_model, &QAbstractItemModel::dataChanged, this, &TenantsPage::updateActions);
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_pendingSelection.isEmpty())
            selectTenant(m_pendingSelection);
    });
    connect(&m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->resizeColumnsToContents();
        m_view->horizontalHeader()->setSectionResizeMode(TenantTableModel::NameColumn,
                                                         QHeaderView::Stretch);
        if (!m_pendingSelection.isEmpty())
            selectTenant(m_pendingSelection);
        updateActions();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toolbar);
    layout->addWidget(bar);
    layout->addWidget(m_view);
    updateActions();
}

void TenantsPage::buildFilterBar(QWidget *bar)
{
    m_filter = new QLineEdit(bar);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(
        tr("Filter by id or name (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_filter->setClearButtonEnabled(true);
    auto makeCombo = [bar](const QString &any, const QStringList &names) {
        auto *combo = new QComboBox(bar);
        combo->addItem(any);
        for (int i = 0; i < names.size(); ++i)
            combo->addItem(names.at(i), i);
        return combo;
    };
    QStringList statuses; // in allStatusNames()'s order: the item data is the index
    for (const QString &name : allStatusNames())
        statuses << TenantTableModel::displayName(*statusFromString(name));
    m_status = makeCombo(tr("Any status"), statuses);
    m_tier = makeCombo(tr("Any tier"), allTierNames());
    m_band = makeCombo(tr("Any health"), {TenantTableModel::displayName(HealthBand::Healthy),
                                          TenantTableModel::displayName(HealthBand::Warning),
                                          TenantTableModel::displayName(HealthBand::Critical)});
    m_count = new QLabel(bar);
    m_count->setObjectName(QStringLiteral("tenantCount"));
    connect(m_filter, &QLineEdit::textChanged, this, &TenantsPage::applyFilters);
    for (QComboBox *combo : {m_status, m_tier, m_band})
        connect(combo, &QComboBox::currentIndexChanged, this, &TenantsPage::applyFilters);
    // Only the count follows the proxy: re-filtering from inside the proxy's
    // own signals would change its mapping while it is being emitted.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &TenantsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TenantsPage::updateCount);

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->addWidget(m_filter, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_tier);
    layout->addWidget(m_band);
    layout->addWidget(m_count);
}

void TenantsPage::applyFilters()
{
    auto selected = [](const QComboBox *combo) {
        return combo->currentData().isValid() ? std::optional<int>(combo->currentData().toInt())
                                              : std::nullopt;
    };
    m_proxy->setText(m_filter->text());
    const auto status = selected(m_status);
    const auto tier = selected(m_tier);
    const auto band = selected(m_band);
    m_proxy->setStatus(status ? std::optional(static_cast<TenantStatus>(*status)) : std::nullopt);
    m_proxy->setTier(tier ? std::optional(static_cast<Tier>(*tier)) : std::nullopt);
    m_proxy->setBand(band ? std::optional(static_cast<HealthBand>(*band)) : std::nullopt);
    updateCount();
    updateActions();
}

void TenantsPage::updateCount()
{
    m_count->setText(
        tr("%L1 of %Ln tenant(s)", nullptr, m_model.rowCount()).arg(m_proxy->rowCount()));
}

std::optional<TenantSummary> TenantsPage::currentTenant() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_model.tenantAt(m_proxy->mapToSource(current).row());
}

void TenantsPage::selectTenant(const QString &tenantId)
{
    const int sourceRow = m_model.rowOf(tenantId);
    // A tenant just created reaches the table when it has read it: select
    // it then.
    m_pendingSelection = sourceRow < 0 ? tenantId : QString();
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model.index(sourceRow, 0));
    if (index.isValid())
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
}

void TenantsPage::updateActions()
{
    const std::optional<TenantSummary> tenant = currentTenant();
    const Identity &me = m_workspace.identity();
    const QString id = tenant ? tenant->tenantId : QString();
    applyPermission(m_newAction, me, Action::CreateTenant, {}, true);
    applyPermission(m_editAction, me, Action::EditTenant, id, tenant.has_value());
    const QList<TenantStatus> valid =
        tenant ? LifecycleRules::validTargets(tenant->status) : QList<TenantStatus>{};
    for (auto it = m_transitions.cbegin(); it != m_transitions.cend(); ++it)
        applyPermission(it.value(), me, Action::EditTenant, id, valid.contains(it.key()));
}

void TenantsPage::showContextMenu(const QPoint &pos)
{
    if (!m_view->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    menu.addAction(m_editAction);
    menu.addSeparator();
    for (TenantStatus target : transitionOrder)
        if (m_transitions.value(target)->isEnabled())
            menu.addAction(m_transitions.value(target));
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void TenantsPage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void TenantsPage::newTenant()
{
    TenantRepository *tenants = &m_workspace.tenants();
    const Result<Tenant> draft = awaitInBackground<Result<Tenant>>(
        m_workspace.pool(), [tenants] { return tenants->tierTemplate(Tier::Silver); });
    if (!draft) {
        QMessageBox::warning(this, tr("New tenant"), draft.error().message);
        return;
    }
    TenantEditorDialog dialog(m_workspace.tenants(), m_workspace.pool(), draft.value(), true,
                              m_workspace.actor(), this);
    if (dialog.exec() == QDialog::Accepted) {
        selectTenant(dialog.savedTenant().tenantId);
        emit statusMessage(tr("Created %1").arg(dialog.savedTenant().tenantId));
    }
}

void TenantsPage::editCurrent()
{
    const std::optional<TenantSummary> tenant = currentTenant();
    if (!tenant)
        return;
    // Edit what is stored now, not what the table showed.
    TenantRepository *tenants = &m_workspace.tenants();
    const QString id = tenant->tenantId;
    const Result<Tenant> stored = awaitInBackground<Result<Tenant>>(
        m_workspace.pool(), [tenants, id] { return tenants->get(id); });
    if (!stored) {
        QMessageBox::warning(this, tr("Edit tenant"), stored.error().message);
        return;
    }
    TenantEditorDialog dialog(m_workspace.tenants(), m_workspace.pool(), stored.value(), false,
                              m_workspace.actor(), this);
    if (dialog.exec() == QDialog::Accepted)
        emit statusMessage(tr("Saved %1 (version %2)")
                               .arg(dialog.savedTenant().tenantId)
                               .arg(dialog.savedTenant().version));
}

void TenantsPage::requestTransition(TenantStatus target)
{
    const std::optional<TenantSummary> tenant = currentTenant();
    if (!tenant || !LifecycleRules::isValid(tenant->status, target))
        return;
    TransitionDialog dialog(tenant.value(), target, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.isConfirmed())
        return;
    if (LifecycleRules::reachesDownstream(target)) {
        // These reach every downstream system: run them off the GUI thread
        // and show each step.
        CascadeProgressDialog progress(m_workspace, tenant->tenantId, target, dialog.reason(),
                                       this);
        connect(&progress, &CascadeProgressDialog::cascadeFinished, this,
                [this](bool, const QString &message) { emit statusMessage(message); });
        progress.start();
        progress.exec();
        return;
    }
    LifecycleService *lifecycle = &m_workspace.lifecycle();
    const Result<Tenant> moved = awaitInBackground<Result<Tenant>>(
        m_workspace.pool(), [lifecycle, id = tenant->tenantId, target, reason = dialog.reason(),
                             actor = m_workspace.actor(), confirmed = dialog.isConfirmed()] {
            return lifecycle->transition(id, target, reason, actor, confirmed);
        });
    if (!moved) {
        QMessageBox::warning(this, dialog.windowTitle(), moved.error().message);
        return;
    }
    emit statusMessage(
        tr("%1 is now %2").arg(moved->tenantId, TenantTableModel::displayName(moved->status)));
}

void TenantsPage::deleteCurrent()
{
    requestTransition(TenantStatus::Deleted);
}

} // namespace tenant::ui
