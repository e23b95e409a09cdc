// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

class QWidget;

namespace jurybox::test {

/// One string a user can see or hear: where it is (class, position in the walk, property) and the text.
struct VisibleText {
    QString where;
    QString text;
};

/// Every string of a window and its visible widgets, in a fixed order: the window title; labels, buttons, group
/// boxes, check boxes, placeholders, tooltips, accessible names and descriptions, progress texts, spin box texts,
/// combo box items, item views' headers and rows (display, tooltip, accessible description), the status bar, and the
/// menu bar's menus and actions. Two windows built alike give lists of the same shape.
std::vector<VisibleText> visibleTexts(QWidget* window);

/// The text with every data string removed (longest first), markup, mnemonic ampersands, digits and punctuation
/// gone: what is left is the interface's own wording.
QString interfaceWording(const QString& text, const QStringList& data);

/// The visible widgets a user can reach with Tab or click (buttons, inputs, lists…) whose accessible name
/// (QAccessibleInterface::text(QAccessible::Name)) is empty, as "Class 'text'" for the failure message. Qt's own
/// internal parts (objectName qt_…, headers, a table's corner button) and widgets that pass their focus to a proxy
/// are left out: the control they belong to carries the name.
QStringList unnamedControls(QWidget* window);

} // namespace jurybox::test
