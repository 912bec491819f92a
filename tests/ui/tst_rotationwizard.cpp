// SPDX-License-Identifier: GPL-3.0-or-later
// The rotation wizard from the Keys page's context menu (SPEC §4): right-click the primary key,
// walk the real wizard (reason, successor, overlap, summary) and submit; the request waits for an
// approver and says exactly what it will do. Refusals: the menu offers no rotation of a
// non-primary key, and a second rotation of the same key is refused inline by the core.
// With KEYWARD_SCREENSHOT_DIR set, the summary page is saved as rotation-wizard.png.
#include "KeysPageFixture.h"

#include "RequestService.h"
#include "dialogs/RotationWizard.h"
#include "dialogs/RotationWizardPages.h"
#include "requests/KeyRequestDrafts.h"
#include "widgets/MessageWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>

using namespace keyward;
using namespace keyward::ui;
using namespace keyward::ui::test;

namespace {

const QString Payments = QStringLiteral("payments-api");
const QString PaySig1 = QStringLiteral("pay-sig-1");
const QString PaySig2 = QStringLiteral("pay-sig-2");

struct WizardFixture : PageFixture {
    // pay-sig-1 is primary; pay-sig-2 (generated second) is active, not primary: pre-published.
    bool start()
    {
        return vault && generate(*vault, Payments, PaySig1, QStringLiteral("payments-team"), QStringLiteral("ES256"))
            && generate(*vault, Payments, PaySig2, QStringLiteral("payments-team"), QStringLiteral("ES256"))
            && PageFixture::start(false);
    }

    RotationWizard* openWizard()
    {
        QMenu* menu = rightClickRow(Payments, PaySig1);
        if (!menu || !choose(menu, "requestRotationAction"))
            return nullptr;
        RotationWizard* wizard = nullptr;
        if (!QTest::qWaitFor([&] {
                wizard = child<RotationWizard>(page.get(), "rotationWizard");
                return wizard && wizard->isVisible();
            }))
            return nullptr;
        return wizard;
    }

    QList<core::Request> requests(std::optional<core::RequestState> state = core::RequestState::Pending)
    {
        RequestService service(*vault);
        auto listed = service.engine().list({ state });
        return listed ? listed.value() : QList<core::Request>();
    }
};

void clickNext(RotationWizard* wizard) { QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton); }

} // namespace

class TestRotationWizard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void wizardSubmitsRotationWithNewParameters();
    void prePublishedSuccessorAndLongerOverlap();
    void menuOffersNoRotationOfNonPrimaryKey();
    void secondRotationIsRefusedInline();
};

