// SPDX-License-Identifier: GPL-3.0-or-later
#include "forms/editor/formeditor.h"

#include "core/common/rocdate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Casebook::Forms {

using namespace Casebook::Core;

namespace {

QString toStored(const FieldDef &f, const QString &typed)
{
    QString t = typed.trimmed();
    if (f.type == FieldType::Date && !t.isEmpty()) {
        if (const auto d = RocDate::parse(t))
            return d->toString(Qt::ISODate);
        return t; // kept as typed, so the validator reports it
    }
    if ((f.type == FieldType::Single) && !t.isEmpty()) {
        for (const Choice &c : f.choices) {
            if (c.label.zh == t || c.label.en == t)
                return c.code;
        }
    }
    if ((f.type == FieldType::Money || f.type == FieldType::Integer || f.type == FieldType::Number)
        && !t.isEmpty())
        return QString(t).remove(QLatin1Char(',')).remove(QStringLiteral("NT$"));
    return t;
}

QString toTyped(const FieldDef &f, const QString &stored)
{
    if (f.type == FieldType::Date) {
        const QDate d = QDate::fromString(stored, Qt::ISODate);
        return d.isValid() ? RocDate::formatShort(d) : stored;
    }
    if (f.type == FieldType::Single) {
        for (const Choice &c : f.choices) {
            if (c.code == stored)
                return c.label.text();
        }
    }
    return stored;
}

// A code-list cell of a repeating table offers its choices (by label) instead of free text.
class ChoiceDelegate : public QStyledItemDelegate
{
public:
    ChoiceDelegate(const FieldDef &table, QObject *parent)
        : QStyledItemDelegate(parent), m_table(table)
    { }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override
    {
        const FieldDef *column = columnAt(index.column());
        if (!column || column->type != FieldType::Single)
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto *combo = new QComboBox(parent);
        combo->setObjectName(column->id + QStringLiteral("Choice"));
        combo->addItem(QString(), QString());
        for (const Choice &c : column->choices)
            combo->addItem(c.label.text(), c.code);
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            combo->setCurrentIndex(std::max(0, combo->findText(index.data().toString())));
        } else {
            QStyledItemDelegate::setEditorData(editor, index);
        }
    }
    void setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            model->setData(index, combo->currentText());
        } else {
            QStyledItemDelegate::setModelData(editor, model, index);
        }
    }

private:
    const FieldDef *columnAt(int column) const
    {
        return column >= 0 && column < m_table.columns.size() ? &m_table.columns.at(column)
                                                              : nullptr;
    }
    const FieldDef &m_table;
};

} // namespace

FormEditor::FormEditor(FormRecord record, const QDate &today, QWidget *parent)
    : QWidget(parent), m_record(std::move(record)), m_today(today)
{
    setObjectName(QStringLiteral("formEditor"));
    build();
    loadValues();
    refresh();
}

void FormEditor::setRecord(FormRecord record)
{
    m_record = std::move(record);
    loadValues();
    refresh();
}

QTableWidget *FormEditor::tableFor(const QString &fieldId) const
{
    return qobject_cast<QTableWidget *>(m_editors.value(fieldId));
}

