// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/KeyRequestDialog.h"
#include "widgets/ThemeColours.h"
#include "ui_KeyRequestDialog.h"

#include "RequestService.h"
#include "StaleState.h"
#include "dialogs/ShredSampleList.h"
#include "jose/Jwk.h"
#include "requests/KeyRequestDrafts.h"
#include "requests/RetirementGate.h"
#include "samples/SampleGate.h"
#include "vault/Vault.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>

namespace keyward::ui {

namespace {

constexpr qint64 kDay = 24 * 3600;
constexpr qint64 kMaxRecipientBytes = 64 * 1024;

} // namespace

KeyRequestDialog::KeyRequestDialog(RequestService& requests, const core::KeyRecord& key, Kind kind, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::KeyRequestDialog>())
    , m_requests(requests)
    , m_key(key)
    , m_kind(kind)
{
    m_ui->setupUi(this);
    okButton()->setObjectName(QStringLiteral("submitRequestButton"));
    okButton()->setText(tr("&Submit request"));
    m_ui->hintLabel->setObjectName(QStringLiteral("requestHintLabel"));
    theme::setTone(m_ui->hintLabel, theme::Tone::Danger);
    m_ui->formatCombo->addItem(tr("Encrypted PKCS#8 (passphrase chosen when you collect it)"), QStringLiteral("pkcs8"));
    m_ui->formatCombo->addItem(tr("JWE-wrapped JWK to a recipient's public key"), QStringLiteral("jwe"));

    const bool destruction = kind == Kind::Destruction;
    const bool exportKind = kind == Kind::PrivateExport;
    for (QWidget* widget : std::initializer_list<QWidget*> { m_ui->waitLabel, m_ui->waitDaysSpin })
        widget->setVisible(destruction);
    for (QWidget* widget : std::initializer_list<QWidget*> { m_ui->formatLabel, m_ui->formatCombo })
        widget->setVisible(exportKind);
    switch (kind) {
    case Kind::Retirement:
        setWindowTitle(tr("Request retirement of %1 — Keyward").arg(key.kid));
        break;
    case Kind::Destruction:
        setWindowTitle(tr("Request destruction of %1 — Keyward").arg(key.kid));
        break;
    case Kind::PrivateExport:
        setWindowTitle(tr("Request private key export of %1 — Keyward").arg(key.kid));
        break;
    }
    m_ui->reasonEdit->setPlaceholderText(tr("Why, in a sentence the approver can check"));
    if (destruction) {
        m_shred = new ShredSampleList(this);
        m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->hintLabel), m_shred);
        const auto blocking = core::samples::SampleGate::blockingDestruction(m_requests.vault().database(), m_key);
        if (blocking)
            m_shred->setSamples(m_key.kid, blocking.value());
        else
            m_shredProblem = blocking.message();
        m_shred->setVisible(blocking && !m_shred->isEmpty());
        connect(m_shred, &ShredSampleList::namedChanged, this, &KeyRequestDialog::validate);
    }

    connect(m_ui->reasonEdit, &QPlainTextEdit::textChanged, this, &KeyRequestDialog::validate);
    connect(m_ui->waitDaysSpin, &QSpinBox::valueChanged, this, &KeyRequestDialog::validate);
    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, &KeyRequestDialog::validate);
    connect(m_ui->recipientEdit, &QLineEdit::textChanged, this, [this] {
        loadRecipient();
        validate();
    });
    connect(m_ui->browseRecipientButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Recipient public JWK"), QString(),
                                                          tr("JWK files (*.json *.jwk);;All files (*)"));
        if (!path.isEmpty())
            m_ui->recipientEdit->setText(path);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &KeyRequestDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &KeyRequestDialog::reject);
    validate();
}

KeyRequestDialog::~KeyRequestDialog() = default;

QPushButton* KeyRequestDialog::okButton() const { return m_ui->buttonBox->button(QDialogButtonBox::Ok); }

QString KeyRequestDialog::hint() const { return okButton()->isEnabled() ? QString() : m_ui->hintLabel->text(); }

QString KeyRequestDialog::effectText() const { return m_ui->effectLabel->text(); }

