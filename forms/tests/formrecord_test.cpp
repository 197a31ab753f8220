// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demogenerator.h"
#include "core/forms/forminstancerepository.h"
#include "core/services/servicerepository.h"
#include "core/units/unitrepository.h"
#include "forms/model/bindings.h"
#include "forms/tests/formtesthelpers.h"

#include <QFile>

using namespace Casebook;
using namespace Casebook::Forms;
using Casebook::Forms::Test::fixedClock;
using Casebook::Forms::Test::Fixture;

namespace {
bool hasProblem(
    const QList<Core::FieldProblem> &problems, const QString &field, const QString &text = {})
{
    return std::any_of(problems.begin(), problems.end(), [&](const Core::FieldProblem &p) {
        return p.field == field && (text.isEmpty() || p.message.contains(text));
    });
}
} // namespace

TEST_CASE("Enter once: a birth date corrected on 表一 shows on 表三 and in the person record",
    "[forms][record]")
{
    Fixture fx;
    FormRecord t1 = fx.open(fx.form("表一"));
    CHECK(t1.value(QStringLiteral("birth_date")) == QStringLiteral("1985-02-14"));
    CHECK(t1.value(QStringLiteral("ref_unit_name")) == QStringLiteral("桃園療養院"));
    t1.setValue(QStringLiteral("birth_date"), QStringLiteral("1985-03-14"));
    t1.setValue(QStringLiteral("reason"), QStringLiteral("需要就業服務"));
    REQUIRE(t1.save({}));
    CHECK(t1.isStored());

    FormRecord t3 = fx.open(fx.form("表三"));
    CHECK(t3.value(QStringLiteral("birth_date")) == QStringLiteral("1985-03-14"));
    CHECK(Core::PersonRepository(*fx.store).find(fx.personId)->birthDate == QDate(1985, 3, 14));
    // and the log names the form that made the change
    auto ops = fx.store->operationsForRow(fx.personId);
    REQUIRE(ops);
    CHECK(ops->last().field == QStringLiteral("birth_date"));
    CHECK(ops->last().formId == QStringLiteral("table1"));
    CHECK(ops->last().formVersion == QStringLiteral("1"));

    // A read-only binding (the case number) is not written by a form.
    t3.setValue(QStringLiteral("case_no"), QStringLiteral("X"));
    CHECK(t3.value(QStringLiteral("case_no"))
        == fx.open(fx.form("表三")).value(QStringLiteral("case_no")));
}

