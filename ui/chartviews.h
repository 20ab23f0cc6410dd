#pragma once

class QChart;
class QChartView;
class QWidget;

namespace tenant::ui {

/// An antialiased chart view holding an empty chart, for a page that
/// rebuilds its charts as data arrives. Its charts follow the theme.
QChartView *makeChartView(QWidget *parent);
/// Shows `chart` in `view` (which takes it), styled for the view's
/// palette, and deletes the chart before.
void replaceChart(QChartView *view, QChart *chart);

} // namespace tenant::ui
