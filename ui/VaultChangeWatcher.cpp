// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultChangeWatcher.h"

#include "vault/Vault.h"

#include <QAbstractItemView>
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
    if (const auto version = dataVersion())
        m_dataVersion = version;
}

std::optional<qint64> VaultChangeWatcher::dataVersion() const
{
    // Never waits: a busy or locked vault answers next time.
    const core::Result<qint64> version = m_vault.dataVersion();
    return version.ok() ? std::optional(*version) : std::nullopt;
}

void VaultChangeWatcher::poll()
{
    if (m_vault.isLocked()) {
        stop();
        return;
    }
    // The re-key first: after one elsewhere every database read here fails, and the officer
    // should learn why rather than see "file is not a database".
    if (m_vault.wasRekeyedElsewhere()) {
        stop();
        Q_EMIT rekeyedElsewhere(
            tr("Another Keyward program removed an officer and re-keyed this vault, so this window was locked. "
               "Unlock again with your passphrase."));
        return;
    }
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
