// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop/personcasedialog.h"

#include "app/desktop/laptopfit.h"
#include "core/common/rocdate.h"
#include "core/persons/codelists.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Casebook::App {

using namespace Casebook::Core;

namespace {
void fillCombo(QComboBox *combo, const QList<CodeItem> &items, bool withEmpty)
{
    if (withEmpty)
        combo->addItem(QString(), QString());
    for (const CodeItem &i : items)
        combo->addItem(CodeLists::label(items, i.code), i.code);
}

void selectCode(QComboBox *combo, const QString &code)
{
    const int index = combo->findData(code);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

QStringList checkedCodes(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            out << list->item(i)->data(Qt::UserRole).toString();
    }
    return out;
}

void fillChecklist(QListWidget *list, const QList<CodeItem> &items, const QStringList &checked)
{
    list->clear();
    for (const CodeItem &i : items) {
        auto *item = new QListWidgetItem(CodeLists::label(items, i.code), list);
        item->setData(Qt::UserRole, i.code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(i.code) ? Qt::Checked : Qt::Unchecked);
    }
}

QString dateText(const QDate &d)
{
    return RocDate::formatShort(d);
}
} // namespace

PersonCaseDialog::PersonCaseDialog(
    Mode mode, const QList<StaffMember> &coaches, const QDate &today, QWidget *parent)
    : QDialog(parent), m_mode(mode)
{
    setObjectName(QStringLiteral("personCaseDialog"));
    setWindowTitle(mode == Mode::Intake ? tr("New intake") : tr("Edit person"));
    auto *outer = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto *content = new QWidget(scroll);
    auto *contentLayout = new QVBoxLayout(content);

    auto *personBox = new QGroupBox(tr("Person"), content);
    auto *form = new QFormLayout(personBox);
    auto line = [this](const char *name) {
        auto *e = new QLineEdit(this);
        e->setObjectName(QString::fromLatin1(name));
        return e;
    };
    auto combo = [this](const char *name) {
        auto *c = new QComboBox(this);
        c->setObjectName(QString::fromLatin1(name));
        return c;
    };
    m_name = line("nameEdit");
    m_sex = combo("sexCombo");
    fillCombo(m_sex, CodeLists::sexes(), true);
    m_birthDate = line("birthDateEdit");
    m_birthDate->setPlaceholderText(tr("e.g. 079/05/01 or 1990-05-01"));
    m_idNumber = line("idNumberEdit");
    m_idNumber->setMaxLength(10);
    m_addressRegistered = line("addressRegisteredEdit");
    m_addressLiving = line("addressLivingEdit");
    m_district = combo("districtCombo");
    fillCombo(m_district, CodeLists::districts(), true);
    m_phone = line("phoneEdit");
    m_mobile = line("mobileEdit");
    m_emergencyName = line("emergencyNameEdit");
    m_emergencyRelation = line("emergencyRelationEdit");
    m_emergencyPhone = line("emergencyPhoneEdit");
    m_education = combo("educationCombo");
    fillCombo(m_education, CodeLists::education(), true);
    m_certSystem = combo("certSystemCombo");
    fillCombo(m_certSystem, CodeLists::certSystems(), true);
    m_categories = new QListWidget(this);
    m_categories->setObjectName(QStringLiteral("categoriesList"));
    m_categories->setMaximumHeight(120);
    m_severity = combo("severityCombo");
    fillCombo(m_severity, CodeLists::severities(), true);
    m_certValidUntil = line("certValidUntilEdit");
    m_tags = new QListWidget(this);
    m_tags->setObjectName(QStringLiteral("tagsList"));
    m_tags->setMaximumHeight(90);
    fillChecklist(m_tags, CodeLists::identityTags(), {});

    addRow(form, QStringLiteral("name"), tr("&Name"), m_name);
    addRow(form, QStringLiteral("sex"), tr("&Sex"), m_sex);
    addRow(form, QStringLiteral("birth_date"), tr("&Birth date"), m_birthDate);
    addRow(form, QStringLiteral("id_number"), tr("National &ID / resident no."), m_idNumber);
    addRow(
        form, QStringLiteral("address_registered"), tr("Registered address"), m_addressRegistered);
    addRow(form, QStringLiteral("address_living"), tr("Living address"), m_addressLiving);
    addRow(form, QStringLiteral("district"), tr("&District"), m_district);
    addRow(form, QStringLiteral("phone"), tr("Phone"), m_phone);
    addRow(form, QStringLiteral("mobile"), tr("Mobile"), m_mobile);
    addRow(form, QStringLiteral("emergency_name"), tr("Emergency contact"), m_emergencyName);
    addRow(form, QStringLiteral("emergency_relation"), tr("Relation"), m_emergencyRelation);
    addRow(form, QStringLiteral("emergency_phone"), tr("Emergency phone"), m_emergencyPhone);
    addRow(form, QStringLiteral("education"), tr("Education"), m_education);
    addRow(form, QStringLiteral("cert_system"), tr("Certificate"), m_certSystem);
    addRow(form, QStringLiteral("cert_categories"), tr("Disability categories"), m_categories);
    addRow(form, QStringLiteral("cert_severity"), tr("Severity"), m_severity);
    addRow(
        form, QStringLiteral("cert_valid_until"), tr("Certificate valid until"), m_certValidUntil);
    addRow(form, QStringLiteral("identity_tags"), tr("Identity"), m_tags);
    contentLayout->addWidget(personBox);

    m_intakeBox = new QGroupBox(tr("Intake (受案)"), content);
    auto *intakeForm = new QFormLayout(m_intakeBox);
    m_intakeSource = combo("intakeSourceCombo");
    fillCombo(m_intakeSource, CodeLists::intakeSources(), false);
    m_referralType = combo("referralTypeCombo");
    fillCombo(m_referralType, CodeLists::referralUnitTypes(), true);
    m_referralName = line("referralNameEdit");
    m_receivedOn = line("receivedOnEdit");
    m_receivedOn->setText(dateText(today));
    m_coach = combo("coachCombo");
    m_coach->addItem(QString(), QString());
    for (const StaffMember &s : coaches)
        m_coach->addItem(s.name, s.id);
    addRow(intakeForm, QStringLiteral("intake_source"), tr("Came in by"), m_intakeSource);
    addRow(intakeForm, QStringLiteral("referral_unit_type"), tr("Referring unit type"),
        m_referralType);
    addRow(intakeForm, QStringLiteral("referral_unit_name"), tr("Referring unit"), m_referralName);
    addRow(intakeForm, QStringLiteral("received_on"), tr("Received on"), m_receivedOn);
    addRow(intakeForm, QStringLiteral("coach_id"), tr("Job coach"), m_coach);
    contentLayout->addWidget(m_intakeBox);
    m_intakeBox->setVisible(mode == Mode::Intake);
    contentLayout->addStretch();
    scroll->setWidget(content);
    outer->addWidget(scroll);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("problemSummary"));
    m_summary->setStyleSheet(QStringLiteral("color: #b00020"));
    m_summary->setWordWrap(true);
    outer->addWidget(m_summary);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    outer->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PersonCaseDialog::requestSave);
    connect(buttons, &QDialogButtonBox::rejected, this, &PersonCaseDialog::reject);

    connect(m_certSystem, &QComboBox::currentIndexChanged, this, [this] { fillCategories(); });
    fillCategories();
    auto markDirty = [this] { m_dirty = true; };
    for (auto *e : findChildren<QLineEdit *>())
        connect(e, &QLineEdit::textEdited, this, markDirty);
    for (auto *c : findChildren<QComboBox *>())
        connect(c, &QComboBox::activated, this, markDirty);
    for (auto *l : findChildren<QListWidget *>())
        connect(l, &QListWidget::itemChanged, this, markDirty);
    LaptopFit::resize(this, QSize(560, 720));
    m_name->setFocus(); // the first thing typed is the name, whatever the intake above it
}

