// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// `calendar export`: an iCalendar (RFC 5545) file of due rotations (end of cryptoperiod of
// primary keys), retirements (retireAfter of grace keys), expiries (every key not yet retired,
// revoked or destroyed) and scheduled destructions, for the officers' calendars. UIDs are stable
// (kind + set + kid + vault id) so re-importing updates events instead of duplicating them.

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace keyward::core {

class Vault;

class CalendarExport {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::CalendarExport)
public:
    static Result<QByteArray> build(Vault& vault); // CRLF lines, folded at 75 octets
    // Builds and writes `path` (owner-only), recorded as "calendar.exported" with its SHA-256; the
    // file appears only once that event committed. Returns the number of events.
    static Result<int> write(Vault& vault, const QString& path);
};

} // namespace keyward::core
