// SPDX-License-Identifier: Apache-2.0
#include "ui/judge/JudgeWindow.h"

#include "core/Error.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/judge/JudgeEntryModel.h"
#include "ui/widgets/ErrorPresenter.h"

#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace jurybox::ui {

namespace {

/// The descriptor that applies to a value: the highest level at or below it.
QString descriptorFor(const Criterion& c, double value) {
    QString text;
    for (const Descriptor& d : c.descriptors)
        if (d.level <= value)
            text = d.text;
    return text;
}

/// A weight or scale end as the interface's locale writes it ("1.5", "1,5"), no longer than it must be.
QString number(double value) {
    return QLocale().toString(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

JudgeWindow::JudgeWindow(exchange::JudgeSession session, const QString& path, QWidget* parent)
    : QMainWindow(parent)
    , m_session(std::move(session))
    , m_model(new JudgeEntryModel(this))
    , m_list(new QListView(this))
    , m_header(new QLabel(this))
    , m_text(new QTextBrowser(this))
    , m_form(new QWidget(this))
    , m_formLayout(new QVBoxLayout(m_form))
    , m_comment(new QPlainTextEdit(this))
    , m_submit(new QPushButton(tr("&Submit this scorecard"), this))
    , m_next(new QPushButton(tr("&Next unscored"), this))
    , m_progress(new QProgressBar(this)) {
    setWindowTitle(
        tr("%1 — %2 — judge %3 — Jurybox").arg(m_session.awardName(), m_session.roundName(), m_session.judgeName()));
    m_list->setModel(m_model);
    m_list->setUniformItemSizes(true);
    m_list->setAccessibleName(tr("Your entries"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_text->setAccessibleName(tr("Entry text"));
    m_comment->setPlaceholderText(tr("Your comment for the secretariat (saved as you type)"));
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(110);
    m_submit->setAccessibleName(tr("Submit this scorecard"));
    m_next->setAccessibleName(tr("Next unscored entry"));
    m_progress->setFormat(tr("%v of %m submitted"));
    m_progress->setAccessibleName(tr("Progress"));
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Settings…"), this, [this] { SettingsDialog::edit(this); });
    file->addSeparator();
    file->addAction(tr("&Close"), QKeySequence::Close, this, &QWidget::close);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setAccessibleName(tr("Marks for this entry"));
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(m_header);
    rightLayout->addWidget(m_text, 1);
    rightLayout->addWidget(scroll, 3);
    auto* commentLabel = new QLabel(tr("&Comment:"), this);
    commentLabel->setBuddy(m_comment);
    rightLayout->addWidget(commentLabel);
    rightLayout->addWidget(m_comment);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_next);
    buttons->addWidget(m_submit);
    rightLayout->addLayout(buttons);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({360, 920});
    setCentralWidget(splitter);
    statusBar()->showMessage(tr("%1 — every mark is saved the moment you enter it.").arg(QFileInfo(path).fileName()));

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& index) {
        if (index.isValid())
            showEntry(index.data(JudgeEntryModel::RefRole).toString());
    });
    connect(m_comment, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading || m_current.isEmpty())
            return;
        try {
            m_session.setComment(m_current, m_comment->toPlainText());
            refreshList();
        } catch (const Error& e) {
            ErrorPresenter::present(this, tr("Comment not saved"), e.message());
        }
    });
    connect(m_submit, &QPushButton::clicked, this, &JudgeWindow::submitCurrent);
    connect(m_next, &QPushButton::clicked, this, &JudgeWindow::nextUnscored);
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this, [this] { submitCurrent(); });
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_N), this, [this] { nextUnscored(); });

    refreshList();
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
    resize(1280, 800);
}

void JudgeWindow::refreshList() {
    m_model->setEntries(m_session.entries());
    const auto p = m_session.progress();
    m_progress->setMaximum(std::max(1, p.assigned));
    m_progress->setValue(p.submitted);
    updateButtons();
}

bool JudgeWindow::showEntry(const QString& ref) {
    const auto entry = m_session.entry(ref);
    if (!entry)
        return false;
    m_current = ref;
    const int row = m_model->rowOf(ref);
    if (m_list->currentIndex().row() != row)
        m_list->setCurrentIndex(m_model->index(row));
    const Submission& s = entry->submission;
    const QString where = s.city.isEmpty() ? tr("(blind review)") : QStringLiteral("%1, %2").arg(s.city, s.country);
    m_header->setText(QStringLiteral("<h2>%1</h2><p><b>%2</b> · %3 · %4</p>")
                          .arg(s.title.toHtmlEscaped(), s.ref.toHtmlEscaped(), where.toHtmlEscaped(),
                               JudgeEntryModel::stateName(entry->state).toHtmlEscaped()));
    m_text->setPlainText(s.summary + (s.organisation.isEmpty() ? QString() : QStringLiteral("\n\n") + s.organisation));
    m_loading = true;
    m_comment->setPlainText(entry->comment);
    m_loading = false;
    buildForm(*entry);
    updateButtons();
    return true;
}

