// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/WelcomePage.h"
#include "widgets/ThemeColours.h"

#include <QDir>
#include <QLabel>
#include <QVBoxLayout>

namespace keyward::ui {

WelcomePage::WelcomePage(const QString& vaultDir, QWidget* parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    setTitle(tr("Create a Keyward vault"));
    setSubTitle(tr("No vault was found, so Keyward will create one."));

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A vault is an encrypted folder that holds your key inventory, the officers "
                                "who govern it and a tamper-evident audit log. Each officer unlocks it with "
                                "their own passphrase."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* caption = new QLabel(tr("The vault will be created in:"), this);
    layout->addSpacing(8);
    layout->addWidget(caption);
    auto* location = new QLabel(QDir::toNativeSeparators(vaultDir), this);
    location->setObjectName(QStringLiteral("locationLabel"));
    location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    location->setWordWrap(true);
    location->setStyleSheet(QStringLiteral("font-family: monospace; padding: 6px; background: palette(alternate-base);"
                                           " border: 1px solid palette(mid); border-radius: 3px;"));
    layout->addWidget(location);
    auto* hint = new QLabel(tr("Start Keyward with --vault PATH (or set KEYWARD_VAULT) to use another folder."),
                            this);
    hint->setWordWrap(true);
    theme::setTone(hint, theme::Tone::Muted);
    layout->addWidget(hint);

    layout->addSpacing(12);
    auto* twoPerson = new QLabel(tr("<b>Two officers are needed.</b> Keyward enforces a two-person rule: "
                                    "rotations, retirements and other governed changes are requested by one "
                                    "officer and approved by another. You will set up the first officer, then "
                                    "the second officer (an approver) types their own passphrase."),
                                 this);
    twoPerson->setWordWrap(true);
    layout->addWidget(twoPerson);
    layout->addStretch();
}

} // namespace keyward::ui
