// SPDX-License-Identifier: GPL-3.0-or-later
#include "forms/model/formrecord.h"

#include "core/cases/caserepository.h"
#include "core/common/rocdate.h"
#include "core/persons/codelists.h"
#include "core/persons/nationalid.h"
#include "core/persons/personrepository.h"
#include "core/services/servicerepository.h"
#include "forms/model/bindings.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace Casebook::Forms {

using namespace Casebook::Core;

namespace {
QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
QDate date(const QString &s)
{
    return QDate::fromString(s, Qt::ISODate);
}
QStringList list(const QString &s)
{
    return s.isEmpty() ? QStringList() : s.split(QLatin1Char(','), Qt::SkipEmptyParts);
}
} // namespace

Result<FormRecord> FormRecord::open(CaseStore &store, const FormDefinition &definition,
    const QString &caseId, const QString &instanceId)
{
    FormRecord r(&store, definition);
    // Before anything is read: a write that lands while the record is read counts as unseen.
    r.m_seenPosition = store.logPosition().value_or(0);
    auto c = CaseRepository(store).find(caseId);
    if (!c)
        return tl::unexpected(c.error());
    r.m_case = *c;
    auto p = PersonRepository(store).find(c->personId);
    if (!p)
        return tl::unexpected(p.error());
    r.m_person = *p;
    if (!instanceId.isEmpty()) {
        FormInstanceRepository forms(store);
        auto i = forms.find(instanceId);
        if (!i)
            return tl::unexpected(i.error());
        if (i->caseId != caseId || i->formId != definition.id) {
            return fail(Error::Kind::Invalid,
                tr("The form %1 does not belong to this case.").arg(instanceId));
        }
        r.m_instance = *i;
        auto v = forms.values(instanceId);
        if (!v)
            return tl::unexpected(v.error());
        r.m_local = *v;
    } else {
        r.m_instance.caseId = caseId;
        r.m_instance.formId = definition.id;
        r.m_instance.formVersion = definition.version;
        r.m_instance.status = QStringLiteral("draft");
    }
    if (auto loaded = r.loadRecords(); !loaded)
        return tl::unexpected(loaded.error());
    return r;
}

namespace {

QString rowsText(const QJsonArray &rows)
{
    return rows.isEmpty() ? QString()
                          : QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact));
}

QString number(double n)
{
    return QString::number(n, 'g', 10);
}

} // namespace

