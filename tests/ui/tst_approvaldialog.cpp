// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real approval and countersign dialogs over a real vault and request engine: the
// deciding officer chooses themself and types their own passphrase; every refusal is the core's,
// shown inline, and changes nothing. Set KEYWARD_SCREENSHOT_DIR to also save PNGs.
#include "RequestTestSupport.h"

#include "audit/AuditLog.h"
#include "dialogs/ApprovalDialog.h"
#include "dialogs/CountersignDialog.h"
#include "keys/ReviewStore.h"
#include "requests/ReviewCountersign.h"
#include "vault/OfficerCredential.h"
#include "widgets/MessageWidget.h"
#include "widgets/OfficerReauthWidget.h"

#include <QFutureWatcherBase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

using namespace keyward;
using namespace keyward::ui;
using namespace keyward::ui::test;

namespace {

struct Fixture {
    TestVault tv;
    std::unique_ptr<core::Vault> vault;
    std::unique_ptr<RequestService> engine;
    qint64 requestId = 0;

    bool open()
    {
        vault = tv.create();
        if (!vault)
            return false;
        engine = std::make_unique<RequestService>(*vault);
        auto submitted = submitRoleChange(engine->engine());
        if (!submitted) {
            qWarning("submit failed: %s", qPrintable(submitted.message()));
            return false;
        }
        requestId = submitted->id;
        return true;
    }

    core::Request stored() const
    {
        auto found = engine->engine().byId(requestId);
        return found ? found.value() : core::Request();
    }

    std::unique_ptr<ApprovalDialog> dialog()
    {
        auto made = std::make_unique<ApprovalDialog>(*vault, engine->engine(), requestId);
        made->show();
        return QTest::qWaitForWindowExposed(made.get()) ? std::move(made) : nullptr;
    }

    qint64 auditCount() const { return vault->audit().count().value(); }
};

// Holds the re-authentication's worker inside the key derivation until the test lets it go, so
// the dialog can be looked at while the passphrase is being checked.
struct GatedUnwrap {
    QSemaphore entered;
    QSemaphore proceed;

    void install(OfficerReauthWidget* reauth)
    {
        reauth->setUnwrapper([this](const QString& path, const QString& vaultId, const QString& officer,
                                 const core::SecureBytes& passphrase) {
            entered.release();
            proceed.acquire();
            return core::OfficerReauthentication::unwrap(path, vaultId, officer, passphrase);
        });
    }
    bool waitUntilInside() { return QTest::qWaitFor([this] { return entered.tryAcquire(); }, 10000); }
    // bob types his passphrase and presses Approve; true once the worker is held inside.
    bool bobApproves(ApprovalDialog* dialog)
    {
        install(dialog->reauthWidget());
        if (!chooseOfficerAndType(dialog, QStringLiteral("bob"), BobPassphrase))
            return false;
        QTest::mouseClick(dialog->approveButton(), Qt::LeftButton);
        return waitUntilInside();
    }
    // Lets the worker finish and waits until it did, whatever became of the dialog.
    void finish()
    {
        proceed.release();
        QThreadPool::globalInstance()->waitForDone();
    }
};

QString cell(QTableWidget* table, int row, int column)
{
    return table->item(row, column) ? table->item(row, column)->text() : QString();
}

} // namespace

class TestApprovalDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsExactlyWhatChangesAndTheExpiry();
    void bobApprovesAndTheRequestExecutes();
    void requesterChoosingHerselfIsRefused();
    void wrongPassphraseSaysSoAndChangesNothing();
    void rejectNeedsAReason();
    void expiredRequestCannotBeSigned();
    void countersignThroughTheDialog();
    void passphraseIsCheckedOffTheGuiThread();
    void closingWhileCheckingSignsNothing();
    void decisionOnARequestDecidedElsewhereIsRefused();
    void countersignOfAReviewCountersignedElsewhereIsRefused();
};

