#include "flagspage.h"

#include "appearance.h"
#include "background.h"
#include "flagmatrixmodel.h"
#include "flagtreemodel.h"
#include "palette.h"
#include "permissions.h"
#include "workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace tenant::ui {

namespace {

/// `color` blended 80 % towards the view's `base`: the background of an
/// "off" cell, a pale tint in the light theme and a deep one in the dark.
QColor tint(const QColor &color, const QColor &base)
{
    auto mix = [](int c, int b) { return c + (b - c) * 80 / 100; };
    return QColor(mix(color.red(), base.red()), mix(color.green(), base.green()),
                  mix(color.blue(), base.blue()));
}

/// Rollout as a 0-100 % spin box; stale/expired flags in warning colours.
class FlagTreeDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        if (index.column() != FlagTreeModel::RolloutColumn)
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto *spin = new QSpinBox(parent);
        spin->setRange(0, 100);
        spin->setSuffix(QStringLiteral(" %"));
        return spin;
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() == FlagTreeModel::StateColumn) {
            const bool expired = index.data(FlagTreeModel::ExpiredRole).toBool();
            const bool stale = index.data(FlagTreeModel::StaleRole).toBool();
            if (expired || stale) {
                option->palette.setColor(QPalette::Text,
                                         expired ? errorTextColor() : QColor(0xef, 0x6c, 0x00));
                option->font.setBold(true);
            }
        }
        if (!index.data(FlagTreeModel::IsValueRole).toBool() &&
            index.column() == FlagTreeModel::NameColumn)
            option->font.setBold(true);
    }
};

/// Matrix cells: filled with the deciding level's colour when on, outlined when off.
class MatrixDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QColor color =
            colorFor(static_cast<FlagSource>(index.data(FlagMatrixModel::SourceRole).toInt()));
        if (index.data(FlagMatrixModel::RawValueRole).toBool()) {
            option->backgroundBrush = color;
            option->palette.setColor(QPalette::Text, Qt::white);
            option->font.setBold(true);
        } else {
            option->backgroundBrush = tint(color, option->palette.color(QPalette::Base));
            option->palette.setColor(QPalette::Text, appearance::isDark(option->palette)
                                                         ? color.lighter(170)
                                                         : color.darker(130));
        }
    }
};

} // namespace

FlagsPage::FlagsPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    m_treeModel = new FlagTreeModel(workspace.flags(), workspace.actor(), workspace.pool(), this);
    m_matrixModel =
        new FlagMatrixModel(workspace.flags(), workspace.tenants(), workspace.pool(), this);
    connect(m_treeModel, &FlagTreeModel::editFailed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Feature flags"), message);
    });

    auto *toolbar = new QToolBar(tr("Flag actions"), this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(toolbar->addAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add flag…")),
            &QAction::triggered, this, &FlagsPage::addFlag);
    m_setValue =
        toolbar->addAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("Set value…"));
    connect(m_setValue, &QAction::triggered, this, &FlagsPage::setValue);
    m_clearValue =
        toolbar->addAction(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("Clear value"));
    connect(m_clearValue, &QAction::triggered, this, &FlagsPage::clearValue);
    m_removeFlag =
        toolbar->addAction(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Remove flag…"));
    connect(m_removeFlag, &QAction::triggered, this, &FlagsPage::removeFlag);

    m_tree = new QTreeView(this);
    m_tree->setModel(m_treeModel);
    m_tree->setItemDelegate(new FlagTreeDelegate(m_tree));
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_tree->setAlternatingRowColors(true);
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(FlagTreeModel::NameColumn,
                                           QHeaderView::ResizeToContents);
    connect(m_treeModel, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FlagsPage::updateActions);

    m_matrix = new QTableView(this);
    m_matrix->setModel(m_matrixModel);
    m_matrix->setItemDelegate(new MatrixDelegate(m_matrix));
    m_matrix->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrix->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *legend = new QLabel(this);
    QStringList parts;
    for (auto [source, text] : {std::pair{FlagSource::Tenant, tr("tenant override")},
                                std::pair{FlagSource::Tier, tr("tier default")},
                                std::pair{FlagSource::Global, tr("global default")},
                                std::pair{FlagSource::Default, tr("built-in default")}})
        parts << QStringLiteral(
                     "<span style='background:%1;color:white'>&nbsp;&nbsp;&nbsp;</span> %2")
                     .arg(colorFor(source).name(), text);
    legend->setText(tr("Decided by: %1").arg(parts.join(QStringLiteral("&nbsp;&nbsp;"))));

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("<b>Effective values</b> (tenants × flags)"), right));
    rightLayout->addWidget(m_matrix);
    rightLayout->addWidget(legend);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    splitter->addWidget(right);
    splitter->setSizes({520, 760});
    m_tree->header()->resizeSection(FlagTreeModel::EnabledColumn, 70);
    m_tree->header()->resizeSection(FlagTreeModel::RolloutColumn, 70);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolbar);
    layout->addWidget(splitter);
    updateActions();
}

