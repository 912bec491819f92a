// SPDX-License-Identifier: GPL-3.0-or-later
// The key inventory model and its filter proxy over a real vault, checked with
// QAbstractItemModelTester (STYLE §9): columns, badges, "no alg pinned", search, filters, sorting.
#include "UiTestSupport.h"

#include "jose/KeyGenerator.h"
#include "keys/GenerateKeyCommand.h"
#include "keys/ImportKeyCommand.h"
#include "keys/RevokeKeyCommand.h"
#include "keys/VaultKeyProvider.h"
#include "models/KeyFilterProxyModel.h"
#include "models/KeyTableModel.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QJsonDocument>
#include <QTest>

using namespace keyward;
using namespace keyward::ui;
using namespace keyward::ui::test;

namespace {

constexpr qint64 kDay = 24 * 3600;

bool generate(core::Vault& vault, core::KeyProvider& provider, const QString& set, const QString& kid,
              const QString& owner, const QString& alg, int expiresInDays, const QString& notes = QString())
{
    core::GenerateKeyCommand::Params params;
    params.key.keySet = set;
    params.key.kid = kid;
    params.key.owner = owner;
    params.key.alg = alg;
    params.key.notes = notes;
    params.key.expiresAt = vault.clock().now().addDays(expiresInDays);
    core::GenerateKeyCommand command(vault, provider, params);
    const core::Status done = command.run();
    if (!done)
        qWarning("generate %s failed: %s", qPrintable(kid), qPrintable(done.message()));
    return done.ok();
}

struct Fixture {
    TestVault tv;
    std::unique_ptr<core::Vault> vault = tv.create();
    std::unique_ptr<core::VaultKeyProvider> provider = std::make_unique<core::VaultKeyProvider>(vault->database());

    // payments-api: two sig keys and an enc key; partners: one registered key without alg.
    bool populate()
    {
        if (!generate(*vault, *provider, QStringLiteral("payments-api"), QStringLiteral("pay-sig-1"),
                      QStringLiteral("payments-team"), QStringLiteral("ES256"), 10, QStringLiteral("rotate in March")))
            return false;
        if (!generate(*vault, *provider, QStringLiteral("payments-api"), QStringLiteral("pay-sig-2"),
                      QStringLiteral("payments-team"), QStringLiteral("EdDSA"), 300))
            return false;
        if (!generate(*vault, *provider, QStringLiteral("payments-api"), QStringLiteral("pay-enc-1"),
                      QStringLiteral("crypto-guild"), QStringLiteral("ECDH-ES+A256KW"), 200))
            return false;
        core::RevokeKeyCommand revoke(*vault, { QStringLiteral("pay-sig-2"), QStringLiteral("payments-api"),
                                                QStringLiteral("laptop stolen") });
        if (!revoke.run())
            return false;
        auto partnerKey = core::KeyGenerator::generate(core::KeySpec::ec(core::Curve::P256), QStringLiteral("ES256"));
        if (!partnerKey)
            return false;
        QJsonObject jwk = partnerKey->toPublicJson();
        jwk.remove(QStringLiteral("alg"));
        jwk.insert(QStringLiteral("kid"), QStringLiteral("acme-2026"));
        core::NewKeyParams params;
        params.keySet = QStringLiteral("partners");
        params.owner = QStringLiteral("Acme Corp");
        params.use = core::KeyUse::Sig;
        params.expiresAt = vault->clock().now().addDays(100);
        core::RegisterPublicKeyCommand registration(*vault, *provider, params, QJsonDocument(jwk).toJson());
        const core::Status registered = registration.run();
        if (!registered)
            qWarning("register failed: %s", qPrintable(registered.message()));
        return registered.ok();
    }
};

// A populated vault with the model and the proxy over it, the proxy under QAbstractItemModelTester.
struct ProxyFixture {
    Fixture f;
    bool ready = f.vault && f.populate();
    std::unique_ptr<KeyTableModel> model = ready ? std::make_unique<KeyTableModel>(*f.vault) : nullptr;
    std::unique_ptr<KeyFilterProxyModel> proxy = std::make_unique<KeyFilterProxyModel>();
    std::unique_ptr<QAbstractItemModelTester> tester;

