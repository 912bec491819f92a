// SPDX-License-Identifier: GPL-3.0-or-later
#include "LanguageMenu.h"

#include <QAction>
#include <QActionGroup>
#include <QSettings>

namespace keyward::ui {

namespace {

const QString settingKey = QStringLiteral("ui/language");

// Each language is named in itself, so an officer finds theirs whatever the current language is:
// these names are deliberately not translated.
QString nativeName(const QString& code)
{
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("fr"))
        return QStringLiteral("Français");
    return code;
}

} // namespace

LanguageMenu::LanguageMenu(QWidget* parent)
    : QMenu(tr("&Language"), parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    const QString current = QSettings().value(settingKey).toString();
    auto add = [this, &current](const QString& code, const QString& text) {
        QAction* action = addAction(text);
        action->setObjectName(QStringLiteral("language_") + (code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { choose(code); });
    };
    add(QString(), tr("&System default"));
    addSeparator();
    add(QStringLiteral("en"), nativeName(QStringLiteral("en")));
    for (const QString& code : languageCodes())
        add(code, nativeName(code));
    if (!m_group->checkedAction())
        m_group->actions().constFirst()->setChecked(true);
}

QStringList LanguageMenu::languageCodes()
{
    return { QStringLiteral("de"), QStringLiteral("fr") };
}

QLocale LanguageMenu::chosenLocale(const QSettings& settings)
{
    const QString code = settings.value(settingKey).toString();
    return code.isEmpty() ? QLocale() : QLocale(code);
}

QLocale LanguageMenu::chosenLocale()
{
    return chosenLocale(QSettings());
}

void LanguageMenu::choose(const QString& code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(settingKey);
    else
        settings.setValue(settingKey, code);
    settings.sync();
    Q_EMIT languageChosen(tr("The language changes when Keyward is started again."));
}

} // namespace keyward::ui
