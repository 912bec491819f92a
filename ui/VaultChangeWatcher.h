// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
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

    // Takes the current data version and keyslot generation as "what this window has seen".
    explicit VaultChangeWatcher(core::Vault& vault, QObject* parent = nullptr);

    void start(std::chrono::milliseconds interval = kDefaultInterval);
    void stop();
    bool isActive() const { return m_timer.isActive(); }
    // This window changed the vault itself (an approved officer removal re-keys it): the keyslot
    // generation now on disk is its own, not a sign of another program.
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
    // The two reads below go through the vault; when core grows Vault::dataVersion() and
    // Vault::wasRekeyedElsewhere() each becomes a one-line call.
    std::optional<qint64> dataVersion();
    std::optional<qint64> keySlotGeneration();

    core::Vault& m_vault;
    QTimer m_timer;
    std::optional<qint64> m_dataVersion;
    std::optional<qint64> m_generation;
    // keyslots.json is parsed again only when its time stamp or size moved.
    QDateTime m_slotsModified;
    qint64 m_slotsSize = -1;
};

} // namespace keyward::ui