void TestApprovalDialog::showsExactlyWhatChangesAndTheExpiry()
{
    Fixture f;
    QVERIFY(f.open());
    auto dialog = f.dialog();
    QVERIFY(dialog);
    // Before/after of the signed effect: bob's roles now and after approval.
    QTableWidget* table = dialog->effectTable();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(cell(table, 0, 0), QStringLiteral("Roles of bob"));
    QCOMPARE(cell(table, 0, 1), QStringLiteral("approver"));
    QCOMPARE(cell(table, 0, 2), QStringLiteral("approver, auditor"));
    QVERIFY(table->item(0, 2)->font().bold());
    // Requester, reason and the 72 h expiry with its countdown.
    QVERIFY(dialog->summaryText().contains(QStringLiteral("Change the roles of bob to approver, auditor")));
    QVERIFY(dialog->summaryText().contains(QStringLiteral("alice")));
    QVERIFY(dialog->summaryText().contains(QStringLiteral("bob reviews the audit log")));
    QVERIFY2(dialog->summaryText().contains(QStringLiteral("Expires in 3 days, at 2026-01-04T09:00:00Z")),
        qPrintable(dialog->summaryText()));
    // Every officer is listed; bob, who may approve, is chosen; nothing to sign without a passphrase.
    auto* combo = child<QComboBox>(dialog.get(), "officerCombo");
    QCOMPARE(combo->count(), 2);
    QCOMPARE(dialog->reauthWidget()->officer(), QStringLiteral("bob"));
    QVERIFY(!dialog->approveButton()->isEnabled());
    QVERIFY(!dialog->rejectButton()->isEnabled());
    QCOMPARE(child<QLineEdit>(dialog.get(), "passphraseEdit")->echoMode(), QLineEdit::Password);
}

void TestApprovalDialog::bobApprovesAndTheRequestExecutes()
{
    Fixture f;
    QVERIFY(f.open());
    auto dialog = f.dialog();
    QVERIFY(dialog);
    QSignalSpy decided(dialog.get(), &ApprovalDialog::requestDecided);
    QVERIFY(chooseOfficerAndType(dialog.get(), QStringLiteral("bob"), BobPassphrase));
    QVERIFY(dialog->approveButton()->isEnabled());
    grabIfAsked(dialog.get(), QStringLiteral("approval-dialog.png"));
    QTest::mouseClick(dialog->approveButton(), Qt::LeftButton);
    QVERIFY(reauthFinished(dialog.get()));

    QCOMPARE(decided.count(), 1);
    QVERIFY(!dialog->isVisible());
    const core::Request request = f.stored();
    QCOMPARE(request.state, core::RequestState::Executed);
    QCOMPARE(request.decisions.size(), 1);
    QCOMPARE(request.decisions.constFirst().officer, QStringLiteral("bob"));
    // The approval is bob's signature and verifies against his public key.
    const QList<core::Status> verified = f.engine->engine().verifyDecisions(request);
    QCOMPARE(verified.size(), 1);
    QVERIFY2(verified.constFirst().ok(), qPrintable(verified.constFirst().message()));
    // And the change happened.
    const auto officers = f.vault->officers();
    QVERIFY(officers);
    bool bobIsAuditor = false;
    for (const core::Officer& officer : officers.value())
        bobIsAuditor |= officer.name == QStringLiteral("bob") && officer.hasRole(core::Role::Auditor);
    QVERIFY(bobIsAuditor);
    // The passphrase left the field at once.
    QVERIFY(child<QLineEdit>(dialog.get(), "passphraseEdit")->text().isEmpty());
}

void TestApprovalDialog::requesterChoosingHerselfIsRefused()
{
    Fixture f;
    QVERIFY(f.open());
    auto dialog = f.dialog();
    QVERIFY(dialog);
    const qint64 eventsBefore = f.auditCount();
    QSignalSpy decided(dialog.get(), &ApprovalDialog::requestDecided);
    QVERIFY(chooseOfficerAndType(dialog.get(), QStringLiteral("alice"), AlicePassphrase));
    QVERIFY(dialog->approveButton()->isEnabled()); // the core decides, and says why
    QTest::mouseClick(dialog->approveButton(), Qt::LeftButton);
    QVERIFY(reauthFinished(dialog.get()));

    QCOMPARE(decided.count(), 0);
    QVERIFY(dialog->isVisible());
    MessageWidget* message = dialog->messageWidget();
    QVERIFY(message->isVisible());
    QCOMPARE(message->type(), MessageWidget::Type::Error);
    // The words are the core's own refusal.
    auto alice = f.vault->authenticateOfficer(QStringLiteral("alice"), secret(AlicePassphrase));
    QVERIFY(alice);
    const auto refused = f.engine->engine().approve(f.requestId, alice.value());
    QVERIFY(!refused);
    QCOMPARE(refused.code(), core::ErrorCode::Refused);
    QVERIFY2(message->text().contains(refused.message().toHtmlEscaped()), qPrintable(message->text()));
    // Nothing changed: still pending, no decision, no audit event.
    const core::Request request = f.stored();
    QCOMPARE(request.state, core::RequestState::Pending);
    QVERIFY(request.decisions.isEmpty());
    QCOMPARE(f.auditCount(), eventsBefore);
    grabIfAsked(dialog.get(), QStringLiteral("approval-dialog-refused.png"));
}

