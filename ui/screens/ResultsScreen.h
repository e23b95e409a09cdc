// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/stats/Reliability.h"
#include "core/store/AwardFile.h"
#include "core/tally/ScoreMatrix.h"
#include "core/tally/TallyResult.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QTimer;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace jurybox::ui {

class ResultsModel;
class ScoreSpreadView;

/// The tally of one category: a method chooser, trim and quorum, ranks with tiers, ties and flags, the robustness
/// verdict, and how well the judges agree (ICC, Krippendorff's alpha, each judge's severity). The award's scores are
/// read once per reload (in a worker, behind the TaskRunner); each change of method, trim or quorum then tallies
/// that snapshot in a worker while the table is greyed as "tallying…", and a result the user has already moved on
/// from is dropped, never shown.
class ResultsScreen : public QWidget {
    Q_OBJECT
public:
    ResultsScreen(store::AwardFile& award, QWidget* parent = nullptr);
    void reload();

    QComboBox* methodChooser() const { return m_method; }
    QComboBox* categoryChooser() const { return m_category; }
    ResultsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QTabWidget* tabs() const { return m_tabs; }
    ScoreSpreadView* scoreSpread() const { return m_spread; }
    /// The method, trim and quorum chosen on the page.
    tally::TallyOptions currentOptions() const;
    /// True when the table shows the tally of the award as it is, for the options on the page (tests wait for it).
    bool upToDate() const { return !m_stale && !m_tallying; }

Q_SIGNALS:
    /// A fresh tally is on the table.
    void tallied();

protected:
    /// The tally runs when the page is first shown (and after changes), not when the window opens.
    void showEvent(QShowEvent* event) override;

private:
    void retally();
    void startTally();
    void showTally(tally::TallyResult result);
    void showCategory();
    void setTallying(bool tallying);

    store::AwardFile& m_award;
    ResultsModel* m_model;
    QComboBox* m_category;
    QComboBox* m_method;
    QSpinBox* m_trim;
    QSpinBox* m_quorum;
    QTableView* m_table;
    QLabel* m_robustness;
    QLabel* m_agreement;
    /// Over the table while a tally takes longer than a blink: the rows under it are those of the options before.
    QLabel* m_tallyingNote;
    QTimer* m_tallyingDelay;
    std::shared_ptr<const tally::ScoreMatrix> m_scores;
    QTabWidget* m_tabs;
    ScoreSpreadView* m_spread;
    tally::TallyResult m_tally;
    stats::ReliabilityReport m_reliability;
    bool m_stale = true;
    /// Counts the tallies asked for: a result carries the count it was started at, and only the latest is shown.
    std::uint64_t m_generation = 0;
    /// One tally runs at a time; a change meanwhile starts the latest options when it ends.
    bool m_tallying = false;
    bool m_running = false;
};

} // namespace jurybox::ui
