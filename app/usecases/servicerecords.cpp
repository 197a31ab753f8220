// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/usecases/servicerecords.h"

#include "core/common/rocdate.h"
#include "core/rules/planyearrules.h"

namespace Casebook::UseCases {

using namespace Casebook::Core;

Result<ServiceOverview> ServiceRecords::overview(const QString &caseId, const QDate &today) const
{
    ServiceRepository services(m_store);
    ServiceOverview out;
    if (auto p = services.profile(caseId))
        out.profile = *p;
    if (out.profile) {
        auto outcome = services.outcome(caseId, today);
        if (!outcome)
            return tl::unexpected(outcome.error());
        out.outcome = *outcome;
        // The credit from its evidence under this plan year's rules (the 偏鄉 list, a completed
        // 附表1).
        if (auto rules
            = PlanYearRulesLoader::forYearOrEarlier(QString::number(RocDate::year(today))))
            out.credit = PerformanceReport::credit(*rules, *outcome);
    }
    auto placements = services.placements(caseId);
    auto days = services.supportDays(caseId);
    auto followUps = services.followUps(caseId);
    auto adaptations = services.adaptations(caseId);
    auto extensions = services.extensions(caseId);
    auto home = services.homeServices(caseId);
    if (!placements)
        return tl::unexpected(placements.error());
    if (!days)
        return tl::unexpected(days.error());
    if (!followUps)
        return tl::unexpected(followUps.error());
    if (!adaptations)
        return tl::unexpected(adaptations.error());
    if (!extensions)
        return tl::unexpected(extensions.error());
    if (!home)
        return tl::unexpected(home.error());
    out.placements = *placements;
    for (const Placement &p : out.placements) {
        if (!out.employers.contains(p.employerId)) {
            if (auto e = services.employer(p.employerId))
                out.employers.insert(p.employerId, *e);
        }
    }
    out.supportDays = *days;
    out.followUps = *followUps;
    out.adaptations = *adaptations;
    out.extensions = *extensions;
    out.homeServices = *home;
    return out;
}

Result<QList<Employer>> ServiceRecords::employers() const
{
    return ServiceRepository(m_store).employers();
}

std::optional<SeProfile> ServiceRecords::profile(const QString &caseId) const
{
    if (auto p = ServiceRepository(m_store).profile(caseId))
        return *p;
    return std::nullopt;
}

Result<Placement> ServiceRecords::placement(const QString &caseId, const QString &id) const
{
    auto all = ServiceRepository(m_store).placements(caseId);
    if (!all)
        return tl::unexpected(all.error());
    for (const Placement &p : *all) {
        if (p.id == id)
            return p;
    }
    return fail(Error::Kind::NotFound, tr("The placement is no longer on record."));
}

Result<QString> ServiceRecords::add(
    const WriteContext &ctx, const QString &caseId, const ServiceEntry &entry)
{
    ServiceRepository repo(m_store);
    Transaction tx(m_store); // a new employer and its placement together
    if (!tx.began())
        return tl::unexpected(tx.began().error());
    struct Visitor
    {
        ServiceRepository &repo;
        const WriteContext &ctx;
        const QString &caseId;
        Result<QString> operator()(const SeProfile &p) const
        {
            if (auto r = repo.setProfile(ctx, caseId, p); !r)
                return tl::unexpected(r.error());
            return caseId;
        }
        Result<QString> operator()(const NewPlacement &n) const
        {
            Placement p = n.placement;
            p.caseId = caseId;
            if (p.employerId.isEmpty()) {
                auto id = repo.addEmployer(ctx, n.newEmployer);
                if (!id)
                    return tl::unexpected(id.error());
                p.employerId = *id;
            }
            return repo.addPlacement(ctx, p);
        }
        Result<QString> operator()(const SupportDay &d) const
        {
            return repo.logSupportDay(ctx, caseId, d);
        }
        Result<QString> operator()(const FollowUp &f) const
        {
            return repo.addFollowUp(ctx, caseId, f);
        }
        Result<QString> operator()(const Adaptation &a) const
        {
            return repo.addAdaptation(ctx, caseId, a);
        }
        Result<QString> operator()(const Extension &e) const
        {
            return repo.addExtension(ctx, caseId, e);
        }
        Result<QString> operator()(const HomeService &h) const
        {
            return repo.addHomeService(ctx, caseId, h);
        }
    };
    auto saved = std::visit(Visitor {repo, ctx, caseId}, entry);
    if (!saved)
        return saved;
    if (auto r = tx.commit(); !r)
        return tl::unexpected(r.error());
    return saved;
}

VoidResult ServiceRecords::correctPlacement(
    const WriteContext &ctx, const Placement &original, Placement edited)
{
    edited.id = original.id;
    edited.caseId = original.caseId;
    if (edited.employerId.isEmpty())
        edited.employerId = original.employerId; // a new employer comes with a new placement
    return ServiceRepository(m_store).updatePlacement(ctx, edited);
}

VoidResult ServiceRecords::withdraw(
    const WriteContext &ctx, const QString &entity, const QString &id)
{
    return ServiceRepository(m_store).withdraw(ctx, entity, id);
}

} // namespace Casebook::UseCases
