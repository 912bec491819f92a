// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Imports a file of observations (SPEC §5) into the vault: streams it through ObservationParser
// in mapped windows (bounded memory whatever its size), reports progress and honours cancel,
// then writes the aggregates, the file's digest and one audit event in one transaction. The same
// file (by SHA-256) imported again adds nothing; first/last seen only ever widen, so overlapping
// files do not move them either.

#include "common/Result.h"
#include "trust/WorkloadImport.h"

#include <QCoreApplication>

#include <functional>

namespace keyward::core {

class Vault;

struct ObservationImportReport {
    QString digest; // SHA-256 of the file, hex
    bool alreadyImported = false; // nothing was added
    qint64 lines = 0;
    qint64 accepted = 0;
    qint64 pairs = 0; // distinct (workload, kid)
    qint64 errorCount = 0;
    QList<ImportLineError> errors; // the first ObservationParser::kMaxErrors
};

class ObservationImport {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::ObservationImport)
public:
    // Called after each window: bytes read so far and the file size. Return false to cancel
    // (Cancelled; nothing written).
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    static constexpr qint64 kWindowBytes = 32 * 1024 * 1024;

    // `windowBytes`: how much of the file is mapped at once (tests make it small to cut lines).
    static Result<ObservationImportReport> importFile(Vault& vault, const QString& path, const Progress& progress = {},
                                                      qint64 windowBytes = kWindowBytes);
};

} // namespace keyward::core
