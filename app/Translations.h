// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Translators of both programs (keyward and keyward-cli), one definition so they cannot drift.
// QCoreApplication asks the most recently installed translator first, so they go in from the
// broadest fallback to the most specific:
//  1. the English plural forms embedded in the program (:/i18n/keyward_en.qm, made from the
//     sources by update_translations): "%n day(s)" reads "1 day" / "3 days" in English, and in
//     any language whose catalogue lacks that string;
//  2. Qt's own strings for the UI language (qtbase_xx), for the GUI's standard dialogs;
//  3. keyward_xx.qm for the UI language from the build tree (build/<program dir>/../translations)
//     or an installed tree (prefix/bin → prefix/share/keyward/translations).

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace keyward::app {

inline void installTranslators(QCoreApplication& app, const QLocale& locale = QLocale())
{
    auto* english = new QTranslator(&app);
    if (english->load(QStringLiteral(":/i18n/keyward_en.qm")))
        QCoreApplication::installTranslator(english);
    else
        qWarning("keyward: the embedded English plural forms are missing; counts read \"(s)\"");

    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);

    // English is the source language: keyward_en.qm above is all of it there is.
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return;
    const QDir appDir(QCoreApplication::applicationDirPath());
    for (const QString& dir : {appDir.filePath(QStringLiteral("../translations")),
                               appDir.filePath(QStringLiteral("../share/keyward/translations"))}) {
        auto* own = new QTranslator(&app);
        if (own->load(locale, QStringLiteral("keyward"), QStringLiteral("_"), dir)) {
            QCoreApplication::installTranslator(own);
            break;
        }
        delete own;
    }
}

} // namespace keyward::app
