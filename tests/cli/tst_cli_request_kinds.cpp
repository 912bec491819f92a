// SPDX-License-Identifier: GPL-3.0-or-later
// Every request kind and its neighbours through `keyward-cli` (SPEC §2, §4, §8): break-glass
// reviews, the calendar, private export (encrypted PKCS#8 or JWE only), scheduled destruction,
// due drafting, officer and policy changes after the bootstrap.

#include "CliRequestsFixture.h"

#include <QFile>

#include "jose/JweDecryptor.h"
#include "jose/Jwk.h"
#include "jose/KeyGenerator.h"

using namespace keyward::core;

class TestCliRequestKinds : public QObject, protected CliRequestsFixture {
    Q_OBJECT
private Q_SLOTS:
    void init() { setUpVault(); }
    void reviewCountersignAfterRevoke();
    void calendarExportWritesEvents();
    void privateExportCollectsEncryptedPkcs8Only();
    void privateExportAsJweOpensWithTheRecipientKeyOnly();
    void dueDraftsRotationAtEndOfCryptoperiod();
    void destructionIsScheduledAndRunsWhenDue();
    void officerAddAfterBootstrapIsARequest();
    void officerChangesTheirOwnPassphrase();
    void officerRolesAndPolicyChangeAreRequests();
};

void TestCliRequestKinds::reviewCountersignAfterRevoke()
{
    const Run revoked = cli({ QStringLiteral("key"), QStringLiteral("revoke"), QStringLiteral("pay-1"), QStringLiteral("--reason"),
                              QStringLiteral("laptop stolen"), QStringLiteral("--json") });
    QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.err));
    const QString review = QString::number(revoked.object().value(QStringLiteral("review")).toInteger());
    QVERIFY(review != QLatin1String("0"));
    // Flagged wherever keys and requests are listed until countersigned.
    for (const QStringList& listing : { QStringList { QStringLiteral("key"), QStringLiteral("list") },
                                        QStringList { QStringLiteral("key"), QStringLiteral("show"), QStringLiteral("pay-1") },
                                        QStringList { QStringLiteral("request"), QStringLiteral("list") } }) {
        const Run run = cli(listing, QStringLiteral("carol"));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QStringLiteral("countersign (review %1)").arg(review)), qPrintable(run.err));
    }
    const Run open = cli({ QStringLiteral("review"), QStringLiteral("list"), QStringLiteral("--open"), QStringLiteral("--json") },
                         QStringLiteral("bob"));
    QCOMPARE(open.exitCode, 0);
    QCOMPARE(open.array().size(), 1);
    QCOMPARE(open.array().first().toObject().value(QStringLiteral("open")).toBool(), true);

    const QStringList countersign { QStringLiteral("review"), QStringLiteral("countersign"), review, QStringLiteral("--note"),
                                    QStringLiteral("confirmed with the laptop owner") };
    QCOMPARE(cli(countersign, QStringLiteral("alice")).exitCode, 1); // the opener
    QCOMPARE(cli(countersign, QStringLiteral("carol")).exitCode, 1); // neither approver nor admin
    QCOMPARE(cli(countersign, QStringLiteral("bob"), kStart, QStringLiteral("alice")).exitCode, 3);
    QCOMPARE(cli({ QStringLiteral("review"), QStringLiteral("countersign"), review }, QStringLiteral("bob")).exitCode, 2);
    const Run signedByBob = cli(countersign + QStringList { QStringLiteral("--json") }, QStringLiteral("bob"));
    QVERIFY2(signedByBob.exitCode == 0, qPrintable(signedByBob.err));
    QCOMPARE(signedByBob.object().value(QStringLiteral("countersignedBy")).toString(), QStringLiteral("bob"));
    verifyRefused(cli(countersign, QStringLiteral("bob")), "already");
    QVERIFY(!cli({ QStringLiteral("key"), QStringLiteral("list") }).err.contains(QStringLiteral("countersign")));
    QCOMPARE(cli({ QStringLiteral("review"), QStringLiteral("list"), QStringLiteral("--open"), QStringLiteral("--json") }).array().size(),
             0);
}

