// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/KeysPage.h"

#include "dialogs/GenerateKeyDialog.h"
#include "dialogs/ImportKeyDialog.h"
#include "dialogs/KeyRequestDialog.h"
#include "dialogs/KeySetPolicyDialog.h"
#include "dialogs/RegisterKeyDialog.h"
#include "dialogs/RevokeKeyDialog.h"
#include "dialogs/RotationWizard.h"
#include "RequestService.h"
#include "keys/KeyActivation.h"
#include "keys/KeyStore.h"
#include "keys/PrimaryRule.h"
#include "models/KeyFilterProxyModel.h"
#include "models/KeyTableModel.h"
#include "pages/KeyDetailPane.h"
#include "pages/KeyTimelineView.h"
#include "vault/Vault.h"
#include "requests/Request.h"
#include "widgets/MessageWidget.h"
#include "widgets/ThemedIcon.h"

#include <QAction>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace keyward::ui {

namespace {

constexpr qint64 kDay = 24 * 3600;

QAction* makeAction(QObject* parent, const char* name, const QString& icon, const QString& text, const QString& tip)
{
    auto* action = new QAction(themedIcon(icon), text, parent);
    action->setObjectName(QString::fromLatin1(name));
    action->setToolTip(tip);
    return action;
}

} // namespace

