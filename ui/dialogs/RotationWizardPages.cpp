// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/RotationWizardPages.h"
#include "widgets/ThemeColours.h"
#include "ui_RotationOverlapPage.h"
#include "ui_RotationReasonPage.h"
#include "ui_RotationSuccessorPage.h"
#include "ui_RotationSummaryPage.h"

#include "keys/GenerateKeyCommand.h"
#include "keys/KeyInventory.h"
#include "keys/KeyStore.h"
#include "requests/RetirementGate.h"
#include "requests/RevokeAndRotateCommand.h"
#include "vault/Vault.h"

namespace keyward::ui {

namespace {

constexpr qint64 kHour = 3600;

void showHint(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    theme::setTone(label, theme::Tone::Danger);
}

QString keyParameters(const core::KeyRecord& key)
{
    return RotationSuccessorPage::tr("%1, %2 %3, owner %4, environment %5")
        .arg(key.alg.isEmpty() ? RotationSuccessorPage::tr("no alg pinned") : key.alg, key.keyType, key.curveOrSize,
             key.owner, key.environment);
}

} // namespace

// --- 1. reason -------------------------------------------------------------------------------

RotationReasonPage::RotationReasonPage(const core::KeyRecord& key, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::RotationReasonPage>())
{
    m_ui->setupUi(this);
    m_ui->keyLabel->setText(
        key.state == core::KeyState::Revoked
            ? tr("Rotating <b>%1</b>, the revoked former primary %2 key of <b>%3</b>: the set has no primary %2 key "
                 "until this rotation is approved.")
                  .arg(key.kid.toHtmlEscaped(), core::keyUseName(key.use), key.keySet.toHtmlEscaped())
            : tr("Rotating <b>%1</b>, the primary %2 key of <b>%3</b>.")
                  .arg(key.kid.toHtmlEscaped(), core::keyUseName(key.use), key.keySet.toHtmlEscaped()));
    //: Rotation reason categories (SPEC §4); the key in brackets is stored.
    m_ui->categoryCombo->addItem(tr("Scheduled"), QStringLiteral("scheduled"));
    m_ui->categoryCombo->addItem(tr("Incident"), QStringLiteral("incident"));
    m_ui->categoryCombo->addItem(tr("Offboarding"), QStringLiteral("offboarding"));
    m_ui->categoryCombo->addItem(tr("Expiry"), QStringLiteral("expiry"));
    connect(m_ui->categoryCombo, &QComboBox::currentIndexChanged, this, &RotationReasonPage::update);
    connect(m_ui->reasonEdit, &QPlainTextEdit::textChanged, this, &RotationReasonPage::update);
    update();
}

RotationReasonPage::~RotationReasonPage() = default;

QString RotationReasonPage::category() const { return m_ui->categoryCombo->currentData().toString(); }

QString RotationReasonPage::categoryTitle() const { return m_ui->categoryCombo->currentText(); }

QString RotationReasonPage::reason() const { return m_ui->reasonEdit->toPlainText().trimmed(); }

void RotationReasonPage::setCategory(const QString& category)
{
    m_ui->categoryCombo->setCurrentIndex(std::max(0, m_ui->categoryCombo->findData(category)));
}

bool RotationReasonPage::isComplete() const { return !reason().isEmpty(); }

void RotationReasonPage::update()
{
    const QString cat = category();
    QString help;
    if (cat == QLatin1String("scheduled"))
        help = tr("A planned rotation, e.g. at the end of the key set's cryptoperiod.");
    else if (cat == QLatin1String("incident"))
        help = tr("Suspected exposure. If the key is known to be compromised, revoke it at once instead: revocation "
                  "does not wait for an approver.");
    else if (cat == QLatin1String("offboarding"))
        help = tr("Someone who could reach the key's private part has left.");
    else
        help = tr("The key expires soon and must be replaced before it does.");
    m_ui->categoryHelpLabel->setText(help);
    showHint(m_ui->reasonHintLabel, isComplete() ? QString() : tr("Enter the reason the approver will read and sign."));
    Q_EMIT completeChanged();
}

// --- 2. successor ----------------------------------------------------------------------------

RotationSuccessorPage::RotationSuccessorPage(core::Vault& vault, const core::KeyRecord& key,
                                             const core::KeySetPolicy& policy, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::RotationSuccessorPage>())
    , m_vault(vault)
    , m_key(key)
    , m_policy(policy)
{
    m_ui->setupUi(this);
    m_ui->sameLabel->setText(tr("A new key generated at execution: %1.").arg(keyParameters(key).toHtmlEscaped()));

    // Pre-published candidates: active (or pending, activated early by the approval), not primary,
    // same set, use and environment (SPEC §3) — what the rotation executor accepts.
    if (auto keys = core::RevokeAndRotateCommand::eligibleSuccessors(vault.database(), key)) {
        for (const core::KeyRecord& other : keys.value())
            m_ui->prePublishedCombo->addItem(tr("%1 — %2 %3, owner %4").arg(other.kid, other.alg, other.curveOrSize, other.owner),
                                             other.kid);
    }
    const bool candidates = m_ui->prePublishedCombo->count() > 0;
    m_ui->prePublishedRadio->setEnabled(candidates);
    m_ui->prePublishedCombo->setEnabled(candidates);
    if (!candidates)
        m_ui->prePublishedCombo->addItem(tr("No active non-primary %1 key in %2").arg(core::keyUseName(key.use), key.keySet));
    // A key imported without alg has no parameters to repeat.
    if (key.alg.isEmpty()) {
        m_ui->sameRadio->setEnabled(false);
        m_ui->newRadio->setChecked(true);
    }

    m_ui->ownerEdit->setText(key.owner);
    m_ui->environmentCombo->addItems({ QStringLiteral("prod"), QStringLiteral("test") });
    m_ui->environmentCombo->setCurrentText(key.environment);
    m_ui->expiresEdit->setTimeSpec(Qt::UTC);
    m_ui->expiresEdit->setDateTime(vault.clock().now().addSecs(policy.cryptoperiodSecs));
    m_ui->expiresEdit->setEnabled(false);
    fillAlgs();

    for (QRadioButton* radio : { m_ui->sameRadio, m_ui->newRadio, m_ui->prePublishedRadio })
        connect(radio, &QRadioButton::toggled, this, &RotationSuccessorPage::update);
    connect(m_ui->algCombo, &QComboBox::currentIndexChanged, this, [this] {
        fillSizes();
        update();
    });
    for (QComboBox* combo : { m_ui->sizeCombo, m_ui->environmentCombo, m_ui->prePublishedCombo })
        connect(combo, &QComboBox::currentTextChanged, this, &RotationSuccessorPage::update);
    for (QLineEdit* edit : { m_ui->ownerEdit, m_ui->kidEdit })
        connect(edit, &QLineEdit::textChanged, this, &RotationSuccessorPage::update);
    connect(m_ui->cryptoperiodExpiryCheck, &QCheckBox::toggled, this, [this](bool byPolicy) {
        m_ui->expiresEdit->setEnabled(!byPolicy);
        update();
    });
    connect(m_ui->expiresEdit, &QDateTimeEdit::dateTimeChanged, this, &RotationSuccessorPage::update);
    update();
}

RotationSuccessorPage::~RotationSuccessorPage() = default;

void RotationSuccessorPage::fillAlgs()
{
    const QSignalBlocker blocker(m_ui->algCombo);
    m_ui->algCombo->clear();
    // Only what new keys may use for this use (no RSA1_5, none, HS*).
    m_ui->algCombo->addItems(core::GenerateKeyCommand::generatableAlgs(m_key.use));
    m_ui->algCombo->setCurrentIndex(std::max(0, m_ui->algCombo->findText(m_key.alg)));
    fillSizes();
}

void RotationSuccessorPage::fillSizes()
{
    const QSignalBlocker blocker(m_ui->sizeCombo);
    m_ui->sizeCombo->clear();
    const QStringList sizes = core::GenerateKeyCommand::sizesFor(m_ui->algCombo->currentText());
    m_ui->sizeCombo->addItems(sizes);
    m_ui->sizeCombo->setEnabled(!sizes.isEmpty());
    const int same = m_ui->sizeCombo->findText(m_key.curveOrSize);
    if (same >= 0)
        m_ui->sizeCombo->setCurrentIndex(same);
}

RotationSuccessorPage::Choice RotationSuccessorPage::choice() const
{
    if (m_ui->prePublishedRadio->isChecked())
        return Choice::PrePublished;
    return m_ui->newRadio->isChecked() ? Choice::New : Choice::Same;
}

void RotationSuccessorPage::applyTo(core::RotationParams& params) const
{
    params.prePublishedKid.clear();
    params.alg.clear();
    params.size.clear();
    params.successorKid.clear();
    params.owner.clear();
    params.environment.clear();
    params.expiresAt = QDateTime();
    switch (choice()) {
    case Choice::Same:
        break;
    case Choice::PrePublished:
        params.prePublishedKid = m_ui->prePublishedCombo->currentData().toString();
        break;
    case Choice::New:
        params.alg = m_ui->algCombo->currentText();
        params.size = m_ui->sizeCombo->currentText();
        params.successorKid = m_ui->kidEdit->text().trimmed();
        params.owner = m_ui->ownerEdit->text().trimmed();
        params.environment = m_ui->environmentCombo->currentText().trimmed();
        if (!m_ui->cryptoperiodExpiryCheck->isChecked())
            params.expiresAt = m_ui->expiresEdit->dateTime().toUTC();
        break;
    }
}

QString RotationSuccessorPage::problem() const
{
    if (choice() == Choice::PrePublished)
        return m_ui->prePublishedCombo->currentData().toString().isEmpty() ? tr("Choose the pre-published key.") : QString();
    if (choice() == Choice::Same)
        return {};
    if (m_ui->ownerEdit->text().trimmed().isEmpty())
        return tr("Enter the owner of the new key (a team or a person).");
    if (m_ui->environmentCombo->currentText().trimmed().isEmpty())
        return tr("Enter the environment of the new key (e.g. prod).");
    if (!m_ui->cryptoperiodExpiryCheck->isChecked() && m_ui->expiresEdit->dateTime() <= m_vault.clock().now())
        return tr("The expiry must be in the future.");
    const QString kid = m_ui->kidEdit->text().trimmed();
    if (!kid.isEmpty()) {
        const core::KeyStore store(m_vault.database());
        if (auto used = store.byKidAnySet(kid); used && !used->isEmpty())
            return tr("The kid \"%1\" already names a key in key set %2; a kid is never reused for other key material.")
                .arg(kid, used->constFirst().keySet);
    }
    if (auto spec = core::GenerateKeyCommand::specFor(m_ui->algCombo->currentText(), m_ui->sizeCombo->currentText()); !spec)
        return spec.message();
    return {};
}

bool RotationSuccessorPage::isComplete() const { return problem().isEmpty(); }

QString RotationSuccessorPage::description() const
{
    core::RotationParams params;
    applyTo(params);
    switch (choice()) {
    case Choice::PrePublished:
        return tr("the pre-published key <b>%1</b>, already in the JWKS of %2")
            .arg(params.prePublishedKid.toHtmlEscaped(), m_key.keySet.toHtmlEscaped());
    case Choice::Same:
        return tr("a new key generated at execution with the same parameters (%1), expiring one cryptoperiod (%2) "
                  "after execution")
            .arg(keyParameters(m_key).toHtmlEscaped(), RotationOverlapPage::durationText(m_policy.cryptoperiodSecs));
    case Choice::New:
        break;
    }
    const QString expiry = params.expiresAt.isValid()
        ? tr("expiring %1").arg(core::KeyInventory::formatDateTime(params.expiresAt))
        : tr("expiring one cryptoperiod (%1) after execution").arg(RotationOverlapPage::durationText(m_policy.cryptoperiodSecs));
    const QString kid = params.successorKid.isEmpty() ? tr("its RFC 7638 thumbprint as kid")
                                                      : tr("kid <b>%1</b>").arg(params.successorKid.toHtmlEscaped());
    const QString alg = params.size.isEmpty() ? params.alg : tr("%1 (%2)").arg(params.alg, params.size);
    return tr("a new %1 key generated at execution, owner %2, environment %3, with %4, %5")
        .arg(alg.toHtmlEscaped(), params.owner.toHtmlEscaped(), params.environment.toHtmlEscaped(), kid, expiry);
}

void RotationSuccessorPage::update()
{
    m_ui->newParamsWidget->setEnabled(choice() == Choice::New);
    m_ui->prePublishedCombo->setEnabled(choice() == Choice::PrePublished);
    showHint(m_ui->successorHintLabel, problem());
    Q_EMIT completeChanged();
}

// --- 3. overlap ------------------------------------------------------------------------------

RotationOverlapPage::RotationOverlapPage(const core::KeyRecord& key, const core::KeySetPolicy& policy,
                                         const core::TrustSource& trust, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::RotationOverlapPage>())
{
    m_ui->setupUi(this);
    // The trust map's workloads set the overlap; with none registered the set's minimum applies.
    if (auto overlap = core::RetirementGate::overlapFor(key, policy, trust)) {
        m_computed = true;
        m_computedSecs = overlap->secs;
        m_explanation = overlap->explanation;
        m_ui->overlapExplanationLabel->setText(
            tr("%1 — %2").arg(durationText(m_computedSecs), m_explanation));
    } else {
        m_ui->overlapExplanationLabel->setText(tr("The overlap could not be computed: %1").arg(overlap.message()));
    }
    m_ui->overlapHoursSpin->setValue(int(std::max<qint64>(1, (m_computedSecs + kHour - 1) / kHour + 24)));
    m_ui->overlapHoursSpin->setEnabled(false);
    connect(m_ui->customOverlapRadio, &QRadioButton::toggled, this, [this](bool custom) {
        m_ui->overlapHoursSpin->setEnabled(custom);
        update();
    });
    connect(m_ui->overlapHoursSpin, &QSpinBox::valueChanged, this, &RotationOverlapPage::update);
    update();
}

RotationOverlapPage::~RotationOverlapPage() = default;

QString RotationOverlapPage::durationText(qint64 secs)
{
    if (secs % (24 * kHour) == 0 && secs >= 24 * kHour)
        return tr("%n day(s)", nullptr, int(secs / (24 * kHour)));
    if (secs % kHour == 0 && secs >= kHour)
        return tr("%n hour(s)", nullptr, int(secs / kHour));
    if (secs >= kHour)
        return tr("%1 h %2 min").arg(secs / kHour).arg((secs % kHour) / 60);
    return tr("%n minute(s)", nullptr, int((secs + 59) / 60));
}

qint64 RotationOverlapPage::overlapSecs() const
{
    return m_ui->customOverlapRadio->isChecked() ? qint64(m_ui->overlapHoursSpin->value()) * kHour : 0;
}

bool RotationOverlapPage::isComplete() const
{
    return m_ui->customOverlapRadio->isChecked() ? overlapSecs() >= m_computedSecs : m_computed;
}

QString RotationOverlapPage::description() const
{
    if (overlapSecs() > 0)
        return tr("%1 after the handover (requested; the retirement gate computes %2).")
            .arg(durationText(overlapSecs()), durationText(m_computedSecs));
    return tr("%1 after the handover, the overlap the retirement gate computes (again at execution). %2")
        .arg(durationText(m_computedSecs), m_explanation.toHtmlEscaped());
}

void RotationOverlapPage::update()
{
    QString problem;
    if (!m_computed && !m_ui->customOverlapRadio->isChecked())
        problem = tr("Choose an overlap: the computed one is not available.");
    else if (m_ui->customOverlapRadio->isChecked() && overlapSecs() < m_computedSecs)
        problem = tr("The overlap cannot be shorter than what the gate computes (%1): verifiers could still hold "
                     "tokens signed by the old key.")
                      .arg(durationText(m_computedSecs));
    showHint(m_ui->overlapHintLabel, problem);
    Q_EMIT completeChanged();
}

// --- 4. summary ------------------------------------------------------------------------------

RotationSummaryPage::RotationSummaryPage(QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::RotationSummaryPage>())
{
    m_ui->setupUi(this);
    setFinalPage(true);
}

RotationSummaryPage::~RotationSummaryPage() = default;

void RotationSummaryPage::setSummary(const QString& html) { m_ui->summaryLabel->setText(html); }

QString RotationSummaryPage::summary() const { return m_ui->summaryLabel->text(); }

MessageWidget* RotationSummaryPage::messageWidget() const { return m_ui->summaryMessage; }

} // namespace keyward::ui
