// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/VaultKeyProvider.h"
#include "requests/RequestEngine.h"
#include "requests/RequestExecutor.h"

#include <QCoreApplication>

namespace keyward::core {
class Vault;
}

namespace keyward::ui {

// The two-person-rule engine as every GUI entry point builds it (the standard executors over the
// vault's own key provider), so a page, a dialog and the unlock's due work all submit through the
// same rules. Cheap: it holds no state of its own beyond the executor table.
class RequestService {
    Q_DECLARE_TR_FUNCTIONS(keyward::ui::RequestService)
public:
    explicit RequestService(core::Vault& vault);
    RequestService(const RequestService&) = delete;
    RequestService& operator=(const RequestService&) = delete;

    core::RequestEngine& engine() { return m_engine; }
    core::KeyProvider& keys() { return m_keys; }
    core::Vault& vault() { return m_vault; }

    // What a page's message bar says after a submission, with a "page:requests" link.
    static QString submittedText(const core::Request& request);

private:
    core::Vault& m_vault;
    core::VaultKeyProvider m_keys;
    const core::RequestExecutors m_executors;
    core::RequestEngine m_engine;
};

} // namespace keyward::ui
