// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/rules/deadlines.h"
#include "core/rules/employmentrules.h"
#include "core/store/casestore.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace Casebook::Core {

// An employer found by job development (就業機會開發).
struct Employer
{
    QString id;
    QString name;
    QString taxId;
    QString district;
    int headcount = 0; // 5 or fewer changes what counts as placement evidence
    QString contact;
};

// The unit's view of a supported-employment case (表0C): when the unit opened it and how it counts.
struct SeProfile
{
    QDate openedOn;
    QString model = QStringLiteral("individual"); // individual / group
    bool remote = false;                          // 偏鄉
    bool highSupport = false;                     // 高度支持需求困難個案 (附表1)
    bool oldCase = false;                         // served in an earlier plan year
};

// A job placement (推介就業) with what the outcome rules need.
struct Placement
{
    QString id;
    QString caseId;
    QString employerId;
    QString jobTitle;
    int weeklyHours = 0;
    int wage = 0;
    QDate startDate;
    QDate endDate;
    QDate labourInsuranceFrom;
    QStringList alternativeEvidence; // employment_insurance, hiring_certificate, payroll,
                                     // time_cards, sign_in
    bool employedBeforeService = false;
};

// One day of intensive on-site support (表3-2); the log is append-only.
struct SupportDay
{
    QString id;
    QDate day;
    double hours = 0; // in half hours
    QString place;    // workplace / other
    QString content;
    QString performance {}; // 個案表現
    QString nextFocus {};   // 下次重點
};

// One follow-up contact (表4-1) after intensive support or stable employment.
struct FollowUp
{
    QString id;
    QDate day;
    QString manner;           // visit / phone / employer / home
    QString employmentStatus; // employed / left / changed
    QString notes;
    int weeklyHours
        = 0;      // 0: not recorded (a default, so older aggregate initialisers stay complete)
    int wage = 0; // NT$ a month; 0: not recorded
};

// Workplace-adaptation service (職場適應服務) for a person already at work.
struct Adaptation
{
    QString id;
    QDate startedOn;
    QDate endedOn; // open while invalid
    QString notes;
};

// Post-employment support extension (Hong Kong style): a membership after closure, at most 18
// months.
struct Extension
{
    QString id;
    QDate startedOn;
    QDate endsOn;
    QString notes;
};

// One step of home employment (居家就業): plan, home assessment, home visit, or follow-up (also
// after closure).
struct HomeService
{
    QString id;
    QString kind; // plan / assessment / visit / follow_up
    QDate day;
    QString notes;
};

// Everything the rules derive for a case on a given day.
struct CaseOutcome
{
    std::optional<QDate> placementDate;   // 推介成功
    std::optional<QDate> successDate;     // 就業成功, when reached by `today`
    std::optional<QDate> successExpected; // when it will be reached if employment continues
    int intensiveWorkingDays = 0;
    QDate intensiveEnd;
    bool sixTablesComplete = false;
    EmploymentRules::Classification classification = EmploymentRules::Classification::General;
    QDate followUpMinimumEnd;
    QList<int> missingCalendarYears; // years of support days with no holiday calendar: the count is
                                     // provisional
    QString notPlaced;  // why a job does not count as 推介成功 (employed before the service)
    QString notSuccess; // why a job that lasted does not count as 就業成功 (wage, hours)
    std::optional<QDate>
        highSupportOn; // 附表1 completed on (its criteria judged by the plan year's rules)
    QHash<QString, QString>
        highSupportValues; // the completed 附表1's values, for the plan year's criteria
    QString district;      // the person's district (偏鄉 by the plan year's list)
};

// The service records of many cases at once, read in a few queries, for reports over a whole store.
struct ServiceRecords
{
    QHash<QString, SeProfile> profiles;           // by case id
    QHash<QString, QList<QDate>> supportDays;     // by case id
    QHash<QString, QList<Placement>> placements;  // by case id, by start date
    QHash<QString, QList<QDate>> followUpDays;    // by case id
    QHash<QString, QSet<QString>> completedForms; // by case id
    QHash<QString, QHash<QString, QDate>>
        completedOn;                    // by case id, form id: the first completion day
    QHash<QString, Employer> employers; // by id
    QHash<QString, QString> districts;  // the person's district, by case id
    QHash<QString, QHash<QString, QString>>
        highSupportValues; // the latest completed 附表1's values, by case id
};

// Reads and writes the supported-employment service records of cases, and derives their outcomes.
class ServiceRepository
{
    Q_DECLARE_TR_FUNCTIONS(ServiceRepository)

public:
    explicit ServiceRepository(CaseStore &store) : m_store(store) { }

    Result<QString> addEmployer(const WriteContext &ctx, Employer employer);
    Result<Employer> employer(const QString &id) const;
    Result<QList<Employer>> employers() const;
    VoidResult setProfile(const WriteContext &ctx, const QString &caseId, const SeProfile &profile);
    Result<SeProfile> profile(const QString &caseId) const;
    Result<QString> addPlacement(const WriteContext &ctx, Placement placement);
    Result<QList<Placement>> placements(const QString &caseId) const;
    Result<QString> logSupportDay(const WriteContext &ctx, const QString &caseId, SupportDay day);
    Result<QList<SupportDay>> supportDays(const QString &caseId) const;
    // Corrects a support day (from the quick entry or a row of 表3-2); the same checks as a new
    // one.
    VoidResult updateSupportDay(const WriteContext &ctx, const SupportDay &day);
    Result<QString> addFollowUp(const WriteContext &ctx, const QString &caseId, FollowUp followUp);
    Result<QList<FollowUp>> followUps(const QString &caseId) const;
    // Corrects a follow-up contact (a row of 表4-1); the same checks as a new one.
    VoidResult updateFollowUp(const WriteContext &ctx, const FollowUp &followUp);
    Result<QString> addAdaptation(
        const WriteContext &ctx, const QString &caseId, Adaptation adaptation);
    Result<QList<Adaptation>> adaptations(const QString &caseId) const;
    // Per coach, the distinct persons given workplace-adaptation service during [from, to].
    Result<QHash<QString, QSet<QString>>> adaptationPersons(
        const QDate &from, const QDate &to) const;

