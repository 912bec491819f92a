// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Re-wrapping archived samples to a successor key (SPEC §6): each selected sample is decrypted with
// the vault key its kid names, encrypted again to the successor (same enc, serialization, zip and
// extra protected members) and written as a new file in an output folder — never over an input,
// never into a folder that already holds files. Each output is test-decrypted with the successor
// alone, and must give the same plaintext digest, before the re-wrap reports success. A manifest
// (old → new digests) is written last; the whole re-wrap is one audited event.
//
// Today every sample is fully re-encrypted (a fresh CEK and content encryption): the recipient's
// alg and kid sit in the protected header of a compact JWE, which is part of the content's AAD,
// so re-encrypting only the CEK would need JSON serializations with per-recipient headers.

#include "common/Result.h"
#include "samples/SampleStore.h"

#include <QCoreApplication>

namespace keyward::core {
class Vault;
}

namespace keyward::core::samples {

struct RewrapItem {
    QString source; // the sample's source path
    QString oldDigest;
    QString oldKid;
    QString file; // the new file
    QString newDigest;
};

struct RewrapSkip {
    QString source;
    QString reason;
};

struct RewrapReport {
    QString successor;
    QString manifest; // path of manifest.json
    QList<RewrapItem> items;
    QList<RewrapSkip> skipped; // samples that could not be read, or already on the successor
};

class SampleRewrap {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::samples::SampleRewrap)
public:
    explicit SampleRewrap(Vault& vault) : m_vault(vault) { }

    // InvalidArgument for a successor that cannot take samples (not an active enc key with an alg)
    // or an output folder that holds files; NotFound when no sample matches.
    Result<RewrapReport> rewrap(const SampleSelection& selection, const QString& successorKid, const QString& outputDir);

private:
    Vault& m_vault;
};

} // namespace keyward::core::samples
