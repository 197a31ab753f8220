// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop/stepdialog.h"

#include "core/cases/caseworkflow.h"
#include "core/common/rocdate.h"
#include "core/persons/codelists.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Casebook::App {

using namespace Casebook::Core;

StepDialog::StepDialog(CaseAction action, const Case &c, const QList<Dispatch> &dispatches,
    const QList<Unit> &units, const QDate &today, QWidget *parent)
    : QDialog(parent), m_action(action)
{
    setObjectName(QStringLiteral("stepDialog"));
    setWindowTitle(tr("%1: %2").arg(CaseWorkflow::actionLabel(action), c.caseNo));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_form = form;
    layout->addLayout(form);
    m_date = new QLineEdit(RocDate::formatShort(today), this);
    m_date->setObjectName(QStringLiteral("stepDateEdit"));
    form->addRow(tr("&Date"), m_date);

    switch (action) {
    case CaseAction::Assess: {
        m_outcome = new QComboBox(this);
        m_outcome->setObjectName(QStringLiteral("outcomeCombo"));
        m_outcome->addItem(tr("Suitable for VR services (open the case)"),
            static_cast<int>(AssessmentOutcome::Suitable));
        if (c.status != CaseStatus::VocationalEvaluation) {
            m_outcome->addItem(tr("Refer to vocational evaluation"),
                static_cast<int>(AssessmentOutcome::ReferEvaluation));
        }
        m_outcome->addItem(tr("Unsuitable: refer to social, medical or education services"),
            static_cast<int>(AssessmentOutcome::Unsuitable));
        form->addRow(tr("&Outcome"), m_outcome);
        m_goal = new QPlainTextEdit(c.planGoal, this);
        m_goal->setObjectName(QStringLiteral("planGoalEdit"));
        m_goal->setMaximumHeight(70);
        m_goal->setTabChangesFocus(true);
        form->addRow(tr("Plan &goal"), m_goal);
        m_referralTarget = new QLineEdit(this);
        m_referralTarget->setObjectName(QStringLiteral("referralTargetEdit"));
        m_meetingDate = new QLineEdit(this);
        m_meetingDate->setObjectName(QStringLiteral("meetingDateEdit"));
        form->addRow(tr("Referred to"), m_referralTarget);
        form->addRow(tr("Transition meeting on"), m_meetingDate);
        m_unsuitableRows = {m_referralTarget, m_meetingDate};
        connect(m_outcome, &QComboBox::currentIndexChanged, this, &StepDialog::updateVisibility);
        break;
    }
    case CaseAction::Dispatch:
        m_goal = new QPlainTextEdit(c.planGoal, this);
        m_goal->setObjectName(QStringLiteral("planGoalEdit"));
        m_goal->setMaximumHeight(70);
        m_goal->setTabChangesFocus(true);
        form->addRow(tr("Plan &goal"), m_goal);
        m_unit = new QComboBox(this);
        m_unit->setObjectName(QStringLiteral("unitCombo"));
        for (const Unit &u : units)
            m_unit->addItem(u.name, u.id);
        form->addRow(tr("&Unit"), m_unit);
        m_service = new QComboBox(this);
        m_service->setObjectName(QStringLiteral("serviceCombo"));
        for (const CodeItem &i : CodeLists::serviceTypes())
            m_service->addItem(CodeLists::label(CodeLists::serviceTypes(), i.code), i.code);
        m_service->setCurrentIndex(m_service->findData(QStringLiteral("05")));
        form->addRow(tr("&Service"), m_service);
        break;
    case CaseAction::AnswerDispatch:
        m_dispatch = new QComboBox(this);
        m_dispatch->setObjectName(QStringLiteral("dispatchCombo"));
        for (const Dispatch &d : dispatches) {
            if (!d.answeredOn.isValid()) {
                m_dispatch->addItem(
                    tr("%1, dispatched %2").arg(d.unitName, RocDate::formatShort(d.dispatchedOn)),
                    d.id);
            }
        }
        form->addRow(tr("&Dispatch"), m_dispatch);
        break;
    case CaseAction::Close:
        m_reason = new QComboBox(this);
        m_reason->setObjectName(QStringLiteral("reasonCombo"));
        for (const CodeItem &i : CodeLists::closureReasons())
            m_reason->addItem(CodeLists::label(CodeLists::closureReasons(), i.code), i.code);
        form->addRow(tr("&Reason"), m_reason);
        break;
    case CaseAction::ReachGoal:
        break;
    }
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    form->addRow(tr("&Note"), m_note);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("stepError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!RocDate::parse(m_date->text())) {
            showError(tr("Enter a date like 113/01/15 (民國) or 2024-01-15."));
            return;
        }
        Q_EMIT saveRequested();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateVisibility();
    setMinimumWidth(460);
}

void StepDialog::updateVisibility()
{
    if (!m_outcome)
        return;
    const bool unsuitable
        = m_outcome->currentData().toInt() == static_cast<int>(AssessmentOutcome::Unsuitable);
    for (QWidget *w : std::as_const(m_unsuitableRows))
        w->setEnabled(unsuitable);
}

CaseStep StepDialog::step() const
{
    CaseStep s;
    s.action = m_action;
    s.on = RocDate::parse(m_date->text()).value_or(QDate());
    if (m_outcome)
        s.outcome = static_cast<AssessmentOutcome>(m_outcome->currentData().toInt());
    if (m_goal)
        s.planGoal = m_goal->toPlainText().trimmed();
    if (m_referralTarget && m_referralTarget->isEnabled())
        s.referralTarget = m_referralTarget->text().trimmed();
    if (m_meetingDate && m_meetingDate->isEnabled())
        s.transitionMeetingOn = RocDate::parse(m_meetingDate->text()).value_or(QDate());
    if (m_unit)
        s.unitId = m_unit->currentData().toString();
    if (m_service)
        s.serviceType = m_service->currentData().toString();
    if (m_dispatch)
        s.dispatchId = m_dispatch->currentData().toString();
    if (m_reason)
        s.closureReason = m_reason->currentData().toString();
    s.note = m_note->text().trimmed();
    return s;
}

QString StepDialog::fieldLabel(const QString &column) const
{
    if (column == QLatin1String("status"))
        return tr("Case status");
    const QHash<QString, QWidget *> widgets
        = {{QStringLiteral("plan_goal"), m_goal}, {QStringLiteral("assessment_outcome"), m_outcome},
            {QStringLiteral("referral_target"), m_referralTarget},
            {QStringLiteral("transition_meeting_on"), m_meetingDate},
            {QStringLiteral("closure_reason"), m_reason}, {QStringLiteral("assessed_on"), m_date},
            {QStringLiteral("goal_reached_on"), m_date}, {QStringLiteral("closed_on"), m_date}};
    QWidget *field = widgets.value(column);
    if (!field)
        return {};
    if (const auto *label = qobject_cast<QLabel *>(m_form->labelForField(field)))
        return QString(label->text()).remove(QLatin1Char('&'));
    return {};
}

void StepDialog::showError(const QString &message)
{
    m_error->setText(message);
}

} // namespace Casebook::App
