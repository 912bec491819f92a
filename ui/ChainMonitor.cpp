// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChainMonitor.h"

#include <QLocale>

namespace keyward::ui {

ChainMonitor::ChainMonitor(const core::AuditLog& log, QObject* parent)
    : QObject(parent)
    , m_log(log)
{
}

QString ChainMonitor::summary() const
{
    if (!m_verified)
        return tr("Audit chain not verified yet");
    if (m_status.intact)
        //: Status bar; %1 is the number of events in the chain.
        return tr("Audit chain intact · %1 events").arg(QLocale().toString(m_status.eventCount));
    return tr("Audit chain broken at event %1").arg(m_status.firstBadSeq);
}

void ChainMonitor::verify()
{
    m_status = m_log.verify();
    m_verified = true;
    Q_EMIT statusChanged();
}

} // namespace keyward::ui
