// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cases/caserepository.h"

#include "core/accounts/accountrepository.h"
#include "core/cases/caseworkflow.h"
#include "core/common/rocdate.h"
#include "core/persons/codelists.h"
#include "core/persons/personrepository.h"
#include "core/store/sqlerror.h"
#include "core/store/uuid.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <array>
#include <map>

namespace Casebook::Core {

namespace {

constexpr auto SelectCase
    = "SELECT id, case_no, person_id, status, intake_source, referral_unit_type, "
      "referral_unit_name, received_on, "
      "assessed_on, assessment_outcome, referral_target, transition_meeting_on, plan_goal, "
      "\"window\", "
      "coach_id, "
      "goal_reached_on, closed_on, closure_reason, coalesce(eligibility_override, '') FROM cases ";

QDate dateOf(const QVariant &v)
{
    return isoDate(v.toString());
}

Case readCase(const QSqlQuery &q, int o = 0)
{
    Case c;
    c.id = q.value(o + 0).toString();
    c.caseNo = q.value(o + 1).toString();
    c.personId = q.value(o + 2).toString();
    c.status
        = CaseWorkflow::statusFromKey(q.value(o + 3).toString()).value_or(CaseStatus::Received);
    c.intakeSource = q.value(o + 4).toString();
    c.referralUnitType = q.value(o + 5).toString();
    c.referralUnitName = q.value(o + 6).toString();
    c.receivedOn = dateOf(q.value(o + 7));
    c.assessedOn = dateOf(q.value(o + 8));
    c.assessmentOutcome = q.value(o + 9).toString();
    c.referralTarget = q.value(o + 10).toString();
    c.transitionMeetingOn = dateOf(q.value(o + 11));
    c.planGoal = q.value(o + 12).toString();
    c.window = q.value(o + 13).toString();
    c.coachId = q.value(o + 14).toString();
    c.goalReachedOn = dateOf(q.value(o + 15));
    c.closedOn = dateOf(q.value(o + 16));
    c.closureReason = q.value(o + 17).toString();
    c.eligibilityOverride = q.value(o + 18).toString();
    return c;
}

constexpr auto SelectDispatch
    = "SELECT d.id, d.case_id, d.unit_id, u.name, d.service_type, d.dispatched_on, d.answered_on "
      "FROM dispatches d LEFT JOIN units u ON u.id = d.unit_id WHERE d.deleted = 0 ";

Dispatch readDispatch(const QSqlQuery &q)
{
    return Dispatch {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
        q.value(3).toString(), q.value(4).toString(), dateOf(q.value(5)), dateOf(q.value(6))};
}

QVariant opt(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace

Result<QString> CaseRepository::nextCaseNo(const QString &window, const QDate &receivedOn) const
{
    // Case numbers read like N107-00012: window letter, ROC year of receipt, a running number per
    // store and device prefix-free; uniqueness across devices comes from the id, the number is for
    // people.
    const QString prefix
        = (window == QLatin1String("south") ? QStringLiteral("S") : QStringLiteral("N"))
        + QString::number(RocDate::year(receivedOn)) + QLatin1Char('-');
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral(
        "SELECT max(CAST(substr(case_no, ?) AS INTEGER)) FROM cases WHERE case_no LIKE ?"));
    q.addBindValue(prefix.size() + 1);
    q.addBindValue(QString(prefix + QLatin1Char('%')));
    if (!q.exec())
        return SqlError::failure(q);
    const qint64 next = (q.next() ? q.value(0).toLongLong() : 0) + 1;
    return prefix + QStringLiteral("%1").arg(next, 5, 10, QLatin1Char('0'));
}

QList<FieldProblem> CaseRepository::validate(const Case &c) const
{
    QList<FieldProblem> out;
    if (!CodeLists::contains(CodeLists::intakeSources(), c.intakeSource)) {
        out << FieldProblem {QStringLiteral("intake_source"),
            tr("Choose how the case came in (self-application or a referral form).")};
    } else if (c.intakeSource != QLatin1String("self")) {
        if (!CodeLists::contains(CodeLists::referralUnitTypes(), c.referralUnitType)) {
            out << FieldProblem {
                QStringLiteral("referral_unit_type"), tr("Choose the type of the referring unit.")};
        }
        if (c.referralUnitName.trimmed().isEmpty()) {
            out << FieldProblem {
                QStringLiteral("referral_unit_name"), tr("Enter the name of the referring unit.")};
        }
    }
    if (!c.receivedOn.isValid()) {
        out << FieldProblem {
            QStringLiteral("received_on"), tr("Enter the date the case was received.")};
    } else if (c.receivedOn > m_store.clock().today()) {
        out << FieldProblem {
            QStringLiteral("received_on"), tr("The date of receipt lies in the future.")};
    }
    return out;
}

bool CaseRepository::mayAcceptIneligible(const WriteContext &ctx) const
{
    const DeviceRole device = m_store.identity().role;
    if (device != DeviceRole::Window && device != DeviceRole::Bureau)
        return false;
    AccountRepository accounts(m_store);
    if (auto account = accounts.find(ctx.actor)) {
        return account->role == UserRole::CaseManager || account->role == UserRole::BureauClerk
            || account->role == UserRole::Administrator;
    }
    // No such account: the device itself acts, which only a store without accounts lets it.
    auto all = accounts.accounts();
    return all && all->isEmpty();
}

Result<Case> CaseRepository::create(const WriteContext &ctx, Case c)
{
    PersonRepository persons(m_store);
    auto person = persons.find(c.personId);
    if (!person)
        return fail(Error::Kind::Invalid, tr("Choose the person the case is for."));
    if (const auto problems = validate(c); !problems.isEmpty())
        return fail(Error::Kind::Invalid, problems.first().message);
    // Eligibility (seed 002 三(一)); a case manager may accept a refused intake with a written
    // reason.
    const QStringList ineligible = eligibilityProblems(*person, c.receivedOn);
    c.eligibilityOverride = ineligible.isEmpty() ? QString() : c.eligibilityOverride.trimmed();
    if (!ineligible.isEmpty() && c.eligibilityOverride.isEmpty()) {
        return fail(Error::Kind::NotAllowed,
            tr("Not eligible for the service: %1. A case manager can accept the intake with a "
               "written reason.")
                .arg(ineligible.join(tr("; "))));
    }
    if (!ineligible.isEmpty() && !mayAcceptIneligible(ctx)) {
        return fail(Error::Kind::NotAllowed,
            tr("Not eligible for the service: %1. Only the window's case manager or the bureau can "
               "accept it.")
                .arg(ineligible.join(tr("; "))));
    }
    if (c.intakeSource == QLatin1String("self")) {
        c.referralUnitType = QStringLiteral("self");
        if (c.referralUnitName.isEmpty())
            c.referralUnitName = tr("Self-application");
    }
    c.window = CodeLists::windowForDistrict(person->district);
    if (c.window.isEmpty())
        c.window = QStringLiteral("north");
    c.status = CaseStatus::Received;

    Transaction tx(m_store);
    if (!tx.began())
        return tl::unexpected(tx.began().error());
    if (c.id.isEmpty())
        c.id = newUuid();
    if (c.caseNo.isEmpty()) {
        auto no = nextCaseNo(c.window, c.receivedOn);
        if (!no)
            return tl::unexpected(no.error());
        c.caseNo = *no;
    }
    auto r = m_store.insert(ctx, QStringLiteral("case"), c.id,
        {{QStringLiteral("case_no"), c.caseNo}, {QStringLiteral("person_id"), c.personId},
            {QStringLiteral("status"), CaseWorkflow::statusKey(c.status)},
            {QStringLiteral("intake_source"), c.intakeSource},
            {QStringLiteral("referral_unit_type"), opt(c.referralUnitType)},
            {QStringLiteral("referral_unit_name"), opt(c.referralUnitName)},
            {QStringLiteral("received_on"), c.receivedOn}, {QStringLiteral("window"), c.window},
            {QStringLiteral("coach_id"), opt(c.coachId)},
            {QStringLiteral("eligibility_override"), opt(c.eligibilityOverride)}});
    if (!r)
        return tl::unexpected(r.error());
    if (!c.eligibilityOverride.isEmpty()) {
        auto accepted = m_store.insert(ctx, QStringLiteral("case_event"), newUuid(),
            {{QStringLiteral("case_id"), c.id}, {QStringLiteral("occurred_on"), c.receivedOn},
                {QStringLiteral("actor"),
                    ctx.actor.isEmpty() ? m_store.identity().name : ctx.actor},
                {QStringLiteral("action"), QStringLiteral("eligibility_override")},
                {QStringLiteral("note"),
                    QString(ineligible.join(tr("; ")) + QStringLiteral(" — ")
                        + c.eligibilityOverride)}});
        if (!accepted)
            return tl::unexpected(accepted.error());
    }
    auto e = m_store.insert(ctx, QStringLiteral("case_event"), newUuid(),
        {{QStringLiteral("case_id"), c.id}, {QStringLiteral("occurred_on"), c.receivedOn},
            {QStringLiteral("actor"), ctx.actor.isEmpty() ? m_store.identity().name : ctx.actor},
            {QStringLiteral("action"), QStringLiteral("intake")},
            {QStringLiteral("to_status"), CaseWorkflow::statusKey(c.status)},
            {QStringLiteral("note"), opt(c.referralUnitName)}});
    if (!e)
        return tl::unexpected(e.error());
    if (auto done = tx.commit(); !done)
        return tl::unexpected(done.error());
    return c;
}

QStringList CaseRepository::eligibilityProblems(const Person &p, const QDate &receivedOn)
{
    QStringList out;
    if (p.birthDate.isValid() && p.birthDate.addYears(15) > receivedOn) {
        out << tr("under 15 on the day of receipt (born %1)")
                   .arg(RocDate::formatShort(p.birthDate));
    }
    const bool injured = p.identityTags.contains(QStringLiteral("injured_worker"));
    const bool certified
        = p.certSystem == QLatin1String("new") || p.certSystem == QLatin1String("old");
    if (!certified && !injured) {
        out << tr(
            "no disability certificate or handbook, and not an occupationally injured worker");
    } else if (certified && !injured && p.certValidUntil.isValid()
        && p.certValidUntil < receivedOn) {
        out << tr("the certificate expired on %1").arg(RocDate::formatShort(p.certValidUntil));
    }
    return out;
}

Result<Case> CaseRepository::perform(
    const WriteContext &ctx, const QString &caseId, const CaseStep &step)
{
    auto found = find(caseId);
    if (!found)
        return tl::unexpected(found.error());
    Case c = *found;
    auto ds = dispatches(caseId);
    if (!ds)
        return tl::unexpected(ds.error());
    auto next = CaseWorkflow::validate(c, *ds, step, m_store.clock().today());
    if (!next)
        return tl::unexpected(next.error());
    QVariantMap fields;
    QString note = step.note;
    switch (step.action) {
    case CaseAction::Assess:
        fields.insert(QStringLiteral("assessed_on"), step.on);
        fields.insert(QStringLiteral("assessment_outcome"), CaseWorkflow::outcomeKey(step.outcome));
        if (step.outcome == AssessmentOutcome::Unsuitable) {
            fields.insert(QStringLiteral("referral_target"), step.referralTarget.trimmed());
            fields.insert(QStringLiteral("transition_meeting_on"), step.transitionMeetingOn);
        }
        if (!step.planGoal.trimmed().isEmpty())
            fields.insert(QStringLiteral("plan_goal"), step.planGoal.trimmed());
        break;
    case CaseAction::Dispatch:
        if (!step.planGoal.trimmed().isEmpty())
            fields.insert(QStringLiteral("plan_goal"), step.planGoal.trimmed());
        break;
    case CaseAction::ReachGoal:
        fields.insert(QStringLiteral("goal_reached_on"), step.on);
        break;
    case CaseAction::Close:
        fields.insert(QStringLiteral("closed_on"), step.on);
        fields.insert(QStringLiteral("closure_reason"), step.closureReason);
        break;
    case CaseAction::AnswerDispatch:
        break;
    }
    fields.insert(QStringLiteral("status"), CaseWorkflow::statusKey(*next));

    // What the step changes, as it was: enough to undo it today.
    QJsonObject before;
    {
        QSqlQuery raw(m_store.database());
        raw.prepare(QStringLiteral("SELECT * FROM cases WHERE id = ?"));
        raw.addBindValue(caseId);
        if (!raw.exec() || !raw.next())
            return SqlError::failure(raw);
        for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
            const QVariant v = raw.value(it.key());
            before.insert(it.key(), v.isNull() ? QJsonValue() : QJsonValue(v.toString()));
        }
    }
    QJsonObject reverts {{QStringLiteral("case"), before}};
    const QString dispatchId = step.action == CaseAction::Dispatch ? newUuid() : QString();
    if (!dispatchId.isEmpty())
        reverts.insert(QStringLiteral("dispatchMade"), dispatchId);
    if (step.action == CaseAction::AnswerDispatch)
        reverts.insert(QStringLiteral("dispatchAnswered"), step.dispatchId);

