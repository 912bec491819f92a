// SPDX-License-Identifier: GPL-3.0-or-later
// The German and French catalogues: every message of the .ts files in the source tree has a
// finished translation that keeps its placeholders and plural forms; the .qm files the build made
// translate at run time (French counts 0 as singular), in the GUI and in keyward-cli; file-local
// tr() helpers use the context their strings are catalogued under; View ▸ Language stores the
// officer's choice.
// With KEYWARD_SCREENSHOT_DIR set it also writes keys-page-de.png / keys-page-fr.png (demo vault).

#include "UiTestSupport.h"

#include "DemoVaultSeeder.h"
#include "models/KeyFilterProxyModel.h"
#include "models/KeyTableModel.h"
#include "pages/KeysPage.h"
#include "widgets/LanguageMenu.h"

#include <QAction>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace keyward;
using namespace keyward::ui;
using namespace keyward::ui::test;

namespace {

struct TsMessage {
    QString context;
    QString source;
    bool numerus = false;
    bool finished = false;
    QStringList forms; // one string, or the numerus forms
};

QList<TsMessage> readTs(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    bool obsolete = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name"))
                context = xml.readElementText();
            else if (name == QLatin1String("message"))
                message = TsMessage { context, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), false, {} };
            else if (name == QLatin1String("source"))
                message.source = xml.readElementText();
            else if (name == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                obsolete = type == QLatin1String("obsolete") || type == QLatin1String("vanished");
                message.finished = type.isEmpty();
                if (!message.numerus)
                    message.forms << xml.readElementText();
            } else if (name == QLatin1String("numerusform"))
                message.forms << xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            if (!obsolete)
                messages << message;
            obsolete = false;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

// %1..%99 and %L1 name the same argument; %n and %Ln the same count.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << QLatin1Char('%') + it.next().captured(1);
    found.sort();
    found.removeDuplicates();
    return found;
}

// A mnemonic is a single '&' ("&&" is a literal ampersand).
int accelerators(const QString& text)
{
    return QString(text).remove(QStringLiteral("&&")).count(QLatin1Char('&'));
}

QString describe(const TsMessage& m)
{
    return m.context + QStringLiteral(" \"") + m.source + QLatin1Char('"');
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void catalogueIsComplete_data();
    void catalogueIsComplete();
    void trHelpersUseTheContextOfTheirStrings();
    void builtCatalogueTranslatesAtRunTime();
    void cliFollowsTheSystemLocale();
    void languageMenuStoresTheChoice();
    void keysPageScreenshots();
};

void TestTranslations::catalogueIsComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("fr");
}

void TestTranslations::catalogueIsComplete()
{
    QFETCH(QString, language);
    QString error;
    const QList<TsMessage> messages = readTs(QStringLiteral(KEYWARD_TS_DIR "/keyward_%1.ts").arg(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 1000);
    QStringList problems;
    for (const TsMessage& m : messages) {
        if (!m.finished) {
            problems << QStringLiteral("unfinished: ") + describe(m);
            continue;
        }
        // German and French both have two plural forms: [one, other].
        if (m.numerus && m.forms.size() != 2) {
            problems << QStringLiteral("%1 plural forms instead of 2: ").arg(m.forms.size()) + describe(m);
            continue;
        }
        for (const QString& form : m.forms) {
            if (form.trimmed().isEmpty())
                problems << QStringLiteral("empty: ") + describe(m);
            else if (placeholders(form) != placeholders(m.source))
                problems << QStringLiteral("placeholders %1 instead of %2 in \"%3\": ")
                                    .arg(placeholders(form).join(QLatin1Char(' ')),
                                         placeholders(m.source).join(QLatin1Char(' ')), form)
                        + describe(m);
            else if (accelerators(form) != accelerators(m.source))
                problems << QStringLiteral("accelerator lost or doubled in \"%1\": ").arg(form) + describe(m);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s):\n").arg(problems.size())
                                           + problems.mid(0, 40).join(QLatin1Char('\n'))));
}

