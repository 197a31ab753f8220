// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop/caseview.h"

#include "app/usecases/caseforms.h"
#include "core/cases/caseworkflow.h"
#include "core/common/rocdate.h"
#include "core/persons/codelists.h"
#include "core/persons/nationalid.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Casebook::App {

using namespace Casebook::Core;

CaseView::CaseView(QWidget *attachments, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("caseView"));
    auto *layout = new QVBoxLayout(this);
    m_caseTitle = new QLabel(this);
    m_caseTitle->setObjectName(QStringLiteral("caseTitle"));
    QFont titleFont = m_caseTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_caseTitle->setFont(titleFont);
    m_personSummary = new QLabel(this);
    m_personSummary->setObjectName(QStringLiteral("personSummary"));
    m_personSummary->setWordWrap(true);
    m_personSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_caseSummary = new QLabel(this);
    m_caseSummary->setObjectName(QStringLiteral("caseSummary"));
    m_caseSummary->setWordWrap(true);
    m_actionsBox = new QWidget(this);
    m_actionsBox->setObjectName(QStringLiteral("actionsBox"));
    m_actionsLayout = new QHBoxLayout(m_actionsBox);
    m_actionsLayout->setContentsMargins(0, 0, 0, 0);
    m_history = new QTableWidget(0, 5, this);
    m_history->setObjectName(QStringLiteral("historyTable"));
    m_history->setHorizontalHeaderLabels(
        {tr("Date"), tr("Step"), tr("From"), tr("To"), tr("Note / by")});
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_caseTitle);
    layout->addWidget(m_personSummary);
    layout->addWidget(m_caseSummary);
    layout->addWidget(m_actionsBox);
    // History, forms and supported-employment records share the space below the case, as tabs.
    m_caseTabs = new QTabWidget(this);
    m_caseTabs->setObjectName(QStringLiteral("caseTabs"));
    layout->addWidget(m_caseTabs, 1);
    m_caseTabs->addTab(m_history, tr("History"));
    m_caseTabs->addTab(buildFormsPage(), tr("Forms"));
    m_caseTabs->addTab(buildServicePage(), tr("Supported employment"));
    attachments->setParent(m_caseTabs);
    m_caseTabs->addTab(attachments, tr("Attachments"));
    showCase(nullptr);
}

QWidget *CaseView::buildFormsPage()
{
    auto *page = new QWidget(m_caseTabs);
    auto *layout = new QVBoxLayout(page);
    auto *header = new QHBoxLayout;
    m_newFormCombo = new QComboBox(page);
    m_newFormCombo->setObjectName(QStringLiteral("newFormCombo"));
    for (const Forms::FormDefinition *d : UseCases::CaseForms::definitions())
        m_newFormCombo->addItem(QStringLiteral("%1 %2").arg(d->code, d->title.text()), d->id);
    header->addWidget(m_newFormCombo, 1);
    auto *newForm = new QPushButton(tr("&New form"), page);
    newForm->setObjectName(QStringLiteral("newFormButton"));
    header->addWidget(newForm);
    auto *printAll = new QPushButton(tr("Print all…"), page);
    printAll->setObjectName(QStringLiteral("printAllButton"));
    header->addWidget(printAll);
    layout->addLayout(header);
    m_formsList = new QTreeWidget(page);
    m_formsList->setObjectName(QStringLiteral("formsList"));
    m_formsList->setRootIsDecorated(false);
    m_formsList->setHeaderLabels({tr("Form"), tr("Status"), tr("Started"), tr("Last changed")});
    layout->addWidget(m_formsList, 1);
    connect(newForm, &QPushButton::clicked, this,
        [this] { Q_EMIT formRequested(m_newFormCombo->currentData().toString(), {}); });
    connect(printAll, &QPushButton::clicked, this, &CaseView::printAllRequested);
    connect(m_formsList, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT formRequested(
            item->data(0, Qt::UserRole).toString(), item->data(1, Qt::UserRole).toString());
    });
    return page;
}