Core::VoidResult FormRecord::loadRecords()
{
    ServiceRepository services(*m_store);
    for (const FieldDef *f : m_definition.allFields()) {
        if (f->bind.startsWith(QLatin1String("profile."))) {
            if (auto p = services.profile(m_case.id)) {
                m_profile = *p;
                m_hasProfile = true;
            }
            continue;
        }
        if (f->bind.startsWith(QLatin1String("placement."))) {
            if (m_derived.contains(QStringLiteral("placement")))
                continue; // read once for all the form's placement fields
            m_derived.insert(QStringLiteral("placement"), QStringLiteral("1"));
            // The case's latest placement, its employer and its 推介成功 day, as the
            // supported-employment records hold them (表3-2's header, 表2-4's and 附表2/3's
            // employer sections).
            auto placements = services.placements(m_case.id);
            if (!placements)
                return tl::unexpected(placements.error());
            if (!placements->isEmpty()) {
                const Placement &p = placements->last();
                m_derived.insert(QStringLiteral("placement.jobTitle"), p.jobTitle);
                m_derived.insert(QStringLiteral("placement.weeklyHours"),
                    p.weeklyHours ? number(p.weeklyHours) : QString());
                m_derived.insert(
                    QStringLiteral("placement.wage"), p.wage ? number(p.wage) : QString());
                m_derived.insert(QStringLiteral("placement.startDate"), iso(p.startDate));
                if (auto e = services.employer(p.employerId)) {
                    m_derived.insert(QStringLiteral("placement.employer"), e->name);
                    m_derived.insert(QStringLiteral("placement.taxId"), e->taxId);
                    m_derived.insert(QStringLiteral("placement.employerDistrict"), e->district);
                    m_derived.insert(QStringLiteral("placement.headcount"),
                        e->headcount ? number(e->headcount) : QString());
                    m_derived.insert(QStringLiteral("placement.contact"), e->contact);
                }
            }
            if (auto o = services.outcome(m_case.id, m_store->clock().today());
                o && o->placementDate)
                m_derived.insert(QStringLiteral("placement.placedOn"), iso(*o->placementDate));
            continue;
        }
        if (f->type != FieldType::Repeat || !f->bind.startsWith(QLatin1String("records.")))
            continue;
        // Each row is one record of the case: its id travels in "_id", each column is the attribute
        // it binds.
        QJsonArray rows;
        auto row = [&](const QString &id, const QHash<QString, QString> &attributes) {
            QJsonObject o {{QStringLiteral("_id"), id}};
            for (const FieldDef &c : f->columns) {
                if (const QString v = attributes.value(c.bind); !v.isEmpty())
                    o.insert(c.id, v);
            }
            rows.append(o);
        };
        if (f->bind == QLatin1String("records.supportDays")) {
            auto days = services.supportDays(m_case.id);
            if (!days)
                return tl::unexpected(days.error());
            for (const SupportDay &d : *days) {
                row(d.id,
                    {{QStringLiteral("day"), iso(d.day)},
                        {QStringLiteral("hours"), number(d.hours)},
                        {QStringLiteral("place"), d.place}, {QStringLiteral("content"), d.content},
                        {QStringLiteral("performance"), d.performance},
                        {QStringLiteral("nextFocus"), d.nextFocus}});
            }
        } else if (f->bind == QLatin1String("records.followUps")) {
            auto contacts = services.followUps(m_case.id);
            if (!contacts)
                return tl::unexpected(contacts.error());
            for (const FollowUp &c : *contacts) {
                row(c.id,
                    {{QStringLiteral("day"), iso(c.day)}, {QStringLiteral("manner"), c.manner},
                        {QStringLiteral("status"), c.employmentStatus},
                        {QStringLiteral("weeklyHours"),
                            c.weeklyHours > 0 ? QString::number(c.weeklyHours) : QString()},
                        {QStringLiteral("wage"), c.wage > 0 ? QString::number(c.wage) : QString()},
                        {QStringLiteral("notes"), c.notes}});
            }
        } else if (f->bind == QLatin1String("records.dispatches")) {
            auto dispatches = CaseRepository(*m_store).dispatches(m_case.id);
            if (!dispatches)
                return tl::unexpected(dispatches.error());
            for (const Dispatch &d : *dispatches) {
                row(d.id,
                    {{QStringLiteral("service"), d.serviceType},
                        {QStringLiteral("unit"), d.unitName},
                        {QStringLiteral("dispatchedOn"), iso(d.dispatchedOn)},
                        {QStringLiteral("answerDue"), iso(d.dispatchedOn.addDays(14))}});
            }
        }
        // Rows an earlier version kept with the form itself are shown as new rows, so saving makes
        // them records (nothing typed is lost, and a row entered twice can be seen and removed).
        const QJsonArray legacy = QJsonDocument::fromJson(m_local.value(f->id).toUtf8()).array();
        m_recordsStored.insert(f->bind, rowsText(rows));
        for (const auto &v : legacy) {
            if (!f->readOnly)
                rows.append(v);
        }
        m_records.insert(f->bind, rowsText(rows));
        if (!legacy.isEmpty() && !f->readOnly)
            m_changed.insert(f->id, rowsText(rows));
    }
    return {};
}

