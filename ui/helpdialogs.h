#pragma once

#include <QDialog>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace tenant::ui {

/// Help → Keyboard Shortcuts (Ctrl+/): every action of `window` that has a
/// shortcut, read from the actions themselves so the list cannot go
/// stale; sortable and filterable.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *window);

    QTableView *table() const { return m_table; }
    QLineEdit *filter() const { return m_filter; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

private:
    QTableView *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
};

/// Help → About: version, licence, Qt version and the database in use.
QString aboutText(const QString &databaseInUse);

} // namespace tenant::ui
