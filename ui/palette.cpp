#include "palette.h"

#include "appearance.h"

#include <QGuiApplication>

namespace tenant::ui {

QColor colorFor(TenantStatus status)
{
    switch (status) {
    case TenantStatus::Draft:
        return QColor(0x90, 0xa4, 0xae);
    case TenantStatus::Active:
        return QColor(0x2e, 0x7d, 0x32);
    case TenantStatus::Suspended:
        return QColor(0xef, 0x6c, 0x00);
    case TenantStatus::Migrating:
        return QColor(0x15, 0x65, 0xc0);
    case TenantStatus::Archived:
        return QColor(0x6d, 0x4c, 0x41);
    case TenantStatus::Deleted:
        return QColor(0x42, 0x42, 0x42);
    }
    return Qt::gray;
}

QColor colorFor(Tier tier)
{
    switch (tier) {
    case Tier::Platinum:
        return QColor(0x45, 0x5a, 0x64);
    case Tier::Gold:
        return QColor(0xc9, 0x9a, 0x06);
    case Tier::Silver:
        return QColor(0x9e, 0x9e, 0x9e);
    case Tier::Bronze:
        return QColor(0xa0, 0x6a, 0x3c);
    }
    return Qt::gray;
}

QColor colorFor(HealthBand band)
{
    switch (band) {
    case HealthBand::Healthy:
        return QColor(0x43, 0xa0, 0x47);
    case HealthBand::Warning:
        return QColor(0xf9, 0xa8, 0x25);
    case HealthBand::Critical:
        return QColor(0xe5, 0x39, 0x35);
    }
    return Qt::gray;
}

QColor colorFor(FlagSource source)
{
    switch (source) {
    case FlagSource::Tenant:
        return QColor(0x7b, 0x1f, 0xa2);
    case FlagSource::Tier:
        return QColor(0x15, 0x65, 0xc0);
    case FlagSource::Global:
        return QColor(0x00, 0x83, 0x8f);
    case FlagSource::Default:
        return QColor(0x9e, 0x9e, 0x9e);
    }
    return Qt::gray;
}

QColor textOn(const QColor &background)
{
    return background.lightnessF() > 0.6 ? QColor(Qt::black) : QColor(Qt::white);
}

QColor errorTextColor()
{
    return appearance::isDark(QGuiApplication::palette()) ? QColor(0xef, 0x9a, 0x9a)
                                                          : QColor(0xc6, 0x28, 0x28);
}

QColor successTextColor()
{
    return appearance::isDark(QGuiApplication::palette()) ? QColor(0xa5, 0xd6, 0xa7)
                                                          : QColor(0x2e, 0x7d, 0x32);
}

} // namespace tenant::ui