KeysPage::KeysPage(core::Vault& vault, QWidget* parent)
    : Page(parent)
    , m_vault(vault)
    , m_requests(std::make_unique<RequestService>(vault))
    , m_model(new KeyTableModel(vault, this))
    , m_proxy(new KeyFilterProxyModel(this))
    , m_message(new MessageWidget(this))
    , m_search(new QLineEdit(this))
    , m_setFilter(new QComboBox(this))
    , m_stateFilter(new QComboBox(this))
    , m_useFilter(new QComboBox(this))
    , m_ownerFilter(new QComboBox(this))
    , m_expiringFilter(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_table(new QTableView(this))
    , m_detail(new KeyDetailPane(vault, this))
    , m_timeline(new KeyTimelineView(this))
    , m_generateAction(makeAction(this, "generateKeyAction", QStringLiteral("keys"), tr("&Generate…"),
                                  tr("Generate a key pair or secret inside the vault")))
    , m_importAction(makeAction(this, "importKeyAction", QStringLiteral("requests"), tr("&Import…"),
                                tr("Import keys from JWK, JWKS, PEM, encrypted PKCS#8 or X.509 files (or drop files here)")))
    , m_registerAction(makeAction(this, "registerKeyAction", QStringLiteral("add-officer"), tr("&Register public key…"),
                                  tr("Register a key held elsewhere from its public JWK or PEM")))
    , m_revokeAction(makeAction(this, "revokeKeyAction", QStringLiteral("error"), tr("Re&voke…"),
                                tr("Emergency revocation of the selected key")))
    , m_policyAction(makeAction(this, "keySetPolicyAction", QStringLiteral("verify"), tr("Key set &policy…"),
                                tr("Cryptoperiod, warning windows, token TTL, skew and overlap of a key set")))
    , m_rotateAction(makeAction(this, "requestRotationAction", QStringLiteral("requests"), tr("Request r&otation…"),
                                tr("Ask for a successor to become primary; a second officer approves")))
    , m_retireAction(makeAction(this, "requestRetirementAction", QStringLiteral("requests"), tr("Request re&tirement…"),
                                tr("Ask for a grace or non-primary key to leave service once the retirement gate passed")))
    , m_destroyAction(makeAction(this, "requestDestructionAction", QStringLiteral("error"), tr("Request &destruction…"),
                                 tr("Ask for the private part to be erased after a waiting period")))
    , m_exportAction(makeAction(this, "requestExportAction", QStringLiteral("lock"), tr("Request private key &export…"),
                                tr("Ask for an encrypted export of the private key (PKCS#8 or JWE), never in clear")))
    , m_keyMenu(new QMenu(this))
{
    setObjectName(QStringLiteral("keysPage"));
    setAcceptDrops(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(10);
    auto* title = new QLabel(tr("Keys"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);
    m_message->setObjectName(QStringLiteral("keysMessage"));
    layout->addWidget(m_message);
    layout->addWidget(buildFilterRow());

    m_tabs->setObjectName(QStringLiteral("keysViewTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildTableTab(), tr("&Table"));
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("keyTimelineScroll"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_timeline);
    m_tabs->addTab(scroll, tr("T&imeline"));
    layout->addWidget(m_tabs, 1);

    connect(m_generateAction, &QAction::triggered, this, &KeysPage::generateKey);
    connect(m_importAction, &QAction::triggered, this, [this] { importKeys(); });
    connect(m_registerAction, &QAction::triggered, this, &KeysPage::registerKey);
    connect(m_revokeAction, &QAction::triggered, this, &KeysPage::revokeSelectedKey);
    connect(m_policyAction, &QAction::triggered, this, &KeysPage::editKeySetPolicy);
    connect(m_rotateAction, &QAction::triggered, this, &KeysPage::requestRotation);
    connect(m_retireAction, &QAction::triggered, this, &KeysPage::requestRetirement);
    connect(m_destroyAction, &QAction::triggered, this, &KeysPage::requestDestruction);
    connect(m_exportAction, &QAction::triggered, this, &KeysPage::requestPrivateExport);
    m_keyMenu->setObjectName(QStringLiteral("keyContextMenu"));
    m_keyMenu->addActions({ m_rotateAction, m_retireAction, m_destroyAction, m_exportAction });
    m_keyMenu->addSeparator();
    m_keyMenu->addAction(m_revokeAction);
    m_detail->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_detail, &QWidget::customContextMenuRequested, this,
            [this](const QPoint& pos) { showKeyMenu(m_detail, pos); });
    // Links in the message bar ("page:requests") go to the page that resolves them.
    connect(m_message, &MessageWidget::linkActivated, this, [this](const QString& link) {
        if (link.startsWith(QLatin1String("page:")))
            Q_EMIT navigateRequested(link.mid(5));
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &KeysPage::updateTimeline);
    connect(m_timeline, &KeyTimelineView::keyClicked, this, [this](const QString& set, const QString& kid) {
        m_tabs->setCurrentIndex(0);
        selectKey(set, kid);
    });
    connect(m_detail, &KeyDetailPane::keyLinkActivated, this, &KeysPage::selectKey);
    connect(m_detail, &KeyDetailPane::jwkCopied, this, [this] {
        m_message->showMessage(tr("The public JWK was copied to the clipboard."), MessageWidget::Type::Positive);
    });
    fillFilterCombos();
    applyFilters();
    updateActions();
}

KeysPage::~KeysPage() = default;

QWidget* KeysPage::buildFilterRow()
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search->setObjectName(QStringLiteral("keySearchEdit"));
    m_search->setPlaceholderText(tr("Search kid, owner, key set or notes…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search keys"));
    layout->addWidget(m_search, 3);
    const auto addCombo = [&](QComboBox* combo, const char* name, const QString& accessible) {
        combo->setObjectName(QString::fromLatin1(name));
        combo->setAccessibleName(accessible);
        combo->setToolTip(accessible);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        layout->addWidget(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &KeysPage::applyFilters);
    };
    addCombo(m_setFilter, "keySetFilterCombo", tr("Filter by key set"));
    addCombo(m_stateFilter, "keyStateFilterCombo", tr("Filter by state"));
    addCombo(m_useFilter, "keyUseFilterCombo", tr("Filter by use"));
    addCombo(m_ownerFilter, "keyOwnerFilterCombo", tr("Filter by owner"));
    addCombo(m_expiringFilter, "keyExpiringFilterCombo", tr("Filter by expiry"));

    m_stateFilter->addItem(tr("All states"), -1);
    for (core::KeyState state : core::allKeyStates())
        m_stateFilter->addItem(KeyTableModel::stateBadge(state), KeyTableModel::stateText(state), int(state));
    m_useFilter->addItem(tr("sig and enc"), -1);
    m_useFilter->addItem(tr("sig"), int(core::KeyUse::Sig));
    m_useFilter->addItem(tr("enc"), int(core::KeyUse::Enc));
    m_expiringFilter->addItem(tr("Any expiry"), qint64(-1));
    m_expiringFilter->addItem(tr("Expiring within 7 days"), 7 * kDay);
    m_expiringFilter->addItem(tr("Expiring within 30 days"), 30 * kDay);
    m_expiringFilter->addItem(tr("Expiring within 90 days"), 90 * kDay);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &KeyFilterProxyModel::setSearchText);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        if (m_tabs->currentWidget() != m_table->parentWidget())
            updateTimeline();
    });
    return row;
}

QWidget* KeysPage::buildTableTab()
{
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("keysSplitter"));
    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("keysTable"));
    m_table->setAccessibleName(tr("Keys"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(KeyTableModel::SetColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QList<QPair<int, int>> widths { { KeyTableModel::KidColumn, 150 }, { KeyTableModel::SetColumn, 110 },
                                          { KeyTableModel::UseColumn, 40 }, { KeyTableModel::AlgColumn, 112 },
                                          { KeyTableModel::TypeColumn, 96 }, { KeyTableModel::OwnerColumn, 110 },
                                          { KeyTableModel::EnvColumn, 44 }, { KeyTableModel::StateColumn, 96 },
                                          { KeyTableModel::PrimaryColumn, 58 }, { KeyTableModel::ExpiresColumn, 84 } };
    for (const auto& [column, width] : widths)
        m_table->setColumnWidth(column, width);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        // Right click acts on the row under the pointer, as in every file manager.
        const QModelIndex index = m_table->indexAt(pos);
        if (index.isValid())
            m_table->setCurrentIndex(index);
        showKeyMenu(m_table->viewport(), pos);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &KeysPage::onSelectionChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &KeysPage::onSelectionChanged);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 900, 380 });
    return splitter;
}