void TestCliRequestKinds::calendarExportWritesEvents()
{
    const QString ics = path(QStringLiteral("keyward.ics"));
    const Run exported = cli({ QStringLiteral("calendar"), QStringLiteral("export"), QStringLiteral("--out"), ics, QStringLiteral("--json") });
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QFile file(ics);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(text.trimmed().endsWith("END:VCALENDAR"));
    const int events = int(text.count("BEGIN:VEVENT"));
    QVERIFY(events >= 1);
    QCOMPARE(text.count("END:VEVENT"), events);
    QCOMPARE(exported.object().value(QStringLiteral("events")).toInt(), events);
    QVERIFY(text.contains("pay-1"));
    QCOMPARE(cli({ QStringLiteral("calendar"), QStringLiteral("export") }).exitCode, 2);
}

void TestCliRequestKinds::privateExportCollectsEncryptedPkcs8Only()
{
    const Run requested = cli({ QStringLiteral("request"), QStringLiteral("export"), QStringLiteral("pay-1"), QStringLiteral("--format"),
                                QStringLiteral("pkcs8"), QStringLiteral("--reason"), QStringLiteral("escrow copy"),
                                QStringLiteral("--json") });
    QVERIFY2(requested.exitCode == 0, qPrintable(requested.err));
    const QString id = QString::number(requested.id());
    const QString out = path(QStringLiteral("pay-1.p8"));
    const QString exportPassphrase = write(QStringLiteral("export.pw"), "an export passphrase\n");
    const QStringList collect { QStringLiteral("request"), QStringLiteral("collect"), id, QStringLiteral("--out"), out,
                                QStringLiteral("--export-passphrase-file"), exportPassphrase };
    // Not before approval.
    QCOMPARE(cli(collect).exitCode, 1);
    QVERIFY(!QFile::exists(out));
    const Run approved = cli({ QStringLiteral("request"), QStringLiteral("approve"), id, QStringLiteral("--json") }, QStringLiteral("bob"));
    QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));
    QCOMPARE(approved.object().value(QStringLiteral("state")).toString(), QStringLiteral("approved"));
    // Only the requester collects, and only with a passphrase.
    QCOMPARE(cli(collect, QStringLiteral("bob")).exitCode, 1);
    QCOMPARE(cli({ QStringLiteral("request"), QStringLiteral("collect"), id, QStringLiteral("--out"), out }).exitCode, 2);
    QVERIFY(!QFile::exists(out));
    const Run collected = cli(collect);
    QVERIFY2(collected.exitCode == 0, qPrintable(collected.err));
    QVERIFY(!collected.out.contains("PRIVATE KEY"));
    QVERIFY(!collected.err.contains(QStringLiteral("PRIVATE KEY")));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pem = file.readAll();
    QVERIFY(pem.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
    QVERIFY(!pem.contains("-----BEGIN PRIVATE KEY-----"));
    QVERIFY(!pem.contains("BEGIN EC PRIVATE KEY"));
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    const Run shown = cli({ QStringLiteral("request"), QStringLiteral("show"), id, QStringLiteral("--json") });
    QCOMPARE(shown.object().value(QStringLiteral("state")).toString(), QStringLiteral("executed"));
    QVERIFY(!shown.out.contains("PRIVATE KEY"));
    // Once only.
    QCOMPARE(cli(collect).exitCode, 1);
}

