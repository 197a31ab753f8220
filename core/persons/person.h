// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace Casebook::Core {

// A client (個案) of the VR window and its units: identity, contact and disability certificate.
struct Person
{
    QString id;
    QString name;
    QString sex; // CodeLists::sexes
    QDate birthDate;
    QString idNumber; // 身分證統一編號 or 居留證統一證號
    QString addressRegistered;
    QString addressLiving;
    QString district; // CL-04 town code; decides the window
    QString phone;
    QString mobile;
    QString emergencyName;
    QString emergencyRelation;
    QString emergencyPhone;
    QString education;          // CL-13
    QString certSystem;         // new / old / psychiatric / none
    QStringList certCategories; // CL-01 (new) or CL-02 (old) codes
    QString certSeverity;       // CL-03
    QDate certValidUntil;
    QStringList identityTags;

    bool operator==(const Person &) const = default;
};

// A problem with one field, for the editor to show beside it.
struct FieldProblem
{
    QString field;
    QString message;
};

} // namespace Casebook::Core

// Only Qt values and dates: a list grows by moving its memory, not by copying each one.
Q_DECLARE_TYPEINFO(Casebook::Core::Person, Q_RELOCATABLE_TYPE);
