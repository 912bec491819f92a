// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeadVerifier.h"

#include "audit/AuditEvent.h"
#include "common/Base64Url.h"
#include "vault/SlotCrypto.h"

#include <QJsonDocument>

#include <algorithm>
#include <thread>

namespace keyward::core {

namespace {

// The first schema whose vaults sign every head from their first event (0007_head_signatures.sql).
constexpr int kSignedHeadsSchema = 7;

bool isRosterAction(QByteArrayView action)
{
    // Cheap test first: this runs for every event. The list itself is the roster's own, so an
    // action the roster learns (officer.enrolled) is never missed here.
    if (!action.startsWith("officer.") && !action.startsWith("roster."))
        return false;
    static const QStringList actions = RosterBuilder::rosterActions();
    return actions.contains(QString::fromUtf8(action));
}

} // namespace

HeadVerifier::HeadVerifier(const QString& vaultId, QList<SignedHead> heads, QHash<QString, QJsonObject> officerKeys)
    : m_vaultId(vaultId), m_heads(std::move(heads)), m_officerKeys(std::move(officerKeys)), m_roster(vaultId)
{
}

void HeadVerifier::startAt(qint64 firstSeq, const RosterBuilder& rosterBefore)
{
    m_roster = rosterBefore;
    m_fingerprint = m_roster.roster().fingerprint();
    // A head before the range is not judged (its event is not here), but it is what makes a legacy
    // boundary inside the range one that cannot be.
    while (m_next < m_heads.size() && m_heads.at(m_next).count < firstSeq)
        m_lastHead = m_heads.at(m_next++).count;
}

void HeadVerifier::fail(qint64 seq, const QString& problem)
{
    if (m_firstBadSeq != 0 && m_firstBadSeq <= seq)
        return;
    m_firstBadSeq = seq;
    m_problem = problem;
}

bool HeadVerifier::applyRosterEvent(qint64 seq, QByteArrayView at, QByteArrayView actor, QByteArrayView action,
                                    QByteArrayView subject, QByteArrayView detailsJson)
{
    AuditEvent event;
    event.seq = seq;
    event.at = QDateTime::fromString(QString::fromLatin1(at), Qt::ISODateWithMs).toUTC();
    event.actor = QString::fromUtf8(actor);
    event.action = QString::fromUtf8(action);
    event.subject = QString::fromUtf8(subject);
    event.details = QJsonDocument::fromJson(detailsJson.toByteArray()).object();
    const Status applied = m_roster.apply(event);
    if (!applied.ok()) {
        fail(seq, applied.message());
        return false;
    }
    m_fingerprint = m_roster.roster().fingerprint();
    return true;
}

bool HeadVerifier::feed(qint64 seq, QByteArrayView at, QByteArrayView actor, QByteArrayView action,
                        QByteArrayView subject, QByteArrayView detailsJson, QByteArrayView hash)
{
    if (m_firstBadSeq != 0)
        return false;
    if (seq == 1) {
        // The root of everything: without it, the roster (and its fingerprint) could start anywhere.
        if (action != "vault.created" || subject != m_vaultId.toUtf8()) {
            fail(seq, tr("Event 1 is not the creation of this vault: the start of the log (its genesis) was removed "
                         "or replaced."));
            return false;
        }
        m_createdSchema = QJsonDocument::fromJson(detailsJson.toByteArray())
                              .object()
                              .value(QStringLiteral("schema"))
                              .toInt();
    }
    if (isRosterAction(action) && !applyRosterEvent(seq, at, actor, action, subject, detailsJson))
        return false;
    // Usually one or two actors per transaction: a short list beats a hash set here.
    const auto known = std::find_if(m_actors.cbegin(), m_actors.cend(),
                                    [&](const Actor& a) { return QByteArrayView(a.name) == actor; });
    if (known == m_actors.cend())
        m_actors.push_back(Actor { actor.toByteArray(), seq });
    while (m_next < m_heads.size() && m_heads.at(m_next).count < seq)
        ++m_next; // a head between events cannot be: only reached when a count repeats (never)
    if (m_next < m_heads.size() && m_heads.at(m_next).count == seq)
        return checkHead(seq, hash);
    return true;
}

QByteArray HeadVerifier::publicKeyOf(const QString& officer)
{
    QJsonObject jwk;
    if (m_roster.roster().isSigned()) {
        if (const RosterMember* member = m_roster.roster().member(officer))
            jwk = member->signingJwk;
    } else {
        jwk = m_officerKeys.value(officer);
    }
    if (jwk.value(QStringLiteral("kty")).toString() != QLatin1String("OKP")
        || jwk.value(QStringLiteral("crv")).toString() != QLatin1String("Ed25519"))
        return {};
    Result<QByteArray> raw = base64url::decode(jwk.value(QStringLiteral("x")).toString().toLatin1());
    return raw.ok() && raw->size() == 32 ? *raw : QByteArray();
}

bool HeadVerifier::checkHead(qint64 count, QByteArrayView hash)
{
    QStringList signers;
    for (; m_next < m_heads.size() && m_heads.at(m_next).count == count; ++m_next) {
        const SignedHead& head = m_heads.at(m_next);
        if (head.isLegacyBoundary()) {
            // Only where a vault from before signed heads was upgraded: at its very first head,
            // in a vault that was not created with signed heads.
            if (m_lastHead != 0 || m_createdSchema >= kSignedHeadsSchema) {
                fail(count, tr("The head at event %1 is marked as written before signed heads, but this vault "
                               "signed its heads from the start: the mark was planted to hide changed events.")
                                .arg(count));
                return false;
            }
            signers.append(QString());
            continue;
        }
        const QByteArray key = publicKeyOf(head.officer);
        if (key.isEmpty()) {
            fail(count, tr("The head at event %1 is signed as %2, who is not an officer in the signed roster at "
                           "that point.")
                            .arg(count)
                            .arg(head.officer));
            return false;
        }
        m_jobs.push_back(Job { count, head.officer,
                               headsig::signedBytes(m_vaultId, m_fingerprint, count, hash, head.officer), key,
                               head.signature });
        signers.append(head.officer);
    }
    if (m_createdSchema >= kSignedHeadsSchema && !m_roster.roster().isSigned()) {
        fail(count, tr("The head at event %1 has no signed roster behind it: the genesis of the roster was removed "
                       "or replaced.")
                        .arg(count));
        return false;
    }
    const bool legacy = signers.contains(QString());
    for (const Actor& actor : m_actors) {
        const QString name = QString::fromUtf8(actor.name);
        if (legacy || signers.contains(name))
            continue;
        //: %3 is a list of officer names
        fail(actor.firstSeq,
             tr("Event %1 by %2 is not covered by a head signature of %2 (the next head, at event %4, is signed by "
                "%3 only): the event was inserted or changed, or the signature of %2 was removed.")
                 .arg(actor.firstSeq)
                 .arg(name, signers.join(QStringLiteral(", ")))
                 .arg(count));
        return false;
    }
    m_actors.clear();
    m_lastHead = count;
    return true;
}

void HeadVerifier::finish(qint64 eventCount, bool chainComplete)
{
    if (chainComplete && m_firstBadSeq == 0) {
        if (m_next < m_heads.size()) {
            fail(eventCount + 1, tr("A head was signed at event %1, but the log ends at event %2: events were removed "
                                    "from the end.")
                                     .arg(m_heads.at(m_next).count)
                                     .arg(eventCount));
        } else if (m_lastHead < eventCount) {
            fail(m_lastHead + 1, tr("Events %1 to %2 come after the last signed head (event %3): they were written "
                                    "outside Keyward, or their head signature was removed.")
                                     .arg(m_lastHead + 1)
                                     .arg(eventCount)
                                     .arg(m_lastHead));
        }
    }
    verifySignatures();
}

void HeadVerifier::verifySignatures()
{
    if (m_jobs.empty())
        return;
    // Ed25519 verification dominates the cost of a head: spread it over every core.
    std::vector<char> valid(m_jobs.size(), 0);
    const std::size_t workers
        = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, std::max<std::size_t>(1, m_jobs.size() / 64));
    const auto run = [&](std::size_t first) {
        for (std::size_t i = first; i < m_jobs.size(); i += workers) {
            const Job& job = m_jobs[i];
            valid[i] = slotcrypto::ed25519Verify(job.publicKey, job.signedBytes, job.signature) ? 1 : 0;
        }
    };
    std::vector<std::thread> threads;
    for (std::size_t w = 1; w < workers; ++w)
        threads.emplace_back(run, w);
    run(0);
    for (std::thread& thread : threads)
        thread.join();
    for (std::size_t i = 0; i < m_jobs.size(); ++i) {
        if (valid[i])
            continue;
        const Job& job = m_jobs[i];
        fail(job.count, tr("The head at event %1 is signed as %2, but the signature does not verify with the key "
                           "of %2 in the signed roster: the events up to %1 were changed after %2 signed them, or "
                           "the signature was forged.")
                            .arg(job.count)
                            .arg(job.officer));
        break; // jobs are in count order: the first failure is the earliest
    }
    m_jobs.clear();
}

} // namespace keyward::core
