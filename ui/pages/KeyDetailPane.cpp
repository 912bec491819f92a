// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/KeyDetailPane.h"

#include "audit/AuditLog.h"
#include "keys/KeyInventory.h"
#include "keys/KeyStore.h"
#include "models/KeyTableModel.h"
#include "pages/PageParts.h"
#include "vault/Vault.h"
#include "widgets/ThemedIcon.h"
#include "widgets/ThemeColours.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace keyward::ui {

namespace {

QString when(const QDateTime& at)
{
    return at.isValid() ? core::KeyInventory::formatDateTime(at) : KeyDetailPane::tr("—");
}

QString keyLink(const QString& keySet, const QString& kid)
{
    return QStringLiteral("<a href=\"key:%1/%2\">%3</a>")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(keySet)), QString::fromLatin1(QUrl::toPercentEncoding(kid)),
             kid.toHtmlEscaped());
}

} // namespace

KeyDetailPane::KeyDetailPane(core::Vault& vault, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_thumbprint(new QLabel(this))
    , m_lineage(new QLabel(this))
    , m_jwk(new QPlainTextEdit(this))
    , m_copy(new QPushButton(themedIcon("verify"), tr("&Copy public JWK"), this))
    , m_history(new QTreeWidget(this))
    , m_placeholder(new QLabel(tr("Select a key to see its public JWK, lineage and history."), this))
{
    setObjectName(QStringLiteral("keyDetailPane"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->setSpacing(6);
    m_placeholder->setObjectName(QStringLiteral("keyDetailPlaceholder"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_placeholder);

    m_title->setObjectName(QStringLiteral("keyDetailTitle"));
    m_title->setTextFormat(Qt::PlainText); // the kid, as typed: never markup
    pageparts::styleDetailTitle(m_title);
    layout->addWidget(m_title);
    m_summary->setObjectName(QStringLiteral("keyDetailSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);
    m_thumbprint->setObjectName(QStringLiteral("keyThumbprintLabel"));
    m_thumbprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_thumbprint->setWordWrap(true);
    layout->addWidget(m_thumbprint);
    m_lineage->setObjectName(QStringLiteral("keyLineageLabel"));
    m_lineage->setTextFormat(Qt::RichText);
    connect(m_lineage, &QLabel::linkActivated, this, [this](const QString& link) {
        const QString path = link.mid(4); // "key:" + set/kid
        const qsizetype slash = path.indexOf(QLatin1Char('/'));
        Q_EMIT keyLinkActivated(QUrl::fromPercentEncoding(path.left(slash).toLatin1()),
                                QUrl::fromPercentEncoding(path.mid(slash + 1).toLatin1()));
    });
    layout->addWidget(m_lineage);

    m_jwk->setObjectName(QStringLiteral("publicJwkView"));
    m_jwk->setReadOnly(true);
    m_jwk->setAccessibleName(tr("Public JWK"));
    m_jwk->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Long base64url members wrap anywhere, so the whole key shows without scrolling sideways.
    m_jwk->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->addWidget(m_jwk, 2);
    m_copy->setObjectName(QStringLiteral("copyJwkButton"));
    m_copy->setToolTip(tr("Copies the public JWK only; private material never leaves the vault this way"));
    connect(m_copy, &QPushButton::clicked, this, &KeyDetailPane::copyPublicJwk);
    layout->addWidget(m_copy, 0, Qt::AlignLeft);

    auto* historyLabel = new QLabel(tr("History"), this);
    historyLabel->setObjectName(QStringLiteral("keyHistoryLabel"));
    layout->addWidget(historyLabel);
    m_history->setObjectName(QStringLiteral("keyHistoryList"));
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels({ tr("When"), tr("Who"), tr("What") });
    m_history->header()->setStretchLastSection(true);
    m_history->setColumnWidth(0, 150);
    m_history->setColumnWidth(1, 70);
    layout->addWidget(m_history, 1);
    clear();
}

QJsonObject KeyDetailPane::publicMembersOnly(const QJsonObject& jwk)
{
    QJsonObject publicPart = jwk;
    for (const char* member : { "d", "p", "q", "dp", "dq", "qi", "oth", "k" })
        publicPart.remove(QLatin1String(member));
    return publicPart;
}

void KeyDetailPane::clear()
{
    m_key.reset();
    for (QWidget* widget : std::initializer_list<QWidget*> { m_title, m_summary, m_thumbprint, m_lineage, m_jwk, m_copy, m_history })
        widget->setVisible(false);
    findChild<QLabel*>(QStringLiteral("keyHistoryLabel"))->setVisible(false);
    m_jwk->clear();
    m_history->clear();
    m_placeholder->setVisible(true);
}

void KeyDetailPane::showKey(qint64 keyId, core::KeyFlags flags)
{
    const core::KeyStore store(m_vault.database());
    auto found = store.byId(keyId);
    if (!found || !found->has_value()) {
        clear();
        return;
    }
    m_key = **found;
    const core::KeyRecord& key = *m_key;
    m_placeholder->setVisible(false);
    for (QWidget* widget : std::initializer_list<QWidget*> { m_title, m_summary, m_thumbprint, m_lineage, m_jwk, m_copy, m_history })
        widget->setVisible(true);
    findChild<QLabel*>(QStringLiteral("keyHistoryLabel"))->setVisible(true);

    m_title->setText(key.primary ? tr("★ %1").arg(key.kid) : key.kid);
    QStringList rows;
    const auto row = [&rows](const QString& label, const QString& value) {
        rows << QStringLiteral("<tr><td style='color:%3;padding-right:8px'>%1</td><td>%2</td></tr>")
                    .arg(label, value, theme::colour(theme::Tone::Muted).name());
    };
    const QString stateColor = KeyTableModel::stateColor(key.state).name();
    row(tr("Key set"), key.keySet.toHtmlEscaped());
    row(tr("State"), QStringLiteral("<span style='color:%1'>●</span> %2%3")
                         .arg(stateColor, KeyTableModel::stateText(key.state),
                              key.primary ? tr(" — primary %1 key").arg(core::keyUseName(key.use)) : QString()));
    row(tr("Use / alg"), tr("%1 / %2").arg(core::keyUseName(key.use), key.alg.isEmpty() ? tr("— (no alg pinned)") : key.alg));
    row(tr("Type"), tr("%1 %2, %3-bit strength").arg(key.keyType, key.curveOrSize).arg(key.strengthBits));
    row(tr("Owner / env"), tr("%1 / %2").arg(key.owner.toHtmlEscaped(), key.environment.toHtmlEscaped()));
    row(tr("Created"), tr("%1 by %2").arg(when(key.createdAt), key.createdBy.toHtmlEscaped()));
    row(tr("Activates"), when(key.activatesAt.isValid() ? key.activatesAt : key.createdAt));
    row(tr("Expires"), when(key.expiresAt));
    if (key.retireAfter.isValid())
        row(tr("Retires after"), when(key.retireAfter));
    row(tr("Private part"), key.hasPrivate ? tr("held in the vault") : tr("none (public key registered)"));
    row(tr("Made by"), key.createdByProduct.toHtmlEscaped());
    if (!key.tags.isEmpty())
        row(tr("Tags"), key.tags.join(QStringLiteral(", ")).toHtmlEscaped());
    if (!key.notes.isEmpty())
        row(tr("Notes"), key.notes.toHtmlEscaped());
    const QStringList flagTexts = core::keyFlagDescriptions(flags);
    if (!flagTexts.isEmpty()) {
        QStringList escaped;
        for (const QString& text : flagTexts)
            escaped << text.toHtmlEscaped();
        row(tr("Flags"), QStringLiteral("<span style='color:#b02a2a'>%1</span>").arg(escaped.join(QStringLiteral("<br>"))));
    }
    m_summary->setText(QStringLiteral("<table>%1</table>").arg(rows.join(QString())));
    m_thumbprint->setText(tr("Thumbprint (RFC 7638, SHA-256): %1").arg(key.thumbprint));

    const QString predecessor = key.predecessorKid.isEmpty() ? tr("none") : keyLink(key.keySet, key.predecessorKid);
    const QString successor = key.successorKid.isEmpty() ? tr("none") : keyLink(key.keySet, key.successorKid);
    m_lineage->setText(tr("Lineage: version %1 — predecessor %2, successor %3").arg(key.version).arg(predecessor, successor));

    m_jwk->setPlainText(QString::fromUtf8(QJsonDocument(publicMembersOnly(key.publicJwk)).toJson(QJsonDocument::Indented)));
    loadHistory(key.kid, key.keySet);
}

QString KeyDetailPane::publicJwkText() const { return m_jwk->toPlainText(); }

void KeyDetailPane::copyPublicJwk()
{
    if (!m_key)
        return;
    const QByteArray json = QJsonDocument(publicMembersOnly(m_key->publicJwk)).toJson(QJsonDocument::Compact);
    QApplication::clipboard()->setText(QString::fromUtf8(json));
    Q_EMIT jwkCopied();
}

void KeyDetailPane::loadHistory(const QString& kid, const QString& keySet)
{
    m_history->clear();
    auto events = m_vault.audit().eventsForSubject(kid);
    if (!events) {
        auto* item = new QTreeWidgetItem(m_history, { QString(), QString(), tr("The history could not be read: %1").arg(events.message()) });
        Q_UNUSED(item)
        return;
    }
    // A kid may repeat across sets: keep the events that name this set (or no set at all).
    for (auto it = events->crbegin(); it != events->crend(); ++it) {
        const QString eventSet = it->details.value(QStringLiteral("set")).toString();
        if (!eventSet.isEmpty() && eventSet != keySet)
            continue;
        QString what = it->action;
        const QString reason = it->details.value(QStringLiteral("reason")).toString();
        if (!reason.isEmpty())
            what += tr(" — %1").arg(reason);
        auto* item = new QTreeWidgetItem(m_history, { when(it->at), it->actor, what });
        item->setToolTip(2, what);
    }
}

} // namespace keyward::ui
