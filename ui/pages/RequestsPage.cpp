// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/RequestsPage.h"

#include "RequestPresenter.h"
#include "RequestService.h"
#include "dialogs/ApprovalDialog.h"
#include "dialogs/CountersignDialog.h"
#include "models/RequestTableModel.h"
#include "models/ReviewTableModel.h"
#include "pages/PageParts.h"
#include "pages/RequestDetailPane.h"
#include "requests/RequestEngine.h"
#include "vault/Vault.h"
#include "widgets/MessageWidget.h"
#include "widgets/ThemedIcon.h"

#include <QAction>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

namespace keyward::ui {

namespace {

QAction* makeAction(
    QObject* parent, const char* name, const char* icon, const QString& text, const QString& tip)
{
    auto* action
        = new QAction(themedIcon(icon), text, parent);
    action->setObjectName(QString::fromLatin1(name));
    action->setToolTip(tip);
    return action;
}

} // namespace

RequestsPage::RequestsPage(core::Vault& vault, QWidget* parent)
    : Page(parent)
    , m_vault(vault)
    , m_service(std::make_unique<RequestService>(vault))
    , m_model(new RequestTableModel(this))
    , m_proxy(new RequestFilterProxyModel(this))
    , m_reviews(new ReviewTableModel(this))
    , m_reviewProxy(new QSortFilterProxyModel(this))
    , m_message(new MessageWidget(this))
    , m_tabs(new QTabBar(this))
    , m_search(new QLineEdit(this))
    , m_views(new QStackedWidget(this))
    , m_table(nullptr)
    , m_reviewTable(nullptr)
    , m_detail(new RequestDetailPane(m_service->engine(), vault.clock(), this))
    , m_decideAction(makeAction(this, "decideRequestAction", "success", tr("&Approve or reject…"),
          tr("Decide the selected request: the deciding officer types their own passphrase")))
    , m_cancelAction(makeAction(this, "cancelRequestAction", "close", tr("&Cancel request"),
          tr("Withdraw your pending request, or stop a scheduled destruction")))
    , m_countersignAction(makeAction(this, "countersignReviewAction", "verify", tr("C&ountersign…"),
          tr("A second officer countersigns an act done alone")))
{
    setObjectName(QStringLiteral("requestsPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(pageparts::title(tr("Requests"), this));
    m_message->setObjectName(QStringLiteral("requestsMessage"));
    layout->addWidget(m_message);

    auto* row = new QHBoxLayout;
    m_tabs->setObjectName(QStringLiteral("requestViewTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setExpanding(false);
    for (int i = 0; i < 4; ++i)
        m_tabs->addTab(QString());
    row->addWidget(m_tabs);
    row->addStretch(1);
    m_search->setObjectName(QStringLiteral("requestSearchEdit"));
    m_search->setPlaceholderText(tr("Search kid, officer, key set or reason…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search requests"));
    m_search->setMinimumWidth(260);
    row->addWidget(m_search);
    layout->addLayout(row);

    m_views->setObjectName(QStringLiteral("requestViews"));
    m_views->addWidget(buildRequestView());
    m_views->addWidget(buildReviewView());
    layout->addWidget(m_views, 1);

    connect(m_tabs, &QTabBar::currentChanged, this, &RequestsPage::onTabChanged);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &RequestFilterProxyModel::setSearchText);
    connect(m_search, &QLineEdit::textChanged, m_reviewProxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_decideAction, &QAction::triggered, this, &RequestsPage::decideSelected);
    connect(m_cancelAction, &QAction::triggered, this, &RequestsPage::cancelSelected);
    connect(m_countersignAction, &QAction::triggered, this, &RequestsPage::countersignSelected);
    refresh();
    updateActions();
}

RequestsPage::~RequestsPage() = default;

core::RequestEngine& RequestsPage::engine() const
{
    return m_service->engine();
}

QWidget* RequestsPage::buildRequestView()
{
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("requestsSplitter"));
    m_proxy->setRequestModel(m_model);
    m_table = pageparts::tableView("requestsTable", m_proxy, RequestTableModel::IdColumn, this, tr("Requests"));
    m_table->sortByColumn(RequestTableModel::IdColumn, Qt::DescendingOrder);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // The summary names the kind ("Rotate …", "Retire …"): it takes the room, the kind column
    // stays in the model for sorting and searching.
    m_table->hideColumn(RequestTableModel::KindColumn);
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(RequestTableModel::SummaryColumn, QHeaderView::Stretch);
    const QList<QPair<int, int>> widths { { RequestTableModel::IdColumn, 40 },
        { RequestTableModel::RequesterColumn, 90 }, { RequestTableModel::StateColumn, 100 },
        { RequestTableModel::ApprovalsColumn, 72 }, { RequestTableModel::ExpiresColumn, 96 } };
    for (const auto& [column, width] : widths)
        m_table->setColumnWidth(column, width);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &RequestsPage::onRequestSelectionChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RequestsPage::onRequestSelectionChanged);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &RequestsPage::onRequestSelectionChanged);
    connect(m_table, &QTableView::doubleClicked, this, &RequestsPage::decideSelected);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 660, 440 });
    return splitter;
}

