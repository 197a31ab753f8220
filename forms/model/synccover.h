// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/sync/bundle.h"
#include "forms/model/formrecord.h"

#include <QCoreApplication>

namespace Casebook::Forms {

// The one-page cover sheet that travels on paper with a bundle on a stick: its id, file hash,
// period and counts (forms/reports/sync_cover-v1.json). It holds no personal data.
class SyncCover
{
    Q_DECLARE_TR_FUNCTIONS(SyncCover)

public:
    // recipientNames: device id -> name, for the devices the bundle is sealed to.
    static Core::Result<FormRecord> fill(
        const QByteArray &bundleFile, const QHash<QString, QString> &recipientNames);
};

// The slip printed with an enrolment: the enroller's fingerprint for the device's user to compare
// before accepting it, the device and what it receives (forms/reports/enrolment_slip-v1.json). It
// holds no personal data.
class EnrolmentSlip
{
    Q_DECLARE_TR_FUNCTIONS(EnrolmentSlip)

public:
    // The names of the scope's unit or coach come from the enroller's store; the date is its today.
    static Core::Result<FormRecord> fill(Core::CaseStore &store, const QByteArray &enrolmentFile);
};

} // namespace Casebook::Forms
