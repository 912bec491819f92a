// SPDX-License-Identifier: GPL-3.0-or-later
// Checkpoints and the offline checks of issue #15 that exports did not make yet: a checkpoint at
// every unlock and at least daily (incremental, never in the way of an unlock), each one checked by
// `audit verify`; the signed heads inside a range export; the decision JWSs re-verified offline
// against the signed roster; the age of the newest checkpoint ("stale head").

#include "EvidenceTestSupport.h"

#include "common/Base64Url.h"
#include "evidence/AuditCheckpoint.h"
#include "evidence/AuditExport.h"
#include "evidence/AuditLeaf.h"
#include "evidence/AuditLine.h"
#include "evidence/AuditTreeHead.h"
#include "evidence/AuditVerifier.h"
#include "requests/RequestEngine.h"
#include "storage/Database.h"
#include "vault/RosterStatement.h"
#include "vault/SlotCrypto.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

using namespace keyward::core;
using namespace keyward::test;

class TestEvidenceCheckpoints : public QObject {
    Q_OBJECT

private:
    EvidenceVault m_vault;

    QList<AuditEvent> allEvents() const
    {
        Result<QList<AuditEvent>> events = m_vault.vault->audit().events(1, 1000000);
        return events.ok() ? *events : QList<AuditEvent>();
    }
    AuditEvent lastEvent() const { return allEvents().last(); }
    // The RFC 6962 root of the first `size` events, from their export lines (the reference).
    QByteArray fullRoot(qint64 size) const
    {
        MerkleHasher hasher;
        MerkleTree tree;
        for (const AuditEvent& event : allEvents())
            tree.append(hasher.leaf(AuditLine::build(event)));
        return merkleHex(tree.rootAt(size));
    }
    void advance() { m_vault.clock.advanceSecs(60); }

    bool exportRange(const QString& dir, const QDateTime& from)
    {
        AuditExport::Options options;
        options.outDir = dir;
        options.from = from;
        AuditExport exporter(*m_vault.vault, options);
        const Status status = exporter.run();
        std::unique_ptr<Vault> bob = m_vault.session(QStringLiteral("bob"));
        const Status cosigned = status.ok() && bob ? AuditCosign::cosign(*bob, dir) : status;
        if (!cosigned.ok())
            qWarning() << cosigned.message();
        return cosigned.ok();
    }

