// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/stats/Reliability.h"
#include "core/store/AwardFile.h"
#include "core/tally/TallyResult.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace jurybox::ui {

class ResultsModel;
class ScoreSpreadView;

/// The tally of one category: a method chooser, trim and quorum, ranks with tiers, ties and flags, the robustness
/// verdict, and how well the judges agree (ICC, Krippendorff's alpha, each judge's severity).
class ResultsScreen : public QWidget {
    Q_OBJECT
public:
    ResultsScreen(store::AwardFile& award, QWidget* parent = nullptr);
    void reload();

    QComboBox* methodChooser() const { return m_method; }
    QComboBox* categoryChooser() const { return m_category; }
    ResultsModel* model() const { return m_model; }
    QTabWidget* tabs() const { return m_tabs; }
    ScoreSpreadView* scoreSpread() const { return m_spread; }
    /// The method, trim and quorum chosen on the page.
    tally::TallyOptions currentOptions() const;

protected:
    /// The tally runs when the page is first shown (and after changes), not when the window opens.
    void showEvent(QShowEvent* event) override;

private:
    void retally();
    void showCategory();

    store::AwardFile& m_award;
    ResultsModel* m_model;
    QComboBox* m_category;
    QComboBox* m_method;
    QSpinBox* m_trim;
    QSpinBox* m_quorum;
    QTableView* m_table;
    QLabel* m_robustness;
    QLabel* m_agreement;
    QTabWidget* m_tabs;
    ScoreSpreadView* m_spread;
    tally::TallyResult m_tally;
    stats::ReliabilityReport m_reliability;
    bool m_stale = true;
};

} // namespace jurybox::ui