QList<QAction*> KeysPage::pageActions() const
{
    return { m_generateAction, m_importAction, m_registerAction, m_revokeAction, m_policyAction };
}

void KeysPage::setSearchText(const QString& text)
{
    if (m_search->text() != text)
        m_search->setText(text);
}

void KeysPage::refresh()
{
    // Pending keys whose activation time has come become active first (SPEC §3).
    if (auto activated = core::activateDueKeys(m_vault); !activated)
        m_message->showMessage(tr("Due keys could not be activated: %1").arg(activated.message().toHtmlEscaped()),
                               MessageWidget::Type::Warning);
    const core::KeyRecord* selected = m_detail->key() ? &*m_detail->key() : nullptr;
    const QString set = selected ? selected->keySet : QString();
    const QString kid = selected ? selected->kid : QString();
    const QString error = m_model->reload();
    if (!error.isEmpty())
        m_message->showMessage(tr("The keys could not be read: %1").arg(error.toHtmlEscaped()), MessageWidget::Type::Error);
    fillFilterCombos();
    // A refresh (also one caused by another program) keeps the officer's filters: a key that
    // no longer matches them simply leaves the list.
    if (!kid.isEmpty())
        selectKeyRow(set, kid, false);
    updateTimeline();
    updateActions();
}

void KeysPage::fillFilterCombos()
{
    const auto refill = [](QComboBox* combo, const QString& allText, const QStringList& values) {
        const QString current = combo->currentData().toString();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(allText, QString());
        for (const QString& value : values)
            combo->addItem(value, value);
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    };
    refill(m_setFilter, tr("All key sets"), m_model->keySets());
    refill(m_ownerFilter, tr("All owners"), m_model->owners());
}

void KeysPage::applyFilters()
{
    m_proxy->setKeySetFilter(m_setFilter->currentData().toString());
    const int state = m_stateFilter->currentData().toInt();
    m_proxy->setStateFilter(state < 0 ? std::nullopt : std::optional(core::KeyState(state)));
    const int use = m_useFilter->currentData().toInt();
    m_proxy->setUseFilter(use < 0 ? std::nullopt : std::optional(core::KeyUse(use)));
    m_proxy->setOwnerFilter(m_ownerFilter->currentData().toString());
    m_proxy->setExpiringWithinSecs(m_expiringFilter->currentData().toLongLong());
    updateTimeline();
}

