// SPDX-License-Identifier: GPL-3.0-or-later
#include "forms/model/demoforms.h"

#include "core/services/servicerepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Casebook::Forms::DemoForms {

using namespace Casebook::Core;

void fill(FormRecord &r, int repeatRows, bool recordTables)
{
    // Dates fall after the case was received and not after today, so notBefore/notFuture rules hold.
    const QDate today = r.caseData().receivedOn.isValid()
        ? std::max(r.caseData().receivedOn, QDate::currentDate().addDays(-1))
        : QDate::currentDate().addDays(-1);
    const QDate date = r.caseData().receivedOn.isValid() ? r.caseData().receivedOn : today;
    for (const FieldDef *f : r.definition().allFields()) {
        // Bound fields belong to the person and the case: demo content never overwrites them.
        const bool recordTable
            = recordTables && f->type == FieldType::Repeat && f->bind.startsWith(QLatin1String("records."));
        if (f->readOnly || (!f->bind.isEmpty() && !recordTable) || !r.value(f->id).isEmpty())
            continue;
        switch (f->type) {
        case FieldType::Text:
            r.setValue(f->id, f->label.zh.left(2) + QStringLiteral("測試"));
            break;
        case FieldType::LongText:
            r.setValue(f->id, QStringLiteral("這是%1的說明文字。").arg(f->label.zh));
            break;
        case FieldType::Date:
            r.setValue(f->id, date.toString(Qt::ISODate));
            break;
        case FieldType::Integer:
            r.setValue(f->id, QString::number(f->min ? static_cast<int>(*f->min) : 1));
            break;
        case FieldType::Number:
            r.setValue(f->id, QString::number(f->min ? *f->min : 1));
            break;
        case FieldType::Money:
            r.setValue(f->id, QStringLiteral("1500"));
            break;
        case FieldType::Single:
        case FieldType::Multi:
            r.setValue(f->id, f->choices.first().code);
            break;
        case FieldType::YesNo:
            r.setValue(f->id, QStringLiteral("1"));
            break;
        case FieldType::Signature:
            break;
        case FieldType::Repeat: {
            QJsonArray rows;
            for (int i = 0; i < repeatRows; ++i) {
                QJsonObject o;
                for (const FieldDef &c : f->columns) {
                    if (c.type == FieldType::Date)
                        o.insert(c.id, std::min(today, date.addDays(i)).toString(Qt::ISODate));
                    else if (c.type == FieldType::Integer || c.type == FieldType::Money || c.type == FieldType::Number)
                        o.insert(c.id, QStringLiteral("%1").arg(c.min ? static_cast<int>(*c.min) + 1 : 1 + i));
                    else if (c.type == FieldType::Single)
                        o.insert(c.id, c.choices.first().code);
                    else
                        o.insert(c.id, QStringLiteral("第%1列%2").arg(i + 1).arg(c.label.zh.left(2)));
                }
                rows.append(o);
            }
            r.setRows(f->id, rows);
            break;
        }
        }
    }
}

Result<int> completeSixTables(CaseStore &store, const QStringList &caseIds)
{
    const auto &catalogue = DefinitionLoader::shipped();
    int done = 0;
    Transaction tx(store);
    if (!tx.began())
        return tl::unexpected(tx.began().error());
    for (const QString &caseId : caseIds) {
        for (const QString &formId : ServiceRepository::sixTables()) {
            const FormDefinition *def = catalogue.find(formId);
            if (!def)
                return fail(Error::Kind::NotFound, QStringLiteral("%1").arg(formId));
            auto r = FormRecord::open(store, *def, caseId);
            if (!r)
                return tl::unexpected(r.error());
            fill(*r);
            // A form whose rows are the case's records (3-2, 4-1) is complete only when the records are there.
            const bool complete = r->problems(store.clock().today()).isEmpty();
            if (auto saved = r->save({store.identity().name, {}, {}}, complete); !saved)
                return tl::unexpected(saved.error());
            done += complete ? 1 : 0;
        }
    }
    if (auto r = tx.commit(); !r)
        return tl::unexpected(r.error());
    return done;
}

Result<int> completeJobRedesigns(CaseStore &store, const QStringList &caseIds)
{
    const FormDefinition *def = DefinitionLoader::shipped().find(QStringLiteral("annex3"));
    if (!def)
        return fail(Error::Kind::NotFound, QStringLiteral("annex3"));
    Transaction tx(store);
    if (!tx.began())
        return tl::unexpected(tx.began().error());
    int done = 0;
    const FormDefinition *assessment = DefinitionLoader::shipped().find(QStringLiteral("annex2"));
    if (!assessment)
        return fail(Error::Kind::NotFound, QStringLiteral("annex2"));
    for (const QString &caseId : caseIds) {
        auto r = FormRecord::open(store, *def, caseId);
        if (!r)
            return tl::unexpected(r.error());
        fill(*r);
        // Done recently (for the monthly reports), not before the case was received.
        const QDate recent = std::max(r->caseData().receivedOn, QDate::currentDate().addDays(-(done * 11) % 90));
        r->setValue(QStringLiteral("done_date"), recent.toString(Qt::ISODate));
        // The visit and assessment (附表2) come first: a redesign counts only after it.
        auto visit = FormRecord::open(store, *assessment, caseId);
        if (!visit)
            return tl::unexpected(visit.error());
        fill(*visit);
        visit->setValue(QStringLiteral("visit_date"), r->caseData().receivedOn.toString(Qt::ISODate));
        if (auto saved = visit->save({store.identity().name, {}, {}}, visit->problems(store.clock().today()).isEmpty());
            !saved)
            return tl::unexpected(saved.error());
        if (auto saved = r->save({store.identity().name, {}, {}}, true); !saved)
            return tl::unexpected(saved.error());
        ++done;
    }
    if (auto r = tx.commit(); !r)
        return tl::unexpected(r.error());
    return done;
}

VoidResult completeDemo(CaseStore &store, const QStringList &cases)
{
    QStringList withTables;
    QStringList withRedesign;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        if (i % 10 < 7)
            withTables << cases.at(i);
        if (i % 8 == 3)
            withRedesign << cases.at(i);
    }
    if (auto r = completeSixTables(store, withTables); !r)
        return tl::unexpected(r.error());
    if (auto r = completeJobRedesigns(store, withRedesign); !r)
        return tl::unexpected(r.error());
    return {};
}

} // namespace Casebook::Forms::DemoForms
