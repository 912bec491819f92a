// SPDX-License-Identifier: GPL-3.0-or-later
// `review list | countersign` (SPEC §4 break-glass revocation, SPEC §2 offboarding): a second
// officer re-authenticates and countersigns what one officer did alone.

#include "Command.h"
#include "RequestSession.h"
#include "TerminalText.h"

#include "keys/KeyInventory.h"
#include "keys/ReviewStore.h"
#include "requests/ReviewCountersign.h"

#include <QJsonArray>
#include <QJsonObject>

namespace keyward::cli {

using namespace keyward::core;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(keyward::cli::ReviewCommands)
};

QJsonObject reviewJson(const Review& review)
{
    const auto orNull = [](const QString& text) { return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text); };
    return QJsonObject { { QStringLiteral("id"), review.id }, { QStringLiteral("kind"), review.kind },
        { QStringLiteral("subject"), review.subject }, { QStringLiteral("keySet"), orNull(review.keySet) },
        { QStringLiteral("openedBy"), review.openedBy },
        { QStringLiteral("openedAt"), KeyInventory::formatDateTime(review.openedAt) },
        { QStringLiteral("reason"), review.reason }, { QStringLiteral("open"), review.isOpen() },
        { QStringLiteral("countersignedBy"), orNull(review.countersignedBy) },
        { QStringLiteral("countersignedAt"), orNull(KeyInventory::formatDateTime(review.countersignedAt)) } };
}

QString reviewLine(const Review& review)
{
    return QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
        .arg(QString::number(review.id), review.kind, TerminalText::escape(review.subject),
             TerminalText::escape(review.openedBy),
             KeyInventory::formatDateTime(review.openedAt),
             review.isOpen() ? Tr::tr("OPEN: needs a countersign")
                             : Tr::tr("countersigned by %1 at %2")
                                   .arg(TerminalText::escape(review.countersignedBy),
                                        KeyInventory::formatDateTime(review.countersignedAt)));
}

int runList(CliContext& context, const QStringList&)
{
    int exitCode = ExitOk;
    std::unique_ptr<RequestSession> session = RequestSession::open(context, exitCode);
    if (!session)
        return exitCode;
    const ReviewStore store(session->vault().database());
    Result<QList<Review>> reviews = context.hasOption(QStringLiteral("open")) ? store.openReviews() : store.all();
    if (!reviews.ok())
        return context.fail(reviews.error());
    if (context.json()) {
        QJsonArray array;
        for (const Review& review : std::as_const(*reviews))
            array.append(reviewJson(review));
        context.printJson(array);
        return ExitOk;
    }
    for (const Review& review : std::as_const(*reviews))
        context.print(reviewLine(review));
    if (reviews->isEmpty())
        context.message(Tr::tr("No reviews."));
    return ExitOk;
}

int runCountersign(CliContext& context, const QStringList& args)
{
    int exitCode = ExitOk;
    const std::optional<qint64> id = parseId(context, args.first(), QStringLiteral("review list"), exitCode);
    if (!id)
        return exitCode;
    const QString note = context.optionValue(QStringLiteral("note"));
    if (note.trimmed().isEmpty())
        return context.usageError(Tr::tr("review countersign needs --note TEXT: what you checked."));
    std::unique_ptr<RequestSession> session = RequestSession::open(context, exitCode, true);
    if (!session)
        return exitCode;
    Result<Review> review = ReviewCountersign::run(session->vault(), *id, session->credential(), note);
    if (!review.ok())
        return context.fail(review.error());
    if (context.json())
        context.printJson(reviewJson(*review));
    else
        context.print(reviewLine(*review));
    context.message(Tr::tr("Countersigned review %1 (%2 of %3).").arg(QString::number(*id), review->kind, review->subject));
    return ExitOk;
}

} // namespace

QList<CommandSpec> reviewCommands()
{
    return {
        CommandSpec { { QStringLiteral("review"), QStringLiteral("list") }, QStringLiteral("review list [--open]"),
            Tr::tr("List break-glass and offboarding reviews, newest first (--open: only those awaiting a countersign)."),
            { { QStringLiteral("open"), false, false } }, 0, 0, runList },
        CommandSpec { { QStringLiteral("review"), QStringLiteral("countersign") },
            QStringLiteral("review countersign ID --note TEXT"),
            Tr::tr("Countersign a review as a second officer (approver or admin), re-authenticating."),
            { { QStringLiteral("note"), true, false } }, 1, 1, runCountersign },
    };
}

} // namespace keyward::cli