bool KeysPage::selectKey(const QString& keySet, const QString& kid)
{
    return selectKeyRow(keySet, kid, true);
}

bool KeysPage::selectKeyRow(const QString& keySet, const QString& kid, bool revealHidden)
{
    const int sourceRow = m_model->rowOf(keySet, kid);
    if (sourceRow < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid() && revealHidden) {
        // Hidden by a filter: show everything rather than pretend the key is not there.
        m_search->clear();
        for (QComboBox* combo : { m_setFilter, m_stateFilter, m_useFilter, m_ownerFilter, m_expiringFilter })
            combo->setCurrentIndex(0);
        index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return index.isValid();
}

void KeysPage::onSelectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty()) {
        m_detail->clear();
    } else {
        const int sourceRow = m_proxy->mapToSource(rows.constFirst()).row();
        const core::KeyListEntry& entry = m_model->entryAt(sourceRow);
        m_detail->showKey(entry.record.id, entry.flags);
    }
    updateActions();
}

void KeysPage::updateTimeline()
{
    if (m_tabs->currentIndex() != 1)
        return;
    QList<core::KeyListEntry> shown;
    const int rows = m_proxy->rowCount();
    const int drawn = std::min(rows, KeyTimelineView::kMaxLanes);
    shown.reserve(drawn);
    for (int row = 0; row < drawn; ++row)
        shown.append(m_model->entryAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    const core::KeyStore store(m_vault.database());
    auto policies = store.policies();
    m_timeline->setKeys(shown, policies ? policies.value() : QHash<QString, core::KeySetPolicy>(), m_model->loadedAt(),
                        rows - drawn);
}

void KeysPage::updateActions()
{
    const std::optional<core::KeyRecord>& key = m_detail->key();
    const bool selected = key.has_value();
    const core::KeyState state = selected ? key->state : core::KeyState::Destroyed;
    const bool primary = selected && key->primary;
    m_revokeAction->setEnabled(selected && state != core::KeyState::Revoked && state != core::KeyState::Destroyed);
    // What the executors accept (SPEC §3, §4): only the primary rotates — or, while its set has none
    // after a revocation, the revoked former primary; a grace key, or an active one that never
    // became primary, retires; private parts are destroyed once out of service and exported while
    // the key is still usable. The core checks again on submission.
    const bool vacantSubject = selected && state == core::KeyState::Revoked
        && core::PrimaryRule::checkVacantSubject(m_vault.database(), *key).ok();
    m_rotateAction->setEnabled(selected && ((state == core::KeyState::Active && primary) || vacantSubject));
    m_retireAction->setEnabled(selected && (state == core::KeyState::Grace || (state == core::KeyState::Active && !primary)));
    const bool hasPrivate = selected && key->hasPrivate;
    m_destroyAction->setEnabled(hasPrivate && (state == core::KeyState::Retired || state == core::KeyState::Revoked));
    m_exportAction->setEnabled(hasPrivate && state != core::KeyState::Revoked && state != core::KeyState::Destroyed);
}

void KeysPage::showKeyMenu(QWidget* from, const QPoint& pos)
{
    if (!m_detail->key())
        return;
    updateActions();
    m_keyMenu->popup(from->mapToGlobal(pos));
}

void KeysPage::afterRequest(const core::Request& request)
{
    refresh();
    m_message->showMessage(RequestService::submittedText(request), MessageWidget::Type::Positive);
    Q_EMIT requestSubmitted(request.id);
    Q_EMIT vaultChanged();
}

void KeysPage::requestRotation()
{
    if (!m_detail->key() || !m_rotateAction->isEnabled()) {
        m_message->showMessage(tr("Select the primary key to rotate first."), MessageWidget::Type::Information);
        return;
    }
    auto* wizard = new RotationWizard(*m_requests, *m_detail->key(), this);
    wizard->setObjectName(QStringLiteral("rotationWizard"));
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &RotationWizard::requestSubmitted, this, &KeysPage::afterRequest);
    connect(wizard, &RotationWizard::refusedAsStale, this, &KeysPage::showStaleRefusal);
    wizard->open();
}

