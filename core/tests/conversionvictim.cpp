// SPDX-License-Identifier: GPL-3.0-or-later
// A process that converts a store and is killed part-way by the conversion kill test:
// conversionvictim STORE KEYFILE (32 raw bytes).
#include "core/store/storeconversion.h"

#include <QCoreApplication>
#include <QFile>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3)
        return 2;
    QFile keyFile(args.at(2));
    if (!keyFile.open(QIODevice::ReadOnly))
        return 2;
    const QByteArray bytes = keyFile.readAll();
    if (bytes.size() != Casebook::Core::SecretKey::Size)
        return 2;
    auto key = Casebook::Core::SecretKey::fromBytes(
        reinterpret_cast<const unsigned char *>(bytes.constData()));
    return Casebook::Core::StoreConversion::encrypt(args.at(1), key) ? 0 : 1;
}
