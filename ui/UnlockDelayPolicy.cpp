// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnlockDelayPolicy.h"

#include <algorithm>

namespace keyward::ui {

std::chrono::milliseconds UnlockDelayPolicy::delayAfter(int failures) const
{
    if (failures <= 0)
        return std::chrono::milliseconds(0);
    // Doubling stops once the cap is reached, so a long series cannot overflow.
    std::chrono::milliseconds delay = m_base;
    for (int i = 1; i < failures && delay < m_cap; ++i)
        delay *= 2;
    return std::min(delay, m_cap);
}

} // namespace keyward::ui
