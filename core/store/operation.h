// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Casebook::Core {

// One entry of the operation log: a single field of a single row set to a value by one device.
// Each device's log is a hash chain: an operation carries the hash of its device's previous
// operation, and its own hash covers its content and that link, so a signed head (the hash of the
// last operation) vouches for the whole range before it, whoever relays it.
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
    QByteArray
        prevHash;    // the hash of the device's previous operation (32 zero bytes before the first)
    QByteArray hash; // chainHash(), as the store computed it (never taken from a bundle)

    // BLAKE2b-256 over a canonical encoding of every field and prevHash.
    QByteArray chainHash() const;
    static QByteArray chainStart(); // the prevHash of a device's first operation
    static constexpr qsizetype HashBytes = 32;
};

} // namespace Casebook::Core
