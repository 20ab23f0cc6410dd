#pragma once

// The pages of ProvisioningWizard. Each validates its own fields in
// validatePage() and shows what is wrong in an error line, so Next is
// refused with the reason beside the fields rather than in a pop-up.

#include "error.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace tenant {
class TierPlanModel;
} // namespace tenant

namespace tenant::ui {

class ProvisioningRunView;
class ProvisioningWizard;

/// A page with an error line under its fields.
class ValidatingPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ValidatingPage(ProvisioningWizard &wizard);
    QString error() const;

protected:
    /// Shows `message` (empty: hides the line).
    void showError(const QString &message);
    /// "Owner e-mail: 'cto' is not an e-mail address" from a core validation
    /// error: the field as the pages label it.
    static QString describe(const Error &error);
    static QString escaped(const QString &text) { return text.toHtmlEscaped(); }
    ProvisioningWizard &m_wizard;
    QLabel *m_error = nullptr;
};

/// Who is being onboarded: name, tenant id (suggested from the name until
/// typed over), owner e-mail, cost centre and compliance tags.
class BusinessUnitPage final : public ValidatingPage
{
    Q_OBJECT
public:
    explicit BusinessUnitPage(ProvisioningWizard &wizard);
    bool validatePage() override;

private:
    QLineEdit *m_name = nullptr;
    QLineEdit *m_tenantId = nullptr;
    QLineEdit *m_owner = nullptr;
    QLineEdit *m_costCenter = nullptr;
    QList<QCheckBox *> m_tags;
    bool m_idTypedOver = false;
};

/// The tier, chosen in the plan table, and the region, limited by the
/// compliance tags' residency rules.
class PlanPage final : public ValidatingPage
{
    Q_OBJECT
public:
    explicit PlanPage(ProvisioningWizard &wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void fillRegions();
    void updateResidency();
    int selectedPlanRow() const;

    TierPlanModel *m_plans = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_region = nullptr;
    QLabel *m_residency = nullptr;
};

/// The estimated monthly cost from the chargeback formula, the budget that
/// must cover it, and whether the request is approved at once or waits.
class BudgetPage final : public ValidatingPage
{
    Q_OBJECT
public:
    explicit BudgetPage(ProvisioningWizard &wizard);
    void initializePage() override;
    bool validatePage() override;

private:
    void updateApproval();

    QLabel *m_estimate = nullptr;
    QSpinBox *m_budget = nullptr;
    QLabel *m_approval = nullptr;
    qint64 m_estimated = 0;
};

/// Everything once more; Submit stores the request (on a worker thread).
class ReviewPage final : public ValidatingPage
{
    Q_OBJECT
public:
    explicit ReviewPage(ProvisioningWizard &wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    QLabel *m_summary = nullptr;
    bool m_submitting = false;
};

/// The live run: each step and check with status and time; cancellable.
class ProgressPage final : public ValidatingPage
{
    Q_OBJECT
public:
    explicit ProgressPage(ProvisioningWizard &wizard);
    void initializePage() override;
    bool isComplete() const override;

    ProvisioningRunView *runView() const { return m_run; }
    /// Asks for confirmation, then rolls back what the run created so far.
    void cancelRun();
    QPushButton *cancelButton() const { return m_cancel; }

private:
    ProvisioningRunView *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
};

/// How it ended: active, rolled back with what was removed, waiting for
/// approval, or paused for later.
class ResultPage final : public ValidatingPage
{
    Q_OBJECT
public:
    explicit ResultPage(ProvisioningWizard &wizard);
    void initializePage() override;

private:
    QLabel *m_text = nullptr;
};

} // namespace tenant::ui
