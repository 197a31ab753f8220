// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Casebook::Core {

// One entry of the operation log: a single field of a single row set to a value by one device.
struct Operation
{
    QString opId;
    QString deviceId;
    qint64 incarnation = 0;
    qint64 seq = 0;
    qint64 hlc = 0; // hybrid logical clock: physical milliseconds << 16 | logical counter
    QString actor;
    QString entity;
    QString rowId;
    QString field;
    QString value;      // text encoding of the value; null QString is SQL NULL
    qint64 baseHlc = 0; // the clock of the value the writer saw; 0 when there was none
    QString formId;
    QString formVersion;
};

} // namespace Casebook::Core
