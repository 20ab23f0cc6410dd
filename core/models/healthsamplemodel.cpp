#include "healthsamplemodel.h"

#include "changenotifier.h"

#include "healthservice.h"

#include <QLocale>

namespace tenant {

HealthSampleModel::HealthSampleModel(HealthService &health, QObject *parent)
    : QAbstractTableModel(parent)
    , m_health(health)
{
    connect(&m_health.notifier(), &ChangeNotifier::healthRecorded, this, &HealthSampleModel::onRecorded);
}

int HealthSampleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_samples.size());
}

int HealthSampleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void HealthSampleModel::setTenant(const QString &tenantId)
{
    beginResetModel();
    m_tenantId = tenantId;
    const Result<QList<HealthSample>> samples = m_health.samples(tenantId);
    m_samples = samples ? samples.value() : QList<HealthSample>{};
    endResetModel();
}

void HealthSampleModel::onRecorded(const QString &tenantId)
{
    if (tenantId != m_tenantId)
        return;
    const Result<QList<HealthSample>> samples = m_health.samples(tenantId);
    if (!samples)
        return;
    // Recording appends in time order; anything else (an import) resets.
    const QList<HealthSample> &fresh = samples.value();
    if (fresh.size() > m_samples.size() &&
        std::equal(m_samples.cbegin(), m_samples.cend(), fresh.cbegin(),
                   [](const HealthSample &a, const HealthSample &b) {
                       return a.sampledAt == b.sampledAt;
                   })) {
        beginInsertRows({}, static_cast<int>(m_samples.size()), static_cast<int>(fresh.size()) - 1);
        m_samples = fresh;
        endInsertRows();
        return;
    }
    beginResetModel();
    m_samples = fresh;
    endResetModel();
}

QVariant HealthSampleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HealthSample &s = m_samples.at(index.row());
    if (role == RawValueRole) {
        switch (index.column()) {
        case TimeColumn:
            return s.sampledAt;
        case ScoreColumn:
            return s.score;
        case LatencyColumn:
            return s.values.latencyP95Ms;
        case ErrorRateColumn:
            return s.values.errorRate;
        case SuccessRateColumn:
            return s.values.successRate;
        case StorageColumn:
            return s.values.storageUtilisation;
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(s.sampledAt.toLocalTime(), QLocale::ShortFormat);
    case ScoreColumn:
        return s.score;
    case LatencyColumn:
        return tr("%1 ms").arg(s.values.latencyP95Ms, 0, 'f', 0);
    case ErrorRateColumn:
        return tr("%1 %").arg(s.values.errorRate * 100, 0, 'f', 2);
    case SuccessRateColumn:
        return tr("%1 %").arg(s.values.successRate * 100, 0, 'f', 1);
    case StorageColumn:
        return tr("%1 %").arg(s.values.storageUtilisation * 100, 0, 'f', 0);
    }
    return {};
}

QVariant HealthSampleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *titles[] = {QT_TR_NOOP("Time"),          QT_TR_NOOP("Score"),
                                   QT_TR_NOOP("Latency p95"),   QT_TR_NOOP("Error rate"),
                                   QT_TR_NOOP("Query success"), QT_TR_NOOP("Storage")};
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

} // namespace tenant
