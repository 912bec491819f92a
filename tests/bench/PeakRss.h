// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The peak resident set size every benchmark reports beside its rates (VmHWM of this process).

#include <QByteArray>
#include <QFile>
#include <QString>

namespace keyward::bench {

// In KiB; -1 where /proc/self/status is not readable.
inline qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Starts a new peak (Linux: writing 5 to clear_refs resets VmHWM to the current RSS), so a phase's
// own peak can be printed; false where that is not possible.
inline bool resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

} // namespace keyward::bench
