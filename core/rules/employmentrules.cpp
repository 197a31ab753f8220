// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/employmentrules.h"

#include "core/common/rocdate.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace Casebook::Core {

Result<HolidayCalendar> HolidayCalendar::fromJson(const QByteArray &json, const QString &source)
{
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        return fail(Error::Kind::Invalid,
            tr("%1: not valid JSON: %2").arg(source, parseError.errorString()));
    }
    HolidayCalendar c;
    auto read = [&](const char *key, QSet<QDate> &into) -> VoidResult {
        const QJsonObject years = root.value(QString::fromLatin1(key)).toObject();
        for (auto it = years.begin(); it != years.end(); ++it) {
            bool ok = false;
            const int year = it.key().toInt(&ok);
            if (!ok)
                return fail(Error::Kind::Invalid, tr("%1: %2 is not a year").arg(source, it.key()));
            c.m_years.insert(year);
            for (const auto &d : it.value().toArray()) {
                const QDate date = QDate::fromString(d.toString(), Qt::ISODate);
                if (!date.isValid() || date.year() != year) {
                    return fail(Error::Kind::Invalid,
                        tr("%1: %2 is not a date of %3").arg(source, d.toString()).arg(year));
                }
                into.insert(date);
            }
        }
        return {};
    };
    if (auto r = read("holidays", c.m_holidays); !r)
        return tl::unexpected(r.error());
    if (auto r = read("workingWeekends", c.m_workingWeekends); !r)
        return tl::unexpected(r.error());
    return c;
}

QString HolidayCalendar::updatePath()
{
    QString env = qEnvironmentVariable("CASEBOOK_HOLIDAYS");
    if (!env.isEmpty())
        return env;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("holidays-tw.json"));
}

HolidayCalendar HolidayCalendar::updatedWith(const HolidayCalendar &update) const
{
    HolidayCalendar c = *this;
    for (const int year : update.m_years) {
        c.m_years.insert(year);
        auto dropYear = [year](QSet<QDate> &set) {
            for (auto it = set.begin(); it != set.end();)
                it = it->year() == year ? set.erase(it) : std::next(it);
        };
        dropYear(c.m_holidays);
        dropYear(c.m_workingWeekends);
    }
    for (const QDate &d : update.m_holidays)
        c.m_holidays.insert(d);
    for (const QDate &d : update.m_workingWeekends)
        c.m_workingWeekends.insert(d);
    return c;
}

const HolidayCalendar &HolidayCalendar::shipped()
{
    static const HolidayCalendar calendar = [] {
        QFile f(QStringLiteral(":/casebook/rules/holidays-tw.json"));
        if (!f.open(QIODevice::ReadOnly))
            return HolidayCalendar();
        HolidayCalendar base = fromJson(f.readAll(), f.fileName()).value_or(HolidayCalendar());
        // A newer calendar dropped in the data folder updates the shipped one; a broken file is
        // ignored.
        QFile update(updatePath());
        if (update.size() > 0 && update.size() < 1024 * 1024 && update.open(QIODevice::ReadOnly)) {
            if (auto newer = fromJson(update.readAll(), update.fileName()))
                base = base.updatedWith(*newer);
        }
        return base;
    }();
    return calendar;
}

bool HolidayCalendar::isWorkingDay(const QDate &date) const
{
    if (m_workingWeekends.contains(date))
        return true;
    if (date.dayOfWeek() >= 6)
        return false;
    return !m_holidays.contains(date);
}

int HolidayCalendar::countWorkingDays(const QList<QDate> &dates) const
{
    QSet<QDate> distinctDays;
    for (const QDate &d : dates) {
        if (d.isValid() && isWorkingDay(d))
            distinctDays.insert(d);
    }
    return static_cast<int>(distinctDays.size());
}

QList<int> HolidayCalendar::years() const
{
    QList<int> out = m_years.values();
    std::sort(out.begin(), out.end());
    return out;
}

QList<int> HolidayCalendar::missingYears(const QList<QDate> &dates) const
{
    QSet<int> missing;
    for (const QDate &d : dates) {
        if (d.isValid() && !m_years.contains(d.year()))
            missing.insert(d.year());
    }
    QList<int> out = missing.values();
    std::sort(out.begin(), out.end());
    return out;
}

