// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The archived samples a destruction would make unreadable for good (SampleGate: encrypted to the
// key alone), for the officer to name in the destroy request as its crypto-shred (SPEC §6). Each
// sample is a checkable row (file and why); only named samples go into the request, and the
// request is refused while one is left unnamed, so the approver signs exactly what is lost.

#include "samples/SampleGate.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace keyward::ui {

class ShredSampleList : public QWidget {
    Q_OBJECT
public:
    explicit ShredSampleList(QWidget* parent = nullptr);

    void setSamples(const QString& kid, const QList<core::samples::SampleGate::Blocking>& samples);
    bool isEmpty() const { return m_samples.isEmpty(); }
    int count() const { return int(m_samples.size()); }
    QStringList namedDigests() const;
    bool allNamed() const;

Q_SIGNALS:
    void namedChanged();

private:
    QList<core::samples::SampleGate::Blocking> m_samples;
    QLabel* m_intro;
    QListWidget* m_list;
    QPushButton* m_nameAll;
};

} // namespace keyward::ui