    Transaction tx(m_store);
    if (!tx.began())
        return tl::unexpected(tx.began().error());
    if (auto r = m_store.update(ctx, QStringLiteral("case"), caseId, fields); !r)
        return tl::unexpected(r.error());
    if (step.action == CaseAction::Dispatch) {
        auto r = m_store.insert(ctx, QStringLiteral("dispatch"), dispatchId,
            {{QStringLiteral("case_id"), caseId}, {QStringLiteral("unit_id"), step.unitId},
                {QStringLiteral("service_type"), step.serviceType},
                {QStringLiteral("dispatched_on"), step.on}});
        if (!r) {
            return fail(
                Error::Kind::Invalid, tr("The unit chosen for the dispatch does not exist."));
        }
        if (note.isEmpty())
            note = CodeLists::label(CodeLists::serviceTypes(), step.serviceType);
    }
    if (step.action == CaseAction::AnswerDispatch) {
        if (auto r = m_store.update(ctx, QStringLiteral("dispatch"), step.dispatchId,
                {{QStringLiteral("answered_on"), step.on}});
            !r)
            return tl::unexpected(r.error());
    }
    if (step.action == CaseAction::Close && note.isEmpty())
        note = CodeLists::label(CodeLists::closureReasons(), step.closureReason);
    auto e = recordStep(ctx, caseId, step.on, CaseWorkflow::actionKey(step.action),
        CaseWorkflow::statusKey(c.status), CaseWorkflow::statusKey(*next), opt(note), reverts);
    if (!e)
        return tl::unexpected(e.error());
    if (auto done = tx.commit(); !done)
        return tl::unexpected(done.error());
    return find(caseId);
}

VoidResult CaseRepository::recordStep(const WriteContext &ctx, const QString &caseId,
    const QDate &on, const QString &action, const QString &from, const QVariant &to,
    const QVariant &note, const QJsonObject &reverts)
{
    return m_store.insert(ctx, QStringLiteral("case_event"), newUuid(),
        {{QStringLiteral("case_id"), caseId}, {QStringLiteral("occurred_on"), on},
            {QStringLiteral("actor"), ctx.actor.isEmpty() ? m_store.identity().name : ctx.actor},
            {QStringLiteral("action"), action}, {QStringLiteral("from_status"), from},
            {QStringLiteral("to_status"), to}, {QStringLiteral("note"), note},
            {QStringLiteral("reverts"),
                QString::fromUtf8(QJsonDocument(reverts).toJson(QJsonDocument::Compact))}});
}

Result<std::optional<CaseEvent>> CaseRepository::undoableStep(const QString &caseId) const
{
    auto last = undoable(caseId);
    if (!last)
        return tl::unexpected(last.error());
    return *last ? std::optional<CaseEvent>((*last)->first) : std::optional<CaseEvent>();
}

Result<std::optional<std::pair<CaseEvent, QJsonObject>>> CaseRepository::undoable(
    const QString &caseId) const
{
    using Found = std::optional<std::pair<CaseEvent, QJsonObject>>;
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT id, case_id, occurred_on, actor, action, from_status, "
                             "to_status, note, reverts FROM case_events "
                             "WHERE case_id = ? AND deleted = 0 ORDER BY "
                             "(SELECT min(o.hlc) FROM oplog o WHERE o.row_id = case_events.id) "
                             "DESC, id DESC LIMIT 1")); // the last one written
    q.addBindValue(caseId);
    if (!q.exec())
        return SqlError::failure(q);
    if (!q.next() || q.value(8).isNull() || q.value(4).toString() == QLatin1String("undo"))
        return Found();
    CaseEvent e {q.value(0).toString(), q.value(1).toString(), dateOf(q.value(2)),
        q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
        q.value(7).toString()};
    const QJsonObject reverts = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
    // Taken today on this device: its first operation says where and when it was written.
    auto ops = m_store.operationsForRow(e.id);
    if (!ops)
        return tl::unexpected(ops.error());
    if (ops->isEmpty())
        return Found();
    const Operation &first = ops->first();
    const QDate written
        = QDateTime::fromMSecsSinceEpoch(first.hlc >> 16, Qt::UTC).toLocalTime().date();
    if (first.deviceId != m_store.identity().deviceId || written != m_store.clock().today())
        return Found();
    return Found(std::make_pair(e, reverts));
}

