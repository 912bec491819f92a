// SPDX-License-Identifier: GPL-3.0-or-later
// A run's outcomes as one encoded value (schema 11): what goes in comes out, field for field; the
// digest the signed event carries changes with any outcome; and bytes that are not exactly what
// encode() writes — cut short anywhere, an index past the table, an unknown outcome, trailing or
// bit-flipped bytes — are refused as malformed, never read past or half-decoded.
#include "samples/SampleOutcomeCodec.h"

#include <QTest>

using namespace keyward::core;
using namespace keyward::core::samples;

namespace {

SampleOutcomeRow row(qint64 sampleId, SampleOutcome outcome, const QString& kid, qint64 keyId, const QString& sha, qint64 length,
                     const QString& detail = QString())
{
    SampleOutcomeRow o;
    o.sampleId = sampleId;
    o.outcome = outcome;
    o.kid = kid;
    o.keyId = keyId;
    o.alg = QStringLiteral("ECDH-ES+A256KW");
    o.enc = QStringLiteral("A256GCM");
    o.plaintextSha256 = sha;
    o.plaintextLength = length;
    o.detail = detail;
    return o;
}

QList<SampleOutcomeRow> sampleRows()
{
    const QString sha = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    return {
        row(1, SampleOutcome::Ok, QStringLiteral("pay-2026"), 7, sha, 27),
        row(2, SampleOutcome::IntegrityFailure, QStringLiteral("pay-2026"), 7, QString(), 0, QStringLiteral("The authentication tag does not match.")),
        row(3, SampleOutcome::UnknownKid, QStringLiteral("zahlung-2024-ü"), 0, QString(), 0, QStringLiteral("No vault key has kid \"zahlung-2024-ü\".")),
        row(Q_INT64_C(9223372036854775807), SampleOutcome::KeyRetired, QStringLiteral(""), Q_INT64_C(4294967296), sha, Q_INT64_C(1) << 40),
    };
}

void compareRows(const QList<SampleOutcomeRow>& got, const QList<SampleOutcomeRow>& want)
{
    QCOMPARE(got.size(), want.size());
    for (qsizetype i = 0; i < want.size(); ++i) {
        QCOMPARE(got[i].runId, 0);
        QCOMPARE(got[i].sampleId, want[i].sampleId);
        QCOMPARE(got[i].outcome, want[i].outcome);
        QCOMPARE(got[i].kid, want[i].kid);
        QCOMPARE(got[i].keyId, want[i].keyId);
        QCOMPARE(got[i].alg, want[i].alg);
        QCOMPARE(got[i].enc, want[i].enc);
        QCOMPARE(got[i].plaintextSha256, want[i].plaintextSha256);
        QCOMPARE(got[i].plaintextLength, want[i].plaintextLength);
        QCOMPARE(got[i].detail, want[i].detail);
    }
}

} // namespace

