// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/ShredSampleList.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace keyward::ui {

namespace {
constexpr int DigestRole = Qt::UserRole + 1;
}

ShredSampleList::ShredSampleList(QWidget* parent)
    : QWidget(parent), m_intro(new QLabel(this)), m_list(new QListWidget(this)), m_nameAll(new QPushButton(tr("&Name all for crypto-shred"), this))
{
    setObjectName(QStringLiteral("shredSamples"));
    m_intro->setObjectName(QStringLiteral("shredSamplesIntro"));
    m_list->setObjectName(QStringLiteral("shredSampleList"));
    m_nameAll->setObjectName(QStringLiteral("nameAllSamplesButton"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_list->setAccessibleName(tr("Archived samples the crypto-shred makes unreadable"));
    m_list->setMaximumHeight(160);
    auto* buttons = new QHBoxLayout();
    buttons->addStretch();
    buttons->addWidget(m_nameAll);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    connect(m_list, &QListWidget::itemChanged, this, &ShredSampleList::namedChanged);
    connect(m_nameAll, &QPushButton::clicked, this, [this] {
        m_list->blockSignals(true);
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setCheckState(Qt::Checked);
        m_list->blockSignals(false);
        Q_EMIT namedChanged();
    });
}

void ShredSampleList::setSamples(const QString& kid, const QList<core::samples::SampleGate::Blocking>& samples)
{
    m_samples = samples;
    m_intro->setText(tr("%n archived sample(s) can be decrypted with %1 alone: destroying it makes them unreadable for good. "
                        "Re-wrap them to a successor key first, or name each one here for the crypto-shred the approver signs.",
                        nullptr, int(samples.size()))
                         .arg(kid));
    m_list->blockSignals(true);
    m_list->clear();
    for (const core::samples::SampleGate::Blocking& b : samples) {
        auto* item = new QListWidgetItem(tr("%1 — %2 (SHA-256 %3…)").arg(QFileInfo(b.file).fileName(), b.why, b.digest.left(12)), m_list);
        item->setToolTip(b.file);
        item->setData(DigestRole, b.digest);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_list->blockSignals(false);
    setVisible(!samples.isEmpty());
    Q_EMIT namedChanged();
}

QStringList ShredSampleList::namedDigests() const
{
    QStringList digests;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            digests << m_list->item(i)->data(DigestRole).toString();
    }
    return digests;
}

bool ShredSampleList::allNamed() const
{
    return namedDigests().size() == m_samples.size();
}

} // namespace keyward::ui
