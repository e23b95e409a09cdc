// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/report/ScoreDistribution.h"
#include "core/store/AwardFile.h"

#include <QWidget>

class QBoxPlotSeries;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QScrollArea;
class QSpinBox;

namespace jurybox::ui {

/// Box plots of the scorecard totals the tally counts: one box per judge — ordered by severity, so the harshest and
/// the most lenient judges stand at the ends, N of them (or all, scrolling sideways) — and one per category. Fed
/// from report::scoreDistribution; the chart theme follows the palette's lightness.
class ScoreSpreadView : public QWidget {
    Q_OBJECT
public:
    enum class Order { HarshestAndLenient, Harshest, Lenient, ByJudge };

    ScoreSpreadView(store::AwardFile& award, QWidget* parent = nullptr);
    /// Reads the scores again when shown (at once when visible).
    void reload();

    QBoxPlotSeries* judgeSeries() const { return m_judgeSeries; }
    QBoxPlotSeries* categorySeries() const { return m_categorySeries; }
    QComboBox* orderChooser() const { return m_order; }
    QSpinBox* judgesShown() const { return m_shown; }
    const report::ScoreDistribution& distribution() const { return m_distribution; }
    /// The judges in the chart, left to right.
    std::vector<const report::JudgeSpread*> shownJudges() const;

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void showJudges();
    void showCategories();
    void applyTheme();
    void fitJudgeChart();

    store::AwardFile& m_award;
    report::ScoreDistribution m_distribution;
    QComboBox* m_order;
    QSpinBox* m_shown;
    QLabel* m_note;
    QChart* m_judgeChart;
    QChart* m_categoryChart;
    QChartView* m_judgeView;
    QChartView* m_categoryView;
    QScrollArea* m_judgeScroll;
    QBoxPlotSeries* m_judgeSeries = nullptr;
    QBoxPlotSeries* m_categorySeries = nullptr;
    bool m_stale = true;
};

} // namespace jurybox::ui