void JudgeWindow::buildForm(const exchange::JudgeEntry& entry) {
    while (QLayoutItem* item = m_formLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_inputs.clear();
    m_descriptorLabels.clear();
    auto* form = new QFormLayout;
    auto* holder = new QWidget(m_form);
    holder->setLayout(form);
    for (const Criterion& c : m_session.criteriaOf(entry.submission.categoryId)) {
        auto* input = new QDoubleSpinBox(holder);
        // One step below the scale means "not scored yet": the box shows a dash until the judge types a mark.
        const double unscored = c.scaleMin - 1;
        input->setRange(unscored, c.scaleMax);
        input->setDecimals(1);
        input->setSingleStep(1);
        input->setSpecialValueText(QStringLiteral("–"));
        input->setAccessibleName(c.name);
        input->setToolTip(c.description);
        input->setMinimumWidth(90);
        const auto value = entry.values.find(c.id);
        input->setValue(value == entry.values.end() ? unscored : value->second);
        auto* descriptor = new QLabel(holder);
        descriptor->setWordWrap(true);
        // A screen reader hears the scale and the level descriptor that the label beside the box shows.
        const QString scale = tr("%1 to %2, weight %3").arg(number(c.scaleMin), number(c.scaleMax), number(c.weight));
        const auto describe = [input, descriptor, scale](const QString& text) {
            descriptor->setText(text);
            input->setAccessibleDescription(text.isEmpty() ? scale : scale + QStringLiteral(" — ") + text);
        };
        describe(value == entry.values.end() ? c.description : descriptorFor(c, value->second));
        auto* row = new QHBoxLayout;
        row->addWidget(input);
        row->addWidget(descriptor, 1);
        form->addRow(tr("<b>%1</b><br><small>weight %2 · %3–%4</small>")
                         .arg(c.name.toHtmlEscaped(), number(c.weight), number(c.scaleMin), number(c.scaleMax)),
                     row);
        const Criterion criterion = c;
        connect(input, &QDoubleSpinBox::valueChanged, this, [this, criterion, describe, unscored](double v) {
            describe(v <= unscored ? criterion.description : descriptorFor(criterion, v));
            saveMark(criterion.id, v, unscored);
        });
        m_inputs.push_back(input);
        m_descriptorLabels.push_back(descriptor);
    }
    m_formLayout->addWidget(holder);
    m_formLayout->addStretch(1);
    holder->show(); // added to a visible window: show now, not at the next turn of the event loop
    // Keyboard scoring: the list, then each mark in criterion order, the comment, Next and Submit.
    QWidget* previous = m_list;
    for (QDoubleSpinBox* input : m_inputs) {
        setTabOrder(previous, input);
        previous = input;
    }
    setTabOrder(previous, m_comment);
    setTabOrder(m_comment, m_next);
    setTabOrder(m_next, m_submit);
}

void JudgeWindow::saveMark(Id criterionId, double value, double unscoredValue) {
    if (m_current.isEmpty())
        return;
    try {
        m_session.setScore(m_current, criterionId,
                           value <= unscoredValue ? std::nullopt : std::optional<double>(value));
        refreshList();
    } catch (const Error& e) {
        ErrorPresenter::present(this, tr("Mark not saved"), e.message());
    }
}

void JudgeWindow::submitCurrent() {
    if (m_current.isEmpty())
        return;
    try {
        m_session.submit(m_current);
        refreshList();
        showEntry(m_current);
        statusBar()->showMessage(
            tr("%1 submitted. You can still revise it until you send the file back.").arg(m_current), 8000);
    } catch (const Error& e) {
        ErrorPresenter::present(this, tr("Not submitted"), e.message());
    }
}

void JudgeWindow::nextUnscored() {
    const auto entries = m_session.entries();
    const int start = m_model->rowOf(m_current);
    for (std::size_t k = 1; k <= entries.size(); ++k) {
        const auto& e = entries[(static_cast<std::size_t>(std::max(0, start)) + k) % entries.size()];
        if (!e.complete) {
            showEntry(e.submission.ref);
            if (!m_inputs.empty())
                m_inputs.front()->setFocus();
            return;
        }
    }
    statusBar()->showMessage(tr("Every entry is scored."), 5000);
}

void JudgeWindow::updateButtons() {
    const auto entry = m_current.isEmpty() ? std::nullopt : m_session.entry(m_current);
    m_submit->setEnabled(entry && entry->complete && entry->state != exchange::EntryState::Submitted);
}

} // namespace jurybox::ui