TEST_CASE("Every field type round-trips through the store", "[forms][record]")
{
    Fixture fx;
    auto def = DefinitionLoader::fromFile(QStringLiteral(CASEBOOK_FORMS_TESTDATA "/alltypes.json"));
    REQUIRE(def);
    auto r = FormRecord::open(*fx.store, *def, fx.caseId);
    REQUIRE(r);
    const QHash<QString, QString> values = {
        {QStringLiteral("t"), QStringLiteral("文字 text")},
        {QStringLiteral("lt"), QStringLiteral("第一行\n第二行")},
        {QStringLiteral("d"), QStringLiteral("2024-05-01")},
        {QStringLiteral("i"), QStringLiteral("20")},
        {QStringLiteral("m"), QStringLiteral("1999")},
        {QStringLiteral("s"), QStringLiteral("g")},
        {QStringLiteral("mu"), QStringLiteral("r,g")},
        {QStringLiteral("yn"), QStringLiteral("0")},
        {QStringLiteral("sig"), QStringLiteral("林美玲 113/05/01")},
        {QStringLiteral("rows"),
            QStringLiteral(R"([{"amount":"500","when":"2024-05-01"},{"amount":"700"}])")},
        {QStringLiteral("birth"), QStringLiteral("1985-02-15")},
    };
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        r->setValue(it.key(), it.value());
    CHECK(r->problems(fixedClock().today()).isEmpty());
    REQUIRE(r->save({}, true));
    const QString instance = r->instance().id;

    auto again = FormRecord::open(*fx.store, *def, fx.caseId, instance);
    REQUIRE(again);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(again->value(it.key()) == it.value());
    }
    CHECK(again->instance().status == QStringLiteral("complete"));
    CHECK(fx.store->check()->isSound());

    // An old instance stays readable after its definition changes: version 2 drops "t" and adds
    // "extra".
    QFile f(QStringLiteral(CASEBOOK_FORMS_TESTDATA "/alltypes.json"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    QByteArray json = f.readAll();
    json.replace("\"version\": \"1\"", "\"version\": \"2\"");
    json.replace(
        "{\"id\": \"t\", \"label\": {\"zh\": \"文字\", \"en\": \"Text\"}, \"type\": \"text\"},",
        "{\"id\": \"extra\", \"label\": {\"zh\": \"新欄位\", \"en\": \"New\"}, \"type\": "
        "\"text\"},");
    auto v2 = DefinitionLoader::fromJson(json, QStringLiteral("alltypes-v2.json"));
    REQUIRE(v2);
    REQUIRE(v2->version == QStringLiteral("2"));
    auto old = FormRecord::open(*fx.store, *v2, fx.caseId, instance);
    REQUIRE(old);
    CHECK(old->instance().formVersion == QStringLiteral("1"));
    CHECK(old->value(QStringLiteral("d")) == QStringLiteral("2024-05-01"));
    CHECK(old->value(QStringLiteral("extra")).isEmpty());
    // the value of the dropped field is still stored with the instance
    CHECK(Core::FormInstanceRepository(*fx.store).values(instance)->value(QStringLiteral("t"))
        == QStringLiteral("文字 text"));
}

TEST_CASE("Bad input is reported at the field and keeps the form from being complete",
    "[forms][validation]")
{
    Fixture fx;
    const QDate today = fixedClock().today();

    SECTION("a wrong national ID")
    {
        FormRecord r = fx.open(fx.form("表一"));
        r.setValue(QStringLiteral("id_number"), QStringLiteral("F131232217"));
        CHECK(hasProblem(
            r.problems(today), QStringLiteral("id_number"), QStringLiteral("F131232217")));
        auto saved = r.save({}, true);
        REQUIRE_FALSE(saved);
        CHECK(Core::FormInstanceRepository(*fx.store).completedForms(fx.caseId)->isEmpty());
        CHECK(Core::PersonRepository(*fx.store).find(fx.personId)->idNumber
            == QStringLiteral("F131232216"));
    }
    SECTION("a missing required field")
    {
        FormRecord r = fx.open(fx.form("表一"));
        CHECK(hasProblem(r.problems(today), QStringLiteral("reason"), QStringLiteral("required")));
        CHECK_FALSE(r.save({}, true));
        // a draft may be saved with problems
        CHECK(r.save({}, false));
        CHECK(r.instance().status == QStringLiteral("draft"));
    }
    SECTION("a date in the future and a date before birth")
    {
        FormRecord t1 = fx.open(fx.form("表一"));
        t1.setValue(QStringLiteral("notify_date"), QStringLiteral("2024-06-04"));
        CHECK(hasProblem(
            t1.problems(today), QStringLiteral("notify_date"), QStringLiteral("future")));
        FormRecord t3 = fx.open(fx.form("表三"));
        t3.setValue(QStringLiteral("sign_date"), QStringLiteral("1980-01-01"));
        CHECK(hasProblem(t3.problems(today), QStringLiteral("sign_date"), QStringLiteral("birth")));
        // before the receipt of the case
        t3.setValue(QStringLiteral("intv_date"), QStringLiteral("2024-05-19"));
        CHECK(hasProblem(t3.problems(today), QStringLiteral("intv_date")));
        t3.setValue(QStringLiteral("intv_date"), QStringLiteral("2024-05-20"));
        CHECK_FALSE(hasProblem(t3.problems(today), QStringLiteral("intv_date")));
    }
    SECTION("weekly hours out of range")
    {
        FormRecord r = fx.open(fx.form("2-1"));
        r.setValue(QStringLiteral("goal_hours"), QStringLiteral("90"));
        CHECK(
            hasProblem(r.problems(today), QStringLiteral("goal_hours"), QStringLiteral("between")));
        r.setValue(QStringLiteral("goal_hours"), QStringLiteral("twenty"));
        CHECK(hasProblem(
            r.problems(today), QStringLiteral("goal_hours"), QStringLiteral("whole number")));
        r.setValue(QStringLiteral("goal_hours"), QStringLiteral("20"));
        CHECK_FALSE(hasProblem(r.problems(today), QStringLiteral("goal_hours")));
    }
    SECTION("表2-4's employer comes from the placement record, not from the form")
    {
        FormRecord before = fx.open(fx.form("2-4"));
        CHECK(hasProblem(before.problems(today), QStringLiteral("employer"),
            QStringLiteral("placement record")));
        before.setValue(QStringLiteral("employer"), QStringLiteral("手填的公司"));
        CHECK(before.value(QStringLiteral("employer")).isEmpty()); // read-only: the records decide
        fx.place();
        FormRecord r = fx.open(fx.form("2-4"));
        CHECK(r.value(QStringLiteral("employer")) == QStringLiteral("桃園物流股份有限公司"));
        CHECK(r.value(QStringLiteral("tax_id")) == QStringLiteral("12345675"));
        CHECK(r.value(QStringLiteral("employer_district")) == QStringLiteral("68000010"));
        CHECK(r.value(QStringLiteral("headcount")) == QStringLiteral("42"));
        CHECK(r.value(QStringLiteral("job_title")) == QStringLiteral("倉儲理貨員"));
        CHECK(r.value(QStringLiteral("weekly_hours")) == QStringLiteral("20"));
        CHECK(r.value(QStringLiteral("wage")) == QStringLiteral("16000"));
        CHECK_FALSE(hasProblem(r.problems(today), QStringLiteral("employer")));
        FormRecord a2 = fx.open(fx.form("附表2"));
        CHECK(a2.value(QStringLiteral("start_date")) == QStringLiteral("2024-05-29"));
        CHECK(a2.value(QStringLiteral("contact")) == QStringLiteral("王經理"));
    }
    SECTION("a job-redesign total over NT$2,000")
    {
        FormRecord r = fx.open(fx.form("附表2"));
        r.setValue(QStringLiteral("total"), QStringLiteral("2500"));
        CHECK(hasProblem(r.problems(today), QStringLiteral("total"), QStringLiteral("2000")));
        QJsonArray rows;
        rows.append(QJsonObject {{QStringLiteral("item"), QStringLiteral("防滑墊")},
            {QStringLiteral("subtotal"), QStringLiteral("1500")}});
        rows.append(QJsonObject {{QStringLiteral("item"), QStringLiteral("放大鏡")},
            {QStringLiteral("subtotal"), QStringLiteral("1000")}});
        r.setRows(QStringLiteral("items"), rows);
        CHECK(hasProblem(r.problems(today), QStringLiteral("items"), QStringLiteral("2000")));
        CHECK_FALSE(r.save({}, true));
    }
    SECTION("job-redesign reports of one case together over NT$2,000")
    {
        // A first complete 附表3 of NT$1,500, directly through the repository.
        Core::FormInstanceRepository forms(*fx.store);
        auto first = forms.create({}, fx.caseId, QStringLiteral("annex3"), QStringLiteral("1"));
        REQUIRE(first);
        REQUIRE(
            forms.saveValues({}, first->id, {{QStringLiteral("total"), QStringLiteral("1500")}}));
        REQUIRE(forms.setStatus({}, first->id, QStringLiteral("complete")));
        FormRecord second = fx.open(fx.form("附表3"));
        second.setValue(QStringLiteral("total"), QStringLiteral("600"));
        CHECK(hasProblem(second.problems(today), QStringLiteral("total"), QStringLiteral("1500")));
        second.setValue(QStringLiteral("total"), QStringLiteral("500"));
        CHECK_FALSE(hasProblem(second.problems(today), QStringLiteral("total")));
    }
    SECTION(
        "a condition from the workflow: referred to vocational evaluation, the reason is required")
    {
        const QString referred = fx.assessedCase(Core::AssessmentOutcome::ReferEvaluation);
        auto opened = FormRecord::open(*fx.store, fx.form("表三"), referred);
        REQUIRE(opened);
        FormRecord r = *opened;
        // 表三 shows the assessment the case records, and a form cannot change it.
        CHECK(r.value(QStringLiteral("result")) == QStringLiteral("refer_evaluation"));
        r.setValue(QStringLiteral("result"), QStringLiteral("suitable"));
        CHECK(r.value(QStringLiteral("result")) == QStringLiteral("refer_evaluation"));
        const FieldDef *f = r.definition().field(QStringLiteral("vocational_eval_reason"));
        CHECK(r.isVisible(*f));
        CHECK(hasProblem(r.problems(today), QStringLiteral("vocational_eval_reason")));
        r.setValue(
            QStringLiteral("vocational_eval_reason"), QStringLiteral("需評估體能與持續工作能力"));
        CHECK_FALSE(hasProblem(r.problems(today), QStringLiteral("vocational_eval_reason")));
        // The fixture's case was found suitable: no reason asked for.
        FormRecord suitable = fx.open(fx.form("表三"));
        CHECK(suitable.value(QStringLiteral("result")) == QStringLiteral("suitable"));
        CHECK_FALSE(suitable.isVisible(*f));
        // An unsuitable case shows the unit it was referred to and the transition meeting from the
        // step.
        auto unsuitable = FormRecord::open(
            *fx.store, fx.form("表三"), fx.assessedCase(Core::AssessmentOutcome::Unsuitable));
        REQUIRE(unsuitable);
        CHECK(unsuitable->value(QStringLiteral("transfer_unit")) == QStringLiteral("桃園市社會局"));
        CHECK(unsuitable->value(QStringLiteral("transition_meeting"))
            == QStringLiteral("2024-05-27"));
        CHECK_FALSE(hasProblem(unsuitable->problems(today), QStringLiteral("transfer_unit")));
    }
}

TEST_CASE("Every shipped form can be filled and marked complete", "[forms][record]")
{
    Fixture fx;
    fx.place();
    for (const FormDefinition &def : DefinitionLoader::shipped().forms) {
        INFO(def.id.toStdString());
        FormRecord r = fx.open(def);
        Test::fillExample(r);
        const auto problems = r.problems(fixedClock().today());
        for (const auto &p : problems)
            UNSCOPED_INFO(p.field.toStdString() << ": " << p.message.toStdString());
        CHECK(problems.isEmpty());
        CHECK(r.save({}, true));
    }
    CHECK(Core::FormInstanceRepository(*fx.store).instances(fx.caseId)->size() == 12);
    const auto complete = Core::FormInstanceRepository(*fx.store).completedForms(fx.caseId);
    REQUIRE(complete);
    for (const char *id : {"table0c", "table2_1", "table2_4", "table3_1", "table3_2", "table4_1"})
        CHECK(complete->contains(QString::fromLatin1(id)));
}

TEST_CASE("Completion is an event: its day and person are kept, a valid correction is an amendment",
    "[forms][record][completion]")
{
    Fixture fx;
    const FormDefinition &def = fx.form("表3-2");
    FormRecord r = fx.open(def);
    Test::fillExample(r);
    REQUIRE(r.save({QStringLiteral("陳怡君"), {}, {}}, true));
    const QString id = r.instance().id;
    Core::FormInstanceRepository forms(*fx.store);
    auto stored = forms.find(id);
    REQUIRE(stored);
    CHECK(stored->status == QStringLiteral("complete"));
    CHECK(stored->completedOn == fixedClock().today());
    CHECK(stored->completedBy == QStringLiteral("陳怡君"));
    CHECK_FALSE(stored->amendedOn.isValid());
    CHECK(r.draftConsequence().contains(QStringLiteral("表3-2")));

    // A correction that keeps the form valid, saved as complete: it stays complete, dated as an
    // amendment.
    FormRecord again = *FormRecord::open(*fx.store, def, fx.caseId, id);
    QJsonArray rows = again.rows(QStringLiteral("log"));
    REQUIRE_FALSE(rows.isEmpty());
    QJsonObject first = rows.first().toObject();
    first.insert(QStringLiteral("content"), QStringLiteral("更正：工作流程示範與提示"));
    rows.replace(0, first);
    again.setRows(QStringLiteral("log"), rows);
    REQUIRE(again.save({QStringLiteral("林志豪"), {}, {}}, true));
    stored = forms.find(id);
    CHECK(stored->status == QStringLiteral("complete"));
    CHECK(stored->completedBy == QStringLiteral("陳怡君")); // the completion is not redone
    CHECK(stored->amendedOn == fixedClock().today());

    // Saved as a draft (after the editor asked), it is no longer complete and its completion day is
    // cleared.
    REQUIRE(again.save({}, false));
    stored = forms.find(id);
    CHECK(stored->status == QStringLiteral("draft"));
    CHECK_FALSE(stored->completedOn.isValid());
    CHECK(again.draftConsequence().isEmpty());
    CHECK_FALSE(forms.completedForms(fx.caseId)->contains(QStringLiteral("table3_2")));
}

TEST_CASE("One log: a row of 表3-2 is the support-day record the rules count, and the reverse",
    "[forms][records]")
{
    Fixture fx;
    Core::ServiceRepository services(*fx.store);
    // The quick entry (the 支持性就業 tab) logs a day of 2.5 hours: the form shows it as its row.
    REQUIRE(services.logSupportDay({}, fx.caseId,
        {{}, QDate(2024, 5, 28), 2.5, QStringLiteral("workplace"),
            QStringLiteral("工作流程示範")}));
    FormRecord r = fx.open(fx.form("表3-2"));
    QJsonArray rows = r.rows(QStringLiteral("log"));
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().toObject().value(QStringLiteral("date")).toString()
        == QStringLiteral("2024-05-28"));
    CHECK(
        rows.first().toObject().value(QStringLiteral("hours")).toString() == QStringLiteral("2.5"));
    CHECK(rows.first().toObject().value(QStringLiteral("content")).toString()
        == QStringLiteral("工作流程示範"));
    CHECK_FALSE(hasProblem(r.problems(fixedClock().today()), QStringLiteral("log")));

    // A row entered on the form is a support day, counted by the rules; a half hour is allowed, 2.3
    // hours is not.
    rows.append(QJsonObject {{QStringLiteral("date"), QStringLiteral("2024-05-29")},
        {QStringLiteral("hours"), "3.5"}, {QStringLiteral("place"), QStringLiteral("workplace")},
        {QStringLiteral("content"), QStringLiteral("提示")},
        {QStringLiteral("performance"), QStringLiteral("能獨立完成")},
        {QStringLiteral("next"), QStringLiteral("褪除")}});
    r.setRows(QStringLiteral("log"), rows);
    REQUIRE(r.save({QStringLiteral("陳怡君"), {}, {}}));
    auto days = services.supportDays(fx.caseId);
    REQUIRE(days);
    REQUIRE(days->size() == 2);
    CHECK(days->at(1).hours == 3.5);
    CHECK(days->at(1).performance == QStringLiteral("能獨立完成"));
    CHECK(days->at(1).nextFocus == QStringLiteral("褪除"));
    CHECK(services.outcome(fx.caseId, fixedClock().today())->intensiveWorkingDays == 2);
    // Nothing of the rows is kept with the form itself.
    CHECK_FALSE(Core::FormInstanceRepository(*fx.store)
                    .values(r.instance().id)
                    ->contains(QStringLiteral("log")));

    FormRecord bad = fx.open(fx.form("表3-2"), r.instance().id);
    QJsonArray badRows = bad.rows(QStringLiteral("log"));
    QJsonObject odd = badRows.at(1).toObject();
    odd.insert(QStringLiteral("hours"), QStringLiteral("2.3"));
    badRows.replace(1, odd);
    bad.setRows(QStringLiteral("log"), badRows);
    CHECK(hasProblem(
        bad.problems(fixedClock().today()), QStringLiteral("log.1.hours"), QStringLiteral("0.5")));
    // Saved anyway (a draft), the store refuses the row and nothing changes.
    const qint64 before = *fx.store->operationCount();
    auto refused = bad.save({});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("row 2")));
    CHECK(*fx.store->operationCount() == before);
    CHECK(services.supportDays(fx.caseId)->at(1).hours == 3.5);
    // The quick entry refuses the same odd hours.
    CHECK_FALSE(services.logSupportDay({}, fx.caseId, {{}, QDate(2024, 5, 30), 2.3, {}, {}}));

    // A correction on the form corrects the record; a removed row withdraws it.
    FormRecord edit = fx.open(fx.form("表3-2"), r.instance().id);
    QJsonArray editRows = edit.rows(QStringLiteral("log"));
    QJsonObject first = editRows.at(0).toObject();
    first.insert(QStringLiteral("hours"), QStringLiteral("3"));
    editRows.replace(0, first);
    editRows.removeAt(1);
    edit.setRows(QStringLiteral("log"), editRows);
    REQUIRE(edit.save({}));
    days = services.supportDays(fx.caseId);
    REQUIRE(days->size() == 1);
    CHECK(days->first().hours == 3);
    CHECK(days->first().day == QDate(2024, 5, 28));
    CHECK(services.outcome(fx.caseId, fixedClock().today())->intensiveWorkingDays == 1);
}

