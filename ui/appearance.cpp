#include "appearance.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QIcon>
#include <QLegend>
#include <QPalette>
#include <QPieSeries>
#include <QPieSlice>
#include <QStyle>
#include <QStyleFactory>

namespace tenant::ui {

namespace {

const QString bundledLight = QStringLiteral("breeze");
const QString bundledDark = QStringLiteral("breeze-dark");

/// What the platform gave, kept for Theme::System.
struct PlatformLook
{
    QString style;
    QPalette palette;
    QString iconTheme; ///< empty: the system has none, the bundled one is used
};

PlatformLook &platformLook()
{
    static PlatformLook look;
    return look;
}

bool recorded = false;

void recordPlatformLook()
{
    if (recorded)
        return;
    recorded = true;
    PlatformLook &look = platformLook();
    look.style = QApplication::style()->name();
    look.palette = QApplication::palette();
    const QString theme = QIcon::themeName();
    // Qt names hicolor when the desktop names no theme: that has no actions.
    if (theme != QLatin1String("hicolor") && theme != bundledLight && theme != bundledDark)
        look.iconTheme = theme;
}

void useIconsFor(const QPalette &palette)
{
    const QString &bundled = appearance::isDark(palette) ? bundledDark : bundledLight;
    const QString &systemTheme = platformLook().iconTheme; // never a bundled one
    QIcon::setThemeName(systemTheme.isEmpty() ? bundled : systemTheme);
    QIcon::setFallbackThemeName(bundled);
}

} // namespace

Theme themeFromName(const QString &name)
{
    if (name == QLatin1String("light"))
        return Theme::Light;
    if (name == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

namespace appearance {

void installIcons()
{
    recordPlatformLook();
    QStringList paths = QIcon::themeSearchPaths();
    if (!paths.contains(QStringLiteral(":/icons")))
        paths << QStringLiteral(":/icons");
    QIcon::setThemeSearchPaths(paths);
    useIconsFor(QApplication::palette());
    QApplication::setWindowIcon(applicationIcon());
}

void applyTheme(Theme theme)
{
    recordPlatformLook();
    const PlatformLook &look = platformLook();
    switch (theme) {
    case Theme::System:
        QApplication::setStyle(look.style);
        QApplication::setPalette(look.palette);
        break;
    case Theme::Light:
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Theme::Dark:
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
        break;
    }
    useIconsFor(QApplication::palette());
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() <
           palette.color(QPalette::WindowText).lightnessF();
}

QPalette darkPalette()
{
    // Breeze Dark's colours, so the bundled icons sit well on them.
    const QColor window(0x20, 0x23, 0x26);
    const QColor base(0x14, 0x16, 0x18);
    const QColor text(0xfc, 0xfc, 0xfc);
    const QColor button(0x29, 0x2c, 0x30);
    const QColor highlight(0x3d, 0xae, 0xe9);
    const QColor disabledText(0x6e, 0x71, 0x75);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x1d, 0x1f, 0x22));
    p.setColor(QPalette::ToolTipBase, button);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x40, 0x44, 0x49));
    p.setColor(QPalette::Midlight, QColor(0x33, 0x37, 0x3b));
    p.setColor(QPalette::Mid, QColor(0x4d, 0x52, 0x57));
    p.setColor(QPalette::Dark, QColor(0x10, 0x11, 0x12));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, text);
    p.setColor(QPalette::Link, QColor(0x1d, 0x99, 0xf3));
    p.setColor(QPalette::LinkVisited, QColor(0x9b, 0x59, 0xb6));
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x40, 0x44, 0x49));
    return p;
}

void styleChart(QChart *chart, const QPalette &palette)
{
    if (!chart)
        return;
    const QColor text = palette.color(QPalette::Text);
    const QColor grid = palette.color(QPalette::Mid);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
    const QList<QAbstractSeries *> series = chart->series();
    for (QAbstractSeries *s : series)
        if (auto *pie = qobject_cast<QPieSeries *>(s)) {
            const QList<QPieSlice *> slices = pie->slices();
            for (QPieSlice *slice : slices)
                slice->setLabelColor(text);
        }
}

QIcon applicationIcon()
{
    QIcon icon = QIcon::fromTheme(QStringLiteral("org.tenant_admin.TenantAdmin"));
    if (!icon.isNull())
        return icon;
    icon.addFile(QStringLiteral(":/icons/app/org.tenant_admin.TenantAdmin.svg"));
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/app/org.tenant_admin.TenantAdmin-%1.png").arg(size),
                     QSize(size, size));
    return icon;
}

} // namespace appearance
} // namespace tenant::ui
