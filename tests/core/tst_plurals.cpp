// SPDX-License-Identifier: GPL-3.0-or-later
// English plurals: the window and the CLI say "1 day" and "3 days", never "day(s)". The sources
// write "%n day(s)"; update_translations makes translations/keyward_en.ts (plural forms only) from
// them, the build turns it into keyward_en.qm, embedded in both programs and installed by
// app/Translations.h. This test installs it the same way (the .qm is embedded here too) and checks
// real strings of the code, then every entry of the .ts files.
#include "../../app/Translations.h"

#include <QFile>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList forms;
};

// Every message of a .ts file (its XML escapes resolved, as tr() sees the source).
QList<Message> readTs(const QString& name)
{
    QList<Message> messages;
    QFile file(QStringLiteral(KEYWARD_TS_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        QTest::qFail(qPrintable(QStringLiteral("missing translation file: ") + file.fileName()), __FILE__, __LINE__);
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            Message m;
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            messages.append(m);
        } else if (xml.name() == QLatin1String("source") && !messages.isEmpty()) {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation") && !messages.isEmpty()) {
            messages.last().unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
        } else if (xml.name() == QLatin1String("numerusform") && !messages.isEmpty()) {
            messages.last().forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        QTest::qFail(qPrintable(name + QStringLiteral(": ") + xml.errorString()), __FILE__, __LINE__);
    return messages;
}

QString key(const Message& m)
{
    return m.context + QLatin1Char('|') + m.source;
}

} // namespace

class TestPlurals : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void realStrings_data();
    void realStrings();
    void everyEnglishEntryHasItsForms();
    void everyPluralOfTheSourcesIsInEnglish();
};

void TestPlurals::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(":/i18n/keyward_en.qm")), "keyward_en.qm is not embedded");
    keyward::app::installTranslators(*QCoreApplication::instance(), QLocale(QLocale::English));
}

void TestPlurals::realStrings_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    const QString cliRequests = QStringLiteral("keyward::cli::RequestSession");
    const QString overlap = QStringLiteral("keyward::ui::RotationOverlapPage");
    QTest::newRow("CLI 1 day") << cliRequests << "%n day(s)" << 1 << "1 day";
    QTest::newRow("CLI 3 days") << cliRequests << "%n day(s)" << 3 << "3 days";
    QTest::newRow("CLI 1 hour") << cliRequests << "%n hour(s)" << 1 << "1 hour";
    QTest::newRow("window 1 day") << overlap << "%n day(s)" << 1 << "1 day";
    QTest::newRow("window 3 days") << overlap << "%n day(s)" << 3 << "3 days";
    QTest::newRow("window 2 minutes") << overlap << "%n minute(s)" << 2 << "2 minutes";
    QTest::newRow("imported 1 key") << "keyward::ui::KeysPage" << "Imported %n key(s)." << 1 << "Imported 1 key.";
    QTest::newRow("imported 2 keys") << "keyward::ui::KeysPage" << "Imported %n key(s)." << 2 << "Imported 2 keys.";
    QTest::newRow("0 is plural") << "keyward::ui::AppController" << "%n rotation(s) drafted" << 0 << "0 rotations drafted";
    QTest::newRow("1 destruction") << "keyward::ui::AppController" << "%n destruction(s) run" << 1 << "1 destruction run";
    QTest::newRow("CLI calendar") << "keyward::cli::CalendarCommands" << "Wrote %n event(s) to %1." << 1 << "Wrote 1 event to %1.";
    QTest::newRow("passphrase length") << "keyward::ui::PassphraseStrength" << "Too short: at least %n character(s)" << 12
                                       << "Too short: at least 12 characters";
}

void TestPlurals::realStrings()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(int, n);
    QFETCH(QString, expected);
    QCOMPARE(QCoreApplication::translate(context.toLatin1().constData(), source.toUtf8().constData(), nullptr, n), expected);
}

// Every entry of keyward_en.ts is a plural with both English forms filled and finished, and the
// built .qm gives them for 1 and for 2 (so no entry falls back to its "(s)" source).
void TestPlurals::everyEnglishEntryHasItsForms()
{
    const QList<Message> english = readTs(QStringLiteral("keyward_en.ts"));
    QVERIFY(english.size() >= 20);
    for (const Message& m : english) {
        const QByteArray where = key(m).toUtf8();
        QVERIFY2(m.numerus, where.constData());
        QVERIFY2(!m.unfinished, where.constData());
        QCOMPARE(m.forms.size(), 2);
        for (const QString& form : m.forms) {
            QVERIFY2(!form.isEmpty() && !form.contains(QLatin1String("(s)")), where.constData());
            QVERIFY2(form.contains(QLatin1String("%n")), where.constData());
        }
        const QByteArray context = m.context.toUtf8(), source = m.source.toUtf8();
        QString one = m.forms.at(0), two = m.forms.at(1);
        QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), nullptr, 1),
                 one.replace(QLatin1String("%n"), QLatin1String("1")));
        QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), nullptr, 2),
                 two.replace(QLatin1String("%n"), QLatin1String("2")));
    }
}

// keyward_de.ts and keyward_fr.ts hold every string of the sources (the same update step makes
// all three): each of their plurals has its English forms, and no other string says "(s)".
void TestPlurals::everyPluralOfTheSourcesIsInEnglish()
{
    QSet<QString> english;
    for (const Message& m : readTs(QStringLiteral("keyward_en.ts")))
        english.insert(key(m));
    for (const QString& ts : {QStringLiteral("keyward_de.ts"), QStringLiteral("keyward_fr.ts")}) {
        const QList<Message> all = readTs(ts);
        QVERIFY(all.size() > 100);
        for (const Message& m : all) {
            const QByteArray where = (ts + QStringLiteral(": ") + key(m)).toUtf8();
            if (m.numerus)
                QVERIFY2(english.contains(key(m)), where.constData());
            else
                QVERIFY2(!m.source.contains(QLatin1String("(s)")), where.constData());
        }
    }
}

QTEST_GUILESS_MAIN(TestPlurals)
#include "tst_plurals.moc"