TEST_CASE("Rows an earlier version kept with 表3-2 become records when the form is saved",
    "[forms][records]")
{
    Fixture fx;
    Core::FormInstanceRepository forms(*fx.store);
    auto instance = forms.create({}, fx.caseId, QStringLiteral("table3_2"), QStringLiteral("1"));
    REQUIRE(instance);
    REQUIRE(forms.saveValues({}, instance->id,
        {{QStringLiteral("log"),
            QStringLiteral(
                R"([{"date":"2024-05-28","hours":"4","place":"workplace","content":"第1列輔導"}])")}}));
    FormRecord r = fx.open(fx.form("表3-2"), instance->id);
    CHECK(r.isDirty()); // shown as a new row, waiting to be saved as a record
    REQUIRE(r.rows(QStringLiteral("log")).size() == 1);
    CHECK(Core::ServiceRepository(*fx.store).supportDays(fx.caseId)->isEmpty());
    REQUIRE(r.save({}));
    CHECK(Core::ServiceRepository(*fx.store).supportDays(fx.caseId)->size() == 1);
    CHECK(forms.values(instance->id)
              ->value(QStringLiteral("log"))
              .isEmpty()); // kept as a record, not twice
    // Opened again, the row is the record, once.
    CHECK(fx.open(fx.form("表3-2"), instance->id).rows(QStringLiteral("log")).size() == 1);
}