void TestApprovalDialog::wrongPassphraseSaysSoAndChangesNothing()
{
    Fixture f;
    QVERIFY(f.open());
    auto dialog = f.dialog();
    QVERIFY(dialog);
    const qint64 eventsBefore = f.auditCount();
    QVERIFY(chooseOfficerAndType(dialog.get(), QStringLiteral("bob"), "not bob's passphrase"));
    QTest::mouseClick(dialog->approveButton(), Qt::LeftButton);
    QVERIFY(reauthFinished(dialog.get()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->messageWidget()->type(), MessageWidget::Type::Error);
    QVERIFY2(dialog->messageWidget()->text().contains(QStringLiteral("Wrong passphrase for bob")),
        qPrintable(dialog->messageWidget()->text()));
    QVERIFY(child<QLineEdit>(dialog.get(), "passphraseEdit")->text().isEmpty());
    QVERIFY(!dialog->approveButton()->isEnabled());
    QCOMPARE(f.stored().state, core::RequestState::Pending);
    QVERIFY(f.stored().decisions.isEmpty());
    QCOMPARE(f.auditCount(), eventsBefore);

    // The right one then works.
    QVERIFY(chooseOfficerAndType(dialog.get(), QStringLiteral("bob"), BobPassphrase));
    QTest::mouseClick(dialog->approveButton(), Qt::LeftButton);
    QVERIFY(reauthFinished(dialog.get()));
    QCOMPARE(f.stored().state, core::RequestState::Executed);
}

void TestApprovalDialog::rejectNeedsAReason()
{
    Fixture f;
    QVERIFY(f.open());
    auto dialog = f.dialog();
    QVERIFY(dialog);
    QVERIFY(chooseOfficerAndType(dialog.get(), QStringLiteral("bob"), BobPassphrase));
    QVERIFY(dialog->rejectButton()->isEnabled());
    QTest::mouseClick(dialog->rejectButton(), Qt::LeftButton);
    QVERIFY(reauthFinished(dialog.get()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->messageWidget()->type(), MessageWidget::Type::Warning);
    QVERIFY(dialog->messageWidget()->text().contains(QStringLiteral("Say why you reject it")));
    QCOMPARE(f.stored().state, core::RequestState::Pending);

    auto* reason = child<QLineEdit>(dialog.get(), "rejectReasonEdit");
    QTest::keyClicks(reason, QStringLiteral("auditors are chosen by the board"));
    QTest::mouseClick(dialog->rejectButton(), Qt::LeftButton);
    QVERIFY(reauthFinished(dialog.get()));
    QVERIFY(!dialog->isVisible());
    const core::Request request = f.stored();
    QCOMPARE(request.state, core::RequestState::Rejected);
    QCOMPARE(request.decisions.size(), 1);
    QCOMPARE(request.decisions.constFirst().verdict, core::RequestDecision::Verdict::Reject);
    QCOMPARE(request.decisions.constFirst().why, QStringLiteral("auditors are chosen by the board"));
    QVERIFY(f.engine->engine().verifyDecisions(request).constFirst().ok());
}

void TestApprovalDialog::expiredRequestCannotBeSigned()
{
    Fixture f;
    QVERIFY(f.open());
    f.tv.clock.advanceSecs(core::Request::kDefaultLifetimeSecs + 60);
    auto dialog = f.dialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->messageWidget()->type(), MessageWidget::Type::Warning);
    QVERIFY(dialog->messageWidget()->text().contains(QStringLiteral("expired")));
    QVERIFY(dialog->summaryText().contains(QStringLiteral("Expired 1 min ago")));
    QVERIFY(!child<QLineEdit>(dialog.get(), "passphraseEdit")->isEnabled());
    QVERIFY(!dialog->approveButton()->isEnabled());
    QVERIFY(!dialog->rejectButton()->isEnabled());
    QCOMPARE(f.stored().state, core::RequestState::Pending); // the sweep writes it, not the dialog
}

void TestApprovalDialog::countersignThroughTheDialog()
{
    Fixture f;
    QVERIFY(f.open());
    const core::Review opened = openBreakGlassReview(*f.vault, f.tv.clock.now());
    QVERIFY(opened.id != 0);
    core::ReviewStore store(f.vault->database());

    CountersignDialog dialog(*f.vault, opened);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.reauthWidget()->officer(), QStringLiteral("bob"));
    auto* note = child<QPlainTextEdit>(&dialog, "noteEdit");
    QTest::keyClicks(note, QStringLiteral("checked the leak report and the new primary"));

    // alice cannot countersign her own act: the core says so and nothing changes.
    QVERIFY(chooseOfficerAndType(&dialog, QStringLiteral("alice"), AlicePassphrase));
    QTest::mouseClick(dialog.countersignButton(), Qt::LeftButton);
    QVERIFY(reauthFinished(&dialog));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.messageWidget()->type(), MessageWidget::Type::Error);
    QVERIFY(dialog.messageWidget()->text().contains(QStringLiteral("Not countersigned")));
    QVERIFY(store.byId(opened.id).value()->isOpen());

    QSignalSpy done(&dialog, &CountersignDialog::reviewCountersigned);
    QVERIFY(chooseOfficerAndType(&dialog, QStringLiteral("bob"), BobPassphrase));
    QTest::mouseClick(dialog.countersignButton(), Qt::LeftButton);
    QVERIFY(reauthFinished(&dialog));
    QCOMPARE(done.count(), 1);
    const auto after = store.byId(opened.id);
    QVERIFY(after && after->has_value());
    QCOMPARE(after.value()->countersignedBy, QStringLiteral("bob"));
    QVERIFY(!after.value()->isOpen());
}

