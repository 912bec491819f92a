// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/KdfParams.h"

#include <functional>

namespace keyward::ui {

// Where new keyslots get their Argon2id cost. Production calibrates once per run (about 0.5 s of
// work, so it is done off the GUI thread and remembered); tests and the demo pass cheap fixed
// parameters instead. Must be callable from a worker thread.
using KdfProvider = std::function<core::KdfParams()>;

KdfProvider calibratedKdf();
KdfProvider fixedKdf(const core::KdfParams& params);

} // namespace keyward::ui
