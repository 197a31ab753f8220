// SPDX-License-Identifier: GPL-3.0-or-later
#include "forms/model/demoforms.h"

#include "core/services/servicerepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Casebook::Forms::DemoForms {

using namespace Casebook::Core;

namespace {

// Plausible content for the demo's forms, by field id (a field not listed gets a neutral sentence):
// no 測試 placeholders on a printed form.
QString demoText(const FieldDef &f, int row)
{
    static const QHash<QString, QString> Texts = {
        {QStringLiteral("coach"), QStringLiteral("陳怡君")},
        {QStringLiteral("supervisor"), QStringLiteral("黃督導")},
        {QStringLiteral("vrc"), QStringLiteral("林職管員")},
        {QStringLiteral("visitor"), QStringLiteral("陳怡君")},
        {QStringLiteral("employer"), QStringLiteral("平鎮烘焙坊")},
        {QStringLiteral("tax_id"), QStringLiteral("24536806")},
        {QStringLiteral("employer_address"), QStringLiteral("桃園市平鎮區中豐路二段100號")},
        {QStringLiteral("contact"), QStringLiteral("王店長")},
        {QStringLiteral("contact_phone"), QStringLiteral("03-4567890")},
        {QStringLiteral("job_title"), QStringLiteral("烘焙助理")},
        {QStringLiteral("job"), QStringLiteral("烘焙助理")},
        {QStringLiteral("workplace"), QStringLiteral("平鎮烘焙坊")},
        {QStringLiteral("shift"), QStringLiteral("週一至週五 08:00–12:00")},
        {QStringLiteral("goal_job"), QStringLiteral("餐飲及烘焙助理")},
        {QStringLiteral("goal_place"), QStringLiteral("平鎮、中壢一帶")},
        {QStringLiteral("receipt_no"), QStringLiteral("1130520-001")},
        {QStringLiteral("ref_person"), QStringLiteral("李社工")},
        {QStringLiteral("ref_title"), QStringLiteral("社工師")},
        {QStringLiteral("ref_phone"), QStringLiteral("03-3698553")},
        {QStringLiteral("ref_fax"), QStringLiteral("03-3698554")},
        {QStringLiteral("ref_email"), QStringLiteral("social@example.org.tw")},
        {QStringLiteral("diagnosis"), QStringLiteral("輕度智能障礙")},
        {QStringLiteral("aids"), QStringLiteral("無")},
        {QStringLiteral("dx_text"), QStringLiteral("思覺失調症，病情穩定")},
        {QStringLiteral("dx_code"), QStringLiteral("F20.9")},
        {QStringLiteral("md_license"), QStringLiteral("精專醫字第001234號")},
        {QStringLiteral("needs"),
            QStringLiteral(
                "希望在住家附近從事固定作息的工作，需要就服員協助熟悉工作流程與人際互動。")},
        {QStringLiteral("work_history"),
            QStringLiteral("曾於便利商店擔任理貨員約一年，因交通不便離職。")},
        {QStringLiteral("wish"), QStringLiteral("清潔或餐飲助理，平鎮、中壢，日間班。")},
        {QStringLiteral("reason"),
            QStringLiteral("個案出院後病情穩定，有就業意願，需要職業重建服務。")},
        {QStringLiteral("health"), QStringLiteral("規律回診服藥，近一年無住院。")},
        {QStringLiteral("interest"), QStringLiteral("餐飲、清潔")},
        {QStringLiteral("skills"), QStringLiteral("能依提示完成簡單重複的作業，會搭乘公車。")},
        {QStringLiteral("strengths"), QStringLiteral("出勤穩定，態度認真，家人支持。")},
        {QStringLiteral("barriers"), QStringLiteral("工作速度較慢，遇到變動時需要提示。")},
        {QStringLiteral("family"), QStringLiteral("與母親同住，家人支持就業。")},
        {QStringLiteral("recommendation"),
            QStringLiteral("個案已穩定就業，雇主滿意，建議結案並持續追蹤。")},
        {QStringLiteral("problems"), QStringLiteral("站立作業時間長，需要輔助工作檯以調整高度。")},
        {QStringLiteral("job_content"), QStringLiteral("麵糰分割、烤盤清潔與包裝。")},
        {QStringLiteral("employer_opinion"), QStringLiteral("雇主同意改善工作檯。")},
        {QStringLiteral("analysis"),
            QStringLiteral("工作檯高度不符，造成腰背負擔，影響作業速度。")},
        {QStringLiteral("process"),
            QStringLiteral("購置可調式工作檯，並由就服員示範新的作業姿勢。")},
        {QStringLiteral("benefit_notes"), QStringLiteral("作業速度提升，個案表示腰背不適減輕。")},
        {QStringLiteral("item"), QStringLiteral("可調式工作檯")},
        {QStringLiteral("spec"), QStringLiteral("高度70–90公分")},
        {QStringLiteral("receipt"), QStringLiteral("AB-12345678")},
        {QStringLiteral("target"), QStringLiteral("獨立完成包裝流程")},
        {QStringLiteral("strategy"), QStringLiteral("工作分析、示範與逐步褪除提示")},
        {QStringLiteral("natural"), QStringLiteral("同事林小姐")},
        {QStringLiteral("period"), QStringLiteral("109/03–110/02")},
        {QStringLiteral("leave_reason"), QStringLiteral("交通不便")},
        {QStringLiteral("step"), QStringLiteral("領取材料、分割、秤重、裝盤")},
        {QStringLiteral("standard"), QStringLiteral("每盤誤差10公克以內")},
        {QStringLiteral("adjustment"), QStringLiteral("以顏色標示秤重範圍")},
    };
    if (const auto it = Texts.constFind(f.id); it != Texts.constEnd())
        return row > 0 ? it.value() + QStringLiteral("（%1）").arg(row + 1) : it.value();
    if (f.id.endsWith(QLatin1String("_note")))
        return QStringLiteral("經晤談及相關資料確認。");
    return f.type == FieldType::LongText ? QStringLiteral("已於晤談中與個案確認，詳如個案紀錄。")
                                         : QStringLiteral("詳如個案紀錄");
}

} // namespace

