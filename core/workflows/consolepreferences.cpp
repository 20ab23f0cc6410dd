#include "consolepreferences.h"

#include <QSettings>

#include <algorithm>
#include <memory>

namespace tenant {

namespace {

std::unique_ptr<QSettings> settingsAt(const QString &file)
{
    return file.isEmpty() ? std::make_unique<QSettings>()
                          : std::make_unique<QSettings>(file, QSettings::IniFormat);
}

} // namespace

ConsolePreferences ConsolePreferences::load(const QString &settingsFile)
{
    const std::unique_ptr<QSettings> settings = settingsAt(settingsFile);
    settings->beginGroup(QStringLiteral("preferences"));
    ConsolePreferences p;
    p.language = settings->value(QStringLiteral("language")).toString();
    p.theme = settings->value(QStringLiteral("theme")).toString();
    p.refreshSeconds = settings->value(QStringLiteral("refreshSeconds"), 0).toInt();
    p.startupProfile = settings->value(QStringLiteral("startupProfile")).toString();
    return p.checked();
}

void ConsolePreferences::save(const QString &settingsFile) const
{
    const ConsolePreferences p = checked();
    const std::unique_ptr<QSettings> settings = settingsAt(settingsFile);
    settings->beginGroup(QStringLiteral("preferences"));
    settings->setValue(QStringLiteral("language"), p.language);
    settings->setValue(QStringLiteral("theme"), p.theme);
    settings->setValue(QStringLiteral("refreshSeconds"), p.refreshSeconds);
    settings->setValue(QStringLiteral("startupProfile"), p.startupProfile);
}

ConsolePreferences ConsolePreferences::checked() const
{
    ConsolePreferences p = *this;
    if (!languages().contains(p.language))
        p.language.clear();
    if (!themes().contains(p.theme))
        p.theme = themes().constFirst();
    p.refreshSeconds = p.refreshSeconds <= 0
                           ? 0
                           : std::clamp(p.refreshSeconds, minRefreshSeconds, maxRefreshSeconds);
    p.startupProfile = p.startupProfile.left(200);
    return p;
}

bool ConsolePreferences::operator==(const ConsolePreferences &o) const
{
    return language == o.language && theme == o.theme && refreshSeconds == o.refreshSeconds &&
           startupProfile == o.startupProfile;
}

} // namespace tenant
