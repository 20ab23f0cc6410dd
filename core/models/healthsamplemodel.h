#pragma once

#include "healthpolicy.h"

#include <QAbstractTableModel>

class QThreadPool;

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

    /// Reads samples on `pool`'s threads.
    HealthSampleModel(HealthService &health, QThreadPool &pool, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(HealthSampleModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Shows `tenantId`'s samples once read (loaded() follows); the rows
    /// of the tenant before stay until then.
    void setTenant(const QString &tenantId);
    QString tenant() const { return m_tenantId; }
    bool isLoading() const { return m_reading > 0; }
    const HealthSample &sampleAt(int row) const { return m_samples.at(row); }

signals:
    void loaded();

private:
    void onRecorded(const QString &tenantId);
    /// Reads the samples of the current tenant again.
    void read();
    void apply(QList<HealthSample> fresh);

    HealthService &m_health;
    QThreadPool &m_pool;
    QString m_tenantId;
    QList<HealthSample> m_samples;
    quint64 m_generation = 0; ///< the newest read; older answers are dropped
    int m_reading = 0;
};

} // namespace tenant
