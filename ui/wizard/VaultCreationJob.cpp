// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/VaultCreationJob.h"

#include <QDir>
#include <QFile>

namespace keyward::ui {

void VaultCreationJob::run()
{
    const core::KdfParams params = kdf();
    auto created = core::Vault::create(location, first.name, first.roles, first.passphrase, params, *clock);
    first.passphrase.clear();
    if (!created) {
        second.passphrase.clear();
        error = created.error();
        return;
    }
    std::unique_ptr<core::Vault> opened = std::move(created).value();
    const core::Status added = opened->addOfficer(second.name, second.roles, second.passphrase, params);
    second.passphrase.clear();
    if (!added) {
        error = added.error();
        // A vault with one officer would make the wizard's next attempt fail with "exists";
        // it was created a moment ago by this job, so remove exactly what it wrote.
        opened->lock();
        opened.reset();
        QFile::remove(location.databasePath());
        QFile::remove(location.keySlotsPath());
        QDir().rmdir(location.dir);
        return;
    }
    vault = std::move(opened);
}

} // namespace keyward::ui
