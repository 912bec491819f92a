// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleStore.h"

#include "keys/KeyStore.h"
#include "keys/StoreRows.h"
#include "samples/SampleOutcomeCodec.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonDocument>

#include <algorithm>

namespace keyward::core::samples {
namespace {

const QString kSampleColumns = QStringLiteral(
    "SELECT id, digest, source_path, token_index, size, serialization, kids, alg, enc, zip, imported_at, imported_by%1 FROM samples ");

QStringList words(const QString& text)
{
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

SampleRow sampleFromRow(Statement& row, bool withToken)
{
    SampleRow s;
    s.id = row.columnInt64(0);
    s.digest = row.columnText(1);
    s.sourcePath = row.columnText(2);
    s.tokenIndex = int(row.columnInt64(3));
    s.size = row.columnInt64(4);
    s.summary.serialization = row.columnText(5);
    s.summary.kids = words(row.columnText(6));
    s.summary.algs = words(row.columnText(7));
    s.summary.enc = row.columnText(8);
    s.summary.zip = row.columnText(9);
    s.importedAt = KeyStore::parseTime(row.columnText(10));
    s.importedBy = row.columnText(11);
    if (withToken)
        s.token = row.columnBlob(12);
    return s;
}

const QString kOutcomeColumns = QStringLiteral(
    "SELECT o.run_id, o.sample_id, o.outcome, o.kid, o.key_id, o.alg, o.enc, o.plaintext_sha256, o.plaintext_length, o.detail "
    "FROM sample_outcomes o ");

SampleOutcomeRow outcomeFromRow(Statement& row)
{
    SampleOutcomeRow o;
    o.runId = row.columnInt64(0);
    o.sampleId = row.columnInt64(1);
    o.outcome = sampleOutcomeFromName(row.columnText(2)).value_or(SampleOutcome::Malformed);
    o.kid = row.columnText(3);
    o.keyId = row.columnIsNull(4) ? 0 : row.columnInt64(4);
    o.alg = row.columnText(5);
    o.enc = row.columnText(6);
    o.plaintextSha256 = row.columnText(7);
    o.plaintextLength = row.columnInt64(8);
    o.detail = row.columnText(9);
    return o;
}

QJsonObject jsonObject(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString jsonText(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

QJsonObject SampleSelection::toJson() const
{
    QJsonObject out;
    if (!keySet.isEmpty())
        out.insert(QStringLiteral("set"), keySet);
    if (!kid.isEmpty())
        out.insert(QStringLiteral("kid"), kid);
    if (!folder.isEmpty())
        out.insert(QStringLiteral("folder"), folder);
    return out;
}

Result<bool> SampleStore::insert(const SampleRow& row)
{
    Result<Statement> exists = m_db.prepare(QStringLiteral("SELECT 1 FROM samples WHERE digest = ?"));
    KEYWARD_TRY(exists);
    exists->bind(1, row.digest);
    Result<bool> found = exists->step();
    KEYWARD_TRY(found);
    if (*found)
        return false;
    Result<Statement> stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO samples (digest, source_path, token_index, size, serialization, kids, alg, enc, zip, token, imported_at, imported_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    KEYWARD_TRY(stmt);
    stmt->bind(1, row.digest)
        .bind(2, row.sourcePath)
        .bind(3, row.tokenIndex)
        .bind(4, row.size)
        .bind(5, row.summary.serialization)
        .bind(6, row.summary.kids.join(QLatin1Char(' ')))
        .bind(7, row.summary.algs.join(QLatin1Char(' ')))
        .bind(8, row.summary.enc)
        .bind(9, row.summary.zip)
        .bind(10, row.token)
        .bind(11, KeyStore::formatTime(row.importedAt))
        .bind(12, row.importedBy);
    KEYWARD_TRY(stmt->run());
    const qint64 id = m_db.lastInsertRowId();
    for (const QString& kid : row.summary.kids) {
        Result<Statement> k = m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO sample_kids (sample_id, kid) VALUES (?, ?)"));
        KEYWARD_TRY(k);
        k->bind(1, id).bind(2, kid);
        KEYWARD_TRY(k->run());
    }
    return true;
}

Result<qint64> SampleStore::count() const
{
    return m_db.queryInt64(QStringLiteral("SELECT count(*) FROM samples"));
}

namespace {

void bindSampleFilter(Statement& s, const SampleSelection& selection)
{
    if (!selection.kid.isEmpty())
        s.bind(":kid", selection.kid);
    if (!selection.keySet.isEmpty())
        s.bind(":set", selection.keySet);
    if (!selection.folder.isEmpty())
        s.bind(":folder", selection.folder);
}

// The ids of the selected samples (distinct, as `id`) from the kid table and the indexes alone: the
// samples table's pages carry the tokens, and reading them to count a run's samples or to find its
// keys would decrypt (SQLCipher) every page of the selection before a worker could start.
QString selectedIdsSql(const SampleSelection& selection)
{
    QStringList sets;
    if (!selection.kid.isEmpty())
        sets << QStringLiteral("SELECT sample_id AS id FROM sample_kids WHERE kid = :kid");
    if (!selection.keySet.isEmpty())
        sets << QStringLiteral("SELECT sk.sample_id AS id FROM sample_kids sk JOIN keys k ON k.kid = sk.kid WHERE k.key_set = :set");
    // The folder filter reads only source_path, which its index covers.
    if (!selection.folder.isEmpty())
        sets << QStringLiteral("SELECT id FROM samples WHERE (source_path = :folder OR substr(source_path, 1, length(:folder) + 1) = :folder || '/')");
    if (sets.isEmpty())
        sets << QStringLiteral("SELECT id FROM samples");
    return sets.join(QStringLiteral(" INTERSECT "));
}

bool selectsEverything(const SampleSelection& selection)
{
    return selection.kid.isEmpty() && selection.keySet.isEmpty() && selection.folder.isEmpty();
}

bool selectsOneKidOnly(const SampleSelection& selection)
{
    return !selection.kid.isEmpty() && selection.keySet.isEmpty() && selection.folder.isEmpty();
}

// The WHERE clause (with a trailing space, or empty) that picks `selection` from the samples table.
QString sampleFilterSql(const SampleSelection& selection)
{
    return selectsEverything(selection) ? QString() : QStringLiteral("WHERE id IN (%1) ").arg(selectedIdsSql(selection));
}

QString sampleSelectSql(const SampleSelection& selection, bool withTokens)
{
    return kSampleColumns.arg(withTokens ? QStringLiteral(", token") : QString()) + sampleFilterSql(selection) + QStringLiteral("ORDER BY id");
}

} // namespace

Result<QList<SampleRow>> SampleStore::select(const SampleSelection& selection, bool withTokens) const
{
    return collectRows<SampleRow>(
        m_db, sampleSelectSql(selection, withTokens), [&](Statement& s) { bindSampleFilter(s, selection); },
        [withTokens](Statement& row) { return sampleFromRow(row, withTokens); });
}

Status SampleStore::forEach(const SampleSelection& selection, bool withTokens, const std::function<void(SampleRow&&)>& visit) const
{
    Result<Statement> stmt = m_db.prepare(sampleSelectSql(selection, withTokens));
    KEYWARD_TRY(stmt);
    bindSampleFilter(*stmt, selection);
    for (;;) {
        Result<bool> row = stmt->step();
        KEYWARD_TRY(row);
        if (!*row)
            return {};
        visit(sampleFromRow(*stmt, withTokens));
    }
}

Result<qint64> SampleStore::count(const SampleSelection& selection) const
{
    if (selectsEverything(selection))
        return count();
    // A sample names a kid once (the key is (sample_id, kid)), so one kid's rows in the kid index
    // are its samples; other filters count distinct ids.
    Result<Statement> stmt = m_db.prepare(selectsOneKidOnly(selection)
                                              ? QStringLiteral("SELECT count(*) FROM sample_kids WHERE kid = :kid")
                                              : QStringLiteral("SELECT count(DISTINCT id) FROM (%1)").arg(selectedIdsSql(selection)));
    KEYWARD_TRY(stmt);
    bindSampleFilter(*stmt, selection);
    Result<bool> row = stmt->step();
    KEYWARD_TRY(row);
    return *row ? stmt->columnInt64(0) : 0;
}

Result<QSet<QString>> SampleStore::kids(const SampleSelection& selection) const
{
    QString sql;
    if (selectsEverything(selection))
        sql = QStringLiteral("SELECT DISTINCT kid FROM sample_kids");
    else if (selectsOneKidOnly(selection)) // the kids beside it, by the (sample_id, kid) key: no list of ids is built
        sql = QStringLiteral("SELECT DISTINCT b.kid FROM sample_kids a JOIN sample_kids b ON b.sample_id = a.sample_id WHERE a.kid = :kid");
    else
        sql = QStringLiteral("SELECT DISTINCT kid FROM sample_kids WHERE sample_id IN (%1)").arg(selectedIdsSql(selection));
    Result<QList<QString>> rows = collectRows<QString>(m_db, sql, [&](Statement& s) { bindSampleFilter(s, selection); },
                                                       [](Statement& row) { return row.columnText(0); });
    KEYWARD_TRY(rows);
    return QSet<QString>(rows->cbegin(), rows->cend());
}

Result<QList<SampleRow>> SampleStore::byKid(const QString& kid) const
{
    SampleSelection selection;
    selection.kid = kid;
    return select(selection, false);
}

Status SampleStore::insertRun(const SampleRun& run, const QByteArray& encodedOutcomes)
{
    QJsonObject summary;
    for (auto it = run.summary.begin(); it != run.summary.end(); ++it)
        summary.insert(it.key(), it.value());
    Result<Statement> stmt = m_db.prepare(QStringLiteral("INSERT INTO sample_runs (id, started_at, finished_at, officer, selection, partial, "
                                                         "selected, summary, outcomes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    KEYWARD_TRY(stmt);
    stmt->bind(1, run.id)
        .bind(2, KeyStore::formatTime(run.startedAt))
        .bind(3, KeyStore::formatTime(run.finishedAt))
        .bind(4, run.officer)
        .bind(5, jsonText(run.selection))
        .bind(6, run.partial)
        .bind(7, run.selected)
        .bind(8, jsonText(summary))
        .bind(9, encodedOutcomes);
    return stmt->run();
}

Result<QList<SampleRun>> SampleStore::runs() const
{
    return collectRows<SampleRun>(
        m_db,
        QStringLiteral("SELECT id, started_at, finished_at, officer, selection, partial, selected, summary, outcomes IS NOT NULL "
                       "FROM sample_runs ORDER BY id DESC"),
        {}, [](Statement& row) {
            SampleRun run;
            run.id = row.columnInt64(0);
            run.startedAt = KeyStore::parseTime(row.columnText(1));
            run.finishedAt = KeyStore::parseTime(row.columnText(2));
            run.officer = row.columnText(3);
            run.selection = jsonObject(row.columnText(4));
            run.partial = row.columnInt64(5) != 0;
            run.selected = row.columnInt64(6);
            const QJsonObject summary = jsonObject(row.columnText(7));
            for (auto it = summary.begin(); it != summary.end(); ++it)
                run.summary.insert(it.key(), it.value().toInt());
            run.sealed = row.columnInt64(8) != 0;
            return run;
        });
}

namespace {

// What the signed audit log says of a run: when its `samples.tested` event was written and the
// digest of the outcomes it stored.
struct RunEvent {
    QDateTime at;
    QString outcomesSha256;
};

// The events of every run, or of run `runId` alone, by run id.
Result<QHash<qint64, RunEvent>> runEvents(Database& db, qint64 runId = 0)
{
    Result<Statement> stmt = db.prepare(runId > 0 ? QStringLiteral("SELECT subject, at, details FROM audit_events WHERE action = 'samples.tested' AND subject = ?")
                                                  : QStringLiteral("SELECT subject, at, details FROM audit_events WHERE action = 'samples.tested'"));
    KEYWARD_TRY(stmt);
    if (runId > 0)
        stmt->bind(1, QStringLiteral("run:%1").arg(runId));
    QHash<qint64, RunEvent> events;
    for (;;) {
        Result<bool> row = stmt->step();
        KEYWARD_TRY(row);
        if (!*row)
            return events;
        const QString subject = stmt->columnText(0);
        bool numeric = false;
        const qint64 id = subject.startsWith(QLatin1String("run:")) ? subject.mid(4).toLongLong(&numeric) : 0;
        if (!numeric)
            continue;
        events.insert(id, {QDateTime::fromString(stmt->columnText(1), Qt::ISODateWithMs),
                           jsonObject(stmt->columnText(2)).value(QStringLiteral("outcomes_sha256")).toString()});
    }
}

Error notInSignedLog(qint64 runId)
{
    return Error(ErrorCode::VerificationFailed,
                 SampleStore::tr("Test run %1 is not in the signed audit log: it was added to the vault outside Keyward, so it is no evidence. "
                                 "Verify the audit log and tell the other officers.")
                     .arg(runId));
}

Error deletedFromVault(qint64 runId)
{
    return Error(ErrorCode::VerificationFailed,
                 SampleStore::tr("Test run %1 is in the signed audit log but no longer in the vault: it was deleted outside Keyward, and what it "
                                 "found may have been newer than any run left. Verify the audit log and tell the other officers.")
                     .arg(runId));
}

// Whether a sealed run's stored outcomes are what its signed event says.
Status checkSeal(qint64 runId, const QByteArray& encoded, const RunEvent& event)
{
    if (event.outcomesSha256 != SampleOutcomeCodec::digest(encoded))
        return Error(ErrorCode::VerificationFailed,
                     SampleStore::tr("The outcomes of test run %1 are not those its signed audit event holds: they were changed outside Keyward, so "
                                     "the run is no evidence. Verify the audit log and tell the other officers.")
                         .arg(runId));
    return {};
}

// A sealed run's outcomes, when they are what its signed event says.
Result<QList<SampleOutcomeRow>> openSealed(qint64 runId, const QByteArray& encoded, const RunEvent& event)
{
    KEYWARD_TRY(checkSeal(runId, encoded, event));
    Result<QList<SampleOutcomeRow>> rows = SampleOutcomeCodec::decode(encoded);
    KEYWARD_TRY(rows);
    for (SampleOutcomeRow& o : *rows)
        o.runId = runId;
    return rows;
}

} // namespace

Result<QList<SampleOutcomeRow>> SampleStore::outcomes(qint64 runId) const
{
    // The run and its event from one moment: a run stored by another program in between must not
    // look like one missing from the log.
    Result<ReadTransaction> snapshot = ReadTransaction::begin(m_db);
    KEYWARD_TRY(snapshot);
    QByteArray encoded;
    bool sealed = false;
    {
        Result<Statement> stmt = m_db.prepare(QStringLiteral("SELECT outcomes IS NOT NULL, outcomes FROM sample_runs WHERE id = ?"));
        KEYWARD_TRY(stmt);
        stmt->bind(1, runId);
        Result<bool> row = stmt->step();
        KEYWARD_TRY(row);
        if (!*row)
            return Error(ErrorCode::NotFound, tr("There is no test run %1.").arg(runId));
        sealed = stmt->columnInt64(0) != 0;
        encoded = stmt->columnBlob(1);
    }
    Result<QHash<qint64, RunEvent>> events = runEvents(m_db, runId);
    KEYWARD_TRY(events);
    const auto event = events->constFind(runId);
    if (event == events->constEnd())
        return notInSignedLog(runId);
    if (sealed)
        return openSealed(runId, encoded, *event);
    return collectRows<SampleOutcomeRow>(m_db, kOutcomeColumns + QStringLiteral("WHERE o.run_id = ? ORDER BY o.sample_id"),
                                         [&](Statement& s) { s.bind(1, runId); }, outcomeFromRow);
}

Result<QMap<qint64, SampleOutcomeRow>> SampleStore::latestOutcomes(const QDateTime& since) const
{
    Result<ReadTransaction> snapshot = ReadTransaction::begin(m_db); // as in outcomes()
    KEYWARD_TRY(snapshot);
    Result<QHash<qint64, RunEvent>> events = runEvents(m_db);
    KEYWARD_TRY(events);
    struct RunRow {
        qint64 id;
        bool sealed;
    };
    Result<QList<RunRow>> runs = collectRows<RunRow>(m_db, QStringLiteral("SELECT id, outcomes IS NOT NULL FROM sample_runs ORDER BY id"), {},
                                                     [](Statement& row) { return RunRow {row.columnInt64(0), row.columnInt64(1) != 0}; });
    KEYWARD_TRY(runs);
    // A run the log signed for the period that is gone from the vault may have been the newer,
    // failing word on a sample: without it an older pass would count.
    QSet<qint64> stored;
    for (const RunRow& run : std::as_const(*runs))
        stored.insert(run.id);
    for (auto it = events->constBegin(); it != events->constEnd(); ++it) {
        if (it->at >= since && !stored.contains(it.key()))
            return deletedFromVault(it.key());
    }
    // Ascending by run, so a later run's outcome replaces an earlier one.
    QMap<qint64, SampleOutcomeRow> latest;
    for (const RunRow& run : std::as_const(*runs)) {
        const auto event = events->constFind(run.id);
        if (event == events->constEnd())
            return notInSignedLog(run.id);
        if (!run.sealed || event->at < since)
            continue;
        Result<Statement> stmt = m_db.prepare(QStringLiteral("SELECT outcomes FROM sample_runs WHERE id = ?"));
        KEYWARD_TRY(stmt);
        stmt->bind(1, run.id);
        Result<bool> row = stmt->step();
        KEYWARD_TRY(row);
        Result<QList<SampleOutcomeRow>> outcomes = openSealed(run.id, *row ? stmt->columnBlob(0) : QByteArray(), *event);
        KEYWARD_TRY(outcomes);
        for (SampleOutcomeRow& o : *outcomes)
            latest.insert(o.sampleId, std::move(o));
    }
    return latest;
}

Result<QStringList> SampleStore::runProblems() const
{
    Result<ReadTransaction> snapshot = ReadTransaction::begin(m_db); // as in outcomes()
    KEYWARD_TRY(snapshot);
    Result<QHash<qint64, RunEvent>> events = runEvents(m_db);
    KEYWARD_TRY(events);
    Result<Statement> stmt = m_db.prepare(QStringLiteral("SELECT id, outcomes IS NOT NULL, outcomes FROM sample_runs ORDER BY id"));
    KEYWARD_TRY(stmt);
    QStringList problems;
    QSet<qint64> stored;
    for (;;) {
        Result<bool> row = stmt->step();
        KEYWARD_TRY(row);
        if (!*row)
            break;
        const qint64 id = stmt->columnInt64(0);
        stored.insert(id);
        const auto event = events->constFind(id);
        if (event == events->constEnd()) {
            problems << notInSignedLog(id).message;
        } else if (stmt->columnInt64(1) != 0) {
            const Status sealed = checkSeal(id, stmt->columnBlob(2), *event);
            if (!sealed.ok())
                problems << sealed.message();
        }
    }
    QList<qint64> missing;
    for (auto it = events->constBegin(); it != events->constEnd(); ++it) {
        if (!stored.contains(it.key()))
            missing << it.key();
    }
    std::sort(missing.begin(), missing.end());
    for (qint64 id : std::as_const(missing))
        problems << deletedFromVault(id).message;
    return problems;
}

} // namespace keyward::core::samples
