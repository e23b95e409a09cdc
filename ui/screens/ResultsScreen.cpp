// SPDX-License-Identifier: Apache-2.0
#include "ui/screens/ResultsScreen.h"

#include "core/Error.h"
#include "core/stats/Reliability.h"
#include "core/tally/Tally.h"
#include "ui/charts/ScoreSpreadView.h"
#include "ui/models/ResultsModel.h"
#include "ui/tasks/TaskRunner.h"
#include "ui/widgets/ErrorPresenter.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace jurybox::ui {

namespace {

/// What a tally in the worker gives back: the result, or core's refusal (QFuture carries only QExceptions).
struct TallyOutcome {
    std::optional<tally::TallyResult> result;
    QString error;
};

QString figure(const std::optional<double>& v) {
    return v ? QLocale().toString(*v, 'f', 3) : ResultsScreen::tr("n/a");
}

} // namespace

ResultsScreen::ResultsScreen(store::AwardFile& award, QWidget* parent)
    : QWidget(parent)
    , m_award(award)
    , m_model(new ResultsModel(this))
    , m_category(new QComboBox(this))
    , m_method(new QComboBox(this))
    , m_trim(new QSpinBox(this))
    , m_quorum(new QSpinBox(this))
    , m_table(new QTableView(this))
    , m_robustness(new QLabel(this))
    , m_agreement(new QLabel(this))
    , m_tallyingNote(new QLabel(tr("Tallying…"), m_table->viewport()))
    , m_tallyingDelay(new QTimer(this))
    , m_tabs(new QTabWidget(this))
    , m_spread(new ScoreSpreadView(award, this)) {
    for (const tally::Method m : tally::kAllMethods)
        m_method->addItem(tally::toString(m), static_cast<int>(m));
    m_method->setToolTip(tr("The method chosen in advance decides the ranks; the others show robustness."));
    m_trim->setRange(0, 10);
    m_trim->setValue(1);
    m_trim->setPrefix(tr("trim "));
    m_quorum->setRange(1, 50);
    m_quorum->setValue(3);
    m_quorum->setPrefix(tr("quorum "));
    m_category->setAccessibleName(tr("Category"));
    m_method->setAccessibleName(tr("Tally method"));
    m_trim->setAccessibleName(tr("Marks trimmed at each end"));
    m_quorum->setAccessibleName(tr("Quorum of scorecards"));

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Category:"), this));
    controls->addWidget(m_category, 1);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Method:"), this));
    controls->addWidget(m_method);
    controls->addWidget(m_trim);
    controls->addWidget(m_quorum);

    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ResultsModel::Rank, 46);
    m_table->setColumnWidth(ResultsModel::Tier, 118);
    m_table->setColumnWidth(ResultsModel::Entry, 70);
    m_table->setColumnWidth(ResultsModel::Title, 270);
    m_table->setColumnWidth(ResultsModel::City, 110);
    m_table->setColumnWidth(ResultsModel::Country, 130);
    m_table->setColumnWidth(ResultsModel::Score, 64);
    m_table->setColumnWidth(ResultsModel::WeightedMean, 100);
    m_table->setColumnWidth(ResultsModel::Scorecards, 80);
    m_table->setAccessibleName(tr("Results"));
    m_robustness->setWordWrap(true);
    m_agreement->setWordWrap(true);
    m_agreement->setTextFormat(Qt::RichText);
    m_tallyingNote->setAlignment(Qt::AlignCenter);
    m_tallyingNote->setAutoFillBackground(true);
    m_tallyingNote->setStyleSheet(QStringLiteral("font-size: 15pt; color: palette(window-text);"));
    m_tallyingNote->hide();
    // Quick tallies never flash the note; a slow one covers the rows of the options before.
    m_tallyingDelay->setSingleShot(true);
    m_tallyingDelay->setInterval(150);
    connect(m_tallyingDelay, &QTimer::timeout, this, [this] {
        m_tallyingNote->setGeometry(m_table->viewport()->rect());
        m_tallyingNote->show();
        m_tallyingNote->raise();
    });

    // The ranking and the charts of how the judges mark share the page as tabs, each at full size.
    auto* ranking = new QWidget(this);
    auto* rankingLayout = new QVBoxLayout(ranking);
    rankingLayout->setContentsMargins(0, 0, 0, 0);
    rankingLayout->addWidget(m_table, 1);
    rankingLayout->addWidget(m_robustness);
    rankingLayout->addWidget(m_agreement);
    m_tabs->addTab(ranking, tr("Ranking"));
    m_tabs->addTab(m_spread, tr("Score distributions"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_tabs, 1);

    connect(m_method, &QComboBox::currentIndexChanged, this, &ResultsScreen::retally);
    connect(m_trim, &QSpinBox::valueChanged, this, &ResultsScreen::retally);
    connect(m_quorum, &QSpinBox::valueChanged, this, &ResultsScreen::retally);
    connect(m_category, &QComboBox::currentIndexChanged, this, &ResultsScreen::showCategory);
}

void ResultsScreen::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    // After the show, not inside it: reading a big award runs its own event loop.
    if (m_stale)
        QTimer::singleShot(0, this, [this] {
            if (m_stale)
                reload();
        });
}

