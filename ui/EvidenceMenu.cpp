// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceMenu.h"

#include "dialogs/ExportEvidenceDialog.h"
#include "dialogs/VerifyExportDialog.h"
#include "vault/Vault.h"

namespace keyward::ui {

EvidenceMenu::EvidenceMenu(core::Vault& vault, QWidget* parent) : QMenu(tr("&Evidence"), parent)
{
    setObjectName(QStringLiteral("evidenceMenu"));
    const auto open = [this, &vault](ExportEvidenceDialog::Kind kind) {
        ExportEvidenceDialog dialog(vault, kind, parentWidget());
        dialog.exec();
    };
    QAction* jwks = addAction(tr("Export &JWKS bundle…"), this, [open] { open(ExportEvidenceDialog::Kind::JwksBundle); });
    jwks->setObjectName(QStringLiteral("exportJwksAction"));
    QAction* audit = addAction(tr("Export &audit evidence…"), this, [open] { open(ExportEvidenceDialog::Kind::AuditEvidence); });
    audit->setObjectName(QStringLiteral("exportAuditAction"));
    addSeparator();
    QAction* verify = addAction(tr("&Verify an export…"), this, [this, &vault] {
        VerifyExportDialog dialog(vault.clock(), parentWidget());
        dialog.exec();
    });
    verify->setObjectName(QStringLiteral("verifyExportAction"));
}

} // namespace keyward::ui
