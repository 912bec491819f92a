// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupAction.h"

#include "vault/Vault.h"
#include "vault/VaultBackup.h"
#include "widgets/MessageWidget.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>

namespace keyward::ui {

BackupAction::BackupAction(core::Vault& vault, MessageWidget* messageBar, QWidget* window)
    : QAction(tr("&Back up vault…"), window)
    , m_vault(vault)
    , m_messageBar(messageBar)
    , m_window(window)
{
    setObjectName(QStringLiteral("backupVaultAction"));
    setToolTip(tr("Copy the vault — database and keyslots of one moment — into a new or empty folder"));
    m_chooser = [](QWidget* parent) {
        return QFileDialog::getExistingDirectory(parent, tr("Choose a new or empty folder for the backup"),
                                                 QDir::homePath(), QFileDialog::ShowDirsOnly);
    };
    connect(this, &QAction::triggered, this, &BackupAction::chooseFolderAndBackUp);
}

void BackupAction::chooseFolderAndBackUp()
{
    const QString dir = m_chooser(m_window);
    if (!dir.isEmpty())
        backUpTo(dir);
}

bool BackupAction::backUpTo(const QString& dir)
{
    // The copy holds a read lock on the database only while the pages are copied; it runs on
    // this thread because the vault's connection is this thread's.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const core::Result<core::BackupReport> report = core::VaultBackup::backup(m_vault, dir);
    QApplication::restoreOverrideCursor();
    if (!report.ok()) {
        m_messageBar->showMessage(tr("The vault was not backed up: %1").arg(report.message()),
                                  MessageWidget::Type::Error);
        return false;
    }
    //: %1 is a folder; the command in quotes is not translated.
    m_messageBar->showMessage(tr("Backed up the vault to %1 (%n audit event(s)). Keep the copy away from this "
                                 "computer; \"keyward-cli vault check\" tells whether a copy is whole.",
                                 nullptr, int(report->events))
                                  .arg(QDir::toNativeSeparators(report->dir)),
                              MessageWidget::Type::Positive);
    return true;
}

} // namespace keyward::ui
