#include "healthsamplemodel.h"

#include "changenotifier.h"

#include "background.h"
#include "healthservice.h"

#include <QLocale>

namespace tenant {

HealthSampleModel::HealthSampleModel(HealthService &health, QThreadPool &pool, QObject *parent)
    : QAbstractTableModel(parent)
    , m_health(health)
    , m_pool(pool)
{
    connect(&m_health.notifier(), &ChangeNotifier::healthRecorded, this,
            &HealthSampleModel::onRecorded);
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
    m_tenantId = tenantId;
    read();
}

void HealthSampleModel::onRecorded(const QString &tenantId)
{
    if (tenantId == m_tenantId)
        read();
}

void HealthSampleModel::read()
{
    const quint64 generation = ++m_generation;
    ++m_reading;
    HealthService *health = &m_health;
    runInBackground<Result<QList<HealthSample>>>(
        m_pool, this, [health, id = m_tenantId] { return health->samples(id); },
        [this, generation](Result<QList<HealthSample>> samples) {
            --m_reading;
            if (generation != m_generation)
                return; // another tenant, or a newer read, is on its way
            apply(samples ? std::move(samples).value() : QList<HealthSample>{});
            emit loaded();
        });
}

void HealthSampleModel::apply(QList<HealthSample> fresh)
{
    // Recording appends in time order; anything else (another tenant, an
    // import) resets.
    if (fresh.size() > m_samples.size() && !m_samples.isEmpty() &&
        std::equal(m_samples.cbegin(), m_samples.cend(), fresh.cbegin(),
                   [](const HealthSample &a, const HealthSample &b) {
                       return a.sampledAt == b.sampledAt && a.tenantId == b.tenantId;
                   })) {
        beginInsertRows({}, static_cast<int>(m_samples.size()), static_cast<int>(fresh.size()) - 1);
        m_samples = std::move(fresh);
        endInsertRows();
        return;
    }
    beginResetModel();
    m_samples = std::move(fresh);
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
