// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/KeyRecord.h"
#include "keys/KeySetPolicy.h"
#include "requests/KeyRequestDrafts.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class RotationReasonPage;
class RotationSuccessorPage;
class RotationOverlapPage;
class RotationSummaryPage;
}

namespace keyward::core {
class TrustSource;
class Vault;
}

namespace keyward::ui {

class MessageWidget;

// The pages of the RotationWizard, one per question. Each validates as the officer types and
// says on its hint label what is missing; none of them changes anything in the vault.

// 1. Why: the reason category (scheduled, incident, offboarding, expiry) and the free text.
class RotationReasonPage : public QWizardPage {
    Q_OBJECT
public:
    explicit RotationReasonPage(const core::KeyRecord& key, QWidget* parent = nullptr);
    ~RotationReasonPage() override;

    QString category() const; // "scheduled" | "incident" | "offboarding" | "expiry"
    QString categoryTitle() const; // translated
    QString reason() const;
    void setCategory(const QString& category);
    bool isComplete() const override;

private:
    void update();

    const std::unique_ptr<Ui::RotationReasonPage> m_ui;
};

// 2. Which successor: the predecessor's parameters, new ones, or a pre-published key.
class RotationSuccessorPage : public QWizardPage {
    Q_OBJECT
public:
    enum class Choice { Same, New, PrePublished };

    RotationSuccessorPage(core::Vault& vault, const core::KeyRecord& key, const core::KeySetPolicy& policy,
                          QWidget* parent = nullptr);
    ~RotationSuccessorPage() override;

    Choice choice() const;
    // Fills the successor members of `params` (empty alg/size/owner/environment: the predecessor's).
    void applyTo(core::RotationParams& params) const;
    QString description() const; // one HTML sentence for the summary
    QString problem() const; // empty when the page is complete
    bool isComplete() const override;

private:
    void fillAlgs();
    void fillSizes();
    void update();

    const std::unique_ptr<Ui::RotationSuccessorPage> m_ui;
    core::Vault& m_vault;
    core::KeyRecord m_key;
    core::KeySetPolicy m_policy;
};

// 3. How long the predecessor overlaps: what the retirement gate computes, or longer.
class RotationOverlapPage : public QWizardPage {
    Q_OBJECT
public:
    RotationOverlapPage(const core::KeyRecord& key, const core::KeySetPolicy& policy, const core::TrustSource& trust,
                        QWidget* parent = nullptr);
    ~RotationOverlapPage() override;

    qint64 overlapSecs() const; // 0: what the gate computes at execution
    qint64 computedSecs() const { return m_computedSecs; }
    QString explanation() const { return m_explanation; }
    QString description() const; // HTML sentences for the summary, ending with a full stop
    bool isComplete() const override;

    static QString durationText(qint64 secs);

private:
    void update();

    const std::unique_ptr<Ui::RotationOverlapPage> m_ui;
    qint64 m_computedSecs = 0;
    QString m_explanation;
    bool m_computed = false;
};

// 4. The exact effect, and the place where a refusal of the core is shown.
class RotationSummaryPage : public QWizardPage {
    Q_OBJECT
public:
    explicit RotationSummaryPage(QWidget* parent = nullptr);
    ~RotationSummaryPage() override;

    void setSummary(const QString& html);
    QString summary() const;
    MessageWidget* messageWidget() const;

private:
    const std::unique_ptr<Ui::RotationSummaryPage> m_ui;
};

} // namespace keyward::ui
