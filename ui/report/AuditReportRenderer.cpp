// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditReportRenderer.h"

#include "AuditReportHtml.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace keyward::report {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(keyward::report::AuditReportRenderer)
};
} // namespace

core::Result<QByteArray> renderAuditReport(const core::AuditReportData& data)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return core::Error(core::ErrorCode::Internal, Tr::tr("The PDF report needs a graphical application object."));
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape); // the inventory and rotation tables are wide
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(Tr::tr("Keyward audit evidence %1").arg(data.vaultId));
        writer.setCreator(data.generator);
        QTextDocument document;
        document.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 9));
        document.setHtml(AuditReportHtml::build(data));
        document.print(&writer);
    }
    buffer.close();
    if (pdf.isEmpty())
        return core::Error(core::ErrorCode::Io, Tr::tr("The PDF report could not be rendered."));
    return pdf;
}

} // namespace keyward::report