TEST_CASE("表4-1's rows are the follow-up contacts, 表三 shows the dispatches of the workflow",
    "[forms][records]")
{
    Fixture fx;
    Core::ServiceRepository services(*fx.store);
    REQUIRE(services.addFollowUp({}, fx.caseId,
        {{}, QDate(2024, 5, 30), QStringLiteral("phone"), QStringLiteral("employed"),
            QStringLiteral("雇主滿意")}));
    FormRecord t41 = fx.open(fx.form("表4-1"));
    const QJsonArray contacts = t41.rows(QStringLiteral("contacts"));
    REQUIRE(contacts.size() == 1);
    CHECK(contacts.first().toObject().value(QStringLiteral("manner")).toString()
        == QStringLiteral("phone"));
    CHECK(contacts.first().toObject().value(QStringLiteral("issues")).toString()
        == QStringLiteral("雇主滿意"));

    // A dispatch recorded by the workflow is a row of 表三, which the form cannot change.
    Core::UnitRepository units(*fx.store);
    const QString unit = *units.createUnit(
        {}, {{}, QStringLiteral("北區支持性就業中心"), QStringLiteral("supported"), {}});
    Core::CaseStep dispatch;
    dispatch.action = Core::CaseAction::Dispatch;
    dispatch.on = QDate(2024, 5, 31);
    dispatch.unitId = unit;
    dispatch.serviceType = QStringLiteral("05");
    REQUIRE(Core::CaseRepository(*fx.store).perform({}, fx.caseId, dispatch));
    FormRecord t3 = fx.open(fx.form("表三"));
    const QJsonArray rows = t3.rows(QStringLiteral("dispatch"));
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().toObject().value(QStringLiteral("unit")).toString()
        == QStringLiteral("北區支持性就業中心"));
    CHECK(rows.first().toObject().value(QStringLiteral("due_date")).toString()
        == QStringLiteral("2024-06-14"));
    t3.setRows(QStringLiteral("dispatch"), {});
    CHECK(t3.rows(QStringLiteral("dispatch")).size() == 1);
}

