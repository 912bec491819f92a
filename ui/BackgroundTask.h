// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

namespace keyward::ui {

// Runs `work` on the global thread pool and then `done` on `context`'s thread, unless `context`
// was destroyed meanwhile. Argon2 (calibration, unlock) takes about half a second: it must not
// freeze the window.
void runInBackground(QObject* context, std::function<void()> work, std::function<void()> done);

} // namespace keyward::ui
