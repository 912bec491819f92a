// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The report's content as the rich-text subset QTextDocument understands: cover, inventory,
// rotations, overdue keys, unreviewed break-glass acts, optional sections, how to verify by hand,
// and the PCI DSS 4.0 / NIST SP 800-57 map. Every value from the vault is HTML-escaped.

#include "evidence/AuditReportData.h"

#include <QCoreApplication>

namespace keyward::report {

class AuditReportHtml {
    Q_DECLARE_TR_FUNCTIONS(keyward::report::AuditReportHtml)
public:
    static QString build(const core::AuditReportData& data);
};

} // namespace keyward::report
