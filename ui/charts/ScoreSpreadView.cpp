// SPDX-License-Identifier: Apache-2.0
#include "ui/charts/ScoreSpreadView.h"

#include "core/Error.h"

#include <QBarCategoryAxis>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace jurybox::ui {

namespace {

/// The narrowest a box may get, so 200 judges scroll rather than shrink to slivers; wider when the refs are long.
constexpr int kMinimumBoxWidth = 44;
/// Judges shown at first: fourteen boxes with six-character refs fit the page at 1280 × 800 without scrolling.
constexpr int kJudgesShown = 14;
/// Severity (points on 0–100) beyond which a judge's box is tinted harsh or lenient.
constexpr double kMarkedSeverity = 5.0;

QChart* emptyChart(const QString& title) {
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

QChartView* viewOf(QChart* chart, const QString& name, QWidget* parent) {
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setAccessibleName(name);
    view->setMinimumHeight(220);
    return view;
}

QBoxSet* boxOf(const report::Spread& s, const QString& label) {
    return new QBoxSet(s.minimum, s.lowerQuartile, s.median, s.upperQuartile, s.maximum, label);
}

QString figure(double value) {
    return QLocale().toString(value, 'f', 1);
}

QString signedFigure(double value) {
    return (value >= 0 ? QLocale().positiveSign() : QString()) + figure(value);
}

QString spreadText(const report::Spread& s) {
    return ScoreSpreadView::tr("%n scorecard(s) · lowest %1 · quartiles %2 / %3 / %4 · highest %5 · mean %6", nullptr,
                               s.count)
        .arg(figure(s.minimum), figure(s.lowerQuartile), figure(s.median), figure(s.upperQuartile), figure(s.maximum),
             figure(s.mean));
}

/// Replaces the chart's series and axes with a box plot of the sets over the labels, on the 0–100 scale.
QBoxPlotSeries* plot(QChart* chart, const std::vector<QBoxSet*>& sets, const QStringList& labels) {
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    auto* series = new QBoxPlotSeries;
    for (QBoxSet* set : sets)
        series->append(set);
    chart->addSeries(series);
    // Each box carries its figures as a "tip" property, shown while the pointer is over it.
    QObject::connect(series, &QBoxPlotSeries::hovered, series, [](bool on, QBoxSet* set) {
        if (on)
            QToolTip::showText(QCursor::pos(), set->property("tip").toString());
        else
            QToolTip::hideText();
    });
    auto* x = new QBarCategoryAxis;
    x->append(labels);
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setTickCount(6);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(ScoreSpreadView::tr("scorecard total"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return series;
}

} // namespace

ScoreSpreadView::ScoreSpreadView(store::AwardFile& award, QWidget* parent)
    : QWidget(parent)
    , m_award(award)
    , m_order(new QComboBox(this))
    , m_shown(new QSpinBox(this))
    , m_note(new QLabel(this))
    , m_judgeChart(emptyChart(tr("Scorecard totals per judge")))
    , m_categoryChart(emptyChart(tr("Scorecard totals per category")))
    , m_judgeView(viewOf(m_judgeChart, tr("Scorecard totals per judge"), this))
    , m_categoryView(viewOf(m_categoryChart, tr("Scorecard totals per category"), this))
    , m_judgeScroll(new QScrollArea(this)) {
    m_order->addItem(tr("Harshest and most lenient"), static_cast<int>(Order::HarshestAndLenient));
    m_order->addItem(tr("Harshest first"), static_cast<int>(Order::Harshest));
    m_order->addItem(tr("Most lenient first"), static_cast<int>(Order::Lenient));
    m_order->addItem(tr("By judge"), static_cast<int>(Order::ByJudge));
    m_order->setAccessibleName(tr("Which judges"));
    m_shown->setRange(1, 1);
    m_shown->setPrefix(tr("show "));
    m_shown->setSuffix(tr(" judges"));
    m_shown->setAccessibleName(tr("Judges shown"));
    m_note->setWordWrap(true);
    m_note->setText(tr("Each box spans the middle half of the totals (0–100) a judge gave, the line in it is the "
                       "median, the whiskers reach the lowest and the highest. Judges are ordered by severity: the "
                       "mean difference from the other judges on the same entries; red boxes are harsher and blue "
                       "ones more lenient than the panel by more than %1 points.")
                        .arg(kMarkedSeverity));

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Judges:"), this));
    controls->addWidget(m_order);
    controls->addWidget(m_shown);
    controls->addStretch(1);

    m_judgeScroll->setWidget(m_judgeView);
    m_judgeScroll->setWidgetResizable(false);
    m_judgeScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_judgeScroll->setFrameShape(QFrame::NoFrame);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_note);
    layout->addWidget(m_judgeScroll, 3);
    layout->addWidget(m_categoryView, 2);

    connect(m_order, &QComboBox::currentIndexChanged, this, &ScoreSpreadView::showJudges);
    connect(m_shown, &QSpinBox::valueChanged, this, &ScoreSpreadView::showJudges);
    applyTheme();
}

void ScoreSpreadView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void ScoreSpreadView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyTheme();
        showJudges(); // the theme recolours every series; the harsh and lenient tints go back on
        showCategories();
    }
}

