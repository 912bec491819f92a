// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The two gates archived samples put on an encryption key's end of life (SPEC §6):
// - retirement needs a passing test-decrypt of every sample naming the key, in a run that
//   finished after the key's last change (its newest key.* audit event);
// - destruction needs that no sample depends on the key alone — no other recipient of the sample
//   names a vault key that can still decrypt it — unless the approved destroy request names those
//   samples (by digest) as the ones its crypto-shred makes unreadable.
// A refusal names the blocking samples (file and why) and what to do.

#include "common/Result.h"
#include "keys/KeyRecord.h"

#include <QCoreApplication>
#include <QStringList>

namespace keyward::core {
class Database;
}

namespace keyward::core::samples {

class SampleGate {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::samples::SampleGate)
public:
    struct Blocking {
        QString digest;
        QString file;
        QString why;
    };

    static Result<QList<Blocking>> blockingRetirement(Database& db, const KeyRecord& key);
    static Result<QList<Blocking>> blockingDestruction(Database& db, const KeyRecord& key);

    // Ok, or Refused naming the blocking samples.
    static Status checkRetirement(Database& db, const KeyRecord& key);
    // `shredSamples`: the digests the approved destroy request names as made unreadable.
    static Status checkDestruction(Database& db, const KeyRecord& key, const QStringList& shredSamples);
};

} // namespace keyward::core::samples
