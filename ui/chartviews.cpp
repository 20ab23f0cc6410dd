#include "chartviews.h"

#include "appearance.h"

#include <QChart>
#include <QChartView>
#include <QEvent>

namespace tenant::ui {

namespace {

/// Restyles a view's chart when the theme (the palette) changes.
class ChartRestyler final : public QObject
{
public:
    explicit ChartRestyler(QChartView *view)
        : QObject(view)
        , m_view(view)
    {
        view->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_view && event->type() == QEvent::PaletteChange)
            appearance::styleChart(m_view->chart(), m_view->palette());
        return false;
    }

private:
    QChartView *m_view;
};

} // namespace

QChartView *makeChartView(QWidget *parent)
{
    auto *view = new QChartView(new QChart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    new ChartRestyler(view);
    appearance::styleChart(view->chart(), view->palette());
    return view;
}

void replaceChart(QChartView *view, QChart *chart)
{
    appearance::styleChart(chart, view->palette());
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace tenant::ui