TEST_CASE(
    "表0C opens the case for the unit: its date and model are the supported-employment profile",
    "[forms][records]")
{
    Fixture fx;
    Core::ServiceRepository services(*fx.store);
    CHECK_FALSE(services.profile(fx.caseId)); // not a supported-employment case yet
    FormRecord t0c = fx.open(fx.form("表0C"));
    CHECK(t0c.value(QStringLiteral("open_date")).isEmpty());
    t0c.setValue(QStringLiteral("open_date"), QStringLiteral("2024-05-28"));
    t0c.setValue(QStringLiteral("model"), QStringLiteral("group"));
    REQUIRE(t0c.save({}));
    auto profile = services.profile(fx.caseId);
    REQUIRE(profile);
    CHECK(profile->openedOn == QDate(2024, 5, 28));
    CHECK(profile->model == QStringLiteral("group"));
    // The case opening entered in the 支持性就業 tab shows on the form.
    Core::SeProfile corrected = *profile;
    corrected.openedOn = QDate(2024, 5, 29);
    corrected.model = QStringLiteral("individual");
    REQUIRE(services.setProfile({}, fx.caseId, corrected));
    FormRecord again = fx.open(fx.form("表0C"), t0c.instance().id);
    CHECK(again.value(QStringLiteral("open_date")) == QStringLiteral("2024-05-29"));
    CHECK(again.value(QStringLiteral("model")) == QStringLiteral("individual"));
    // Nothing of it is kept with the form itself.
    const auto local = Core::FormInstanceRepository(*fx.store).values(t0c.instance().id);
    CHECK_FALSE(local->contains(QStringLiteral("open_date")));
    CHECK_FALSE(local->contains(QStringLiteral("model")));
}

