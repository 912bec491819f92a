// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/OfficersPage.h"

#include "RequestService.h"
#include "dialogs/AddOfficerDialog.h"
#include "dialogs/OfficerRequestDialog.h"
#include "models/OfficerModel.h"
#include "pages/PageParts.h"
#include "requests/Request.h"
#include "vault/Vault.h"
#include "widgets/MessageWidget.h"
#include "widgets/ThemedIcon.h"

#include <QAction>
#include <QIcon>
#include <QLabel>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace keyward::ui {

OfficersPage::OfficersPage(core::Vault& vault, KdfProvider kdf, QWidget* parent)
    : Page(parent)
    , m_vault(vault)
    , m_kdf(std::move(kdf))
    , m_requests(std::make_unique<RequestService>(vault))
    , m_model(new OfficerModel(vault, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_message(new MessageWidget(this))
    , m_search(pageparts::filterEdit("officerSearchEdit", tr("Filter officers by name or role…"),
                                     tr("Filter officers"), m_proxy, this))
    , m_table(nullptr)
    , m_addAction(new QAction(themedIcon("add-officer"), tr("&Add officer…"), this))
    , m_removeAction(new QAction(themedIcon("error"), tr("Request &removal…"), this))
    , m_rolesAction(new QAction(themedIcon("officers"), tr("Change &roles…"), this))
    , m_halfAction(new QAction(themedIcon("officers"), tr("Enrollment &half…"), this))
{
    setObjectName(QStringLiteral("officersPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(pageparts::title(tr("Officers"), this));

    m_message->setObjectName(QStringLiteral("officersMessage"));
    layout->addWidget(m_message);

    // The vault fingerprint (issue #12): officers compare it out of band to know they hold the same
    // vault and the same genesis officer; selectable so it can be copied.
    m_fingerprint = new QLabel(this);
    m_fingerprint->setObjectName(QStringLiteral("vaultFingerprintLabel"));
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_fingerprint);

    layout->addWidget(m_search);

    pageparts::setUpProxy(m_proxy, m_model, OfficerModel::SortRole);
    m_table = pageparts::tableView("officersTable", m_proxy, OfficerModel::NameColumn, this, tr("Officers"));
    m_table->setColumnWidth(OfficerModel::NameColumn, 130);
    m_table->setColumnWidth(OfficerModel::RolesColumn, 170);
    m_table->setColumnWidth(OfficerModel::SigningKeyColumn, 170);
    m_table->setColumnWidth(OfficerModel::AddedColumn, 130);
    m_table->setColumnWidth(OfficerModel::AddedByColumn, 110);
    layout->addWidget(m_table, 1);

    m_addAction->setObjectName(QStringLiteral("addOfficerAction"));
    connect(m_addAction, &QAction::triggered, this, &OfficersPage::addOfficer);
    m_removeAction->setObjectName(QStringLiteral("requestOfficerRemovalAction"));
    connect(m_removeAction, &QAction::triggered, this, &OfficersPage::requestRemoval);
    m_rolesAction->setObjectName(QStringLiteral("changeRolesAction"));
    connect(m_rolesAction, &QAction::triggered, this, &OfficersPage::changeRoles);
    m_halfAction->setObjectName(QStringLiteral("enrollmentHalfAction"));
    connect(m_halfAction, &QAction::triggered, this, &OfficersPage::showEnrollmentHalf);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OfficersPage::updateState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &OfficersPage::updateState);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("officerContextMenu"));
    menu->addActions({ m_rolesAction, m_removeAction, m_halfAction });
    connect(m_table, &QWidget::customContextMenuRequested, this, [this, menu](const QPoint& pos) {
        const QModelIndex index = m_table->indexAt(pos);
        if (!index.isValid())
            return;
        m_table->setCurrentIndex(index);
        menu->popup(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_message, &MessageWidget::linkActivated, this, [this](const QString& link) {
        if (link.startsWith(QLatin1String("page:")))
            Q_EMIT navigateRequested(link.mid(5));
    });
    updateState();
}

OfficersPage::~OfficersPage() = default;

QList<QAction*> OfficersPage::pageActions() const
{
    return { m_addAction, m_rolesAction, m_removeAction, m_halfAction };
}

void OfficersPage::showEnrollmentHalf()
{
    const core::Officer* officer = selectedOfficer();
    if (!officer)
        return;
    const QString name = officer->name;
    const auto half = m_vault.enrollmentHalf(name);
    if (!half) {
        m_message->showMessage(half.message().toHtmlEscaped(), MessageWidget::Type::Error);
        return;
    }
    m_message->showMessage(tr("Your half of %1's enrollment: <code>%2</code><br>Give it to %1 in person; they need "
                              "it and the other officer's half to enroll.")
                               .arg(name.toHtmlEscaped(), QString::fromLatin1(half->constChars(), half->isize())),
                           MessageWidget::Type::Information);
}

void OfficersPage::setSearchText(const QString& text)
{
    if (m_search->text() != text)
        m_search->setText(text);
}

void OfficersPage::refresh()
{
    const QString fingerprint = m_vault.fingerprint();
    m_fingerprint->setText(fingerprint.isEmpty()
                               ? tr("Vault fingerprint: none yet (an admin's next unlock signs the roster).")
                               : tr("Vault fingerprint: %1").arg(fingerprint));
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
    auto* dialog = new AddOfficerDialog(*m_requests, m_kdf, this);
    dialog->setObjectName(QStringLiteral("addOfficerDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddOfficerDialog::officerAdded, this, [this](const QString& name) {
        refresh();
        m_message->showMessage(tr("%1 was added. They acknowledge their custodian duties on their first unlock.")
                                   .arg(name.toHtmlEscaped()),
                               MessageWidget::Type::Positive);
        Q_EMIT vaultChanged();
    });
    connect(dialog, &AddOfficerDialog::requestSubmitted, this, &OfficersPage::afterRequest);
    dialog->open();
}

const core::Officer* OfficersPage::selectedOfficer() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const int row = m_proxy->mapToSource(rows.constFirst()).row();
    return row >= 0 && row < m_model->rowCount() ? &m_model->officerAt(row) : nullptr;
}

void OfficersPage::openOfficerRequest(int kind, const char* objectName)
{
    const core::Officer* officer = selectedOfficer();
    if (!officer)
        return;
    auto* dialog = new OfficerRequestDialog(*m_requests, *officer, OfficerRequestDialog::Kind(kind), this);
    dialog->setObjectName(QString::fromLatin1(objectName));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OfficerRequestDialog::requestSubmitted, this, &OfficersPage::afterRequest);
    dialog->open();
}

void OfficersPage::requestRemoval()
{
    if (m_removeAction->isEnabled())
        openOfficerRequest(int(OfficerRequestDialog::Kind::Removal), "officerRemovalDialog");
}

void OfficersPage::changeRoles()
{
    if (m_rolesAction->isEnabled())
        openOfficerRequest(int(OfficerRequestDialog::Kind::RoleChange), "roleChangeDialog");
}

void OfficersPage::afterRequest(const core::Request& request)
{
    refresh();
    m_message->showMessage(RequestService::submittedText(request), MessageWidget::Type::Positive);
    Q_EMIT requestSubmitted(request.id);
    Q_EMIT vaultChanged();
}

void OfficersPage::updateState()
{
    const core::Officer& me = m_vault.currentOfficer();
    const bool bootstrap = !m_vault.isOperational();
    const bool allowed = bootstrap || me.hasRole(core::Role::Admin);
    m_addAction->setEnabled(allowed);
    m_addAction->setToolTip(!allowed ? tr("Only an officer with the admin role can add officers")
                            : bootstrap ? tr("Add the second officer; they type their own passphrase")
                                        : tr("Request a new officer; they type their own passphrase, a second officer approves"));
    // Officer changes after the bootstrap are admin requests; one's own removal is someone else's call.
    const core::Officer* selected = selectedOfficer();
    const bool canRequest = !bootstrap && me.hasRole(core::Role::Admin) && selected;
    m_rolesAction->setEnabled(canRequest);
    // An officer admitted by request but not enrolled yet has no signing key.
    m_halfAction->setEnabled(selected && selected->signingJwk.isEmpty());
    m_halfAction->setToolTip(tr("Show your half of the selected officer's enrollment, to hand over"));
    m_removeAction->setEnabled(canRequest && selected->name != me.name);
    m_rolesAction->setToolTip(tr("Request a change of the selected officer's roles"));
    m_removeAction->setToolTip(selected && selected->name == me.name ? tr("You cannot request your own removal")
                                                                     : tr("Request the removal of the selected officer"));
    if (bootstrap) {
        m_message->showMessage(tr("<b>This vault is not operational yet.</b> Governed operations need a second "
                                  "officer with the approver role. Add one now."),
                               MessageWidget::Type::Warning);
    } else if (m_message->isVisible() && m_message->type() == MessageWidget::Type::Warning) {
        m_message->hideMessage();
    }
}

} // namespace keyward::ui