Result<Case> CaseRepository::undoLastStep(
    const WriteContext &ctx, const QString &caseId, const QString &reason)
{
    if (reason.trimmed().isEmpty()) {
        return fail(Error::Kind::Invalid,
            tr("Write why the step is undone: the reason stays in the case's history."));
    }
    auto step = undoable(caseId);
    if (!step)
        return tl::unexpected(step.error());
    if (!*step) {
        return fail(Error::Kind::NotAllowed,
            tr("There is no step to undo: only the last step, on the day and the device it was "
               "taken, can be undone. Correct an earlier one with the next step."));
    }
    auto current = find(caseId);
    if (!current)
        return tl::unexpected(current.error());
    const auto &[event, reverts] = **step;
    QVariantMap fields;
    const QJsonObject before = reverts.value(QStringLiteral("case")).toObject();
    for (auto it = before.constBegin(); it != before.constEnd(); ++it)
        fields.insert(it.key(), it.value().isNull() ? QVariant() : it.value().toVariant());

    Transaction tx(m_store);
    if (!tx.began())
        return tl::unexpected(tx.began().error());
    if (auto r = m_store.update(ctx, QStringLiteral("case"), caseId, fields); !r)
        return tl::unexpected(r.error());
    if (const QString made = reverts.value(QStringLiteral("dispatchMade")).toString();
        !made.isEmpty()) {
        if (auto r = m_store.update(
                ctx, QStringLiteral("dispatch"), made, {{QStringLiteral("deleted"), 1}});
            !r)
            return tl::unexpected(r.error());
    }
    if (const QString answered = reverts.value(QStringLiteral("dispatchAnswered")).toString();
        !answered.isEmpty()) {
        if (auto r = m_store.update(ctx, QStringLiteral("dispatch"), answered,
                {{QStringLiteral("answered_on"), QVariant()}});
            !r)
            return tl::unexpected(r.error());
    }
    auto e = recordStep(ctx, caseId, m_store.clock().today(), QStringLiteral("undo"),
        CaseWorkflow::statusKey(current->status), fields.value(QStringLiteral("status")),
        reason.trimmed(), {{QStringLiteral("undoes"), event.id}});
    if (!e)
        return tl::unexpected(e.error());
    if (auto done = tx.commit(); !done)
        return tl::unexpected(done.error());
    return find(caseId);
}

