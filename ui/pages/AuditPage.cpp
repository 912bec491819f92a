// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/AuditPage.h"

#include "ChainMonitor.h"
#include "models/AuditEventModel.h"
#include "pages/PageParts.h"
#include "widgets/MessageWidget.h"
#include "widgets/ThemedIcon.h"

#include <QAction>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace keyward::ui {

AuditPage::AuditPage(const core::AuditLog& log, ChainMonitor& chain, QWidget* parent)
    : Page(parent)
    , m_chain(chain)
    , m_model(new AuditEventModel(log, 500, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_banner(new MessageWidget(this))
    , m_loadError(new MessageWidget(this))
    , m_search(pageparts::filterEdit("auditSearchEdit", tr("Filter loaded events by officer, action, subject or details…"),
                                     tr("Filter audit events"), m_proxy, this))
    , m_table(nullptr)
    , m_verifyAction(new QAction(themedIcon("verify"), tr("&Verify chain"), this))
    , m_refreshAction(new QAction(themedIcon("refresh"), tr("&Reload"), this))
{
    setObjectName(QStringLiteral("auditPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(10);

    layout->addWidget(pageparts::title(tr("Audit log"), this));

    m_banner->setObjectName(QStringLiteral("chainBanner"));
    m_banner->setCloseButtonVisible(false);
    layout->addWidget(m_banner);
    m_loadError->setObjectName(QStringLiteral("auditLoadError"));
    layout->addWidget(m_loadError);

    layout->addWidget(m_search);

    pageparts::setUpProxy(m_proxy, m_model, AuditEventModel::SortRole);
    m_table = pageparts::tableView("auditTable", m_proxy, AuditEventModel::SeqColumn, this, tr("Audit events"));
    m_table->setColumnWidth(AuditEventModel::SeqColumn, 60);
    m_table->setColumnWidth(AuditEventModel::TimeColumn, 150);
    m_table->setColumnWidth(AuditEventModel::ActorColumn, 100);
    m_table->setColumnWidth(AuditEventModel::ActionColumn, 170);
    m_table->setColumnWidth(AuditEventModel::SubjectColumn, 120);
    layout->addWidget(m_table, 1);

    m_verifyAction->setObjectName(QStringLiteral("verifyChainAction"));
    m_verifyAction->setToolTip(tr("Re-check every event's hash and link in the audit chain"));
    m_refreshAction->setObjectName(QStringLiteral("reloadAuditAction"));
    m_refreshAction->setToolTip(tr("Read the audit log again"));

    // Verify what is stored now: re-read the table too, so the officer sees what was checked.
    connect(m_verifyAction, &QAction::triggered, this, [this] {
        refresh();
        m_chain.verify();
    });
    connect(m_refreshAction, &QAction::triggered, this, &AuditPage::refresh);
    connect(&m_chain, &ChainMonitor::statusChanged, this, &AuditPage::showChainStatus);
    connect(m_model, &AuditEventModel::loadFailed, this, [this](const QString& message) {
        m_loadError->showMessage(tr("Some events could not be read: %1").arg(message.toHtmlEscaped()),
                                 MessageWidget::Type::Warning);
    });
    showChainStatus();
}

QList<QAction*> AuditPage::pageActions() const { return { m_verifyAction, m_refreshAction }; }

void AuditPage::setSearchText(const QString& text)
{
    if (m_search->text() != text)
        m_search->setText(text);
}

void AuditPage::refresh()
{
    m_loadError->hideMessage();
    const QString error = m_model->reload();
    if (!error.isEmpty())
        m_loadError->showMessage(tr("The audit log could not be read: %1").arg(error.toHtmlEscaped()),
                                 MessageWidget::Type::Error);
    // The first page now, further pages as the table scrolls.
    if (m_model->canFetchMore(QModelIndex()))
        m_model->fetchMore(QModelIndex());
    showChainStatus();
}

void AuditPage::showChainStatus()
{
    if (!m_chain.hasVerified()) {
        m_banner->showMessage(tr("The audit chain has not been verified in this session."),
                              MessageWidget::Type::Information);
        return;
    }
    const core::ChainStatus& status = m_chain.status();
    m_model->setFirstBadSeq(status.intact ? 0 : status.firstBadSeq);
    if (status.intact) {
        m_banner->showMessage(tr("<b>Audit chain intact.</b> All %1 events verified: every hash and link matches. "
                                 "Head: <code>%2</code>")
                                  .arg(QLocale().toString(status.eventCount))
                                  .arg(QString::fromLatin1(status.headHash.left(16)) + QStringLiteral("…")),
                              MessageWidget::Type::Positive);
    } else {
        m_banner->showMessage(tr("<b>Audit chain broken at event %1.</b> %2 Events from there on cannot be "
                                 "trusted; restore the vault from a backup and investigate.")
                                  .arg(status.firstBadSeq)
                                  .arg(status.problem.toHtmlEscaped()),
                              MessageWidget::Type::Error);
    }
}

} // namespace keyward::ui
