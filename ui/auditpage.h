#pragma once

#include "verifiedheads.h"

#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace tenant {
class AuditFilterProxyModel;
class AuditTableModel;
class Workspace;
struct AuditEntry;
} // namespace tenant

namespace tenant::ui {

/// The audit log: filterable entries, a readable before/after diff of the
/// selected one, and verification of the hash chain.
class AuditPage final : public QWidget
{
    Q_OBJECT
public:
    AuditPage(Workspace &workspace, QWidget *parent = nullptr);

    AuditTableModel *model() const { return m_model; }
    AuditFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *tenantFilter() const { return m_tenant; }
    QComboBox *actionFilter() const { return m_action; }
    QTextBrowser *details() const { return m_details; }
    QLabel *verifyResult() const { return m_verifyResult; }
    QPushButton *verifyButton() const { return m_verify; }
    QPushButton *cancelButton() const { return m_cancel; }

    /// HTML describing an entry and what it changed (for the detail pane).
    static QString describe(const AuditEntry &entry);

public slots:
    void verifyChain();

signals:
    /// Emitted when a verification finishes; `intact` false names an entry.
    void verified(bool intact, const QString &message);

private:
    void applyFilters();
    void refreshActions();
    void showSelected();
    /// The result in green or red, in the shades of the theme in use.
    void styleVerifyResult();
    void changeEvent(QEvent *event) override;

    Workspace &m_workspace;
    VerifiedHeads m_heads; ///< what this console verified before, per registry
    AuditTableModel *m_model = nullptr;
    AuditFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_tenant = nullptr;
    QComboBox *m_action = nullptr;
    QLineEdit *m_actor = nullptr;
    QCheckBox *m_useFrom = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QCheckBox *m_useTo = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QTextBrowser *m_details = nullptr;
    QPushButton *m_verify = nullptr;
    QLabel *m_verifyResult = nullptr;
    std::optional<bool> m_verifiedIntact; ///< the result shown; none while verifying
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelRequested;
};

} // namespace tenant::ui
