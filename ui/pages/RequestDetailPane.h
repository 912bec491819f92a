// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "requests/Request.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QTableWidget;
class QTreeWidget;

namespace keyward::core {
class Clock;
class RequestEngine;
} // namespace keyward::core

namespace keyward::ui {

// Everything about one request: what, who, why, its state and expiry countdown, the signed
// effect as before/after, every decision with whether its signature still verifies against the
// officer's public key (RequestEngine::verifyDecisions), the outcome and any execution error.
class RequestDetailPane : public QWidget {
    Q_OBJECT
public:
    RequestDetailPane(const core::RequestEngine& engine, const core::Clock& clock, QWidget* parent = nullptr);

    void showRequest(const core::Request& request);
    void clear();
    const std::optional<core::Request>& request() const { return m_request; }
    QTreeWidget* decisionList() const { return m_decisions; }

    enum DecisionColumn { OfficerColumn, VerdictColumn, WhenColumn, SignatureColumn };

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitHeights();
    void updateFacts();
    void fillDecisions();
    void setDetailsVisible(bool visible);

    const core::RequestEngine& m_engine;
    const core::Clock& m_clock;
    std::optional<core::Request> m_request;
    QLabel* m_placeholder;
    QLabel* m_title;
    QLabel* m_facts;
    QLabel* m_effectCaption;
    QTableWidget* m_effect;
    QLabel* m_decisionsCaption;
    QTreeWidget* m_decisions;
    QLabel* m_outcome;
    QLabel* m_error;
    QTimer m_countdown;
};

} // namespace keyward::ui
