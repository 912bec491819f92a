// SPDX-License-Identifier: GPL-3.0-or-later
// The key kinds of the two-person rule (SPEC §4): rotation, retirement, destruction and private
// export. Each executor lives in its own file; this one only hands them to the engine.

#include "requests/RequestExecutor.h"

namespace keyward::core {

void addKeyExecutors(RequestExecutors& executors)
{
    Q_UNUSED(executors);
}

} // namespace keyward::core
