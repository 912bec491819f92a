// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

class QWidget;

namespace keyward::core {
class Vault;
}

namespace keyward::ui {

// Notices what another program (a second keyward-cli or keyward on the same vault folder) did
// while this window is unlocked. SQLite's `PRAGMA data_version` changes only when another
// connection commits, so polling it is cheap and never fires for this window's own writes.
// keyslots.json's generation goes up when a program removes an officer and re-keys the database:
// this window's master key then opens nothing, so it must lock instead of showing "damaged".
class VaultChangeWatcher : public QObject {
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds kDefaultInterval { 1500 };

    // Takes the current data version as "what this window has seen".
    explicit VaultChangeWatcher(core::Vault& vault, QObject* parent = nullptr);

    void start(std::chrono::milliseconds interval = kDefaultInterval);
    void stop();
    bool isActive() const { return m_timer.isActive(); }
    // This window just re-read everything: what is in the vault now has been seen. (Its own re-key
    // is never mistaken for another program's: the vault tracks the generation it holds.)
    void acceptOwnChanges();

    // Runs `refresh` and puts every item view below `root` back at the scroll position it had,
    // so a refresh the officer did not ask for does not move what they were reading.
    static void keepingScrollPositions(QWidget* root, const std::function<void()>& refresh);

public Q_SLOTS:
    // One look (the timer calls it; tests may call it to skip the wait).
    void poll();

Q_SIGNALS:
    // Another program committed a change: re-read what the pages show.
    void changedElsewhere();
    // Another program re-keyed the vault: this window must lock; `why` is shown at the unlock.
    void rekeyedElsewhere(const QString& why);

private:
    std::optional<qint64> dataVersion() const;

    core::Vault& m_vault;
    QTimer m_timer;
    std::optional<qint64> m_dataVersion;
};

} // namespace keyward::ui
