// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// "Back up vault…" in the main window's Vault menu: the officer chooses a new or empty folder,
// core VaultBackup writes a consistent copy (database and keyslots of one moment, also while
// other Keyward programs use the vault) and the result shows in the window's message bar.

#include <QAction>

#include <functional>

namespace keyward::core {
class Vault;
}

namespace keyward::ui {

class MessageWidget;

class BackupAction : public QAction {
    Q_OBJECT
public:
    // Asks for a folder; an empty answer means the officer cancelled.
    using FolderChooser = std::function<QString(QWidget* parent)>;

    BackupAction(core::Vault& vault, MessageWidget* messageBar, QWidget* window);

    // Tests answer the folder question instead of the file dialog (STYLE §14).
    void setFolderChooser(FolderChooser chooser) { m_chooser = std::move(chooser); }
    // Backs up to `dir` and reports in the message bar; true when the backup was written.
    bool backUpTo(const QString& dir);

private:
    void chooseFolderAndBackUp();

    core::Vault& m_vault;
    MessageWidget* m_messageBar;
    QWidget* m_window;
    FolderChooser m_chooser;
};

} // namespace keyward::ui