// Core files without a QObject translate through a file-local helper, `tr(text)` calling
// QCoreApplication::translate("context", text). lupdate cannot see that context: it files each
// tr("...") under the enclosing class, or namespace for a free function. When the two differ the
// translation exists but is never found at run time, so every tr("...") in such a file must be
// in the catalogue under the helper's context.
void TestTranslations::trHelpersUseTheContextOfTheirStrings()
{
    QString error;
    const QList<TsMessage> messages = readTs(QStringLiteral(KEYWARD_TS_DIR "/keyward_de.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    static const QRegularExpression helper(QStringLiteral(
        R"re((?:QString\s+tr\s*\(\s*const\s+char\s*\*\s*\w+\s*\)|auto\s+tr\s*=\s*\[[^\]]*\]\s*\(\s*const\s+char\s*\*\s*\w+\s*\))\s*\{\s*return\s+QCoreApplication::translate\(\s*"([^"]+)")re"));
    static const QRegularExpression call(QStringLiteral(R"re((?<![\w:.>])tr\(\s*"((?:[^"\\]|\\.)*)")re"));
    QStringList problems;
    int helpers = 0;
    QDirIterator it(QStringLiteral(KEYWARD_SOURCE_DIR), { QStringLiteral("*.cpp") }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QLatin1String("/tests/")) || path.contains(QLatin1String("/build")))
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        const QRegularExpressionMatch definition = helper.match(text);
        if (!definition.hasMatch())
            continue;
        ++helpers;
        const QString context = definition.captured(1);
        for (auto calls = call.globalMatch(text); calls.hasNext();) {
            // The first literal of the call, unescaped as the compiler would.
            QString start = calls.next().captured(1);
            start.replace(QLatin1String("\\\""), QLatin1String("\"")).replace(QLatin1String("\\n"), QLatin1String("\n"));
            const bool found = std::any_of(messages.cbegin(), messages.cend(), [&](const TsMessage& m) {
                return m.context == context && m.source.startsWith(start);
            });
            if (!found)
                problems << QStringLiteral("%1: tr(\"%2\") is not in context %3").arg(path, start, context);
        }
    }
    QVERIFY(helpers >= 5);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::builtCatalogueTranslatesAtRunTime()
{
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(KEYWARD_QM_DIR "/keyward_de.qm")));
    QVERIFY(QCoreApplication::installTranslator(&german));
    QCOMPARE(QCoreApplication::translate("keyward::ui::MainWindow", "Keys"), QStringLiteral("Schlüssel"));
    QCOMPARE(QCoreApplication::translate("keyward::ui::KeysPage", "Imported %n key(s).", nullptr, 1),
             QStringLiteral("1 Schlüssel importiert."));
    QCOMPARE(QCoreApplication::translate("keyward::ui::RotationOverlapPage", "%n day(s)", nullptr, 3),
             QStringLiteral("3 Tage"));
    QCoreApplication::removeTranslator(&german);

    QTranslator french;
    QVERIFY(french.load(QStringLiteral(KEYWARD_QM_DIR "/keyward_fr.qm")));
    QVERIFY(QCoreApplication::installTranslator(&french));
    QCOMPARE(QCoreApplication::translate("keyward::ui::MainWindow", "Audit"), QStringLiteral("Audit"));
    QCOMPARE(QCoreApplication::translate("keyward::ui::KeysPage", "Keys"), QStringLiteral("Clés"));
    // French counts 0 and 1 as singular.
    QCOMPARE(QCoreApplication::translate("keyward::ui::RotationOverlapPage", "%n day(s)", nullptr, 0),
             QStringLiteral("0 jour"));
    QCOMPARE(QCoreApplication::translate("keyward::ui::RotationOverlapPage", "%n day(s)", nullptr, 2),
             QStringLiteral("2 jours"));
    QCoreApplication::removeTranslator(&french);
}

// keyward-cli installs the same translators: its messages follow LC_ALL / LANG.
void TestTranslations::cliFollowsTheSystemLocale()
{
    const auto refusal = [](const QString& locale) {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), locale);
        env.remove(QStringLiteral("LANGUAGE"));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(KEYWARD_CLI_PATH), { QStringLiteral("frobnicate") });
        cli.waitForFinished(30000);
        return QString::fromUtf8(cli.readAllStandardError());
    };
    QVERIFY2(refusal(QStringLiteral("de_DE.UTF-8")).contains(QStringLiteral("unbekannter Befehl „frobnicate“")),
             qPrintable(refusal(QStringLiteral("de_DE.UTF-8"))));
    QVERIFY(refusal(QStringLiteral("fr_FR.UTF-8")).contains(QStringLiteral("commande inconnue")));
    QVERIFY(refusal(QStringLiteral("C.UTF-8")).contains(QStringLiteral("unknown command \"frobnicate\"")));
}

void TestTranslations::languageMenuStoresTheChoice()
{
    QTemporaryDir config;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, config.path());
    QSettings().remove(QStringLiteral("ui/language"));

    LanguageMenu menu;
    QSignalSpy chosen(&menu, &LanguageMenu::languageChosen);
    QVERIFY(child<QAction>(&menu, "language_system")->isChecked());
    QCOMPARE(LanguageMenu::chosenLocale(), QLocale());

    child<QAction>(&menu, "language_fr")->trigger();
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("fr"));
    QCOMPARE(LanguageMenu::chosenLocale().language(), QLocale::French);
    // A new menu (the next start) shows the stored choice.
    LanguageMenu next;
    QVERIFY(child<QAction>(&next, "language_fr")->isChecked());
    QVERIFY(!child<QAction>(&next, "language_system")->isChecked());

    child<QAction>(&next, "language_system")->trigger();
    QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
    QCOMPARE(LanguageMenu::chosenLocale(), QLocale());
}

// The Keys page of the demo vault in German and in French, as the README shows them: the longest
// strings of both catalogues sit in its filters, columns and detail pane. It always runs (the page
// must build and select a key under both catalogues); the PNGs are written only when
// KEYWARD_SCREENSHOT_DIR is set (grabIfAsked).
void TestTranslations::keysPageScreenshots()
{
    core::ManualClock clock;
    QTemporaryDir dir;
    core::VaultLocation location;
    location.dir = dir.filePath(QStringLiteral("demo.keyward"));
    const core::Status seeded = DemoVaultSeeder(clock).seed(location);
    QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.message()));
    const DemoVaultSeeder::DemoOfficer alice = DemoVaultSeeder::officers().constFirst();
    auto vault = core::Vault::open(location, alice.name, core::SecureBytes::fromView(alice.passphrase.toUtf8()), clock);
    // QVERIFY2 formats its message eagerly: ask for it only on failure.
    QVERIFY2(vault.ok(), qPrintable(vault.ok() ? QString() : vault.message()));

    for (const QString& language : { QStringLiteral("de"), QStringLiteral("fr") }) {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(KEYWARD_QM_DIR "/keyward_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&translator);
        {
            KeysPage page(*vault.value());
            page.resize(1280, 720);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            const int row = page.model()->rowOf(QStringLiteral("payments-api"), QStringLiteral("pay-2025-q3"));
            QVERIFY(row >= 0);
            child<QTableView>(&page, "keysTable")->selectRow(page.proxy()->mapFromSource(page.model()->index(row, 0)).row());
            grabIfAsked(&page, QStringLiteral("keys-page-%1.png").arg(language));
        }
        QCoreApplication::removeTranslator(&translator);
    }
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