Result<int> CaseRepository::updateDetails(
    const WriteContext &ctx, const QString &caseId, const QVariantMap &fields)
{
    static const QStringList Editable = {QStringLiteral("referral_unit_type"),
        QStringLiteral("referral_unit_name"), QStringLiteral("plan_goal")};
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!Editable.contains(it.key())) {
            return fail(Error::Kind::NotAllowed,
                tr("The case field %1 changes only through the workflow.").arg(it.key()));
        }
    }
    if (fields.contains(QStringLiteral("referral_unit_type"))
        && !fields.value(QStringLiteral("referral_unit_type")).toString().isEmpty()
        && !CodeLists::contains(CodeLists::referralUnitTypes(),
            fields.value(QStringLiteral("referral_unit_type")).toString()))
        return fail(Error::Kind::Invalid, tr("Choose the type of the referring unit."));
    return m_store.update(ctx, QStringLiteral("case"), caseId, fields);
}

VoidResult CaseRepository::setCoach(
    const WriteContext &ctx, const QString &caseId, const QString &coachId)
{
    auto r = m_store.update(
        ctx, QStringLiteral("case"), caseId, {{QStringLiteral("coach_id"), opt(coachId)}});
    if (!r)
        return tl::unexpected(r.error());
    return {};
}

Result<Case> CaseRepository::find(const QString &id) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QString::fromLatin1(SelectCase) + QStringLiteral("WHERE id = ? AND deleted = 0"));
    q.addBindValue(id);
    if (!q.exec())
        return SqlError::failure(q);
    if (!q.next())
        return fail(Error::Kind::NotFound, tr("No case with id %1.").arg(id));
    return readCase(q);
}

