// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditLog.h"

#include <QObject>

namespace keyward::ui {

// Holds the latest audit chain verification so the overview, the audit page and the status bar
// show the same answer, and re-verifies on request.
class ChainMonitor : public QObject {
    Q_OBJECT
public:
    explicit ChainMonitor(const core::AuditLog& log, QObject* parent = nullptr);

    const core::ChainStatus& status() const { return m_status; }
    bool hasVerified() const { return m_verified; }
    // One line for the status bar and the overview.
    QString summary() const;

public Q_SLOTS:
    void verify();

Q_SIGNALS:
    void statusChanged();

private:
    const core::AuditLog& m_log;
    core::ChainStatus m_status;
    bool m_verified = false;
};

} // namespace keyward::ui