void TestApprovalDialog::passphraseIsCheckedOffTheGuiThread()
{
    Fixture f;
    QVERIFY(f.open());
    auto dialog = f.dialog();
    QVERIFY(dialog);
    GatedUnwrap gate;
    gate.install(dialog->reauthWidget());
    QSignalSpy decided(dialog.get(), &ApprovalDialog::requestDecided);
    QVERIFY(chooseOfficerAndType(dialog.get(), QStringLiteral("bob"), BobPassphrase));
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start();

    QTest::mouseClick(dialog->approveButton(), Qt::LeftButton);
    QVERIFY(gate.waitUntilInside());
    // While Argon2id runs: a busy indicator naming whose passphrase is checked; nothing else to
    // press or type but Close; the passphrase already left the field.
    auto* progress = child<QProgressBar>(dialog.get(), "reauthProgress");
    QVERIFY(progress->isVisible());
    QCOMPARE(progress->maximum(), 0); // indeterminate
    QCOMPARE(child<QLabel>(dialog.get(), "reauthBusyLabel")->text(), QStringLiteral("Checking bob's passphrase…"));
    QVERIFY(dialog->reauthWidget()->isBusy());
    QVERIFY(!dialog->approveButton()->isEnabled());
    QVERIFY(!dialog->rejectButton()->isEnabled());
    QVERIFY(!child<QLineEdit>(dialog.get(), "passphraseEdit")->isEnabled());
    QVERIFY(child<QLineEdit>(dialog.get(), "passphraseEdit")->text().isEmpty());
    QVERIFY(!child<QComboBox>(dialog.get(), "officerCombo")->isEnabled());
    QVERIFY(!child<QLineEdit>(dialog.get(), "rejectReasonEdit")->isEnabled());
    QVERIFY(child<QPushButton>(dialog.get(), "closeButton")->isEnabled());
    // The event loop keeps running meanwhile: the window does not freeze.
    const int ticksBefore = ticks;
    QTRY_VERIFY(ticks >= ticksBefore + 3);
    QCOMPARE(decided.count(), 0);
    QVERIFY(dialog->grab().save(QStringLiteral("/tmp/h3-approval-busy.png")));
    grabIfAsked(dialog.get(), QStringLiteral("approval-dialog-busy.png"));

    gate.finish();
    QTRY_COMPARE(decided.count(), 1);
    QVERIFY(!dialog->reauthWidget()->isBusy());
    QCOMPARE(f.stored().state, core::RequestState::Executed);
    QCOMPARE(f.stored().decisions.constFirst().officer, QStringLiteral("bob"));
}

