// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Builders of RequestDrafts for the key kinds (effects in RequestEffects.h), shared by the CLI,
// the GUI rotation wizard and due drafting so all three ask for exactly the same thing.
// They check only the shape; the executor's prepare() checks against the vault at submission.

#include "requests/RequestEngine.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace keyward::core {

struct RotationParams {
    QString kid;
    QString keySet; // optional when the kid is in one set only
    QString reasonCategory = QStringLiteral("scheduled"); // scheduled | incident | offboarding | expiry
    QString reason; // free text, required
    qint64 overlapSecs = 0; // 0: what the retirement gate computes
    // Successor: an existing pre-published key (active, not primary, same set and use) ...
    QString prePublishedKid;
    // ... or generated at execution: empty alg/size/owner/environment = the predecessor's.
    QString alg;
    QString size;
    QString successorKid; // empty: RFC 7638 thumbprint
    QString owner;
    QString environment;
    QDateTime expiresAt; // null: now + the set's cryptoperiod at execution
};

class KeyRequestDrafts {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::KeyRequestDrafts)
public:
    static Result<RequestDraft> rotation(const RotationParams& params);
    static Result<RequestDraft> retirement(const QString& kid, const QString& keySet, const QString& reason);
    // waitSecs: 1–30 days, default 7 days (SPEC §4).
    static Result<RequestDraft> destruction(const QString& kid, const QString& keySet, const QString& reason,
                                            qint64 waitSecs = 7 * 24 * 3600, const QStringList& shredSamples = {});
    // format "pkcs8" (passphrase given when collected) or "jwe" (to `recipientJwk`, public only).
    static Result<RequestDraft> privateExport(const QString& kid, const QString& keySet, const QString& reason,
                                              const QString& format, const QJsonObject& recipientJwk = {});
};

} // namespace keyward::core