void TestCliRequestKinds::privateExportAsJweOpensWithTheRecipientKeyOnly()
{
    Result<Jwk> recipient = KeyGenerator::generateForAlg(QStringLiteral("ECDH-ES+A256KW"));
    QVERIFY(recipient.ok());
    const QString recipientFile
        = write(QStringLiteral("recipient.jwk"), QJsonDocument(recipient->toPublicJson()).toJson(QJsonDocument::Compact));
    // A private JWK as recipient is refused: the wrap must be to a public key.
    const QString privateFile
        = write(QStringLiteral("private.jwk"), QJsonDocument(recipient->toPrivateJson()).toJson(QJsonDocument::Compact));
    verifyRefused(cli({ QStringLiteral("request"), QStringLiteral("export"), QStringLiteral("pay-1"), QStringLiteral("--format"),
                        QStringLiteral("jwe"), QStringLiteral("--recipient"), privateFile, QStringLiteral("--reason"),
                        QStringLiteral("r") }),
                  "public key only");
    const Run requested = cli({ QStringLiteral("request"), QStringLiteral("export"), QStringLiteral("pay-1"), QStringLiteral("--format"),
                                QStringLiteral("jwe"), QStringLiteral("--recipient"), recipientFile, QStringLiteral("--reason"),
                                QStringLiteral("hand over to the HSM team"), QStringLiteral("--json") });
    QVERIFY2(requested.exitCode == 0, qPrintable(requested.err));
    QCOMPARE(requested.object().value(QStringLiteral("effect")).toObject().value(QStringLiteral("recipientThumbprint")).toString(),
             recipient->thumbprintBase64Url());
    const QString id = QString::number(requested.id());
    QCOMPARE(cli({ QStringLiteral("request"), QStringLiteral("approve"), id }, QStringLiteral("bob")).exitCode, 0);
    const QString out = path(QStringLiteral("pay-1.jwe"));
    const Run collected = cli({ QStringLiteral("request"), QStringLiteral("collect"), id, QStringLiteral("--out"), out });
    QVERIFY2(collected.exitCode == 0, qPrintable(collected.err));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray jwe = file.readAll().trimmed();
    QCOMPARE(jwe.count('.'), 4); // compact JWE, never a clear JWK
    QVERIFY(!jwe.contains("\"d\""));
    const Jwk& recipientKey = *recipient;
    jose::JweDecryptor decryptor([&](const QString&, const QJsonObject&) -> Result<Jwk> { return recipientKey; });
    Result<jose::JweDecrypted> opened = decryptor.decryptWithKey(jwe, recipientKey);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    const QJsonObject exported = QJsonDocument::fromJson(opened->plaintext).object();
    QCOMPARE(exported.value(QStringLiteral("kid")).toString(), QStringLiteral("pay-1"));
    QVERIFY(exported.contains(QStringLiteral("d")));
    QCOMPARE(exported.value(QStringLiteral("x")).toString(),
             key(QStringLiteral("pay-1")).value(QStringLiteral("jwk")).toObject().value(QStringLiteral("x")).toString());
}

void TestCliRequestKinds::dueDraftsRotationAtEndOfCryptoperiod()
{
    // Nothing is due at first.
    const Run quiet = cli({ QStringLiteral("request"), QStringLiteral("due"), QStringLiteral("--json") });
    QVERIFY2(quiet.exitCode == 0, qPrintable(quiet.err));
    QCOMPARE(quiet.object().value(QStringLiteral("drafted")).toArray().size(), 0);
    // pay-1 was created at kStart in a set with the default 90-day cryptoperiod.
    const QDateTime later = kStart.addDays(91);
    const Run due = cli({ QStringLiteral("request"), QStringLiteral("due"), QStringLiteral("--json") }, QStringLiteral("alice"), later);
    QVERIFY2(due.exitCode == 0, qPrintable(due.err));
    const QJsonArray drafted = due.object().value(QStringLiteral("drafted")).toArray();
    QCOMPARE(drafted.size(), 1);
    QCOMPARE(drafted.first().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("rotate"));
    QCOMPARE(drafted.first().toObject().value(QStringLiteral("subject")).toString(), QStringLiteral("pay-1"));
    QCOMPARE(drafted.first().toObject().value(QStringLiteral("requester")).toString(), QStringLiteral("alice"));
    // Drafted once: the open request covers it the next time.
    const Run again = cli({ QStringLiteral("request"), QStringLiteral("due") }, QStringLiteral("alice"), later);
    QCOMPARE(again.exitCode, 0);
    QVERIFY(!again.out.contains("drafted"));
    QCOMPARE(cli({ QStringLiteral("request"), QStringLiteral("list"), QStringLiteral("--waiting"), QStringLiteral("--json") },
                 QStringLiteral("bob"), later)
                 .array()
                 .size(),
             1);
}

