// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// `verify audit DIR` re-verifies every request decision offline (issue #15): a "request.approved" or
// "request.rejected" event carries the approver's decision JWS (RequestSignatures.h). It must be a
// Keyward decision header, verify with the key the signed roster — rebuilt from genesis out of
// roster.jsonl — held for its officer at the event's time, and be the decision the event records
// (same officer, verdict, request and vault). An officer with the master key can write such an
// event as themselves, but not another officer's signature, nor one by a key the roster never held.

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace keyward::core {

class Roster;

class DecisionCheck {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::DecisionCheck)
public:
    static bool isDecision(QByteArrayView action);
    // Empty when the decision in `line` (a canonical audit.jsonl line) verifies; otherwise what is
    // wrong with it, translated, naming the event.
    static QString problem(QByteArrayView line, const Roster& roster, const QString& vaultId);
};

} // namespace keyward::core