Result<MinimumWage> MinimumWage::fromJson(const QByteArray &json, const QString &source)
{
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        return fail(Error::Kind::Invalid,
            tr("%1: not valid JSON: %2").arg(source, parseError.errorString()));
    }
    MinimumWage w;
    for (const auto &v : root.value(QStringLiteral("rates")).toArray()) {
        const QJsonObject o = v.toObject();
        Rate r {QDate::fromString(o.value(QStringLiteral("from")).toString(), Qt::ISODate),
            o.value(QStringLiteral("monthly")).toInt(-1),
            o.value(QStringLiteral("hourly")).toInt(-1)};
        if (!r.from.isValid() || r.monthly <= 0 || r.hourly <= 0) {
            return fail(Error::Kind::Invalid,
                tr("%1: each rate needs a day (from) and a monthly and an hourly amount above 0.")
                    .arg(source));
        }
        w.m_rates << r;
    }
    std::sort(w.m_rates.begin(), w.m_rates.end(),
        [](const Rate &a, const Rate &b) { return a.from < b.from; });
    return w;
}

QString MinimumWage::updatePath()
{
    QString env = qEnvironmentVariable("CASEBOOK_MINIMUM_WAGE");
    if (!env.isEmpty())
        return env;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("minimum-wage-tw.json"));
}

const MinimumWage &MinimumWage::shipped()
{
    static const MinimumWage wage = [] {
        QFile f(QStringLiteral(":/casebook/rules/minimum-wage-tw.json"));
        if (!f.open(QIODevice::ReadOnly))
            return MinimumWage();
        MinimumWage base = fromJson(f.readAll(), f.fileName()).value_or(MinimumWage());
        // Rates sent later (a new year's) are added; a broken file is ignored.
        QFile update(updatePath());
        if (update.size() > 0 && update.size() < 1024 * 1024 && update.open(QIODevice::ReadOnly)) {
            if (auto newer = fromJson(update.readAll(), update.fileName())) {
                for (const Rate &r : std::as_const(newer->m_rates)) {
                    base.m_rates.erase(std::remove_if(base.m_rates.begin(), base.m_rates.end(),
                                           [&](const Rate &o) { return o.from == r.from; }),
                        base.m_rates.end());
                    base.m_rates << r;
                }
                std::sort(base.m_rates.begin(), base.m_rates.end(),
                    [](const Rate &a, const Rate &b) { return a.from < b.from; });
            }
        }
        return base;
    }();
    return wage;
}

std::optional<MinimumWage::Rate> MinimumWage::at(const QDate &day) const
{
    std::optional<Rate> out;
    for (const Rate &r : m_rates) {
        if (r.from <= day)
            out = r;
    }
    return out;
}

std::optional<bool> MinimumWage::lawful(
    int monthlyWage, int weeklyHours, const QDate &day, int *required) const
{
    const auto rate = at(day);
    if (!rate || weeklyHours <= 0)
        return std::nullopt;
    if (weeklyHours >= FullTimeHours) {
        if (required)
            *required = rate->monthly;
        return monthlyWage >= rate->monthly;
    }
    // Hourly pay = monthly × 12 / (hours × 52) >= the hourly minimum, in whole numbers.
    const qint64 need = static_cast<qint64>(rate->hourly) * weeklyHours * 52;
    if (required)
        *required = static_cast<int>((need + 11) / 12);
    return static_cast<qint64>(monthlyWage) * 12 >= need;
}

namespace EmploymentRules {

std::optional<QDate> placementDate(const QDate &start, const QDate &labourInsuranceFrom,
    int headcount, bool alternativeEvidence, const QDate &today)
{
    if (!start.isValid() || start > today)
        return std::nullopt; // not a day at work yet
    const bool insured = labourInsuranceFrom.isValid() && labourInsuranceFrom <= today;
    const bool smallEmployerEvidence
        = headcount > 0 && headcount <= SmallEmployerHeadcount && alternativeEvidence;
    if (!insured && !smallEmployerEvidence)
        return std::nullopt;
    return start;
}

std::optional<QDate> employmentSuccessDate(
    const QDate &start, int weeklyHours, bool employedBeforeService, const QDate &serviceStart)
{
    if (weeklyHours < PartTimeMinimumHours)
        return std::nullopt;
    const QDate from = employedBeforeService ? serviceStart : start;
    if (!from.isValid())
        return std::nullopt;
    return monthsPeriodEnd(from, SuccessMonths).addDays(1);
}

Classification classify(int intensiveWorkingDays, bool sixTablesComplete)
{
    return intensiveWorkingDays >= IntensiveWorkingDays && sixTablesComplete
        ? Classification::Supported
        : Classification::General;
}

QDate followUpMinimumEnd(const QDate &from)
{
    return monthsPeriodEnd(from, FollowUpMonths);
}

QDate monthlyReportDue(const QDate &month)
{
    const QDate first(month.year(), month.month(), 1);
    return first.addMonths(1).addDays(9);
}

} // namespace EmploymentRules

} // namespace Casebook::Core
