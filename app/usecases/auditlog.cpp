// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/usecases/auditlog.h"

#include "app/usecases/casefiles.h"
#include "core/persons/personrepository.h"
#include "core/units/unitrepository.h"
#include "forms/model/monthlyreportforms.h"

#include <QFileInfo>
#include <QSet>

namespace Casebook::UseCases {

using namespace Casebook::Core;

bool AuditLog::mayRead() const
{
    return !m_user || m_user->role != UserRole::Coach;
}

Result<QList<AuditLine>> AuditLog::entries(
    const AuditQuery &query, const QString &personSearch) const
{
    auto visible = scoped(query);
    if (!visible)
        return tl::unexpected(visible.error());
    const Caseload caseload = m_user ? Caseload::of(*m_user) : Caseload::everything();
    std::optional<QSet<QString>> searched;
    if (!personSearch.trimmed().isEmpty()) {
        auto found = CaseFiles(m_store, caseload).persons(personSearch.trimmed());
        if (!found)
            return tl::unexpected(found.error());
        searched.emplace();
        for (const Person &p : *found)
            searched->insert(p.id);
    }
    PersonRepository persons(m_store);
    CaseRepository cases(m_store);
    QHash<QString, QString> names;
    QHash<QString, QString> caseNos;
    QList<AuditLine> out;
    for (const AuditEntry &e : std::as_const(*visible)) {
        if (searched && !searched->contains(e.personId))
            continue;
        AuditLine line {e, {}, {}};
        if (!e.personId.isEmpty()) {
            if (!names.contains(e.personId)) {
                auto p = persons.find(e.personId);
                names.insert(e.personId, p ? p->name : QString());
            }
            line.personName = names.value(e.personId);
        }
        if (!e.caseId.isEmpty()) {
            if (!caseNos.contains(e.caseId)) {
                auto c = cases.find(e.caseId);
                caseNos.insert(e.caseId, c ? c->caseNo : QString());
            }
            line.caseNo = caseNos.value(e.caseId);
        }
        out << line;
    }
    return out;
}

Result<QList<AuditEntry>> AuditLog::scoped(const AuditQuery &query) const
{
    if (!mayRead()) {
        return fail(Error::Kind::NotAllowed,
            tr("A job coach does not read the audit trail: ask your supervisor."));
    }
    auto all = AuditTrail(m_store).entries(query);
    if (!all)
        return all;
    const Caseload caseload = m_user ? Caseload::of(*m_user) : Caseload::everything();
    if (caseload.kind() == Caseload::Kind::Everything)
        return all;
    // What concerns the reader: the cases and persons of their caseload, and the actions of the
    // staff of their unit (or the case managers of their window).
    auto rows = CaseFiles(m_store, caseload).list();
    if (!rows)
        return tl::unexpected(rows.error());
    QSet<QString> cases;
    QSet<QString> persons;
    for (const CaseListRow &r : *rows) {
        cases.insert(r.caseId);
        persons.insert(r.personId);
    }
    auto accounts = AccountRepository(m_store).accounts();
    if (!accounts)
        return tl::unexpected(accounts.error());
    auto staff = UnitRepository(m_store).staff();
    if (!staff)
        return tl::unexpected(staff.error());
    QHash<QString, QString> unitOfStaff;
    for (const StaffMember &m : *staff)
        unitOfStaff.insert(m.id, m.unitId);
    QSet<QString> colleagues {m_user->name};
    for (const Account &a : *accounts) {
        const bool same = caseload.kind() == Caseload::Kind::Unit
            ? (a.unitId.isEmpty() ? unitOfStaff.value(a.staffId) : a.unitId) == caseload.key()
            : a.role == UserRole::CaseManager && a.window == caseload.key();
        if (same)
            colleagues.insert(a.name);
    }
    QList<AuditEntry> out;
    for (const AuditEntry &e : *all) {
        if (cases.contains(e.caseId) || persons.contains(e.personId)
            || colleagues.contains(e.actor))
            out << e;
    }
    return out;
}

Result<QStringList> AuditLog::actors() const
{
    auto accounts = AccountRepository(m_store).accounts();
    if (!accounts)
        return tl::unexpected(accounts.error());
    QStringList names;
    for (const Account &a : *accounts)
        names << a.name;
    names.sort();
    return names;
}

QString AuditLog::actionText(const QString &action)
{
    static const QHash<QString, const char *> words {
        {QStringLiteral("view_case"), QT_TR_NOOP("opened the case")},
        {QStringLiteral("print"), QT_TR_NOOP("printed")},
        {QStringLiteral("export"), QT_TR_NOOP("exported")},
        {QStringLiteral("search"), QT_TR_NOOP("searched persons")},
        {QStringLiteral("sign_in"), QT_TR_NOOP("signed in")},
        {QStringLiteral("sign_in_failed"), QT_TR_NOOP("failed to sign in")},
        {QStringLiteral("lock"), QT_TR_NOOP("locked")},
        {QStringLiteral("handover"), QT_TR_NOOP("handed cases over")},
        {QStringLiteral("account"), QT_TR_NOOP("changed an account")},
    };
    const auto found = words.constFind(action);
    return found == words.constEnd() ? action : tr(found.value());
}

Result<QString> AuditLog::save(const QList<AuditLine> &lines, const QString &path) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx"))
        return fail(Error::Kind::Invalid, tr("Save the audit trail as .csv or .xlsx."));
    if (!mayRead()) {
        return fail(Error::Kind::NotAllowed,
            tr("A job coach does not read the audit trail: ask your supervisor."));
    }
    Forms::ReportTable table;
    table.key = QStringLiteral("audit");
    table.title = tr("Audit trail");
    table.header = {tr("When"), tr("Who"), tr("Did"), tr("Person"), tr("Case"), tr("What")};
    for (const AuditLine &l : lines) {
        const AuditEntry &e = l.entry;
        table.rows << QVariantList {
            e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), e.actor,
            actionText(e.action), l.personName, l.caseNo, e.detail};
    }
    // The saving is in the trail exactly when the file is written.
    Transaction tx(m_store);
    if (!tx.began())
        return tl::unexpected(tx.began().error());
    if (auto r = AuditTrail(m_store).record(m_context, QStringLiteral("export"), {}, {},
            tr("audit trail, %n entry(ies) → %1", nullptr, static_cast<int>(lines.size()))
                .arg(path));
        !r)
        return tl::unexpected(r.error());
    const VoidResult written = suffix == QLatin1String("csv")
        ? Forms::ReportExport::writeCsv(path, table)
        : Forms::ReportExport::writeXlsx(path, {table});
    if (!written)
        return tl::unexpected(written.error());
    if (auto r = tx.commit(); !r) {
        QFile::remove(path);
        return tl::unexpected(r.error());
    }
    return path;
}

} // namespace Casebook::UseCases
