// SPDX-License-Identifier: GPL-3.0-or-later
// samples_bench (issue #14, SPEC §9): N RSA-OAEP-256/A256GCM and N ECDH-ES+A256KW (P-256) samples
// written to disk, imported and tested through the real SampleImporter and SampleTestRun (reading,
// parsing, keyring, worker threads on every core, outcomes stored in one audited transaction), in
// samples/s next to the raw OpenSSL primitive on the same threads (RSA-2048 OAEP private decrypt,
// P-256 derive, contexts prepared once) measured in the same run. Goal: pipeline ≥ 90% of the limit.
// Each case's phases follow, and JweDecryptor::decrypt alone over the same tokens: the share of the
// limit the JOSE path leaves the pipeline.
//
// Usage: samples_bench [--samples N] [--threads T] [--seconds S] [--only rsa|ec]
// A program, not a test: nothing here passes or fails on time.
#include "BenchRate.h"
#include "common/Clock.h"
#include "common/SecureHeap.h"
#include "crypto/ThreadCipherContexts.h"
#include "jose/JweDecryptor.h"
#include "jose/JweEncryptor.h"
#include "keys/GenerateKeyCommand.h"
#include "keys/VaultKeyProvider.h"
#include "samples/SampleImporter.h"
#include "samples/SampleStore.h"
#include "samples/SampleTestRun.h"
#include "vault/KdfParams.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <openssl/evp.h>
#include <openssl/rsa.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>
#include <thread>
#include <vector>

using namespace keyward::core;
using namespace keyward::core::jose;
using namespace keyward::core::samples;

