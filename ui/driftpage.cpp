#include "driftpage.h"

#include "driftmodel.h"
#include "permissions.h"
#include "workspace.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace tenant::ui {

DriftPage::DriftPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new DriftModel(workspace, this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("DriftPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DriftModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_check = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Check now"), this);
    m_check->setShortcut(QKeySequence::Refresh);
    m_check->setToolTip(
        tr("Read every downstream system back and compare it with the registry (F5)"));
    m_reconcileSelected =
        new QAction(QIcon::fromTheme(QStringLiteral("run-build")), tr("Reconcile selected"), this);
    m_reconcileSelected->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_reconcileAll = new QAction(tr("Reconcile all…"), this);
    m_reconcileAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    for (QAction *a : {m_check, m_reconcileSelected, m_reconcileAll}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    connect(m_check, &QAction::triggered, m_model, &DriftModel::check);
    connect(m_reconcileSelected, &QAction::triggered, this, &DriftPage::reconcileSelected);
    connect(m_reconcileAll, &QAction::triggered, this, &DriftPage::reconcileAll);

    m_filter = new QLineEdit;
    m_filter->setPlaceholderText(tr("Filter by tenant or system…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    auto *bar = new QHBoxLayout;
    for (QAction *a : {m_check, m_reconcileSelected, m_reconcileAll}) {
        auto *button = new QToolButton;
        button->setDefaultAction(a);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        bar->addWidget(button);
    }
    bar->addStretch();
    bar->addWidget(m_filter, 1);

    m_view = new QTableView;
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DriftModel::SinceColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    for (int column = DriftModel::TenantColumn; column < DriftModel::DetailColumn; ++column)
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DriftPage::updateActions);

    m_summary = new QLabel(tr("Not checked yet."));
    m_summary->setObjectName(QStringLiteral("driftSummary"));
    m_summary->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    connect(m_model, &DriftModel::busyChanged, this, [this](bool busy) {
        if (busy)
            m_summary->setText(tr("Reading every downstream system back…"));
        updateActions();
    });
    connect(m_model, &DriftModel::checked, this, [this](int tenants, int reads, qint64 ms) {
        const int found = m_model->rowCount();
        m_summary->setText(
            found == 0 ? tr("No drift: every system holds what the registry says (%n tenant(s), %1 "
                            "reads, %2 ms).",
                            nullptr, tenants)
                             .arg(reads)
                             .arg(ms)
                       : tr("%n system(s) out of step with the registry.", nullptr, found) +
                             QLatin1Char(' ') +
                             tr("Checked %n tenant(s) in %1 ms.", nullptr, tenants).arg(ms));
        updateActions();
    });
    connect(m_model, &DriftModel::reconciled, this, [this](const QList<Reconciliation> &done) {
        QStringList repaired;
        QStringList failed;
        for (const Reconciliation &r : done) {
            if (!r.repaired.isEmpty())
                repaired << QStringLiteral("%1 (%2)").arg(r.tenantId, r.repaired.join(u", "));
            if (!r.converged)
                failed << QStringLiteral("%1: %2").arg(r.tenantId, r.error);
        }
        const QString message =
            failed.isEmpty() ? (repaired.isEmpty() ? tr("Nothing needed repair.")
                                                   : tr("Repaired %1.").arg(repaired.join(u"; ")))
                             : tr("Could not repair %1.").arg(failed.join(u"; "));
        m_summary->setText(message);
        emit statusMessage(message);
        updateActions();
    });
    connect(m_model, &DriftModel::failed, this, [this](const QString &message) {
        m_summary->setText(tr("The drift check failed: %1").arg(message));
        emit statusMessage(m_summary->text());
    });
    updateActions();
}

void DriftPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!std::exchange(m_checkedOnce, true))
        m_model->check();
}

QStringList DriftPage::selectedTenants() const
{
    QStringList tenants;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows()) {
        const QString id = row.data(DriftModel::TenantIdRole).toString();
        if (!tenants.contains(id))
            tenants << id;
    }
    return tenants;
}

void DriftPage::updateActions()
{
    const bool idle = !m_model->isBusy();
    const Identity &who = m_workspace.identity();
    m_check->setEnabled(idle);
    const QStringList selected = selectedTenants();
    applyPermission(m_reconcileSelected, who, Action::EditTenant, selected.value(0),
                    idle && !selected.isEmpty());
    applyPermission(m_reconcileAll, who, Action::EditTenant, {}, idle && m_model->rowCount() > 0);
}

void DriftPage::reconcileSelected()
{
    const QStringList tenants = selectedTenants();
    if (!tenants.isEmpty() && !m_model->isBusy())
        m_model->reconcile(tenants);
}

void DriftPage::reconcileAll()
{
    if (m_model->isBusy() || m_model->rowCount() == 0)
        return;
    QStringList tenants;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (!tenants.contains(m_model->finding(row).tenantId))
            tenants << m_model->finding(row).tenantId;
    QMessageBox ask(QMessageBox::Question, tr("Reconcile all"),
                    tr("Bring the downstream systems of %n tenant(s) back to what the registry "
                       "says? This changes the real systems; each step is audited.",
                       nullptr, int(tenants.size())),
                    QMessageBox::Cancel, this);
    QPushButton *go = ask.addButton(tr("Reconcile"), QMessageBox::AcceptRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.setDetailedText(tenants.join(QLatin1Char('\n')));
    ask.exec();
    if (ask.clickedButton() == go)
        m_model->reconcile(tenants);
}

} // namespace tenant::ui