Core::VoidResult FormRecord::saveRecords(const WriteContext &ctx, const FieldDef &f)
{
    ServiceRepository services(*m_store);
    const QJsonArray before
        = QJsonDocument::fromJson(m_recordsStored.value(f.bind).toUtf8()).array();
    const QJsonArray now = rows(f.id);
    QHash<QString, QJsonObject> stored;
    for (const auto &v : before)
        stored.insert(v.toObject().value(QStringLiteral("_id")).toString(), v.toObject());
    QSet<QString> kept;
    const bool days = f.bind == QLatin1String("records.supportDays");
    int n = 0;
    for (const auto &v : now) {
        const QJsonObject o = v.toObject();
        ++n;
        auto cell = [&](const char *attribute) {
            for (const FieldDef &c : f.columns) {
                if (c.bind == QLatin1String(attribute))
                    return o.value(c.id).toString();
            }
            return QString();
        };
        const QString id = o.value(QStringLiteral("_id")).toString();
        if (!id.isEmpty() && stored.contains(id)) {
            kept.insert(id);
            if (stored.value(id) == o)
                continue; // unchanged
        }
        VoidResult saved;
        if (days) {
            SupportDay d {id.isEmpty() || !stored.contains(id) ? QString() : id, date(cell("day")),
                cell("hours").toDouble(), cell("place"), cell("content"), cell("performance"),
                cell("nextFocus")};
            if (d.id.isEmpty()) {
                auto r = services.logSupportDay(ctx, m_case.id, d);
                saved = r ? VoidResult() : VoidResult(tl::unexpected(r.error()));
            } else {
                saved = services.updateSupportDay(ctx, d);
            }
        } else {
            FollowUp c {id.isEmpty() || !stored.contains(id) ? QString() : id, date(cell("day")),
                cell("manner"), cell("status"), cell("notes"), cell("weeklyHours").toInt(),
                cell("wage").toInt()};
            if (c.id.isEmpty()) {
                auto r = services.addFollowUp(ctx, m_case.id, c);
                saved = r ? VoidResult() : VoidResult(tl::unexpected(r.error()));
            } else {
                saved = services.updateFollowUp(ctx, c);
            }
        }
        if (!saved) {
            return fail(saved.error().kind,
                tr("%1, row %2: %3").arg(f.label.text()).arg(n).arg(saved.error().message));
        }
    }
    // A row removed from the form withdraws its record (it stays in the log, and the withdrawal
    // travels).
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (!kept.contains(it.key())) {
            if (auto r = services.withdraw(ctx,
                    days ? QStringLiteral("support_day") : QStringLiteral("follow_up"), it.key());
                !r)
                return r;
        }
    }
    return {};
}

FormRecord FormRecord::detached(const FormDefinition &definition)
{
    FormRecord r(nullptr, definition);
    r.m_instance.formId = definition.id;
    r.m_instance.formVersion = definition.version;
    r.m_instance.status = QStringLiteral("report");
    return r;
}

QString FormRecord::boundValue(const QString &b) const
{
    if (const Bindings::Scalar *scalar = Bindings::find(b))
        return scalar->get(m_person, m_case);
    if (b.startsWith(QLatin1String("records.")))
        return m_records.value(b);
    if (b == QLatin1String("profile.openedOn"))
        return m_hasProfile ? iso(m_profile.openedOn) : QString();
    if (b == QLatin1String("profile.model"))
        return m_hasProfile ? m_profile.model : QString();
    return m_derived.value(b);
}

void FormRecord::setBoundValue(const QString &b, const QString &v)
{
    if (b.startsWith(QLatin1String("records."))) {
        m_records.insert(b, v);
        return;
    }
    if (b.startsWith(QLatin1String("profile."))) {
        if (!m_hasProfile)
            m_profile = SeProfile {date(v), QStringLiteral("individual"), false, false, false};
        m_hasProfile = true;
        if (b == QLatin1String("profile.openedOn")) {
            m_profile.openedOn = date(v);
        } else {
            m_profile.model = v;
        }
        return;
    }
    if (const Bindings::Scalar *scalar = Bindings::find(b); scalar && scalar->set)
        scalar->set(m_person, m_case, v);
}

QString FormRecord::value(const QString &fieldId) const
{
    if (const FieldDef *f = m_definition.field(fieldId); f && !f->bind.isEmpty())
        return boundValue(f->bind);
    return m_local.value(fieldId);
}

void FormRecord::setValue(const QString &fieldId, const QString &v)
{
    const FieldDef *f = m_definition.field(fieldId);
    if (!f || f->readOnly || value(fieldId) == v)
        return;
    if (!f->bind.isEmpty()) {
        setBoundValue(f->bind, v);
    } else {
        m_local.insert(fieldId, v);
    }
    m_changed.insert(fieldId, v);
}

QJsonArray FormRecord::rows(const QString &fieldId) const
{
    return QJsonDocument::fromJson(value(fieldId).toUtf8()).array();
}

void FormRecord::setRows(const QString &fieldId, const QJsonArray &rows)
{
    setValue(fieldId,
        rows.isEmpty() ? QString()
                       : QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)));
}