QWidget* RequestsPage::buildReviewView()
{
    pageparts::setUpProxy(m_reviewProxy, m_reviews, Qt::DisplayRole);
    m_reviewTable = pageparts::tableView("reviewsTable", m_reviewProxy, ReviewTableModel::IdColumn, this,
                                         tr("Acts awaiting countersignature"));
    m_reviewTable->setSortingEnabled(false); // open reviews first, as the model orders them
    m_reviewTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_reviewTable->setColumnWidth(ReviewTableModel::IdColumn, 46);
    m_reviewTable->setColumnWidth(ReviewTableModel::KindColumn, 160);
    m_reviewTable->setColumnWidth(ReviewTableModel::SubjectColumn, 200);
    m_reviewTable->setColumnWidth(ReviewTableModel::OpenedByColumn, 90);
    m_reviewTable->setColumnWidth(ReviewTableModel::OpenedColumn, 150);
    m_reviewTable->setColumnWidth(ReviewTableModel::StatusColumn, 260);
    connect(m_reviewTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &RequestsPage::updateActions);
    connect(m_reviewTable, &QTableView::doubleClicked, this, &RequestsPage::countersignSelected);
    return m_reviewTable;
}

QList<QAction*> RequestsPage::pageActions() const
{
    return { m_decideAction, m_cancelAction, m_countersignAction };
}

void RequestsPage::setSearchText(const QString& text)
{
    if (m_search->text() != text)
        m_search->setText(text);
}

void RequestsPage::refresh()
{
    const qint64 selectedId = m_detail->request() ? m_detail->request()->id : 0;
    // The review row too: a refresh (also one caused by another program) keeps the officer's place.
    const qint64 selectedReviewId = selectedReview() ? selectedReview()->id : 0;
    QStringList errors;
    if (const QString error
        = m_model->reload(m_service->engine(), m_vault.currentOfficer().name, m_vault.clock().now());
        !error.isEmpty())
        errors << tr("The requests could not be read: %1").arg(error.toHtmlEscaped());
    if (const QString error = m_reviews->reload(m_vault.database()); !error.isEmpty())
        errors << tr("The reviews could not be read: %1").arg(error.toHtmlEscaped());
    if (!errors.isEmpty())
        m_message->showMessage(errors.join(QStringLiteral("<br>")), MessageWidget::Type::Error);
    updateTabTexts();
    if (selectedId != 0)
        selectRequest(selectedId);
    if (selectedReviewId != 0)
        selectReview(selectedReviewId);
    onRequestSelectionChanged();
}