void FormEditor::build()
{
    auto *outer = new QVBoxLayout(this);
    const FormDefinition &def = m_record.definition();
    auto *title = new QLabel(
        QStringLiteral("%1  <span style='color:#555'>%2</span>").arg(def.title.text(), def.code),
        this);
    title->setObjectName(QStringLiteral("formTitle"));
    QFont tf = title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.25);
    tf.setBold(true);
    title->setFont(tf);
    outer->addWidget(title);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    for (const SectionDef &section : def.sections) {
        auto *box = new QGroupBox(section.title.text(), content);
        auto *form = new QFormLayout(box);
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);
        for (const FieldDef &f : section.fields) {
            auto *cell = new QWidget(box);
            auto *cellLayout = new QVBoxLayout(cell);
            cellLayout->setContentsMargins(0, 0, 0, 0);
            cellLayout->setSpacing(1);
            QWidget *editor = createEditor(f);
            cellLayout->addWidget(editor);
            auto *problem = new QLabel(cell);
            problem->setObjectName(f.id + QStringLiteral("Problem"));
            problem->setStyleSheet(QStringLiteral("color: #b00020"));
            problem->setWordWrap(true);
            problem->hide();
            cellLayout->addWidget(problem);
            QString label = f.label.text();
            if (f.required)
                label += QStringLiteral(" *");
            auto *labelWidget = new QLabel(label, box);
            labelWidget->setWordWrap(true);
            labelWidget->setBuddy(editor);
            if (!f.bind.isEmpty()) {
                labelWidget->setToolTip(
                    tr("Shared with the person's record: a change here shows on every form."));
            }
            form->addRow(labelWidget, cell);
            m_rows.insert(f.id, cell);
            m_problems.insert(f.id, problem);
            if (!m_editors.contains(f.id)) // a repeating table registered its table already
                m_editors.insert(f.id, editor);
        }
        layout->addWidget(box);
    }
    layout->addStretch();
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    outer->addWidget(m_error);
    auto *bar = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("formStatus"));
    bar->addWidget(m_status, 1);
    auto *save = new QPushButton(tr("Save &draft"), this);
    save->setObjectName(QStringLiteral("saveDraftButton"));
    m_completeButton = new QPushButton(tr("Save and mark &complete"), this);
    m_completeButton->setObjectName(QStringLiteral("completeButton"));
    bar->addWidget(save);
    bar->addWidget(m_completeButton);
    outer->addLayout(bar);
    connect(save, &QPushButton::clicked, this, [this] { Q_EMIT saveRequested(false); });
    connect(m_completeButton, &QPushButton::clicked, this, [this] {
        const auto problems = m_record.problems(m_today);
        if (problems.isEmpty()) {
            Q_EMIT saveRequested(true);
            return;
        }
        m_showRequired = true;
        refresh();
        showError(tr("The form cannot be marked complete yet: %n problem(s) are marked below.",
            nullptr, static_cast<int>(problems.size())));
        const QString first = problems.first().field.section(QLatin1Char('.'), 0, 0);
        if (QWidget *w = m_editors.value(first))
            w->setFocus();
    });
}

