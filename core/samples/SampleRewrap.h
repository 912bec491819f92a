// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Re-wrapping archived samples to a successor key (SPEC §6): each selected sample is decrypted with
// the vault key its kid names and written for the successor as a new file in an output folder —
// never over an input, never into a folder that already holds files. Each output is test-decrypted
// with the successor alone, and must give the same plaintext digest, before the re-wrap reports
// success. A manifest (old → new digests, and the method used per sample) is written last; the
// whole re-wrap is one audited event.
//
// The method, per sample (the rule is cekRewrapObstacle() in CekRewrap.h):
// - "cek-rewrap": the content key the sample already has is wrapped for the successor and only the
//   recipient's own header and encrypted_key change; protected header, aad, iv, ciphertext and tag
//   stay byte for byte. Legitimate only for a flattened or general JSON JWE whose recipient
//   members (alg, kid, epk, p2s, GCMKW iv/tag, …) are in that recipient's unprotected header, with
//   a predecessor and a successor alg that both wrap a CEK, and a predecessor that is not revoked.
//   Other recipients of a general JWE are kept as they are.
// - "re-encrypt": everything else — every compact JWE (its protected header names alg and kid and
//   is the AAD of the content, so changing them breaks the tag), a JSON JWE with recipient members
//   in its protected or shared header, dir and ECDH-ES direct on either side (their CEK is the key
//   or derived from it), and a revoked predecessor (its CEK is presumed exposed). A fresh CEK and
//   content encryption, same enc, serialization, zip and typ/cty, the successor as sole recipient.
//   The manifest's `reencrypt_reason` gives the code of the rule that applied.

#include "common/Result.h"
#include "samples/CekRewrap.h"
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
    RewrapMethod method = RewrapMethod::ReEncrypt;
    QString reencryptReason; // the cekRewrapObstacle() code; empty for a CEK re-wrap
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
