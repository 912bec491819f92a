// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Samples, test runs and their outcomes in the vault database (schemas 0009_samples and
// 0011_sealed_sample_runs). Storage with no audit of its own: the importer and the test run call
// the writers inside AuditLog::record. What it reads back of a run's outcomes is checked against
// the run's signed `samples.tested` event: an officer editing vault.db gets an alarm, not a pass.

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
    // Its outcomes are one encoded value whose SHA-256 its signed audit event holds (schema 11);
    // a run stored before that keeps them as rows, shown but counted by no gate.
    bool sealed = false;
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

    // The run under its id, with its outcomes encoded by SampleOutcomeCodec: the caller names both
    // (as "run:ID" and the outcomes' digest) in the run's `samples.tested` event, in the same
    // transaction.
    Status insertRun(const SampleRun& run, const QByteArray& encodedOutcomes);
    Result<QList<SampleRun>> runs() const; // newest first
    // VerificationFailed when a sealed run's outcomes are not what its signed event says.
    Result<QList<SampleOutcomeRow>> outcomes(qint64 runId) const;
    // For every sample, its outcome in the newest sealed run that covered it, of the runs whose
    // signed event is at or after `since` (the event's time: a run's own row can be re-dated).
    // VerificationFailed when any run is not in the signed log, or its outcomes do not match it.
    Result<QMap<qint64, SampleOutcomeRow>> latestOutcomes(const QDateTime& since) const;
    // Every run of any time against the signed log, as `audit verify` reports them: a run not in
    // the log, a sealed run whose outcomes do not match its event, a run the log holds that the
    // vault no longer does. Empty when all hold.
    Result<QStringList> runProblems() const;

private:
    Database& m_db;
};

} // namespace keyward::core::samples