QString FormRecord::conditionValue(const QString &field) const
{
    if (m_definition.field(field))
        return value(field);
    return boundValue(field);
}

QList<Choice> FormRecord::choicesFor(const FieldDef &field) const
{
    if (field.bind == QLatin1String("person.certCategories")
        && m_person.certSystem == QLatin1String("old")) {
        QList<Choice> old;
        for (const CodeItem &i : CodeLists::disabilityOld())
            old << Choice {i.code, {i.zh, i.en}};
        return old;
    }
    return field.choices;
}

bool FormRecord::isVisible(const FieldDef &field) const
{
    if (!field.visibleIf.isSet())
        return true;
    const QString v = conditionValue(field.visibleIf.field);
    return field.visibleIf.anyOf.isEmpty() ? !v.isEmpty() : field.visibleIf.anyOf.contains(v);
}

QString FormRecord::displayText(const FieldDef &field, const QString &v, bool mask) const
{
    if (v.isEmpty())
        return {};
    switch (field.type) {
    case FieldType::Date:
        return field.shortDate ? RocDate::formatShort(date(v)) : RocDate::formatLong(date(v));
    case FieldType::Money: {
        bool ok = false;
        const qlonglong n = v.toLongLong(&ok);
        return ok ? QStringLiteral("NT$") + QLocale(QLocale::English).toString(n) : v;
    }
    case FieldType::Single:
    case FieldType::Multi: {
        QStringList labels;
        for (const QString &code : list(v)) {
            QString text = code;
            for (const Choice &c : choicesFor(field)) {
                if (c.code == code)
                    text = c.label.zh;
            }
            labels << text;
        }
        return labels.join(QStringLiteral("、"));
    }
    case FieldType::YesNo:
        return v == QLatin1String("1") ? QStringLiteral("是") : QStringLiteral("否");
    default:
        break;
    }
    if (mask && field.masked) {
        if (field.nationalId)
            return NationalId::masked(v);
        // Names keep the first and last character: 王小明 -> 王○明
        if (v.size() >= 3)
            return v.left(1) + QString(v.size() - 2, QChar(0x25CB)) + v.right(1);
        return v.left(1) + QChar(0x25CB);
    }
    return v;
}

void FormRecord::validateValue(const FieldDef &f, const QString &v, const QString &where,
    const QDate &today, QList<FieldProblem> &out) const
{
    if (v.isEmpty())
        return;
    switch (f.type) {
    case FieldType::Date: {
        const QDate d = date(v);
        if (!d.isValid()) {
            out << FieldProblem {where, tr("%1: not a valid date.").arg(f.label.text())};
            return;
        }
        if (f.notFuture && d > today)
            out << FieldProblem {where, tr("%1 cannot lie in the future.").arg(f.label.text())};
        if (f.bind != QLatin1String("person.birthDate") && m_person.birthDate.isValid()
            && d < m_person.birthDate) {
            out << FieldProblem {where,
                tr("%1 (%2) is before the person's birth date (%3).")
                    .arg(f.label.text(), RocDate::formatShort(d),
                        RocDate::formatShort(m_person.birthDate))};
        }
        if (!f.notBefore.isEmpty()) {
            const QDate other = date(conditionValue(f.notBefore));
            if (other.isValid() && d < other) {
                const FieldDef *o = m_definition.field(f.notBefore);
                out << FieldProblem {where,
                    tr("%1 cannot be before %2 (%3).")
                        .arg(f.label.text(), o ? o->label.text() : f.notBefore,
                            RocDate::formatShort(other))};
            }
        }
        return;
    }
    case FieldType::Integer:
    case FieldType::Number:
    case FieldType::Money: {
        bool ok = false;
        const double n = v.toDouble(&ok);
        if (f.type == FieldType::Number) {
            if (!ok) {
                out << FieldProblem {where, tr("%1: enter a number.").arg(f.label.text())};
                return;
            }
            if (f.step && std::abs(n / *f.step - std::round(n / *f.step)) > 1e-9) {
                out << FieldProblem {
                    where, tr("%1: enter it in steps of %2.").arg(f.label.text()).arg(*f.step)};
                return;
            }
        } else if (!ok
            || (f.type == FieldType::Integer
                && n != static_cast<double>(static_cast<qlonglong>(n)))) {
            out << FieldProblem {where, tr("%1: enter a whole number.").arg(f.label.text())};
            return;
        }
        if ((f.min && n < *f.min) || (f.max && n > *f.max)) {
            out << FieldProblem {where,
                tr("%1 must be between %2 and %3.")
                    .arg(f.label.text())
                    .arg(f.min.value_or(0))
                    .arg(f.max ? QString::number(*f.max) : QStringLiteral("∞"))};
        }
        return;
    }
    case FieldType::Single:
    case FieldType::Multi: {
        const QList<Choice> choices = choicesFor(f);
        for (const QString &code : list(v)) {
            if (std::none_of(choices.begin(), choices.end(),
                    [&](const Choice &c) { return c.code == code; })) {
                out << FieldProblem {
                    where, tr("%1: %2 is not one of the choices.").arg(f.label.text(), code)};
            }
        }
        if (f.type == FieldType::Single && list(v).size() > 1)
            out << FieldProblem {where, tr("%1: choose one.").arg(f.label.text())};
        return;
    }
    case FieldType::YesNo:
        if (v != QLatin1String("1") && v != QLatin1String("0"))
            out << FieldProblem {where, tr("%1: answer yes or no.").arg(f.label.text())};
        return;
    default:
        if (f.nationalId && !NationalId::isValid(v)) {
            out << FieldProblem {where,
                tr("%1 is not a valid national ID or resident certificate number (check digit).")
                    .arg(v)};
        }
        return;
    }
}

