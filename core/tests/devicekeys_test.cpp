// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/devicekeys.h"
#include "tests/support/catchtest.h"

using namespace Casebook::Core;

TEST_CASE("Device keys sign, verify and detect tampering", "[crypto]")
{
    auto keys = DeviceKeys::generate();
    REQUIRE(keys);
    CHECK(keys->signPublicKey().size() == 32);
    CHECK(keys->boxPublicKey().size() == 32);
    const QByteArray message("bundle header: device A, sequence 1-120");
    const QByteArray sig = keys->sign(message);
    CHECK(DeviceKeys::verify(keys->signPublicKey(), message, sig));
    QByteArray altered = message;
    altered[5] = 'X';
    CHECK_FALSE(DeviceKeys::verify(keys->signPublicKey(), altered, sig));
    QByteArray badSig = sig;
    badSig[0] = static_cast<char>(badSig[0] ^ 1);
    CHECK_FALSE(DeviceKeys::verify(keys->signPublicKey(), message, badSig));
    auto other = DeviceKeys::generate();
    CHECK_FALSE(DeviceKeys::verify(other->signPublicKey(), message, sig));
    CHECK_FALSE(DeviceKeys::verify(QByteArray("short"), message, sig));
}

TEST_CASE("A file key sealed to a device opens only there", "[crypto]")
{
    auto bureau = DeviceKeys::generate();
    auto laptop = DeviceKeys::generate();
    const QByteArray fileKey(32, '\x5a');
    auto sealed = DeviceKeys::sealTo(bureau->boxPublicKey(), fileKey);
    REQUIRE(sealed);
    auto opened = bureau->openSealed(*sealed);
    REQUIRE(opened);
    CHECK(*opened == fileKey);
    CHECK_FALSE(laptop->openSealed(*sealed));
    QByteArray flipped = *sealed;
    flipped[flipped.size() / 2] = static_cast<char>(flipped[flipped.size() / 2] ^ 0x10);
    CHECK_FALSE(bureau->openSealed(flipped));
    CHECK_FALSE(bureau->openSealed(sealed->left(10)));
    CHECK_FALSE(DeviceKeys::sealTo(QByteArray(5, 'x'), fileKey));
}

TEST_CASE("Secret keys are stored only under a passphrase (Argon2id)", "[crypto]")
{
    auto keys = DeviceKeys::generate();
    REQUIRE(keys);
    CHECK_FALSE(keys->encrypted("short", DeviceKeys::Cost::Minimum));
    auto blob = keys->encrypted("correct horse battery", DeviceKeys::Cost::Minimum);
    REQUIRE(blob);
    auto again = DeviceKeys::decrypt(*blob, "correct horse battery");
    REQUIRE(again);
    CHECK(again->signPublicKey() == keys->signPublicKey());
    const QByteArray message("receipt");
    CHECK(DeviceKeys::verify(keys->signPublicKey(), message, again->sign(message)));
    auto wrong = DeviceKeys::decrypt(*blob, "wrong horse battery");
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().kind == Error::Kind::NotAllowed);
    QByteArray damaged = *blob;
    damaged[damaged.size() - 3] = static_cast<char>(damaged[damaged.size() - 3] ^ 1);
    CHECK_FALSE(DeviceKeys::decrypt(damaged, "correct horse battery"));
    CHECK_FALSE(DeviceKeys::decrypt(blob->left(40), "correct horse battery"));
    // two encryptions of the same keys differ (fresh salt and nonce)
    CHECK(*keys->encrypted("correct horse battery", DeviceKeys::Cost::Minimum) != *blob);
}
