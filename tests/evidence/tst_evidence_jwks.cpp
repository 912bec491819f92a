// SPDX-License-Identifier: GPL-3.0-or-later
// Signed JWKS bundles (SPEC §7, issue #15): what is published, what is refused, and that every
// byte of the bundle is covered by a check.

#include "EvidenceTestSupport.h"

#include "evidence/JwksExport.h"
#include "evidence/JwksVerifier.h"
#include "jose/StrictJson.h"

#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>

using namespace keyward::core;
using namespace keyward::test;

class TestEvidenceJwks : public QObject {
    Q_OBJECT

private:
    EvidenceVault m_vault;
    QString m_dir;

    QStringList publishedKids() const
    {
        QFile file(m_dir + QStringLiteral("/jwks.json"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QStringList kids;
        const QJsonArray keys = strictjson::parseObject(file.readAll())->value(QStringLiteral("keys")).toArray();
        for (const QJsonValue& key : keys)
            kids.append(key.toObject().value(QStringLiteral("kid")).toString());
        return kids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_vault.initEvidence());
        m_dir = m_vault.out(QStringLiteral("bundle"));
        JwksExport exporter(*m_vault.vault, QStringLiteral("payments-api"), m_dir);
        const Status status = exporter.run();
        QVERIFY2(status.ok(), qPrintable(status.message()));
        QCOMPARE(exporter.files().size(), 3);
    }

    void publishesOnlyTheStatesSpecSevenNames()
    {
        const QStringList kids = publishedKids();
        QVERIFY(kids.contains(QStringLiteral("pay-sig-1")));
        QVERIFY(kids.contains(QStringLiteral("pay-enc-1")));
        QVERIFY2(!kids.contains(QStringLiteral("pay-leaked")), "a revoked key left the vault in a bundle");
        QVERIFY2(!kids.contains(QStringLiteral("pay-bundle-1")), "the bundle-signing key is no token key");
    }

    void recordsTheExport() { QCOMPARE(m_vault.lastAction(), QStringLiteral("evidence.jwks-exported")); }

    void holdsNoPrivateMember()
    {
        for (const auto& [name, bytes] : filesIn(m_dir))
            QVERIFY2(privateMemberText(bytes).isEmpty(), qPrintable(name + QStringLiteral(" holds ") + privateMemberText(bytes)));
    }

    void verifiesWithThePinnedKeyAndWarnsWithout()
    {
        const EvidenceReport selfAsserted = JwksVerifier::verify(m_dir, {}, m_vault.clock.now());
        QVERIFY2(selfAsserted.ok(), qPrintable(selfAsserted.firstFailure));
        QCOMPARE(selfAsserted.warnings.size(), 1);
        Result<KeyRecord> signer = KeyStore(m_vault.vault->database()).find(QStringLiteral("pay-bundle-1"));
        QVERIFY(signer.ok());
        const EvidenceReport pinned = JwksVerifier::verify(m_dir, signer->publicJwk, m_vault.clock.now());
        QVERIFY2(pinned.ok(), qPrintable(pinned.firstFailure));
        QVERIFY(pinned.warnings.isEmpty());
        Result<KeyRecord> other = KeyStore(m_vault.vault->database()).find(QStringLiteral("pay-sig-1"));
        QVERIFY(!JwksVerifier::verify(m_dir, other->publicJwk, m_vault.clock.now()).ok());
    }

    void anExpiredBundleFails()
    {
        QVERIFY(!JwksVerifier::verify(m_dir, {}, m_vault.clock.now().addDays(30)).ok());
    }

    void everyFlippedByteFails()
    {
        for (const auto& [name, original] : filesIn(m_dir)) {
            for (qsizetype i = 0; i < original.size(); ++i) {
                QByteArray changed = original;
                changed[i] = char(changed[i] ^ 0x01);
                QFile file(m_dir + QLatin1Char('/') + name);
                QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
                file.write(changed);
                file.close();
                const EvidenceReport report = JwksVerifier::verify(m_dir, {}, m_vault.clock.now());
                if (report.ok())
                    QFAIL(qPrintable(QStringLiteral("flipping byte %1 of %2 still verifies: %3").arg(i).arg(name, QString::fromLatin1(changed.mid(i - 20, 40)))));
            }
            QFile file(m_dir + QLatin1Char('/') + name);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(original);
        }
        QVERIFY(JwksVerifier::verify(m_dir, {}, m_vault.clock.now()).ok());
    }

    void refusesASetWithoutPrimary()
    {
        QVERIFY(m_vault.createKeySet(QStringLiteral("empty-set")));
        JwksExport exporter(*m_vault.vault, QStringLiteral("empty-set"), m_vault.out(QStringLiteral("empty")));
        const Status status = exporter.run();
        QVERIFY(!status.ok());
        QVERIFY2(status.message().contains(QStringLiteral("no primary")), qPrintable(status.message()));
        QVERIFY(!QFile::exists(m_vault.out(QStringLiteral("empty/jwks.json"))));
    }

    // An independent JOSE implementation (python3-jwcrypto, Debian) verifies the bundle with the
    // signer's public JWK. packaging/dev.sh installs it, so this runs everywhere the suite does.
    void verifiesWithJwcrypto()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"), { QStringLiteral("/usr/bin") }); // Debian's, with its packages
        QVERIFY2(!python.isEmpty(), "python3 is needed (packaging/dev.sh installs python3-jwcrypto)");
        const QString script = QStringLiteral(KEYWARD_TEST_DATA_DIR "/evidence/verify_jwks_jwcrypto.py");
        QProcess process;
        process.start(python, { script, m_dir });
        QVERIFY(process.waitForFinished(60000));
        const QByteArray output = process.readAllStandardOutput() + process.readAllStandardError();
        QVERIFY2(process.exitCode() == 0, output.constData());
        QVERIFY2(output.contains("OK jwk-set+jwt"), output.constData());
        QVERIFY2(output.contains("pay-sig-1"), output.constData());
    }
};

QTEST_GUILESS_MAIN(TestEvidenceJwks)
#include "tst_evidence_jwks.moc"
