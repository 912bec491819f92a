// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestExecutor.h"

namespace keyward::core {

void RequestExecutors::add(std::unique_ptr<RequestExecutor> executor)
{
    if (!executor)
        return;
    const RequestKind kind = executor->kind();
    m_executors[kind] = std::shared_ptr<const RequestExecutor>(std::move(executor));
}

const RequestExecutor* RequestExecutors::find(RequestKind kind) const
{
    const auto it = m_executors.find(kind);
    return it == m_executors.end() ? nullptr : it->second.get();
}

RequestExecutors RequestExecutors::standard()
{
    RequestExecutors executors;
    addOfficerAndPolicyExecutors(executors);
    addKeyExecutors(executors);
    return executors;
}

} // namespace keyward::core
