// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop/serviceentrydialog.h"

#include "core/common/rocdate.h"
#include "core/persons/codelists.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Casebook::App {

using namespace Casebook::Core;

ServiceEntryDialog::ServiceEntryDialog(
    Kind kind, const QList<Employer> &employers, const QDate &today, QWidget *parent)
    : QDialog(parent), m_kind(kind), m_employers(employers)
{
    setObjectName(QStringLiteral("serviceEntryDialog"));
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    layout->addLayout(m_form);
    const QString todayText = RocDate::formatShort(today);
    auto combo = [this](const char *name, const QString &label,
                     const QList<std::pair<QString, QString>> &items) {
        auto *c = new QComboBox(this);
        c->setObjectName(QString::fromLatin1(name));
        for (const auto &[code, text] : items)
            c->addItem(text, code);
        m_form->addRow(label, c);
        m_combos.insert(QString::fromLatin1(name), c);
        return c;
    };
    auto check = [this](const char *name, const QString &label) {
        auto *c = new QCheckBox(label, this);
        c->setObjectName(QString::fromLatin1(name));
        m_form->addRow(QString(), c);
        m_checks.insert(QString::fromLatin1(name), c);
    };
    auto codes = [](const QList<CodeItem> &list) {
        QList<std::pair<QString, QString>> items;
        for (const CodeItem &i : list)
            items.append({i.code, CodeLists::label(list, i.code)});
        return items;
    };
    switch (kind) {
    case Kind::Profile:
        setWindowTitle(tr("Supported employment: case opening (0C)"));
        line("openedOn", tr("Opened by the unit on"), todayText);
        combo("model", tr("Service model"),
            {{QStringLiteral("individual"), tr("Individual")},
                {QStringLiteral("group"), tr("Group")}});
        {
            // Doubling is not a check box: it follows from the evidence (P-04).
            auto *note = new QLabel(
                tr("Counts double when the person lives in a district on the plan year's 偏鄉 "
                   "list, or when a completed 附表1 meets its criteria."),
                this);
            note->setObjectName(QStringLiteral("creditNote"));
            note->setWordWrap(true);
            m_form->addRow(QString(), note);
        }
        break;
    case Kind::Placement: {
        setWindowTitle(tr("New placement"));
        QList<std::pair<QString, QString>> items {{QString(), tr("New employer…")}};
        for (const Employer &e : employers)
            items.append({e.id, e.name});
        combo("employer", tr("Employer"), items);
        line("employerName", tr("New employer's name"));
        line("headcount", tr("New employer's employees"));
        line("taxId", tr("New employer's tax ID (統一編號)"));
        line("employerDistrict", tr("New employer's district"));
        line("contact", tr("New employer's contact person and phone"));
        line("jobTitle", tr("Job title"));
        line("weeklyHours", tr("Hours a week"));
        line("wage", tr("Monthly wage (NT$)"));
        line("startDate", tr("First day at work"), todayText);
        line("insuranceFrom", tr("Labour insurance from"));
        line("endDate", tr("Last day at work (when the job ended)"));
        check("payroll",
            tr("Other evidence (employer of 5 or fewer): payroll, time cards, employment "
               "insurance"));
        check("employedBefore", tr("Already employed before the service"));
        break;
    }
    case Kind::SupportDay:
        setWindowTitle(tr("Day of intensive support (表3-2)"));
        line("day", tr("Day"), todayText);
        line("hours", tr("Hours"), QStringLiteral("4"));
        combo("place", tr("Place"),
            {{QStringLiteral("workplace"), tr("Workplace")},
                {QStringLiteral("other"), tr("Other")}});
        line("content", tr("Support given"));
        break;
    case Kind::Adaptation:
        setWindowTitle(tr("Workplace-adaptation service"));
        line("startedOn", tr("Began on"), todayText);
        line("endedOn", tr("Ended on (empty while it goes on)"));
        line("notes", tr("Notes"));
        break;
    case Kind::Extension:
        setWindowTitle(tr("Post-employment support extension"));
        line("startedOn", tr("Begins on (on or after the closure)"), todayText);
        line("endsOn", tr("Ends on (empty: 18 months after the closure)"));
        line("notes", tr("Notes"));
        break;
    case Kind::Home:
        setWindowTitle(tr("Home employment"));
        combo("homeKind", tr("What"), codes(CodeLists::homeServiceKinds()));
        line("day", tr("Day"), todayText);
        line("notes", tr("Notes"));
        break;
    case Kind::FollowUp:
        setWindowTitle(tr("Follow-up contact (表4-1)"));
        line("day", tr("Day"), todayText);
        combo("manner", tr("Manner"), codes(CodeLists::followUpManners()));
        combo("status", tr("Employment"), codes(CodeLists::employmentStatuses()));
        line("notes", tr("Issues and action"));
        break;
    }
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("serviceError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("serviceSaveButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it) {
            const bool isDate = it.key().endsWith(QLatin1String("On"))
                || it.key().endsWith(QLatin1String("Date")) || it.key() == QLatin1String("day")
                || it.key() == QLatin1String("insuranceFrom");
            if (isDate && !it.value()->text().trimmed().isEmpty()
                && !RocDate::parse(it.value()->text())) {
                showError(tr("Enter a date like 113/01/15 (民國) or 2024-01-15."));
                it.value()->setFocus();
                return;
            }
        }
        Q_EMIT saveRequested();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(480);
}