    // Small job-redesign cases (附表3 complete, its 完成日期 in [from, to], after a completed 附表2
    // of the same case visited on or before that day) per coach: the count and the NT$ total.
    struct Redesigns
    {
        int cases = 0;
        qint64 amount = 0;
    };
    Result<QHash<QString, Redesigns>> jobRedesigns(const QDate &from, const QDate &to) const;

    // Home employment: a plan comes first; visits and follow-up after it; after closure only
    // follow-up.
    Result<QString> addHomeService(
        const WriteContext &ctx, const QString &caseId, HomeService service);
    Result<QList<HomeService>> homeServices(const QString &caseId) const;

    static constexpr int ExtensionMonths = 18;
    // Begins an extension for a closed case: from its closure on, ending at most 18 months later.
    Result<QString> addExtension(
        const WriteContext &ctx, const QString &caseId, Extension extension);
    Result<QList<Extension>> extensions(const QString &caseId) const;

    // Corrects a placement (hours, wage, dates, evidence); the same checks as a new one.
    VoidResult updatePlacement(const WriteContext &ctx, const Placement &placement);
    // Withdraws a record entered by mistake (a placement, support day, follow-up or adaptation
    // service): it stays in the log as a tombstone, so the withdrawal travels and can be seen.
    VoidResult withdraw(const WriteContext &ctx, const QString &entity, const QString &id);

    // The supported-employment deadlines on `today` (R-06 follow-up minimum ends within two weeks
    // or passed in the last month, R-09 each unit's monthly report, certificates of persons with
    // open cases that expire within 60 days or have expired): a few grouped queries, so that it
    // stays quick on a large store. With caseIds, those of these cases (and the units' reports).
    Result<QList<Deadline>> deadlines(
        const QDate &today, const std::optional<QStringList> &caseIds = std::nullopt) const;
    // The follow-up minimum's (they read the records of the cases that can be in its window).
    Result<QList<Deadline>> followUpDeadlines(
        const QDate &today, const std::optional<QStringList> &caseIds = std::nullopt) const;
    // The certificates' (from an index).
    Result<QList<Deadline>> certificateDeadlines(
        const QDate &today, const std::optional<QStringList> &caseIds = std::nullopt) const;
    // A follow-up minimum is shown from two weeks before its end to a month after.
    static constexpr int FollowUpShownAheadDays = 14;
    static constexpr int FollowUpShownPastDays = 30;
    // The earliest date a deadline of deadlines(today) other than a certificate's can fall on.
    static QDate earliestBesideCertificates(const QDate &today);
    // A certificate is shown from 60 days before it expires to 90 days after; an extension's end
    // from 30 days before to 30 days after.
    static constexpr int CertificateShownAheadDays = 60;
    static constexpr int CertificateShownPastDays = 90;
    static constexpr int ExtensionShownDays = 30;

    // The six tables of R-05 (0C, 2-1, 2-4, 3-1, 3-2, 4-1), by form id.
    static QStringList sixTables();
    // The form whose completion makes a high-support case (附表1); its criteria are in the plan
    // year's rules.
    static QString highSupportForm() { return QStringLiteral("annex1"); }
    Result<CaseOutcome> outcome(const QString &caseId, const QDate &today,
        const HolidayCalendar &calendar = HolidayCalendar::shipped()) const;
    // Every case's records (profiles, support days, placements, follow-ups, completed forms,
    // employers).
    Result<ServiceRecords> allRecords() const;
    // The records of the given cases (read a chunk of cases at a time), or of every case.
    Result<ServiceRecords> recordsOf(const std::optional<QStringList> &caseIds) const;
    // The outcome from records already read: the same rules as outcome().
    static CaseOutcome outcomeOf(const QString &caseId, const ServiceRecords &records,
        const QDate &today, const HolidayCalendar &calendar = HolidayCalendar::shipped(),
        const MinimumWage &minimumWage = MinimumWage::shipped());

private:
    // Adds the deadlines of one kind that `sql` reads as rows of case id, case number, person,
    // coach and date, for the dates from `ahead` days after today back to `past` days before
    // (its two parameters); of the given cases only (the case `c`) with caseIds.
    VoidResult windowedDeadlines(QList<Deadline> &out, DeadlineKind kind, const QString &sql,
        const QDate &today, int ahead, int past,
        const std::optional<QStringList> &caseIds = std::nullopt) const;
    Result<ServiceRecords> records(const QString &caseId) const;
    VoidResult checkSupportDay(const SupportDay &day) const;
    VoidResult checkFollowUp(const FollowUp &followUp) const;
    VoidResult checkPlacement(const Placement &placement) const;
    CaseStore &m_store;
};

} // namespace Casebook::Core
