// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// report.pdf of an audit export (issue #15): lays out what core gathered (AuditReportData) as a
// PDF with QPdfWriter and QTextDocument. Needs a QGuiApplication (fonts).

#include "common/Result.h"
#include "evidence/AuditReportData.h"

namespace keyward::report {

core::Result<QByteArray> renderAuditReport(const core::AuditReportData& data);

} // namespace keyward::report
