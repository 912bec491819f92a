// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/KeyFlags.h"
#include "keys/KeyRecord.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace keyward::core {
class Vault;
}

namespace keyward::ui {

// Everything about one key: metadata, RFC 7638 thumbprint, lineage, the public JWK (never a
// private member, even if one were stored by mistake) with a copy button, and the key's history
// from the audit log.
class KeyDetailPane : public QWidget {
    Q_OBJECT
public:
    explicit KeyDetailPane(core::Vault& vault, QWidget* parent = nullptr);

    // Loads the full record (with its public JWK) by row id; clears the pane when it is gone.
    void showKey(qint64 keyId, core::KeyFlags flags);
    void clear();
    const std::optional<core::KeyRecord>& key() const { return m_key; }
    QString publicJwkText() const;

    // The members RFC 7518 §6 defines as private; stripped before anything is shown or copied.
    static QJsonObject publicMembersOnly(const QJsonObject& jwk);

public Q_SLOTS:
    void copyPublicJwk();

Q_SIGNALS:
    // A lineage link (predecessor/successor) was clicked.
    void keyLinkActivated(const QString& keySet, const QString& kid);
    void jwkCopied();

private:
    void loadHistory(const QString& kid, const QString& keySet);

    core::Vault& m_vault;
    std::optional<core::KeyRecord> m_key;
    QLabel* m_title;
    QLabel* m_summary;
    QLabel* m_thumbprint;
    QLabel* m_lineage;
    QPlainTextEdit* m_jwk;
    QPushButton* m_copy;
    QTreeWidget* m_history;
    QLabel* m_placeholder;
};

} // namespace keyward::ui