void ScoreSpreadView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitJudgeChart();
}

void ScoreSpreadView::applyTheme() {
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    for (QChart* chart : {m_judgeChart, m_categoryChart}) {
        chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        chart->setBackgroundBrush(palette().brush(QPalette::Base));
        chart->setTitleBrush(palette().brush(QPalette::Text));
    }
}

void ScoreSpreadView::reload() {
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    try {
        m_distribution = report::scoreDistribution(m_award);
    } catch (const Error&) {
        m_distribution = {}; // an award without rounds: nothing to chart
    }
    const int judges = static_cast<int>(m_distribution.judges.size());
    const bool first = m_shown->maximum() <= 1;
    m_shown->blockSignals(true);
    m_shown->setRange(std::min(1, judges), std::max(1, judges));
    if (first)
        m_shown->setValue(std::min(kJudgesShown, judges));
    m_shown->blockSignals(false);
    showJudges();
    showCategories();
}

std::vector<const report::JudgeSpread*> ScoreSpreadView::shownJudges() const {
    const auto n = static_cast<std::size_t>(std::max(0, m_shown->value()));
    const auto order = static_cast<Order>(m_order->currentData().toInt());
    std::vector<const report::JudgeSpread*> rated;
    std::vector<const report::JudgeSpread*> unrated; // share no entry with another judge: no severity
    std::vector<const report::JudgeSpread*> out;
    for (const report::JudgeSpread& j : m_distribution.judges) {
        out.push_back(&j);
        (j.severity ? rated : unrated).push_back(&j);
    }
    if (order != Order::ByJudge) {
        std::stable_sort(rated.begin(), rated.end(),
                         [](const auto* a, const auto* b) { return *a->severity < *b->severity; });
        if (order == Order::HarshestAndLenient && n < rated.size()) {
            // Both ends of the scale, harshest on the left, most lenient on the right.
            out.assign(rated.begin(), rated.begin() + static_cast<std::ptrdiff_t>((n + 1) / 2));
            out.insert(out.end(), rated.end() - static_cast<std::ptrdiff_t>(n / 2), rated.end());
            return out;
        }
        if (order == Order::Lenient)
            std::reverse(rated.begin(), rated.end());
        out = rated;
        out.insert(out.end(), unrated.begin(), unrated.end());
    }
    out.resize(std::min(n, out.size()));
    return out;
}

void ScoreSpreadView::showJudges() {
    std::vector<QBoxSet*> sets;
    QStringList labels;
    for (const report::JudgeSpread* j : shownJudges()) {
        QBoxSet* set = boxOf(j->spread, j->ref);
        if (j->severity && *j->severity <= -kMarkedSeverity)
            set->setBrush(QColor(214, 64, 64, 190));
        else if (j->severity && *j->severity >= kMarkedSeverity)
            set->setBrush(QColor(60, 120, 220, 190));
        set->setProperty("tip", tr("<b>%1</b> %2<br>%3<br>severity %4")
                                    .arg(j->ref.toHtmlEscaped(), j->name.toHtmlEscaped(), spreadText(j->spread),
                                         j->severity ? signedFigure(*j->severity) : tr("n/a (no shared entry)")));
        sets.push_back(set);
        // The severity under the ref answers "harsh or lenient?" without hovering.
        labels << QStringLiteral("%1<br>%2")
                      .arg(j->ref.toHtmlEscaped(), j->severity ? signedFigure(*j->severity) : QStringLiteral("–"));
    }
    m_judgeSeries = plot(m_judgeChart, sets, labels);
    m_judgeChart->setTitle(tr("Scorecard totals per judge — %1 of %2 judges, round “%3”")
                               .arg(labels.size())
                               .arg(m_distribution.judges.size())
                               .arg(m_distribution.round.name));
    fitJudgeChart();
}

void ScoreSpreadView::showCategories() {
    std::vector<QBoxSet*> sets;
    QStringList labels;
    for (const report::CategorySpread& c : m_distribution.categories) {
        QBoxSet* set = boxOf(c.spread, c.name);
        set->setProperty("tip", QStringLiteral("<b>%1</b><br>%2").arg(c.name.toHtmlEscaped(), spreadText(c.spread)));
        sets.push_back(set);
        labels << c.name;
    }
    m_categorySeries = plot(m_categoryChart, sets, labels);
}

void ScoreSpreadView::fitJudgeChart() {
    const int boxes = m_judgeSeries ? m_judgeSeries->count() : 0;
    int box = kMinimumBoxWidth;
    for (const report::JudgeSpread& j : m_distribution.judges)
        box = std::max(box, fontMetrics().horizontalAdvance(j.ref) + 16);
    const QSize viewport = m_judgeScroll->viewport()->size();
    const int scrollBar = m_judgeScroll->horizontalScrollBar()->sizeHint().height();
    const bool scrolls = boxes * box + 80 > viewport.width();
    m_judgeView->resize(std::max(viewport.width(), boxes * box + 80),
                        std::max(200, m_judgeScroll->height() - (scrolls ? scrollBar : 0)));
}

} // namespace jurybox::ui
