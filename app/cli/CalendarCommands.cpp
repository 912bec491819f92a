// SPDX-License-Identifier: GPL-3.0-or-later
// `calendar export --out FILE.ics` (SPEC §4): due rotations, retirements, expiries and scheduled
// destructions as iCalendar events for the officers' calendars.

#include "Command.h"
#include "RequestSession.h"

#include "requests/CalendarExport.h"

#include <QJsonObject>

namespace keyward::cli {

using namespace keyward::core;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(keyward::cli::CalendarCommands)
};

int runExport(CliContext& context, const QStringList&)
{
    const QString out = context.optionValue(QStringLiteral("out"));
    if (out.isEmpty())
        return context.usageError(Tr::tr("calendar export needs --out FILE.ics."));
    int exitCode = ExitOk;
    std::unique_ptr<RequestSession> session = RequestSession::open(context, exitCode);
    if (!session)
        return exitCode;
    // Built and written in one go, from one moment of the vault.
    Result<int> written = CalendarExport::write(session->vault(), out);
    if (!written.ok())
        return context.fail(written.error());
    const int events = *written;
    if (context.json())
        context.printJson(QJsonObject { { QStringLiteral("file"), out }, { QStringLiteral("events"), events } });
    context.message(Tr::tr("Wrote %n event(s) to %1.", nullptr, events).arg(out));
    return ExitOk;
}

} // namespace

QList<CommandSpec> calendarCommands()
{
    return {
        CommandSpec { { QStringLiteral("calendar"), QStringLiteral("export") },
            QStringLiteral("calendar export --out FILE.ics"),
            Tr::tr("Write an iCalendar file of due rotations, retirements, expiries and scheduled destructions."),
            { { QStringLiteral("out"), true, false } }, 0, 0, runExport },
    };
}

} // namespace keyward::cli
