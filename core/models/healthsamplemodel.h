#pragma once

#include "healthpolicy.h"

#include <QAbstractTableModel>

namespace tenant {

class HealthService;

/// One tenant's health samples in time order; follows new recordings.
class HealthSampleModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        ScoreColumn,
        LatencyColumn,
        ErrorRateColumn,
        SuccessRateColumn,
        StorageColumn,
        ColumnCount
    };
    enum Role { RawValueRole = Qt::UserRole };

    explicit HealthSampleModel(HealthService &health, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(HealthSampleModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setTenant(const QString &tenantId);
    QString tenant() const { return m_tenantId; }
    const HealthSample &sampleAt(int row) const { return m_samples.at(row); }

private:
    void onRecorded(const QString &tenantId);

    HealthService &m_health;
    QString m_tenantId;
    QList<HealthSample> m_samples;
};

} // namespace tenant