void TestCliRequestKinds::destructionIsScheduledAndRunsWhenDue()
{
    // An active key cannot be destroyed.
    verifyRefused(cli({ QStringLiteral("request"), QStringLiteral("destroy"), QStringLiteral("pay-1"), QStringLiteral("--reason"),
                        QStringLiteral("decommissioned") }),
                  "retire it first");
    QCOMPARE(revoke(QStringLiteral("pay-1")), 0);
    const Run requested = cli({ QStringLiteral("request"), QStringLiteral("destroy"), QStringLiteral("pay-1"), QStringLiteral("--reason"),
                                QStringLiteral("decommissioned"), QStringLiteral("--wait"), QStringLiteral("2d"),
                                QStringLiteral("--json") });
    QVERIFY2(requested.exitCode == 0, qPrintable(requested.err));
    const QString id = QString::number(requested.id());
    const Run approved = cli({ QStringLiteral("request"), QStringLiteral("approve"), id, QStringLiteral("--json") }, QStringLiteral("bob"));
    QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));
    QCOMPARE(time(approved.object().value(QStringLiteral("scheduledFor"))), kStart.addDays(2));
    // Not yet: the private material stays.
    QCOMPARE(cli({ QStringLiteral("request"), QStringLiteral("execute"), id }, QStringLiteral("alice"), kStart.addDays(1)).exitCode, 1);
    QCOMPARE(key(QStringLiteral("pay-1")).value(QStringLiteral("has_private")).toBool(), true);
    const Run due = cli({ QStringLiteral("request"), QStringLiteral("due"), QStringLiteral("--json") }, QStringLiteral("alice"),
                        kStart.addDays(2).addSecs(60));
    QVERIFY2(due.exitCode == 0, qPrintable(due.err));
    QCOMPARE(due.object().value(QStringLiteral("executed")).toArray().size(), 1);
    const Run shown = cli({ QStringLiteral("key"), QStringLiteral("show"), QStringLiteral("pay-1"), QStringLiteral("--json") },
                          QStringLiteral("alice"), kStart.addDays(2).addSecs(120));
    QCOMPARE(shown.object().value(QStringLiteral("has_private")).toBool(), false);
    QCOMPARE(shown.object().value(QStringLiteral("state")).toString(), QStringLiteral("destroyed"));
}

