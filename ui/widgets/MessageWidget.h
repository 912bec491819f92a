// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace keyward::ui {

// The inline message bar (STYLE §6): recoverable errors and state notices are shown in place,
// above the content they concern, instead of a modal box that interrupts the officer.
class MessageWidget : public QFrame {
    Q_OBJECT
public:
    enum class Type { Information, Positive, Warning, Error };
    Q_ENUM(Type)

    explicit MessageWidget(QWidget* parent = nullptr);

    void showMessage(const QString& text, Type type);
    void hideMessage();

    QString text() const;
    Type type() const { return m_type; }
    // A banner that states a condition (chain status) must not be dismissed by the officer.
    void setCloseButtonVisible(bool visible);

Q_SIGNALS:
    void linkActivated(const QString& link);

private:
    void applyStyle();

    QLabel* m_icon;
    QLabel* m_text;
    QToolButton* m_close;
    Type m_type = Type::Information;
};

} // namespace keyward::ui
