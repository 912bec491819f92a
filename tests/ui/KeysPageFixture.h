// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the Keys page tests: a real Keys page over a test vault (alice admin + key-officer, bob
// approver), keys generated through the real command, and the row / context-menu helpers a test
// uses like an officer's mouse.

#include "UiTestSupport.h"

#include "keys/GenerateKeyCommand.h"
#include "keys/VaultKeyProvider.h"
#include "models/KeyFilterProxyModel.h"
#include "models/KeyTableModel.h"
#include "pages/KeyDetailPane.h"
#include "pages/KeysPage.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QTableView>

namespace keyward::ui::test {

// The message of a failed Result, empty when it holds a value (QVERIFY2 formats it eagerly).
template <typename T>
QString whyNot(const core::Result<T>& result)
{
    return result.ok() ? QString() : result.message();
}

inline bool generate(core::Vault& vault, const QString& set, const QString& kid, const QString& owner, const QString& alg)
{
    core::VaultKeyProvider provider(vault.database());
    core::GenerateKeyCommand::Params params;
    params.key.keySet = set;
    params.key.kid = kid;
    params.key.owner = owner;
    params.key.alg = alg;
    params.key.expiresAt = vault.clock().now().addDays(180);
    core::GenerateKeyCommand command(vault, provider, params);
    return command.run().ok();
}

struct PageFixture {
    TestVault tv;
    std::unique_ptr<core::Vault> vault = tv.create();
    std::unique_ptr<KeysPage> page;

    // withKeys: payments-api pay-sig-1 (ES256) and pay-enc-1, login login-sig-1 (EdDSA), all primary.
    bool start(bool withKeys)
    {
        if (!vault)
            return false;
        if (withKeys
            && !(generate(*vault, QStringLiteral("payments-api"), QStringLiteral("pay-sig-1"), QStringLiteral("payments-team"), QStringLiteral("ES256"))
                 && generate(*vault, QStringLiteral("payments-api"), QStringLiteral("pay-enc-1"), QStringLiteral("payments-team"), QStringLiteral("ECDH-ES+A128KW"))
                 && generate(*vault, QStringLiteral("login"), QStringLiteral("login-sig-1"), QStringLiteral("identity"), QStringLiteral("EdDSA"))))
            return false;
        page = std::make_unique<KeysPage>(*vault);
        page->resize(1280, 720);
        page->show();
        return QTest::qWaitForWindowExposed(page.get());
    }

    QAction* action(const char* name) const { return child<QAction>(page.get(), name); }
    QTableView* table() const { return child<QTableView>(page.get(), "keysTable"); }
    KeyDetailPane* detail() const { return child<KeyDetailPane>(page.get(), "keyDetailPane"); }

    // The table cell of (set, kid), or an invalid index when the table does not show it.
    QModelIndex indexOf(const QString& set, const QString& kid, int column = KeyTableModel::KidColumn) const
    {
        const int row = page->model()->rowOf(set, kid);
        if (row < 0)
            return {};
        return page->proxy()->mapFromSource(page->model()->index(row, column));
    }

    void clickRow(const QString& set, const QString& kid) const
    {
        const QModelIndex index = indexOf(set, kid);
        table()->scrollTo(index);
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, table()->visualRect(index).center());
    }

    // Right-clicks the row of (set, kid) and returns the context menu it opened (null if none).
    QMenu* rightClickRow(const QString& set, const QString& kid) const
    {
        const QModelIndex index = indexOf(set, kid);
        if (!index.isValid())
            return nullptr;
        table()->scrollTo(index);
        const QPoint pos = table()->visualRect(index).center();
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, pos);
        // What the window system sends on a right click.
        QContextMenuEvent event(QContextMenuEvent::Mouse, pos, table()->viewport()->mapToGlobal(pos));
        QApplication::sendEvent(table()->viewport(), &event);
        QMenu* menu = page->keyMenu();
        return menu && menu->isVisible() ? menu : nullptr;
    }

    // Clicks `actionName` in an open menu like the officer would; false when absent or disabled.
    static bool choose(QMenu* menu, const char* actionName)
    {
        auto* action = menu->findChild<QAction*>(QString::fromLatin1(actionName));
        if (!action) {
            for (QAction* candidate : menu->actions()) {
                if (candidate->objectName() == QLatin1String(actionName))
                    action = candidate;
            }
        }
        if (!action || !action->isEnabled())
            return false;
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
        return true;
    }
};

} // namespace keyward::ui::test
