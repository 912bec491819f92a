// SPDX-License-Identifier: GPL-3.0-or-later
// Real keyward-cli processes on one vault at once (issue #11): a `key generate` loop beside
// `audit verify` loops. Before the read snapshot, a verify that streamed the events while a
// generate committed then read the newer head and exited 4 ("events were removed from the end"):
// a false tamper alarm. Here every verify must exit 0 and every generated key must be in the vault.

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>
#include <memory>

namespace {

// One command run again and again, each run starting when the previous one ended.
class CommandLoop {
public:
    CommandLoop(QProcessEnvironment env, std::function<QStringList(int)> arguments)
        : m_env(std::move(env)), m_arguments(std::move(arguments))
    {
    }

    void start() { next(); }
    void stop() { m_stopping = true; }
    bool finished() const { return m_stopping && (!m_process || m_process->state() == QProcess::NotRunning); }
    int runs() const { return int(m_exitCodes.size()); }
    const QList<int>& exitCodes() const { return m_exitCodes; }
    const QStringList& failures() const { return m_failures; }

private:
    void next()
    {
        if (m_stopping)
            return;
        m_process = std::make_unique<QProcess>();
        m_process->setProcessEnvironment(m_env);
        QObject::connect(m_process.get(), &QProcess::finished, m_process.get(),
                         [this](int exitCode, QProcess::ExitStatus status) {
                             const int code = status == QProcess::NormalExit ? exitCode : -1;
                             m_exitCodes.append(code);
                             if (code != 0)
                                 m_failures.append(QString::fromUtf8(m_process->readAllStandardError()));
                             // Not from inside the finished signal: the next run replaces m_process.
                             QMetaObject::invokeMethod(&m_context, [this] { next(); }, Qt::QueuedConnection);
                         });
        m_process->start(QStringLiteral(KEYWARD_CLI_PATH), m_arguments(runs()));
    }

    QObject m_context; // receives the queued "start the next run"
    QProcessEnvironment m_env;
    std::function<QStringList(int)> m_arguments;
    std::unique_ptr<QProcess> m_process;
    QList<int> m_exitCodes;
    QStringList m_failures;
    bool m_stopping = false;
};

} // namespace

class TestCliConcurrency : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KEYWARD_KDF"), QStringLiteral("test"));
        env.insert(QStringLiteral("KEYWARD_PASSPHRASE_FILE"), m_dir.filePath(QStringLiteral("alice.pw")));
        env.insert(QStringLiteral("KEYWARD_VAULT"), m_dir.filePath(QStringLiteral("vault")));
        return env;
    }

    int run(const QStringList& arguments, QByteArray* out = nullptr)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(KEYWARD_CLI_PATH), arguments);
        if (!process.waitForFinished(60000))
            return -1;
        if (out)
            *out = process.readAllStandardOutput();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile pw(m_dir.filePath(QStringLiteral("alice.pw")));
        QVERIFY(pw.open(QIODevice::WriteOnly) && pw.write("alice passphrase\n") > 0);
        pw.close();
        QCOMPARE(run({ QStringLiteral("init"), QStringLiteral("--officer"), QStringLiteral("alice") }), 0);
    }

    void generateBesideVerifyNeverExitsFour()
    {
        const auto generate = [](int i) {
            return QStringList { QStringLiteral("key"), QStringLiteral("generate"), QStringLiteral("--set"),
                                 QStringLiteral("payments-api"), QStringLiteral("--use"), QStringLiteral("sig"),
                                 QStringLiteral("--alg"), QStringLiteral("ES256"), QStringLiteral("--owner"),
                                 QStringLiteral("team-payments"), QStringLiteral("--expires"), QStringLiteral("2099-01-01"),
                                 QStringLiteral("--kid"), QStringLiteral("k-%1").arg(i) };
        };
        const auto verify = [](int) { return QStringList { QStringLiteral("audit"), QStringLiteral("verify") }; };

        CommandLoop writer(environment(), generate);
        // Several verify loops so ~150 verifies fit in the time while generates keep committing.
        std::vector<std::unique_ptr<CommandLoop>> readers;
        for (int i = 0; i < 3; ++i)
            readers.push_back(std::make_unique<CommandLoop>(environment(), verify));
        writer.start();
        for (const auto& reader : readers)
            reader->start();

        const auto verifies = [&] {
            int total = 0;
            for (const auto& reader : readers)
                total += reader->runs();
            return total;
        };
        QElapsedTimer elapsed;
        elapsed.start();
        // ~150 verifies take about 10 s here; a slow CI machine stops at the time cap instead.
        while (verifies() < 150 && elapsed.elapsed() < 30000)
            QTest::qWait(50); // waits on the loops' processes, not a fixed delay for a result
        writer.stop();
        for (const auto& reader : readers)
            reader->stop();
        QTRY_VERIFY_WITH_TIMEOUT(writer.finished(), 30000);
        for (const auto& reader : readers)
            QTRY_VERIFY_WITH_TIMEOUT(reader->finished(), 30000);
        qInfo("%d verifies beside %d generates in %lld ms", verifies(), writer.runs(), elapsed.elapsed());

        QVERIFY2(verifies() >= 50, qPrintable(QString::number(verifies())));
        QVERIFY2(writer.runs() >= 5, qPrintable(QString::number(writer.runs()))); // they did overlap
        for (const auto& reader : readers) {
            QVERIFY2(!reader->exitCodes().contains(4), qPrintable(reader->failures().join(u'\n')));
            QVERIFY2(reader->failures().isEmpty(), qPrintable(reader->failures().join(u'\n')));
        }
        QVERIFY2(writer.failures().isEmpty(), qPrintable(writer.failures().join(u'\n')));

        // Every generate that reported success left its key, and the chain verifies at the end.
        QByteArray out;
        QCOMPARE(run({ QStringLiteral("key"), QStringLiteral("list"), QStringLiteral("--json") }, &out), 0);
        QCOMPARE(QJsonDocument::fromJson(out).array().size(), writer.runs());
        QCOMPARE(run({ QStringLiteral("audit"), QStringLiteral("verify") }), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliConcurrency)
#include "tst_cli_concurrency.moc"
