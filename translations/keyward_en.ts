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
</TS>
