// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestService.h"

#include "vault/Vault.h"

namespace keyward::ui {

RequestService::RequestService(core::Vault& vault)
    : m_vault(vault)
    , m_keys(vault.database())
    , m_executors(core::RequestExecutors::standard())
    , m_engine(vault, m_keys, m_executors)
{
}

QString RequestService::submittedText(const core::Request& request)
{
    return tr("Request #%1 (%2 of %3) waits for a second officer with the approver role; nothing changes until "
              "then. <a href=\"page:requests\">Open Requests</a>")
        .arg(request.id)
        .arg(core::requestKindTitle(request.kind).toLower(), request.subject.toHtmlEscaped());
}

} // namespace keyward::ui
