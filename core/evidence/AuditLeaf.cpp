// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLeaf.h"

namespace keyward::core {

MerkleHash AuditLeafHasher::leaf(const ChainVerifier::RawEvent& event)
{
    m_body.resize(0);
    AuditEvent::appendCanonicalBody(m_body, event.seq, event.at, event.actor, event.action, event.subject,
                                    event.detailsJson, event.prev);
    // The line is the body with ,"hash":"…" put before ,"prev": (AuditLine::build). The last
    // ,"prev":" of the body is that member: after it come only prev (hex), seq (digits) and the
    // escaped subject, in which a quote is always written \" — so ," never occurs there.
    const qsizetype split = m_body.lastIndexOf(QByteArrayView(",\"prev\":\""));
    m_line.resize(0);
    m_line.append(QByteArrayView(m_body).first(split));
    m_line.append(",\"hash\":\"");
    m_line.append(event.hash);
    m_line.append('"');
    m_line.append(QByteArrayView(m_body).sliced(split));
    return m_hasher.leaf(m_line);
}

} // namespace keyward::core
