// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// "Verify an export…" (issue #15), for auditors: no vault needed. Takes a JWKS bundle or an audit
// export folder (told apart by manifest.json / manifest.jws), optionally the earlier export the
// auditor kept and the vault fingerprint the officers gave them, and lists every check in plain
// words — passed, failed (with where), and warnings.

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace keyward::core {
class Clock;
}

namespace keyward::ui {

class VerifyExportDialog : public QDialog {
    Q_OBJECT
public:
    // `clock`: when a JWKS bundle's expiry is judged.
    explicit VerifyExportDialog(const core::Clock& clock, QWidget* parent = nullptr);

    QPushButton* verifyButton() const { return m_verify; }
    QLabel* verdict() const { return m_verdict; }
    QTreeWidget* checks() const { return m_checks; }

private:
    void runVerify();

    const core::Clock& m_clock;
    QLineEdit* m_folder;
    QLineEdit* m_since;
    QLineEdit* m_fingerprint;
    QPushButton* m_verify;
    QLabel* m_verdict;
    QTreeWidget* m_checks;
};

} // namespace keyward::ui
