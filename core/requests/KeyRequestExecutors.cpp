// SPDX-License-Identifier: GPL-3.0-or-later
// The key kinds of the two-person rule (SPEC §4): rotation, retirement, destruction and private
// export. Each executor lives in its own file; this one only hands them to the engine.

#include "requests/DestructionExecutor.h"
#include "requests/PrivateExportExecutor.h"
#include "requests/RequestExecutor.h"
#include "requests/RetirementExecutor.h"
#include "requests/RotationExecutor.h"

namespace keyward::core {

void addKeyExecutors(RequestExecutors& executors)
{
    executors.add(std::make_unique<RotationExecutor>());
    executors.add(std::make_unique<RetirementExecutor>());
    executors.add(std::make_unique<DestructionExecutor>());
    executors.add(std::make_unique<PrivateExportExecutor>());
}

} // namespace keyward::core