void KeysPage::openKeyRequestDialog(int kind, const char* objectName)
{
    if (!m_detail->key()) {
        m_message->showMessage(tr("Select a key first."), MessageWidget::Type::Information);
        return;
    }
    auto* dialog = new KeyRequestDialog(*m_requests, *m_detail->key(), KeyRequestDialog::Kind(kind), this);
    dialog->setObjectName(QString::fromLatin1(objectName));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &KeyRequestDialog::requestSubmitted, this, &KeysPage::afterRequest);
    connect(dialog, &KeyRequestDialog::refusedAsStale, this, &KeysPage::showStaleRefusal);
    dialog->open();
}

void KeysPage::requestRetirement()
{
    if (m_retireAction->isEnabled())
        openKeyRequestDialog(int(KeyRequestDialog::Kind::Retirement), "retirementRequestDialog");
}

void KeysPage::requestDestruction()
{
    if (m_destroyAction->isEnabled())
        openKeyRequestDialog(int(KeyRequestDialog::Kind::Destruction), "destructionRequestDialog");
}

void KeysPage::requestPrivateExport()
{
    if (m_exportAction->isEnabled())
        openKeyRequestDialog(int(KeyRequestDialog::Kind::PrivateExport), "exportRequestDialog");
}

QString KeysPage::selectedKeySet() const
{
    if (m_detail->key())
        return m_detail->key()->keySet;
    return m_setFilter->currentData().toString();
}

void KeysPage::showStaleRefusal(const QString& message)
{
    refresh(); // show the key as it is now, which the officer is asked to review
    m_message->showMessage(message.toHtmlEscaped(), MessageWidget::Type::Warning);
}

void KeysPage::afterChange(const QString& keySet, const QString& kid, const QString& message)
{
    refresh();
    if (!kid.isEmpty())
        selectKey(keySet, kid);
    m_message->showMessage(message, MessageWidget::Type::Positive);
    Q_EMIT vaultChanged();
}