QString ServiceEntryDialog::fieldLabel(const QString &column) const
{
    // The stored columns of a placement and a profile, by the widget that shows each.
    static const QHash<QString, QString> Widgets
        = {{QStringLiteral("employer_id"), QStringLiteral("employer")},
            {QStringLiteral("job_title"), QStringLiteral("jobTitle")},
            {QStringLiteral("weekly_hours"), QStringLiteral("weeklyHours")},
            {QStringLiteral("wage"), QStringLiteral("wage")},
            {QStringLiteral("start_date"), QStringLiteral("startDate")},
            {QStringLiteral("end_date"), QStringLiteral("endDate")},
            {QStringLiteral("labour_insurance_from"), QStringLiteral("insuranceFrom")},
            {QStringLiteral("alternative_evidence"), QStringLiteral("payroll")},
            {QStringLiteral("employed_before_service"), QStringLiteral("employedBefore")},
            {QStringLiteral("opened_on"), QStringLiteral("openedOn")},
            {QStringLiteral("model"), QStringLiteral("model")}};
    const QString name = Widgets.value(column);
    if (name.isEmpty())
        return {};
    if (const QCheckBox *check = m_checks.value(name))
        return check->text();
    QWidget *field = m_lines.value(name);
    if (!field)
        field = m_combos.value(name);
    if (!field)
        return {};
    if (const auto *label = qobject_cast<QLabel *>(m_form->labelForField(field)))
        return label->text();
    return {};
}

QLineEdit *ServiceEntryDialog::line(const char *name, const QString &label, const QString &text)
{
    auto *e = new QLineEdit(text, this);
    e->setObjectName(QString::fromLatin1(name));
    m_form->addRow(label, e);
    m_lines.insert(QString::fromLatin1(name), e);
    return e;
}

QDate ServiceEntryDialog::date(const char *name) const
{
    const QLineEdit *e = m_lines.value(QString::fromLatin1(name));
    return e ? RocDate::parse(e->text()).value_or(QDate()) : QDate();
}

void ServiceEntryDialog::setProfile(const SeProfile &p)
{
    m_lines.value(QStringLiteral("openedOn"))->setText(RocDate::formatShort(p.openedOn));
    m_combos.value(QStringLiteral("model"))
        ->setCurrentIndex(p.model == QLatin1String("group") ? 1 : 0);
    m_profile = p; // the stored flags are kept as they are; they no longer decide the credit
}

SeProfile ServiceEntryDialog::profile() const
{
    SeProfile p = m_profile;
    p.openedOn = date("openedOn");
    p.model = m_combos.value(QStringLiteral("model"))->currentData().toString();
    return p;
}

Employer ServiceEntryDialog::employer() const
{
    const QString id = m_combos.value(QStringLiteral("employer"))->currentData().toString();
    for (const Employer &e : m_employers) {
        if (e.id == id)
            return e;
    }
    Employer e;
    e.name = m_lines.value(QStringLiteral("employerName"))->text().trimmed();
    e.headcount = m_lines.value(QStringLiteral("headcount"))->text().trimmed().toInt();
    e.taxId = m_lines.value(QStringLiteral("taxId"))->text().trimmed();
    e.contact = m_lines.value(QStringLiteral("contact"))->text().trimmed();
    // The district is typed as its name (龜山區) or its code.
    const QString district = m_lines.value(QStringLiteral("employerDistrict"))->text().trimmed();
    e.district = district;
    for (const CodeItem &d : CodeLists::districts()) {
        if (d.zh == district || d.en.compare(district, Qt::CaseInsensitive) == 0)
            e.district = d.code;
    }
    return e;
}