    ProxyFixture()
    {
        if (!ready)
            return;
        proxy->setSourceModel(model.get());
        tester = std::make_unique<QAbstractItemModelTester>(proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
};

QStringList kids(const QAbstractItemModel& model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row, KeyTableModel::KidColumn).data(KeyTableModel::KidRole).toString();
    return result;
}

} // namespace

class TestKeyModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void modelShowsEveryColumn();
    void modelReloadsAfterChanges();
    void proxySearchesAsYouType();
    void proxyFiltersBySetStateUseOwnerAndExpiry();
    void proxySortsDatesAsDates();
};

void TestKeyModel::modelShowsEveryColumn()
{
    Fixture f;
    QVERIFY(f.vault);
    QVERIFY(f.populate());
    KeyTableModel model(*f.vault);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(KeyTableModel::ColumnCount));
    QCOMPARE(model.headerData(KeyTableModel::StateColumn, Qt::Horizontal).toString(), QStringLiteral("State"));

    const int sig1 = model.rowOf(QStringLiteral("payments-api"), QStringLiteral("pay-sig-1"));
    QVERIFY(sig1 >= 0);
    const auto cell = [&](int row, int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
    QCOMPARE(cell(sig1, KeyTableModel::SetColumn).toString(), QStringLiteral("payments-api"));
    QCOMPARE(cell(sig1, KeyTableModel::UseColumn).toString(), QStringLiteral("sig"));
    QCOMPARE(cell(sig1, KeyTableModel::AlgColumn).toString(), QStringLiteral("ES256"));
    QCOMPARE(cell(sig1, KeyTableModel::TypeColumn).toString(), QStringLiteral("EC P-256"));
    QCOMPARE(cell(sig1, KeyTableModel::OwnerColumn).toString(), QStringLiteral("payments-team"));
    QCOMPARE(cell(sig1, KeyTableModel::EnvColumn).toString(), QStringLiteral("prod"));
    QCOMPARE(cell(sig1, KeyTableModel::StateColumn).toString(), QStringLiteral("active"));
    QVERIFY(!cell(sig1, KeyTableModel::StateColumn, Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(cell(sig1, KeyTableModel::PrimaryColumn).toString(), QStringLiteral("★"));
    QVERIFY(cell(sig1, KeyTableModel::PrimaryColumn, Qt::ToolTipRole).toString().contains(QLatin1String("primary")));
    QCOMPARE(cell(sig1, KeyTableModel::ExpiresColumn, KeyTableModel::SortRole).toDateTime(),
             f.vault->clock().now().addDays(10));
    // Ten days out: inside the 30-day first warning window, outside the 7-day final one.
    QVERIFY(cell(sig1, KeyTableModel::FlagsColumn).toString().contains(QLatin1String("expiring soon")));
    QVERIFY(cell(sig1, KeyTableModel::FlagsColumn, Qt::ToolTipRole).toString().contains(QLatin1String("first warning window")));

    const int revoked = model.rowOf(QStringLiteral("payments-api"), QStringLiteral("pay-sig-2"));
    QCOMPARE(cell(revoked, KeyTableModel::StateColumn).toString(), QStringLiteral("revoked"));
    QCOMPARE(cell(revoked, KeyTableModel::StateColumn, KeyTableModel::StateRole).toInt(), int(core::KeyState::Revoked));
    QVERIFY(cell(revoked, KeyTableModel::PrimaryColumn).toString().isEmpty());

    const int partner = model.rowOf(QStringLiteral("partners"), QStringLiteral("acme-2026"));
    QVERIFY(partner >= 0);
    QCOMPARE(cell(partner, KeyTableModel::AlgColumn).toString(), QStringLiteral("—"));
    QVERIFY(cell(partner, KeyTableModel::AlgColumn, Qt::ToolTipRole).toString().contains(QLatin1String("no alg pinned")));
    QVERIFY(cell(partner, KeyTableModel::FlagsColumn).toString().contains(QLatin1String("no alg pinned")));
}

void TestKeyModel::modelReloadsAfterChanges()
{
    Fixture f;
    QVERIFY(f.vault);
    KeyTableModel model(*f.vault);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(f.populate());
    QVERIFY(model.reload().isEmpty());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.keySets(), QStringList({ QStringLiteral("partners"), QStringLiteral("payments-api") }));
    QCOMPARE(model.owners(), QStringList({ QStringLiteral("Acme Corp"), QStringLiteral("crypto-guild"), QStringLiteral("payments-team") }));
}

void TestKeyModel::proxySearchesAsYouType()
{
    ProxyFixture p;
    QVERIFY(p.ready);
    KeyFilterProxyModel& proxy = *p.proxy;
    QCOMPARE(proxy.rowCount(), 4);
    proxy.setSearchText(QStringLiteral("PAY-SIG"));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setSearchText(QStringLiteral("pay-sig-1"));
    QCOMPARE(kids(proxy), QStringList({ QStringLiteral("pay-sig-1") }));
    proxy.setSearchText(QStringLiteral("acme")); // owner
    QCOMPARE(kids(proxy), QStringList({ QStringLiteral("acme-2026") }));
    proxy.setSearchText(QStringLiteral("partners")); // key set
    QCOMPARE(kids(proxy), QStringList({ QStringLiteral("acme-2026") }));
    proxy.setSearchText(QStringLiteral("march")); // notes
    QCOMPARE(kids(proxy), QStringList({ QStringLiteral("pay-sig-1") }));
    proxy.setSearchText(QStringLiteral("no such key"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearchText(QString());
    QCOMPARE(proxy.rowCount(), 4);
}

void TestKeyModel::proxyFiltersBySetStateUseOwnerAndExpiry()
{
    ProxyFixture p;
    QVERIFY(p.ready);
    KeyFilterProxyModel& proxy = *p.proxy;

    proxy.setKeySetFilter(QStringLiteral("partners"));
    QCOMPARE(kids(proxy), QStringList({ QStringLiteral("acme-2026") }));
    proxy.setKeySetFilter(QString());
    proxy.setStateFilter(core::KeyState::Revoked);
    QCOMPARE(kids(proxy), QStringList({ QStringLiteral("pay-sig-2") }));
    proxy.setStateFilter(std::nullopt);
    proxy.setUseFilter(core::KeyUse::Enc);
    QCOMPARE(kids(proxy), QStringList({ QStringLiteral("pay-enc-1") }));
    proxy.setUseFilter(std::nullopt);
    proxy.setOwnerFilter(QStringLiteral("payments-team"));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setOwnerFilter(QString());
    // Within 30 days: pay-sig-1 (10 d). The revoked key is no longer in use, so never "expiring".
    proxy.setExpiringWithinSecs(30 * kDay);
    QCOMPARE(kids(proxy), QStringList({ QStringLiteral("pay-sig-1") }));
    proxy.setExpiringWithinSecs(150 * kDay);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setExpiringWithinSecs(-1);
    QCOMPARE(proxy.rowCount(), 4);
}

void TestKeyModel::proxySortsDatesAsDates()
{
    ProxyFixture p;
    QVERIFY(p.ready);
    KeyFilterProxyModel& proxy = *p.proxy;
    // Expiry in 10, 300, 200 and 100 days: as text ("1/5/27" vs "10/…") the order would differ.
    proxy.sort(KeyTableModel::ExpiresColumn, Qt::AscendingOrder);
    QCOMPARE(kids(proxy), QStringList({ QStringLiteral("pay-sig-1"), QStringLiteral("acme-2026"),
                                        QStringLiteral("pay-enc-1"), QStringLiteral("pay-sig-2") }));
    proxy.sort(KeyTableModel::ExpiresColumn, Qt::DescendingOrder);
    QCOMPARE(kids(proxy).constFirst(), QStringLiteral("pay-sig-2"));
    proxy.sort(KeyTableModel::KidColumn, Qt::AscendingOrder);
    QCOMPARE(kids(proxy), QStringList({ QStringLiteral("acme-2026"), QStringLiteral("pay-enc-1"),
                                        QStringLiteral("pay-sig-1"), QStringLiteral("pay-sig-2") }));
    // Sorting survives a reload (ranks are rebuilt) and a filter change.
    QVERIFY(p.model->reload().isEmpty());
    proxy.setSearchText(QStringLiteral("pay"));
    QCOMPARE(kids(proxy), QStringList({ QStringLiteral("pay-enc-1"), QStringLiteral("pay-sig-1"), QStringLiteral("pay-sig-2") }));
}

QTEST_MAIN(TestKeyModel)
#include "tst_keymodel.moc"