void TestCliRequestKinds::officerAddAfterBootstrapIsARequest()
{
    // Issue #12: the requester gets half A, the approver half B; dave enrolls with both and his
    // own passphrase, which nobody typed for him.
    write(QStringLiteral("dave.pw"), "dave's own passphrase\n");
    const Run requested = cli({ QStringLiteral("officer"), QStringLiteral("add"), QStringLiteral("dave"), QStringLiteral("--role"),
                                QStringLiteral("key-officer"), QStringLiteral("--half-a-file"), path(QStringLiteral("half-a")),
                                QStringLiteral("--reason"), QStringLiteral("new team member"), QStringLiteral("--json") });
    QVERIFY2(requested.exitCode == 0, qPrintable(requested.err));
    QCOMPARE(requested.object().value(QStringLiteral("kind")).toString(), QStringLiteral("officer-add"));
    QCOMPARE(requested.object().value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    QCOMPARE(requested.object().value(QStringLiteral("subject")).toString(), QStringLiteral("dave"));
    QFile halfA(path(QStringLiteral("half-a")));
    QVERIFY(halfA.open(QIODevice::ReadOnly));
    QVERIFY(halfA.readAll().startsWith("keyward-half-a."));
    QCOMPARE(halfA.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    // Not an officer until approved.
    QCOMPARE(cli({ QStringLiteral("officer"), QStringLiteral("list") }, QStringLiteral("dave")).exitCode, 3);
    const Run approved = cli({ QStringLiteral("request"), QStringLiteral("approve"), QString::number(requested.id()) },
                             QStringLiteral("bob"));
    QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));
    // Only the approver holds half B; carol holds no half.
    const Run carolHalf = cli({ QStringLiteral("officer"), QStringLiteral("half"), QStringLiteral("dave"), QStringLiteral("--half-file"),
                                path(QStringLiteral("carol-half")) }, QStringLiteral("carol"));
    QCOMPARE(carolHalf.exitCode, 1);
    QVERIFY(!QFile::exists(path(QStringLiteral("carol-half"))));
    const Run bobHalf = cli({ QStringLiteral("officer"), QStringLiteral("half"), QStringLiteral("dave"), QStringLiteral("--half-file"),
                              path(QStringLiteral("half-b")) }, QStringLiteral("bob"));
    QVERIFY2(bobHalf.exitCode == 0, qPrintable(bobHalf.err));
    // With one half only (half A given twice): refused, and dave still cannot unlock.
    const Run oneHalf = cli({ QStringLiteral("officer"), QStringLiteral("enroll"), QStringLiteral("dave"), QStringLiteral("--half-a-file"),
                              path(QStringLiteral("half-a")), QStringLiteral("--half-b-file"), path(QStringLiteral("half-a")),
                              QStringLiteral("--new-passphrase-file"), path(QStringLiteral("dave.pw")) });
    QVERIFY(oneHalf.exitCode != 0);
    QVERIFY2(oneHalf.err.contains(QStringLiteral("half A")), qPrintable(oneHalf.err));
    QCOMPARE(cli({ QStringLiteral("officer"), QStringLiteral("list") }, QStringLiteral("dave")).exitCode, 3);
    const Run enrolled = cli({ QStringLiteral("officer"), QStringLiteral("enroll"), QStringLiteral("dave"), QStringLiteral("--half-a-file"),
                               path(QStringLiteral("half-a")), QStringLiteral("--half-b-file"), path(QStringLiteral("half-b")),
                               QStringLiteral("--new-passphrase-file"), path(QStringLiteral("dave.pw")), QStringLiteral("--json") });
    QVERIFY2(enrolled.exitCode == 0, qPrintable(enrolled.err));
    QCOMPARE(enrolled.object().value(QStringLiteral("name")).toString(), QStringLiteral("dave"));
    const Run asDave = cli({ QStringLiteral("officer"), QStringLiteral("list"), QStringLiteral("--json") }, QStringLiteral("dave"));
    QVERIFY2(asDave.exitCode == 0, qPrintable(asDave.err));
    QCOMPARE(asDave.array().size(), 4);
    const Run verified = cli({ QStringLiteral("audit"), QStringLiteral("verify") }, QStringLiteral("dave"));
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
}