QString FlagsPage::selectedFlag() const
{
    return m_tree->currentIndex().data(FlagTreeModel::FlagNameRole).toString();
}

void FlagsPage::updateActions()
{
    const QModelIndex current = m_tree->currentIndex();
    // Setting a tenant's value needs only that tenant's operator (the
    // dialog offers what the login may set); the rest is a flag admin's.
    const Identity &me = m_workspace.identity();
    const bool maySetSome = me.may(Action::SetSharedFlag) || me.holdsAnywhere(Roles::operator_);
    m_setValue->setEnabled(maySetSome);
    m_setValue->setToolTip(maySetSome ? QString() : missingRoleText(me, Action::SetSharedFlag));
    applyPermission(m_clearValue, me, Action::SetSharedFlag, {},
                    current.isValid() && current.data(FlagTreeModel::IsValueRole).toBool());
    applyPermission(m_removeFlag, me, Action::SetSharedFlag, {}, current.isValid());
}

void FlagsPage::addFlag()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add flag"));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(&dialog);
    name->setPlaceholderText(tr("lower_case_name"));
    auto *description = new QLineEdit(&dialog);
    auto *owner = new QLineEdit(m_workspace.actor(), &dialog);
    auto *expires = new QCheckBox(tr("Expires on"), &dialog);
    auto *expiry = new QDateEdit(QDate::currentDate().addDays(90), &dialog);
    expiry->setCalendarPopup(true);
    expiry->setEnabled(false);
    connect(expires, &QCheckBox::toggled, expiry, &QWidget::setEnabled);
    auto *enabled = new QCheckBox(tr("On by default (global)"), &dialog);
    form->addRow(tr("Name:"), name);
    form->addRow(tr("Description:"), description);
    form->addRow(tr("Owner:"), owner);
    form->addRow(expires, expiry);
    form->addRow(enabled);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        FlagChange change;
        change.flag = name->text().trimmed();
        change.scope = FlagScope::Global;
        change.enabled = enabled->isChecked();
        change.description = description->text().trimmed();
        change.owner = owner->text().trimmed();
        if (expires->isChecked())
            change.expiresAt = QDateTime(expiry->date(), QTime(0, 0), Qt::UTC);
        const Result<FlagValue> set = setFlag(change);
        if (!set) {
            QMessageBox::warning(&dialog, dialog.windowTitle(), set.error().message);
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() == QDialog::Accepted)
        emit statusMessage(tr("Added flag %1").arg(name->text().trimmed()));
}

