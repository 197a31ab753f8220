// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/persons/codelists.h"

#include <QLocale>

namespace Casebook::Core::CodeLists {

namespace {
CodeItem item(const char *code, const char *zh, const char *en, const char *extra = "")
{
    return CodeItem {QString::fromUtf8(code), QString::fromUtf8(zh), QString::fromUtf8(en),
        QString::fromUtf8(extra)};
}
} // namespace

const QList<CodeItem> &sexes()
{
    static const QList<CodeItem> list = {item("M", "男", "Male"), item("F", "女", "Female")};
    return list;
}

const QList<CodeItem> &districts()
{
    static const QList<CodeItem> list = {
        item("68000010", "桃園區", "Taoyuan", "north"),
        item("68000020", "中壢區", "Zhongli", "south"),
        item("68000030", "大溪區", "Daxi", "north"),
        item("68000040", "楊梅區", "Yangmei", "south"),
        item("68000050", "蘆竹區", "Luzhu", "north"),
        item("68000060", "大園區", "Dayuan", "north"),
        item("68000070", "龜山區", "Guishan", "north"),
        item("68000080", "八德區", "Bade", "north"),
        item("68000090", "龍潭區", "Longtan", "south"),
        item("68000100", "平鎮區", "Pingzhen", "south"),
        item("68000110", "新屋區", "Xinwu", "south"),
        item("68000120", "觀音區", "Guanyin", "south"),
        item("68000130", "復興區", "Fuxing", "north"),
    };
    return list;
}

const QList<CodeItem> &windows()
{
    static const QList<CodeItem> list
        = {item("north", "北區", "North"), item("south", "南區", "South")};
    return list;
}

const QList<CodeItem> &certSystems()
{
    static const QList<CodeItem> list = {
        item("new", "身心障礙證明(新制)", "Disability certificate (new system)"),
        item("old", "身心障礙手冊(舊制)", "Disability handbook (old system)"),
        item("psychiatric", "無(精神疾病診斷)", "None (psychiatric diagnosis)"),
        item("none", "無(其他)", "None (other)"),
    };
    return list;
}

const QList<CodeItem> &disabilityNew()
{
    static const QList<CodeItem> list = {
        item("1", "第一類 神經系統構造及精神、心智功能",
            "Class 1: nervous system, mental functions"),
        item("2", "第二類 眼、耳及相關構造與感官功能及疼痛",
            "Class 2: eye, ear, sensory functions and pain"),
        item("3", "第三類 涉及聲音與言語構造及其功能", "Class 3: voice and speech"),
        item("4", "第四類 循環、造血、免疫與呼吸系統構造及其功能",
            "Class 4: circulatory, immune, respiratory"),
        item("5", "第五類 消化、新陳代謝與內分泌系統相關構造及其功能",
            "Class 5: digestive, metabolic, endocrine"),
        item("6", "第六類 泌尿與生殖系統相關構造及其功能", "Class 6: urinary and reproductive"),
        item("7", "第七類 神經、肌肉、骨骼之移動相關構造及其功能",
            "Class 7: movement-related structures"),
        item("8", "第八類 皮膚與相關構造及其功能", "Class 8: skin"),
    };
    return list;
}

const QList<CodeItem> &disabilityOld()
{
    static const QList<CodeItem> list = {
        item("01", "視覺障礙", "Visual impairment"),
        item("02", "聽覺機能障礙", "Hearing impairment"),
        item("03", "平衡機能障礙", "Balance impairment"),
        item("04", "聲音機能或語言機能障礙", "Voice or speech impairment"),
        item("05", "肢體障礙", "Physical disability"),
        item("06", "智能障礙", "Intellectual disability"),
        item("07", "重要器官失去功能", "Loss of vital organ function"),
        item("08", "顏面損傷", "Facial disfigurement"),
        item("09", "植物人", "Persistent vegetative state"),
        item("10", "失智症", "Dementia"),
        item("11", "自閉症", "Autism"),
        item("12", "慢性精神病", "Chronic mental illness"),
        item("13", "多重障礙", "Multiple disabilities"),
        item("14", "頑性(難治型)癲癇症", "Intractable epilepsy"),
        item("15", "因罕見疾病而致身心功能障礙", "Rare disease"),
        item("16", "其他障礙", "Other"),
        item("99", "新制類別無法對應舊制類別者", "New category without old equivalent"),
    };
    return list;
}

const QList<CodeItem> &severities()
{
    static const QList<CodeItem> list = {item("1", "輕度", "Mild"), item("2", "中度", "Moderate"),
        item("3", "重度", "Severe"), item("4", "極重度", "Profound")};
    return list;
}

const QList<CodeItem> &referralUnitTypes()
{
    static const QList<CodeItem> list = {
        item("social", "社政", "Social welfare"),
        item("medical", "醫療", "Medical"),
        item("health", "衛生", "Public health"),
        item("education", "教育", "Education"),
        item("community", "社區化就業服務", "Community employment service"),
        item("self", "本人申請", "Self-application"),
        item("labour", "勞政／公立就業服務機構", "Labour / public employment service"),
        item("injury", "職業災害勞工專業服務人員", "Occupational injury service"),
        item("other", "其他", "Other"),
    };
    return list;
}

const QList<CodeItem> &serviceTypes()
{
    static const QList<CodeItem> list = {
        item("01", "職業重建個案管理", "VR case management"),
        item("02", "職業輔導評量", "Vocational evaluation"),
        item("03", "職業訓練", "Vocational training"),
        item("04", "一般性就業服務", "General employment service"),
        item("05", "支持性就業服務(個別服務模式)", "Supported employment (individual)"),
        item("06", "支持性就業服務(群組服務模式)", "Supported employment (group)"),
        item("07", "庇護性就業服務", "Sheltered employment"),
        item("08", "職務再設計", "Job redesign"),
        item("09", "創業輔導", "Self-employment support"),
        item("10", "居家就業", "Home employment"),
        item("11", "職場適應服務", "Workplace adaptation"),
        item("12", "就業前準備團體", "Pre-employment group"),
        item("13", "其他", "Other"),
    };
    return list;
}

const QList<CodeItem> &closureReasons()
{
    static const QList<CodeItem> list = {
        item("01", "達成服務目標(穩定就業)", "Goal reached (stable employment)"),
        item("02", "轉介其他服務／單位", "Referred to another service or unit"),
        item("03", "個案無就業意願／拒絕服務", "No wish to work / refused service"),
        item("04", "失聯", "Lost contact"),
        item("05", "健康或病情因素暫無法就業", "Health reasons"),
        item("06", "遷出服務區域", "Moved out of the area"),
        item("07", "就學／進修", "Studies"),
        item("08", "入住機構／服刑", "Institution or prison"),
        item("09", "死亡", "Deceased"),
        item("10", "其他", "Other"),
    };
    return list;
}

const QList<CodeItem> &education()
{
    static const QList<CodeItem> list = {
        item("0", "學齡前", "Pre-school"),
        item("1", "幼兒園", "Kindergarten"),
        item("2", "國小", "Primary school"),
        item("3", "國中", "Junior high school"),
        item("4", "高中職", "Senior high / vocational"),
        item("5", "專科", "Junior college"),
        item("6", "大學", "University"),
        item("7", "研究所(含以上)", "Graduate school"),
        item("8", "自修", "Self-taught"),
        item("9", "無法得知", "Unknown"),
        item("10", "其他", "Other"),
        item("11", "未接受教育", "No schooling"),
        item("12", "不識字", "Illiterate"),
    };
    return list;
}

const QList<CodeItem> &identityTags()
{
    static const QList<CodeItem> list = {
        item("indigenous", "原住民", "Indigenous"),
        item("low_income", "低收入戶", "Low-income household"),
        item("mid_low_income", "中低收入戶", "Middle-low-income household"),
        item("new_resident", "新住民", "New resident"),
        item("injured_worker", "職業災害勞工", "Occupationally injured worker"),
        item("graduate", "應屆畢業生", "Graduating student"),
        item("other", "其他", "Other"),
    };
    return list;
}

const QList<CodeItem> &intakeSources()
{
    static const QList<CodeItem> list = {
        item("self", "本人申請", "Self-application"),
        item("form1", "通報(表一)", "Referral (Form 1)"),
        item("form2", "轉介(表二)", "Psychiatric referral (Form 2)"),
    };
    return list;
}

const QList<CodeItem> &followUpManners()
{
    static const QList<CodeItem> list = {
        item("visit", "職場訪視", "Workplace visit"),
        item("phone", "電話", "Phone"),
        item("employer", "雇主聯繫", "Employer contact"),
        item("home", "家訪", "Home visit"),
    };
    return list;
}

const QList<CodeItem> &employmentStatuses()
{
    static const QList<CodeItem> list = {
        item("employed", "在職", "Employed"),
        item("left", "離職", "Left the job"),
        item("changed", "轉職", "Changed job"),
    };
    return list;
}

const QList<CodeItem> &homeServiceKinds()
{
    static const QList<CodeItem> list = {
        item("plan", "居家就業計畫", "Home employment plan"),
        item("assessment", "居家評估", "Home assessment"),
        item("visit", "家訪", "Home visit"),
        item("follow_up", "居家就業追蹤", "Home employment follow-up"),
    };
    return list;
}

bool contains(const QList<CodeItem> &list, const QString &code)
{
    for (const auto &i : list) {
        if (i.code == code)
            return true;
    }
    return false;
}

QString label(const QList<CodeItem> &list, const QString &code)
{
    const bool chinese = QLocale().language() == QLocale::Chinese;
    for (const auto &i : list) {
        if (i.code == code)
            return chinese ? i.zh : i.en;
    }
    return code;
}

QString windowForDistrict(const QString &districtCode)
{
    for (const auto &i : districts()) {
        if (i.code == districtCode)
            return i.extra;
    }
    return {};
}

} // namespace Casebook::Core::CodeLists
