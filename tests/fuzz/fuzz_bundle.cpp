// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the bundle reader (envelope and header), the operations payload and the files
// payload decoders. The input is tried three ways: as a whole bundle file; as the payload decoders'
// input; and as a clear header that is signed here with a fixed key (its sender set to that key),
// so that the header's parsing past the signature is reached too.
#include "core/sync/bundle.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

struct FixedSigner
{
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    unsigned char sk[crypto_sign_SECRETKEYBYTES];
    FixedSigner()
    {
        if (sodium_init() < 0)
            std::abort();
        unsigned char seed[crypto_sign_SEEDBYTES] = {7};
        crypto_sign_seed_keypair(pk, sk, seed);
    }
};

} // namespace

// NOLINTNEXTLINE(readability-identifier-naming): the name libFuzzer calls
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Casebook::Core;
    static const FixedSigner signer;
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    (void)Bundle::verify(bytes);
    (void)Bundle::operationsFromBinary(bytes);
    (void)Bundle::filesFromBinary(bytes);

    QJsonObject header = QJsonDocument::fromJson(bytes).object();
    if (header.isEmpty())
        return 0;
    const PublicIdentity from {QStringLiteral("fuzz-device"), QStringLiteral("fuzz"),
        QStringLiteral("coach"),
        QByteArray(reinterpret_cast<const char *>(signer.pk), crypto_sign_PUBLICKEYBYTES),
        QByteArray(crypto_box_PUBLICKEYBYTES, '\1')};
    header.insert(QStringLiteral("from"), from.toJson());
    const QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Compact);
    QByteArray signedPart = QByteArrayLiteral("CASEBNDL") + char(Bundle::FormatVersion);
    for (int i = 0; i < 4; ++i)
        signedPart += static_cast<char>((json.size() >> (8 * i)) & 0xff);
    signedPart += json;
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
        reinterpret_cast<const unsigned char *>(signedPart.constData()),
        static_cast<unsigned long long>(signedPart.size()), signer.sk);
    (void)Bundle::verify(signedPart + signature);
    return 0;
}