class TestSampleOutcomeCodec : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTripsEveryField()
    {
        const QList<SampleOutcomeRow> rows = sampleRows();
        const QByteArray encoded = SampleOutcomeCodec::encode(rows);
        Result<QList<SampleOutcomeRow>> decoded = SampleOutcomeCodec::decode(encoded);
        QVERIFY(decoded.ok());
        compareRows(*decoded, rows);
        // Each text is stored once: the repeated kid, alg and enc cost an index, not their bytes.
        QCOMPARE(encoded.count("pay-2026"), 1);
        QCOMPARE(encoded.count("ECDH-ES+A256KW"), 1);
    }

    void runOfFailuresOnlyRoundTrips()
    {
        // No SHA-256 anywhere: every row at its smallest.
        QList<SampleOutcomeRow> rows;
        for (qint64 id = 1; id <= 3; ++id)
            rows.append(row(id, SampleOutcome::Malformed, QString(), 0, QString(), 0, QStringLiteral("The token is not JWE.")));
        Result<QList<SampleOutcomeRow>> decoded = SampleOutcomeCodec::decode(SampleOutcomeCodec::encode(rows));
        QVERIFY(decoded.ok());
        compareRows(*decoded, rows);
    }

    void emptyRunRoundTrips()
    {
        Result<QList<SampleOutcomeRow>> decoded = SampleOutcomeCodec::decode(SampleOutcomeCodec::encode({}));
        QVERIFY(decoded.ok());
        QVERIFY(decoded->isEmpty());
    }

    void digestFollowsEveryOutcome()
    {
        QList<SampleOutcomeRow> rows = sampleRows();
        const QString before = SampleOutcomeCodec::digest(SampleOutcomeCodec::encode(rows));
        QCOMPARE(before.size(), 64);
        QCOMPARE(SampleOutcomeCodec::digest(SampleOutcomeCodec::encode(rows)), before);
        rows[1].outcome = SampleOutcome::Ok;
        QVERIFY(SampleOutcomeCodec::digest(SampleOutcomeCodec::encode(rows)) != before);
        rows = sampleRows();
        rows.removeLast();
        QVERIFY(SampleOutcomeCodec::digest(SampleOutcomeCodec::encode(rows)) != before);
    }

    void everyTruncationIsMalformed()
    {
        const QByteArray encoded = SampleOutcomeCodec::encode(sampleRows());
        for (qsizetype length = 0; length < encoded.size(); ++length) {
            Result<QList<SampleOutcomeRow>> decoded = SampleOutcomeCodec::decode(QByteArrayView(encoded).first(length));
            QVERIFY2(!decoded.ok(), qPrintable(QStringLiteral("decoded when cut at %1 of %2 bytes").arg(length).arg(encoded.size())));
            QCOMPARE(decoded.code(), ErrorCode::Malformed);
        }
    }

    void everyFlippedByteIsRefusedOrDecodesWithinBounds()
    {
        // A flipped byte may still spell a valid list (a changed id or length) — the signed digest
        // catches those; what must never happen is a read past the data or a crash.
        const QByteArray encoded = SampleOutcomeCodec::encode(sampleRows());
        int refused = 0;
        for (qsizetype i = 0; i < encoded.size(); ++i) {
            for (const char mask : {char(0x01), char(0x80), char(0xff)}) {
                QByteArray bad = encoded;
                bad[i] = char(bad[i] ^ mask);
                Result<QList<SampleOutcomeRow>> decoded = SampleOutcomeCodec::decode(bad);
                if (!decoded.ok()) {
                    QCOMPARE(decoded.code(), ErrorCode::Malformed);
                    ++refused;
                }
            }
        }
        QVERIFY(refused > 0);
    }

    void foreignBytesAreRefusedWithAReason()
    {
        const QByteArray encoded = SampleOutcomeCodec::encode(sampleRows());
        struct Case {
            const char* name;
            QByteArray bytes;
            const char* phrase;
        };
        QByteArray unknownOutcome = SampleOutcomeCodec::encode({row(1, SampleOutcome::Ok, QStringLiteral("k"), 1, QString(), 0)});
        unknownOutcome.replace("ok", "no");
        QByteArray pastTable = SampleOutcomeCodec::encode({row(1, SampleOutcome::Ok, QStringLiteral("k"), 1, QString(), 0)});
        pastTable[pastTable.size() - 1] = char(0x7f); // the detail's index
        QByteArray hugeCount("KWSO\x01\x00", 6);
        hugeCount.append("\xff\xff\xff\xff\xff\xff\xff\xff\x7f", 9);
        const QList<Case> cases = {
            {"empty", QByteArray(), "not an outcome list"},
            {"other magic", QByteArray("KWSX\x01\x00\x00", 7), "not an outcome list"},
            {"other version", QByteArray("KWSO\x02\x00\x00", 7), "not an outcome list"},
            {"trailing byte", encoded + '\0', "bytes follow the last outcome"},
            {"unknown outcome", unknownOutcome, "names no known outcome"},
            {"index past the table", pastTable, "refers past the string table"},
            {"row count beyond the data", hugeCount, "row count does not fit"},
            {"varint over 64 bits", QByteArray("KWSO\x01\xff\xff\xff\xff\xff\xff\xff\xff\xff\x7f", 15), "string table is cut short"},
        };
        for (const Case& c : cases) {
            Result<QList<SampleOutcomeRow>> decoded = SampleOutcomeCodec::decode(c.bytes);
            QVERIFY2(!decoded.ok(), c.name);
            QCOMPARE(decoded.code(), ErrorCode::Malformed);
            QVERIFY2(decoded.message().contains(QLatin1String(c.phrase)), qPrintable(QLatin1String(c.name) + QLatin1String(": ") + decoded.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestSampleOutcomeCodec)
#include "tst_sample_outcome_codec.moc"