TEST_CASE(
    "One binding table: the loader knows every bound value, and each writable one round-trips",
    "[forms][bindings]")
{
    const QStringList known = Forms::DefinitionLoader::knownBindings();
    Core::Person person;
    Core::Case c;
    for (const Forms::Bindings::Scalar &s : Forms::Bindings::scalars()) {
        INFO(s.name.toStdString());
        CHECK(known.contains(s.name));
        CHECK(Forms::Bindings::find(s.name) == &s);
        REQUIRE(s.get);
        // A value of its type, written through the table and read back unchanged.
        const QString value = s.type == Forms::FieldType::Date ? QStringLiteral("2024-03-01")
            : s.type == Forms::FieldType::Multi                ? QStringLiteral("1,3")
                                                               : QStringLiteral("x-") + s.name;
        if (s.readOnly) {
            CHECK(s.set == nullptr);
            continue;
        }
        REQUIRE(s.set);
        s.set(person, c, value);
        CHECK(s.get(person, c) == value);
    }
    CHECK(person.name == QStringLiteral("x-person.name"));
    CHECK(person.birthDate == QDate(2024, 3, 1));
    CHECK(c.planGoal == QStringLiteral("x-case.planGoal"));
    CHECK(Forms::Bindings::find(QStringLiteral("person.shoeSize")) == nullptr);
}

