// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demogenerator.h"
#include "core/persons/nationalid.h"
#include "tests/support/catchtest.h"

using namespace Casebook::Core;

TEST_CASE("National ID check digits", "[nationalid]")
{
    CHECK(NationalId::classify(QStringLiteral("A123456789")) == NationalId::Kind::NationalId);
    CHECK(NationalId::classify(QStringLiteral("a123456789")) == NationalId::Kind::NationalId);
    CHECK(NationalId::classify(QStringLiteral("F131232216")) == NationalId::Kind::NationalId);
    CHECK(NationalId::classify(QStringLiteral("A800000014")) == NationalId::Kind::ResidentNew);
    CHECK(NationalId::classify(QStringLiteral("FA12345689")) == NationalId::Kind::ResidentOld);

    for (const char *bad : {"A123456788", "A123456780", "A323456789", "1123456789", "A12345678",
             "A1234567890", "AB12345678", "AE12345678", "", "A12345678X", "A800000015"}) {
        INFO(bad);
        CHECK_FALSE(NationalId::isValid(QString::fromLatin1(bad)));
    }
    // Every single-digit change of a valid number is caught.
    REQUIRE(NationalId::isValid(DemoGenerator::makeNationalId(QLatin1Char('H'), 2, 2345678)));
    const QString made = DemoGenerator::makeNationalId(QLatin1Char('H'), 2, 2345678);
    // Positions whose weight is prime to 10 (7, 3, 1, 1) catch every single-digit change.
    for (int pos : {2, 6, 8, 9}) {
        for (int d = 0; d < 10; ++d) {
            QString changed = made;
            if (changed.at(pos).digitValue() == d)
                continue;
            changed[pos] = QChar(u'0' + d);
            CHECK_FALSE(NationalId::isValid(changed));
        }
    }
}

TEST_CASE("ID numbers are masked for lists", "[nationalid]")
{
    CHECK(NationalId::masked(QStringLiteral("A123456789")) == QStringLiteral("A*****6789"));
}