QWidget *CaseView::buildServicePage()
{
    auto *page = new QWidget(m_caseTabs);
    auto *layout = new QVBoxLayout(page);
    m_serviceSummary = new QLabel(page);
    m_serviceSummary->setObjectName(QStringLiteral("serviceSummary"));
    m_serviceSummary->setWordWrap(true);
    m_serviceSummary->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    layout->addWidget(m_serviceSummary);
    auto *buttons = new QHBoxLayout;
    using Kind = ServiceEntryDialog::Kind;
    const std::tuple<const char *, Kind, QString> kinds[]
        = {{"seProfileButton", Kind::Profile, tr("Case opening…")},
            {"sePlacementButton", Kind::Placement, tr("Placement…")},
            {"seSupportDayButton", Kind::SupportDay, tr("Support day…")},
            {"seFollowUpButton", Kind::FollowUp, tr("Follow-up…")},
            {"seAdaptationButton", Kind::Adaptation, tr("Adaptation service…")},
            {"seExtensionButton", Kind::Extension, tr("Extension…")},
            {"seHomeButton", Kind::Home, tr("Home employment…")}};
    for (const auto &[name, kind, label] : kinds) {
        auto *b = new QPushButton(label, page);
        b->setObjectName(QString::fromLatin1(name));
        connect(
            b, &QPushButton::clicked, this, [this, k = kind] { Q_EMIT serviceEntryRequested(k); });
        buttons->addWidget(b);
    }
    buttons->addStretch();
    auto *withdraw = new QPushButton(tr("Withdraw…"), page);
    withdraw->setObjectName(QStringLiteral("seWithdrawButton"));
    withdraw->setToolTip(tr("Withdraw the selected record entered by mistake (Delete)"));
    connect(withdraw, &QPushButton::clicked, this, &CaseView::withdrawRequested);
    buttons->addWidget(withdraw);
    layout->addLayout(buttons);
    m_serviceRecords = new QTreeWidget(page);
    m_serviceRecords->setObjectName(QStringLiteral("serviceRecords"));
    m_serviceRecords->setRootIsDecorated(false);
    m_serviceRecords->setHeaderLabels({tr("Date"), tr("Record"), tr("Details")});
    m_serviceRecords->setToolTip(
        tr("Double-click a placement to correct it; Delete withdraws a record."));
    connect(m_serviceRecords, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, Qt::UserRole).toString() == QLatin1String("placement"))
            Q_EMIT placementEditRequested(item->data(1, Qt::UserRole).toString());
    });
    auto *del = new QShortcut(QKeySequence::Delete, m_serviceRecords);
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &CaseView::withdrawRequested);
    layout->addWidget(m_serviceRecords, 1);
    return page;
}