void ResultsScreen::reload() {
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_spread->reload();
    try {
        auto scores = TaskRunner::run(this, tr("Reading the scores"), &m_award.db(), [this](task::TaskControl&) {
            return std::make_shared<const tally::ScoreMatrix>(tally::ScoreMatrix::load(m_award));
        });
        m_scores = std::move(scores);
    } catch (const Error& e) {
        m_scores.reset();
        m_reliability = {};
        ErrorPresenter::present(this, tr("Cannot tally"), e.message());
        return;
    }
    try {
        m_reliability = stats::reliability(*m_scores);
    } catch (const Error&) {
        m_reliability = {};
    }
    retally();
}

tally::TallyOptions ResultsScreen::currentOptions() const {
    tally::TallyOptions options;
    options.method = static_cast<tally::Method>(m_method->currentData().toInt());
    options.trim = m_trim->value();
    options.quorum = m_quorum->value();
    return options;
}

void ResultsScreen::retally() {
    if (!m_scores)
        return;
    ++m_generation;
    setTallying(true);
    if (!m_running)
        startTally();
}

void ResultsScreen::startTally() {
    m_running = true;
    const std::uint64_t generation = m_generation;
    const std::shared_ptr<const tally::ScoreMatrix> scores = m_scores;
    const tally::TallyOptions options = currentOptions();
    auto* watcher = new QFutureWatcher<std::shared_ptr<TallyOutcome>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        m_running = false;
        if (generation != m_generation) {
            startTally(); // the user moved on meanwhile: drop this result and tally what the page asks for now
            return;
        }
        const std::shared_ptr<TallyOutcome> outcome = watcher->result();
        setTallying(false);
        if (!outcome->result) {
            m_robustness->clear();
            ErrorPresenter::present(this, tr("Cannot tally"), outcome->error);
            return;
        }
        showTally(std::move(*outcome->result)); // moved, not copied: 10,000 entries cost the GUI thread nothing
    });
    // The worker reads only the snapshot, never the award's connection, so the rest of the window stays usable.
    watcher->setFuture(QtConcurrent::run([scores, options] {
        auto outcome = std::make_shared<TallyOutcome>();
        try {
            outcome->result = tally::runTally(*scores, options);
        } catch (const Error& e) {
            outcome->error = e.message();
        }
        return outcome;
    }));
}

void ResultsScreen::setTallying(bool tallying) {
    m_tallying = tallying;
    m_table->setEnabled(!tallying);
    if (tallying) {
        m_robustness->setText(tr("Tallying…"));
        m_tallyingDelay->start();
    } else {
        m_tallyingDelay->stop();
        m_tallyingNote->hide();
    }
}

void ResultsScreen::showTally(tally::TallyResult result) {
    m_tally = std::move(result);
    const QString current = m_category->currentText();
    m_category->blockSignals(true);
    m_category->clear();
    for (const auto& c : m_tally.categories)
        m_category->addItem(c.category.name);
    m_category->setCurrentIndex(std::max(0, m_category->findText(current)));
    m_category->blockSignals(false);
    showCategory();
    Q_EMIT tallied();
}

void ResultsScreen::showCategory() {
    const tally::CategoryResult* result = m_tally.category(m_category->currentText());
    if (!result) {
        m_model->setCategory({}, m_tally.options.method, m_tally.options.trim);
        m_robustness->clear();
        m_agreement->clear();
        return;
    }
    m_model->setCategory(*result, m_tally.options.method, m_tally.options.trim);
    const tally::Robustness& r = result->robustness;
    QString verdict = r.stable ? tr("Robustness: stable — the same winners under all %1 methods and with each of the "
                                    "%2 judges left out in turn.")
                                     .arg(r.byMethod.size())
                                     .arg(r.leaveOneOut.size())
                               : tr("Robustness: NOT stable — the tier winners change with the method or when a "
                                    "judge is left out; see jurybox-cli tally for the lists.");
    for (const auto& tie : result->boundaryTies)
        verdict += QLatin1Char('\n') + tr("Tie for %1 at rank %2: %3 (not broken).")
                                           .arg(tie.tier)
                                           .arg(tie.rank)
                                           .arg(tie.submissions.join(QStringLiteral(", ")));
    m_robustness->setText(verdict);
    const stats::CategoryReliability* rel = m_reliability.category(result->category.name);
    if (!rel) {
        m_agreement->clear();
        return;
    }
    QStringList judges;
    for (const auto& j : rel->judgesDetail)
        judges << QStringLiteral("%1%2 %3").arg(j.outlier ? QStringLiteral("⚠ ") : QString(), j.name,
                                                j.severity ? QString::asprintf("%+.1f", *j.severity)
                                                           : QStringLiteral("–"));
    m_agreement->setText(tr("<b>Agreement</b>: ICC(2,k) %1 · ICC(1,k) %2 · Krippendorff's α (interval) %3 · "
                            "%4 entries, %5 judges<br><b>Severity</b> (points on 0–100 against the other judges): %6")
                             .arg(figure(rel->icc.icc2k), figure(rel->icc.icc1k), figure(rel->alpha.interval))
                             .arg(rel->submissions)
                             .arg(rel->judges)
                             .arg(judges.join(QStringLiteral(" · ")).toHtmlEscaped()));
}

} // namespace jurybox::ui
