// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultTime.h"

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
    //: %1 is this computer's time, %2 the time of the vault's newest audit event (both UTC).
    return Error(ErrorCode::ClockBehind,
                 tr("This computer's clock (%1) is behind the vault's last event (%2); Keyward writes nothing "
                    "until the clock is right.")
                     .arg(display(now), display(*last)));
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

QString VaultTime::display(const QDateTime& at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

} // namespace keyward::core
