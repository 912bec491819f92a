// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Time only moves forward in a vault (SPEC §1). The audit log is the vault's own record of time:
// no event is written dated before the newest one, and every waiting period and gate measures
// from the later of this computer's clock and that newest event, so setting the clock back can
// neither reopen an expired request nor stretch or shorten a waiting period.

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace keyward::core {

class Clock;
class Database;
class Vault;

class VaultTime {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::VaultTime)
public:
    // How far the clock may be behind the newest event and still write (the event is then dated
    // at the newest event's time, never before it). One second absorbs clock granularity and the
    // sub-second steps NTP makes when it corrects a drifting clock; it cannot shorten a waiting
    // period, which are whole hours or days, and no event is ever dated back by it.
    static constexpr qint64 kToleranceMs = 1000;

    // The time of the newest event (by seq), invalid while the log is empty.
    static Result<QDateTime> lastEventTime(Database& db);
    // The time a new event gets: the clock cut to milliseconds, or the newest event's time when
    // the clock is behind it by at most kToleranceMs. ClockBehind beyond that: nothing may be written.
    static Result<QDateTime> nextEventTime(Database& db, const Clock& clock);
    // max(clock, newest event): what waiting periods, expiry and gates measure from. Falls back to
    // the clock when the log cannot be read — the write that follows fails on the same read, and
    // that write (AuditLog::record) is what refuses a clock behind the log.
    static QDateTime effectiveNow(Database& db, const Clock& clock);
    static QDateTime effectiveNow(Vault& vault);

    // What unlocking should tell the officer at once, before any write or full verify: the last
    // event is in this clock's future (by more than a day: a jump into the future, or this clock
    // is wrong; by less: this clock is behind and nothing will be written). Empty when all is well.
    static QString unlockWarning(Database& db, const Clock& clock);

    // "2026-01-08 10:12:05 UTC": how messages name an instant.
    static QString display(const QDateTime& at);

private:
    static QString behindMessage(const QDateTime& now, const QDateTime& last);
};

} // namespace keyward::core
