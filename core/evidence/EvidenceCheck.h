// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What an offline verification of an export found, one plain-words line per check (SPEC §7), so
// the CLI prints it and the GUI's "Verify an export…" page lists it without re-deriving anything.

#include <QList>
#include <QString>
#include <QStringList>

namespace keyward::core {

struct EvidenceCheck {
    QString what; // translated: "manifest.jws is signed by alice"
    bool passed = false;
    QString detail; // translated: why it failed, or "" when it passed
};

struct EvidenceReport {
    QList<EvidenceCheck> checks;
    QStringList warnings; // things that do not fail the export but the reader must know
    QString firstFailure; // translated: the first failed check, naming the file or line

    bool ok() const { return firstFailure.isEmpty() && !checks.isEmpty(); }
    void pass(const QString& what) { checks.append(EvidenceCheck { what, true, QString() }); }
    // Records the failure; returns false so callers can `return report.fail(...)`.
    bool fail(const QString& what, const QString& detail)
    {
        checks.append(EvidenceCheck { what, false, detail });
        if (firstFailure.isEmpty())
            firstFailure = detail.isEmpty() ? what : detail;
        return false;
    }
};

} // namespace keyward::core