void TestCliRequestKinds::officerChangesTheirOwnPassphrase()
{
    write(QStringLiteral("new.pw"), "carol's brand new passphrase\n");
    write(QStringLiteral("wrong.pw"), "not carol's passphrase\n");
    // The current passphrase is what unlocks: a wrong one changes nothing.
    const Run wrong = cli({ QStringLiteral("officer"), QStringLiteral("passphrase"), QStringLiteral("--new-passphrase-file"),
                            path(QStringLiteral("new.pw")) }, QStringLiteral("carol"), kStart, QStringLiteral("wrong"));
    QCOMPARE(wrong.exitCode, 3);
    const Run changed = cli({ QStringLiteral("officer"), QStringLiteral("passphrase"), QStringLiteral("--new-passphrase-file"),
                              path(QStringLiteral("new.pw")), QStringLiteral("--json") }, QStringLiteral("carol"));
    QVERIFY2(changed.exitCode == 0, qPrintable(changed.err));
    QCOMPARE(cli({ QStringLiteral("officer"), QStringLiteral("list") }, QStringLiteral("carol")).exitCode, 3);
    QCOMPARE(cli({ QStringLiteral("officer"), QStringLiteral("list") }, QStringLiteral("carol"), kStart, QStringLiteral("new")).exitCode, 0);
    QCOMPARE(cli({ QStringLiteral("officer"), QStringLiteral("list") }, QStringLiteral("bob")).exitCode, 0);
    const Run verified = cli({ QStringLiteral("audit"), QStringLiteral("verify") }, QStringLiteral("bob"));
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
}

void TestCliRequestKinds::officerRolesAndPolicyChangeAreRequests()
{
    const Run roles = cli({ QStringLiteral("officer"), QStringLiteral("roles"), QStringLiteral("carol"), QStringLiteral("--role"),
                            QStringLiteral("auditor,approver"), QStringLiteral("--reason"), QStringLiteral("second approver"),
                            QStringLiteral("--json") });
    QVERIFY2(roles.exitCode == 0, qPrintable(roles.err));
    QCOMPARE(roles.object().value(QStringLiteral("kind")).toString(), QStringLiteral("role-change"));
    QCOMPARE(cli({ QStringLiteral("request"), QStringLiteral("approve"), QString::number(roles.id()) }, QStringLiteral("bob")).exitCode, 0);
    // Carol now approves.
    const qint64 rotation = requestRotation();
    QVERIFY(rotation > 0);
    QCOMPARE(cli({ QStringLiteral("request"), QStringLiteral("approve"), QString::number(rotation) }, QStringLiteral("carol")).exitCode,
             0);

    // Creating a key set stays direct; changing its policy is a request.
    QCOMPARE(cli({ QStringLiteral("keyset"), QStringLiteral("set"), QStringLiteral("archive"), QStringLiteral("--cryptoperiod"),
                   QStringLiteral("365d") })
                 .exitCode,
             0);
    QCOMPARE(cli({ QStringLiteral("keyset"), QStringLiteral("set"), QStringLiteral("archive"), QStringLiteral("--cryptoperiod"),
                   QStringLiteral("180d") })
                 .exitCode,
             2); // --reason missing
    const Run change = cli({ QStringLiteral("keyset"), QStringLiteral("set"), QStringLiteral("archive"), QStringLiteral("--cryptoperiod"),
                             QStringLiteral("180d"), QStringLiteral("--reason"), QStringLiteral("shorter cryptoperiod"),
                             QStringLiteral("--json") });
    QVERIFY2(change.exitCode == 0, qPrintable(change.err));
    QCOMPARE(change.object().value(QStringLiteral("kind")).toString(), QStringLiteral("policy-change"));
    const auto cryptoperiod = [&] {
        for (const QJsonValue& set : cli({ QStringLiteral("keyset"), QStringLiteral("list"), QStringLiteral("--json") }).array()) {
            if (set.toObject().value(QStringLiteral("name")).toString() == QLatin1String("archive"))
                return set.toObject().value(QStringLiteral("cryptoperiod_secs")).toInteger();
        }
        return qint64(-1);
    };
    QCOMPARE(cryptoperiod(), qint64(365) * 86400);
    QCOMPARE(cli({ QStringLiteral("request"), QStringLiteral("approve"), QString::number(change.id()) }, QStringLiteral("bob")).exitCode, 0);
    QCOMPARE(cryptoperiod(), qint64(180) * 86400);
}

QTEST_GUILESS_MAIN(TestCliRequestKinds)
#include "tst_cli_request_kinds.moc"
