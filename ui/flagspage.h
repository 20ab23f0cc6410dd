#pragma once

#include "flagservice.h"

#include <QWidget>

class QAction;
class QTableView;
class QTreeView;

namespace tenant {
class FlagMatrixModel;
class FlagTreeModel;
class Workspace;
} // namespace tenant

namespace tenant::ui {

/// Feature flags: the hierarchy (flag -> global, tier and tenant values),
/// editable in place, beside the effective value of every flag for every
/// tenant, coloured by the level that decided it.
class FlagsPage final : public QWidget
{
    Q_OBJECT
public:
    FlagsPage(Workspace &workspace, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    QTableView *matrix() const { return m_matrix; }
    FlagTreeModel *treeModel() const { return m_treeModel; }
    FlagMatrixModel *matrixModel() const { return m_matrixModel; }

public slots:
    void addFlag();
    void setValue();
    void clearValue();
    void removeFlag();

signals:
    void statusMessage(const QString &message);

private:
    QString selectedFlag() const;
    /// FlagService::set() off the GUI thread.
    Result<FlagValue> setFlag(const FlagChange &change);
    void updateActions();

    Workspace &m_workspace;
    FlagTreeModel *m_treeModel = nullptr;
    FlagMatrixModel *m_matrixModel = nullptr;
    QTreeView *m_tree = nullptr;
    QTableView *m_matrix = nullptr;
    QAction *m_setValue = nullptr;
    QAction *m_clearValue = nullptr;
    QAction *m_removeFlag = nullptr;
};

} // namespace tenant::ui
