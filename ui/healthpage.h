#pragma once

#include "healthpolicy.h"

#include <QDialog>
#include <QWidget>

class QChartView;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineSeries;

namespace tenant {
class HealthSampleModel;
class TenantTableModel;
class Workspace;
} // namespace tenant

namespace tenant::ui {

/// Records one health sample, showing the score it will produce as it is typed.
class RecordSampleDialog final : public QDialog
{
    Q_OBJECT
public:
    RecordSampleDialog(const QString &tenantId, const HealthPolicy &policy,
                       QWidget *parent = nullptr);

    HealthSignals values() const;
    QDoubleSpinBox *latency() const { return m_latency; }
    QDoubleSpinBox *errorRate() const { return m_errorRate; }
    QDoubleSpinBox *successRate() const { return m_successRate; }
    QDoubleSpinBox *storage() const { return m_storage; }
    QString preview() const;

private:
    void updatePreview();

    HealthPolicy m_policy;
    QDoubleSpinBox *m_latency = nullptr;
    QDoubleSpinBox *m_errorRate = nullptr;
    QDoubleSpinBox *m_successRate = nullptr;
    QDoubleSpinBox *m_storage = nullptr;
    QLabel *m_preview = nullptr;
};

/// A tenant's health over time (score with the warning and critical bands,
/// and the four signals), and every tenant's current score by band.
class HealthPage final : public QWidget
{
    Q_OBJECT
public:
    HealthPage(Workspace &workspace, TenantTableModel &tenants, QWidget *parent = nullptr);

    void showTenant(const QString &tenantId);
    QString currentTenant() const;
    HealthSampleModel *samples() const { return m_samples; }
    /// The score series of the tenant chart (for tests).
    QLineSeries *scoreSeries() const { return m_scoreSeries; }

public slots:
    void recordSample();

signals:
    void statusMessage(const QString &message);

private:
    void rebuildTenantCharts();
    void rebuildOverviewChart();

    Workspace &m_workspace;
    TenantTableModel &m_tenants;
    HealthSampleModel *m_samples = nullptr;
    QComboBox *m_tenantPicker = nullptr;
    QChartView *m_scoreChart = nullptr;
    QList<QChartView *> m_signalCharts;
    QChartView *m_allTenantsChart = nullptr;
    QLineSeries *m_scoreSeries = nullptr;
};

} // namespace tenant::ui
