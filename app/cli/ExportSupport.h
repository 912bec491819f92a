// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the export and verify commands share: listing written files with their digests, and
// printing an offline verification's checks.

#include "evidence/AuditExport.h"
#include "evidence/EvidenceCheck.h"
#include "evidence/EvidenceFiles.h"

#include <QJsonObject>

namespace keyward::cli {

class CliContext;

QJsonObject exportedFilesJson(const QString& dir, const QList<core::ExportedFile>& files);
void printExportedFiles(CliContext& context, const QList<core::ExportedFile>& files);
// Prints every check (stderr, or one JSON object with --json) and returns ExitOk or ExitIntegrity.
// report.pdf's renderer (ui/report) when this process runs a QGuiApplication, else none.
core::AuditExport::ReportRenderer reportRenderer();
int reportVerification(CliContext& context, const core::EvidenceReport& report, const QString& subject);

} // namespace keyward::cli
