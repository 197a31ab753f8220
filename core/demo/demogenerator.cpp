// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demogenerator.h"

#include "core/cases/caserepository.h"
#include "core/cases/caseworkflow.h"
#include "core/persons/codelists.h"
#include "core/persons/nationalid.h"
#include "core/persons/personrepository.h"
#include "core/services/grouprepository.h"
#include "core/services/servicerepository.h"
#include "core/units/unitrepository.h"

#include <QRandomGenerator>

#include <algorithm>

namespace Casebook::Core {

namespace {

const QStringList Surnames
    = {QStringLiteral("陳"), QStringLiteral("林"), QStringLiteral("黃"), QStringLiteral("張"),
        QStringLiteral("李"), QStringLiteral("王"), QStringLiteral("吳"), QStringLiteral("劉"),
        QStringLiteral("蔡"), QStringLiteral("楊"), QStringLiteral("許"), QStringLiteral("鄭"),
        QStringLiteral("謝"), QStringLiteral("郭"), QStringLiteral("洪"), QStringLiteral("曾"),
        QStringLiteral("邱"), QStringLiteral("廖"), QStringLiteral("賴"), QStringLiteral("徐")};
const QStringList GivenChars = {QStringLiteral("志"), QStringLiteral("明"), QStringLiteral("怡"),
    QStringLiteral("君"), QStringLiteral("家"), QStringLiteral("豪"), QStringLiteral("淑"),
    QStringLiteral("芬"), QStringLiteral("俊"), QStringLiteral("傑"), QStringLiteral("美"),
    QStringLiteral("玲"), QStringLiteral("建"), QStringLiteral("宏"), QStringLiteral("雅"),
    QStringLiteral("婷"), QStringLiteral("冠"), QStringLiteral("宇"), QStringLiteral("佳"),
    QStringLiteral("慧"), QStringLiteral("文"), QStringLiteral("華"), QStringLiteral("承"),
    QStringLiteral("恩"), QStringLiteral("欣"), QStringLiteral("妤"), QStringLiteral("柏"),
    QStringLiteral("翰"), QStringLiteral("秀"), QStringLiteral("英")};
const QStringList Roads = {QStringLiteral("中正路"), QStringLiteral("中山路"),
    QStringLiteral("民生路"), QStringLiteral("復興路"), QStringLiteral("成功路"),
    QStringLiteral("建國路"), QStringLiteral("環中東路"), QStringLiteral("介壽路")};
const QStringList Relations = {QStringLiteral("母"), QStringLiteral("父"), QStringLiteral("配偶"),
    QStringLiteral("兄"), QStringLiteral("姊"), QStringLiteral("子")};
const QStringList ReferralUnits = {QStringLiteral("桃園療養院"),
    QStringLiteral("衛生福利部桃園醫院"), QStringLiteral("桃園市家庭服務中心"),
    QStringLiteral("桃園市立高級中等學校"), QStringLiteral("社區化就業服務中心")};
const QStringList JobTitles
    = {QStringLiteral("清潔員"), QStringLiteral("理貨員"), QStringLiteral("餐飲助理"),
        QStringLiteral("包裝員"), QStringLiteral("洗車員"), QStringLiteral("行政助理")};
const QStringList SupportNotes = {QStringLiteral("工作流程示範與口語提示"),
    QStringLiteral("與主管溝通排班"), QStringLiteral("交通路線訓練"),
    QStringLiteral("自然支持者建立"), QStringLiteral("工作速度提升練習")};

QString districtCode(int i)
{
    const auto &list = Casebook::Core::CodeLists::districts();
    return list.at(i % list.size()).code;
}

const QStringList ReferralTargets = {QStringLiteral("桃園市社會局身障福利科"),
    QStringLiteral("社區心理衛生中心"), QStringLiteral("桃園市日間照顧中心")};

} // namespace

VoidResult DemoGenerator::addDemoGroups(
    const WriteContext &ctx, const QStringList &caseIds, const QDate &today, QRandomGenerator &rng)
{
    CaseRepository cases(m_store);
    ServiceRepository services(m_store);
    GroupRepository groups(m_store);
    QHash<QString, QStringList> byCoach;
    QHash<QString, QStringList> openByCoach;
    for (const QString &id : caseIds) {
        if (auto c = cases.find(id); c && !c->coachId.isEmpty()) {
            byCoach[c->coachId] << id;
            if (!c->closedOn.isValid())
                openByCoach[c->coachId] << id;
        }
    }
    QStringList coaches = byCoach.keys();
    coaches.sort();
    int homeCount = 0;
    for (const QString &coach : std::as_const(coaches)) {
        const QStringList mine = byCoach.value(coach);
        const QDate began = today.addDays(-120 - static_cast<int>(rng.bounded(60)));
        auto group
            = groups.createGroup(ctx, SeGroup {{}, QStringLiteral("就業適應團體"), coach, began});
        if (!group)
            return tl::unexpected(group.error());
        int members = 0;
        for (const QString &id : mine) {
            if (members == 5)
                break;
            if (auto r = groups.addMember(ctx, *group, id, began); !r)
                return tl::unexpected(r.error());
            ++members;
        }
        for (int k = 0; k < 3; ++k) {
            const int persons = k == 2 && rng.bounded(4) == 0
                ? 2
                : std::min(members, 3 + static_cast<int>(rng.bounded(2)));
            GroupSession session {{}, began.addDays(14 * (k + 1)), std::max(1, persons),
                QStringLiteral("職場溝通"), false};
            if (auto r = groups.addSession(ctx, *group, session); !r)
                return tl::unexpected(r.error());
        }
        // Home employment for one case of every third coach: the plan, a home assessment and a
        // visit.
        const QStringList open = openByCoach.value(coach);
        if (homeCount++ % 3 == 0 && !open.isEmpty()) {
            const QString &id = open.last();
            const QDate plan = today.addDays(-60);
            for (const auto &[kind, day] : {std::pair {QStringLiteral("plan"), plan},
                     std::pair {QStringLiteral("assessment"), plan.addDays(7)},
                     std::pair {QStringLiteral("visit"), plan.addDays(30)}}) {
                if (auto r = services.addHomeService(
                        ctx, id, HomeService {{}, kind, day, QStringLiteral("居家文書處理")});
                    !r)
                    return tl::unexpected(r.error());
            }
        }
    }
    return {};
}

QString DemoGenerator::makeNationalId(QChar letter, int sexDigit, quint32 sevenDigits)
{
    const QString body = QString::number(sexDigit)
        + QStringLiteral("%1").arg(sevenDigits % 10000000, 7, 10, QLatin1Char('0'));
    for (int check = 0; check < 10; ++check) {
        QString candidate = QString(letter) + body + QString::number(check);
        if (NationalId::classify(candidate) != NationalId::Kind::Invalid)
            return candidate;
    }
    return {};
}

Result<DemoSummary> DemoGenerator::generate(
    int personCount, quint32 seed, const std::function<bool(int, int)> &progress)
{
    if (personCount < 0 || personCount > 1000000) {
        return fail(
            Error::Kind::Invalid, tr("The number of persons must be between 0 and 1,000,000."));
    }
    QRandomGenerator rng(seed);
    const QDate today = m_store.clock().today();
    const WriteContext ctx {m_store.identity().name, {}, {}};
    DemoSummary summary;
    UnitRepository unitsRepo(m_store);
    PersonRepository personsRepo(m_store);
    CaseRepository casesRepo(m_store);
    // Only the window's case manager (or the bureau) accepts an intake the eligibility rules
    // refuse: the same rule as for anyone who writes (on a store with accounts the device is not
    // one of them, so its demo people are all eligible).
    const bool canAccept = casesRepo.mayAcceptIneligible(ctx);

    Transaction tx(m_store);
    if (!tx.began())
        return tl::unexpected(tx.began().error());

    struct UnitSeed
    {
        const char *name;
        const char *type;
        const char *district;
    };
    const UnitSeed unitSeeds[] = {
        {"桃園北區支持性就業服務中心", "supported", "68000010"},
        {"桃園南區支持性就業服務中心", "supported", "68000020"},
        {"八德社區就業服務站", "supported", "68000080"},
        {"龍潭庇護工場", "sheltered", "68000090"},
        {"桃園職業訓練中心", "training", "68000070"},
        {"居家就業服務站", "other", "68000100"},
    };
    QList<Unit> units;
    for (const auto &u : unitSeeds) {
        Unit unit {{}, QString::fromUtf8(u.name), QString::fromLatin1(u.type),
            QString::fromLatin1(u.district)};
        auto id = unitsRepo.createUnit(ctx, unit);
        if (!id)
            return tl::unexpected(id.error());
        unit.id = *id;
        units << unit;
        ++summary.units;
    }
    QList<StaffMember> coaches;
    const char *coachNames[]
        = {"陳怡君", "林志豪", "黃淑芬", "張家瑋", "李佩珊", "王建宏", "吳雅婷", "劉冠廷"};
    const QString surnames = QStringLiteral("陳林黃張李王吳劉蔡楊許鄭謝郭洪邱曾廖賴徐");
    const QString given = QStringLiteral("怡君志豪淑芬家瑋佩珊建宏雅婷冠廷美玲俊傑");
    for (int i = 0; i < m_coaches; ++i) {
        // The first eight are the familiar demo names; more coaches get generated names with a
        // number.
        const QString name = i < 8 ? QString::fromUtf8(coachNames[i])
                                   : surnames.at(i % surnames.size())
                + given.mid(2 * ((i / 20) % 10), 2) + QString::number(i);
        StaffMember s {{}, name, QStringLiteral("coach"), units.at(i % 3).id};
        auto id = unitsRepo.createStaff(ctx, s);
        if (!id)
            return tl::unexpected(id.error());
        s.id = *id;
        coaches << s;
        ++summary.staff;
    }
    for (const auto &[name, role] : {std::pair {"倪美玲", "case_manager"},
             std::pair {"潘文華", "case_manager"}, std::pair {"蔡督導", "supervisor"}}) {
        if (auto id = unitsRepo.createStaff(
                ctx, {{}, QString::fromUtf8(name), QString::fromLatin1(role), {}});
            !id)
            return tl::unexpected(id.error());
        ++summary.staff;
    }

    // Employers found by job development, some with 5 or fewer employees (other placement evidence
    // counts there).
    ServiceRepository services(m_store);
    QList<Employer> employers;
    const char *employerNames[] = {"全聯福利中心中壢店", "統一超商桃園門市", "家樂福八德店",
        "小林便當", "阿美洗衣店", "桃園觀光飯店", "中壢清潔服務社", "大園物流中心", "龍潭園藝",
        "平鎮烘焙坊", "楊梅汽車美容", "蘆竹印刷廠"};
    const int headcounts[] = {120, 30, 200, 4, 3, 80, 5, 150, 8, 6, 12, 40};
    for (int i = 0; i < 12; ++i) {
        Employer e {
            {}, QString::fromUtf8(employerNames[i]), {}, districtCode(i), headcounts[i], {}};
        auto id = services.addEmployer(ctx, e);
        if (!id)
            return tl::unexpected(id.error());
        e.id = *id;
        employers << e;
    }

    const auto &districts = CodeLists::districts();
    const QString letters = QStringLiteral("HHHHABCDEFGJKLMNPQRSTUVXYWZIO");
    auto pick = [&rng](const QStringList &list) {
        return list.at(static_cast<int>(rng.bounded(list.size())));
    };
    constexpr int Batch
        = 1000; // commit in batches so the write-ahead log stays small on big stores
    for (int i = 0; i < personCount; ++i) {
        if (i > 0 && i % Batch == 0) {
            if (auto r = m_store.commit(); !r)
                return tl::unexpected(r.error());
            if (auto r = m_store.begin(); !r)
                return tl::unexpected(r.error());
        }
        if (progress && (i % 500 == 0) && !progress(i, personCount))
            return fail(Error::Kind::Invalid, tr("Cancelled."));
        Person p;
        const bool male = rng.bounded(2) == 0;
        p.name = pick(Surnames) + pick(GivenChars) + pick(GivenChars);
        p.sex = male ? QStringLiteral("M") : QStringLiteral("F");
        p.birthDate = today.addDays(
            -static_cast<qint64>(365.25 * (18 + rng.bounded(45))) - rng.bounded(365));
        p.idNumber = makeNationalId(letters.at(static_cast<int>(rng.bounded(letters.size()))),
            male ? 1 : 2, rng.bounded(10000000u));
        const CodeItem &district = districts.at(static_cast<int>(rng.bounded(districts.size())));
        p.district = district.code;
        p.addressRegistered = QStringLiteral("桃園市%1%2%3號")
                                  .arg(district.zh, pick(Roads))
                                  .arg(1 + rng.bounded(400));
        p.addressLiving = rng.bounded(4) == 0 ? QStringLiteral("桃園市%1%2%3號")
                                                    .arg(district.zh, pick(Roads))
                                                    .arg(1 + rng.bounded(400))
                                              : p.addressRegistered;
        p.mobile = QStringLiteral("09%1-%2-%3")
                       .arg(10 + rng.bounded(90))
                       .arg(rng.bounded(1000), 3, 10, QLatin1Char('0'))
                       .arg(rng.bounded(1000), 3, 10, QLatin1Char('0'));
        if (rng.bounded(2) == 0) {
            p.phone = QStringLiteral("(03)%1-%2")
                          .arg(300 + rng.bounded(700))
                          .arg(rng.bounded(10000), 4, 10, QLatin1Char('0'));
        }
        p.emergencyName = pick(Surnames) + pick(GivenChars) + pick(GivenChars);
        p.emergencyRelation = pick(Relations);
        p.emergencyPhone = QStringLiteral("09%1-%2-%3")
                               .arg(10 + rng.bounded(90))
                               .arg(rng.bounded(1000), 3, 10, QLatin1Char('0'))
                               .arg(rng.bounded(1000), 3, 10, QLatin1Char('0'));
        p.education = QString::number(2 + rng.bounded(6));
        const int certRoll = static_cast<int>(rng.bounded(10));
        if (certRoll < 7) {
            p.certSystem = QStringLiteral("new");
            p.certCategories << QString::number(1 + rng.bounded(8));
            if (rng.bounded(5) == 0)
                p.certCategories << QString::number(1 + rng.bounded(8));
            p.certCategories.removeDuplicates();
            p.certSeverity = QString::number(1 + rng.bounded(3));
            p.certValidUntil = today.addDays(rng.bounded(5 * 365) - 60);
        } else if (certRoll < 9) {
            p.certSystem = QStringLiteral("old");
            // Old-system classes of people who seek work (no 植物人 or 失智症 among job seekers).
            static const QStringList OldClasses = {QStringLiteral("01"), QStringLiteral("02"),
                QStringLiteral("03"), QStringLiteral("04"), QStringLiteral("05"),
                QStringLiteral("06"), QStringLiteral("07"), QStringLiteral("08"),
                QStringLiteral("11"), QStringLiteral("12"), QStringLiteral("13"),
                QStringLiteral("14"), QStringLiteral("15"), QStringLiteral("16")};
            p.certCategories << pick(OldClasses);
            p.certSeverity = QString::number(1 + rng.bounded(4));
        } else if (canAccept) {
            // A 表二 referral of a psychiatric patient without a certificate: the case manager
            // accepts it below.
            p.certSystem = QStringLiteral("psychiatric");
        } else {
            p.certSystem = QStringLiteral("new"); // class 1: nervous system, mental functions
            p.certCategories << QStringLiteral("1");
            p.certSeverity = QString::number(1 + rng.bounded(3));
            p.certValidUntil = today.addDays(rng.bounded(5 * 365) - 60);
        }
        if (rng.bounded(6) == 0)
            p.identityTags << CodeLists::identityTags().at(static_cast<int>(rng.bounded(6))).code;
        auto personId = personsRepo.create(ctx, p);
        if (!personId)
            return tl::unexpected(personId.error());
        ++summary.persons;

        // The case: received some time in the last two years, then walked along the SOP to a target
        // state.
        Case c;
        c.personId = *personId;
        const int source = static_cast<int>(rng.bounded(3));
        c.intakeSource = CodeLists::intakeSources().at(source).code;
        if (source > 0) {
            c.referralUnitType = source == 2
                ? QStringLiteral("medical")
                : CodeLists::referralUnitTypes().at(static_cast<int>(rng.bounded(5))).code;
            c.referralUnitName = pick(ReferralUnits);
        }
        const int target = static_cast<int>(rng.bounded(100));
        // Recently received cases stay in the early states so the 14-day clocks are realistic.
        int age = 30 + static_cast<int>(rng.bounded(700));
        if (target < 10) {
            age = static_cast<int>(rng.bounded(20)); // waiting for assessment: a few overdue
        } else if (target < 15) {
            age = 10 + static_cast<int>(rng.bounded(60)); // at vocational evaluation
        } else if (target >= 22 && target < 40) {
            age = 5
                + static_cast<int>(rng.bounded(30)); // planning or waiting for the unit's answer
        } else if (target >= 65 && target < 85) {
            age = 60
                + static_cast<int>(rng.bounded(200)); // goal reached, closure not yet due for most
        }
        c.receivedOn = today.addDays(-age);
        // Eligibility at intake: a certificate that lapsed before the day of receipt was being
        // renewed; the window's case manager accepts those cases with the reason (a unit's store
        // cannot, so its cases came in earlier).
        if (p.certValidUntil.isValid() && p.certValidUntil < c.receivedOn && !canAccept)
            c.receivedOn = p.certValidUntil;
        const QStringList ineligible = CaseRepository::eligibilityProblems(p, c.receivedOn);
        if (!ineligible.isEmpty()) {
            c.eligibilityOverride = p.certSystem == QLatin1String("psychiatric")
                ? QStringLiteral("表二轉介，精神科專科醫師診斷證明書在案，身心障礙證明鑑定中")
                : QStringLiteral("證明重新鑑定中，已檢附鑑定通知，先行受案");
        }
        const StaffMember &coach = coaches.at(static_cast<int>(rng.bounded(coaches.size())));
        c.coachId = coach.id;
        auto created = casesRepo.create(ctx, c);
        if (!created)
            return tl::unexpected(created.error());
        ++summary.cases;
        QDate on = c.receivedOn;
        auto step = [&](CaseStep s, int maxDays) -> VoidResult {
            on = std::min(today, on.addDays(1 + rng.bounded(std::max(1, maxDays))));
            s.on = on;
            auto r = casesRepo.perform(ctx, created->id, s);
            if (!r)
                return tl::unexpected(r.error());
            return {};
        };
        if (target < 10)
            continue; // 受案: waiting for assessment
        CaseStep assess;
        assess.action = CaseAction::Assess;
        if (target < 15) {
            assess.outcome = AssessmentOutcome::ReferEvaluation;
            if (auto r = step(assess, 13); !r)
                return tl::unexpected(r.error());
            continue;
        }
        if (target < 22) {
            assess.outcome = AssessmentOutcome::Unsuitable;
            assess.referralTarget = pick(ReferralTargets);
            assess.transitionMeetingOn = on.addDays(7);
            assess.transitionMeetingOn = std::min(today, assess.transitionMeetingOn);
            if (auto r = step(assess, 13); !r)
                return tl::unexpected(r.error());
            if (target < 18) {
                CaseStep close;
                close.action = CaseAction::Close;
                close.closureReason = QStringLiteral("02");
                if (auto r = step(close, 20); !r)
                    return tl::unexpected(r.error());
            }
            continue;
        }
        assess.outcome = AssessmentOutcome::Suitable;
        assess.planGoal = QStringLiteral("於一般職場穩定就業，每週工作20小時以上");
        if (auto r = step(assess, 13); !r)
            return tl::unexpected(r.error());
        if (target < 30)
            continue; // 計畫擬定中
        const Unit &unit = units.at(static_cast<int>(rng.bounded(units.size())));
        CaseStep dispatch;
        dispatch.action = CaseAction::Dispatch;
        dispatch.unitId = unit.id;
        dispatch.serviceType = unit.unitType == QLatin1String("sheltered") ? QStringLiteral("07")
            : unit.unitType == QLatin1String("training")                   ? QStringLiteral("03")
            : unit.unitType == QLatin1String("other")                      ? QStringLiteral("10")
                                                                           : QStringLiteral("05");
        if (auto r = step(dispatch, 10); !r)
            return tl::unexpected(r.error());
        if (target < 40)
            continue; // waiting for the unit's answer
        auto ds = casesRepo.dispatches(created->id);
        if (!ds || ds->isEmpty())
            return fail(Error::Kind::Database, tr("The demo dispatch was not stored."));
        CaseStep answer;
        answer.action = CaseAction::AnswerDispatch;
        answer.dispatchId = ds->first().id;
        if (auto r = step(answer, 16); !r)
            return tl::unexpected(r.error());
        QDate seEnd; // the last day of intensive support at the job, if any
        if (unit.unitType == QLatin1String("supported")) {
            // The unit's side of supported employment: profile, placement, the 表3-2 support log.
            SeProfile prof;
            prof.openedOn = on;
            // Doubling follows from the person's district and a completed 附表1, not from these
            // flags.
            prof.remote = p.district == QLatin1String("68000130");
            if (auto r = services.setProfile(ctx, created->id, prof); !r)
                return tl::unexpected(r.error());
            const QDate start = on.addDays(5 + rng.bounded(30));
            if (target >= 45 && start.addDays(14) <= today) {
                const Employer &e = employers.at(static_cast<int>(rng.bounded(employers.size())));
                Placement pl;
                pl.caseId = created->id;
                pl.employerId = e.id;
                pl.jobTitle = pick(JobTitles);
                pl.weeklyHours = 16 + static_cast<int>(rng.bounded(25));
                // A lawful wage: at least the minimum in force when the job starts (monthly for
                // full time, the hourly minimum for part time), and a few hundred dollars more for
                // most.
                int minimum = 0;
                MinimumWage::shipped().lawful(0, pl.weeklyHours, start, &minimum);
                pl.wage = (minimum > 0 ? minimum : pl.weeklyHours * 196 * 52 / 12)
                    + 100 * static_cast<int>(rng.bounded(15));
                pl.startDate = start;
                if (e.headcount <= 5 && rng.bounded(2) == 0) {
                    pl.alternativeEvidence
                        = {QStringLiteral("payroll"), QStringLiteral("time_cards")};
                } else {
                    pl.labourInsuranceFrom = start;
                }
                if (auto r = services.addPlacement(ctx, pl); !r)
                    return tl::unexpected(r.error());
                const int wanted = 6 + static_cast<int>(rng.bounded(10));
                int logged = 0;
                for (QDate d = start; logged < wanted && d <= today; d = d.addDays(1)) {
                    if (!HolidayCalendar::shipped().isWorkingDay(d))
                        continue; // coaches are not at the workplace on weekends and national
                                  // holidays
                    SupportDay day {{}, d, static_cast<double>(2 + rng.bounded(5)),
                        QStringLiteral("workplace"), pick(SupportNotes)};
                    if (auto r = services.logSupportDay(ctx, created->id, day); !r)
                        return tl::unexpected(r.error());
                    ++logged;
                    seEnd = d;
                }
                summary.supportedEmploymentCases << created->id;
                // 表4-1: follow-up contacts after the intensive support, monthly while they fall
                // before today.
                QDate contact = start.addDays(30);
                for (int k = 0; k < 3 && contact <= today; ++k, contact = contact.addMonths(1)) {
                    FollowUp f {{}, contact,
                        k == 1 ? QStringLiteral("phone") : QStringLiteral("visit"),
                        QStringLiteral("employed"), QStringLiteral("工作穩定，雇主滿意")};
                    if (auto r = services.addFollowUp(ctx, created->id, f); !r)
                        return tl::unexpected(r.error());
                }
            }
            // Workplace-adaptation service for some persons already at work (it offsets the coach's
            // target).
            if (rng.bounded(5) == 0) {
                Adaptation a {
                    {}, std::min(today, on.addDays(10)), {}, QStringLiteral("職場人際適應")};
                if (auto r = services.addAdaptation(ctx, created->id, a); !r)
                    return tl::unexpected(r.error());
            }
        }
        if (target < 65)
            continue; // tracking
        // The goal is reached at the job: after the placement and its days of intensive support.
        if (seEnd.isValid())
            on = std::max(on, seEnd);
        CaseStep goal;
        goal.action = CaseAction::ReachGoal;
        if (auto r = step(goal, 150); !r)
            return tl::unexpected(r.error());
        if (target < 85)
            continue; // tracking after the goal
        CaseStep close;
        close.action = CaseAction::Close;
        close.closureReason = QStringLiteral("01");
        if (on.addMonths(6) > today) {
            close.closureReason
                = QString::number(3 + rng.bounded(3)).rightJustified(2, QLatin1Char('0'));
        } else {
            on = CaseWorkflow::closureAllowedFrom(on).addDays(-1);
            // Goal reached closes only after the follow-up minimum too.
            if (auto o = services.outcome(created->id, today);
                o && o->followUpMinimumEnd.isValid()) {
                on = std::max(on, o->followUpMinimumEnd);
                if (on >= today)
                    close.closureReason = QStringLiteral("03");
            }
        }
        if (auto r = step(close, 30); !r)
            return tl::unexpected(r.error());
        // Post-employment support extension for some closed cases; home employment for a few
        // others.
        if (close.closureReason == QLatin1String("01") && rng.bounded(3) == 0) {
            Extension e {{}, std::min(today, on.addDays(1 + rng.bounded(20))), {},
                QStringLiteral("每月電話關懷")};
            if (auto r = services.addExtension(ctx, created->id, e); !r)
                return tl::unexpected(r.error());
        }
    }
    // The group model: each coach leads a group of up to five of their supported-employment cases,
    // with sessions.
    if (auto r = addDemoGroups(ctx, summary.supportedEmploymentCases, today, rng); !r)
        return tl::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return tl::unexpected(r.error());
    if (progress)
        progress(personCount, personCount);
    return summary;
}

} // namespace Casebook::Core