QList<FieldProblem> FormRecord::problems(const QDate &today) const
{
    QList<FieldProblem> out;
    for (const FieldDef *f : m_definition.allFields()) {
        if (!isVisible(*f))
            continue;
        const QString v = value(f->id);
        bool required = f->required;
        if (f->requiredIf.isSet()) {
            const QString c = conditionValue(f->requiredIf.field);
            required = required
                || (f->requiredIf.anyOf.isEmpty() ? !c.isEmpty() : f->requiredIf.anyOf.contains(c));
        }
        if (f->type == FieldType::Repeat) {
            const QJsonArray rows = this->rows(f->id);
            if ((required && rows.isEmpty()) || rows.size() < f->minRows) {
                out << FieldProblem {f->id,
                    tr("%1: add at least %n row(s).", nullptr, std::max(1, f->minRows))
                        .arg(f->label.text())};
            }
            double sum = 0;
            for (qsizetype r = 0; r < rows.size(); ++r) {
                const QJsonObject row = rows.at(r).toObject();
                for (const FieldDef &col : f->columns) {
                    const QString cell = row.value(col.id).toString();
                    const QString where = QStringLiteral("%1.%2.%3").arg(f->id).arg(r).arg(col.id);
                    if (col.required && cell.isEmpty()) {
                        out << FieldProblem {where,
                            tr("%1, row %2: %3 is required.")
                                .arg(f->label.text())
                                .arg(r + 1)
                                .arg(col.label.text())};
                    }
                    validateValue(col, cell, where, today, out);
                    if (col.id == f->sumColumn)
                        sum += cell.toDouble();
                }
            }
            if (f->sumMax && sum > *f->sumMax) {
                out << FieldProblem {f->id,
                    tr("%1: the total NT$%2 is over the limit of NT$%3.")
                        .arg(f->label.text())
                        .arg(sum, 0, 'f', 0)
                        .arg(*f->sumMax, 0, 'f', 0)};
            }
            continue;
        }
        if (required && v.trimmed().isEmpty() && f->type != FieldType::Signature) {
            if (f->readOnly && f->bind.startsWith(QLatin1String("placement."))) {
                out << FieldProblem {f->id,
                    tr("%1 comes from the placement record: record the placement in the Supported "
                       "employment tab "
                       "first.")
                        .arg(f->label.text())};
            } else {
                out << FieldProblem {f->id, tr("%1 is required.").arg(f->label.text())};
            }
            continue;
        }
        validateValue(*f, v, f->id, today, out);
        // A limit per person and case across forms (附表3: at most NT$2,000 of small job redesign
        // per case).
        if (f->caseSumMax && m_store && !v.isEmpty()) {
            double others = 0;
            FormInstanceRepository forms(*m_store);
            if (auto instances = forms.instances(m_case.id)) {
                for (const FormInstance &i : *instances) {
                    if (i.formId != m_definition.id || i.id == m_instance.id
                        || i.status != QLatin1String("complete"))
                        continue;
                    if (auto values = forms.values(i.id))
                        others += values->value(f->id).toDouble();
                }
            }
            if (others + v.toDouble() > *f->caseSumMax) {
                out << FieldProblem {f->id,
                    tr("%1: with the case's other forms (NT$%2) the total NT$%3 is over the limit "
                       "of NT$%4 per case.")
                        .arg(f->label.text())
                        .arg(others, 0, 'f', 0)
                        .arg(others + v.toDouble(), 0, 'f', 0)
                        .arg(*f->caseSumMax, 0, 'f', 0)};
            }
        }
    }
    // Bound person data must also pass the person rules, so a form never stores a person the editor
    // refuses.
    static const QHash<QString, QString> PersonBindings = [] {
        QHash<QString, QString> byField;
        for (const Bindings::Scalar &scalar : Bindings::scalars()) {
            if (!scalar.personField.isEmpty())
                byField.insert(scalar.personField, scalar.name);
        }
        return byField;
    }();
    if (!m_store)
        return out; // a report: no person behind it
    for (const FieldProblem &p : PersonRepository(*m_store).validate(m_person)) {
        for (const FieldDef *f : m_definition.allFields()) {
            if (f->bind != PersonBindings.value(p.field) || !isVisible(*f))
                continue;
            const bool known = std::any_of(
                out.begin(), out.end(), [&](const FieldProblem &o) { return o.field == f->id; });
            if (!known)
                out << FieldProblem {f->id, p.message};
        }
    }
    return out;
}