namespace {

[[noreturn]] void die(const char* what, const QString& why = QString())
{
    std::fprintf(stderr, "samples_bench: %s %s\n", what, qPrintable(why));
    std::exit(1);
}

// The raw primitive with per-thread contexts prepared once: OpenSSL's best case.
double rawRsaRate(EVP_PKEY* key, int threads, double seconds)
{
    ossl::PKeyCtx enc(EVP_PKEY_CTX_new_from_pkey(nullptr, key, nullptr));
    EVP_PKEY_encrypt_init(enc.get());
    EVP_PKEY_CTX_set_rsa_padding(enc.get(), RSA_PKCS1_OAEP_PADDING);
    EVP_PKEY_CTX_set_rsa_oaep_md_name(enc.get(), "SHA256", nullptr);
    EVP_PKEY_CTX_set_rsa_mgf1_md_name(enc.get(), "SHA256", nullptr);
    unsigned char msg[32] = {1}, ct[512];
    std::size_t ctLen = sizeof ct;
    EVP_PKEY_encrypt(enc.get(), ct, &ctLen, msg, sizeof msg);
    std::vector<ossl::PKeyCtx> ctx;
    for (int t = 0; t < threads; ++t) {
        ossl::PKeyCtx c(EVP_PKEY_CTX_new_from_pkey(nullptr, key, nullptr));
        EVP_PKEY_decrypt_init(c.get());
        EVP_PKEY_CTX_set_rsa_padding(c.get(), RSA_PKCS1_OAEP_PADDING);
        EVP_PKEY_CTX_set_rsa_oaep_md_name(c.get(), "SHA256", nullptr);
        EVP_PKEY_CTX_set_rsa_mgf1_md_name(c.get(), "SHA256", nullptr);
        ctx.push_back(std::move(c));
    }
    return keyward::bench::rate(threads, seconds, [&](int t, long) {
        unsigned char out[512];
        std::size_t len = sizeof out;
        if (EVP_PKEY_decrypt(ctx[std::size_t(t)].get(), out, &len, ct, ctLen) != 1)
            die("raw RSA decrypt failed");
    });
}

double rawDeriveRate(EVP_PKEY* own, int threads, double seconds)
{
    ossl::PKey peer(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    std::vector<ossl::PKeyCtx> ctx;
    for (int t = 0; t < threads; ++t) {
        ossl::PKeyCtx c(EVP_PKEY_CTX_new_from_pkey(nullptr, own, nullptr));
        EVP_PKEY_derive_init(c.get());
        EVP_PKEY_derive_set_peer(c.get(), peer.get());
        ctx.push_back(std::move(c));
    }
    return keyward::bench::rate(threads, seconds, [&](int t, long) {
        unsigned char out[66];
        std::size_t len = sizeof out;
        if (EVP_PKEY_derive(ctx[std::size_t(t)].get(), out, &len) != 1)
            die("raw derive failed");
    });
}

// JweDecryptor::decrypt alone over the same tokens on the same threads, each thread with its own
// copy of the key: what the pipeline's decrypt phase is measured against (the rest of the gap to
// the primitive is the JOSE path itself).
double decryptorRate(const QList<QByteArray>& tokens, const Jwk& key, int threads, double seconds)
{
    std::vector<Jwk> keys;
    for (int t = 0; t < threads; ++t)
        keys.push_back(key.withKid(key.kid()));
    std::vector<std::unique_ptr<JweDecryptor>> decryptors;
    for (int t = 0; t < threads; ++t) {
        const Jwk* own = &keys[std::size_t(t)];
        decryptors.push_back(std::make_unique<JweDecryptor>([own](const QString&) -> Result<Jwk> { return *own; }));
    }
    return keyward::bench::rate(threads, seconds, [&](int t, long n) {
        thread_local cipherctx::ThreadCipherBatch batch; // as the run's workers hold one
        const QByteArray& token = tokens.at(qsizetype((n * threads + t) % tokens.size()));
        if (!decryptors[std::size_t(t)]->decrypt(token).ok())
            die("decryptor alone failed");
    });
}

KeyRecord generate(Vault& vault, const QString& kid, const QString& alg, const QString& size)
{
    VaultKeyProvider provider(vault.database());
    GenerateKeyCommand::Params params;
    params.key.keySet = QStringLiteral("bench");
    params.key.use = KeyUse::Enc;
    params.key.alg = alg;
    params.key.kid = kid;
    params.key.owner = QStringLiteral("bench");
    params.key.expiresAt = vault.clock().now().addYears(1);
    params.size = size;
    GenerateKeyCommand command(vault, provider, params);
    if (Status s = command.run(); !s.ok())
        die("generate", s.message());
    return command.result();
}

void writeSamples(const QString& dir, const Jwk& publicKey, const QString& alg, int count)
{
    QDir().mkpath(dir);
    const QByteArray plaintext(256, 'p');
    for (int i = 0; i < count; ++i) {
        std::vector<JweRecipientSpec> r(1);
        r[0].key = publicKey;
        r[0].alg = alg;
        JweEncryptOptions o;
        o.enc = QStringLiteral("A256GCM");
        Result<QByteArray> jwe = JweEncryptor::encrypt(plaintext, r, o);
        if (!jwe.ok())
            die("encrypt", jwe.message());
        QFile f(QStringLiteral("%1/%2.jwe").arg(dir).arg(i, 5, 10, QLatin1Char('0')));
        if (!f.open(QIODevice::WriteOnly) || f.write(*jwe) != jwe->size())
            die("write sample");
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    SecureHeap::initialise();
    int samplesPerCase = 10000;
    int threads = QThread::idealThreadCount();
    double seconds = 3.0;
    QString only; // one case by its kid's suffix, for a profiler
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--samples"))
            samplesPerCase = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--threads"))
            threads = std::max(1, std::atoi(argv[i + 1]));
        else if (!std::strcmp(argv[i], "--seconds"))
            seconds = std::atof(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--only"))
            only = QString::fromLocal8Bit(argv[i + 1]);
    }
    QTemporaryDir dir;
    SystemClock clock;
    Result<std::unique_ptr<Vault>> created = Vault::create(VaultLocation {dir.path() + QStringLiteral("/vault")}, QStringLiteral("bench"),
                                                           {Role::Admin, Role::KeyOfficer}, SecureBytes::fromView("bench passphrase 123"),
                                                           KdfParams::forTests(), clock);
    if (!created.ok())
        die("vault", created.message());
    Vault& vault = **created;
    struct Case {
        const char* name;
        const char* primitive;
        QString kid, alg, size;
    };
    const QList<Case> cases = {
        {"RSA-OAEP-256 + A256GCM (RSA-2048)", "RSA-2048 OAEP private decrypt", QStringLiteral("bench-rsa"), QStringLiteral("RSA-OAEP-256"), QStringLiteral("2048")},
        {"ECDH-ES+A256KW + A256GCM (P-256)", "ECDH P-256 derive", QStringLiteral("bench-ec"), QStringLiteral("ECDH-ES+A256KW"), QStringLiteral("P-256")},
    };
    std::printf("samples_bench: %d samples per case on disk, %d threads, raw primitive measured for %.1f s\n\n", samplesPerCase, threads, seconds);
    std::printf("%-36s %10s %12s %12s   %-30s %12s %8s\n", "case", "import/s", "test/s", "test s", "raw primitive (same run)", "op/s", "of limit");
    QStringList phases;
    for (const Case& c : cases) {
        if (!only.isEmpty() && !c.kid.endsWith(QLatin1Char('-') + only))
            continue;
        const KeyRecord record = generate(vault, c.kid, c.alg, c.size);
        Result<Jwk> privateKey = VaultKeyProvider(vault.database()).loadPrivate(record.id);
        if (!privateKey.ok())
            die("load key", privateKey.message());
        const QString folder = dir.path() + QStringLiteral("/samples/") + c.kid;
        writeSamples(folder, privateKey->publicOnly(), c.alg, samplesPerCase);

        QElapsedTimer timer;
        timer.start();
        Result<SampleImportReport> imported = SampleImporter(vault).import({folder});
        const double importSecs = double(timer.nsecsElapsed()) / 1e9;
        if (!imported.ok() || imported->added != samplesPerCase)
            die("import", imported.ok() ? QStringLiteral("%1 added").arg(imported->added) : imported.message());

        // The limit is measured just before and just after the test run and averaged, so a burst of
        // load from other processes does not land on one side only.
        const auto measureLimit = [&] {
            return record.keyType == QLatin1String("RSA") ? rawRsaRate(privateKey->pkey(), threads, seconds)
                                                          : rawDeriveRate(privateKey->pkey(), threads, seconds);
        };
        const double limitBefore = measureLimit();

        SampleSelection selection;
        selection.kid = c.kid;
        SampleTestRun run(vault);
        run.setThreads(threads);
        // The whole path, phase by phase: read the keys, then the tokens while the workers decrypt
        // the first ones on every core; wait for the workers; store.
        timer.restart();
        Result<std::shared_ptr<SampleTestRun::Work>> work = run.prepare(selection);
        if (!work.ok())
            die("prepare", work.message());
        const double prepareSecs = double(timer.nsecsElapsed()) / 1e9;
        run.decrypt(**work);
        const double decryptSecs = double(timer.nsecsElapsed()) / 1e9 - prepareSecs;
        const double storeCpuBefore = keyward::bench::threadCpuSeconds();
        Result<SampleRunResult> result = run.store(**work);
        const double testSecs = double(timer.nsecsElapsed()) / 1e9;
        const double storeCpu = keyward::bench::threadCpuSeconds() - storeCpuBefore;
        if (!result.ok() || result->run.summary.value(QStringLiteral("ok")) != samplesPerCase)
            die("test run", result.ok() ? QStringLiteral("not all ok") : result.message());
        const double limit = (limitBefore + measureLimit()) / 2;
        Result<QList<SampleRow>> rows = SampleStore(vault.database()).select(selection, true);
        if (!rows.ok())
            die("read tokens", rows.message());
        QList<QByteArray> tokens;
        for (const SampleRow& row : std::as_const(*rows))
            tokens.append(row.token);
        const double decryptorAlone = decryptorRate(tokens, *privateKey, threads, seconds);
        phases.append(QStringLiteral("%1: prepare %2 s (decrypting from the first samples read), decrypt %3 s, store %4 s (%5 CPU-s); "
                                     "JweDecryptor alone %6 samples/s (%7% of the limit)")
                          .arg(QLatin1String(c.name))
                          .arg(prepareSecs, 0, 'f', 2)
                          .arg(decryptSecs, 0, 'f', 2)
                          .arg(testSecs - prepareSecs - decryptSecs, 0, 'f', 2)
                          .arg(storeCpu, 0, 'f', 3)
                          .arg(decryptorAlone, 0, 'f', 0)
                          .arg(decryptorAlone / limit * 100, 0, 'f', 1));

        const double tested = samplesPerCase / testSecs;
        std::printf("%-36s %10.0f %12.0f %12.2f   %-30s %12.0f %7.1f%%\n", c.name, samplesPerCase / importSecs, tested, testSecs, c.primitive,
                    limit, tested / limit * 100);
        std::fflush(stdout);
    }
    std::printf("\n");
    for (const QString& line : std::as_const(phases))
        std::printf("%s\n", qPrintable(line));
    return 0;
}
