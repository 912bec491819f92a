// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What tst_cli_crash needs besides CliRequestsFixture: the kill moments, what one killed run left,
// the figures an operation's kills came to, and small read-only queries on an open vault.

#include "CliRequestsFixture.h"

#include "storage/Database.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFile>

#include <algorithm>

using namespace keyward::core;

namespace {

constexpr qint64 kTimeBudgetMs = 130000; // per operation, so all four fit the ctest TIMEOUT of 600 s
constexpr int kAfterWriteMs = 25; // how long after the first write an "after the first write" kill may wait
constexpr int kAfterCommitUs = 1000; // ... and after the commit an "after the commit" kill (the exit is quick)
constexpr int kRecalibrateEvery = 20;

enum class Moment { Anywhere, NearEnd, AfterFirstWrite, AfterCommit };

const char* momentName(Moment moment)
{
    switch (moment) {
    case Moment::Anywhere: return "anywhere";
    case Moment::NearEnd: return "near the end";
    case Moment::AfterFirstWrite: return "after the first write";
    case Moment::AfterCommit: return "after the commit";
    }
    return "";
}

// One run of keyward-cli with its kill moment.
struct Shot {
    Moment moment = Moment::Anywhere;
    bool killed = false;
    bool coldJournal = false; // vault.db-journal was left behind before SQLite synced it (nothing to undo)
    bool hotJournal = false; // ... or after: the next open must roll vault.db back with it
    bool pendingSlots = false; // keyslots.json.new was left behind
    QStringList slotOfficers; // keyslots.json as the kill left it
    int exitCode = -1;
    QString err;
};

// What one operation's kills came to (reported at the end).
struct Figures {
    int kills = 0;
    int completed = 0; // runs that finished before their kill moment (calibrations included)
    int applied = 0; // killed, yet found fully applied
    int notApplied = 0; // killed and found not applied at all
    int coldJournals = 0;
    int hotJournals = 0;
    int pendingSlots = 0;
    int orphanSlots = 0; // kills that left a keyslot of the officer being added, though the addition never committed
    int byMoment[4] = {};
    int strayFiles = 0; // kills after which the vault folder held more than vault.db, keyslots.json (+ a cold journal)
    int recoveryKills = 0; // kills of the keyward-cli that was finishing an interrupted re-key
    int recoveryInterrupted = 0; // ... that left keyslots.json.new behind once more
    qint64 ms = 0;
};

SecureBytes secretOf(const QString& officer)
{
    const QByteArray text = (officer + QStringLiteral(" passphrase")).toUtf8(); // as CliRequestsFixture writes it
    return SecureBytes(text.constData(), std::size_t(text.size()));
}

// The first column of the first row of `sql` with `values` bound as text; -1 / "" when there is none.
qint64 number(Vault& vault, const QString& sql, const QStringList& values = {})
{
    Result<Statement> stmt = vault.database().prepare(sql);
    if (!stmt.ok())
        return -1;
    for (int i = 0; i < values.size(); ++i)
        stmt->bind(i + 1, values.at(i));
    const Result<bool> row = stmt->step();
    return row.ok() && *row ? stmt->columnInt64(0) : -1;
}

QString text(Vault& vault, const QString& sql, const QStringList& values = {})
{
    Result<Statement> stmt = vault.database().prepare(sql);
    if (!stmt.ok())
        return QStringLiteral("<%1>").arg(stmt.message());
    for (int i = 0; i < values.size(); ++i)
        stmt->bind(i + 1, values.at(i));
    const Result<bool> row = stmt->step();
    return row.ok() && *row ? stmt->columnText(0) : QString();
}

// A rollback journal SQLite would play back: in synchronous=FULL mode its header starts zeroed and
// gets its magic only once the journal is synced, before vault.db is touched. A journal killed
// earlier (empty, or zero first byte) is cold: SQLite ignores it and reuses the file at the next write.
bool isHot(const QString& journal)
{
    QFile file(journal);
    char first = 0;
    return file.open(QIODevice::ReadOnly) && file.getChar(&first) && first != 0;
}

// A request's state and how many decisions it holds: "pending/0" before bob's approval, "executed/1" after.
QString requestProgress(Vault& vault, const QString& id)
{
    return text(vault, QStringLiteral("SELECT state || '/' || (SELECT count(*) FROM request_decisions WHERE request_id = r.id) "
                                      "FROM requests r WHERE id = ?"),
                { id });
}

// An officer request as found: its progress, and whether the officer has a row and a keyslot.
struct OfficerRequestFacts {
    QString progress;
    qint64 row = 0;
    bool slot = false;
};

OfficerRequestFacts officerRequestFacts(Vault& vault, const QString& id, const QString& officer)
{
    return { requestProgress(vault, id), number(vault, QStringLiteral("SELECT count(*) FROM officers WHERE name = ?"), { officer }),
             Vault::slotOfficers(vault.location()).value().contains(officer) };
}

bool copyFolder(const QString& from, const QString& to)
{
    QDir(to).removeRecursively();
    if (!QDir().mkpath(to))
        return false;
    const QStringList files = QDir(from).entryList(QDir::Files | QDir::Hidden);
    return std::all_of(files.cbegin(), files.cend(), [&](const QString& name) {
        return QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name));
    });
}

} // namespace
