#include "chargebackpdf.h"

#include "chargebackcharts.h"

#include <QChart>
#include <QGraphicsScene>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <memory>

namespace tenant {

namespace {

QString money(double rupees)
{
    return formatRupees(std::llround(rupees));
}

QString pct(const std::optional<double> &p)
{
    return Chargeback::percentText(p, QStringLiteral("–"));
}

/// The status column's words, short enough for the table.
QString statusText(BudgetStatus status)
{
    switch (status) {
    case BudgetStatus::Under:
        return QObject::tr("under budget");
    case BudgetStatus::Over:
        return QObject::tr("over budget");
    case BudgetStatus::FarOver:
        return QObject::tr("over by > 10 %");
    }
    return {};
}

/// Draws `chart` (taking it) into `target` of the painter's device.
void drawChart(QPainter &painter, QChart *chart, const QRectF &target)
{
    QGraphicsScene scene;
    scene.addItem(chart); // the scene owns and deletes it
    const QSizeF size(760, 760 * target.height() / target.width());
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    scene.setSceneRect(QRectF(QPointF(0, 0), size));
    scene.render(&painter, target, scene.sceneRect());
}

/// The writer's state while pages fill up.
class Page
{
public:
    Page(QPdfWriter &writer, QPainter &painter)
        : m_writer(writer)
        , m_painter(painter)
        , m_width(painter.viewport().width())
        , m_height(painter.viewport().height())
    {}
    int width() const { return m_width; }
    int y() const { return m_y; }
    void advance(int by) { m_y += by; }
    /// Starts a new page unless `needed` still fits on this one.
    void ensure(int needed)
    {
        if (m_y + needed <= m_height)
            return;
        m_writer.newPage();
        m_y = 0;
    }
    void newPage()
    {
        m_writer.newPage();
        m_y = 0;
    }
    int remaining() const { return m_height - m_y; }

private:
    QPdfWriter &m_writer;
    QPainter &m_painter;
    int m_width;
    int m_height;
    int m_y = 0;
};

} // namespace

Status ChargebackPdf::write(const ChargebackReport &report, const QList<TrendMonth> &trend,
                            const QString &path)
{
    // Written whole or not at all: a half-drawn report never replaces a good one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::storage(
            QObject::tr("cannot write the PDF %1: %2").arg(quoted(path), file.errorString()));
    QPdfWriter writer(&file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(150);
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setTitle(QObject::tr("Chargeback report %1").arg(report.month));
    writer.setCreator(QStringLiteral("Tenant Admin"));
    QPainter painter;
    if (!painter.begin(&writer))
        return Error::storage(QObject::tr("cannot write the PDF %1").arg(quoted(path)));
    Page page(writer, painter);
    const int w = page.width();

    QFont title = painter.font();
    title.setPointSize(18);
    title.setBold(true);
    QFont body = painter.font();
    body.setPointSize(10);
    QFont bold = body;
    bold.setBold(true);

    painter.setFont(title);
    const int titleHeight = QFontMetrics(title, &writer).height();
    painter.drawText(
        QRect(0, 0, w, titleHeight), Qt::AlignLeft,
        QObject::tr("Chargeback — %1").arg(ChargebackCharts::monthLabel(report.month)));
    page.advance(titleHeight + 20);

    painter.setFont(body);
    const int line = QFontMetrics(body, &writer).height() + 8;
    const CostCentreLine &t = report.total;
    const QStringList totals = {
        //: %1 is "N cost centre(s)"
        QObject::tr("%n tenant(s) in %1", nullptr, t.tenants)
            .arg(QObject::tr("%n cost centre(s)", nullptr, int(report.costCentres.size()))),
        QObject::tr("Chargeback %1 against a budget of %2")
            .arg(money(t.budget.chargeback), formatRupees(t.budget.budget)),
        QObject::tr("Variance %1 (%2): %3")
            .arg(money(t.budget.variance()), pct(t.budget.variancePct()),
                 describe(t.budget.status())),
    };
    for (const QString &text : totals) {
        painter.drawText(QRect(0, page.y(), w, line), Qt::AlignLeft | Qt::AlignVCenter, text);
        page.advance(line);
    }
    page.advance(line);

    // The cost-centre table; the header repeats on each page it spans.
    const QStringList headers = {QObject::tr("Cost centre"), QObject::tr("Tenants"),
                                 QObject::tr("Chargeback"),  QObject::tr("Budget"),
                                 QObject::tr("Variance"),    QObject::tr("%"),
                                 QObject::tr("Status")};
    const double share[] = {0.17, 0.10, 0.15, 0.15, 0.15, 0.10, 0.18};
    const auto drawRow = [&](const QStringList &cells, const QFont &font, const QColor &ink) {
        painter.setFont(font);
        painter.setPen(ink);
        int x = 0;
        for (int i = 0; i < cells.size(); ++i) {
            const int cw = int(w * share[i]);
            const Qt::Alignment align =
                (i >= 1 && i <= 5 ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
            painter.drawText(QRect(x + 4, page.y(), cw - 8, line), int(align), cells.at(i));
            x += cw;
        }
        page.advance(line);
    };
    const auto drawHeader = [&] {
        drawRow(headers, bold, Qt::black);
        painter.setPen(Qt::gray);
        painter.drawLine(0, page.y() - 2, w, page.y() - 2);
    };
    drawHeader();
    const auto rowFor = [](const CostCentreLine &c, const QString &name) {
        return QStringList{name,
                           QString::number(c.tenants),
                           money(c.budget.chargeback),
                           formatRupees(c.budget.budget),
                           money(c.budget.variance()),
                           pct(c.budget.variancePct()),
                           statusText(c.budget.status())};
    };
    for (const CostCentreLine &c : report.costCentres) {
        if (page.remaining() < 2 * line) {
            page.newPage();
            drawHeader();
        }
        const QColor ink =
            c.budget.status() == BudgetStatus::Under ? Qt::black : QColor(0xc6, 0x28, 0x28);
        drawRow(rowFor(c, c.costCenter), body, ink);
    }
    painter.setPen(Qt::gray);
    painter.drawLine(0, page.y(), w, page.y());
    page.advance(4);
    drawRow(rowFor(t, QObject::tr("Total")), bold, Qt::black);
    page.advance(line);

    // The charts: budget versus actual under the table, the trend and the
    // quota use on the next page.
    const int chartHeight = int(w * 0.55);
    page.ensure(chartHeight);
    drawChart(painter,
              ChargebackCharts::budgetVersusActual(
                  ChargebackCharts::byCostCentre(report),
                  QObject::tr("Budget versus chargeback: the largest cost centres")),
              QRectF(0, page.y(), w, chartHeight));
    page.advance(chartHeight + line);
    page.ensure(chartHeight);
    drawChart(painter, ChargebackCharts::costTrend(trend), QRectF(0, page.y(), w, chartHeight));
    page.advance(chartHeight + line);
    const int quotaHeight = std::min(
        int(w * 0.9),
        chartHeight / 2 +
            int(std::min<qsizetype>(report.tenants.size(), ChargebackCharts::maxBars)) * 60);
    page.ensure(quotaHeight);
    drawChart(painter, ChargebackCharts::quotaUse(report), QRectF(0, page.y(), w, quotaHeight));
    if (!painter.end() || !file.commit())
        return Error::storage(
            QObject::tr("cannot finish the PDF %1: %2").arg(quoted(path), file.errorString()));
    return success();
}

} // namespace tenant