QWidget *FormEditor::createEditor(const FieldDef &f)
{
    QWidget *w = nullptr;
    switch (f.type) {
    case FieldType::LongText: {
        auto *e = new QPlainTextEdit(this);
        e->setTabChangesFocus(true);
        e->setMaximumHeight(90);
        connect(e, &QPlainTextEdit::textChanged, this,
            [this, e, &f] { fieldEdited(f, e->toPlainText()); });
        w = e;
        break;
    }
    case FieldType::Single: {
        auto *c = new QComboBox(this);
        c->addItem(QString(), QString());
        for (const Choice &ch : f.choices)
            c->addItem(ch.label.text(), ch.code);
        connect(c, &QComboBox::currentIndexChanged, this,
            [this, c, &f] { fieldEdited(f, c->currentData().toString()); });
        w = c;
        break;
    }
    case FieldType::YesNo: {
        auto *c = new QComboBox(this);
        c->addItem(QString(), QString());
        c->addItem(tr("Yes"), QStringLiteral("1"));
        c->addItem(tr("No"), QStringLiteral("0"));
        connect(c, &QComboBox::currentIndexChanged, this,
            [this, c, &f] { fieldEdited(f, c->currentData().toString()); });
        w = c;
        break;
    }
    case FieldType::Multi: {
        auto *l = new QListWidget(this);
        for (const Choice &ch : m_record.choicesFor(f)) {
            auto *item = new QListWidgetItem(ch.label.text(), l);
            item->setData(Qt::UserRole, ch.code);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Unchecked);
        }
        l->setMaximumHeight(std::min<int>(150, 22 * static_cast<int>(f.choices.size()) + 6));
        connect(l, &QListWidget::itemChanged, this, [this, l, &f] {
            QStringList codes;
            for (int i = 0; i < l->count(); ++i) {
                if (l->item(i)->checkState() == Qt::Checked)
                    codes << l->item(i)->data(Qt::UserRole).toString();
            }
            fieldEdited(f, codes.join(QLatin1Char(',')));
        });
        w = l;
        break;
    }
    case FieldType::Repeat: {
        auto *box = new QWidget(this);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        auto *table = new QTableWidget(0, static_cast<int>(f.columns.size()), box);
        table->setObjectName(f.id + QStringLiteral("Table"));
        QStringList headers;
        for (const FieldDef &c : f.columns)
            headers << c.label.text();
        table->setHorizontalHeaderLabels(headers);
        // The widest column of the definition (輔導內容 on 表3-2) takes the room the window has;
        // the others keep their share. Long text wraps and the row grows to show it.
        qsizetype widest = 0;
        for (qsizetype i = 1; i < f.columns.size(); ++i) {
            if (f.columns.at(i).width > f.columns.at(widest).width)
                widest = i;
        }
        table->horizontalHeader()->setStretchLastSection(false);
        for (qsizetype i = 0; i < f.columns.size(); ++i) {
            const int column = static_cast<int>(i);
            if (i == widest) {
                table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
            } else {
                table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Interactive);
                table->setColumnWidth(
                    column, std::max(64, static_cast<int>(140 * f.columns.at(i).width)));
            }
        }
        table->setWordWrap(true);
        table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->setItemDelegate(new ChoiceDelegate(f, table));
        table->setMinimumHeight(140);
        v->addWidget(table);
        auto *buttons = new QHBoxLayout;
        auto *add = new QPushButton(tr("Add row"), box);
        add->setObjectName(f.id + QStringLiteral("AddRow"));
        auto *remove = new QPushButton(tr("Remove row"), box);
        remove->setObjectName(f.id + QStringLiteral("RemoveRow"));
        buttons->addWidget(add);
        buttons->addWidget(remove);
        buttons->addStretch();
        v->addLayout(buttons);
        connect(add, &QPushButton::clicked, this, [this, table, &f] {
            table->insertRow(table->rowCount());
            tableEdited(f);
            table->setCurrentCell(table->rowCount() - 1, 0);
            table->setFocus();
        });
        connect(remove, &QPushButton::clicked, this, [this, table, &f] {
            const int row = table->currentRow() >= 0 ? table->currentRow() : table->rowCount() - 1;
            if (row >= 0) {
                table->removeRow(row);
                tableEdited(f);
            }
        });
        connect(table, &QTableWidget::itemChanged, this, [this, &f] { tableEdited(f); });
        m_editors.insert(f.id, table);
        // A table of records the workflow writes (表三's dispatches) is shown, not edited.
        box->setEnabled(!f.readOnly);
        w = box;
        return w;
    }
    default: {
        auto *e = new QLineEdit(this);
        if (f.type == FieldType::Date)
            e->setPlaceholderText(tr("e.g. 113/01/15"));
        if (f.type == FieldType::Signature)
            e->setPlaceholderText(tr("Signed on paper; type a name to record who signed"));
        connect(e, &QLineEdit::textEdited, this,
            [this, e, &f] { fieldEdited(f, toStored(f, e->text())); });
        w = e;
        break;
    }
    }
    w->setObjectName(f.id + QStringLiteral("Edit"));
    w->setEnabled(!f.readOnly);
    return w;
}

void FormEditor::loadValues()
{
    m_loading = true;
    for (const FieldDef *f : m_record.definition().allFields()) {
        const QString v = m_record.value(f->id);
        QWidget *w = m_editors.value(f->id);
        if (auto *line = qobject_cast<QLineEdit *>(w)) {
            line->setText(toTyped(*f, v));
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(w)) {
            text->setPlainText(v);
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            combo->setCurrentIndex(std::max(0, combo->findData(v)));
        } else if (auto *l = qobject_cast<QListWidget *>(w)) {
            const QStringList codes = v.split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (int i = 0; i < l->count(); ++i) {
                l->item(i)->setCheckState(codes.contains(l->item(i)->data(Qt::UserRole).toString())
                        ? Qt::Checked
                        : Qt::Unchecked);
            }
        } else if (auto *t = qobject_cast<QTableWidget *>(w)) {
            const QJsonArray rows = m_record.rows(f->id);
            t->setRowCount(static_cast<int>(rows.size()));
            for (int r = 0; r < rows.size(); ++r) {
                const QJsonObject o = rows.at(r).toObject();
                for (int c = 0; c < f->columns.size(); ++c) {
                    auto *item = new QTableWidgetItem(
                        toTyped(f->columns.at(c), o.value(f->columns.at(c).id).toString()));
                    if (c == 0) { // the record a row shows (a table bound to records), kept through
                                  // edits
                        item->setData(Qt::UserRole, o.value(QStringLiteral("_id")).toString());
                    }
                    t->setItem(r, c, item);
                }
            }
        }
    }
    m_loading = false;
}