QList<StaleWrite> FormRecord::labelled(QList<StaleWrite> stale) const
{
    // A person's or a case's column as the form binds it (person.idNumber is id_number).
    auto column = [](const QString &attribute) {
        QString out;
        for (QChar c : attribute)
            out += c.isUpper() ? QLatin1Char('_') + QString(c.toLower()) : QString(c);
        return out;
    };
    for (StaleWrite &w : stale) {
        for (const FieldDef *f : m_definition.allFields()) {
            const bool local = w.entity == QLatin1String("form_value")
                && w.rowId.section(QLatin1Char(':'), 1) == f->id;
            const bool bound = f->bind.startsWith(w.entity + QLatin1Char('.'))
                && column(f->bind.section(QLatin1Char('.'), 1)) == w.field;
            if (local || bound) {
                w.label = f->label.text();
                break;
            }
        }
    }
    return stale;
}

Core::VoidResult FormRecord::save(const WriteContext &input, bool markComplete)
{
    if (!m_store) {
        return fail(Error::Kind::NotAllowed,
            tr("A report is computed from the records and cannot be saved as a form."));
    }
    const QDate today = m_store->clock().today();
    if (markComplete) {
        const auto open = problems(today);
        if (!open.isEmpty()) {
            return fail(Error::Kind::Invalid,
                tr("The form cannot be marked complete: %1").arg(open.first().message));
        }
    }
    WriteContext ctx = input;
    if (ctx.seenPosition == 0)
        ctx.seenPosition = m_seenPosition;
    m_staleWrites.clear();
    ctx.formId = m_definition.id;
    ctx.formVersion
        = m_instance.formVersion.isEmpty() ? m_definition.version : m_instance.formVersion;
    Transaction tx(*m_store);
    if (!tx.began())
        return tl::unexpected(tx.began().error());
    bool personChanged = false;
    QVariantMap caseFields;
    QHash<QString, QString> local;
    QList<const FieldDef *> recordTables;
    bool profileChanged = false;
    for (auto it = m_changed.cbegin(); it != m_changed.cend(); ++it) {
        const FieldDef *f = m_definition.field(it.key());
        if (!f)
            continue;
        if (f->bind.startsWith(QLatin1String("person."))) {
            personChanged = true;
        } else if (f->bind == QLatin1String("case.referralUnitType")) {
            caseFields.insert(QStringLiteral("referral_unit_type"), m_case.referralUnitType);
        } else if (f->bind == QLatin1String("case.referralUnitName")) {
            caseFields.insert(QStringLiteral("referral_unit_name"), m_case.referralUnitName);
        } else if (f->bind == QLatin1String("case.planGoal")) {
            caseFields.insert(QStringLiteral("plan_goal"), m_case.planGoal);
        } else if (f->bind.startsWith(QLatin1String("records."))) {
            recordTables << f;
        } else if (f->bind.startsWith(QLatin1String("profile."))) {
            profileChanged = true;
        } else if (f->bind.isEmpty()) {
            local.insert(it.key(), it.value());
        }
    }
    // 表0C opens the case for the unit: its date and model are the supported-employment profile.
    if (profileChanged) {
        if (auto r = ServiceRepository(*m_store).setProfile(ctx, m_case.id, m_profile); !r)
            return r;
    }
    // A table of records: its rows are written as the records (the one log the rules count), never
    // with the form.
    for (const FieldDef *f : std::as_const(recordTables)) {
        if (auto r = saveRecords(ctx, *f); !r)
            return r;
        if (!m_local.value(f->id).isEmpty()) {
            local.insert(
                f->id, QString()); // the rows an earlier version kept with the form are records now
        }
    }
    if (personChanged) {
        auto r = PersonRepository(*m_store).update(ctx, m_person);
        if (!r)
            return tl::unexpected(r.error());
    }
    if (!caseFields.isEmpty()) {
        auto r = CaseRepository(*m_store).updateDetails(ctx, m_case.id, caseFields);
        if (!r)
            return tl::unexpected(r.error());
    }
    FormInstanceRepository forms(*m_store);
    if (!isStored()) {
        auto created
            = forms.create(ctx, m_case.id, m_definition.id, m_definition.version, m_startedOn);
        if (!created)
            return tl::unexpected(created.error());
        m_instance = *created;
    }
    if (!local.isEmpty()) {
        auto r = forms.saveValues(ctx, m_instance.id, local);
        if (!r)
            return tl::unexpected(r.error());
    }
    const QString status = markComplete ? QStringLiteral("complete") : QStringLiteral("draft");
    const bool amended
        = markComplete && m_instance.status == QLatin1String("complete") && !m_changed.isEmpty();
    if (status != m_instance.status) {
        if (auto r = forms.setStatus(ctx, m_instance.id, status); !r)
            return tl::unexpected(r.error());
    } else if (amended) {
        // A correction that keeps the form valid keeps it complete, as an amendment of the
        // completed form.
        if (auto r = forms.markAmended(ctx, m_instance.id); !r)
            return tl::unexpected(r.error());
    }
    if (auto r = tx.commit(); !r)
        return tl::unexpected(r.error());
    m_staleWrites = labelled(m_store->staleWrites());
    if (m_staleWrites.isEmpty())
        m_seenPosition = m_store->logPosition().value_or(m_seenPosition);
    if (status != m_instance.status) {
        m_instance.completedOn = markComplete ? today : QDate();
        m_instance.completedBy = markComplete ? ctx.actor : QString();
    }
    if (amended)
        m_instance.amendedOn = today;
    m_instance.status = status;
    m_changed.clear();
    for (auto it = local.cbegin(); it != local.cend(); ++it)
        m_local.insert(it.key(), it.value());
    if (!recordTables.isEmpty()) {
        // The records as stored now, with the ids of the rows just entered.
        m_records.clear();
        m_recordsStored.clear();
        if (auto r = loadRecords(); !r)
            return r;
    }
    return {};
}

QString FormRecord::draftConsequence() const
{
    if (m_instance.status != QLatin1String("complete"))
        return {};
    const QString code
        = m_definition.code.isEmpty() ? m_definition.title.text() : m_definition.code;
    if (m_store && ServiceRepository::sixTables().contains(m_definition.id)) {
        // Would the case lose its supported classification? Count it as if this form were a draft.
        auto outcome = ServiceRepository(*m_store).outcome(m_case.id, m_store->clock().today());
        if (outcome && outcome->classification == EmploymentRules::Classification::Supported) {
            return tr("This case will count as 一般性 (general), not 支持性, until %1 is marked "
                      "complete again; "
                      "the coach's supported successes fall with it.")
                .arg(code);
        }
        return tr(
            "The six tables of this case will not be complete until %1 is marked complete again.")
            .arg(code);
    }
    return tr("%1 will count as not complete until it is marked complete again.").arg(code);
}

} // namespace Casebook::Forms
