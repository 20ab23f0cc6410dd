#pragma once

#include <QString>
#include <QStringList>

namespace tenant {

/// What the console's Preferences set, kept in QSettings ("preferences/").
/// Values read back are checked: an edited settings file cannot set an
/// unknown language or a refresh every millisecond.
struct ConsolePreferences
{
    static constexpr int minRefreshSeconds = 10;
    static constexpr int maxRefreshSeconds = 3600;
    /// The profile value that opens the demo registry at start.
    static QString demoProfile() { return QStringLiteral("demo"); }
    /// Languages the console is translated to (English is the source).
    static QStringList languages()
    {
        return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("hi")};
    }

    /// The themes Preferences offers, by the names the settings keep.
    static QStringList themes()
    {
        return {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")};
    }

    QString language;       ///< one of languages(); empty: the system's
    QString theme;          ///< one of themes()
    int refreshSeconds = 0; ///< a full refresh this often; 0: none (live updates still come)
    QString startupProfile; ///< empty: the profile used last; demoProfile(); or a profile's name

    /// `settingsFile` empty: the application's default QSettings.
    static ConsolePreferences load(const QString &settingsFile = {});
    void save(const QString &settingsFile = {}) const;
    /// The same preferences with every value in range.
    ConsolePreferences checked() const;

    bool operator==(const ConsolePreferences &other) const;
};

} // namespace tenant
