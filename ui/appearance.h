#pragma once

#include <QString>

class QChart;
class QIcon;
class QPalette;

namespace tenant::ui {

/// The console's colour theme (Preferences → Theme).
enum class Theme { System, Light, Dark };

/// `name` as ConsolePreferences keeps it; System for anything unknown.
Theme themeFromName(const QString &name);

/// The console's look, application-wide: colours, icons, charts.
namespace appearance {

/// The bundled subset of Breeze (resources/icons, LGPL-3) becomes the
/// fallback icon theme, and the theme itself where the system has none,
/// so the sidebar, toolbars and menus have icons anywhere. Also sets the
/// application icon. Call once, after the QApplication exists.
void installIcons();
/// Light and Dark use the Fusion style with a palette of their own (so
/// they look the same on every platform); System puts back what the
/// platform gave. The bundled icons follow (Breeze or Breeze Dark).
void applyTheme(Theme theme);
/// Whether `palette` has light text on a dark window.
bool isDark(const QPalette &palette);
/// The palette Dark applies.
QPalette darkPalette();
/// Colours `chart`'s background, title, legend, axes and pie labels from
/// `palette`, keeping the colours of its series (badges, bands, budgets).
void styleChart(QChart *chart, const QPalette &palette);
QIcon applicationIcon();

} // namespace appearance
} // namespace tenant::ui