void FlagsPage::setValue()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Set flag value"));
    auto *form = new QFormLayout(&dialog);
    auto *flag = new QComboBox(&dialog);
    flag->setEditable(true);
    for (int row = 0; row < m_treeModel->rowCount(); ++row)
        flag->addItem(m_treeModel->index(row, 0).data(FlagTreeModel::FlagNameRole).toString());
    flag->setCurrentText(selectedFlag());
    auto *scope = new QComboBox(&dialog);
    // Shown translated; the scope itself rides along as the item's data.
    scope->addItem(tr("global"), int(FlagScope::Global));
    scope->addItem(tr("tier"), int(FlagScope::Tier));
    scope->addItem(tr("tenant"), int(FlagScope::Tenant));
    const auto chosenScope = [scope] { return FlagScope(scope->currentData().toInt()); };
    auto *scopeId = new QComboBox(&dialog);
    auto fillIds = [this, chosenScope, scopeId] {
        scopeId->clear();
        if (chosenScope() == FlagScope::Tier)
            scopeId->addItems(allTierNames());
        else if (chosenScope() == FlagScope::Tenant)
            for (int row = 0; row < m_matrixModel->rowCount(); ++row)
                scopeId->addItem(m_matrixModel->headerData(row, Qt::Vertical).toString());
        scopeId->setEnabled(scopeId->count() > 0);
    };
    connect(scope, &QComboBox::currentIndexChanged, &dialog, fillIds);
    fillIds();
    auto *enabled = new QCheckBox(tr("On"), &dialog);
    enabled->setChecked(true);
    auto *rollout = new QSpinBox(&dialog);
    rollout->setRange(0, 100);
    rollout->setValue(100);
    rollout->setSuffix(QStringLiteral(" %"));
    form->addRow(tr("Flag:"), flag);
    form->addRow(tr("Scope:"), scope);
    form->addRow(tr("Tier or tenant:"), scopeId);
    form->addRow(tr("Value:"), enabled);
    form->addRow(tr("Rollout:"), rollout);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        FlagChange change;
        change.flag = flag->currentText().trimmed();
        change.scope = chosenScope();
        change.scopeId = change.scope == FlagScope::Global ? QString() : scopeId->currentText();
        change.enabled = enabled->isChecked();
        change.rolloutPercentage = rollout->value();
        const Result<FlagValue> set = setFlag(change);
        if (!set) {
            QMessageBox::warning(&dialog, dialog.windowTitle(), set.error().message);
            return;
        }
        dialog.accept();
    });
    dialog.exec();
}

Result<FlagValue> FlagsPage::setFlag(const FlagChange &change)
{
    FlagService *flags = &m_workspace.flags();
    return awaitInBackground<Result<FlagValue>>(
        m_workspace.pool(),
        [flags, change, actor = m_workspace.actor()] { return flags->set(change, actor); });
}

void FlagsPage::clearValue()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.data(FlagTreeModel::IsValueRole).toBool())
        return;
    FlagService *flags = &m_workspace.flags();
    const Status cleared = awaitInBackground<Status>(
        m_workspace.pool(),
        [flags, flag = current.data(FlagTreeModel::FlagNameRole).toString(),
         scope = static_cast<FlagScope>(current.data(FlagTreeModel::ScopeRole).toInt()),
         scopeId = current.data(FlagTreeModel::ScopeIdRole).toString(),
         actor = m_workspace.actor()] { return flags->clear(flag, scope, scopeId, actor); });
    if (!cleared)
        QMessageBox::warning(this, tr("Clear value"), cleared.error().message);
}

void FlagsPage::removeFlag()
{
    const QString flag = selectedFlag();
    if (flag.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Remove flag"),
                              tr("Remove %1 and every value set for it? Tenants fall back to the "
                                 "built-in default (off).")
                                  .arg(flag)) != QMessageBox::Yes)
        return;
    FlagService *flags = &m_workspace.flags();
    const Status removed =
        awaitInBackground<Status>(m_workspace.pool(), [flags, flag, actor = m_workspace.actor()] {
            return flags->remove(flag, actor);
        });
    if (!removed)
        QMessageBox::warning(this, tr("Remove flag"), removed.error().message);
    else
        emit statusMessage(tr("Removed flag %1").arg(flag));
}

} // namespace tenant::ui
