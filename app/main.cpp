// SPDX-License-Identifier: GPL-3.0-or-later
// keyward: the GUI. Hardens the process, loads translations, reads the command line and hands
// over to AppController (wizard / unlock / main window).
#include "AppController.h"
#include "KdfProvider.h"
#include "ManPage.h"
#include "Translations.h"

#include "common/SecureHeap.h"
#include "widgets/Appearance.h"
#include "widgets/LanguageMenu.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>

#include <sys/prctl.h>
#include <sys/resource.h>

#include <cstdio>

namespace {

// Before anything holds a secret: no core dumps (they would contain unlocked keys), no ptrace
// attach by same-user processes, and OpenSSL's secure heap (mlock'ed) for SecureBytes.
void hardenProcess()
{
    const rlimit noCore { 0, 0 };
    if (setrlimit(RLIMIT_CORE, &noCore) != 0)
        std::fputs("keyward: warning: could not disable core dumps\n", stderr);
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        std::fputs("keyward: warning: could not disable ptrace attach\n", stderr);
    const keyward::core::SecureHeap::Outcome heap = keyward::core::SecureHeap::initialise();
    if (const QString warning = keyward::core::SecureHeap::warningFor(heap); !warning.isEmpty())
        std::fprintf(stderr, "keyward: %s\n", warning.toLocal8Bit().constData());
}

// --help and --version only print text: they must work on a machine without a display.
bool printsOnly(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version" || arg == "-v"
            || arg == "--help-man")
            return true;
    }
    return false;
}

QString manPage(const QCommandLineParser& parser, const QList<QCommandLineOption>& programOptions)
{
    keyward::app::ManPageText page;
    page.program = QStringLiteral("keyward");
    page.summary = QApplication::translate("main", "govern the keys behind JWTs and JWE");
    page.version = QApplication::applicationVersion();
    page.synopsis = { QStringLiteral("[options]") };
    page.description = parser.applicationDescription() + QLatin1Char(' ')
        + QApplication::translate("main", "Keyward keeps an inventory of JOSE signing and encryption keys in an "
                                          "encrypted vault, rotates them under a two-person rule and keeps a "
                                          "signed audit log. Without options it opens the default vault, or "
                                          "starts the first-run wizard when there is none.");
    keyward::app::ManSection options { QStringLiteral("OPTIONS"), {}, {} };
    for (const QCommandLineOption& option : programOptions)
        options.entries.append(keyward::app::manEntry(option));
    options.entries.append({ QStringLiteral("-h, --help"), QApplication::translate("main", "Print the options and exit.") });
    options.entries.append({ QStringLiteral("-v, --version"), QApplication::translate("main", "Print the version and exit.") });
    page.sections.append(options);
    page.sections.append({ QStringLiteral("SEE ALSO"), {}, QStringLiteral("keyward-cli(1)") });
    return keyward::app::renderManPage(page);
}

} // namespace

int main(int argc, char* argv[])
{
    hardenProcess();
    if (printsOnly(argc, argv))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Keyward"));
    QApplication::setOrganizationName(QStringLiteral("Keyward"));
    QApplication::setOrganizationDomain(QStringLiteral("keyward.io"));
    QApplication::setApplicationVersion(QStringLiteral(KEYWARD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.keyward.Keyward"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/keyward.svg")));
    // Windows come and go between wizard, unlock dialog and main window: the controller decides
    // when Keyward ends.
    QApplication::setQuitOnLastWindowClosed(false);
    // The language chosen in View ▸ Language, else the system locale's.
    keyward::app::installTranslators(app, keyward::ui::LanguageMenu::chosenLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Governs the keys behind JWTs and JWE."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption vaultOption(QStringLiteral("vault"),
                                         QApplication::translate("main", "Use the vault folder <path>."),
                                         QStringLiteral("path"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main", "Open a throwaway demo vault with example officers."));
    const QCommandLineOption autoLockOption(
        QStringLiteral("auto-lock"),
        QApplication::translate("main", "Lock after <minutes> without activity (0: never; default 5)."),
        QStringLiteral("minutes"));
    const QCommandLineOption highContrastOption(
        QStringLiteral("high-contrast"),
        QApplication::translate("main", "Show white on black with a yellow focus, whatever View ▸ High contrast says."));
    const QList<QCommandLineOption> programOptions { vaultOption, demoOption, autoLockOption, highContrastOption };
    parser.addOptions(programOptions);
    // --help-man prints the man page (keyward.1) made from the same options; the build runs it.
    QCommandLineOption manOption(QStringLiteral("help-man"));
    manOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(manOption);
    parser.process(app);
    if (parser.isSet(manOption)) {
        std::fputs(manPage(parser, programOptions).toUtf8().constData(), stdout);
        return 0;
    }

    // Before the first window: the wizard and the unlock dialog are shown in it too.
    if (parser.isSet(highContrastOption) || keyward::ui::appearance::highContrastChosen())
        keyward::ui::appearance::applyHighContrast(true);

    keyward::ui::AppOptions options;
    options.vaultPath = parser.value(vaultOption);
    options.demo = parser.isSet(demoOption);
    QSettings settings;
    bool minutesOk = false;
    const int minutes = parser.isSet(autoLockOption)
        ? parser.value(autoLockOption).toInt(&minutesOk)
        : settings.value(QStringLiteral("security/autoLockMinutes"), 5).toInt(&minutesOk);
    if (!minutesOk || minutes < 0) {
        std::fputs("keyward: --auto-lock needs a number of minutes (0 turns auto-lock off)\n", stderr);
        return 2;
    }
    options.autoLockAfter = std::chrono::minutes(minutes);

    const keyward::core::SystemClock clock;
    keyward::ui::AppController controller(clock, keyward::ui::calibratedKdf(), keyward::ui::UnlockDelayPolicy(),
                                          options);
    QObject::connect(&controller, &keyward::ui::AppController::finished, &app, &QApplication::exit);
    if (!controller.start()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Keyward"), controller.errorString());
        return 1;
    }
    return app.exec();
}