void RequestsPage::updateTabTexts()
{
    const int waiting = waitingForMeCount();
    const int reviews = openReviewCount();
    m_tabs->setTabText(
        int(Tab::WaitingForMe), waiting > 0 ? tr("Waiting for me (%1)").arg(waiting) : tr("Waiting for me"));
    m_tabs->setTabText(int(Tab::Mine), tr("My requests"));
    m_tabs->setTabText(int(Tab::History), tr("History"));
    m_tabs->setTabText(int(Tab::Reviews), reviews > 0 ? tr("Reviews (%1 open)").arg(reviews) : tr("Reviews"));
}

int RequestsPage::waitingForMeCount() const
{
    return m_model->waitingForMeCount();
}

int RequestsPage::openReviewCount() const
{
    return m_reviews->openCount();
}

int RequestsPage::badgeCount() const
{
    // Open reviews wait for anyone but the officer who acted alone.
    const QString me = m_vault.currentOfficer().name;
    int reviews = 0;
    for (int row = 0; row < m_reviews->rowCount(); ++row) {
        const core::Review& review = m_reviews->reviewAt(row);
        reviews += review.isOpen() && review.openedBy != me ? 1 : 0;
    }
    return waitingForMeCount() + reviews;
}

void RequestsPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

RequestsPage::Tab RequestsPage::currentTab() const
{
    return Tab(m_tabs->currentIndex());
}

void RequestsPage::onTabChanged(int index)
{
    const Tab tab = Tab(index);
    m_views->setCurrentIndex(tab == Tab::Reviews ? 1 : 0);
    switch (tab) {
    case Tab::WaitingForMe:
        m_proxy->setView(RequestFilterProxyModel::View::WaitingForMe);
        break;
    case Tab::Mine:
        m_proxy->setView(RequestFilterProxyModel::View::Mine);
        break;
    case Tab::History:
        m_proxy->setView(RequestFilterProxyModel::View::History);
        break;
    case Tab::Reviews:
        break;
    }
    onRequestSelectionChanged();
}