void TestRotationWizard::wizardSubmitsRotationWithNewParameters()
{
    WizardFixture f;
    QVERIFY(f.start());
    RotationWizard* wizard = f.openWizard();
    QVERIFY(wizard);

    // 1. Reason: Next waits for the text.
    QCOMPARE(wizard->currentId(), int(RotationWizard::ReasonPageId));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    auto* category = child<QComboBox>(wizard, "categoryCombo");
    category->setCurrentIndex(category->findData(QStringLiteral("offboarding")));
    QTest::keyClicks(child<QPlainTextEdit>(wizard, "reasonEdit"), QStringLiteral("Dana left the payments team"));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    clickNext(wizard);

    // 2. Successor: the predecessor's parameters are shown; choose new ones.
    QCOMPARE(wizard->currentId(), int(RotationWizard::SuccessorPageId));
    QVERIFY(child<QLabel>(wizard, "sameLabel")->text().contains(QLatin1String("ES256")));
    QTest::mouseClick(child<QRadioButton>(wizard, "newRadio"), Qt::LeftButton, {}, QPoint(5, 5));
    QVERIFY(child<QRadioButton>(wizard, "newRadio")->isChecked());
    auto* alg = child<QComboBox>(wizard, "algCombo");
    QVERIFY(alg->findText(QStringLiteral("RSA1_5")) < 0);
    QVERIFY(alg->findText(QStringLiteral("ECDH-ES")) < 0); // a sig key's successor signs
    alg->setCurrentIndex(alg->findText(QStringLiteral("ES384")));
    // A kid already used anywhere is refused while typing.
    auto* kid = child<QLineEdit>(wizard, "kidEdit");
    QTest::keyClicks(kid, PaySig2);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(child<QLabel>(wizard, "successorHintLabel")->text().contains(PaySig2));
    kid->clear();
    QTest::keyClicks(kid, QStringLiteral("pay-sig-2026"));
    auto* owner = child<QLineEdit>(wizard, "ownerEdit");
    owner->clear();
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QTest::keyClicks(owner, QStringLiteral("payments-platform"));
    QVERIFY2(wizard->button(QWizard::NextButton)->isEnabled(), qPrintable(child<QLabel>(wizard, "successorHintLabel")->text()));
    grabIfAsked(wizard, QStringLiteral("rotation-wizard-successor.png"));
    clickNext(wizard);

    // 3. Overlap: the gate's computation and where it came from (no workloads: the set's minimum).
    QCOMPARE(wizard->currentId(), int(RotationWizard::OverlapPageId));
    QVERIFY(child<QRadioButton>(wizard, "computedOverlapRadio")->isChecked());
    QVERIFY(wizard->overlapPage()->computedSecs() > 0);
    QVERIFY(!wizard->overlapPage()->explanation().isEmpty());
    QVERIFY(child<QLabel>(wizard, "overlapExplanationLabel")->text().contains(wizard->overlapPage()->explanation()));
    clickNext(wizard);

    // 4. Summary: the exact effect.
    QCOMPARE(wizard->currentId(), int(RotationWizard::SummaryPageId));
    const QString summary = wizard->summaryText();
    for (const QString& expected : { PaySig1, Payments, QStringLiteral("ES384"), QStringLiteral("pay-sig-2026"),
                                     QStringLiteral("payments-platform"), QStringLiteral("grace"),
                                     QStringLiteral("Dana left the payments team"), QStringLiteral("approver") })
        QVERIFY2(summary.contains(expected), qPrintable(expected));
    wizard->resize(700, 440);
    grabIfAsked(wizard, QStringLiteral("rotation-wizard.png"));
    QVERIFY(f.requests().isEmpty()); // nothing submitted before Finish

    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!child<RotationWizard>(f.page.get(), "rotationWizard"));
    const QList<core::Request> pending = f.requests();
    QCOMPARE(pending.size(), 1);
    const core::Request& request = pending.constFirst();
    QCOMPARE(request.kind, core::RequestKind::Rotate);
    QCOMPARE(request.subject, PaySig1);
    QCOMPARE(request.keySet, Payments);
    QCOMPARE(request.requester, QStringLiteral("alice"));
    QCOMPARE(request.reason, QStringLiteral("Dana left the payments team"));
    QCOMPARE(request.effect.value(QStringLiteral("reasonCategory")).toString(), QStringLiteral("offboarding"));
    QCOMPARE(request.effect.value(QStringLiteral("overlapSecs")).toInteger(), qint64(0));
    const QJsonObject successor = request.effect.value(QStringLiteral("successor")).toObject();
    QCOMPARE(successor.value(QStringLiteral("alg")).toString(), QStringLiteral("ES384"));
    QCOMPARE(successor.value(QStringLiteral("kid")).toString(), QStringLiteral("pay-sig-2026"));
    QCOMPARE(successor.value(QStringLiteral("owner")).toString(), QStringLiteral("payments-platform"));
    QVERIFY(!successor.value(QStringLiteral("prePublished")).toBool());
    // The page says so and links to the Requests page; the key is still primary.
    QVERIFY(f.page->messageWidget()->text().contains(QStringLiteral("#%1").arg(request.id)));
    QVERIFY(f.page->messageWidget()->text().contains(QLatin1String("page:requests")));
    QVERIFY(f.detail()->key() && f.detail()->key()->primary);
}