void FormEditor::fieldEdited(const FieldDef &field, const QString &value)
{
    if (m_loading)
        return;
    m_record.setValue(field.id, value);
    refresh();
    Q_EMIT changed();
}

void FormEditor::tableEdited(const FieldDef &field)
{
    if (m_loading)
        return;
    auto *t = tableFor(field.id);
    QJsonArray rows;
    for (int r = 0; r < t->rowCount(); ++r) {
        QJsonObject o;
        if (const QTableWidgetItem *first = t->item(r, 0);
            first && !first->data(Qt::UserRole).toString().isEmpty())
            o.insert(QStringLiteral("_id"), first->data(Qt::UserRole).toString());
        for (int c = 0; c < field.columns.size(); ++c) {
            const QTableWidgetItem *item = t->item(r, c);
            const QString stored = toStored(field.columns.at(c), item ? item->text() : QString());
            if (!stored.isEmpty())
                o.insert(field.columns.at(c).id, stored);
        }
        rows.append(o);
    }
    m_record.setRows(field.id, rows);
    refresh();
    Q_EMIT changed();
}

void FormEditor::refresh()
{
    for (const FieldDef *f : m_record.definition().allFields()) {
        const bool visible = m_record.isVisible(*f);
        if (QWidget *row = m_rows.value(f->id)) {
            row->setVisible(visible);
            if (auto *form = qobject_cast<QFormLayout *>(row->parentWidget()->layout())) {
                if (QWidget *label = form->labelForField(row))
                    label->setVisible(visible);
            }
        }
    }
    for (QLabel *l : std::as_const(m_problems)) {
        l->clear();
        l->hide();
    }
    const auto problems = m_record.problems(m_today);
    for (const FieldProblem &p : problems) {
        const QString field = p.field.section(QLatin1Char('.'), 0, 0);
        if (!m_showRequired && m_record.value(field).trimmed().isEmpty())
            continue; // an empty field is not an error before completion is asked for
        if (QLabel *l = m_problems.value(field)) {
            l->setText(l->text().isEmpty() ? p.message : l->text() + QLatin1Char('\n') + p.message);
            l->show();
        }
    }
    const FormInstance &instance = m_record.instance();
    if (instance.status == QLatin1String("complete")) {
        // Completion is an event: say when and by whom, and that changes are a correction of it.
        QString text = instance.completedBy.isEmpty()
            ? tr("Complete since %1").arg(RocDate::formatShort(instance.completedOn))
            : tr("Complete since %1 (%2)")
                  .arg(RocDate::formatShort(instance.completedOn), instance.completedBy);
        if (instance.amendedOn.isValid())
            text += tr("; corrected %1").arg(RocDate::formatShort(instance.amendedOn));
        if (m_record.isDirty()) {
            text += problems.isEmpty() ? tr("; unsaved changes will be saved as a correction")
                                       : tr("; %n problem(s): saving makes it a draft", nullptr,
                                           static_cast<int>(problems.size()));
        }
        m_status->setText(text);
        return;
    }
    m_status->setText(problems.isEmpty()
            ? tr("Draft: ready to be marked complete")
            : tr("Draft: %n problem(s) to resolve before it is complete", nullptr,
                static_cast<int>(problems.size())));
}

void FormEditor::showError(const QString &message)
{
    m_error->setText(message);
}

} // namespace Casebook::Forms
