// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Casebook::Core {

// One entry of an official code list (forms-spec.md §8): the stored code and its labels.
struct CodeItem
{
    QString code;
    QString zh;
    QString en;
    QString extra; // list-specific: the service window of a district
};

// The shared code lists as reference data, with Traditional Chinese and English labels.
namespace CodeLists {
const QList<CodeItem> &sexes();
const QList<CodeItem> &districts();         // CL-04, extra = window code (north/south)
const QList<CodeItem> &windows();           // CL-05
const QList<CodeItem> &certSystems();       // new certificate / old handbook / none
const QList<CodeItem> &disabilityNew();     // CL-01
const QList<CodeItem> &disabilityOld();     // CL-02
const QList<CodeItem> &severities();        // CL-03
const QList<CodeItem> &referralUnitTypes(); // CL-06
const QList<CodeItem> &serviceTypes();      // CL-07
const QList<CodeItem> &closureReasons();    // CL-12
const QList<CodeItem> &education();         // CL-13
const QList<CodeItem> &identityTags();
const QList<CodeItem> &intakeSources();
const QList<CodeItem> &followUpManners();    // how a follow-up contact of 表4-1 was made
const QList<CodeItem> &employmentStatuses(); // a follow-up's employment status (表4-1)
const QList<CodeItem> &homeServiceKinds();   // home employment: plan, assessment, visit, follow-up

bool contains(const QList<CodeItem> &list, const QString &code);
// The label in the current UI language (zh_TW unless the default locale is not Chinese).
QString label(const QList<CodeItem> &list, const QString &code);
// The window (north/south) that serves a district, or empty for an unknown district.
QString windowForDistrict(const QString &districtCode);
} // namespace CodeLists

} // namespace Casebook::Core
