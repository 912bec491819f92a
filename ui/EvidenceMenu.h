// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The window's Evidence menu (issue #15): export a JWKS bundle, export audit evidence, and
// "Verify an export…" for auditors.

#include <QMenu>

namespace keyward::core {
class Vault;
}

namespace keyward::ui {

class EvidenceMenu : public QMenu {
    Q_OBJECT
public:
    EvidenceMenu(core::Vault& vault, QWidget* parent = nullptr);
};

} // namespace keyward::ui
