// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/usecases/handover.h"

#include "core/accounts/audittrail.h"
#include "core/cases/caseworkflow.h"
#include "core/common/rocdate.h"
#include "core/units/unitrepository.h"
#include "forms/model/formdefinition.h"
#include "forms/print/formprinter.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Casebook::UseCases {

using namespace Casebook::Core;

namespace {

// A case a handover of the coach moves: theirs, and still open.
bool moves(const CaseListRow &r, const QString &fromStaff)
{
    return r.coachId == fromStaff && r.status != CaseStatus::Closed
        && r.status != CaseStatus::Unsuitable;
}

} // namespace

bool Handover::mayHandOver() const
{
    return !m_user || m_user->role == UserRole::Supervisor || m_user->role == UserRole::BureauClerk
        || m_user->role == UserRole::Administrator;
}

Result<QList<StaffMember>> Handover::successors() const
{
    return UnitRepository(m_store).staff(QStringLiteral("coach"));
}

Result<QList<StaffMember>> Handover::leaving() const
{
    if (!mayHandOver())
        return QList<StaffMember> {};
    auto all = successors();
    if (!all || !m_user || m_user->role != UserRole::Supervisor)
        return all;
    QList<StaffMember> unit;
    for (const StaffMember &m : *all) {
        if (!m_user->unitId.isEmpty() && m.unitId == m_user->unitId)
            unit << m;
    }
    return unit;
}

Result<int> Handover::openCases(const QString &fromStaff) const
{
    auto rows = CaseRepository(m_store).listRows();
    if (!rows)
        return tl::unexpected(rows.error());
    int open = 0;
    for (const CaseListRow &r : *rows) {
        if (moves(r, fromStaff))
            ++open;
    }
    return open;
}

Result<HandedOver> Handover::run(
    const QString &fromStaff, const QString &toStaff, const QString &listPath) const
{
    auto staff = UnitRepository(m_store).staff(QStringLiteral("coach"));
    if (!staff)
        return tl::unexpected(staff.error());
    const StaffMember *from = nullptr;
    const StaffMember *to = nullptr;
    for (const StaffMember &m : *staff) {
        if (m.id == fromStaff)
            from = &m;
        if (m.id == toStaff)
            to = &m;
    }
    if (!from || !to) {
        return fail(
            Error::Kind::Invalid, tr("Choose two job coaches: the one leaving and the successor."));
    }
    if (from == to)
        return fail(Error::Kind::Invalid, tr("A coach's cases are handed over to another coach."));
    if (m_user) {
        const bool anyone
            = m_user->role == UserRole::BureauClerk || m_user->role == UserRole::Administrator;
        const bool theirUnit = m_user->role == UserRole::Supervisor && !m_user->unitId.isEmpty()
            && m_user->unitId == from->unitId;
        if (!anyone && !theirUnit) {
            return fail(Error::Kind::NotAllowed,
                tr("Only the supervisor of %1's unit or the bureau hands over %1's cases.")
                    .arg(from->name));
        }
    }
    const Forms::FormDefinition *def
        = Forms::DefinitionLoader::shippedReports().find(QStringLiteral("handover"));
    if (!def)
        return fail(Error::Kind::NotFound, tr("The handover list's layout is missing."));
    auto rows = CaseRepository(m_store).listRows();
    if (!rows)
        return tl::unexpected(rows.error());
    QList<CaseListRow> moving;
    for (const CaseListRow &r : *rows) {
        if (moves(r, fromStaff))
            moving << r;
    }
    if (moving.isEmpty()) {
        return fail(
            Error::Kind::NotFound, tr("%1 has no open cases to hand over.").arg(from->name));
    }

    Transaction tx(m_store); // every case or none
    if (!tx.began())
        return tl::unexpected(tx.began().error());
    CaseRepository cases(m_store);
    HandedOver out;
    QJsonArray listed;
    for (const CaseListRow &r : std::as_const(moving)) {
        if (auto moved = cases.setCoach(m_context, r.caseId, toStaff); !moved)
            return tl::unexpected(moved.error());
        out.caseNos << r.caseNo;
        listed.append(QJsonObject {{QStringLiteral("no"), QString::number(listed.size() + 1)},
            {QStringLiteral("case_no"), r.caseNo}, {QStringLiteral("name"), r.personName},
            {QStringLiteral("status"), CaseWorkflow::statusLabel(r.status)},
            {QStringLiteral("units"), r.unitNames},
            {QStringLiteral("received"), RocDate::formatShort(r.receivedOn)}});
    }
    if (auto r = AuditTrail(m_store).record(m_context, QStringLiteral("handover"), {}, {},
            tr("%1 → %2: %3").arg(from->name, to->name, out.caseNos.join(QStringLiteral(", "))));
        !r)
        return tl::unexpected(r.error());

    // The list first: a handover that cannot be printed is not made.
    Forms::FormRecord list = Forms::FormRecord::detached(*def);
    list.setValue(QStringLiteral("from_coach"), from->name);
    list.setValue(QStringLiteral("to_coach"), to->name);
    list.setValue(QStringLiteral("handed_on"), m_store.clock().today().toString(Qt::ISODate));
    list.setValue(QStringLiteral("by"),
        m_context.actor.isEmpty() ? m_store.identity().name : m_context.actor);
    list.setValue(
        QStringLiteral("counts"), tr("%n open case(s)", nullptr, static_cast<int>(moving.size())));
    list.setRows(QStringLiteral("cases"), listed);
    auto pages = Forms::FormPrinter::writePdf(listPath, {&list}, {});
    if (!pages)
        return tl::unexpected(pages.error());
    if (auto done = tx.commit(); !done)
        return tl::unexpected(done.error());
    out.listPath = listPath;
    out.pages = *pages;
    return out;
}

} // namespace Casebook::UseCases
