// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QMenu>

class QActionGroup;
class QSettings;

namespace keyward::ui {

// View ▸ Language: the officer's choice of UI language, kept in QSettings ("ui/language": a
// language code, or empty to follow the system locale). Widgets are built with their texts
// translated once, so a new choice applies when Keyward starts again; the menu says so.
class LanguageMenu : public QMenu {
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget* parent = nullptr);

    // The languages Keyward ships a catalogue for, besides the English of the sources.
    static QStringList languageCodes();
    // The locale whose translations the GUI loads: the stored choice, else the system locale.
    static QLocale chosenLocale(const QSettings& settings);
    static QLocale chosenLocale();

Q_SIGNALS:
    // After a choice was stored: a sentence for the window's message bar.
    void languageChosen(const QString& message);

private:
    void choose(const QString& code);

    QActionGroup* m_group;
};

} // namespace keyward::ui
