// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/OfficersPage.h"

#include "dialogs/AddOfficerDialog.h"
#include "models/OfficerModel.h"
#include "pages/PageParts.h"
#include "vault/Vault.h"
#include "widgets/MessageWidget.h"

#include <QAction>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace keyward::ui {

OfficersPage::OfficersPage(core::Vault& vault, KdfProvider kdf, QWidget* parent)
    : Page(parent)
    , m_vault(vault)
    , m_kdf(std::move(kdf))
    , m_model(new OfficerModel(vault, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_message(new MessageWidget(this))
    , m_search(pageparts::filterEdit("officerSearchEdit", tr("Filter officers by name or role…"),
                                     tr("Filter officers"), m_proxy, this))
    , m_table(nullptr)
    , m_addAction(new QAction(QIcon(QStringLiteral(":/icons/add-officer.svg")), tr("&Add officer…"), this))
{
    setObjectName(QStringLiteral("officersPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(pageparts::title(tr("Officers"), this));

    m_message->setObjectName(QStringLiteral("officersMessage"));
    layout->addWidget(m_message);

    layout->addWidget(m_search);

    pageparts::setUpProxy(m_proxy, m_model, OfficerModel::SortRole);
    m_table = pageparts::tableView("officersTable", m_proxy, OfficerModel::NameColumn, this);
    m_table->setColumnWidth(OfficerModel::NameColumn, 130);
    m_table->setColumnWidth(OfficerModel::RolesColumn, 170);
    m_table->setColumnWidth(OfficerModel::SigningKeyColumn, 170);
    m_table->setColumnWidth(OfficerModel::AddedColumn, 130);
    m_table->setColumnWidth(OfficerModel::AddedByColumn, 110);
    layout->addWidget(m_table, 1);

    m_addAction->setObjectName(QStringLiteral("addOfficerAction"));
    connect(m_addAction, &QAction::triggered, this, &OfficersPage::addOfficer);
    updateState();
}

QList<QAction*> OfficersPage::pageActions() const { return { m_addAction }; }

void OfficersPage::setSearchText(const QString& text)
{
    if (m_search->text() != text)
        m_search->setText(text);
}

void OfficersPage::refresh()
{
    const QString error = m_model->reload();
    if (!error.isEmpty())
        m_message->showMessage(tr("The officers could not be read: %1").arg(error.toHtmlEscaped()),
                               MessageWidget::Type::Error);
    updateState();
}

void OfficersPage::addOfficer()
{
    if (!m_addAction->isEnabled())
        return;
    auto* dialog = new AddOfficerDialog(m_vault, m_kdf, this);
    dialog->setObjectName(QStringLiteral("addOfficerDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddOfficerDialog::officerAdded, this, [this](const QString& name) {
        refresh();
        m_message->showMessage(tr("%1 was added. They acknowledge their custodian duties on their first unlock.")
                                   .arg(name.toHtmlEscaped()),
                               MessageWidget::Type::Positive);
        Q_EMIT vaultChanged();
    });
    dialog->open();
}

void OfficersPage::updateState()
{
    const core::Officer& me = m_vault.currentOfficer();
    const bool bootstrap = !m_vault.isOperational();
    const bool allowed = bootstrap || me.hasRole(core::Role::Admin);
    m_addAction->setEnabled(allowed);
    m_addAction->setToolTip(allowed ? tr("Add an officer; they type their own passphrase")
                                    : tr("Only an officer with the admin role can add officers"));
    if (bootstrap) {
        m_message->showMessage(tr("<b>This vault is not operational yet.</b> Governed operations need a second "
                                  "officer with the approver role. Add one now."),
                               MessageWidget::Type::Warning);
    } else if (m_message->isVisible() && m_message->type() == MessageWidget::Type::Warning) {
        m_message->hideMessage();
    }
}

} // namespace keyward::ui