QString KeyRequestDialog::messageText() const { return m_ui->messageWidget->isVisible() ? m_ui->messageWidget->text() : QString(); }

void KeyRequestDialog::loadRecipient()
{
    m_recipient = {};
    m_recipientProblem.clear();
    m_recipientThumbprint.clear();
    const QString path = m_ui->recipientEdit->text().trimmed();
    if (path.isEmpty()) {
        m_recipientProblem = tr("Choose the file with the recipient's public JWK.");
        return;
    }
    QFile file(path);
    if (QFileInfo(path).size() > kMaxRecipientBytes || !file.open(QIODevice::ReadOnly)) {
        m_recipientProblem = tr("The recipient file %1 cannot be read.").arg(QFileInfo(path).fileName());
        return;
    }
    auto jwk = core::Jwk::fromJsonText(file.readAll());
    if (!jwk) {
        m_recipientProblem = tr("The recipient file is not a JWK: %1").arg(jwk.message());
        return;
    }
    // The request names the recipient's public key; a file with a private part is a mistake that
    // must not be copied into a request anyone can read.
    if (jwk->hasPrivate()) {
        m_recipientProblem = tr("The recipient file holds a private or secret key; give the recipient's public JWK only.");
        return;
    }
    m_recipient = jwk->toPublicJson();
    m_recipientThumbprint = jwk->thumbprintBase64Url();
}

QString KeyRequestDialog::retirementGateStatus() const
{
    const core::Status gate =
        core::RetirementGate::check(m_requests.vault().database(), m_key, m_requests.vault().clock().now());
    return gate ? QString() : gate.message();
}

core::Result<core::RequestDraft> KeyRequestDialog::draft() const
{
    const QString reason = m_ui->reasonEdit->toPlainText().trimmed();
    switch (m_kind) {
    case Kind::Retirement:
        return core::KeyRequestDrafts::retirement(m_key.kid, m_key.keySet, reason);
    case Kind::Destruction:
        return core::KeyRequestDrafts::destruction(m_key.kid, m_key.keySet, reason, m_ui->waitDaysSpin->value() * kDay,
                                                   m_shred->namedDigests());
    case Kind::PrivateExport:
        break;
    }
    const QString format = m_ui->formatCombo->currentData().toString();
    if (format == QLatin1String("jwe") && !m_recipientProblem.isEmpty())
        return core::Error(core::ErrorCode::InvalidArgument, m_recipientProblem);
    return core::KeyRequestDrafts::privateExport(m_key.kid, m_key.keySet, reason, format,
                                                 format == QLatin1String("jwe") ? m_recipient : QJsonObject());
}