bool RequestsPage::selectRequest(qint64 id)
{
    const int sourceRow = m_model->rowOf(id);
    const QModelIndex index
        = sourceRow < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

bool RequestsPage::selectReview(qint64 id)
{
    const int sourceRow = m_reviews->rowOf(id);
    const QModelIndex index
        = sourceRow < 0 ? QModelIndex() : m_reviewProxy->mapFromSource(m_reviews->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    m_reviewTable->setCurrentIndex(index);
    return true;
}

const core::Request* RequestsPage::selectedRequest() const
{
    if (currentTab() == Tab::Reviews || !m_table->selectionModel())
        return nullptr;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return &m_model->requestAt(m_proxy->mapToSource(rows.constFirst()).row());
}

const core::Review* RequestsPage::selectedReview() const
{
    if (currentTab() != Tab::Reviews || !m_reviewTable->selectionModel())
        return nullptr;
    const QModelIndexList rows = m_reviewTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return &m_reviews->reviewAt(m_reviewProxy->mapToSource(rows.constFirst()).row());
}

void RequestsPage::onRequestSelectionChanged()
{
    if (const core::Request* request = selectedRequest())
        m_detail->showRequest(*request);
    else
        m_detail->clear();
    updateActions();
}

void RequestsPage::updateActions()
{
    const core::Request* request = selectedRequest();
    const QDateTime now = m_vault.clock().now();
    const bool pending = request && request->state == core::RequestState::Pending && !request->isOverdue(now);
    m_decideAction->setEnabled(pending);
    const bool mine = request && request->requester == m_vault.currentOfficer().name;
    const bool scheduled
        = request && request->state == core::RequestState::Approved && request->scheduledFor.isValid();
    m_cancelAction->setEnabled((pending && mine) || scheduled);
    const core::Review* review = selectedReview();
    m_countersignAction->setEnabled(review && review->isOpen());
}

void RequestsPage::afterChange(const QString& message, bool warning)
{
    refresh();
    m_message->showMessage(message, warning ? MessageWidget::Type::Warning : MessageWidget::Type::Positive);
    Q_EMIT vaultChanged();
}

void RequestsPage::decideSelected()
{
    const core::Request* request = selectedRequest();
    if (!request || !m_decideAction->isEnabled()) {
        m_message->showMessage(tr("Select a pending request first."), MessageWidget::Type::Information);
        return;
    }
    auto* dialog = new ApprovalDialog(m_vault, m_service->engine(), request->id, this);
    dialog->setObjectName(QStringLiteral("approvalDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ApprovalDialog::requestDecided, this, [this](const core::Request& decided) {
        const QString summary = RequestPresenter::summary(decided).toHtmlEscaped();
        const QString officer
            = decided.decisions.isEmpty() ? QString() : decided.decisions.constLast().officer.toHtmlEscaped();
        if (!decided.executionError.isEmpty()) {
            afterChange(
                tr("<b>#%1 was approved by %2, but executing it failed:</b> %3. Nothing else changed.")
                    .arg(decided.id)
                    .arg(officer, decided.executionError.toHtmlEscaped()),
                true);
        } else if (decided.state == core::RequestState::Executed) {
            afterChange(tr("#%1 was approved by %2 and applied: %3.").arg(decided.id).arg(officer, summary));
        } else if (decided.state == core::RequestState::Rejected) {
            afterChange(tr("#%1 was rejected by %2.").arg(decided.id).arg(officer));
        } else if (decided.state == core::RequestState::Approved && decided.scheduledFor.isValid()) {
            afterChange(tr("#%1 was approved by %2; it runs at %3 unless an officer cancels it first.")
                            .arg(decided.id)
                            .arg(officer, RequestPresenter::dateTime(decided.scheduledFor)));
        } else {
            afterChange(tr("#%1 was approved by %2 (%3 of %4 approvals).")
                            .arg(decided.id)
                            .arg(officer)
                            .arg(decided.approvalCount())
                            .arg(decided.requiredApprovals));
        }
    });
    dialog->open();
}

void RequestsPage::cancelSelected()
{
    const core::Request* request = selectedRequest();
    if (!request || !m_cancelAction->isEnabled())
        return;
    // Cancelling only ever stops a change from happening, so it needs no second officer.
    const qint64 id = request->id;
    const core::RequestState seen = request->state;
    auto cancelled = m_service->engine().cancel(id);
    if (!cancelled) {
        // The engine re-read the request inside its write; when another Keyward program decided it
        // since this row was shown, say that rather than only the rule it breaks now.
        const auto now = m_service->engine().byId(id);
        const QString why = now && now->state != seen
            ? tr("Request #%1 was changed by another Keyward program since it was shown here (it is now %2). "
                 "Nothing was changed; review it and try again.")
                  .arg(id)
                  .arg(RequestPresenter::stateText(now->state).toLower())
            : cancelled.message();
        refresh();
        m_message->showMessage(
            tr("<b>#%1 was not cancelled.</b> %2").arg(id).arg(why.toHtmlEscaped()), MessageWidget::Type::Error);
        return;
    }
    afterChange(tr("#%1 was cancelled; nothing changes.").arg(id));
}

void RequestsPage::countersignSelected()
{
    const core::Review* review = selectedReview();
    if (!review || !m_countersignAction->isEnabled())
        return;
    auto* dialog = new CountersignDialog(m_vault, *review, this);
    dialog->setObjectName(QStringLiteral("countersignDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CountersignDialog::reviewCountersigned, this, [this](const core::Review& done) {
        afterChange(
            tr("Review #%1 was countersigned by %2.").arg(done.id).arg(done.countersignedBy.toHtmlEscaped()));
    });
    dialog->open();
}

} // namespace keyward::ui