void TestRotationWizard::prePublishedSuccessorAndLongerOverlap()
{
    WizardFixture f;
    QVERIFY(f.start());
    RotationWizard* wizard = f.openWizard();
    QVERIFY(wizard);
    QTest::keyClicks(child<QPlainTextEdit>(wizard, "reasonEdit"), QStringLiteral("End of the 90-day cryptoperiod"));
    clickNext(wizard);
    auto* prePublished = child<QRadioButton>(wizard, "prePublishedRadio");
    QVERIFY(prePublished->isEnabled());
    QTest::mouseClick(prePublished, Qt::LeftButton, {}, QPoint(5, 5));
    QCOMPARE(child<QComboBox>(wizard, "prePublishedCombo")->currentData().toString(), PaySig2);
    clickNext(wizard);
    // A longer overlap than the gate's: a shorter one is refused while choosing.
    QTest::mouseClick(child<QRadioButton>(wizard, "customOverlapRadio"), Qt::LeftButton, {}, QPoint(5, 5));
    auto* hours = child<QSpinBox>(wizard, "overlapHoursSpin");
    QVERIFY(hours->isEnabled());
    hours->setValue(1);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    const qint64 wanted = wizard->overlapPage()->computedSecs() / 3600 + 48;
    hours->setValue(int(wanted));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    clickNext(wizard);
    QVERIFY(wizard->summaryText().contains(QLatin1String("pre-published")));
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!child<RotationWizard>(f.page.get(), "rotationWizard"));

    const QList<core::Request> pending = f.requests();
    QCOMPARE(pending.size(), 1);
    const QJsonObject effect = pending.constFirst().effect;
    QCOMPARE(effect.value(QStringLiteral("reasonCategory")).toString(), QStringLiteral("scheduled"));
    QCOMPARE(effect.value(QStringLiteral("overlapSecs")).toInteger(), wanted * 3600);
    const QJsonObject successor = effect.value(QStringLiteral("successor")).toObject();
    QCOMPARE(successor.value(QStringLiteral("kid")).toString(), PaySig2);
    QVERIFY(successor.value(QStringLiteral("prePublished")).toBool());
}

void TestRotationWizard::menuOffersNoRotationOfNonPrimaryKey()
{
    WizardFixture f;
    QVERIFY(f.start());
    QMenu* menu = f.rightClickRow(Payments, PaySig2);
    QVERIFY(menu);
    auto* rotate = f.action("requestRotationAction");
    QVERIFY(!rotate->isEnabled());
    QVERIFY(rotate->toolTip().contains(QLatin1String("primary")));
    // An active key that never became primary may be retired (once the gate allows it).
    QVERIFY(f.action("requestRetirementAction")->isEnabled());
    QVERIFY(!f.action("requestDestructionAction")->isEnabled());
    QVERIFY(f.action("requestExportAction")->isEnabled());
    QVERIFY(!PageFixture::choose(menu, "requestRotationAction"));
    menu->close();
    // Triggered anyway (a shortcut, a stale toolbar): no wizard opens.
    rotate->trigger();
    QVERIFY(!child<RotationWizard>(f.page.get(), "rotationWizard"));

    // The primary key's menu, from the detail pane as well.
    f.clickRow(Payments, PaySig1);
    QVERIFY(rotate->isEnabled());
    QVERIFY(!f.action("requestRetirementAction")->isEnabled());
    QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(20, 20), f.detail()->mapToGlobal(QPoint(20, 20)));
    QApplication::sendEvent(f.detail(), &event);
    QTRY_VERIFY(f.page->keyMenu()->isVisible());
    QVERIFY(PageFixture::choose(f.page->keyMenu(), "requestRotationAction"));
    QTRY_VERIFY(child<RotationWizard>(f.page.get(), "rotationWizard"));
}

void TestRotationWizard::secondRotationIsRefusedInline()
{
    WizardFixture f;
    QVERIFY(f.start());
    // Bob's colleague already asked, through the CLI or another window.
    core::RotationParams params;
    params.kid = PaySig1;
    params.keySet = Payments;
    params.reason = QStringLiteral("first request");
    auto draft = core::KeyRequestDrafts::rotation(params);
    QVERIFY2(draft, qPrintable(whyNot(draft)));
    RequestService service(*f.vault);
    auto first = service.engine().submit(std::move(draft).value());
    QVERIFY2(first, qPrintable(whyNot(first)));

    RotationWizard* wizard = f.openWizard();
    QVERIFY(wizard);
    QTest::keyClicks(child<QPlainTextEdit>(wizard, "reasonEdit"), QStringLiteral("second request"));
    clickNext(wizard);
    clickNext(wizard);
    clickNext(wizard);
    QCOMPARE(wizard->currentId(), int(RotationWizard::SummaryPageId));
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    // Refused inline with the core's reason; the wizard stays, nothing new was stored.
    auto* message = wizard->summaryPage()->messageWidget();
    QTRY_VERIFY(message->isVisible());
    QCOMPARE(message->type(), MessageWidget::Type::Error);
    QVERIFY2(message->text().contains(QStringLiteral("Request %1").arg(first->id)), qPrintable(message->text()));
    QVERIFY(wizard->isVisible());
    QCOMPARE(f.requests().size(), 1);
    wizard->reject();
    QTRY_VERIFY(!child<RotationWizard>(f.page.get(), "rotationWizard"));
}

QTEST_MAIN(TestRotationWizard)
#include "tst_rotationwizard.moc"