void PersonCaseDialog::addRow(
    QFormLayout *form, const QString &field, const QString &label, QWidget *editor)
{
    auto *cell = new QWidget(this);
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addWidget(editor);
    auto *problem = new QLabel(cell);
    problem->setObjectName(field + QStringLiteral("Problem"));
    problem->setStyleSheet(QStringLiteral("color: #b00020"));
    problem->setWordWrap(true);
    problem->hide();
    layout->addWidget(problem);
    form->addRow(label, cell);
    if (auto *l = qobject_cast<QLabel *>(form->labelForField(cell)))
        l->setBuddy(editor);
    m_problemLabels.insert(field, problem);
    m_editors.insert(field, editor);
    m_labels.insert(field, QString(label).remove(QLatin1Char('&')));
}

void PersonCaseDialog::fillCategories()
{
    const QStringList keep
        = m_pendingCategories.isEmpty() ? checkedCodes(m_categories) : m_pendingCategories;
    m_pendingCategories.clear();
    const QString system = m_certSystem->currentData().toString();
    const bool hasCert = system == QLatin1String("new") || system == QLatin1String("old");
    const QSignalBlocker block(m_categories);
    fillChecklist(m_categories,
        system == QLatin1String("old") ? CodeLists::disabilityOld() : CodeLists::disabilityNew(),
        hasCert ? keep : QStringList());
    m_categories->setEnabled(hasCert);
    m_severity->setEnabled(hasCert);
    m_certValidUntil->setEnabled(hasCert);
}

