// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the Requests page and approval dialog tests: a request engine over a test vault and
// requests of kinds that need no keys (role and policy changes).

#include "UiTestSupport.h"

#include "RequestService.h"
#include "keys/ReviewStore.h"
#include "requests/OfficerRequestDrafts.h"
#include "widgets/OfficerReauthWidget.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPointer>

namespace keyward::ui::test {

// The current officer (alice) asks to give bob the auditor role as well.
inline core::Result<core::Request> submitRoleChange(
    core::RequestEngine& engine, const QString& reason = QStringLiteral("bob reviews the audit log"))
{
    auto draft = core::OfficerRequestDrafts::roleChange(
        QStringLiteral("bob"), { core::Role::Approver, core::Role::Auditor }, reason);
    if (!draft)
        return draft.error();
    return engine.submit(std::move(draft).value());
}

// alice revoked a key alone: the break-glass review her act opened waits for a second officer.
inline core::Review openBreakGlassReview(core::Vault& vault, const QDateTime& at)
{
    core::Review review;
    review.kind = core::Review::kBreakGlassRevocation;
    review.subject = QStringLiteral("payments-2026-01");
    review.keySet = QStringLiteral("payments-api");
    review.openedBy = QStringLiteral("alice");
    review.openedAt = at;
    review.reason = QStringLiteral("key found in a public repository");
    const auto id = core::ReviewStore(vault.database()).open(review);
    review.id = id ? id.value() : 0;
    return review;
}

// Chooses `officer` in a re-authentication combo and types `passphrase` like an officer would.
inline bool chooseOfficerAndType(QWidget* root, const QString& officer, const char* passphrase)
{
    auto* combo = root->findChild<QComboBox*>(QStringLiteral("officerCombo"));
    auto* edit = root->findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
    if (!combo || !edit || combo->findData(officer) < 0)
        return false;
    combo->setCurrentIndex(combo->findData(officer));
    edit->clear();
    QTest::keyClicks(edit, QString::fromUtf8(passphrase));
    return edit->echoMode() == QLineEdit::Password && edit->text() == QString::fromUtf8(passphrase);
}

// After a click on Approve, Reject or Countersign: waits until the passphrase check that runs off
// the GUI thread ended and the decision was applied or refused (the dialog may be gone by then).
inline bool reauthFinished(QWidget* dialog)
{
    const QPointer<OfficerReauthWidget> reauth = dialog->findChild<OfficerReauthWidget*>();
    return QTest::qWaitFor([&reauth] { return !reauth || !reauth->isBusy(); }, 10000);
}

} // namespace keyward::ui::test
