// SPDX-License-Identifier: GPL-3.0-or-later
// jose_bench: JWE decrypts per second per alg/enc, on one core and on all cores, printed beside the
// raw OpenSSL primitive that dominates each case, measured in the same run — so the JOSE layer's
// cost (parsing, strict base64url/JSON, header and key checks, KDF, content decryption) shows as an
// overhead percentage (SPEC §9: batch test-decrypt ≥ 90% of the machine's OpenSSL limit).
//
// Usage: jose_bench [--seconds S] [--threads N] [--plaintext BYTES] [--rounds R] [--only NAME]
// Each figure is the best of R rounds, JOSE and raw primitive measured alternately, so a burst of
// load from other processes does not land on one side only.
// A program, not a test: nothing here passes or fails on time.
#include "BenchRate.h"
#include "common/SecureHeap.h"
#include "crypto/ThreadCipherContexts.h"
#include "jose/JweDecryptor.h"
#include "jose/JweEncryptor.h"
#include "jose/Jwk.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <thread>
#include <vector>

using namespace keyward::core;
using namespace keyward::core::jose;
using keyward::bench::rate;

namespace {

struct Options {
    double seconds = 2.0;
    int threads = int(std::thread::hardware_concurrency());
    int plaintextBytes = 256;
    int rounds = 3; // alternating JOSE/primitive rounds; the best of each is kept (load-noise guard)
    QString only; // run only the cases whose name contains this
};

[[noreturn]] void die(const char* what, const QString& why = QString())
{
    std::fprintf(stderr, "jose_bench: %s %s\n", what, qPrintable(why));
    std::exit(1);
}

Jwk keyFrom(EVP_PKEY* raw, const char* kid)
{
    auto jwk = Jwk::fromPkey(ossl::PKey(raw));
    if (!jwk.ok())
        die("key", jwk.message());
    return jwk->withKid(QString::fromLatin1(kid));
}

Jwk octKey(int bytes, const char* kid)
{
    QByteArray raw(bytes, '\x5a');
    auto jwk = Jwk::fromOctets(SecureBytes::takeFrom(raw));
    return jwk->withKid(QString::fromLatin1(kid));
}

struct Case {
    const char* name;
    const char* primitive;
    Jwk key;
    QString alg;
    QString enc;
    std::function<void(int)> primitiveOp; // one raw OpenSSL operation (per-thread state by index)
    // ECDH-ES only: the derive with a fresh peer each time, imported from its encoded point (every
    // ECDH-ES token has a new epk, so no decrypt can avoid this import). Empty for other cases.
    std::function<void(int, long)> freshPeerOp = {};
};

// Per-thread raw primitive state, so the raw rate is OpenSSL's best case: contexts set up once.
struct RsaRaw {
    std::vector<ossl::PKeyCtx> ctx;
    QByteArray ciphertext;
    RsaRaw(EVP_PKEY* key, int threads)
    {
        ossl::PKeyCtx enc(EVP_PKEY_CTX_new_from_pkey(nullptr, key, nullptr));
        EVP_PKEY_encrypt_init(enc.get());
        EVP_PKEY_CTX_set_rsa_padding(enc.get(), RSA_PKCS1_OAEP_PADDING);
        EVP_PKEY_CTX_set_rsa_oaep_md_name(enc.get(), "SHA256", nullptr);
        EVP_PKEY_CTX_set_rsa_mgf1_md_name(enc.get(), "SHA256", nullptr);
        unsigned char msg[32] = {1};
        std::size_t len = 0;
        EVP_PKEY_encrypt(enc.get(), nullptr, &len, msg, sizeof msg);
        ciphertext.resize(qsizetype(len));
        EVP_PKEY_encrypt(enc.get(), reinterpret_cast<unsigned char*>(ciphertext.data()), &len, msg, sizeof msg);
        for (int t = 0; t < threads; ++t) {
            ossl::PKeyCtx c(EVP_PKEY_CTX_new_from_pkey(nullptr, key, nullptr));
            EVP_PKEY_decrypt_init(c.get());
            EVP_PKEY_CTX_set_rsa_padding(c.get(), RSA_PKCS1_OAEP_PADDING);
            EVP_PKEY_CTX_set_rsa_oaep_md_name(c.get(), "SHA256", nullptr);
            EVP_PKEY_CTX_set_rsa_mgf1_md_name(c.get(), "SHA256", nullptr);
            ctx.push_back(std::move(c));
        }
    }
    void op(int t)
    {
        unsigned char out[512];
        std::size_t len = sizeof out;
        if (EVP_PKEY_decrypt(ctx[std::size_t(t)].get(), out, &len, reinterpret_cast<const unsigned char*>(ciphertext.constData()),
                             std::size_t(ciphertext.size()))
            != 1)
            die("raw RSA decrypt failed");
    }
};

struct DeriveRaw {
    std::vector<ossl::PKeyCtx> ctx;
    DeriveRaw(EVP_PKEY* own, EVP_PKEY* peer, int threads)
    {
        for (int t = 0; t < threads; ++t) {
            ossl::PKeyCtx c(EVP_PKEY_CTX_new_from_pkey(nullptr, own, nullptr));
            EVP_PKEY_derive_init(c.get());
            EVP_PKEY_derive_set_peer(c.get(), peer);
            ctx.push_back(std::move(c));
        }
    }
    void op(int t)
    {
        unsigned char out[66];
        std::size_t len = sizeof out;
        if (EVP_PKEY_derive(ctx[std::size_t(t)].get(), out, &len) != 1)
            die("raw derive failed");
    }
};

// The derive as a JWE must run it: each operation decodes the next of `batch` fresh encoded public
// points into a per-thread peer key (the cheapest EVP route: no new EVP_PKEY per point), sets it as
// the peer and derives. Contexts and peer objects are prepared once per thread.
struct DeriveFreshPeerRaw {
    std::vector<ossl::PKeyCtx> ctx;
    std::vector<ossl::PKey> peer;
    std::vector<QByteArray> points;
    DeriveFreshPeerRaw(EVP_PKEY* own, int threads, int batch)
    {
        const bool x25519 = EVP_PKEY_is_a(own, "X25519");
        for (int i = 0; i < batch; ++i) {
            ossl::PKey fresh(x25519 ? EVP_PKEY_Q_keygen(nullptr, nullptr, "X25519") : EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
            unsigned char* encoded = nullptr;
            const std::size_t len = EVP_PKEY_get1_encoded_public_key(fresh.get(), &encoded);
            points.push_back(QByteArray(reinterpret_cast<const char*>(encoded), qsizetype(len)));
            OPENSSL_free(encoded);
        }
        for (int t = 0; t < threads; ++t) {
            ossl::PKeyCtx c(EVP_PKEY_CTX_new_from_pkey(nullptr, own, nullptr));
            EVP_PKEY_derive_init(c.get());
            ctx.push_back(std::move(c));
            ossl::PKey p(EVP_PKEY_new());
            EVP_PKEY_copy_parameters(p.get(), own);
            peer.push_back(std::move(p));
        }
    }
    void op(int t, long n)
    {
        const QByteArray& point = points[std::size_t(n % long(points.size()))];
        EVP_PKEY* p = peer[std::size_t(t)].get();
        unsigned char out[66];
        std::size_t len = sizeof out;
        if (EVP_PKEY_set1_encoded_public_key(p, reinterpret_cast<const unsigned char*>(point.constData()), std::size_t(point.size())) != 1
            || EVP_PKEY_derive_set_peer_ex(ctx[std::size_t(t)].get(), p, 0) != 1 || EVP_PKEY_derive(ctx[std::size_t(t)].get(), out, &len) != 1)
            die("raw derive with a fresh peer failed");
    }
};

struct GcmRaw {
    QByteArray key = QByteArray(32, 'k'), iv = QByteArray(12, 'i'), data;
    explicit GcmRaw(int bytes) : data(bytes, 'p') { }
    void op()
    {
        ossl::CipherCtx ctx(EVP_CIPHER_CTX_new());
        QByteArray out(data.size(), Qt::Uninitialized);
        unsigned char tag[16];
        int len = 0;
        EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, reinterpret_cast<const unsigned char*>(key.constData()),
                           reinterpret_cast<const unsigned char*>(iv.constData()));
        EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &len, reinterpret_cast<const unsigned char*>(data.constData()),
                          int(data.size()));
        EVP_EncryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char*>(out.data()) + len, &len);
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, 16, tag);
    }
};

} // namespace

