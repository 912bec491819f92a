// SPDX-License-Identifier: GPL-3.0-or-later
#include "trustmap/WorkloadDialog.h"

#include "keys/KeyStore.h"
#include "trust/WorkloadImport.h"
#include "vault/Vault.h"
#include "widgets/MessageWidget.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace keyward::ui::trustmap {

namespace {

QStringList splitList(const QString& text)
{
    QStringList items;
    for (const QString& item : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!item.trimmed().isEmpty())
            items.append(item.trimmed());
    return items;
}

QLineEdit* lineEdit(QWidget* parent, const char* name, const QString& accessibleName, const QString& placeholder = {})
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

} // namespace

WorkloadDialog::WorkloadDialog(core::Vault& vault, const std::optional<core::Workload>& current, QWidget* parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_editing(current.has_value())
    , m_name(lineEdit(this, "workloadNameEdit", tr("Workload name"), tr("e.g. checkout-api")))
    , m_owner(lineEdit(this, "workloadOwnerEdit", tr("Owner"), tr("the team that runs it")))
    , m_environment(lineEdit(this, "workloadEnvironmentEdit", tr("Environment")))
    , m_sets(lineEdit(this, "workloadSetsEdit", tr("Trusted key sets"), tr("key set names, separated by commas")))
    , m_kids(lineEdit(this, "workloadKidsEdit", tr("Pinned kids"), tr("kids trusted one by one, separated by commas")))
    , m_cacheTtl(lineEdit(this, "workloadCacheTtlEdit", tr("JWKS cache TTL"), tr("e.g. 300, 5m, 1h, 1d")))
    , m_refresh(new QComboBox(this))
    , m_tokenTtl(lineEdit(this, "workloadTokenTtlEdit", tr("Maximum token TTL"), tr("0: the key set's policy applies")))
    , m_notes(new QPlainTextEdit(this))
    , m_message(new MessageWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("workloadDialog"));
    setWindowTitle(m_editing ? tr("Edit workload %1").arg(current->name) : tr("Add a workload"));
    m_message->setObjectName(QStringLiteral("workloadMessage"));
    m_refresh->setObjectName(QStringLiteral("workloadRefreshBox"));
    m_refresh->setAccessibleName(tr("Refresh mode"));
    m_refresh->addItem(tr("Poll (refetch when the cache TTL ends)"), QStringLiteral("poll"));
    m_refresh->addItem(tr("On unknown kid (refetch when a token names a new kid)"), QStringLiteral("on-unknown-kid"));
    m_notes->setObjectName(QStringLiteral("workloadNotesEdit"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true); // Tab leaves the notes: no focus trap
    m_notes->setMaximumHeight(80);

    const core::Workload shown = current.value_or(core::Workload {});
    m_name->setText(shown.name);
    m_name->setReadOnly(m_editing); // the name identifies the workload; remove and add to rename
    m_owner->setText(shown.owner);
    m_environment->setText(shown.environment);
    m_sets->setText(shown.trustedSets.join(QStringLiteral(", ")));
    m_kids->setText(shown.pinnedKids.join(QStringLiteral(", ")));
    m_cacheTtl->setText(m_editing ? QString::number(shown.cacheTtlSecs) : QString());
    m_refresh->setCurrentIndex(shown.refresh == core::RefreshMode::OnUnknownKid ? 1 : 0);
    m_tokenTtl->setText(QString::number(shown.maxTokenTtlSecs));
    m_notes->setPlainText(shown.notes);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("&Environment:"), m_environment);
    form->addRow(tr("Trusted key &sets:"), m_sets);
    form->addRow(tr("Pinned &kids:"), m_kids);
    form->addRow(tr("JWKS &cache TTL:"), m_cacheTtl);
    form->addRow(tr("&Refresh mode:"), m_refresh);
    form->addRow(tr("Maximum &token TTL:"), m_tokenTtl);
    form->addRow(tr("No&tes:"), m_notes);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("workloadOkButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_editing ? tr("&Save") : tr("&Add"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &WorkloadDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (m_editing ? m_owner : m_name)->setFocus();
    resize(520, sizeHint().height());
}

WorkloadDialog::~WorkloadDialog() = default;

QString WorkloadDialog::readInput(core::WorkloadInput& input) const
{
    core::Workload& w = input.workload;
    w.name = m_name->text().trimmed();
    w.owner = m_owner->text().trimmed();
    w.environment = m_environment->text().trimmed();
    w.notes = m_notes->toPlainText();
    w.refresh = core::refreshModeFromName(m_refresh->currentData().toString()).value_or(core::RefreshMode::Poll);
    input.trusts = splitList(m_sets->text()) + splitList(m_kids->text());
    if (m_cacheTtl->text().trimmed().isEmpty())
        return tr("Enter the JWKS cache TTL (e.g. 300, 5m, 1h, 1d).");
    const std::optional<qint64> cache = core::WorkloadImport::parseDuration(m_cacheTtl->text().trimmed());
    if (!cache)
        return tr("The JWKS cache TTL “%1” is not a duration (e.g. 300, 5m, 1h, 1d).").arg(m_cacheTtl->text());
    w.cacheTtlSecs = *cache;
    const QString tokenText = m_tokenTtl->text().trimmed();
    const std::optional<qint64> token
        = tokenText.isEmpty() ? std::optional<qint64>(0) : core::WorkloadImport::parseDuration(tokenText);
    if (!token)
        return tr("The maximum token TTL “%1” is not a duration (e.g. 300, 5m, 1h, 1d).").arg(m_tokenTtl->text());
    w.maxTokenTtlSecs = *token;
    return {};
}

QString WorkloadDialog::checkTrustFields(const core::WorkloadInput& input) const
{
    // The core tells sets from kids by what the vault holds; the two fields must agree with it.
    core::Result<core::Workload> resolved = core::WorkloadCommand::resolve(core::KeyStore(m_vault.database()), input);
    if (!resolved.ok())
        return resolved.message();
    for (const QString& set : splitList(m_sets->text()))
        if (!resolved->trustedSets.contains(set))
            return tr("“%1” is a kid, not a key set: list it under pinned kids.").arg(set);
    for (const QString& kid : splitList(m_kids->text()))
        if (!resolved->pinnedKids.contains(kid))
            return tr("“%1” is a key set, not a kid: list it under trusted key sets.").arg(kid);
    return {};
}

void WorkloadDialog::accept()
{
    core::WorkloadInput input;
    QString problem = readInput(input);
    if (problem.isEmpty())
        problem = checkTrustFields(input);
    if (problem.isEmpty()) {
        core::Result<core::Workload> written
            = m_editing ? core::WorkloadCommand::edit(m_vault, input) : core::WorkloadCommand::add(m_vault, input);
        if (written.ok()) {
            m_saved = *written;
            QDialog::accept();
            return;
        }
        problem = written.message();
    }
    m_message->showMessage(tr("<b>Nothing was changed.</b> %1").arg(problem.toHtmlEscaped()), MessageWidget::Type::Error);
}

} // namespace keyward::ui::trustmap
