// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/exchange/JudgeSession.h"

#include <QMainWindow>

#include <vector>

class QDoubleSpinBox;
class QLabel;
class QListView;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QVBoxLayout;

namespace jurybox::ui {

class JudgeEntryModel;

/// Judge mode over a package opened with the access code: the judge's entries with their state, the entry's text,
/// one input per criterion with its scale and level descriptors, a comment, Submit and Next unscored. Every change
/// is saved to the package at once (one transaction, signed), so closing the lid or killing the app loses nothing.
/// Keyboard: Tab between marks, digits or arrows to set them, Ctrl+Return submits, Ctrl+N goes to the next unscored.
class JudgeWindow : public QMainWindow {
    Q_OBJECT
public:
    JudgeWindow(exchange::JudgeSession session, const QString& path, QWidget* parent = nullptr);

    exchange::JudgeSession& session() { return m_session; }
    /// Shows an entry by ref; false when the package has no such entry.
    bool showEntry(const QString& ref);
    QString currentRef() const { return m_current; }
    /// The mark inputs of the entry on screen, in criterion order (for keyboard tests).
    const std::vector<QDoubleSpinBox*>& markInputs() const { return m_inputs; }
    QPlainTextEdit* commentBox() const { return m_comment; }
    void submitCurrent();
    void nextUnscored();

private:
    void refreshList();
    void buildForm(const exchange::JudgeEntry& entry);
    void saveMark(Id criterionId, double value, double unscoredValue);
    void updateButtons();

    exchange::JudgeSession m_session;
    JudgeEntryModel* m_model;
    QListView* m_list;
    QLabel* m_header;
    QTextBrowser* m_text;
    QWidget* m_form;
    QVBoxLayout* m_formLayout;
    QPlainTextEdit* m_comment;
    QPushButton* m_submit;
    QPushButton* m_next;
    QProgressBar* m_progress;
    QString m_current;
    std::vector<QDoubleSpinBox*> m_inputs;
    std::vector<QLabel*> m_descriptorLabels;
    bool m_loading = false;
};

} // namespace jurybox::ui
