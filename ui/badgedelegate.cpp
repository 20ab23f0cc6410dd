#include "badgedelegate.h"

#include "palette.h"
#include "tenanttablemodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace tenant::ui {

QColor BadgeDelegate::badgeColor(const QModelIndex &index)
{
    switch (index.column()) {
    case TenantTableModel::TierColumn:
        return colorFor(static_cast<Tier>(index.data(TenantTableModel::TierRole).toInt()));
    case TenantTableModel::StatusColumn:
        return colorFor(
            static_cast<TenantStatus>(index.data(TenantTableModel::StatusRole).toInt()));
    case TenantTableModel::HealthColumn: {
        const QVariant band = index.data(TenantTableModel::HealthBandRole);
        return band.isValid() ? colorFor(static_cast<HealthBand>(band.toInt())) : QColor();
    }
    default:
        return {};
    }
}

void BadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    const QColor color = badgeColor(index);
    if (!color.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background and selection as usual, then the badge on top.
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    base.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &base, painter, widget);

    const QString text = index.data().toString();
    const QFontMetrics metrics(option.font);
    const int width = metrics.horizontalAdvance(text) + 16;
    const int height = metrics.height() + 4;
    QRect badge(0, 0, width, height);
    badge.moveCenter(option.rect.center());
    badge.moveLeft(option.rect.left() + 6);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(badge, height / 2.0, height / 2.0);
    painter->fillPath(path, color);
    painter->setPen(textOn(color));
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

QSize BadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (badgeColor(index).isValid())
        size.rwidth() += 24;
    return size.expandedTo(QSize(0, QFontMetrics(option.font).height() + 10));
}

} // namespace tenant::ui