Result<QList<Case>> CaseRepository::casesOfPerson(const QString &personId) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QString::fromLatin1(SelectCase)
        + QStringLiteral("WHERE person_id = ? AND deleted = 0 ORDER BY received_on"));
    q.addBindValue(personId);
    if (!q.exec())
        return SqlError::failure(q);
    QList<Case> out;
    while (q.next())
        out << readCase(q);
    return out;
}

Result<QList<Case>> CaseRepository::cases(std::optional<CaseStatus> status) const
{
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(QString::fromLatin1(SelectCase)
        + QStringLiteral("WHERE deleted = 0 AND (? = '' OR status = ?) ORDER BY case_no"));
    const QString key = status ? CaseWorkflow::statusKey(*status) : QStringLiteral("");
    q.addBindValue(key);
    q.addBindValue(key);
    if (!q.exec())
        return SqlError::failure(q);
    QList<Case> out;
    while (q.next())
        out << readCase(q);
    return out;
}

Result<QList<Case>> CaseRepository::supportedEmploymentCases() const
{
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(SelectCase)
            + QStringLiteral(
                "WHERE deleted = 0 AND id IN (SELECT case_id FROM se_profiles WHERE deleted = 0) "
                "ORDER BY case_no")))
        return SqlError::failure(q);
    QList<Case> out;
    while (q.next())
        out << readCase(q);
    return out;
}

Result<QList<Dispatch>> CaseRepository::dispatches(const QString &caseId) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QString::fromLatin1(SelectDispatch)
        + QStringLiteral("AND d.case_id = ? ORDER BY d.dispatched_on, d.id"));
    q.addBindValue(caseId);
    if (!q.exec())
        return SqlError::failure(q);
    QList<Dispatch> out;
    while (q.next())
        out << readDispatch(q);
    return out;
}

Result<QList<CaseEvent>> CaseRepository::events(const QString &caseId) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT id, case_id, occurred_on, actor, action, from_status, "
                             "to_status, note FROM case_events "
                             "WHERE case_id = ? AND deleted = 0 ORDER BY occurred_on, "
                             "(SELECT min(o.hlc) FROM oplog o WHERE o.row_id = case_events.id), "
                             "id")); // a day's events in the order they were written
    q.addBindValue(caseId);
    if (!q.exec())
        return SqlError::failure(q);
    QList<CaseEvent> out;
    while (q.next()) {
        out << CaseEvent {q.value(0).toString(), q.value(1).toString(), dateOf(q.value(2)),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
            q.value(6).toString(), q.value(7).toString()};
    }
    return out;
}