void KeysPage::generateKey()
{
    auto* dialog = new GenerateKeyDialog(m_vault, m_requests->keys(), m_model->keySets(), this);
    dialog->setObjectName(QStringLiteral("generateKeyDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!selectedKeySet().isEmpty())
        dialog->setKeySet(selectedKeySet());
    connect(dialog, &GenerateKeyDialog::keyGenerated, this, [this](const core::KeyRecord& key) {
        // No solo primary (SPEC §3): say how a key that did not become primary becomes it.
        const QString note = core::PrimaryRule::admissionNote(m_vault.database(), key);
        afterChange(key.keySet, key.kid,
                    tr("Generated %1 in %2 (%3).").arg(key.kid.toHtmlEscaped(), key.keySet.toHtmlEscaped(),
                                                      KeyTableModel::stateText(key.state))
                        + (note.isEmpty() ? QString() : QStringLiteral(" ") + note.toHtmlEscaped()));
    });
    dialog->open();
}

void KeysPage::importKeys(const QStringList& files)
{
    auto* dialog = new ImportKeyDialog(m_vault, m_requests->keys(), m_model->keySets(), this);
    dialog->setObjectName(QStringLiteral("importKeyDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!selectedKeySet().isEmpty())
        dialog->setKeySet(selectedKeySet());
    connect(dialog, &ImportKeyDialog::importFinished, this,
            [this](const QList<core::KeyRecord>& imported, const QStringList& refusals) {
                const QString set = imported.isEmpty() ? QString() : imported.constLast().keySet;
                const QString kid = imported.isEmpty() ? QString() : imported.constLast().kid;
                QStringList notes;
                for (const core::KeyRecord& key : imported) {
                    const QString note = core::PrimaryRule::admissionNote(m_vault.database(), key);
                    if (!note.isEmpty())
                        notes << tr("%1: %2").arg(key.kid, note).toHtmlEscaped();
                }
                afterChange(set, kid,
                            tr("Imported %n key(s).", nullptr, int(imported.size()))
                                + (notes.isEmpty() ? QString() : QStringLiteral("<br>") + notes.join(QStringLiteral("<br>"))));
                if (!refusals.isEmpty()) {
                    QStringList escaped;
                    for (const QString& refusal : refusals)
                        escaped << refusal.toHtmlEscaped();
                    m_message->showMessage(tr("<b>Imported %n key(s); refused:</b><br>%1", nullptr, int(imported.size()))
                                               .arg(escaped.join(QStringLiteral("<br>"))),
                                           MessageWidget::Type::Warning);
                }
            });
    dialog->addFiles(files);
    dialog->open();
}

void KeysPage::registerKey()
{
    auto* dialog = new RegisterKeyDialog(m_vault, m_requests->keys(), m_model->keySets(), this);
    dialog->setObjectName(QStringLiteral("registerKeyDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!selectedKeySet().isEmpty())
        dialog->setKeySet(selectedKeySet());
    connect(dialog, &RegisterKeyDialog::keysRegistered, this, [this](const QList<core::KeyRecord>& keys) {
        if (keys.isEmpty())
            return;
        afterChange(keys.constLast().keySet, keys.constLast().kid,
                    tr("Registered %n public key(s), without a private part in Keyward.", nullptr, int(keys.size())));
    });
    dialog->open();
}

void KeysPage::revokeSelectedKey()
{
    if (!m_detail->key()) {
        m_message->showMessage(tr("Select the key to revoke first."), MessageWidget::Type::Information);
        return;
    }
    auto* dialog = new RevokeKeyDialog(*m_requests, *m_detail->key(), this);
    dialog->setObjectName(QStringLiteral("revokeKeyDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RevokeKeyDialog::keyRevoked, this, [this](const core::KeyRecord& key, qint64 reviewId) {
        afterChange(key.keySet, key.kid,
                    tr("Revoked %1 in %2. Break-glass review #%3 waits for a second officer's countersignature.")
                        .arg(key.kid.toHtmlEscaped(), key.keySet.toHtmlEscaped())
                        .arg(reviewId));
    });
    // Revoked with a rotation request in the same step: both in one message, and the request
    // announced like any other submission (badges, Requests page).
    connect(dialog, &RevokeKeyDialog::rotationRequested, this, [this](const core::Request& request) {
        const QString revoked = m_message->text();
        afterRequest(request);
        m_message->showMessage(revoked + QStringLiteral("<br>") + RequestService::submittedText(request),
                               MessageWidget::Type::Positive);
    });
    connect(dialog, &RevokeKeyDialog::refusedAsStale, this, &KeysPage::showStaleRefusal);
    dialog->open();
}

void KeysPage::editKeySetPolicy()
{
    auto* dialog = new KeySetPolicyDialog(*m_requests, selectedKeySet(), this);
    dialog->setObjectName(QStringLiteral("keySetPolicyDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &KeySetPolicyDialog::policySaved, this, [this](const QString& keySet, bool created) {
        afterChange(QString(), QString(),
                    created ? tr("Created key set %1.").arg(keySet.toHtmlEscaped())
                            : tr("Saved the policy of %1; flags were recomputed.").arg(keySet.toHtmlEscaped()));
    });
    connect(dialog, &KeySetPolicyDialog::requestSubmitted, this, &KeysPage::afterRequest);
    dialog->open();
}

void KeysPage::dragEnterEvent(QDragEnterEvent* event)
{
    const QMimeData* mime = event->mimeData();
    if (mime->hasUrls()) {
        for (const QUrl& url : mime->urls()) {
            if (url.isLocalFile()) {
                event->acceptProposedAction();
                return;
            }
        }
    }
    Page::dragEnterEvent(event);
}

void KeysPage::dropEvent(QDropEvent* event)
{
    QStringList files;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            files << url.toLocalFile();
    }
    if (files.isEmpty()) {
        Page::dropEvent(event);
        return;
    }
    event->acceptProposedAction();
    importKeys(files);
}

} // namespace keyward::ui