void fill(FormRecord &r, int repeatRows, bool recordTables)
{
    // Dates fall after the case was received and not after today, so notBefore/notFuture rules
    // hold.
    const QDate today = r.caseData().receivedOn.isValid()
        ? std::max(r.caseData().receivedOn, QDate::currentDate().addDays(-1))
        : QDate::currentDate().addDays(-1);
    const QDate date = r.caseData().receivedOn.isValid() ? r.caseData().receivedOn : today;
    for (const FieldDef *f : r.definition().allFields()) {
        // Bound fields belong to the person and the case: demo content never overwrites them.
        const bool recordTable = recordTables
            && ((f->type == FieldType::Repeat && f->bind.startsWith(QLatin1String("records.")))
                || f->bind.startsWith(QLatin1String("profile.")));
        if (f->readOnly || (!f->bind.isEmpty() && !recordTable) || !r.value(f->id).isEmpty())
            continue;
        switch (f->type) {
        case FieldType::Text:
        case FieldType::LongText:
            r.setValue(f->id, demoText(*f, 0));
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
                    if (c.type == FieldType::Date) {
                        o.insert(c.id, std::min(today, date.addDays(i)).toString(Qt::ISODate));
                    } else if (c.type == FieldType::Integer || c.type == FieldType::Money
                        || c.type == FieldType::Number) {
                        // Numbered rows count up (序號 1, 2, 3 …); other numbers stay in range.
                        const int base = c.min ? static_cast<int>(*c.min) : 1;
                        int v = c.id == QLatin1String("seq") ? base + i
                            : c.type == FieldType::Money     ? 500 * (1 + i % 3) // NT$ amounts
                                                             : base + 1 + i % 3;
                        if (c.max)
                            v = std::min(v, static_cast<int>(*c.max));
                        o.insert(c.id, QString::number(v));
                    } else if (c.type == FieldType::Single) {
                        o.insert(c.id, c.choices.first().code);
                    } else {
                        o.insert(c.id, demoText(c, i));
                    }
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
            // Begun when the unit opened the case, not on the day the demo was made.
            const auto profile = ServiceRepository(store).profile(caseId);
            const QDate opened = profile && profile->openedOn.isValid() ? profile->openedOn
                                                                        : r->caseData().receivedOn;
            r->setStartedOn(std::min(opened, store.clock().today()));
            // A form whose rows are the case's records (3-2, 4-1) is complete only when the records
            // are there.
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
        const QDate recent
            = std::max(r->caseData().receivedOn, store.clock().today().addDays(-(done * 11) % 90));
        r->setValue(QStringLiteral("done_date"), recent.toString(Qt::ISODate));
        // The visit and assessment (附表2) come first: a redesign counts only after it.
        auto visit = FormRecord::open(store, *assessment, caseId);
        if (!visit)
            return tl::unexpected(visit.error());
        fill(*visit);
        visit->setValue(
            QStringLiteral("visit_date"), r->caseData().receivedOn.toString(Qt::ISODate));
        visit->setStartedOn(std::min(r->caseData().receivedOn, store.clock().today()));
        r->setStartedOn(std::min(recent, store.clock().today()));
        if (auto saved = visit->save(
                {store.identity().name, {}, {}}, visit->problems(store.clock().today()).isEmpty());
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
