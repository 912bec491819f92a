<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>keyward::cli::BackupCommands</name>
    <message numerus="yes">
        <source>Backed up the vault to %1 (%n audit event(s)). Check it with: keyward-cli vault check %1</source>
        <translation>
            <numerusform>Backed up the vault to %1 (%n audit event). Check it with: keyward-cli vault check %1</numerusform>
            <numerusform>Backed up the vault to %1 (%n audit events). Check it with: keyward-cli vault check %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backup in %1 is whole: it opens for %2, passes the integrity check and its audit chain of %n event(s) is intact.</source>
        <translation>
            <numerusform>The backup in %1 is whole: it opens for %2, passes the integrity check and its audit chain of %n event is intact.</numerusform>
            <numerusform>The backup in %1 is whole: it opens for %2, passes the integrity check and its audit chain of %n events is intact.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::cli::CalendarCommands</name>
    <message numerus="yes">
        <source>Wrote %n event(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n event to %1.</numerusform>
            <numerusform>Wrote %n events to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::cli::DriftCommands</name>
    <message numerus="yes">
        <source>Drift: %n finding(s) for key set %1.</source>
        <translation>
            <numerusform>Drift: %n finding for key set %1.</numerusform>
            <numerusform>Drift: %n findings for key set %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::cli::ExportCommands</name>
    <message numerus="yes">
        <source>Exported the JWKS bundle of %1 (%n key(s)), signed by %2, to %3.</source>
        <translation>
            <numerusform>Exported the JWKS bundle of %1 (%n key), signed by %2, to %3.</numerusform>
            <numerusform>Exported the JWKS bundle of %1 (%n keys), signed by %2, to %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit event(s) to %1. The tree head (%2 events) is signed by you; a second officer co-signs it with: keyward-cli export cosign %1 --as OTHER</source>
        <translation>
            <numerusform>Exported %n audit event to %1. The tree head (%2 events) is signed by you; a second officer co-signs it with: keyward-cli export cosign %1 --as OTHER</numerusform>
            <numerusform>Exported %n audit events to %1. The tree head (%2 events) is signed by you; a second officer co-signs it with: keyward-cli export cosign %1 --as OTHER</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::cli::RequestSession</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warning: for %n act(s) taken alone, a second officer&apos;s countersign (review %1) is awaited; see &apos;keyward-cli review list --open&apos;.</source>
        <translation>
            <numerusform>warning: for %n act taken alone, a second officer&apos;s countersign (review %1) is awaited; see &apos;keyward-cli review list --open&apos;.</numerusform>
            <numerusform>warning: for %n acts taken alone, a second officer&apos;s countersign (review %1) is awaited; see &apos;keyward-cli review list --open&apos;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::cli::SampleCommands</name>
    <message numerus="yes">
        <source>Imported %n new sample(s) from %1 file(s); %2 duplicate(s), %3 file(s) skipped.</source>
        <translation>
            <numerusform>Imported %n new sample from %1 file; %2 duplicate, %3 file skipped.</numerusform>
            <numerusform>Imported %n new samples from %1 files; %2 duplicates, %3 files skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-wrapped %n sample(s) to %1, each verified with it; manifest: %2</source>
        <translation>
            <numerusform>Re-wrapped %n sample to %1, each verified with it; manifest: %2</numerusform>
            <numerusform>Re-wrapped %n samples to %1, each verified with it; manifest: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::cli::TrustCommands</name>
    <message numerus="yes">
        <source>… and %n more line(s) with problems.</source>
        <translation>
            <numerusform>… and %n more line with problems.</numerusform>
            <numerusform>… and %n more lines with problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::cli::WorkloadCommands</name>
    <message numerus="yes">
        <source>Nothing was imported: %n line(s) need fixing.</source>
        <translation>
            <numerusform>Nothing was imported: %n line need fixing.</numerusform>
            <numerusform>Nothing was imported: %n lines need fixing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n workload(s).</source>
        <translation>
            <numerusform>Imported %n workload.</numerusform>
            <numerusform>Imported %n workloads.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::core::AuditVerifier</name>
    <message numerus="yes">
        <source>audit.jsonl holds %n event(s), not the signed count, first and last hash.</source>
        <translation>
            <numerusform>audit.jsonl holds %n event, not the signed count, first and last hash.</numerusform>
            <numerusform>audit.jsonl holds %n events, not the signed count, first and last hash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>audit.jsonl: %n event(s) in order, each linked to the one before and unchanged</source>
        <translation>
            <numerusform>audit.jsonl: %n event in order, each linked to the one before and unchanged</numerusform>
            <numerusform>audit.jsonl: %n events in order, each linked to the one before and unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The officer roster rebuilds from its signed genesis (%n officer(s))</source>
        <translation>
            <numerusform>The officer roster rebuilds from its signed genesis (%n officer)</numerusform>
            <numerusform>The officer roster rebuilds from its signed genesis (%n officers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest checkpoint before the last event %1 is %n hour(s) older than it (event %2)</source>
        <translation>
            <numerusform>The newest checkpoint before the last event %1 is %n hour older than it (event %2)</numerusform>
            <numerusform>The newest checkpoint before the last event %1 is %n hours older than it (event %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request decision(s) verify with their officer&apos;s key in the signed roster</source>
        <translation>
            <numerusform>%n request decision verify with their officer&apos;s key in the signed roster</numerusform>
            <numerusform>%n request decisions verify with their officer&apos;s key in the signed roster</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::core::JwksVerifier</name>
    <message numerus="yes">
        <source>The signed keys equal jwks.json (%n key(s))</source>
        <translation>
            <numerusform>The signed keys equal jwks.json (%n key)</numerusform>
            <numerusform>The signed keys equal jwks.json (%n keys)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::core::KeyRequestSupport</name>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::core::samples::SampleGate</name>
    <message numerus="yes">
        <source>Key &quot;%1&quot; cannot be retired: %n of its archived samples have no passing test-decrypt since its last change:</source>
        <translation>
            <numerusform>Key &quot;%1&quot; cannot be retired: %n of its archived samples have no passing test-decrypt since its last change:</numerusform>
            <numerusform>Key &quot;%1&quot; cannot be retired: %n of its archived samples have no passing test-decrypt since its last change:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Destroying key &quot;%1&quot; would make %n archived sample(s) unreadable for good:</source>
        <translation>
            <numerusform>Destroying key &quot;%1&quot; would make %n archived sample unreadable for good:</numerusform>
            <numerusform>Destroying key &quot;%1&quot; would make %n archived samples unreadable for good:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::ui::AppController</name>
    <message numerus="yes">
        <source>%n request(s) expired without approval: %1.</source>
        <translation>
            <numerusform>%n request expired without approval: %1.</numerusform>
            <numerusform>%n requests expired without approval: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rotation(s) drafted</source>
        <translation>
            <numerusform>%n rotation drafted</numerusform>
            <numerusform>%n rotations drafted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n destruction(s) run</source>
        <translation>
            <numerusform>%n destruction run</numerusform>
            <numerusform>%n destructions run</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) expired</source>
        <translation>
            <numerusform>%n request expired</numerusform>
            <numerusform>%n requests expired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending key(s) whose activation time had come became active.</source>
        <translation>
            <numerusform>%n pending key whose activation time had come became active.</numerusform>
            <numerusform>%n pending keys whose activation time had come became active.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::ui::BackupAction</name>
    <message numerus="yes">
        <source>Backed up the vault to %1 (%n audit event(s)). Keep the copy away from this computer; &quot;keyward-cli vault check&quot; tells whether a copy is whole.</source>
        <extracomment>%1 is a folder; the command in quotes is not translated.</extracomment>
        <translation>
            <numerusform>Backed up the vault to %1 (%n audit event). Keep the copy away from this computer; &quot;keyward-cli vault check&quot; tells whether a copy is whole.</numerusform>
            <numerusform>Backed up the vault to %1 (%n audit events). Keep the copy away from this computer; &quot;keyward-cli vault check&quot; tells whether a copy is whole.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::ui::ExportEvidenceDialog</name>
    <message numerus="yes">
        <source>The JWKS bundle of %1 holds %n key(s) and is signed by %2. Publish jwks.json with Cache-Control: max-age=%3.</source>
        <translation>
            <numerusform>The JWKS bundle of %1 holds %n key and is signed by %2. Publish jwks.json with Cache-Control: max-age=%3.</numerusform>
            <numerusform>The JWKS bundle of %1 holds %n keys and is signed by %2. Publish jwks.json with Cache-Control: max-age=%3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit event(s) exported; the tree head covers %1 events. Ask a second officer to co-sign it: keyward-cli export cosign &quot;%2&quot; --as OTHER</source>
        <translation>
            <numerusform>%n audit event exported; the tree head covers %1 events. Ask a second officer to co-sign it: keyward-cli export cosign &quot;%2&quot; --as OTHER</numerusform>
            <numerusform>%n audit events exported; the tree head covers %1 events. Ask a second officer to co-sign it: keyward-cli export cosign &quot;%2&quot; --as OTHER</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::ui::KeyRequestDialog</name>
    <message numerus="yes">
        <source>On approval the destruction is scheduled %n day(s) later; until then any officer can cancel it.</source>
        <translation>
            <numerusform>On approval the destruction is scheduled %n day later; until then any officer can cancel it.</numerusform>
            <numerusform>On approval the destruction is scheduled %n days later; until then any officer can cancel it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing changes until a different officer with the approver role approves with their passphrase; unapproved, the request expires in %n hour(s).</source>
        <translation>
            <numerusform>Nothing changes until a different officer with the approver role approves with their passphrase; unapproved, the request expires in %n hour.</numerusform>
            <numerusform>Nothing changes until a different officer with the approver role approves with their passphrase; unapproved, the request expires in %n hours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The crypto-shred names %n archived sample(s)&lt;/b&gt; that become unreadable for good.</source>
        <translation>
            <numerusform>&lt;b&gt;The crypto-shred names %n archived sample&lt;/b&gt; that become unreadable for good.</numerusform>
            <numerusform>&lt;b&gt;The crypto-shred names %n archived samples&lt;/b&gt; that become unreadable for good.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::ui::KeyTimelineView</name>
    <message numerus="yes">
        <source>%n more key(s) not drawn</source>
        <translation>
            <numerusform>%n more key not drawn</numerusform>
            <numerusform>%n more keys not drawn</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::ui::KeysPage</name>
    <message numerus="yes">
        <source>Imported %n key(s).</source>
        <translation>
            <numerusform>Imported %n key.</numerusform>
            <numerusform>Imported %n keys.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Imported %n key(s); refused:&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>
            <numerusform>&lt;b&gt;Imported %n key; refused:&lt;/b&gt;&lt;br&gt;%1</numerusform>
            <numerusform>&lt;b&gt;Imported %n keys; refused:&lt;/b&gt;&lt;br&gt;%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Registered %n public key(s), without a private part in Keyward.</source>
        <translation>
            <numerusform>Registered %n public key, without a private part in Keyward.</numerusform>
            <numerusform>Registered %n public keys, without a private part in Keyward.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::ui::NavigationRail</name>
    <message numerus="yes">
        <source>%1, %n waiting</source>
        <extracomment>Accessible text of a navigation item with a badge: page name, number of waiting items.</extracomment>
        <translation>
            <numerusform>%1, %n waiting</numerusform>
            <numerusform>%1, %n waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::ui::OfficerForm</name>
    <message numerus="yes">
        <source>The passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>The passphrase needs at least %n character.</numerusform>
            <numerusform>The passphrase needs at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::ui::OverviewPage</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::ui::PassphraseStrength</name>
    <message numerus="yes">
        <source>Too short: at least %n character(s)</source>
        <translation>
            <numerusform>Too short: at least %n character</numerusform>
            <numerusform>Too short: at least %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::ui::RequestPresenter</name>
    <message numerus="yes">
        <source>%n readable</source>
        <translation>
            <numerusform>%n readable</numerusform>
            <numerusform>%n readable</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::ui::RotationOverlapPage</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::ui::RotationWizard</name>
    <message numerus="yes">
        <source>Nothing changes until a different officer with the approver role approves with their passphrase; unapproved, the request expires in %n hour(s).</source>
        <translation>
            <numerusform>Nothing changes until a different officer with the approver role approves with their passphrase; unapproved, the request expires in %n hour.</numerusform>
            <numerusform>Nothing changes until a different officer with the approver role approves with their passphrase; unapproved, the request expires in %n hours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::ui::SamplesPage</name>
    <message numerus="yes">
        <source>Imported %n new sample(s); files read: %1, duplicates: %2.</source>
        <translation>
            <numerusform>Imported %n new sample; files read: %1, duplicates: %2.</numerusform>
            <numerusform>Imported %n new samples; files read: %1, duplicates: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::ui::ShredSampleList</name>
    <message numerus="yes">
        <source>%n archived sample(s) can be decrypted with %1 alone: destroying it makes them unreadable for good. Re-wrap them to a successor key first, or name each one here for the crypto-shred the approver signs.</source>
        <translation>
            <numerusform>%n archived sample can be decrypted with %1 alone: destroying it makes them unreadable for good. Re-wrap them to a successor key first, or name each one here for the crypto-shred the approver signs.</numerusform>
            <numerusform>%n archived samples can be decrypted with %1 alone: destroying it makes them unreadable for good. Re-wrap them to a successor key first, or name each one here for the crypto-shred the approver signs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::ui::TrustMapPage</name>
    <message numerus="yes">
        <source>%n key set(s)</source>
        <translation>
            <numerusform>%n key set</numerusform>
            <numerusform>%n key sets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kid(s)</source>
        <translation>
            <numerusform>%n kid</numerusform>
            <numerusform>%n kids</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s)</source>
        <translation>
            <numerusform>%n workload</numerusform>
            <numerusform>%n workloads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with stale trust</source>
        <translation>
            <numerusform>%n with stale trust</numerusform>
            <numerusform>%n with stale trust</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rotation(s) converging</source>
        <translation>
            <numerusform>%n rotation converging</numerusform>
            <numerusform>%n rotations converging</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n line(s) read</source>
        <translation>
            <numerusform>Imported %1: %n line read</numerusform>
            <numerusform>Imported %1: %n lines read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n observation(s) accepted</source>
        <translation>
            <numerusform>, %n observation accepted</numerusform>
            <numerusform>, %n observations accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n workload–kid pair(s)</source>
        <translation>
            <numerusform>, %n workload–kid pair</numerusform>
            <numerusform>, %n workload–kid pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n line(s) skipped.</source>
        <translation>
            <numerusform>, %n line skipped.</numerusform>
            <numerusform>, %n lines skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Nothing was imported: %n line(s) need fixing.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Nothing was imported: %n line need fixing.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Nothing was imported: %n lines need fixing.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n workload(s) from %1.</source>
        <translation>
            <numerusform>Imported %n workload from %1.</numerusform>
            <numerusform>Imported %n workloads from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::ui::trustmap::RetireReadinessPanel</name>
    <message numerus="yes">
        <source>%n blocker(s) left</source>
        <translation>
            <numerusform>%n blocker left</numerusform>
            <numerusform>%n blockers left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::ui::trustmap::TrustGraphScene</name>
    <message numerus="yes">
        <source>Kid %1 in %2, %3%4: %n workload(s) break if it vanishes</source>
        <extracomment>Kid summary: kid, key set, state, then how many workloads break / are exposed.</extracomment>
        <translation>
            <numerusform>Kid %1 in %2, %3%4: %n workload break if it vanishes</numerusform>
            <numerusform>Kid %1 in %2, %3%4: %n workloads break if it vanishes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n exposed if it leaks</source>
        <translation>
            <numerusform>, %n exposed if it leaks</numerusform>
            <numerusform>, %n exposed if it leaks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::ui::trustmap::TrustSummary</name>
    <message numerus="yes">
        <source>%1: %n blocker(s), converged by %2</source>
        <translation>
            <numerusform>%1: %n blocker, converged by %2</numerusform>
            <numerusform>%1: %n blockers, converged by %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n blocker(s), one never clears by itself</source>
        <translation>
            <numerusform>%1: %n blocker, one never clears by itself</numerusform>
            <numerusform>%1: %n blockers, one never clears by itself</numerusform>
        </translation>
    </message>
</context>
</TS>