void KeyRequestDialog::updateEffect()
{
    const QString kid = m_key.kid.toHtmlEscaped();
    const QString set = m_key.keySet.toHtmlEscaped();
    QString title;
    QStringList effects;
    switch (m_kind) {
    case Kind::Retirement: {
        title = tr("Request the retirement of %1 in %2").arg(kid, set);
        effects << (m_key.use == core::KeyUse::Sig
                        ? tr("On approval %1 leaves the JWKS of %2: tokens it signed no longer verify.").arg(kid, set)
                        : tr("On approval %1 leaves the JWKS of %2 and is kept for decryption of archived data only.")
                              .arg(kid, set));
        const QString gate = retirementGateStatus();
        effects << (gate.isEmpty() ? tr("The retirement gate has passed: a successor is primary and the overlap is over.")
                                   : tr("<b>The retirement gate has not passed yet:</b> %1").arg(gate.toHtmlEscaped()));
        break;
    }
    case Kind::Destruction: {
        const int days = m_ui->waitDaysSpin->value();
        title = tr("Request the destruction of the private part of %1 in %2").arg(kid, set);
        effects << tr("On approval the destruction is scheduled %n day(s) later; until then any officer can cancel it.",
                      nullptr, days);
        effects << tr("Then the private part is erased from the vault (crypto-shred): %1 becomes destroyed and can never "
                      "sign or decrypt again. Its metadata and public key are kept.")
                       .arg(kid);
        if (const int named = int(m_shred->namedDigests().size()); named > 0)
            effects << tr("<b>The crypto-shred names %n archived sample(s)</b> that become unreadable for good.", nullptr, named);
        // Said before anyone commits to it: destruction reaches this vault file only.
        effects << tr("<b>Copies and backups of the vault made before the destruction still hold the private "
                      "part</b>; destroy those too. In this vault its row is wiped and the freed pages are "
                      "overwritten.");
        break;
    }
    case Kind::PrivateExport: {
        title = tr("Request an export of the private key %1 in %2").arg(kid, set);
        if (m_ui->formatCombo->currentData().toString() == QLatin1String("jwe")) {
            effects << (m_recipientThumbprint.isEmpty()
                            ? tr("The key is exported as a JWE-wrapped JWK to the recipient's public key.")
                            : tr("The key is exported as a JWE-wrapped JWK to the recipient key with thumbprint %1; "
                                 "only its holder can unwrap it.")
                                  .arg(m_recipientThumbprint));
        } else {
            effects << tr("The key is exported as encrypted PKCS#8; you choose its passphrase (at least 12 characters) "
                          "when you collect it.");
        }
        effects << tr("After approval only you, the requester, can collect it, from the Requests page. It is never "
                      "exported in clear.");
        break;
    }
    }
    effects << tr("Nothing changes until a different officer with the approver role approves with their passphrase; "
                  "unapproved, the request expires in %n hour(s).",
                  nullptr, int(core::Request::kDefaultLifetimeSecs / 3600));
    m_ui->effectLabel->setText(
        QStringLiteral("<p><b>%1</b></p><ul><li>%2</li></ul>").arg(title, effects.join(QStringLiteral("</li><li>"))));
}

void KeyRequestDialog::validate()
{
    const bool jwe = m_kind == Kind::PrivateExport && m_ui->formatCombo->currentData().toString() == QLatin1String("jwe");
    for (QWidget* widget : std::initializer_list<QWidget*> { m_ui->recipientLabel, m_ui->recipientEdit, m_ui->browseRecipientButton })
        widget->setVisible(jwe);
    if (jwe && m_recipient.isEmpty() && m_recipientProblem.isEmpty())
        loadRecipient();
    updateEffect();
    QString problem;
    if (m_ui->reasonEdit->toPlainText().trimmed().isEmpty())
        problem = tr("Enter the reason the approver will read and sign.");
    else if (m_shred && !m_shredProblem.isEmpty())
        problem = m_shredProblem;
    else if (m_shred && !m_shred->allNamed())
        // The core refuses such a request (SampleGate); said here, before the officer submits.
        problem = tr("Name every listed sample for the crypto-shred, or re-wrap them to a successor key first.");
    else if (auto built = draft(); !built)
        problem = built.message();
    m_ui->hintLabel->setText(problem);
    m_ui->hintLabel->setVisible(!problem.isEmpty());
    okButton()->setEnabled(problem.isEmpty());
    // The effect grows as samples are named: grow with it rather than squeeze the text.
    if (isVisible() && layout()) {
        const int needed = layout()->totalHeightForWidth(width());
        if (needed > height())
            resize(width(), needed);
    }
}

void KeyRequestDialog::accept()
{
    if (!okButton()->isEnabled())
        return;
    auto built = draft();
    if (!built)
        return;
    // The key as the officer saw it when the dialog opened: re-checked inside the write.
    built->expectedKey = core::KeyPrecondition::of(m_key);
    auto submitted = m_requests.engine().submit(std::move(built).value());
    if (!submitted) {
        if (const QString stale = keyChangedElsewhere(m_requests.vault().database(), m_key); !stale.isEmpty()) {
            Q_EMIT refusedAsStale(stale);
            QDialog::reject();
            return;
        }
        m_ui->messageWidget->showMessage(tr("<b>The request was not submitted.</b> %1").arg(submitted.message().toHtmlEscaped()),
                                         MessageWidget::Type::Error);
        return;
    }
    Q_EMIT requestSubmitted(submitted.value());
    QDialog::accept();
}

} // namespace keyward::ui