Result<QList<CaseListRow>> CaseRepository::listRows(
    const CaseListScope &scope, int limit, const CaseListRow *after) const
{
    // Three plain queries merged here: on 100,000 cases this is several times faster than one query
    // that groups the dispatches and joins the staff.
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    QHash<QString, QString> staffNames;
    if (!q.exec(QStringLiteral("SELECT id, name FROM staff")))
        return SqlError::failure(q);
    while (q.next())
        staffNames.insert(q.value(0).toString(), q.value(1).toString());
    QString where;
    QVariantList bound;
    if (!scope.coachId.isEmpty()) {
        where = QStringLiteral(" AND c.coach_id = ?");
        bound << scope.coachId;
    } else if (!scope.window.isEmpty()) {
        where = QStringLiteral(" AND c.window = ?");
        bound << scope.window;
    } else if (!scope.unitId.isEmpty()) {
        where = QStringLiteral(
            " AND c.id IN (SELECT case_id FROM dispatches WHERE unit_id = ? AND deleted = 0)");
        bound << scope.unitId;
    }
    // The order of the index cases_list_order: received, case number, id, newest first.
    const QString key
        = QStringLiteral("coalesce(c.received_on, ''), coalesce(c.case_no, ''), c.id");
    if (after) {
        // The first column's bound lets SQLite seek in the index instead of scanning from its
        // start on every page; the row value says exactly where the page starts.
        const QString received = after->receivedOn.isValid()
            ? after->receivedOn.toString(Qt::ISODate)
            : QString(QLatin1String(""));
        where += QStringLiteral(" AND coalesce(c.received_on, '') <= ? AND (%1) < (?, ?, ?)")
                     .arg(key);
        bound << received << received
              << (after->caseNo.isNull() ? QString(QLatin1String("")) : after->caseNo)
              << after->caseId;
    }
    q.prepare(QStringLiteral(
                  "SELECT c.id, c.case_no, c.person_id, p.name, p.id_number, c.status, p.district, "
                  "c.window, c.coach_id, c.received_on FROM cases c JOIN persons p ON p.id = "
                  "c.person_id WHERE c.deleted = 0 AND p.deleted = 0")
        + where
        + QStringLiteral(" ORDER BY coalesce(c.received_on, '') DESC, coalesce(c.case_no, '') "
                         "DESC, c.id DESC")
        + (limit >= 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString()));
    for (const QVariant &v : std::as_const(bound))
        q.addBindValue(v);
    if (!q.exec())
        return SqlError::failure(q);
    QList<CaseListRow> out;
    QHash<QString, qsizetype> index;
    while (q.next()) {
        CaseListRow r;
        r.caseId = q.value(0).toString();
        r.caseNo = q.value(1).toString();
        r.personId = q.value(2).toString();
        r.personName = q.value(3).toString();
        r.idNumber = q.value(4).toString();
        r.status
            = CaseWorkflow::statusFromKey(q.value(5).toString()).value_or(CaseStatus::Received);
        r.district = q.value(6).toString();
        r.window = q.value(7).toString();
        r.coachId = q.value(8).toString();
        r.coachName = staffNames.value(r.coachId);
        r.receivedOn = dateOf(q.value(9));
        index.insert(r.caseId, out.size());
        out << r;
    }
    // A page's units, or a caseload's (a coach's dozens of a nation's cases): only its cases'
    // dispatches; a whole list's: all of them.
    const bool byIds = limit >= 0 || out.size() <= ReadByIdsUpTo;
    QString only;
    if (byIds) {
        if (out.isEmpty())
            return out;
        only = QStringLiteral(" AND d.case_id IN (%1)").arg(SqlDialect::marks(out.size()));
    }
    q.prepare(QStringLiteral("SELECT d.case_id, d.unit_id, u.name FROM dispatches d JOIN units u "
                             "ON u.id = d.unit_id WHERE d.deleted = 0")
        + only + QStringLiteral(" ORDER BY d.dispatched_on, d.id"));
    if (byIds) {
        for (const CaseListRow &r : std::as_const(out))
            q.addBindValue(r.caseId);
    }
    if (!q.exec())
        return SqlError::failure(q);
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toString());
        if (it == index.constEnd())
            continue;
        CaseListRow &r = out[it.value()];
        r.unitIds << q.value(1).toString();
        r.unitNames
            += (r.unitNames.isEmpty() ? QString() : QStringLiteral("、")) + q.value(2).toString();
    }
    return out;
}

Result<QList<CaseTimeline>> CaseRepository::openTimelines() const
{
    return timelines(std::nullopt);
}