Placement ServiceEntryDialog::placement() const
{
    Placement p;
    p.employerId = m_combos.value(QStringLiteral("employer"))->currentData().toString();
    p.jobTitle = m_lines.value(QStringLiteral("jobTitle"))->text().trimmed();
    p.weeklyHours = m_lines.value(QStringLiteral("weeklyHours"))->text().trimmed().toInt();
    p.wage
        = m_lines.value(QStringLiteral("wage"))->text().remove(QLatin1Char(',')).trimmed().toInt();
    p.startDate = date("startDate");
    p.labourInsuranceFrom = date("insuranceFrom");
    p.endDate = date("endDate");
    p.id = m_placementId;
    if (m_checks.value(QStringLiteral("payroll"))->isChecked()) {
        p.alternativeEvidence = {QStringLiteral("payroll"), QStringLiteral("time_cards"),
            QStringLiteral("employment_insurance")};
    }
    p.employedBeforeService = m_checks.value(QStringLiteral("employedBefore"))->isChecked();
    return p;
}

void ServiceEntryDialog::setPlacement(const Placement &p)
{
    setWindowTitle(tr("Correct the placement"));
    m_placementId = p.id;
    QComboBox *employer = m_combos.value(QStringLiteral("employer"));
    employer->setCurrentIndex(std::max(0, employer->findData(p.employerId)));
    m_lines.value(QStringLiteral("jobTitle"))->setText(p.jobTitle);
    m_lines.value(QStringLiteral("weeklyHours"))->setText(QString::number(p.weeklyHours));
    m_lines.value(QStringLiteral("wage"))->setText(QString::number(p.wage));
    m_lines.value(QStringLiteral("startDate"))->setText(RocDate::formatShort(p.startDate));
    m_lines.value(QStringLiteral("insuranceFrom"))
        ->setText(RocDate::formatShort(p.labourInsuranceFrom));
    m_lines.value(QStringLiteral("endDate"))->setText(RocDate::formatShort(p.endDate));
    m_checks.value(QStringLiteral("payroll"))->setChecked(!p.alternativeEvidence.isEmpty());
    m_checks.value(QStringLiteral("employedBefore"))->setChecked(p.employedBeforeService);
}

Adaptation ServiceEntryDialog::adaptation() const
{
    Adaptation a;
    a.startedOn = date("startedOn");
    a.endedOn = date("endedOn");
    a.notes = m_lines.value(QStringLiteral("notes"))->text().trimmed();
    return a;
}

Extension ServiceEntryDialog::extension() const
{
    Extension e;
    e.startedOn = date("startedOn");
    e.endsOn = date("endsOn");
    e.notes = m_lines.value(QStringLiteral("notes"))->text().trimmed();
    return e;
}

HomeService ServiceEntryDialog::homeService() const
{
    HomeService h;
    h.kind = m_combos.value(QStringLiteral("homeKind"))->currentData().toString();
    h.day = date("day");
    h.notes = m_lines.value(QStringLiteral("notes"))->text().trimmed();
    return h;
}

SupportDay ServiceEntryDialog::supportDay() const
{
    SupportDay d;
    d.day = date("day");
    d.hours = m_lines.value(QStringLiteral("hours"))->text().trimmed().toDouble();
    d.place = m_combos.value(QStringLiteral("place"))->currentData().toString();
    d.content = m_lines.value(QStringLiteral("content"))->text().trimmed();
    return d;
}

FollowUp ServiceEntryDialog::followUp() const
{
    FollowUp f;
    f.day = date("day");
    f.manner = m_combos.value(QStringLiteral("manner"))->currentData().toString();
    f.employmentStatus = m_combos.value(QStringLiteral("status"))->currentData().toString();
    f.notes = m_lines.value(QStringLiteral("notes"))->text().trimmed();
    return f;
}

void ServiceEntryDialog::showError(const QString &message)
{
    m_error->setText(message);
}

UseCases::ServiceEntry ServiceEntryDialog::entry() const
{
    switch (m_kind) {
    case Kind::Profile:
        return profile();
    case Kind::Placement:
        return UseCases::NewPlacement {placement(), employer()};
    case Kind::SupportDay:
        return supportDay();
    case Kind::FollowUp:
        return followUp();
    case Kind::Adaptation:
        return adaptation();
    case Kind::Extension:
        return extension();
    case Kind::Home:
        return homeService();
    }
    return profile();
}

} // namespace Casebook::App