TEST_CASE("A paper form typed in later keeps the day it was begun, never one in the future",
    "[forms][record]")
{
    Fixture fx; // today is 2024-06-03
    const FormDefinition *t3 = DefinitionLoader::shipped().find(QStringLiteral("表三"));
    REQUIRE(t3);
    FormRecord later = fx.open(*t3);
    later.setStartedOn(QDate(2024, 5, 27));
    REQUIRE(later.save({}));
    CHECK(later.instance().createdOn == QDate(2024, 5, 27));

    FormRecord future = fx.open(*t3);
    future.setStartedOn(QDate(2024, 6, 4));
    const QByteArray before = fx.store->domainDigest().value();
    auto refused = future.save({});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == Core::Error::Kind::Invalid);
    CHECK(fx.store->domainDigest().value() == before);

    // The demo's forms are begun when the unit opened the case, not on the day the demo ran.
    auto store = Core::CaseStore::open(QStringLiteral(":memory:"), Test::fixedClock());
    REQUIRE(store);
    REQUIRE((*store)->initialize(Core::DeviceRole::Window, QStringLiteral("北區窗口")));
    auto made = Core::DemoGenerator(**store).generate(120, 5);
    REQUIRE(made);
    REQUIRE_FALSE(made->supportedEmploymentCases.isEmpty());
    const auto completed = DemoForms::completeDemo(**store, made->supportedEmploymentCases);
    INFO((completed ? QString() : completed.error().message).toStdString());
    REQUIRE(completed);
    int older = 0;
    int all = 0;
    for (const QString &caseId : made->supportedEmploymentCases) {
        const QList<Core::FormInstance> instances
            = Core::FormInstanceRepository(**store).instances(caseId).value();
        for (const Core::FormInstance &i : instances) {
            ++all;
            older += i.createdOn < Test::fixedClock().today() ? 1 : 0;
        }
    }
    CHECK(all > 0);
    CHECK(older > all / 2);
}
