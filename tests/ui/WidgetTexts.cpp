// SPDX-License-Identifier: Apache-2.0
#include "tests/ui/WidgetTexts.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStatusBar>
#include <QTextDocumentFragment>
#include <QTextEdit>

#include <algorithm>

namespace jurybox::test {

namespace {

class Walk {
public:
    std::vector<VisibleText> out;

    void add(const QString& where, const QString& text) {
        if (!text.trimmed().isEmpty())
            out.push_back({where, text});
    }

    void menu(const QString& where, const QList<QAction*>& actions) {
        int i = 0;
        for (QAction* a : actions) {
            const QString at = QStringLiteral("%1/action%2").arg(where).arg(i++);
            add(at + QStringLiteral(".text"), a->text());
            if (a->toolTip() != QString(a->text()).remove(QLatin1Char('&')))
                add(at + QStringLiteral(".toolTip"), a->toolTip());
            if (a->menu())
                menu(at, a->menu()->actions());
        }
    }

    void model(const QString& where, const QAbstractItemView* view) {
        const QAbstractItemModel* m = view->model();
        if (!m)
            return;
        for (int c = 0; c < m->columnCount(); ++c)
            add(QStringLiteral("%1.header%2").arg(where).arg(c), m->headerData(c, Qt::Horizontal).toString());
        for (int r = 0; r < m->rowCount(); ++r) {
            for (int c = 0; c < m->columnCount(); ++c) {
                const QModelIndex i = m->index(r, c);
                const QString cell = QStringLiteral("%1.cell%2,%3").arg(where).arg(r).arg(c);
                add(cell, i.data().toString());
                add(cell + QStringLiteral(".toolTip"), i.data(Qt::ToolTipRole).toString());
                add(cell + QStringLiteral(".accessibleDescription"), i.data(Qt::AccessibleDescriptionRole).toString());
            }
        }
    }

    void widget(const QString& where, QWidget* w) {
        add(where + QStringLiteral(".toolTip"), w->toolTip());
        add(where + QStringLiteral(".statusTip"), w->statusTip());
        add(where + QStringLiteral(".whatsThis"), w->whatsThis());
        add(where + QStringLiteral(".accessibleName"), w->accessibleName());
        add(where + QStringLiteral(".accessibleDescription"), w->accessibleDescription());
        if (auto* l = qobject_cast<QLabel*>(w))
            add(where, l->text());
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            add(where, b->text());
        if (auto* g = qobject_cast<QGroupBox*>(w))
            add(where, g->title());
        if (auto* e = qobject_cast<QLineEdit*>(w))
            add(where + QStringLiteral(".placeholder"), e->placeholderText());
        if (auto* e = qobject_cast<QPlainTextEdit*>(w))
            add(where + QStringLiteral(".placeholder"), e->placeholderText());
        if (auto* e = qobject_cast<QTextEdit*>(w))
            add(where + QStringLiteral(".placeholder"), e->placeholderText());
        if (auto* p = qobject_cast<QProgressBar*>(w))
            add(where, p->text());
        if (auto* s = qobject_cast<QAbstractSpinBox*>(w))
            add(where + QStringLiteral(".special"), s->specialValueText());
        if (auto* s = qobject_cast<QDoubleSpinBox*>(w))
            add(where + QStringLiteral(".affixes"), s->prefix() + s->suffix());
        if (auto* s = qobject_cast<QSpinBox*>(w))
            add(where + QStringLiteral(".affixes"), s->prefix() + s->suffix());
        if (auto* c = qobject_cast<QComboBox*>(w)) {
            for (int i = 0; i < c->count(); ++i)
                add(QStringLiteral("%1.item%2").arg(where).arg(i), c->itemText(i));
        }
        if (auto* v = qobject_cast<QAbstractItemView*>(w))
            model(where, v);
        if (auto* s = qobject_cast<QStatusBar*>(w))
            add(where, s->currentMessage());
        if (auto* m = qobject_cast<QMenuBar*>(w))
            menu(where, m->actions());
    }
};

bool isControl(const QWidget* w) {
    // A header and the corner button are parts of their table, which carries the name; a widget that hands its
    // focus to a proxy (a tab widget to its tab bar) is reached, and named, through the proxy.
    if (qobject_cast<const QHeaderView*>(w) || w->inherits("QTableCornerButton") || w->focusProxy())
        return false;
    return (w->focusPolicy() & Qt::TabFocus) || qobject_cast<const QAbstractButton*>(w) ||
           qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSpinBox*>(w) ||
           qobject_cast<const QAbstractItemView*>(w);
}

} // namespace

std::vector<VisibleText> visibleTexts(QWidget* window) {
    Walk walk;
    walk.add(QStringLiteral("windowTitle"), window->windowTitle());
    walk.widget(QStringLiteral("window"), window);
    int n = 0;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (w->isVisibleTo(window) || qobject_cast<QMenuBar*>(w))
            walk.widget(QStringLiteral("%1#%2").arg(QString::fromLatin1(w->metaObject()->className())).arg(n), w);
        ++n;
    }
    return walk.out;
}

QString interfaceWording(const QString& text, const QStringList& data) {
    QString plain = Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    QStringList sorted = data;
    std::sort(sorted.begin(), sorted.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    for (const QString& d : sorted) {
        if (!d.trimmed().isEmpty())
            plain.remove(d);
    }
    plain.remove(QLatin1Char('&'));
    static const QRegularExpression nonLetters(QStringLiteral("[^\\p{L}]+"));
    return plain.replace(nonLetters, QStringLiteral(" ")).trimmed();
}

QStringList unnamedControls(QWidget* window) {
    QStringList out;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(window) || !isControl(w) || w->objectName().startsWith(QStringLiteral("qt_")))
            continue;
        QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w);
        if (!a || a->text(QAccessible::Name).trimmed().isEmpty()) {
            const auto* label = qobject_cast<QLabel*>(w);
            out << QStringLiteral("%1 '%2'").arg(QString::fromLatin1(w->metaObject()->className()),
                                                 label ? label->text() : w->toolTip());
        }
    }
    return out;
}

} // namespace jurybox::test
