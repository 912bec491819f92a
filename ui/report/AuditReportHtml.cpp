// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditReportHtml.h"

namespace keyward::report {

using core::AuditReportData;

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString table(const QStringList& headers, const QList<QStringList>& rows)
{
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>");
    for (const QString& header : headers)
        html += QStringLiteral("<th bgcolor=\"#e8e8e8\" align=\"left\">%1</th>").arg(esc(header));
    html += QStringLiteral("</tr>");
    for (const QStringList& row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString& cell : row)
            html += QStringLiteral("<td>%1</td>").arg(esc(cell));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString section(const QString& title, bool newPage = false)
{
    return QStringLiteral("<h2%1>%2</h2>")
        .arg(newPage ? QStringLiteral(" style=\"page-break-before: always\"") : QString(), esc(title));
}

QString none(const QString& text)
{
    return QStringLiteral("<p><i>%1</i></p>").arg(esc(text));
}

QList<QStringList> keyRows(const QList<AuditReportData::Key>& keys)
{
    QList<QStringList> rows;
    for (const AuditReportData::Key& k : keys)
        rows.append({ k.set, k.kid, k.use, k.alg, k.state + (k.primary ? QStringLiteral(" (primary)") : QString()),
                      k.nistState, k.owner, k.env, k.expires, k.flags });
    return rows;
}

} // namespace

QString AuditReportHtml::build(const AuditReportData& d)
{
    QString html = QStringLiteral("<html><body>");
    // Cover.
    html += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Keyward audit evidence")));
    html += table({ tr("Item"), tr("Value") },
                  { { tr("Vault id"), d.vaultId },
                    { tr("Vault fingerprint"), d.fingerprint },
                    { tr("Range"), tr("%1 to %2").arg(d.rangeFrom, d.rangeTo) },
                    { tr("Events in this export"), tr("%1 (seq %2 to %3)").arg(d.eventCount).arg(d.firstSeq).arg(d.lastSeq) },
                    { tr("First / last event hash"), d.firstHash + QStringLiteral(" / ") + d.lastHash },
                    { tr("Signed tree head"), tr("%1 events, Merkle root %2").arg(d.treeSize).arg(d.treeRoot) },
                    { tr("Exported by"), d.exporter },
                    { tr("Generated"), d.generatedAt + QStringLiteral(" — ") + d.generator } });
    html += section(tr("Officers (signed roster)"));
    QList<QStringList> officers;
    for (const AuditReportData::Officer& o : d.officers)
        officers.append({ o.name, o.roles, o.thumbprint, o.tofu ? tr("trusted on first use") : tr("approved by request") });
    html += table({ tr("Officer"), tr("Roles"), tr("Signing key thumbprint"), tr("Admission") }, officers);

    const QStringList keyHeaders { tr("Set"), tr("kid"), tr("Use"), tr("alg"), tr("State"), tr("NIST SP 800-57"),
                                   tr("Owner"), tr("Env"), tr("Expires"), tr("Flags") };
    html += section(tr("Key inventory"), true);
    html += d.keys.isEmpty() ? none(tr("The vault holds no keys.")) : table(keyHeaders, keyRows(d.keys));
    html += section(tr("Overdue keys (past cryptoperiod or expired)"));
    html += d.overdue.isEmpty() ? none(tr("No key is overdue.")) : table(keyHeaders, keyRows(d.overdue));

    html += section(tr("Rotations"), true);
    QList<QStringList> rotations;
    for (const AuditReportData::Rotation& r : d.rotations)
        rotations.append({ QString::number(r.request), r.set + QStringLiteral(" / ") + r.subject, r.requester,
                           r.approvers, r.state, r.reason, r.created, r.executed, r.signature });
    html += rotations.isEmpty() ? none(tr("No rotation was requested."))
                                : table({ tr("Request"), tr("Key"), tr("Requester"), tr("Approver"), tr("State"),
                                          tr("Reason"), tr("Requested"), tr("Executed"), tr("Approval signature") },
                                        rotations);
    html += section(tr("Unreviewed break-glass acts"));
    QList<QStringList> breakGlass;
    for (const AuditReportData::BreakGlass& b : d.unreviewedBreakGlass)
        breakGlass.append({ QString::number(b.review), b.set + QStringLiteral(" / ") + b.subject, b.openedBy, b.openedAt, b.reason });
    html += breakGlass.isEmpty() ? none(tr("Every break-glass act was countersigned."))
                                 : table({ tr("Review"), tr("Key"), tr("Revoked by"), tr("At"), tr("Reason") }, breakGlass);
    for (const auto& [title, rows] : d.extraSections) {
        html += section(title);
        QList<QStringList> cells;
        for (const AuditReportData::Row& row : rows)
            cells.append(row.cells);
        html += cells.isEmpty() ? none(tr("Nothing recorded.")) : table(QStringList(cells.first().size(), QString()), cells);
    }

    html += section(tr("Verifying this export by hand"), true);
    html += tr("<p>Nothing of Keyward is needed. In the export folder:</p><ol>"
               "<li><b>Files.</b> Decode the payload of <tt>manifest.jws</tt> (the middle part, base64url) and compare "
               "each <tt>files[].sha256</tt> with <tt>sha256sum audit.jsonl audit.csv roster.jsonl proofs.json report.pdf</tt>.</li>"
               "<li><b>Who signed.</b> <tt>roster.jsonl</tt> holds the officers' signed admissions from the vault's genesis; "
               "each officer's public key is the <tt>signingJwk</tt> of their statement. Verify <tt>manifest.jws</tt> "
               "(compact JWS, EdDSA) with the exporter's key and <tt>treehead.json</tt> (general JWS JSON) with the two "
               "officers' keys in any JOSE library, e.g. python3-jwcrypto: <tt>JWS().deserialize(text); jws.verify(JWK(**jwk))</tt>. "
               "The <tt>kid</tt> of each signature is the RFC 7638 thumbprint of the signer's key.</li>"
               "<li><b>The chain.</b> Each line of <tt>audit.jsonl</tt> is one event. Remove its <tt>,\"hash\":\"…\"</tt> "
               "member; SHA-256 of <tt>prev</tt> followed by the remaining line must equal <tt>hash</tt>; <tt>prev</tt> equals "
               "the previous line's <tt>hash</tt>; <tt>seq</tt> counts up by one.</li>"
               "<li><b>The Merkle tree</b> (RFC 6962). Leaf = SHA-256(0x00 ‖ line without the line break), node = "
               "SHA-256(0x01 ‖ left ‖ right). For a full export the root over all lines equals <tt>root</tt> in the tree "
               "head; <tt>proofs.json</tt> holds inclusion proofs and consistency proofs from earlier heads.</li>"
               "<li><b>Nothing removed since your last export.</b> Keep <tt>treehead.json</tt> of each export you receive; "
               "<tt>keyward-cli verify audit NEW --since OLD</tt> (or an RFC 6962 consistency check) proves the log only grew.</li>"
               "<li><b>The vault.</b> Compare the vault fingerprint on the cover with the one your officers give you "
               "out of band (<tt>--fingerprint</tt>).</li></ol>");

    html += section(tr("Controls and where the proof is"), true);
    html += table({ tr("Requirement"), tr("Keyward control"), tr("Exported file and field") },
                  {
                      { tr("PCI DSS 4.0 3.6.1 keys protected against disclosure and misuse"), tr("Encrypted vault; two-person rule for every governed change"), tr("audit.jsonl: request.created / request.approved (details.approvals)") },
                      { tr("PCI DSS 4.0 3.6.1.1 test and production keys differ"), tr("Same key material refused in two environments"), tr("report.pdf inventory (Env); audit.jsonl key.generated details") },
                      { tr("PCI DSS 4.0 3.6.1.2 secret keys stored encrypted"), tr("SQLCipher vault, master key wrapped per officer (Argon2id)"), tr("jwks.json public members only; audit.jsonl vault.created") },
                      { tr("PCI DSS 4.0 3.6.1.3 fewest custodians"), tr("Signed officer roster"), tr("roster.jsonl; report.pdf Officers") },
                      { tr("PCI DSS 4.0 3.6.1.4 fewest locations"), tr("Private export only by approved request"), tr("audit.jsonl key.exported-private, request.approved") },
                      { tr("PCI DSS 4.0 3.7.1 strong key generation"), tr("In-vault generation, RSA ≥ 2048, strength derived"), tr("audit.jsonl key.generated; report.pdf inventory (alg)") },
                      { tr("PCI DSS 4.0 3.7.2 secure distribution"), tr("Signed JWKS bundles"), tr("jwks.jws; manifest.json signer") },
                      { tr("PCI DSS 4.0 3.7.3 secure storage"), tr("Encrypted vault, keyslots bound to the roster"), tr("audit.jsonl vault.created, officer.added") },
                      { tr("PCI DSS 4.0 3.7.4 change at end of cryptoperiod"), tr("Cryptoperiod policy, rotation drafted when due"), tr("report.pdf Overdue keys, Rotations; audit.jsonl key.rotated") },
                      { tr("PCI DSS 4.0 3.7.5 retire, replace, destroy"), tr("Retirement gate, waiting period before destruction, revocation"), tr("audit.jsonl key.retired, key.destroyed, key.revoked") },
                      { tr("PCI DSS 4.0 3.7.6 split knowledge and dual control"), tr("Requests approved by another officer's signature"), tr("report.pdf Rotations (Approval signature); treehead.json two signatures") },
                      { tr("PCI DSS 4.0 3.7.7 no unauthorized substitution"), tr("Signed roster, hash chain, Merkle tree, signed exports"), tr("manifest.jws; treehead.json; proofs.json; audit.jsonl hash, prev") },
                      { tr("PCI DSS 4.0 3.7.8 custodians acknowledge"), tr("Acknowledgement at first unlock"), tr("audit.jsonl officer.acknowledged") },
                      { tr("PCI DSS 4.0 3.7.9 guidance to customers"), tr("Cache lifetime and verification guidance"), tr("manifest.json cache_control; this report's verification page") },
                      { tr("NIST SP 800-57 pre-activation"), tr("state pending"), tr("report.pdf inventory (NIST SP 800-57); audit.jsonl key.pending") },
                      { tr("NIST SP 800-57 active"), tr("state active (primary signs and encrypts)"), tr("report.pdf inventory; audit.jsonl key.activated, key.rotated") },
                      { tr("NIST SP 800-57 deactivated"), tr("states grace and retired"), tr("report.pdf inventory; audit.jsonl key.grace, key.retired") },
                      { tr("NIST SP 800-57 compromised"), tr("state revoked, break-glass review"), tr("report.pdf Unreviewed break-glass acts; audit.jsonl key.revoked") },
                      { tr("NIST SP 800-57 destroyed"), tr("state destroyed after the waiting period"), tr("audit.jsonl key.destroyed") },
                  });
    html += QStringLiteral("</body></html>");
    return html;
}

} // namespace keyward::report