    // An event alice's or bob's own session records with whatever details it likes: a dishonest
    // officer holding the master key and their own signing key (their head signature is real).
    qint64 recordAs(Vault& session, const QString& action, const QString& subject, const QJsonObject& details)
    {
        Result<AuditEvent> event = session.audit().record(session.currentOfficer().name, action, subject, details);
        if (!event.ok())
            qWarning() << event.message();
        return event.ok() ? event->seq : 0;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_vault.initEvidence()); }

    void theLeafOfAStoredEventIsThatOfItsExportLine()
    {
        AuditEvent event;
        event.seq = 7;
        event.at = m_vault.clock.now();
        event.actor = QStringLiteral("alice");
        event.action = QStringLiteral("key.generated");
        event.details = QJsonObject { { QStringLiteral("why"), QStringLiteral("a ,\"prev\":\" b") } };
        event.prev = QByteArray(64, 'a');
        AuditLeafHasher leaves;
        MerkleHasher reference;
        for (const QString& subject : { QStringLiteral("pay-1"), QStringLiteral("x\",\"prev\":\"y"),
                                        QStringLiteral("back\\slash\\"), QStringLiteral("ü \"quoted\" ,\"") }) {
            event.subject = subject;
            event.hash = event.computeHash();
            const QByteArray at = AuditEvent::formatTime(event.at).toUtf8(), actor = event.actor.toUtf8(),
                             action = event.action.toUtf8(), subjectText = subject.toUtf8(),
                             details = QJsonDocument(event.details).toJson(QJsonDocument::Compact);
            QCOMPARE(merkleHex(leaves.leaf({ event.seq, at, actor, action, subjectText, details, event.prev, event.hash })),
                     merkleHex(reference.leaf(AuditLine::build(event))));
        }
    }

    void aFrontierRestoresAtEverySize()
    {
        MerkleHasher hasher;
        MerkleFrontier grown;
        for (int i = 0; i < 70; ++i) {
            MerkleFrontier restored;
            QVERIFY(restored.restore(grown.size(), grown.nodes()));
            QCOMPARE(merkleHex(restored.root(hasher)), merkleHex(grown.root(hasher)));
            const MerkleHash leaf = hasher.leaf(QByteArray::number(i));
            grown.append(leaf, hasher);
            restored.append(leaf, hasher);
            QCOMPARE(merkleHex(restored.root(hasher)), merkleHex(grown.root(hasher)));
        }
        MerkleFrontier wrong;
        QVERIFY(!wrong.restore(6, { MerkleHash {} })); // 6 = 4 + 2: two nodes
    }

    void aCheckpointIsRecordedAtUnlock()
    {
        const qint64 before = m_vault.auditCount();
        QVERIFY(m_vault.session(QStringLiteral("bob")));
        QCOMPARE(m_vault.auditCount(), before + 1);
        const AuditEvent first = lastEvent();
        QCOMPARE(first.action, QStringLiteral("audit.checkpoint"));
        QCOMPARE(first.actor, QStringLiteral("bob"));
        std::optional<TreeHead> head = TreeHead::fromPayload(first.details.value(QStringLiteral("head")).toObject());
        QVERIFY(head);
        QCOMPARE(head->size, before);
        QCOMPARE(head->rootHex, fullRoot(before));
        QCOMPARE(head->prevHex, QByteArray()); // the first checkpoint of this log
        QCOMPARE(first.details.value(QStringLiteral("occasion")).toString(), QStringLiteral("unlock"));

        // Nothing new since: no second checkpoint.
        QVERIFY(m_vault.session(QStringLiteral("carol")));
        QCOMPARE(m_vault.auditCount(), before + 1);

        // After a change the next unlock records one, hashing only the events after the last.
        QVERIFY(m_vault.generateKey(QStringLiteral("pay-sig-cp")).ok());
        const qint64 grown = m_vault.auditCount();
        QVERIFY(m_vault.session(QStringLiteral("carol")));
        const AuditEvent second = lastEvent();
        QCOMPARE(second.action, QStringLiteral("audit.checkpoint"));
        head = TreeHead::fromPayload(second.details.value(QStringLiteral("head")).toObject());
        QVERIFY(head);
        QCOMPARE(head->size, grown);
        QCOMPARE(head->rootHex, fullRoot(grown));
        QCOMPARE(head->prevHex, TreeHead::fromCheckpointDetails(QJsonDocument(first.details).toJson())->payloadDigest());
        const ChainStatus status = m_vault.vault->audit().verify();
        QVERIFY2(status.intact, qPrintable(status.problem));
    }

    void aCheckpointIsDueDaily()
    {
        Result<bool> due = AuditCheckpoint::isDue(*m_vault.vault, AuditCheckpoint::Occasion::Daily);
        QVERIFY(due.ok() && !*due);
        m_vault.clock.advanceSecs(AuditCheckpoint::kMaxAgeSecs);
        due = AuditCheckpoint::isDue(*m_vault.vault, AuditCheckpoint::Occasion::Daily);
        QVERIFY(due.ok() && *due);
        const Result<bool> recorded = AuditCheckpoint::recordIfDue(*m_vault.vault, AuditCheckpoint::Occasion::Daily);
        QVERIFY2(recorded.ok(), recorded.ok() ? "" : qPrintable(recorded.message()));
        QVERIFY(*recorded);
        QCOMPARE(lastEvent().details.value(QStringLiteral("occasion")).toString(), QStringLiteral("daily"));
        due = AuditCheckpoint::isDue(*m_vault.vault, AuditCheckpoint::Occasion::Daily);
        QVERIFY(due.ok() && !*due);
        QVERIFY(m_vault.vault->audit().verify().intact);
    }

    // Another program holds the write lock: unlock waits a little, then opens without a checkpoint.
    void aLockedVaultStillUnlocks()
    {
        QVERIFY(m_vault.generateKey(QStringLiteral("pay-sig-busy")).ok());
        const qint64 before = m_vault.auditCount();
        std::unique_ptr<Vault> holder = m_vault.session(QStringLiteral("bob"));
        QVERIFY(holder);
        QCOMPARE(m_vault.auditCount(), before + 1);
        QVERIFY(m_vault.generateKey(QStringLiteral("pay-sig-busy-2")).ok());
        QVERIFY(holder->database().exec(QStringLiteral("BEGIN IMMEDIATE")).ok());
        QElapsedTimer waited;
        waited.start();
        std::unique_ptr<Vault> carol = m_vault.session(QStringLiteral("carol"));
        QVERIFY(carol);
        QVERIFY(waited.elapsed() < 10000); // not the 20 s of a write
        QVERIFY(holder->database().exec(QStringLiteral("ROLLBACK")).ok());
        QCOMPARE(m_vault.lastAction(), QStringLiteral("key.generated"));
        QVERIFY(m_vault.session(QStringLiteral("carol")));
        QCOMPARE(m_vault.lastAction(), QStringLiteral("audit.checkpoint"));
    }

    // GUI open for days without a checkpoint timer (or events written around Keyward): a warning.
    void aStaleHeadIsReported()
    {
        m_vault.clock.advanceSecs(3 * 24 * 3600);
        QVERIFY(m_vault.generateKey(QStringLiteral("pay-sig-late")).ok());
        const QString dir = m_vault.out(QStringLiteral("stale"));
        AuditExport::Options options;
        options.outDir = dir;
        QVERIFY(AuditExport(*m_vault.vault, options).run().ok());
        std::unique_ptr<Vault> bob = m_vault.session(QStringLiteral("bob"));
        QVERIFY(bob && AuditCosign::cosign(*bob, dir).ok());
        const EvidenceReport report = AuditVerifier::verify({ dir, QString(), m_vault.vault->fingerprint() });
        QVERIFY2(report.ok(), qPrintable(report.firstFailure));
        QCOMPARE(report.warnings.size(), 1);
        QVERIFY2(report.warnings.first().contains(QStringLiteral("Stale head")), qPrintable(report.warnings.first()));
        // The unlock just now checkpointed the log: a new export is fresh.
        advance();
        QVERIFY(m_vault.generateKey(QStringLiteral("pay-sig-fresh")).ok());
        const QString fresh = m_vault.out(QStringLiteral("fresh"));
        options.outDir = fresh;
        QVERIFY(m_vault.session(QStringLiteral("carol")));
        QVERIFY(AuditExport(*m_vault.vault, options).run().ok());
        QVERIFY(AuditCosign::cosign(*bob, fresh).ok());
        const EvidenceReport freshReport = AuditVerifier::verify({ fresh, QString(), m_vault.vault->fingerprint() });
        QVERIFY2(freshReport.ok(), qPrintable(freshReport.firstFailure));
        QVERIFY2(freshReport.warnings.isEmpty(), qPrintable(freshReport.warnings.join(QLatin1Char('\n'))));
    }

    // A range export checks the heads signed inside it: one forged in the vault is caught.
    void aRangeExportChecksItsSignedHeads()
    {
        advance();
        const QDateTime from = m_vault.clock.now();
        QVERIFY(m_vault.generateKey(QStringLiteral("pay-sig-range")).ok());
        const qint64 head = m_vault.auditCount();
        QVERIFY(exportRange(m_vault.out(QStringLiteral("range-ok")), from));
        const EvidenceReport honest = AuditVerifier::verify({ m_vault.out(QStringLiteral("range-ok")), QString(), QString() });
        QVERIFY2(honest.ok(), qPrintable(honest.firstFailure));
        bool judged = false;
        for (const EvidenceCheck& check : honest.checks)
            judged = judged || check.what.contains(QStringLiteral("inside the range"));
        QVERIFY(judged);

        Result<QString> original = m_vault.vault->database().queryText(
            QStringLiteral("SELECT signature FROM audit_head_signatures WHERE count = %1 AND officer = 'alice'").arg(head));
        QVERIFY(original.ok());
        QByteArray forged = original->toLatin1();
        forged[0] = forged[0] == 'A' ? 'B' : 'A';
        QVERIFY(m_vault.exec(QStringLiteral("UPDATE audit_head_signatures SET signature = '%1' WHERE count = %2 AND "
                                            "officer = 'alice'")
                                 .arg(QString::fromLatin1(forged))
                                 .arg(head)));
        const QString dir = m_vault.out(QStringLiteral("range-forged"));
        QVERIFY(exportRange(dir, from));
        const EvidenceReport report = AuditVerifier::verify({ dir, QString(), QString() });
        QVERIFY(!report.ok());
        QVERIFY2(report.firstFailure.contains(QStringLiteral("event %1").arg(head))
                     && report.firstFailure.contains(QStringLiteral("alice")),
                 qPrintable(report.firstFailure));
        QVERIFY(m_vault.exec(QStringLiteral("UPDATE audit_head_signatures SET signature = '%1' WHERE count = %2 AND "
                                            "officer = 'alice'")
                                 .arg(*original)
                                 .arg(head)));
    }

    // Decisions are re-verified offline against the roster: a changed signature, and one by a key
    // the roster never held, are caught in exports whose chain and heads are otherwise intact.
    void decisionsAreReverifiedOffline()
    {
        advance();
        const QDateTime from = m_vault.clock.now();
        Result<Request> request = m_vault.submitRoleChange(QStringLiteral("carol"), { Role::Auditor, Role::Approver });
        QVERIFY2(request.ok(), request.ok() ? "" : qPrintable(request.message()));
        std::optional<OfficerCredential> bob = m_vault.credential(QStringLiteral("bob"));
        QVERIFY(bob);
        Result<Request> approved = m_vault.engine->approve(request->id, *bob);
        QVERIFY2(approved.ok(), approved.ok() ? "" : qPrintable(approved.message()));
        AuditEvent decision;
        for (const AuditEvent& event : allEvents()) {
            if (event.action == QLatin1String("request.approved"))
                decision = event;
        }
        QCOMPARE(decision.actor, QStringLiteral("bob"));
        const QString honestDir = m_vault.out(QStringLiteral("decision-ok"));
        QVERIFY(exportRange(honestDir, from));
        const EvidenceReport honest = AuditVerifier::verify({ honestDir, QString(), QString() });
        QVERIFY2(honest.ok(), qPrintable(honest.firstFailure));
        bool counted = false;
        for (const EvidenceCheck& check : honest.checks)
            counted = counted || check.what.contains(QStringLiteral("1 request decision"));
        QVERIFY(counted);

        std::unique_ptr<Vault> bobSession = m_vault.session(QStringLiteral("bob"));
        QVERIFY(bobSession);
        // 1. The signature changed.
        advance();
        const QDateTime changedFrom = m_vault.clock.now();
        QJsonObject details = decision.details;
        QByteArray jws = details.value(QStringLiteral("jws")).toString().toLatin1();
        const qsizetype signatureAt = jws.lastIndexOf('.') + 1;
        jws[signatureAt] = jws[signatureAt] == 'A' ? 'B' : 'A';
        details.insert(QStringLiteral("jws"), QString::fromLatin1(jws));
        const qint64 changed = recordAs(*bobSession, QStringLiteral("request.approved"), decision.subject, details);
        QVERIFY(changed > 0);
        const QString changedDir = m_vault.out(QStringLiteral("decision-changed"));
        QVERIFY(exportRange(changedDir, changedFrom));
        EvidenceReport report = AuditVerifier::verify({ changedDir, QString(), QString() });
        QVERIFY(!report.ok());
        QVERIFY2(report.firstFailure.contains(QStringLiteral("Event %1: the approval by bob does not verify").arg(changed)),
                 qPrintable(report.firstFailure));

        // 2. Signed by a key of someone the roster never held.
        advance();
        const QDateTime strangerFrom = m_vault.clock.now();
        Result<slotcrypto::KeyPair> stranger = slotcrypto::generateEd25519();
        QVERIFY(stranger.ok());
        const QJsonObject strangerJwk { { QStringLiteral("kty"), QStringLiteral("OKP") },
                                        { QStringLiteral("crv"), QStringLiteral("Ed25519") },
                                        { QStringLiteral("x"), QString::fromLatin1(base64url::encode(stranger->publicKey)) } };
        QJsonObject payload = QJsonDocument::fromJson(*base64url::decode(
                                                          decision.details.value(QStringLiteral("jws")).toString().toLatin1().split('.').at(1)))
                                  .object();
        payload.insert(QStringLiteral("officer"), QStringLiteral("mallory"));
        Result<ossl::PKey> strangerKey = slotcrypto::ed25519PrivateKey(stranger->privateKey);
        QVERIFY(strangerKey.ok());
        Result<QByteArray> forged = EvidenceFiles::signCompact(
            QJsonObject { { QStringLiteral("alg"), QStringLiteral("EdDSA") },
                          { QStringLiteral("typ"), QStringLiteral("keyward-decision+jwt") },
                          { QStringLiteral("kid"), RosterStatement::thumbprint(strangerJwk) } },
            EvidenceFiles::compact(payload), [&](QByteArrayView input) { return slotcrypto::ed25519Sign(strangerKey->get(), input); });
        QVERIFY(forged.ok());
        details = decision.details;
        details.insert(QStringLiteral("jws"), QString::fromLatin1(*forged));
        details.insert(QStringLiteral("officerJwk"), strangerJwk);
        const qint64 strangerSeq = recordAs(*bobSession, QStringLiteral("request.approved"), decision.subject, details);
        QVERIFY(strangerSeq > 0);
        const QString strangerDir = m_vault.out(QStringLiteral("decision-stranger"));
        QVERIFY(exportRange(strangerDir, strangerFrom));
        report = AuditVerifier::verify({ strangerDir, QString(), QString() });
        QVERIFY(!report.ok());
        QVERIFY2(report.firstFailure.contains(QStringLiteral("Event %1: the approval is signed as mallory, who was not an "
                                                             "officer in the signed roster at that time")
                                                  .arg(strangerSeq)),
                 qPrintable(report.firstFailure));
    }

    // Last: it leaves a forged checkpoint in the log. An officer records a checkpoint whose root
    // is not the log's (their own signature, their own head): `audit verify` names it.
    void aForgedCheckpointIsCaughtByVerify()
    {
        const qint64 size = m_vault.auditCount();
        MerkleHash wrong {};
        wrong[0] = 1;
        const TreeHead head = TreeHead::make(m_vault.vault->vaultId(), m_vault.vault->fingerprint(), size, wrong,
                                             m_vault.clock.now(), QByteArray());
        const QJsonObject alice = m_vault.vault->currentOfficer().signingJwk;
        Result<QByteArray> jws
            = head.signCompact(alice, [&](QByteArrayView input) { return m_vault.vault->signAsCurrentOfficer(input); });
        QVERIFY(jws.ok());
        const qint64 seq = recordAs(*m_vault.vault, QStringLiteral("audit.checkpoint"), m_vault.vault->vaultId(),
                                    head.checkpointDetails(*jws));
        QVERIFY(seq > 0);
        const ChainStatus status = m_vault.vault->audit().verify();
        QVERIFY(!status.intact);
        QCOMPARE(status.firstBadSeq, seq);
        QVERIFY2(status.problem.contains(QStringLiteral("checkpoint at event %1").arg(seq)), qPrintable(status.problem));
    }
};

QTEST_GUILESS_MAIN(TestEvidenceCheckpoints)
#include "tst_evidence_checkpoints.moc"
