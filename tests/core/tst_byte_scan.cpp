// SPDX-License-Identifier: GPL-3.0-or-later
// The eight-bytes-at-a-time tests (core/common/ByteScan.h) the audit scanners rely on: for every
// byte value at every position, among plain neighbours and among high (UTF-8) bytes whose borrows
// could mislead the bit tricks, they agree with the byte-by-byte definition.

#include "common/ByteScan.h"

#include <QTest>

using namespace keyward::core;

namespace {

bool naiveSpecial(const unsigned char* bytes)
{
    for (int i = 0; i < 8; ++i) {
        if (bytes[i] < 0x20 || bytes[i] == '"' || bytes[i] == '\\')
            return true;
    }
    return false;
}

} // namespace

class TestByteScan : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void agreesWithTheByteByByteDefinition()
    {
        for (const int filler : { 0x61, 0x20, 0x21, 0x7e, 0x80, 0xc3, 0xff, 0x5d, 0x23 }) {
            for (int position = 0; position < 8; ++position) {
                for (int value = 0; value < 256; ++value) {
                    unsigned char bytes[8];
                    std::memset(bytes, filler, sizeof bytes);
                    bytes[position] = static_cast<unsigned char>(value);
                    const quint64 word = bytescan::load8(reinterpret_cast<const char*>(bytes));
                    QCOMPARE(bytescan::hasJsonSpecial(word), naiveSpecial(bytes));
                    QCOMPARE(bytescan::hasByte(word, 0x7f), std::memchr(bytes, 0x7f, 8) != nullptr);
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestByteScan)
#include "tst_byte_scan.moc"