void PersonCaseDialog::setPerson(const Person &p)
{
    m_personId = p.id;
    m_name->setText(p.name);
    selectCode(m_sex, p.sex);
    m_birthDate->setText(dateText(p.birthDate));
    m_idNumber->setText(p.idNumber);
    m_addressRegistered->setText(p.addressRegistered);
    m_addressLiving->setText(p.addressLiving);
    selectCode(m_district, p.district);
    m_phone->setText(p.phone);
    m_mobile->setText(p.mobile);
    m_emergencyName->setText(p.emergencyName);
    m_emergencyRelation->setText(p.emergencyRelation);
    m_emergencyPhone->setText(p.emergencyPhone);
    selectCode(m_education, p.education);
    m_pendingCategories = p.certCategories;
    selectCode(m_certSystem, p.certSystem);
    fillCategories();
    selectCode(m_severity, p.certSeverity);
    m_certValidUntil->setText(dateText(p.certValidUntil));
    {
        const QSignalBlocker block(m_tags);
        fillChecklist(m_tags, CodeLists::identityTags(), p.identityTags);
    }
    m_dirty = false;
}

Person PersonCaseDialog::person() const
{
    Person p;
    p.id = m_personId;
    p.name = m_name->text().trimmed();
    p.sex = m_sex->currentData().toString();
    p.birthDate = RocDate::parse(m_birthDate->text()).value_or(QDate());
    p.idNumber = m_idNumber->text().trimmed().toUpper();
    p.addressRegistered = m_addressRegistered->text().trimmed();
    p.addressLiving = m_addressLiving->text().trimmed();
    p.district = m_district->currentData().toString();
    p.phone = m_phone->text().trimmed();
    p.mobile = m_mobile->text().trimmed();
    p.emergencyName = m_emergencyName->text().trimmed();
    p.emergencyRelation = m_emergencyRelation->text().trimmed();
    p.emergencyPhone = m_emergencyPhone->text().trimmed();
    p.education = m_education->currentData().toString();
    p.certSystem = m_certSystem->currentData().toString();
    if (m_categories->isEnabled()) {
        p.certCategories = checkedCodes(m_categories);
        p.certSeverity = m_severity->currentData().toString();
        p.certValidUntil = RocDate::parse(m_certValidUntil->text()).value_or(QDate());
    }
    p.identityTags = checkedCodes(m_tags);
    return p;
}

Case PersonCaseDialog::intakeCase() const
{
    Case c;
    c.personId = m_personId;
    c.intakeSource = m_intakeSource->currentData().toString();
    c.referralUnitType = m_referralType->currentData().toString();
    c.referralUnitName = m_referralName->text().trimmed();
    c.receivedOn = RocDate::parse(m_receivedOn->text()).value_or(QDate());
    c.coachId = m_coach->currentData().toString();
    return c;
}

QList<FieldProblem> PersonCaseDialog::localProblems() const
{
    // Text that does not parse as a date is caught here; the rules themselves live in core.
    QList<FieldProblem> out;
    auto checkDate = [&](QLineEdit *edit, const QString &field, bool required) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty() && !required)
            return;
        if (!RocDate::parse(text))
            out << FieldProblem {field, tr("Enter a date like 113/01/15 (民國) or 2024-01-15.")};
    };
    checkDate(m_birthDate, QStringLiteral("birth_date"), true);
    if (m_certValidUntil->isEnabled())
        checkDate(m_certValidUntil, QStringLiteral("cert_valid_until"), false);
    if (m_mode == Mode::Intake)
        checkDate(m_receivedOn, QStringLiteral("received_on"), true);
    return out;
}

void PersonCaseDialog::showProblems(const QList<FieldProblem> &problems)
{
    for (auto *label : std::as_const(m_problemLabels)) {
        label->clear();
        label->hide();
    }
    QStringList general;
    QWidget *first = nullptr;
    for (const FieldProblem &p : problems) {
        if (auto *label = m_problemLabels.value(p.field)) {
            label->setText(label->text().isEmpty() ? p.message
                                                   : label->text() + QLatin1Char('\n') + p.message);
            label->show();
            if (!first)
                first = m_editors.value(p.field);
        } else {
            general << p.message;
        }
    }
    m_summary->setText(problems.isEmpty() ? QString()
            : general.isEmpty()           ? tr("Please correct the marked fields.")
                                          : general.join(QLatin1Char('\n')));
    if (first)
        first->setFocus();
}

void PersonCaseDialog::requestSave()
{
    const auto problems = localProblems();
    if (!problems.isEmpty()) {
        showProblems(problems);
        return;
    }
    Q_EMIT saveRequested();
}

void PersonCaseDialog::reject()
{
    if (m_dirty) {
        const int answer = m_ask
            ? m_ask()
            : QMessageBox::question(this, tr("Unsaved changes"),
                tr("You have changed this record. Save the changes?"),
                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save) {
            requestSave();
            return;
        }
    }
    QDialog::reject();
}

} // namespace Casebook::App
