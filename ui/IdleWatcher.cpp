// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdleWatcher.h"

#include <QEvent>

namespace keyward::ui {

IdleWatcher::IdleWatcher(QObject* watched, std::chrono::milliseconds timeout, QObject* parent)
    : QObject(parent)
    , m_watched(watched)
    , m_timeout(timeout)
{
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setTimerType(Qt::PreciseTimer);
    m_tickTimer.setInterval(std::chrono::milliseconds(250));
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        stop();
        Q_EMIT idle();
    });
    connect(&m_tickTimer, &QTimer::timeout, this, &IdleWatcher::tick);
}

IdleWatcher::~IdleWatcher() { stop(); }

bool IdleWatcher::isActive() const { return m_idleTimer.isActive(); }

int IdleWatcher::secondsLeft() const
{
    if (!isActive())
        return 0;
    return int((m_deadline.remainingTime() + 999) / 1000);
}

void IdleWatcher::start()
{
    if (m_timeout.count() <= 0)
        return;
    if (m_watched)
        m_watched->installEventFilter(this);
    m_tickTimer.start();
    reset();
}

void IdleWatcher::stop()
{
    if (m_watched)
        m_watched->removeEventFilter(this);
    m_idleTimer.stop();
    m_tickTimer.stop();
    m_lastReported = -1;
}

void IdleWatcher::reset()
{
    if (m_timeout.count() <= 0 || !m_tickTimer.isActive())
        return;
    m_deadline.setRemainingTime(m_timeout, Qt::PreciseTimer);
    m_idleTimer.start(m_timeout);
    tick();
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        // A global filter sees each input event several times (window, then widget); restarting
        // the timer is cheap, so no de-duplication is needed.
        reset();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleWatcher::tick()
{
    const int seconds = secondsLeft();
    if (seconds != m_lastReported) {
        m_lastReported = seconds;
        Q_EMIT secondsLeftChanged(seconds);
    }
}

} // namespace keyward::ui