int main(int argc, char** argv)
{
    Options options;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--seconds"))
            options.seconds = std::atof(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--threads"))
            options.threads = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--plaintext"))
            options.plaintextBytes = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--rounds"))
            options.rounds = std::max(1, std::atoi(argv[i + 1]));
        else if (!std::strcmp(argv[i], "--only"))
            options.only = QString::fromLocal8Bit(argv[i + 1]);
    }
    if (options.threads < 1)
        options.threads = 1;
    // As both front ends do: secrets (Z, KEK, CEK) live in the secure heap, not in fresh mlock'ed pages.
    SecureHeap::initialise();

    const Jwk rsa = keyFrom(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", std::size_t(2048)), "rsa");
    const Jwk p256 = keyFrom(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"), "p256");
    const Jwk x25519 = keyFrom(EVP_PKEY_Q_keygen(nullptr, nullptr, "X25519"), "x25519");
    const Jwk p256Peer = keyFrom(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"), "peer");
    const Jwk x25519Peer = keyFrom(EVP_PKEY_Q_keygen(nullptr, nullptr, "X25519"), "peer");
    const Jwk oct256 = octKey(32, "oct256");

    RsaRaw rsaRaw(rsa.pkey(), options.threads);
    DeriveRaw p256Raw(p256.pkey(), p256Peer.pkey(), options.threads);
    DeriveRaw x25519Raw(x25519.pkey(), x25519Peer.pkey(), options.threads);
    GcmRaw gcmRaw(options.plaintextBytes);
    DeriveFreshPeerRaw p256Fresh(p256.pkey(), options.threads, 512);
    DeriveFreshPeerRaw x25519Fresh(x25519.pkey(), options.threads, 512);

    QList<Case> cases = {
        {"RSA-OAEP-256 + A256GCM (RSA-2048)", "RSA-2048 OAEP private decrypt", rsa, QStringLiteral("RSA-OAEP-256"), QStringLiteral("A256GCM"),
         [&](int t) { rsaRaw.op(t); }},
        {"ECDH-ES + A128GCM (P-256)", "ECDH P-256 derive", p256, QStringLiteral("ECDH-ES"), QStringLiteral("A128GCM"), [&](int t) { p256Raw.op(t); },
         [&](int t, long n) { p256Fresh.op(t, n); }},
        {"ECDH-ES+A256KW + A256GCM (X25519)", "X25519 derive", x25519, QStringLiteral("ECDH-ES+A256KW"), QStringLiteral("A256GCM"),
         [&](int t) { x25519Raw.op(t); }, [&](int t, long n) { x25519Fresh.op(t, n); }},
        {"A256KW + A256GCM", "AES-256-GCM one message", oct256, QStringLiteral("A256KW"), QStringLiteral("A256GCM"), [&](int) { gcmRaw.op(); }},
        {"dir + A256GCM", "AES-256-GCM one message", oct256, QStringLiteral("dir"), QStringLiteral("A256GCM"), [&](int) { gcmRaw.op(); }},
    };

    const QByteArray plaintext(options.plaintextBytes, 'p');
    constexpr int kBatch = 512; // distinct tokens per case (fresh CEK/IV/epk each), cycled through
    const double gcmBytesPerSecond1 = rate(1, options.seconds, [&](int, long) { gcmRaw.op(); }) * options.plaintextBytes;
    {
        GcmRaw big(16384);
        const double bulk = rate(1, options.seconds, [&](int, long) { big.op(); }) * 16384;
        std::printf("OpenSSL AES-256-GCM: %.1f MB/s on 16 KiB messages, %.1f MB/s on %d-byte messages (1 core)\n", bulk / 1e6,
                    gcmBytesPerSecond1 / 1e6, options.plaintextBytes);
    }
    std::printf("threads for all-core runs: %d; %g s per measurement; plaintext %d bytes; batch of %d tokens per case\n\n", options.threads,
                options.seconds, options.plaintextBytes, kBatch);
    std::printf("%-36s %12s %12s   %-30s %12s %12s   %9s %9s   %12s %12s   %9s %9s   %9s %9s\n", "JWE case", "dec/s 1c", "dec/s all",
                "raw primitive (same run)", "op/s 1c", "op/s all", "ovh 1c", "ovh all", "+epk op/s 1c", "+epk op/s all", "ovh 1c", "ovh all",
                "cpu ovh", "+epk cpu");

    for (const Case& c : cases) {
        if (!options.only.isEmpty() && !QString::fromLatin1(c.name).contains(options.only))
            continue;
        std::vector<QByteArray> tokens;
        for (int i = 0; i < kBatch; ++i) {
            JweRecipientSpec r;
            r.key = c.key.type() == KeyType::Oct ? c.key : c.key.publicOnly();
            r.alg = c.alg;
            JweEncryptOptions o;
            o.enc = c.enc;
            std::vector<JweRecipientSpec> list;
            list.push_back(std::move(r));
            auto jwe = JweEncryptor::encrypt(plaintext, list, o);
            if (!jwe.ok())
                die("encrypt", jwe.message());
            tokens.push_back(jwe.value());
        }
        const Jwk key = c.key;
        const JweDecryptor decryptor([key](const QString& kid) -> Result<Jwk> {
            if (kid == key.kid())
                return key;
            return Error(ErrorCode::UnknownKid, QString());
        });
        auto decryptOne = [&](int, long n) {
            // As a test run's workers do: the thread's AES contexts are wiped when it ends.
            thread_local cipherctx::ThreadCipherBatch batch;
            auto out = decryptor.decrypt(tokens[std::size_t(n % kBatch)]);
            if (!out.ok() || out->plaintext.size() != plaintext.size())
                die("decrypt", out.ok() ? QString() : out.message());
        };
        const auto primitiveOne = [&](int t, long) { c.primitiveOp(t); };
        double jose1 = 0, joseN = 0, prim1 = 0, primN = 0, fresh1 = 0, freshN = 0;
        double joseCpu = 0, primCpu = 0, freshCpu = 0; // 1 core, operations per CPU-second
        for (int round = 0; round < options.rounds; ++round) {
            const keyward::bench::Rates j = keyward::bench::rates(1, options.seconds, decryptOne);
            jose1 = std::max(jose1, j.wall);
            joseCpu = std::max(joseCpu, j.cpu);
            const keyward::bench::Rates p = keyward::bench::rates(1, options.seconds, primitiveOne);
            prim1 = std::max(prim1, p.wall);
            primCpu = std::max(primCpu, p.cpu);
            if (c.freshPeerOp) {
                const keyward::bench::Rates f = keyward::bench::rates(1, options.seconds, c.freshPeerOp);
                fresh1 = std::max(fresh1, f.wall);
                freshCpu = std::max(freshCpu, f.cpu);
            }
            joseN = std::max(joseN, rate(options.threads, options.seconds, decryptOne));
            primN = std::max(primN, rate(options.threads, options.seconds, primitiveOne));
            if (c.freshPeerOp)
                freshN = std::max(freshN, rate(options.threads, options.seconds, c.freshPeerOp));
        }
        // Overhead: extra time per JWE over the raw primitive alone, in percent of the primitive.
        std::printf("%-36s %12.0f %12.0f   %-30s %12.0f %12.0f   %8.1f%% %8.1f%%", c.name, jose1, joseN, c.primitive, prim1, primN,
                    (prim1 / jose1 - 1) * 100, (primN / joseN - 1) * 100);
        if (c.freshPeerOp)
            std::printf("   %12.0f %12.0f   %8.1f%% %8.1f%%", fresh1, freshN, (fresh1 / jose1 - 1) * 100, (freshN / joseN - 1) * 100);
        else
            std::printf("   %12s %12s   %9s %9s", "-", "-", "-", "-");
        // The same 1-core overheads in CPU time (load on the machine barely moves them).
        std::printf("   %8.1f%%", (primCpu / joseCpu - 1) * 100);
        if (c.freshPeerOp)
            std::printf(" %8.1f%%\n", (freshCpu / joseCpu - 1) * 100);
        else
            std::printf(" %9s\n", "-");
        std::fflush(stdout);
    }
    return 0;
}
