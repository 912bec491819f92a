// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultTime.h"

#include "audit/ChainVerifier.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "vault/Vault.h"

namespace keyward::core {

namespace {

QDateTime toMillis(const QDateTime& at)
{
    // The canonical event form carries milliseconds: compare and store the same instant.
    return QDateTime::fromMSecsSinceEpoch(at.toMSecsSinceEpoch(), Qt::UTC);
}

} // namespace

Result<QDateTime> VaultTime::lastEventTime(Database& db)
{
    Result<Statement> row = db.queryFirstRow(QStringLiteral("SELECT at FROM audit_events ORDER BY seq DESC LIMIT 1"));
    if (!row.ok() && row.code() == ErrorCode::NotFound)
        return QDateTime();
    if (!row.ok())
        return row.error();
    const QDateTime at = QDateTime::fromString(row->columnText(0), Qt::ISODateWithMs);
    if (!at.isValid())
        return Error(ErrorCode::VaultDamaged,
                     tr("The vault's last audit event has no readable time; the vault may have been edited "
                        "outside Keyward."));
    return at.toUTC();
}

Result<QDateTime> VaultTime::nextEventTime(Database& db, const Clock& clock)
{
    const QDateTime now = toMillis(clock.now());
    Result<QDateTime> last = lastEventTime(db);
    if (!last.ok())
        return last.error();
    if (!last->isValid() || *last <= now)
        return now;
    if (now.msecsTo(*last) <= kToleranceMs)
        return *last;
    return Error(ErrorCode::ClockBehind, behindMessage(now, *last));
}

QDateTime VaultTime::effectiveNow(Database& db, const Clock& clock)
{
    const QDateTime now = toMillis(clock.now());
    const Result<QDateTime> last = lastEventTime(db);
    if (!last.ok() || !last->isValid())
        return now;
    return std::max(now, *last);
}

QDateTime VaultTime::effectiveNow(Vault& vault)
{
    if (vault.isLocked()) // no log to read; nothing can be written either
        return toMillis(vault.clock().now());
    return effectiveNow(vault.database(), vault.clock());
}

QString VaultTime::unlockWarning(Database& db, const Clock& clock)
{
    const QDateTime now = toMillis(clock.now());
    const Result<QDateTime> last = lastEventTime(db);
    if (!last.ok())
        return last.message();
    if (!last->isValid() || now.msecsTo(*last) <= kToleranceMs)
        return QString();
    if (now.secsTo(*last) > ChainVerifier::kFutureSlackSecs)
        //: %1 is the time of the vault's newest audit event, %2 this computer's time (both UTC).
        return tr("The vault's last event is dated %1, more than a day after this computer's clock (%2): it was "
                  "written with a clock set ahead (a jump into the future), or this clock is wrong. Run 'audit "
                  "verify'; Keyward writes nothing until the clock passes that time.")
            .arg(display(*last), display(now));
    return behindMessage(now, *last);
}

QString VaultTime::behindMessage(const QDateTime& now, const QDateTime& last)
{
    //: %1 is this computer's time, %2 the time of the vault's newest audit event (both UTC).
    return tr("This computer's clock (%1) is behind the vault's last event (%2); Keyward writes nothing until the "
              "clock is right.")
        .arg(display(now), display(last));
}

QString VaultTime::display(const QDateTime& at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

} // namespace keyward::core
