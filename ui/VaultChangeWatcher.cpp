// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultChangeWatcher.h"

#include "storage/Database.h"
#include "vault/KeySlots.h"
#include "vault/Vault.h"

#include <QAbstractItemView>
#include <QFileInfo>
#include <QHash>
#include <QPointer>
#include <QScrollBar>

namespace keyward::ui {

VaultChangeWatcher::VaultChangeWatcher(core::Vault& vault, QObject* parent)
    : QObject(parent)
    , m_vault(vault)
{
    m_timer.setObjectName(QStringLiteral("vaultChangeTimer"));
    connect(&m_timer, &QTimer::timeout, this, &VaultChangeWatcher::poll);
    m_dataVersion = dataVersion();
    m_generation = keySlotGeneration();
}

void VaultChangeWatcher::start(std::chrono::milliseconds interval)
{
    m_timer.start(interval);
}

void VaultChangeWatcher::stop()
{
    m_timer.stop();
}

void VaultChangeWatcher::acceptOwnChanges()
{
    m_slotsSize = -1; // parse again even when the time stamp did not move
    if (const auto generation = keySlotGeneration())
        m_generation = generation;
    if (const auto version = dataVersion())
        m_dataVersion = version;
}

std::optional<qint64> VaultChangeWatcher::dataVersion()
{
    if (m_vault.isLocked())
        return std::nullopt;
    const auto version = m_vault.database().queryInt64(QStringLiteral("PRAGMA data_version"));
    return version ? std::optional(version.value()) : std::nullopt;
}

std::optional<qint64> VaultChangeWatcher::keySlotGeneration()
{
    const QString path = m_vault.location().keySlotsPath();
    const QFileInfo info(path);
    if (m_slotsSize >= 0 && info.lastModified() == m_slotsModified && info.size() == m_slotsSize)
        return m_generation;
    const auto slots = core::KeySlotFile::load(path);
    if (!slots)
        return std::nullopt; // mid-replace or unreadable: look again next time
    m_slotsModified = info.lastModified();
    m_slotsSize = info.size();
    return slots->generation;
}

void VaultChangeWatcher::poll()
{
    if (m_vault.isLocked()) {
        stop();
        return;
    }
    // The generation first: after a re-key elsewhere every database read here fails, and the
    // officer should learn why rather than see "file is not a database".
    if (const auto generation = keySlotGeneration(); generation && m_generation && *generation != *m_generation) {
        stop();
        Q_EMIT rekeyedElsewhere(
            tr("Another Keyward program removed an officer and re-keyed this vault, so this window was locked. "
               "Unlock again with your passphrase."));
        return;
    }
    // A busy database (another program writing right now) answers next time.
    const auto version = dataVersion();
    if (!version || version == m_dataVersion)
        return;
    m_dataVersion = version;
    Q_EMIT changedElsewhere();
}

void VaultChangeWatcher::keepingScrollPositions(QWidget* root, const std::function<void()>& refresh)
{
    QHash<QAbstractItemView*, QPair<int, int>> kept;
    const auto views = root->findChildren<QAbstractItemView*>();
    for (QAbstractItemView* view : views)
        kept.insert(view, { view->verticalScrollBar()->value(), view->horizontalScrollBar()->value() });
    QList<QPointer<QAbstractItemView>> guarded(views.cbegin(), views.cend());
    refresh();
    for (const QPointer<QAbstractItemView>& view : std::as_const(guarded)) {
        if (!view)
            continue;
        const auto [vertical, horizontal] = kept.value(view.data());
        view->doItemsLayout(); // the reset model's rows are laid out lazily: size the scroll bars now
        // Clamped by the scroll bars: a list that got shorter shows its end.
        view->verticalScrollBar()->setValue(vertical);
        view->horizontalScrollBar()->setValue(horizontal);
    }
}

} // namespace keyward::ui