Result<std::optional<QStringList>> CaseRepository::casesChangedSince(
    qint64 position, qsizetype limit) const
{
    // How a written row names its case: `%1` the rows' ids.
    static const QHash<QString, QString> CaseOf = [] {
        QHash<QString, QString> out;
        for (const auto &[entity, table] : CaseStore::caseRecordTables()) {
            out.insert(
                entity, QStringLiteral("SELECT case_id FROM %1 WHERE id IN (%2)").arg(table));
        }
        out.insert(QStringLiteral("form_value"),
            QStringLiteral("SELECT i.case_id FROM form_values v JOIN form_instances i ON i.id = "
                           "v.instance_id WHERE v.id IN (%2)"));
        out.insert(QStringLiteral("person"),
            QStringLiteral("SELECT id FROM cases WHERE person_id IN (%2)"));
        return out;
    }();
    // What deadlines never show: who read what, and the accounts.
    static const QSet<QString> Unrelated = {QStringLiteral("audit"), QStringLiteral("account")};
    // A record's pointer to its case (or a value's to its form): set again on a record written
    // before, the case it left changed too, and is not named here.
    static const QSet<QString> Parents
        = {QStringLiteral("case_id"), QStringLiteral("instance_id"), QStringLiteral("person_id")};
    const SqlDialect &sql = m_store.dialect();
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT DISTINCT entity, row_id, field FROM oplog WHERE %1 > ?")
                  .arg(sql.logOrder()));
    q.addBindValue(position);
    if (!q.exec())
        return SqlError::failure(q);
    QSet<QString> cases;
    QHash<QString, QSet<QString>> rows; // entity -> its rows written since
    QSet<std::pair<QString, QString>> repointed;
    qsizetype read = 0;
    while (q.next()) {
        const QString entity = q.value(0).toString();
        const QString rowId = q.value(1).toString();
        if (Unrelated.contains(entity))
            continue;
        const bool isCase = entity == QLatin1String("case");
        if ((!isCase && !CaseOf.contains(entity)) || ++read > limit * 16)
            return std::optional<QStringList>();
        if (isCase) {
            cases.insert(rowId);
            continue;
        }
        rows[entity].insert(rowId);
        if (Parents.contains(q.value(2).toString()))
            repointed.insert({entity, rowId});
    }
    q.finish();
    // A record given a case (or a form) where it had one before: the one it left is not known.
    QSqlQuery before(m_store.database());
    before.prepare(
        QStringLiteral("SELECT 1 FROM oplog WHERE row_id = ? AND entity = ? AND %1 <= ? LIMIT 1")
            .arg(sql.logOrder()));
    for (const auto &[entity, rowId] : std::as_const(repointed)) {
        before.addBindValue(rowId);
        before.addBindValue(entity);
        before.addBindValue(position);
        if (!before.exec())
            return SqlError::failure(before);
        if (before.next())
            return std::optional<QStringList>();
        before.finish();
    }
    QSqlQuery r(m_store.database());
    r.setForwardOnly(true);
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        const QStringList ids(it.value().cbegin(), it.value().cend());
        for (qsizetype at = 0; at < ids.size(); at += ReadByIdsUpTo) {
            const QStringList part = ids.mid(at, ReadByIdsUpTo);
            r.prepare(CaseOf.value(it.key()).arg(SqlDialect::marks(part.size())));
            for (const QString &id : part)
                r.addBindValue(id);
            if (!r.exec())
                return SqlError::failure(r);
            while (r.next()) {
                if (!r.value(0).isNull())
                    cases.insert(r.value(0).toString());
            }
        }
        if (cases.size() > limit)
            return std::optional<QStringList>();
    }
    if (cases.size() > limit)
        return std::optional<QStringList>();
    QStringList out(cases.cbegin(), cases.cend());
    out.sort();
    return std::optional<QStringList>(std::move(out));
}

Result<QList<CaseTimeline>> CaseRepository::openTimelines(const QStringList &caseIds) const
{
    return timelines(caseIds);
}