void CaseView::showCase(const UseCases::CaseFile *file)
{
    while (QLayoutItem *item = m_actionsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_history->setRowCount(0);
    m_formsList->clear();
    showServices(nullptr);
    m_serviceSummary->clear();
    if (!file) {
        m_caseTitle->setText(tr("No case selected"));
        m_personSummary->clear();
        m_caseSummary->clear();
        return;
    }
    const Case &c = file->c;
    const Person &person = file->person;
    m_caseTitle->setText(
        tr("%1  %2  (%3)").arg(c.caseNo, person.name, CaseWorkflow::statusLabel(c.status)));
    QStringList categories;
    const auto &list = person.certSystem == QLatin1String("old") ? CodeLists::disabilityOld()
                                                                 : CodeLists::disabilityNew();
    for (const QString &code : person.certCategories)
        categories << CodeLists::label(list, code);
    // A line is shown only with something after its label.
    QStringList personLines {tr("ID %1 · %2 · born %3 · %4 · %5")
                                 .arg(NationalId::masked(person.idNumber),
                                     CodeLists::label(CodeLists::sexes(), person.sex),
                                     RocDate::formatShort(person.birthDate),
                                     CodeLists::label(CodeLists::districts(), person.district),
                                     CodeLists::label(CodeLists::windows(), c.window))};
    const QString certificate
        = QStringList {CodeLists::label(CodeLists::certSystems(), person.certSystem),
            categories.join(QStringLiteral("、")),
            CodeLists::label(CodeLists::severities(), person.certSeverity)}
              .filter(QRegularExpression(QStringLiteral("\\S")))
              .join(QLatin1Char(' '));
    if (!certificate.isEmpty())
        personLines << tr("Certificate: %1").arg(certificate);
    if (const QString phone = person.mobile.isEmpty() ? person.phone : person.mobile;
        !phone.isEmpty())
        personLines << tr("Mobile %1").arg(phone);
    m_personSummary->setText(personLines.join(QLatin1Char('\n')));
    QStringList lines;
    const QString source = CodeLists::label(CodeLists::intakeSources(), c.intakeSource);
    lines << (c.referralUnitName.isEmpty() || c.referralUnitName == source
            ? tr("Received %1 via %2").arg(RocDate::formatShort(c.receivedOn), source)
            : tr("Received %1 via %2 (%3)")
                  .arg(RocDate::formatShort(c.receivedOn), source, c.referralUnitName));
    lines << (file->coachName.isEmpty() ? tr("Job coach: not assigned")
                                        : tr("Job coach: %1").arg(file->coachName));
    if (!c.planGoal.isEmpty())
        lines << tr("Plan goal: %1").arg(c.planGoal);
    for (const Dispatch &d : file->dispatches) {
        lines << tr("Dispatched to %1 on %2 (%3): %4")
                     .arg(d.unitName, RocDate::formatShort(d.dispatchedOn),
                         CodeLists::label(CodeLists::serviceTypes(), d.serviceType),
                         d.answeredOn.isValid()
                             ? tr("answered %1").arg(RocDate::formatShort(d.answeredOn))
                             : tr("answer due %1")
                                   .arg(RocDate::formatShort(
                                       d.dispatchedOn.addDays(Deadlines::DispatchAnswerDays))));
    }
    if (c.goalReachedOn.isValid()) {
        lines << tr("Goal reached %1; closure from %2")
                     .arg(RocDate::formatShort(c.goalReachedOn),
                         RocDate::formatShort(CaseWorkflow::closureAllowedFrom(c.goalReachedOn)));
    }
    if (c.status == CaseStatus::Closed) {
        lines << tr("Closed %1: %2")
                     .arg(RocDate::formatShort(c.closedOn),
                         CodeLists::label(CodeLists::closureReasons(), c.closureReason));
    }
    m_caseSummary->setText(lines.join(QLatin1Char('\n')));

    for (CaseAction a : CaseWorkflow::allowedActions(c)) {
        auto *button = new QPushButton(CaseWorkflow::actionLabel(a), m_actionsBox);
        button->setObjectName(QStringLiteral("step_") + CaseWorkflow::actionKey(a));
        connect(button, &QPushButton::clicked, this, [this, a] { Q_EMIT stepRequested(a); });
        m_actionsLayout->addWidget(button);
        button->show();
    }
    if (file->undoableStep) {
        QString label = file->undoableStep->action;
        for (CaseAction a : CaseWorkflow::allActions()) {
            if (CaseWorkflow::actionKey(a) == label)
                label = CaseWorkflow::actionLabel(a);
        }
        auto *undo = new QPushButton(tr("Undo “%1”…").arg(label), m_actionsBox);
        undo->setObjectName(QStringLiteral("undoStepButton"));
        undo->setToolTip(tr("The last step can be undone on the day it was taken, with a reason "
                            "kept in the history."));
        connect(undo, &QPushButton::clicked, this, &CaseView::undoStepRequested);
        m_actionsLayout->addWidget(undo);
        undo->show();
    }
    m_actionsLayout->addStretch();
    showForms(file->forms);
    showHistory(file->events);
}

void CaseView::showForms(const QList<FormInstance> &forms)
{
    m_formsList->clear();
    for (const FormInstance &i : forms) {
        auto *item = new QTreeWidgetItem(m_formsList);
        item->setText(0, UseCases::CaseForms::title(i.formId));
        item->setText(1, i.status == QLatin1String("complete") ? tr("Complete") : tr("Draft"));
        item->setText(2, RocDate::formatShort(i.createdOn));
        // The last day the form's state was recorded: started, completed or amended.
        item->setText(3, RocDate::formatShort(std::max({i.createdOn, i.completedOn, i.amendedOn})));
        item->setData(0, Qt::UserRole, i.formId);
        item->setData(1, Qt::UserRole, i.id);
    }
    m_formsList->resizeColumnToContents(0);
}

void CaseView::showHistory(const QList<CaseEvent> &events)
{
    m_history->setRowCount(static_cast<int>(events.size()));
    int row = 0;
    for (const CaseEvent &e : events) {
        QString step = e.action == QLatin1String("intake") ? tr("Intake")
            : e.action == QLatin1String("eligibility_override")
            ? tr("Eligibility accepted by a case manager")
            : e.action == QLatin1String("undo") ? tr("Step undone")
                                                : e.action;
        for (CaseAction a : CaseWorkflow::allActions()) {
            if (CaseWorkflow::actionKey(a) == e.action)
                step = CaseWorkflow::actionLabel(a);
        }
        const auto from = CaseWorkflow::statusFromKey(e.fromStatus);
        const auto to = CaseWorkflow::statusFromKey(e.toStatus);
        m_history->setItem(row, 0, new QTableWidgetItem(RocDate::formatShort(e.occurredOn)));
        m_history->setItem(row, 1, new QTableWidgetItem(step));
        m_history->setItem(
            row, 2, new QTableWidgetItem(from ? CaseWorkflow::statusLabel(*from) : QString()));
        m_history->setItem(
            row, 3, new QTableWidgetItem(to ? CaseWorkflow::statusLabel(*to) : QString()));
        m_history->setItem(row, 4,
            new QTableWidgetItem(
                e.note.isEmpty() ? e.actor : e.note + QStringLiteral(" · ") + e.actor));
        ++row;
    }
    m_history->resizeColumnsToContents();
}

void CaseView::showServices(const UseCases::ServiceOverview *overview)
{
    m_serviceRecords->clear();
    m_serviceSummary->clear();
    if (!overview)
        return;
    if (!overview->profile) {
        m_serviceSummary->setText(
            tr("Not a supported-employment case yet: record the case opening (表0C) first."));
    } else if (const auto &outcome = overview->outcome) {
        const CaseCredit &credit = overview->credit;
        QStringList parts;
        parts << tr("Opened %1, %2%3")
                     .arg(RocDate::formatShort(overview->profile->openedOn),
                         overview->profile->model == QLatin1String("group")
                             ? tr("group model")
                             : tr("individual model"),
                         credit.doubled ? QStringLiteral(", ") + credit.reason : QString());
        if (!credit.refused.isEmpty())
            parts << tr("counts once: %1").arg(credit.refused);
        if (!outcome->notPlaced.isEmpty())
            parts << tr("not a placement: %1").arg(outcome->notPlaced);
        if (!outcome->notSuccess.isEmpty())
            parts << tr("not an employment success: %1").arg(outcome->notSuccess);
        for (int year : outcome->missingCalendarYears) {
            parts << tr("provisional: no holiday calendar for %1, so its holidays are counted as "
                        "working days")
                         .arg(year);
        }
        parts << (outcome->placementDate
                ? tr("placed %1").arg(RocDate::formatShort(*outcome->placementDate))
                : tr("not placed yet"));
        if (outcome->successDate) {
            parts << tr("employment success from %1")
                         .arg(RocDate::formatShort(*outcome->successDate));
        } else if (outcome->successExpected) {
            parts << tr("employment success expected %1")
                         .arg(RocDate::formatShort(*outcome->successExpected));
        }
        parts << tr("%n working day(s) of intensive support, six tables %1: %2", nullptr,
            outcome->intensiveWorkingDays)
                     .arg(outcome->sixTablesComplete ? tr("complete") : tr("not complete"))
                     .arg(outcome->classification == EmploymentRules::Classification::Supported
                             ? tr("supported")
                             : tr("general"));
        if (outcome->followUpMinimumEnd.isValid()) {
            parts << tr("follow-up at least until %1")
                         .arg(RocDate::formatShort(outcome->followUpMinimumEnd));
        }
        m_serviceSummary->setText(parts.join(QLatin1Char('\n')));
    }
    auto add = [this](const QDate &d, const QString &kind, const QString &details,
                   const char *entity, const QString &id) {
        auto *item = new QTreeWidgetItem(m_serviceRecords);
        item->setText(0, RocDate::formatShort(d));
        item->setText(1, kind);
        item->setText(2, details);
        item->setData(0, Qt::UserRole, QString::fromLatin1(entity));
        item->setData(1, Qt::UserRole, id);
    };
    for (const Placement &p : overview->placements) {
        QString details = tr("%1, %2, %3 h a week")
                              .arg(overview->employers.value(p.employerId).name, p.jobTitle)
                              .arg(p.weeklyHours);
        if (p.endDate.isValid())
            details += QLatin1String("; ") + tr("ended %1").arg(RocDate::formatShort(p.endDate));
        add(p.startDate, tr("Placement"), details, "placement", p.id);
    }
    for (const SupportDay &d : overview->supportDays) {
        add(d.day, tr("Support day"), tr("%1 h: %2").arg(d.hours).arg(d.content), "support_day",
            d.id);
    }
    for (const FollowUp &f : overview->followUps)
        add(f.day, tr("Follow-up"), f.notes, "follow_up", f.id);
    for (const Adaptation &a : overview->adaptations) {
        add(a.startedOn, tr("Adaptation service"),
            a.endedOn.isValid() ? tr("until %1").arg(RocDate::formatShort(a.endedOn))
                                : tr("ongoing"),
            "adaptation", a.id);
    }
    for (const Extension &e : overview->extensions) {
        add(e.startedOn, tr("Support extension"),
            tr("until %1").arg(RocDate::formatShort(e.endsOn)), "extension", e.id);
    }
    for (const HomeService &h : overview->homeServices) {
        add(h.day, CodeLists::label(CodeLists::homeServiceKinds(), h.kind), h.notes, "home_service",
            h.id);
    }
    m_serviceRecords->sortItems(0, Qt::AscendingOrder);
    m_serviceRecords->resizeColumnToContents(0);
    m_serviceRecords->resizeColumnToContents(1);
}

std::optional<CaseView::SelectedRecord> CaseView::selectedRecord() const
{
    const QTreeWidgetItem *item = m_serviceRecords->currentItem();
    if (!item)
        return std::nullopt;
    return SelectedRecord {item->data(0, Qt::UserRole).toString(),
        item->data(1, Qt::UserRole).toString(), item->text(1), item->text(0)};
}

} // namespace Casebook::App
