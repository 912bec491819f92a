// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

namespace keyward::ui {

// How long the unlock dialog waits after each wrong passphrase: base, 2×base, 4×base … capped.
// A value type passed into the dialog so tests use milliseconds instead of seconds.
class UnlockDelayPolicy {
public:
    constexpr UnlockDelayPolicy(std::chrono::milliseconds base = std::chrono::seconds(1),
                                std::chrono::milliseconds cap = std::chrono::seconds(30))
        : m_base(base)
        , m_cap(cap)
    {
    }

    // failures: wrong passphrases so far (0 → no wait).
    std::chrono::milliseconds delayAfter(int failures) const;

private:
    std::chrono::milliseconds m_base;
    std::chrono::milliseconds m_cap;
};

} // namespace keyward::ui
