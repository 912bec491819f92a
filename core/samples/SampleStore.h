// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Samples, test runs and their outcomes in the vault database (schema 0009_samples). Plain
// storage: no audit; the importer and the test run call the writers inside AuditLog::record.

#include "common/Result.h"
#include "samples/SampleFile.h"
#include "samples/SampleOutcome.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>

#include <functional>

namespace keyward::core {
class Database;
}

namespace keyward::core::samples {

struct SampleRow {
    qint64 id = 0;
    QString digest; // hex SHA-256 of the token
    QString sourcePath;
    int tokenIndex = 0;
    qint64 size = 0;
    SampleSummary summary;
    QDateTime importedAt;
    QString importedBy;
    QByteArray token; // loaded only when asked for
};

// Which samples a run or a listing covers; empty members select everything.
struct SampleSelection {
    QString keySet; // samples naming a kid of this key set
    QString kid; // samples naming this kid
    QString folder; // samples imported from this folder or below it
    QJsonObject toJson() const;
};

struct SampleOutcomeRow {
    qint64 runId = 0;
    qint64 sampleId = 0;
    SampleOutcome outcome = SampleOutcome::Malformed;
    QString kid;
    qint64 keyId = 0; // 0: no vault key was chosen
    QString alg;
    QString enc;
    QString plaintextSha256; // hex; set when the sample decrypts
    qint64 plaintextLength = 0;
    QString detail; // the finding in plain words
};

struct SampleRun {
    qint64 id = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString officer;
    QJsonObject selection;
    bool partial = false;
    qint64 selected = 0;
    QMap<QString, int> summary; // outcome name → count
};

class SampleStore {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::samples::SampleStore)
public:
    explicit SampleStore(Database& db) : m_db(db) { }

    // Inserts the sample unless its digest is already there; returns whether it was new.
    Result<bool> insert(const SampleRow& row);
    Result<qint64> count() const;
    Result<QList<SampleRow>> select(const SampleSelection& selection, bool withTokens) const;
    // The same rows one at a time, in the same order, for a reader that hands them on as they come.
    Status forEach(const SampleSelection& selection, bool withTokens, const std::function<void(SampleRow&&)>& visit) const;
    Result<qint64> count(const SampleSelection& selection) const;
    // The recipient kids the selected samples name, from the kid index (no token is read).
    Result<QSet<QString>> kids(const SampleSelection& selection) const;
    Result<QList<SampleRow>> byKid(const QString& kid) const;

    Result<qint64> insertRun(const SampleRun& run);
    // All outcomes of a run (their runId is ignored: `runId` is used), one row per statement. A
    // statement of many rows that a foreign key may abort runs in a statement transaction: SQLite
    // copies every page it changes that existed before it into a statement journal, which
    // SQLCipher encrypts and authenticates — the right edges of the table and both indexes for
    // every 64 rows, about 40% of the cost of storing a run. A one-row insert needs no statement
    // journal, and its compiled statement is reused from the cache.
    Status insertOutcomes(qint64 runId, const QList<SampleOutcomeRow>& outcomes);
    Result<QList<SampleRun>> runs() const; // newest first
    Result<QList<SampleOutcomeRow>> outcomes(qint64 runId) const;
    // For every sample, its outcome in the newest run (finished at or after `since`) that covered it.
    Result<QMap<qint64, SampleOutcomeRow>> latestOutcomes(const QDateTime& since) const;

private:
    Database& m_db;
};

} // namespace keyward::core::samples
