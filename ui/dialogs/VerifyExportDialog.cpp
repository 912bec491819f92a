// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/VerifyExportDialog.h"

#include "common/Clock.h"
#include "evidence/AuditVerifier.h"
#include "evidence/JwksVerifier.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace keyward::ui {

namespace {

QHBoxLayout* folderRow(QLineEdit* edit, QWidget* parent, const QString& title)
{
    auto* row = new QHBoxLayout();
    row->addWidget(edit, 1);
    auto* browse = new QPushButton(VerifyExportDialog::tr("Browse…"), parent);
    QObject::connect(browse, &QPushButton::clicked, parent, [edit, parent, title] {
        const QString dir = QFileDialog::getExistingDirectory(parent, title, edit->text());
        if (!dir.isEmpty())
            edit->setText(dir);
    });
    row->addWidget(browse);
    return row;
}

} // namespace

VerifyExportDialog::VerifyExportDialog(const core::Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_clock(clock)
    , m_folder(new QLineEdit(this))
    , m_since(new QLineEdit(this))
    , m_fingerprint(new QLineEdit(this))
    , m_verify(new QPushButton(tr("&Verify"), this))
    , m_verdict(new QLabel(this))
    , m_checks(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("verifyExportDialog"));
    setWindowTitle(tr("Verify an export"));
    resize(760, 460);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Checks a JWKS bundle or an audit export folder exactly as an auditor would, without "
                                "opening any vault: digests, signatures, the officer roster, the hash chain and the "
                                "Merkle tree."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout();
    m_folder->setObjectName(QStringLiteral("folderEdit"));
    m_since->setObjectName(QStringLiteral("sinceEdit"));
    m_since->setPlaceholderText(tr("Optional: the previous audit export you received"));
    m_fingerprint->setObjectName(QStringLiteral("fingerprintEdit"));
    m_fingerprint->setPlaceholderText(tr("Optional: the vault fingerprint your officers gave you"));
    form->addRow(tr("Export folder:"), folderRow(m_folder, this, tr("Export folder")));
    form->addRow(tr("Earlier export:"), folderRow(m_since, this, tr("Earlier export")));
    form->addRow(tr("Vault &fingerprint:"), m_fingerprint);
    layout->addLayout(form);

    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText);
    layout->addWidget(m_verdict);
    m_checks->setObjectName(QStringLiteral("checksTree"));
    m_checks->setHeaderLabels({ tr("Result"), tr("What was checked") });
    m_checks->setRootIsDecorated(false);
    m_checks->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    layout->addWidget(m_checks, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_verify->setDefault(true);
    buttons->addButton(m_verify, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_verify, &QPushButton::clicked, this, &VerifyExportDialog::runVerify);
    layout->addWidget(buttons);
}

void VerifyExportDialog::runVerify()
{
    const QString dir = m_folder->text().trimmed();
    const QDir folder(dir);
    core::EvidenceReport report;
    QString subject;
    if (folder.exists(QStringLiteral("manifest.jws"))) {
        subject = tr("audit export");
        report = core::AuditVerifier::verify({ dir, m_since->text().trimmed(), m_fingerprint->text().trimmed() });
    } else if (folder.exists(QStringLiteral("manifest.json"))) {
        subject = tr("JWKS bundle");
        report = core::JwksVerifier::verify(dir, {}, m_clock.now());
    } else {
        m_checks->clear();
        m_verdict->setText(tr("%1 holds neither manifest.jws (an audit export) nor manifest.json (a JWKS bundle).")
                               .arg(QDir::toNativeSeparators(dir)));
        m_verdict->setStyleSheet(QStringLiteral("color: #a61b1b; font-weight: bold;"));
        return;
    }
    m_checks->clear();
    for (const core::EvidenceCheck& check : report.checks) {
        auto* item = new QTreeWidgetItem(m_checks, { check.passed ? tr("✓ passed") : tr("✗ FAILED"),
                                                     check.detail.isEmpty() ? check.what : check.detail });
        item->setForeground(0, check.passed ? QColor(0x1b, 0x7a, 0x3d) : QColor(0xa6, 0x1b, 0x1b));
        item->setToolTip(1, check.what);
    }
    for (const QString& warning : report.warnings) {
        auto* item = new QTreeWidgetItem(m_checks, { tr("! note"), warning });
        item->setForeground(0, QColor(0x9a, 0x6a, 0x00));
        item->setToolTip(1, warning);
    }
    if (report.ok()) {
        m_verdict->setText(tr("This %1 verifies: nothing in it was changed, added, removed or reordered.").arg(subject));
        m_verdict->setStyleSheet(QStringLiteral("color: #1b7a3d; font-weight: bold;"));
    } else {
        m_verdict->setText(tr("This %1 does NOT verify: %2").arg(subject, report.firstFailure));
        m_verdict->setStyleSheet(QStringLiteral("color: #a61b1b; font-weight: bold;"));
    }
}

} // namespace keyward::ui
