// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/usecases/casefiles.h"

#include "core/accounts/audittrail.h"
#include "core/persons/personrepository.h"
#include "core/services/duelist.h"

namespace Casebook::UseCases {

using namespace Casebook::Core;

namespace {

// The caseload as the repository's scope; none: a caseload of nothing (no one's cases).
std::optional<CaseListScope> scopeOf(const Caseload &caseload)
{
    CaseListScope scope;
    switch (caseload.kind()) {
    case Caseload::Kind::Everything:
        return scope;
    case Caseload::Kind::Coach:
        scope.coachId = caseload.key();
        break;
    case Caseload::Kind::Window:
        scope.window = caseload.key();
        break;
    case Caseload::Kind::Unit:
        scope.unitId = caseload.key();
        break;
    }
    if (caseload.key().isEmpty())
        return std::nullopt;
    return scope;
}

} // namespace

Result<QList<CaseListRow>> CaseFiles::list() const
{
    auto page = this->page(-1);
    if (!page)
        return tl::unexpected(page.error());
    return page->rows;
}

Result<CaseFiles::Page> CaseFiles::page(int limit, const CaseListRow *after) const
{
    const auto scope = scopeOf(m_caseload);
    if (!scope)
        return Page {};
    auto rows = CaseRepository(m_store).listRows(*scope, limit, after);
    if (!rows)
        return tl::unexpected(rows.error());
    Page out;
    if (limit >= 0 && rows->size() >= limit && !rows->isEmpty())
        out.next = rows->last();
    if (m_caseload.kind() == Caseload::Kind::Everything) {
        out.rows = std::move(*rows);
        return out;
    }
    for (const CaseListRow &r : std::as_const(*rows)) {
        if (m_caseload.covers(r))
            out.rows << r;
    }
    return out;
}

Result<QList<Case>> CaseFiles::cases(std::optional<CaseStatus> status) const
{
    auto all = CaseRepository(m_store).cases(status);
    if (!all || m_caseload.kind() == Caseload::Kind::Everything)
        return all;
    auto rows = list();
    if (!rows)
        return tl::unexpected(rows.error());
    const QSet<QString> mine = m_caseload.casesIn(*rows);
    QList<Case> out;
    for (const Case &c : *all) {
        if (mine.contains(c.id))
            out << c;
    }
    return out;
}

VoidResult CaseFiles::mayOpen(const QString &caseId) const
{
    if (m_caseload.kind() == Caseload::Kind::Everything)
        return {};
    // One case and its dispatches, not the whole list: opening a case stays quick.
    CaseRepository cases(m_store);
    auto c = cases.find(caseId);
    if (!c)
        return tl::unexpected(c.error());
    auto dispatches = cases.dispatches(caseId);
    if (!dispatches)
        return tl::unexpected(dispatches.error());
    if (m_caseload.covers(*c, *dispatches))
        return {};
    return fail(Error::Kind::NotAllowed, m_caseload.refusal());
}

Result<QList<Person>> CaseFiles::persons(const QString &search) const
{
    auto found = PersonRepository(m_store).search(search);
    if (!found || m_caseload.kind() == Caseload::Kind::Everything)
        return found;
    auto rows = list();
    if (!rows)
        return tl::unexpected(rows.error());
    QSet<QString> mine;
    for (const CaseListRow &r : *rows)
        mine.insert(r.personId);
    QList<Person> out;
    for (const Person &p : *found) {
        if (mine.contains(p.id))
            out << p;
    }
    return out;
}

Result<CaseFile> CaseFiles::read(const QString &caseId) const
{
    if (auto allowed = mayOpen(caseId); !allowed)
        return tl::unexpected(allowed.error());
    CaseRepository cases(m_store);
    auto c = cases.find(caseId);
    if (!c)
        return tl::unexpected(c.error());
    auto person = PersonRepository(m_store).find(c->personId);
    if (!person)
        return tl::unexpected(person.error());
    auto dispatches = cases.dispatches(caseId);
    if (!dispatches)
        return tl::unexpected(dispatches.error());
    auto events = cases.events(caseId);
    if (!events)
        return tl::unexpected(events.error());
    auto forms = FormInstanceRepository(m_store).instances(caseId);
    if (!forms)
        return tl::unexpected(forms.error());
    auto undoable = cases.undoableStep(caseId);
    if (!undoable)
        return tl::unexpected(undoable.error());
    if (m_audit) { // who opened whose file
        if (auto r = AuditTrail(m_store).record(
                *m_audit, QStringLiteral("view_case"), c->personId, caseId, c->caseNo);
            !r)
            return tl::unexpected(r.error());
    }
    QString coachName;
    if (!c->coachId.isEmpty()) {
        auto staff = UnitRepository(m_store).staff();
        if (!staff)
            return tl::unexpected(staff.error());
        for (const StaffMember &s : *staff) {
            if (s.id == c->coachId)
                coachName = s.name;
        }
    }
    return CaseFile {*c, *person, *dispatches, *events, *forms, *undoable, coachName};
}

Result<QList<Deadline>> CaseFiles::due(const QDate &today) const
{
    KeptDueList none;
    return due(today, none);
}

Result<QList<Deadline>> CaseFiles::due(const QDate &today, KeptDueList &kept) const
{
    auto whole = [&]() -> Result<QList<Deadline>> {
        auto updated = DueList(m_store).updated(std::move(kept), today);
        if (!updated) {
            kept = {};
            return tl::unexpected(updated.error());
        }
        kept = std::move(*updated);
        return kept.deadlines;
    };
    if (m_caseload.kind() == Caseload::Kind::Everything)
        return whole();
    // A caseload's cases by their ids (a coach's dozens on a nation's store), a large one's from
    // the whole list.
    auto rows = list();
    if (!rows)
        return tl::unexpected(rows.error());
    QStringList ids;
    for (const CaseListRow &r : std::as_const(*rows))
        ids << r.caseId;
    auto due
        = ids.size() <= CaseRepository::ReadByIdsUpTo ? DueList(m_store).of(today, ids) : whole();
    if (!due)
        return tl::unexpected(due.error());
    return inCaseload(std::move(*due), *rows);
}

Result<QList<Deadline>> CaseFiles::dueFirst(const QDate &today, int count) const
{
    auto first = DueList(m_store).first(today, count);
    if (!first)
        return tl::unexpected(first.error());
    return inCaseload(std::move(*first));
}

Result<QList<Deadline>> CaseFiles::inCaseload(QList<Deadline> all) const
{
    if (m_caseload.kind() == Caseload::Kind::Everything)
        return all;
    auto rows = list();
    if (!rows)
        return tl::unexpected(rows.error());
    return inCaseload(std::move(all), *rows);
}

Result<QList<Deadline>> CaseFiles::inCaseload(
    QList<Deadline> all, const QList<CaseListRow> &rows) const
{
    if (m_caseload.kind() == Caseload::Kind::Everything)
        return all;
    QSet<QString> mine;
    for (const CaseListRow &r : rows)
        mine.insert(r.caseId);
    QList<Deadline> out;
    for (const Deadline &d : all) {
        // A unit's monthly report is its supervisor's to file.
        if (d.caseId.isEmpty() ? m_caseload.kind() == Caseload::Kind::Unit
                               : mine.contains(d.caseId))
            out << d;
    }
    return out;
}

Result<QList<Unit>> CaseFiles::units() const
{
    return UnitRepository(m_store).units();
}

Result<QList<StaffMember>> CaseFiles::coaches() const
{
    return UnitRepository(m_store).staff(QStringLiteral("coach"));
}

} // namespace Casebook::UseCases