void TestApprovalDialog::closingWhileCheckingSignsNothing()
{
    Fixture f;
    QVERIFY(f.open());
    const qint64 eventsBefore = f.auditCount();
    {
        // Closed while the passphrase is checked: the late result is dropped, nothing is signed.
        auto dialog = f.dialog();
        QVERIFY(dialog);
        GatedUnwrap gate;
        QSignalSpy decided(dialog.get(), &ApprovalDialog::requestDecided);
        QVERIFY(gate.bobApproves(dialog.get()));
        QTest::mouseClick(child<QPushButton>(dialog.get(), "closeButton"), Qt::LeftButton);
        QVERIFY(!dialog->isVisible());
        QVERIFY(!dialog->reauthWidget()->isBusy());
        gate.finish();
        // The worker's watcher deletes itself once its result was handed back (and dropped).
        QTRY_VERIFY(dialog->findChildren<QFutureWatcherBase*>().isEmpty());
        QCOMPARE(decided.count(), 0);
    }
    {
        // Destroyed while the passphrase is checked: the worker touches only its own job.
        auto dialog = f.dialog();
        QVERIFY(dialog);
        GatedUnwrap gate;
        QVERIFY(gate.bobApproves(dialog.get()));
        dialog.reset();
        gate.finish();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    QCOMPARE(f.stored().state, core::RequestState::Pending);
    QVERIFY(f.stored().decisions.isEmpty());
    QCOMPARE(f.auditCount(), eventsBefore);
}

void TestApprovalDialog::decisionOnARequestDecidedElsewhereIsRefused()
{
    Fixture f;
    QVERIFY(f.open());
    auto dialog = f.dialog();
    QVERIFY(dialog);
    QSignalSpy decided(dialog.get(), &ApprovalDialog::requestDecided);
    QVERIFY(chooseOfficerAndType(dialog.get(), QStringLiteral("bob"), BobPassphrase));
    // Meanwhile the request is rejected elsewhere (another window or keyward-cli on this vault).
    auto bob = f.vault->authenticateOfficer(QStringLiteral("bob"), secret(BobPassphrase));
    QVERIFY(bob);
    QVERIFY(f.engine->engine().reject(f.requestId, bob.value(), QStringLiteral("not now")));
    const qint64 eventsBefore = f.auditCount();

    QTest::mouseClick(dialog->approveButton(), Qt::LeftButton);
    QVERIFY(reauthFinished(dialog.get()));
    QCOMPARE(decided.count(), 0);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->messageWidget()->text().contains(
                 QStringLiteral("Request #%1 was changed by another Keyward program since you opened this dialog (it "
                                "is now rejected). Nothing was changed; review it and try again.")
                     .arg(f.requestId)),
        qPrintable(dialog->messageWidget()->text()));
    QVERIFY(!dialog->approveButton()->isEnabled());
    QCOMPARE(f.auditCount(), eventsBefore);
    QCOMPARE(f.stored().decisions.size(), 1);
}

void TestApprovalDialog::countersignOfAReviewCountersignedElsewhereIsRefused()
{
    Fixture f;
    QVERIFY(f.open());
    const core::Review opened = openBreakGlassReview(*f.vault, f.tv.clock.now());
    CountersignDialog dialog(*f.vault, opened);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(child<QPlainTextEdit>(&dialog, "noteEdit"), QStringLiteral("checked the leak report"));
    QVERIFY(chooseOfficerAndType(&dialog, QStringLiteral("bob"), BobPassphrase));
    // Meanwhile bob countersigns it elsewhere.
    auto bob = f.vault->authenticateOfficer(QStringLiteral("bob"), secret(BobPassphrase));
    QVERIFY(bob);
    QVERIFY(core::ReviewCountersign::run(*f.vault, opened.id, bob.value(), QStringLiteral("done from the CLI")));
    const qint64 eventsBefore = f.auditCount();

    QSignalSpy done(&dialog, &CountersignDialog::reviewCountersigned);
    QTest::mouseClick(dialog.countersignButton(), Qt::LeftButton);
    QVERIFY(reauthFinished(&dialog));
    QCOMPARE(done.count(), 0);
    QVERIFY2(dialog.messageWidget()->text().contains(
                 QStringLiteral("Review #%1 was changed by another Keyward program since you opened this dialog (it is "
                                "now countersigned by bob). Nothing was changed")
                     .arg(opened.id)),
        qPrintable(dialog.messageWidget()->text()));
    QVERIFY(!dialog.countersignButton()->isEnabled());
    QCOMPARE(f.auditCount(), eventsBefore);
}

QTEST_MAIN(TestApprovalDialog)
#include "tst_approvaldialog.moc"
