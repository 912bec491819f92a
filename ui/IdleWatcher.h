// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace keyward::ui {

// Auto-lock: an event filter (installed on the application object) that treats any keyboard,
// mouse or wheel input as activity and emits idle() when there has been none for `timeout`.
class IdleWatcher : public QObject {
    Q_OBJECT
public:
    // timeout 0 disables auto-lock.
    IdleWatcher(QObject* watched, std::chrono::milliseconds timeout, QObject* parent = nullptr);
    ~IdleWatcher() override;

    std::chrono::milliseconds timeout() const { return m_timeout; }
    bool isActive() const;
    // Whole seconds left before idle() (0 when inactive).
    int secondsLeft() const;

public Q_SLOTS:
    void start();
    void stop();
    void reset();

Q_SIGNALS:
    void idle();
    void secondsLeftChanged(int seconds);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void tick();

    QObject* m_watched;
    std::chrono::milliseconds m_timeout;
    QTimer m_idleTimer;
    QTimer m_tickTimer;
    QDeadlineTimer m_deadline;
    int m_lastReported = -1;
};

} // namespace keyward::ui
