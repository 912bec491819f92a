// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Bulk registration of workloads from CSV or JSON (SPEC §5). Every line is checked first and every
// problem reported with its line; only when none is found are all workloads added, in one
// transaction — never half an import.
//
// CSV: a header line naming the columns (any order): name, owner, environment, trusts, cache_ttl,
// token_ttl, refresh, notes. `trusts` separates sets and kids with spaces or ';'. Durations take
// s/m/h/d/w suffixes ("5m"), or plain seconds.
// JSON: an array of objects with the same members (trusts may be an array); JSON Lines works too.

#include "common/Result.h"
#include "trust/TrustMap.h"

#include <QCoreApplication>

namespace keyward::core {

class Vault;

struct ImportLineError {
    qint64 line = 0; // 1-based; for a JSON array the element's index + 1
    QString message;
};

struct WorkloadImportReport {
    QList<Workload> imported; // empty when any line failed
    QList<ImportLineError> errors;
};

class WorkloadImport {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::WorkloadImport)
public:
    // Ok with errors listed (nothing imported) when lines are bad; an Error only when the vault
    // could not be read or written.
    static Result<WorkloadImportReport> importData(Vault& vault, const QByteArray& data);

    static std::optional<qint64> parseDuration(const QString& text);
    // One CSV record split on commas, honouring double quotes ("" inside quotes is one quote).
    static QStringList splitCsvLine(const QString& line);
};

} // namespace keyward::core
