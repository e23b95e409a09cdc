// SPDX-License-Identifier: Apache-2.0
#include "ui/models/CriteriaModel.h"

#include "core/store/CategoryStore.h"
#include "core/text/Number.h"
#include "ui/undo/ChangeCategory.h"
#include "ui/undo/ChangeCriterion.h"

#include <QUndoStack>

#include <algorithm>

namespace jurybox::ui {

namespace {

// A criterion's internal id is its category's row + 1; a category's is 0.
constexpr quintptr kCategory = 0;

bool sameCategory(const Category& a, const Category& b) {
    return a.name == b.name && a.description == b.description;
}

bool sameCriterion(const Criterion& a, const Criterion& b) {
    const auto sameDescriptors = [&] {
        return std::equal(
            a.descriptors.begin(), a.descriptors.end(), b.descriptors.begin(), b.descriptors.end(),
            [](const Descriptor& x, const Descriptor& y) { return x.level == y.level && x.text == y.text; });
    };
    return a.name == b.name && a.description == b.description && a.weight == b.weight && a.scaleMin == b.scaleMin &&
           a.scaleMax == b.scaleMax && sameDescriptors();
}

} // namespace

CriteriaModel::CriteriaModel(store::AwardFile& file, QUndoStack* undoStack, QObject* parent)
    : QAbstractItemModel(parent)
    , m_file(file)
    , m_undoStack(undoStack) {
    // Every step of the stack (an edit here, an undo from the Edit menu) shows the stored values at once.
    connect(m_undoStack, &QUndoStack::indexChanged, this, &CriteriaModel::reload);
    reload();
}

void CriteriaModel::reload() {
    store::CategoryStore store(m_file.db());
    std::vector<Group> groups;
    for (const Category& c : store.categories())
        groups.push_back({c, {}});
    for (Criterion& cr : store.criteria())
        for (Group& g : groups)
            if (g.category.id == cr.categoryId) {
                g.criteria.push_back(std::move(cr));
                break;
            }
    if (sameShape(groups)) {
        // Only the rows that changed: dataChanged() also resets an editor open on the row, discarding what is typed.
        std::swap(m_groups, groups);
        for (std::size_t g = 0; g < m_groups.size(); ++g) {
            const int row = static_cast<int>(g);
            const QModelIndex category = index(row, 0);
            if (!sameCategory(m_groups[g].category, groups[g].category))
                Q_EMIT dataChanged(category, index(row, ColumnCount - 1));
            for (std::size_t c = 0; c < m_groups[g].criteria.size(); ++c)
                if (!sameCriterion(m_groups[g].criteria[c], groups[g].criteria[c]))
                    Q_EMIT dataChanged(index(static_cast<int>(c), 0, category),
                                       index(static_cast<int>(c), ColumnCount - 1, category));
        }
        return;
    }
    beginResetModel();
    m_groups = std::move(groups);
    endResetModel();
}

bool CriteriaModel::sameShape(const std::vector<Group>& groups) const {
    if (groups.size() != m_groups.size())
        return false;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        if (groups[g].category.id != m_groups[g].category.id ||
            groups[g].criteria.size() != m_groups[g].criteria.size())
            return false;
        for (std::size_t c = 0; c < groups[g].criteria.size(); ++c)
            if (groups[g].criteria[c].id != m_groups[g].criteria[c].id)
                return false;
    }
    return true;
}

const Criterion* CriteriaModel::criterionAt(const QModelIndex& index) const {
    if (!index.isValid() || index.internalId() == kCategory)
        return nullptr;
    return &m_groups[index.internalId() - 1].criteria[static_cast<std::size_t>(index.row())];
}

const Category* CriteriaModel::categoryAt(const QModelIndex& index) const {
    if (!index.isValid() || index.internalId() != kCategory)
        return nullptr;
    return &m_groups[static_cast<std::size_t>(index.row())].category;
}

QModelIndex CriteriaModel::criterionIndex(const QString& category, const QString& name) const {
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        if (m_groups[g].category.name != category)
            continue;
        for (std::size_t c = 0; c < m_groups[g].criteria.size(); ++c)
            if (m_groups[g].criteria[c].name == name)
                return createIndex(static_cast<int>(c), 0, static_cast<quintptr>(g) + 1);
    }
    return {};
}

QModelIndex CriteriaModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kCategory);
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex CriteriaModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == kCategory)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kCategory);
}

int CriteriaModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return static_cast<int>(m_groups.size());
    if (parent.internalId() != kCategory || parent.column() != 0)
        return 0;
    return static_cast<int>(m_groups[static_cast<std::size_t>(parent.row())].criteria.size());
}

int CriteriaModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QVariant CriteriaModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    if (role == IsCriterionRole)
        return index.internalId() != kCategory;
    if (const Category* category = categoryAt(index)) {
        if (role == IdRole)
            return QVariant::fromValue(category->id);
        if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
            return {};
        if (index.column() == Name)
            return category->name;
        if (index.column() == Description)
            return category->description;
        return {};
    }
    const Criterion* c = criterionAt(index);
    if (role == IdRole)
        return QVariant::fromValue(c->id);
    const bool edit = role == Qt::EditRole;
    if (!edit && role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return role == Qt::TextAlignmentRole && index.column() >= Weight && index.column() <= Descriptors
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    const auto number = [edit](double v) { return edit ? QVariant(v) : QVariant(text::formatNumber(v)); };
    switch (index.column()) {
    case Name:
        return c->name;
    case Weight:
        return number(c->weight);
    case ScaleMin:
        return number(c->scaleMin);
    case ScaleMax:
        return number(c->scaleMax);
    case Descriptors:
        return c->descriptors.empty() ? tr("none")
                                      : tr("%n level(s)", nullptr, static_cast<int>(c->descriptors.size()));
    case Description:
        return c->description;
    }
    return {};
}

Qt::ItemFlags CriteriaModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const bool editable = index.internalId() == kCategory
                              ? (index.column() == Name || index.column() == Description)
                              : index.column() != Descriptors; // descriptors have their own editor
    return editable ? flags | Qt::ItemIsEditable : flags;
}

bool CriteriaModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    if (const Category* category = categoryAt(index)) {
        Category after = *category;
        (index.column() == Name ? after.name : after.description) = value.toString();
        if (after.name == category->name && after.description == category->description)
            return false;
        return AwardCommand::push(m_undoStack, new ChangeCategory(m_file, *category, after));
    }
    const Criterion* c = criterionAt(index);
    Criterion after = *c;
    switch (index.column()) {
    case Name:
        after.name = value.toString();
        break;
    case Description:
        after.description = value.toString();
        break;
    case Weight:
    case ScaleMin:
    case ScaleMax: {
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok)
            return false;
        (index.column() == Weight     ? after.weight
         : index.column() == ScaleMin ? after.scaleMin
                                      : after.scaleMax) = number;
        break;
    }
    default:
        return false;
    }
    if (after.name == c->name && after.description == c->description && after.weight == c->weight &&
        after.scaleMin == c->scaleMin && after.scaleMax == c->scaleMax)
        return false;
    return AwardCommand::push(m_undoStack, new ChangeCriterion(m_file, *c, after));
}

QVariant CriteriaModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Category / criterion");
    case Weight:
        return tr("Weight");
    case ScaleMin:
        return tr("Min");
    case ScaleMax:
        return tr("Max");
    case Descriptors:
        return tr("Descriptors");
    case Description:
        return tr("Description");
    }
    return {};
}

} // namespace jurybox::ui
