// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// keyslots.json with every slot's sealed audit head left out: what "the slots did not change"
// means since each commit re-seals its officer's head (the signed log, issue #12).

#include "vault/KeySlots.h"

namespace keyward::test {

inline QByteArray slotsWithoutHeads(const QString& path)
{
    core::Result<core::KeySlotFile> file = core::KeySlotFile::load(path);
    if (!file.ok())
        return file.message().toUtf8();
    for (core::KeySlot& slot : file->slots)
        slot.head = {};
    return file->toJson();
}

} // namespace keyward::test
