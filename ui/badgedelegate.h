#pragma once

#include <QStyledItemDelegate>

namespace tenant::ui {

/// Paints tier, status and health cells of the tenant table as coloured
/// rounded badges; other cells are painted as usual.
class BadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The badge colour of a cell, or an invalid colour when it has none.
    static QColor badgeColor(const QModelIndex &index);
};

} // namespace tenant::ui
