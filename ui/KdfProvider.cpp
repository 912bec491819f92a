// SPDX-License-Identifier: GPL-3.0-or-later
#include "KdfProvider.h"

#include <memory>
#include <mutex>
#include <optional>

namespace keyward::ui {

KdfProvider calibratedKdf()
{
    struct Cache {
        std::mutex mutex;
        std::optional<core::KdfParams> params;
    };
    auto cache = std::make_shared<Cache>();
    return [cache] {
        const std::lock_guard lock(cache->mutex);
        if (!cache->params)
            cache->params = core::KdfParams::calibrated();
        return *cache->params;
    };
}

KdfProvider fixedKdf(const core::KdfParams& params)
{
    return [params] { return params; };
}

} // namespace keyward::ui