Result<QList<CaseTimeline>> CaseRepository::timelines(
    const std::optional<QStringList> &caseIds) const
{
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    // Of the given cases only: `column` IN their list.
    const auto only = [&](const char *column) -> QString {
        if (!caseIds)
            return {};
        return QStringLiteral(" AND ") + QLatin1String(column) + QStringLiteral(" IN (")
            + SqlDialect::marks(caseIds->size()) + QLatin1Char(')');
    };
    if (caseIds && caseIds->isEmpty())
        return QList<CaseTimeline> {};
    auto bindIds = [&] {
        for (const QString &id : caseIds.value_or(QStringList {}))
            q.addBindValue(id);
    };
    // Every case that can have a deadline, by a scan (see wholeTable); or the given ones by their
    // ids (Deadlines::compute gives nothing for the others).
    q.prepare(QStringLiteral("SELECT p.name, s.name, c.id, c.case_no, c.status, "
                             "c.received_on, c.goal_reached_on FROM cases c")
        + (caseIds ? QString() : m_store.dialect().wholeTable())
        + QStringLiteral(" JOIN persons p ON p.id = c.person_id LEFT JOIN staff s ON s.id = "
                         "c.coach_id WHERE c.deleted = 0")
        + (caseIds ? only("c.id")
                   : QStringLiteral(" AND (c.status = 'received' OR (c.status = 'tracking' AND "
                                    "c.goal_reached_on IS NOT NULL) OR (c.status <> 'closed' AND "
                                    "c.id IN (SELECT case_id FROM dispatches WHERE answered_on IS "
                                    "NULL AND deleted = 0)))"))
        + QStringLiteral(" ORDER BY c.case_no"));
    bindIds();
    if (!q.exec())
        return SqlError::failure(q);
    QList<CaseTimeline> out;
    std::map<QString, qsizetype> index;
    while (q.next()) {
        CaseTimeline t;
        t.personName = q.value(0).toString();
        t.coachName = q.value(1).toString();
        t.caseId = q.value(2).toString();
        t.caseNo = q.value(3).toString();
        t.status
            = CaseWorkflow::statusFromKey(q.value(4).toString()).value_or(CaseStatus::Received);
        t.receivedOn = dateOf(q.value(5));
        t.goalReachedOn = dateOf(q.value(6));
        index[t.caseId] = out.size();
        out << t;
    }
    q.prepare(QString::fromLatin1(SelectDispatch) + QStringLiteral("AND d.answered_on IS NULL")
        + only("d.case_id") + QStringLiteral(" ORDER BY d.dispatched_on, d.id"));
    bindIds();
    if (!q.exec())
        return SqlError::failure(q);
    while (q.next()) {
        const auto it = index.find(q.value(1).toString());
        if (it != index.end())
            out[it->second].pendingDispatches << readDispatch(q);
    }
    return out;
}

Result<EarliestTimelines> CaseRepository::earliestTimelines(int limit) const
{
    // Each kind's cases in the order of its date, from an index (schema 17), with the conditions of
    // openTimelines(); the date of the last one read bounds the cases left out. That order is the
    // dates' only for the form the application writes (yyyy-MM-dd): the cases with a date in
    // another form the rules still read (an imported bundle's) are read whatever their date.
    struct Kind
    {
        const char *table, *caseColumn, *dateColumn, *where;
        QDate EarliestTimelines::*from;
    };
    static constexpr std::array<Kind, 3> kinds {{
        {"cases c", "c.id", "c.received_on", "c.status = 'received' AND c.deleted = 0",
            &EarliestTimelines::receivedFrom},
        {"cases c", "c.id", "c.goal_reached_on", "c.status = 'tracking' AND c.deleted = 0",
            &EarliestTimelines::goalFrom},
        {"dispatches d JOIN cases c ON c.id = d.case_id", "d.case_id", "d.dispatched_on",
            "d.answered_on IS NULL AND d.deleted = 0 AND c.deleted = 0 AND c.status <> 'closed'",
            &EarliestTimelines::dispatchedFrom},
    }};
    EarliestTimelines out;
    QStringList ids;
    QSet<QString> seen;
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    auto take = [&](const QString &id) {
        if (!seen.contains(id)) {
            seen.insert(id);
            ids << id;
        }
    };
    for (const Kind &k : kinds) {
        const QString column = QString::fromLatin1(k.dateColumn);
        const QString from = QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4 AND %2 IS NOT NULL ")
                                 .arg(QString::fromLatin1(k.caseColumn), column,
                                     QString::fromLatin1(k.table), QString::fromLatin1(k.where));
        q.prepare(
            from + QStringLiteral("AND %1 LIKE '____-__-__' ORDER BY %1 LIMIT ?").arg(column));
        q.addBindValue(limit);
        if (!q.exec())
            return SqlError::failure(q);
        int read = 0;
        QDate last;
        while (q.next()) {
            take(q.value(0).toString());
            last = dateOf(q.value(1));
            ++read;
        }
        // The rest come on or after the last read (a date the rules cannot read bounds nothing).
        if (read == limit)
            out.*k.from = last.isValid() ? last : QDate(1, 1, 1);
        if (!q.exec(from + QStringLiteral("AND %1 NOT LIKE '____-__-__'").arg(column)))
            return SqlError::failure(q);
        while (q.next())
            take(q.value(0).toString());
    }
    auto cases = timelines(ids);
    if (!cases)
        return tl::unexpected(cases.error());
    out.cases = std::move(*cases);
    return out;
}

} // namespace Casebook::Core
