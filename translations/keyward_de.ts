<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddOfficerDialog</name>
    <message>
        <source>Add officer — Keyward</source>
        <translation>Beauftragten hinzufügen — Keyward</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hand the keyboard to the new officer.&lt;/b&gt; They type their own passphrase; nobody else should know it.</source>
        <translation>&lt;b&gt;Übergeben Sie die Tastatur dem neuen Beauftragten.&lt;/b&gt; Er gibt seine eigene Passphrase ein; niemand sonst sollte sie kennen.</translation>
    </message>
    <message>
        <source>&amp;Reason for adding:</source>
        <translation>Grund für die Aufnah&amp;me:</translation>
    </message>
    <message>
        <source>signed by the approver with the request</source>
        <translation>vom Genehmiger mit dem Antrag signiert</translation>
    </message>
</context>
<context>
    <name>AesGcm</name>
    <message>
        <source>An AES-GCM key must be 128, 192 or 256 bits long, not %1 bits.</source>
        <translation>Ein AES-GCM-Schlüssel muss 128, 192 oder 256 Bit lang sein, nicht %1 Bit.</translation>
    </message>
    <message>
        <source>An AES-GCM IV must be 96 bits long, not %1 bits.</source>
        <translation>Ein AES-GCM-IV muss 96 Bit lang sein, nicht %1 Bit.</translation>
    </message>
    <message>
        <source>The AES-GCM authentication tag does not match: the data or its key is wrong.</source>
        <translation>Das AES-GCM-Authentifizierungstag stimmt nicht: Die Daten oder ihr Schlüssel sind falsch.</translation>
    </message>
    <message>
        <source>Could not start AES-GCM decryption.</source>
        <translation>Die AES-GCM-Entschlüsselung konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>AES-GCM decryption failed.</source>
        <translation>Die AES-GCM-Entschlüsselung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Could not set the AES-GCM tag.</source>
        <translation>Das AES-GCM-Tag konnte nicht gesetzt werden.</translation>
    </message>
    <message>
        <source>Could not start AES-GCM encryption.</source>
        <translation>Die AES-GCM-Verschlüsselung konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>AES-GCM encryption failed.</source>
        <translation>Die AES-GCM-Verschlüsselung ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>AesKeyWrap</name>
    <message>
        <source>An AES key-wrap key must be 128, 192 or 256 bits long, not %1 bits.</source>
        <translation>Ein AES-Key-Wrap-Schlüssel muss 128, 192 oder 256 Bit lang sein, nicht %1 Bit.</translation>
    </message>
    <message>
        <source>AES key wrap needs key data of at least 128 bits in 64-bit blocks (got %1 bytes).</source>
        <translation>AES Key Wrap braucht Schlüsseldaten von mindestens 128 Bit in 64-Bit-Blöcken (erhalten: %1 Byte).</translation>
    </message>
    <message>
        <source>Could not start AES key wrap.</source>
        <translation>AES Key Wrap konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>AES key wrap failed.</source>
        <translation>AES Key Wrap ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>A wrapped key must be at least 24 bytes in 64-bit blocks (got %1 bytes).</source>
        <translation>Ein eingepackter Schlüssel muss mindestens 24 Byte in 64-Bit-Blöcken umfassen (erhalten: %1 Byte).</translation>
    </message>
    <message>
        <source>Could not start AES key unwrap.</source>
        <translation>AES Key Unwrap konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The wrapped key does not unwrap: the key-encryption key is wrong or the data was altered.</source>
        <translation>Der eingepackte Schlüssel lässt sich nicht auspacken: Der Schlüsselverschlüsselungsschlüssel ist falsch oder die Daten wurden verändert.</translation>
    </message>
    <message>
        <source>AES key unwrap failed.</source>
        <translation>Das AES-Entpacken des Schlüssels ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Approve or reject request — Keyward</source>
        <translation>Antrag genehmigen oder ablehnen — Keyward</translation>
    </message>
    <message>
        <source>&lt;b&gt;Exactly what changes when this is approved&lt;/b&gt;</source>
        <translation>&lt;b&gt;Was sich bei Genehmigung genau ändert&lt;/b&gt;</translation>
    </message>
    <message>
        <source>R&amp;eason, if you reject (signed and recorded; required to reject):</source>
        <translation>&amp;Begründung bei Ablehnung (signiert und protokolliert; für die Ablehnung erforderlich):</translation>
    </message>
    <message>
        <source>Why this change should not happen</source>
        <translation>Warum diese Änderung nicht erfolgen sollte</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Ab&amp;lehnen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Approve and sign</source>
        <translation>&amp;Genehmigen und signieren</translation>
    </message>
</context>
<context>
    <name>ContentEncryption</name>
    <message>
        <source>The content does not authenticate: the ciphertext, its header, IV or tag was altered, or the key is wrong.</source>
        <translation>Der Inhalt lässt sich nicht authentifizieren: Chiffretext, Header, IV oder Tag wurden verändert, oder der Schlüssel ist falsch.</translation>
    </message>
    <message>
        <source>HMAC with SHA-%1 is not supported.</source>
        <translation>HMAC mit SHA-%1 wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>Could not compute the HMAC.</source>
        <translation>Der HMAC konnte nicht berechnet werden.</translation>
    </message>
    <message>
        <source>%1 needs a %2-bit content encryption key, not %3 bits.</source>
        <translation>%1 braucht einen %2-Bit-Inhaltsschlüssel, nicht %3 Bit.</translation>
    </message>
    <message>
        <source>%1 needs a %2-bit IV, not %3 bits.</source>
        <translation>%1 braucht einen %2-Bit-IV, nicht %3 Bit.</translation>
    </message>
    <message>
        <source>Could not start AES-CBC encryption.</source>
        <translation>Die AES-CBC-Verschlüsselung konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>AES-CBC encryption failed.</source>
        <translation>Die AES-CBC-Verschlüsselung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Could not start AES-CBC decryption.</source>
        <translation>Die AES-CBC-Entschlüsselung konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>CountersignDialog</name>
    <message>
        <source>Countersign review — Keyward</source>
        <translation>Nachprüfung gegenzeichnen — Keyward</translation>
    </message>
    <message>
        <source>&amp;Note — what you checked (signed and recorded in the audit log):</source>
        <translation>&amp;Notiz — was Sie geprüft haben (signiert und im Prüfprotokoll festgehalten):</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>C&amp;ountersign</source>
        <translation>&amp;Gegenzeichnen</translation>
    </message>
</context>
<context>
    <name>CustodianDutiesDialog</name>
    <message>
        <source>Key custodian duties — Keyward</source>
        <translation>Verwahrerpflichten — Keyward</translation>
    </message>
    <message>
        <source>&lt;ul&gt;&lt;li&gt;I keep my passphrase secret, never write it where others can read it and never share it, not even with another officer.&lt;/li&gt;&lt;li&gt;I approve only requests I have checked myself, and never approve my own work.&lt;/li&gt;&lt;li&gt;I report at once a suspected compromise of a key, of my passphrase or of this workstation.&lt;/li&gt;&lt;li&gt;I do not copy private key material out of the vault except through an approved export.&lt;/li&gt;&lt;li&gt;When my role ends, I tell an admin so my access is removed and my keys are reviewed.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;&lt;li&gt;Ich halte meine Passphrase geheim, schreibe sie nie dort auf, wo andere sie lesen können, und gebe sie nie weiter, auch nicht an einen anderen Beauftragten.&lt;/li&gt;&lt;li&gt;Ich genehmige nur Anträge, die ich selbst geprüft habe, und nie meine eigene Arbeit.&lt;/li&gt;&lt;li&gt;Ich melde sofort jeden Verdacht auf Kompromittierung eines Schlüssels, meiner Passphrase oder dieses Arbeitsplatzes.&lt;/li&gt;&lt;li&gt;Ich kopiere privates Schlüsselmaterial nur über einen genehmigten Export aus dem Tresor.&lt;/li&gt;&lt;li&gt;Endet meine Rolle, informiere ich einen Admin, damit mein Zugang entfernt und meine Schlüssel nachgeprüft werden.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>I have read and accept my duties as a key custodian</source>
        <translation>Ich habe meine Pflichten als Schlüsselverwahrer gelesen und akzeptiere sie</translation>
    </message>
    <message>
        <source>Your acknowledgement is recorded in the audit log with your name and the time.</source>
        <translation>Ihre Bestätigung wird mit Ihrem Namen und der Uhrzeit im Prüfprotokoll festgehalten.</translation>
    </message>
</context>
<context>
    <name>Deflate</name>
    <message>
        <source>Could not start DEFLATE compression.</source>
        <translation>Die DEFLATE-Komprimierung konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>DEFLATE compression failed.</source>
        <translation>Die DEFLATE-Komprimierung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Could not start DEFLATE decompression.</source>
        <translation>Die DEFLATE-Dekomprimierung konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The compressed content inflates to more than %1 bytes, the cap for zip content.</source>
        <translation>Der komprimierte Inhalt entpackt sich zu mehr als %1 Byte, der Obergrenze für zip-Inhalte.</translation>
    </message>
    <message>
        <source>The compressed content has trailing bytes after the DEFLATE stream.</source>
        <translation>Der komprimierte Inhalt hat nach dem DEFLATE-Strom überzählige Bytes.</translation>
    </message>
    <message>
        <source>The compressed content is truncated.</source>
        <translation>Der komprimierte Inhalt ist abgeschnitten.</translation>
    </message>
    <message>
        <source>The compressed content is not valid DEFLATE data.</source>
        <translation>Der komprimierte Inhalt sind keine gültigen DEFLATE-Daten.</translation>
    </message>
</context>
<context>
    <name>GenerateKeyDialog</name>
    <message>
        <source>Generate key — Keyward</source>
        <translation>Schlüssel erzeugen — Keyward</translation>
    </message>
    <message>
        <source>Key &amp;set:</source>
        <translation>&amp;Schlüsselsatz:</translation>
    </message>
    <message>
        <source>The JWKS the key is published in; a new name creates the set with the default policy</source>
        <translation>Das JWKS, in dem der Schlüssel veröffentlicht wird; ein neuer Name legt den Satz mit der Standardrichtlinie an</translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation>&amp;Verwendung:</translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation>&amp;Algorithmus:</translation>
    </message>
    <message>
        <source>Si&amp;ze / curve:</source>
        <translation>&amp;Größe / Kurve:</translation>
    </message>
    <message>
        <source>&amp;Kid:</source>
        <translation>&amp;Kid:</translation>
    </message>
    <message>
        <source>empty: the RFC 7638 thumbprint</source>
        <translation>leer: der RFC-7638-Fingerabdruck</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Eigentümer:</translation>
    </message>
    <message>
        <source>team or person responsible</source>
        <translation>verantwortliches Team oder verantwortliche Person</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>Acti&amp;vates:</source>
        <translation>Aktiviert a&amp;b:</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>sofort</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm &apos;UTC&apos;</source>
        <translation>yyyy-MM-dd HH:mm &apos;UTC&apos;</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>Läu&amp;ft ab:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>comma separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
</context>
<context>
    <name>ImportKeyDialog</name>
    <message>
        <source>Import keys — Keyward</source>
        <translation>Schlüssel importieren — Keyward</translation>
    </message>
    <message>
        <source>Add JWK, JWK Set, PEM (SPKI, PKCS#8, encrypted PKCS#8) or X.509 certificate files — or drop them on this dialog.</source>
        <translation>Fügen Sie JWK-, JWK-Set-, PEM- (SPKI, PKCS#8, verschlüsseltes PKCS#8) oder X.509-Zertifikatsdateien hinzu — oder ziehen Sie sie auf diesen Dialog.</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Key &amp;set:</source>
        <translation>&amp;Schlüsselsatz:</translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation>&amp;Verwendung:</translation>
    </message>
    <message>
        <source>A&amp;lg:</source>
        <translation>A&amp;lg:</translation>
    </message>
    <message>
        <source>empty: the input&apos;s alg, else none pinned</source>
        <translation>leer: das alg der Eingabe, sonst keines festgelegt</translation>
    </message>
    <message>
        <source>&amp;Kid:</source>
        <translation>&amp;Kid:</translation>
    </message>
    <message>
        <source>empty: the input&apos;s kid, else the RFC 7638 thumbprint</source>
        <translation>leer: der kid der Eingabe, sonst der RFC-7638-Fingerabdruck</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Eigentümer:</translation>
    </message>
    <message>
        <source>team or person responsible</source>
        <translation>verantwortliches Team oder verantwortliche Person</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>Läuft a&amp;b:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm &apos;UTC&apos;</source>
        <translation>yyyy-MM-dd HH:mm &apos;UTC&apos;</translation>
    </message>
    <message>
        <source>What would be imported:</source>
        <translation>Was importiert würde:</translation>
    </message>
    <message>
        <source>for encrypted PKCS#8 files</source>
        <translation>für verschlüsselte PKCS#8-Dateien</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Zu importierende Dateien</translation>
    </message>
</context>
<context>
    <name>Jwe</name>
    <message>
        <source>The JWE %1 is not strict base64url: %2</source>
        <translation>Das JWE-Element %1 ist kein striktes base64url: %2</translation>
    </message>
    <message>
        <source>The JWE protected header: %1</source>
        <translation>Der geschützte JWE-Header: %1</translation>
    </message>
    <message>
        <source>The JWE %1 is larger than the %2-byte cap.</source>
        <translation>Das JWE-Element %1 überschreitet die Obergrenze von %2 Byte.</translation>
    </message>
    <message>
        <source>The JWE JSON has no &quot;%1&quot; member.</source>
        <translation>Das JWE-JSON hat kein Element „%1“.</translation>
    </message>
    <message>
        <source>The JWE JSON member &quot;%1&quot; is not a string.</source>
        <translation>Das JWE-JSON-Element „%1“ ist kein String.</translation>
    </message>
    <message>
        <source>A compact JWE has five dot-separated parts; this one has %1.</source>
        <translation>Ein kompaktes JWE hat fünf durch Punkte getrennte Teile; dieses hat %1.</translation>
    </message>
    <message>
        <source>encrypted key</source>
        <translation>verschlüsselter Schlüssel</translation>
    </message>
    <message>
        <source>IV</source>
        <translation>IV</translation>
    </message>
    <message>
        <source>ciphertext</source>
        <translation>Chiffretext</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>The JWE JSON member &quot;%1&quot; is not an object.</source>
        <translation>Das JWE-JSON-Element „%1“ ist kein Objekt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; header</source>
        <translation>Header „%1“</translation>
    </message>
    <message>
        <source>The JWE JSON: %1</source>
        <translation>Das JWE-JSON: %1</translation>
    </message>
    <message>
        <source>The JWE JSON member &quot;protected&quot; is not a string.</source>
        <translation>Das JWE-JSON-Element „protected“ ist kein String.</translation>
    </message>
    <message>
        <source>The JWE JSON member &quot;aad&quot; is not a string.</source>
        <translation>Das JWE-JSON-Element „aad“ ist kein String.</translation>
    </message>
    <message>
        <source>aad</source>
        <translation>aad</translation>
    </message>
    <message>
        <source>A JWE cannot use both &quot;recipients&quot; and the flattened &quot;header&quot;/&quot;encrypted_key&quot; members.</source>
        <translation>Ein JWE kann nicht zugleich „recipients“ und die flachen Elemente „header“/„encrypted_key“ verwenden.</translation>
    </message>
    <message>
        <source>The JWE &quot;recipients&quot; member is not a non-empty array.</source>
        <translation>Das JWE-Element „recipients“ ist kein nicht-leeres Array.</translation>
    </message>
    <message>
        <source>The JWE has more than %1 recipients.</source>
        <translation>Das JWE hat mehr als %1 Empfänger.</translation>
    </message>
    <message>
        <source>A JWE recipient is not an object.</source>
        <translation>Ein JWE-Empfänger ist kein Objekt.</translation>
    </message>
    <message>
        <source>The JWE is larger than the %1-byte cap.</source>
        <translation>Das JWE überschreitet die Obergrenze von %1 Byte.</translation>
    </message>
    <message>
        <source>The JWE is empty.</source>
        <translation>Das JWE ist leer.</translation>
    </message>
</context>
<context>
    <name>JweDecryptor</name>
    <message>
        <source>The JWE header has no &quot;%1&quot;.</source>
        <translation>Der JWE-Header hat kein „%1“.</translation>
    </message>
    <message>
        <source>The JWE header &quot;%1&quot; is not a non-empty string.</source>
        <translation>Der JWE-Header „%1“ ist kein nicht-leerer String.</translation>
    </message>
    <message>
        <source>&quot;alg&quot;: &quot;none&quot; is refused (RFC 8725 §3.2).</source>
        <translation>„alg“: „none“ wird abgelehnt (RFC 8725 §3.2).</translation>
    </message>
    <message>
        <source>The recipient uses RSA1_5, which is deprecated (padding-oracle attacks) and never decrypted; re-encrypt the data with RSA-OAEP-256.</source>
        <translation>Der Empfänger verwendet RSA1_5, das veraltet ist (Padding-Oracle-Angriffe) und nie entschlüsselt wird; verschlüsseln Sie die Daten mit RSA-OAEP-256 neu.</translation>
    </message>
    <message>
        <source>&quot;zip&quot; must be in the protected header.</source>
        <translation>„zip“ muss im geschützten Header stehen.</translation>
    </message>
    <message>
        <source>The compression &quot;zip&quot; value is not &quot;DEF&quot;.</source>
        <translation>Der Komprimierungswert „zip“ ist nicht „DEF“.</translation>
    </message>
    <message>
        <source>The JWE is password-encrypted (PBES2) and no password was supplied.</source>
        <translation>Das JWE ist passwortverschlüsselt (PBES2), aber es wurde kein Passwort angegeben.</translation>
    </message>
    <message>
        <source>The recipient names no key (&quot;kid&quot; is missing), so no key can be chosen for it.</source>
        <translation>Der Empfänger nennt keinen Schlüssel („kid“ fehlt), daher kann kein Schlüssel für ihn gewählt werden.</translation>
    </message>
    <message>
        <source>The recipient &quot;kid&quot; is not a non-empty string.</source>
        <translation>Der Empfänger-„kid“ ist kein nicht-leerer String.</translation>
    </message>
    <message>
        <source>No key with kid &quot;%1&quot; is in the vault.</source>
        <translation>Kein Schlüssel mit kid „%1“ ist im Tresor.</translation>
    </message>
    <message>
        <source>The JWE has no recipients.</source>
        <translation>Das JWE hat keine Empfänger.</translation>
    </message>
    <message>
        <source>No recipient of the JWE uses an algorithm that fits this %1 key.</source>
        <translation>Kein Empfänger des JWE verwendet einen Algorithmus, der zu diesem %1-Schlüssel passt.</translation>
    </message>
    <message>
        <source>The content encryption &quot;%1&quot; is not supported.</source>
        <translation>Die Inhaltsverschlüsselung „%1“ wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The PBES2 iteration count %1 is above the cap of %2.</source>
        <translation>Die PBES2-Iterationszahl %1 liegt über der Obergrenze von %2.</translation>
    </message>
</context>
<context>
    <name>JweEncryptor</name>
    <message>
        <source>The header member &quot;%1&quot; given by the caller disagrees with the encryption.</source>
        <translation>Das vom Aufrufer angegebene Header-Element „%1“ widerspricht der Verschlüsselung.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a password.</source>
        <translation>„%1“ braucht ein Passwort.</translation>
    </message>
    <message>
        <source>The header member &quot;%1&quot; is in more than one JWE header.</source>
        <translation>Das Header-Element „%1“ steht in mehr als einem JWE-Header.</translation>
    </message>
    <message>
        <source>The content encryption &quot;%1&quot; is not supported.</source>
        <translation>Die Inhaltsverschlüsselung „%1“ wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>A JWE needs at least one recipient.</source>
        <translation>Ein JWE braucht mindestens einen Empfänger.</translation>
    </message>
    <message>
        <source>Only the general JSON serialization can hold several recipients.</source>
        <translation>Nur die allgemeine JSON-Serialisierung kann mehrere Empfänger aufnehmen.</translation>
    </message>
    <message>
        <source>A compact JWE has no unprotected headers and no &quot;aad&quot;.</source>
        <translation>Ein kompaktes JWE hat keine ungeschützten Header und kein „aad“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; determines the content key itself and cannot share a JWE with other recipients.</source>
        <translation>„%1“ bestimmt den Inhaltsschlüssel selbst und kann sich ein JWE nicht mit anderen Empfängern teilen.</translation>
    </message>
    <message>
        <source>The verbatim protected header is not base64url.</source>
        <translation>Der wörtlich übergebene geschützte Header ist kein base64url.</translation>
    </message>
    <message>
        <source>The verbatim protected header is not a JSON object: %1</source>
        <translation>Der wörtlich übergebene geschützte Header ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>%1 needs a %2-bit content key.</source>
        <translation>%1 braucht einen %2-Bit-Inhaltsschlüssel.</translation>
    </message>
    <message>
        <source>&quot;zip&quot; must be in the protected header.</source>
        <translation>„zip“ muss im geschützten Header stehen.</translation>
    </message>
    <message>
        <source>A compact JWE needs every header member in its protected header.</source>
        <translation>Ein kompaktes JWE braucht jedes Header-Element im geschützten Header.</translation>
    </message>
</context>
<context>
    <name>JweKeyManagement</name>
    <message>
        <source>The JWE header has no &quot;%1&quot; parameter, which its &quot;alg&quot; needs.</source>
        <translation>Der JWE-Header hat keinen Parameter „%1“, den sein „alg“ braucht.</translation>
    </message>
    <message>
        <source>The JWE header parameter &quot;%1&quot; is not a string.</source>
        <translation>Der JWE-Header-Parameter „%1“ ist kein String.</translation>
    </message>
    <message>
        <source>The JWE header parameter &quot;%1&quot; is not strict base64url: %2</source>
        <translation>Der JWE-Header-Parameter „%1“ ist kein striktes base64url: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses no encrypted key, but the JWE carries one.</source>
        <translation>„%1“ verwendet keinen verschlüsselten Schlüssel, aber das JWE enthält einen.</translation>
    </message>
    <message>
        <source>The ECDH-ES &quot;epk&quot; member &quot;%1&quot; is missing or not strict base64url.</source>
        <translation>Das ECDH-ES-„epk“-Element „%1“ fehlt oder ist kein striktes base64url.</translation>
    </message>
    <message>
        <source>The ECDH-ES &quot;epk&quot; member &quot;%1&quot; must be %2 bytes long.</source>
        <translation>Das ECDH-ES-„epk“-Element „%1“ muss %2 Byte lang sein.</translation>
    </message>
    <message>
        <source>The ECDH-ES header has no &quot;epk&quot; object.</source>
        <translation>Der ECDH-ES-Header hat kein „epk“-Objekt.</translation>
    </message>
    <message>
        <source>The ECDH-ES &quot;epk&quot; contains a private key.</source>
        <translation>Das ECDH-ES-„epk“ enthält einen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>The ECDH-ES ephemeral key (kty &quot;%1&quot;, crv &quot;%2&quot;) is not an EC P-256/384/521 or X25519 key.</source>
        <translation>Der kurzlebige ECDH-ES-Schlüssel (kty „%1“, crv „%2“) ist kein EC-P-256/384/521- oder X25519-Schlüssel.</translation>
    </message>
    <message>
        <source>The ECDH-ES ephemeral key is on %1 but the recipient key is on %2.</source>
        <translation>Der kurzlebige ECDH-ES-Schlüssel liegt auf %1, der Empfängerschlüssel aber auf %2.</translation>
    </message>
    <message>
        <source>An X25519 &quot;epk&quot; has no &quot;y&quot; member.</source>
        <translation>Ein X25519-„epk“ hat kein Element „y“.</translation>
    </message>
    <message>
        <source>The X25519 ephemeral key is refused.</source>
        <translation>Der kurzlebige X25519-Schlüssel wird abgelehnt.</translation>
    </message>
    <message>
        <source>Could not decode the ephemeral key.</source>
        <translation>Der kurzlebige Schlüssel konnte nicht dekodiert werden.</translation>
    </message>
    <message>
        <source>The ECDH-ES ephemeral key is not a point on %1.</source>
        <translation>Der kurzlebige ECDH-ES-Schlüssel ist kein Punkt auf %1.</translation>
    </message>
    <message>
        <source>The encrypted key does not unwrap with this key: it is the wrong key or the data was altered.</source>
        <translation>Der verschlüsselte Schlüssel lässt sich mit diesem Schlüssel nicht auspacken: Es ist der falsche Schlüssel oder die Daten wurden verändert.</translation>
    </message>
    <message>
        <source>The unwrapped content key has %1 bits; %2 needs %3.</source>
        <translation>Der ausgepackte Inhaltsschlüssel hat %1 Bit; %2 braucht %3.</translation>
    </message>
    <message>
        <source>The PBES2 &quot;p2c&quot; is not a positive integer.</source>
        <translation>Das PBES2-„p2c“ ist keine positive ganze Zahl.</translation>
    </message>
    <message>
        <source>The PBES2 iteration count %1 is above the cap of %2.</source>
        <translation>Die PBES2-Iterationszahl %1 liegt über der Obergrenze von %2.</translation>
    </message>
    <message>
        <source>The PBES2 salt input &quot;p2s&quot; is shorter than 8 bytes.</source>
        <translation>Die PBES2-Salt-Eingabe „p2s“ ist kürzer als 8 Byte.</translation>
    </message>
    <message>
        <source>No password is available for this PBES2-encrypted JWE.</source>
        <translation>Für dieses PBES2-verschlüsselte JWE ist kein Passwort verfügbar.</translation>
    </message>
    <message>
        <source>The AES-GCM key wrap &quot;iv&quot; must be 96 bits and its &quot;tag&quot; 128 bits.</source>
        <translation>Beim AES-GCM-Key-Wrap muss „iv“ 96 Bit und „tag“ 128 Bit lang sein.</translation>
    </message>
    <message>
        <source>&quot;dir&quot; with %1 needs a %2-bit key.</source>
        <translation>„dir“ mit %1 braucht einen %2-Bit-Schlüssel.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JWE key management algorithm Keyward decrypts.</source>
        <translation>„%1“ ist kein JWE-Schlüsselverwaltungsalgorithmus, den Keyward entschlüsselt.</translation>
    </message>
    <message>
        <source>PBES2 needs a password.</source>
        <translation>PBES2 braucht ein Passwort.</translation>
    </message>
    <message>
        <source>Keyward does not encrypt with &quot;%1&quot;.</source>
        <translation>Keyward verschlüsselt nicht mit „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; derives a key longer than Keyward supports.</source>
        <translation>„%1“ leitet einen längeren Schlüssel ab, als Keyward unterstützt.</translation>
    </message>
</context>
<context>
    <name>KeyManagement</name>
    <message>
        <source>RSA-OAEP with SHA-%1 is not supported.</source>
        <translation>RSA-OAEP mit SHA-%1 wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>Could not configure RSA-OAEP.</source>
        <translation>RSA-OAEP konnte nicht konfiguriert werden.</translation>
    </message>
    <message>
        <source>Could not set the RSA-OAEP label.</source>
        <translation>Das RSA-OAEP-Label konnte nicht gesetzt werden.</translation>
    </message>
    <message>
        <source>RSA-OAEP needs an RSA key.</source>
        <translation>RSA-OAEP braucht einen RSA-Schlüssel.</translation>
    </message>
    <message>
        <source>Could not start RSA-OAEP encryption.</source>
        <translation>Die RSA-OAEP-Verschlüsselung konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>RSA-OAEP encryption failed.</source>
        <translation>Die RSA-OAEP-Verschlüsselung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Could not start RSA-OAEP decryption.</source>
        <translation>Die RSA-OAEP-Entschlüsselung konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The encrypted key does not decrypt with this RSA key.</source>
        <translation>Der verschlüsselte Schlüssel lässt sich mit diesem RSA-Schlüssel nicht entschlüsseln.</translation>
    </message>
    <message>
        <source>ECDH needs both keys.</source>
        <translation>ECDH braucht beide Schlüssel.</translation>
    </message>
    <message>
        <source>ECDH needs an EC or X25519 key.</source>
        <translation>ECDH braucht einen EC- oder X25519-Schlüssel.</translation>
    </message>
    <message>
        <source>The ephemeral public key is on %1 but the recipient key is on %2.</source>
        <translation>Der kurzlebige öffentliche Schlüssel liegt auf %1, der Empfängerschlüssel aber auf %2.</translation>
    </message>
    <message>
        <source>The ephemeral public key is not a valid point on %1.</source>
        <translation>Der kurzlebige öffentliche Schlüssel ist kein gültiger Punkt auf %1.</translation>
    </message>
    <message>
        <source>ECDH key agreement with the ephemeral public key was refused.</source>
        <translation>Die ECDH-Schlüsselvereinbarung mit dem kurzlebigen öffentlichen Schlüssel wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The ephemeral X25519 key is a low-order point (all-zero shared secret).</source>
        <translation>Der kurzlebige X25519-Schlüssel ist ein Punkt niedriger Ordnung (gemeinsames Geheimnis nur aus Nullen).</translation>
    </message>
    <message>
        <source>ECDH-ES needs an EC (P-256/384/521) or X25519 recipient key.</source>
        <translation>ECDH-ES braucht einen EC- (P-256/384/521) oder X25519-Empfängerschlüssel.</translation>
    </message>
    <message>
        <source>Could not generate the ephemeral key.</source>
        <translation>Der kurzlebige Schlüssel konnte nicht erzeugt werden.</translation>
    </message>
    <message>
        <source>Unusable PBKDF2 parameters.</source>
        <translation>Unbrauchbare PBKDF2-Parameter.</translation>
    </message>
    <message>
        <source>PBKDF2 key derivation failed.</source>
        <translation>Die PBKDF2-Schlüsselableitung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The buffer for the ECDH shared secret is too small.</source>
        <translation>Der Puffer für das gemeinsame ECDH-Geheimnis ist zu klein.</translation>
    </message>
    <message>
        <source>Could not decode the ephemeral key.</source>
        <translation>Der kurzlebige Schlüssel konnte nicht dekodiert werden.</translation>
    </message>
    <message>
        <source>The ECDH-ES ephemeral key is not a point on %1.</source>
        <translation>Der kurzlebige ECDH-ES-Schlüssel ist kein Punkt auf %1.</translation>
    </message>
</context>
<context>
    <name>KeyRequestDialog</name>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>&amp;Waiting period:</source>
        <translation>&amp;Wartefrist:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Recipient &amp;JWK file:</source>
        <translation>&amp;JWK-Datei des Empfängers:</translation>
    </message>
    <message>
        <source>The recipient&apos;s public JWK (.json)</source>
        <translation>Der öffentliche JWK des Empfängers (.json)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
</context>
<context>
    <name>KeySetPolicyDialog</name>
    <message>
        <source>Key set policy — Keyward</source>
        <translation>Schlüsselsatz-Richtlinie — Keyward</translation>
    </message>
    <message>
        <source>Key &amp;set:</source>
        <translation>&amp;Schlüsselsatz:</translation>
    </message>
    <message>
        <source>&amp;Cryptoperiod:</source>
        <translation>&amp;Kryptoperiode:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;First expiry warning:</source>
        <translation>&amp;Erste Ablaufwarnung:</translation>
    </message>
    <message>
        <source> days before</source>
        <translation> Tage vorher</translation>
    </message>
    <message>
        <source>Fi&amp;nal expiry warning:</source>
        <translation>&amp;Letzte Ablaufwarnung:</translation>
    </message>
    <message>
        <source>Maximum token &amp;TTL:</source>
        <translation>Maximale Token-&amp;TTL:</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>Clock s&amp;kew allowance:</source>
        <translation>&amp;Zulässige Uhrenabweichung:</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> Sekunden</translation>
    </message>
    <message>
        <source>Minimum &amp;overlap:</source>
        <translation>Mindest-&amp;Überlappung:</translation>
    </message>
    <message>
        <source>Default &amp;environment:</source>
        <translation>Standard-&amp;Umgebung:</translation>
    </message>
    <message>
        <source>&amp;Bundle signing kid:</source>
        <translation>Kid zum Signieren des &amp;Bundles:</translation>
    </message>
    <message>
        <source>optional: the kid that signs this set&apos;s JWKS bundle</source>
        <translation>optional: der kid, der das JWKS-Bundle dieses Satzes signiert</translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation>&amp;Grund der Änderung:</translation>
    </message>
    <message>
        <source>signed by the approver with the change</source>
        <translation>vom Genehmiger mit der Änderung signiert</translation>
    </message>
</context>
<context>
    <name>OfficerForm</name>
    <message>
        <source>Officer &amp;name:</source>
        <translation>&amp;Name des Beauftragten:</translation>
    </message>
    <message>
        <source>e.g. alice</source>
        <translation>z. B. alice</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <source>&amp;Admin (officers, policies)</source>
        <translation>&amp;Admin (Beauftragte, Richtlinien)</translation>
    </message>
    <message>
        <source>&amp;Key officer (keys, rotation requests)</source>
        <translation>&amp;Schlüsselbeauftragter (Schlüssel, Rotationsanträge)</translation>
    </message>
    <message>
        <source>A&amp;pprover (approves requests)</source>
        <translation>&amp;Genehmiger (genehmigt Anträge)</translation>
    </message>
    <message>
        <source>A&amp;uditor (read-only, evidence)</source>
        <translation>A&amp;uditor (nur Lesen, Nachweise)</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>At least 12 characters; several words work well</source>
        <translation>Mindestens 12 Zeichen; mehrere Wörter eignen sich gut</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Bestätigen:</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>Passphrase erneut eingeben</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Stärke:</translation>
    </message>
</context>
<context>
    <name>OfficerRequestDialog</name>
    <message>
        <source>Roles after the change</source>
        <translation>Rollen nach der Änderung</translation>
    </message>
    <message>
        <source>&amp;admin</source>
        <translation>&amp;admin</translation>
    </message>
    <message>
        <source>&amp;key-officer</source>
        <translation>&amp;key-officer</translation>
    </message>
    <message>
        <source>a&amp;pprover</source>
        <translation>a&amp;pprover</translation>
    </message>
    <message>
        <source>a&amp;uditor</source>
        <translation>a&amp;uditor</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>signed by the approver with the change</source>
        <translation>vom Genehmiger mit der Änderung signiert</translation>
    </message>
</context>
<context>
    <name>RegisterKeyDialog</name>
    <message>
        <source>Register public key — Keyward</source>
        <translation>Öffentlichen Schlüssel registrieren — Keyward</translation>
    </message>
    <message>
        <source>Paste the public part of a key held elsewhere (an HSM, a partner): a JWK, JWK Set, SPKI PEM or certificate. Private members are dropped, never stored.</source>
        <translation>Fügen Sie den öffentlichen Teil eines anderswo gehaltenen Schlüssels ein (HSM, Partner): ein JWK, JWK Set, SPKI-PEM oder Zertifikat. Private Elemente werden verworfen, nie gespeichert.</translation>
    </message>
    <message>
        <source>Key &amp;set:</source>
        <translation>&amp;Schlüsselsatz:</translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation>&amp;Verwendung:</translation>
    </message>
    <message>
        <source>&amp;Kid:</source>
        <translation>&amp;Kid:</translation>
    </message>
    <message>
        <source>empty: the input&apos;s kid, else the RFC 7638 thumbprint</source>
        <translation>leer: der kid der Eingabe, sonst der RFC-7638-Fingerabdruck</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Eigentümer:</translation>
    </message>
    <message>
        <source>team or person responsible</source>
        <translation>verantwortliches Team oder verantwortliche Person</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>Läuft a&amp;b:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm &apos;UTC&apos;</source>
        <translation>yyyy-MM-dd HH:mm &apos;UTC&apos;</translation>
    </message>
</context>
<context>
    <name>RevokeKeyDialog</name>
    <message>
        <source>Revoke key — Keyward</source>
        <translation>Schlüssel widerrufen — Keyward</translation>
    </message>
    <message>
        <source>&amp;Reason — what is suspected (recorded in the audit log and the review):</source>
        <translation>&amp;Begründung — was vermutet wird (im Prüfprotokoll und in der Nachprüfung festgehalten):</translation>
    </message>
    <message>
        <source>Also request a &amp;rotation to:</source>
        <translation>Zugleich eine &amp;Rotation beantragen zu:</translation>
    </message>
    <message>
        <source>Files a rotation request with the revocation, in one step; a second officer approves it like any other</source>
        <translation>Stellt mit dem Widerruf in einem Schritt einen Rotationsantrag; ein zweiter Beauftragter genehmigt ihn wie jeden anderen</translation>
    </message>
    <message>
        <source>Successor to request</source>
        <translation>Zu beantragender Nachfolger</translation>
    </message>
</context>
<context>
    <name>RotationOverlapPage</name>
    <message>
        <source>Overlap</source>
        <translation>Überlappung</translation>
    </message>
    <message>
        <source>How long the current key stays in grace after the handover before it may be retired.</source>
        <translation>Wie lange der aktuelle Schlüssel nach der Übergabe in Karenz bleibt, bevor er stillgelegt werden darf.</translation>
    </message>
    <message>
        <source>&amp;Computed by the retirement gate (recommended)</source>
        <translation>Von der Stilllegungsschranke &amp;berechnet (empfohlen)</translation>
    </message>
    <message>
        <source>&amp;Longer overlap:</source>
        <translation>&amp;Längere Überlappung:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
</context>
<context>
    <name>RotationReasonPage</name>
    <message>
        <source>Why rotate</source>
        <translation>Warum rotieren</translation>
    </message>
    <message>
        <source>The reason is signed by the approver and kept in the audit log.</source>
        <translation>Die Begründung wird vom Genehmiger signiert und im Prüfprotokoll aufbewahrt.</translation>
    </message>
    <message>
        <source>Reason &amp;category:</source>
        <translation>&amp;Kategorie des Grundes:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>What happened or what is due, in a sentence the approver can check</source>
        <translation>Was geschehen oder fällig ist, in einem Satz, den der Genehmiger prüfen kann</translation>
    </message>
</context>
<context>
    <name>RotationSuccessorPage</name>
    <message>
        <source>Successor</source>
        <translation>Nachfolger</translation>
    </message>
    <message>
        <source>The key that becomes primary when the rotation is executed.</source>
        <translation>Der Schlüssel, der bei Ausführung der Rotation primär wird.</translation>
    </message>
    <message>
        <source>&amp;Same parameters as the current key</source>
        <translation>&amp;Gleiche Parameter wie der aktuelle Schlüssel</translation>
    </message>
    <message>
        <source>&amp;New parameters</source>
        <translation>&amp;Neue Parameter</translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation>&amp;Algorithmus:</translation>
    </message>
    <message>
        <source>Si&amp;ze / curve:</source>
        <translation>G&amp;röße / Kurve:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Eigentümer:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>&amp;kid:</source>
        <translation>&amp;kid:</translation>
    </message>
    <message>
        <source>empty: the RFC 7638 thumbprint</source>
        <translation>leer: der RFC-7638-Fingerabdruck</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>Läu&amp;ft ab:</translation>
    </message>
    <message>
        <source>One cryptoperiod after execution</source>
        <translation>Eine Kryptoperiode nach der Ausführung</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm &apos;UTC&apos;</source>
        <translation>yyyy-MM-dd HH:mm &apos;UTC&apos;</translation>
    </message>
    <message>
        <source>An existing &amp;pre-published key of this key set</source>
        <translation>Ein vorhandener, &amp;vorab veröffentlichter Schlüssel dieses Schlüsselsatzes</translation>
    </message>
</context>
<context>
    <name>RotationSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Exactly what the approver signs and what execution will do.</source>
        <translation>Genau das, was der Genehmiger signiert und was die Ausführung bewirkt.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock vault — Keyward</source>
        <translation>Tresor entsperren — Keyward</translation>
    </message>
    <message>
        <source>Unlock the vault</source>
        <translation>Den Tresor entsperren</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Beauftragter:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Bee&amp;nden</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
</context>
<context>
    <name>keyward::cli::ArgParser</name>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unbekannte Option %1.</translation>
    </message>
    <message>
        <source>A passphrase is never accepted on the command line (it would show in the process list and the shell history). Use --passphrase-file FILE or KEYWARD_PASSPHRASE_FILE.</source>
        <translation>Eine Passphrase wird nie auf der Befehlszeile angenommen (sie stünde in der Prozessliste und im Shell-Verlauf). Verwenden Sie --passphrase-file FILE oder KEYWARD_PASSPHRASE_FILE.</translation>
    </message>
    <message>
        <source>Option --%1 needs a value.</source>
        <translation>Die Option --%1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>Option --%1 takes no value.</source>
        <translation>Die Option --%1 nimmt keinen Wert.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Unbekannte Option --%1.</translation>
    </message>
</context>
<context>
    <name>keyward::cli::AuditCommands</name>
    <message>
        <source>The audit chain is broken at event %1: %2</source>
        <translation>Die Prüfkette ist bei Ereignis %1 unterbrochen: %2</translation>
    </message>
    <message>
        <source>The audit chain is intact: %1 events, head %2.</source>
        <translation>Die Prüfkette ist intakt: %1 Ereignisse, Kopf %2.</translation>
    </message>
    <message>
        <source>Check the audit hash chain of the vault (exit 4 when broken).</source>
        <translation>Die Hash-Kette des Prüfprotokolls des Tresors prüfen (Exit-Code 4, wenn unterbrochen).</translation>
    </message>
</context>
<context>
    <name>keyward::cli::BackupCommands</name>
    <message>
        <source>vault backup needs --out DIR (a new or empty folder).</source>
        <translation>vault backup braucht --out DIR (einen neuen oder leeren Ordner).</translation>
    </message>
    <message numerus="yes">
        <source>Backed up the vault to %1 (%n audit event(s)). Check it with: keyward-cli vault check %1</source>
        <translation>
            <numerusform>Tresor nach %1 gesichert (%n Prüfereignis). Prüfen Sie die Sicherung mit: keyward-cli vault check %1</numerusform>
            <numerusform>Tresor nach %1 gesichert (%n Prüfereignisse). Prüfen Sie die Sicherung mit: keyward-cli vault check %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Use --as OFFICER.</source>
        <translation>Verwenden Sie --as OFFICER.</translation>
    </message>
    <message>
        <source>keyward-cli: the backup in %1 is not whole: %2</source>
        <translation>keyward-cli: Die Sicherung in %1 ist nicht vollständig: %2</translation>
    </message>
    <message numerus="yes">
        <source>The backup in %1 is whole: it opens for %2, passes the integrity check and its audit chain of %n event(s) is intact.</source>
        <translation>
            <numerusform>Die Sicherung in %1 ist vollständig: Sie öffnet sich für %2, besteht die Integritätsprüfung, und ihre Prüfkette aus %n Ereignis ist intakt.</numerusform>
            <numerusform>Die Sicherung in %1 ist vollständig: Sie öffnet sich für %2, besteht die Integritätsprüfung, und ihre Prüfkette aus %n Ereignissen ist intakt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy the vault (database and keyslots of one moment) into a new or empty folder, also while other programs use it.</source>
        <translation>Den Tresor (Datenbank und Schlüsselslots eines Zeitpunkts) in einen neuen oder leeren Ordner kopieren, auch während andere Programme ihn verwenden.</translation>
    </message>
    <message>
        <source>Unlock a backup read-only and report whether it is whole (exit 0 whole, 4 not whole, 3 wrong passphrase).</source>
        <translation>Eine Sicherung schreibgeschützt entsperren und melden, ob sie vollständig ist (Exit-Code 0 vollständig, 4 unvollständig, 3 falsche Passphrase).</translation>
    </message>
</context>
<context>
    <name>keyward::cli::CalendarCommands</name>
    <message>
        <source>calendar export needs --out FILE.ics.</source>
        <translation>calendar export braucht --out FILE.ics.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to %1.</source>
        <translation>
            <numerusform>%n Termin nach %1 geschrieben.</numerusform>
            <numerusform>%n Termine nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write an iCalendar file of due rotations, retirements, expiries and scheduled destructions.</source>
        <translation>Eine iCalendar-Datei mit fälligen Rotationen, Stilllegungen, Abläufen und geplanten Vernichtungen schreiben.</translation>
    </message>
</context>
<context>
    <name>keyward::cli::CliContext</name>
    <message>
        <source>warning: KEYWARD_KDF=test selects the test-only key derivation cost; never use it for a real vault.</source>
        <translation>Warnung: KEYWARD_KDF=test wählt die nur für Tests gedachten Schlüsselableitungskosten; verwenden Sie das nie für einen echten Tresor.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>Die Passphrasendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The passphrase file %1 is too large.</source>
        <translation>Die Passphrasendatei %1 ist zu groß.</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>Die Passphrasendatei %1 ist leer.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Passphrase: </translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Passphrase wiederholen: </translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Die Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>No passphrase given: use --passphrase-file FILE or set KEYWARD_PASSPHRASE_FILE.</source>
        <translation>Keine Passphrase angegeben: Verwenden Sie --passphrase-file FILE oder setzen Sie KEYWARD_PASSPHRASE_FILE.</translation>
    </message>
    <message>
        <source>No passphrase entered.</source>
        <translation>Keine Passphrase eingegeben.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; roles are %2.</source>
        <translation>Unbekannte Rolle „%1“; die Rollen sind %2.</translation>
    </message>
    <message>
        <source>This vault has several officers: say which one you are with --as OFFICER.</source>
        <translation>Dieser Tresor hat mehrere Beauftragte: Geben Sie mit --as OFFICER an, wer Sie sind.</translation>
    </message>
    <message>
        <source>keyward-cli: %1</source>
        <translation>keyward-cli: %1</translation>
    </message>
    <message>
        <source>Run &apos;keyward-cli --help&apos; for the commands and options.</source>
        <translation>Führen Sie &apos;keyward-cli --help&apos; aus, um die Befehle und Optionen zu sehen.</translation>
    </message>
    <message>
        <source>warning: KEYWARD_TEST_NOW=&quot;%1&quot; is not an ISO 8601 date-time; using the real time.</source>
        <translation>Warnung: KEYWARD_TEST_NOW=&quot;%1&quot; ist kein ISO-8601-Datum mit Uhrzeit; die echte Zeit wird verwendet.</translation>
    </message>
    <message>
        <source>warning: KEYWARD_TEST_NOW freezes the clock at %1 for the test suite only; never use it for a real vault.</source>
        <translation>Warnung: KEYWARD_TEST_NOW friert die Uhr nur für die Testsuite bei %1 ein; verwenden Sie das nie für einen echten Tresor.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>keyward::cli::DriftCommands</name>
    <message>
        <source>drift check needs --set S and --url URL.</source>
        <translation>drift check braucht --set S und --url URL.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Drift: %n finding(s) for key set %1.</source>
        <translation>
            <numerusform>Abweichung: %n Befund für Schlüsselsatz %1.</numerusform>
            <numerusform>Abweichung: %n Befunde für Schlüsselsatz %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 serves what the vault publishes for key set %2.</source>
        <translation>%1 liefert aus, was der Tresor für Schlüsselsatz %2 veröffentlicht.</translation>
    </message>
    <message>
        <source>Compare a live JWKS with what the vault publishes; exit 4 on any finding.</source>
        <translation>Ein live ausgeliefertes JWKS mit dem vergleichen, was der Tresor veröffentlicht; Exit-Code 4 bei jedem Befund.</translation>
    </message>
</context>
<context>
    <name>keyward::cli::ExportCommands</name>
    <message>
        <source>export jwks needs --set S and --out DIR.</source>
        <translation>export jwks benötigt --set S und --out DIR.</translation>
    </message>
    <message numerus="yes">
        <source>Exported the JWKS bundle of %1 (%n key(s)), signed by %2, to %3.</source>
        <translation>
            <numerusform>JWKS-Bundle von %1 (%n Schlüssel), signiert von %2, nach %3 exportiert.</numerusform>
            <numerusform>JWKS-Bundle von %1 (%n Schlüssel), signiert von %2, nach %3 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 is not an ISO 8601 date or time: %2</source>
        <translation>--%1 ist kein ISO-8601-Datum und keine Uhrzeit: %2</translation>
    </message>
    <message>
        <source>export audit needs --out DIR.</source>
        <translation>export audit benötigt --out DIR.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit event(s) to %1. The tree head (%2 events) is signed by you; a second officer co-signs it with: keyward-cli export cosign %1 --as OTHER</source>
        <translation>
            <numerusform>%n Prüfereignis nach %1 exportiert. Der Baumkopf (%2 Ereignisse) ist von Ihnen signiert; ein zweiter Beauftragter zeichnet ihn mit diesem Befehl gegen: keyward-cli export cosign %1 --as OTHER</numerusform>
            <numerusform>%n Prüfereignisse nach %1 exportiert. Der Baumkopf (%2 Ereignisse) ist von Ihnen signiert; ein zweiter Beauftragter zeichnet ihn mit diesem Befehl gegen: keyward-cli export cosign %1 --as OTHER</numerusform>
        </translation>
    </message>
    <message>
        <source>Co-signed the tree head in %1: it matches this vault&apos;s log.</source>
        <translation>Baumkopf in %1 gegengezeichnet: Er stimmt mit dem Prüfprotokoll dieses Tresors überein.</translation>
    </message>
    <message>
        <source>Write the signed JWKS bundle of a key set (jwks.json, jwks.jws, manifest.json).</source>
        <translation>Das signierte JWKS-Bundle eines Schlüsselsatzes schreiben (jwks.json, jwks.jws, manifest.json).</translation>
    </message>
    <message>
        <source>Write the audit evidence folder (audit.jsonl, audit.csv, signed manifest and tree head, report.pdf).</source>
        <translation>Den Ordner mit den Prüfnachweisen schreiben (audit.jsonl, audit.csv, signiertes Manifest und signierter Baumkopf, report.pdf).</translation>
    </message>
    <message>
        <source>Co-sign an audit export&apos;s tree head as a second officer, after checking it against this vault&apos;s log.</source>
        <translation>Den Baumkopf eines Prüfexports als zweiter Beauftragter gegenzeichnen, nachdem er mit dem Prüfprotokoll dieses Tresors abgeglichen wurde.</translation>
    </message>
</context>
<context>
    <name>keyward::cli::ExportSupport</name>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>%1 does NOT verify: %2</source>
        <translation>%1 lässt sich NICHT verifizieren: %2</translation>
    </message>
    <message>
        <source>%1 verifies.</source>
        <translation>%1 ist verifiziert.</translation>
    </message>
</context>
<context>
    <name>keyward::cli::KeyCommands</name>
    <message>
        <source>--set S is required: the key set (JWKS) the key belongs to.</source>
        <translation>--set S ist erforderlich: der Schlüsselsatz (JWKS), zu dem der Schlüssel gehört.</translation>
    </message>
    <message>
        <source>--owner O is required: the team or person responsible for the key.</source>
        <translation>--owner O ist erforderlich: das Team oder die Person, die für den Schlüssel verantwortlich ist.</translation>
    </message>
    <message>
        <source>--expires DATE is required (ISO 8601, e.g. 2027-01-31 or 2027-01-31T12:00:00Z).</source>
        <translation>--expires DATE ist erforderlich (ISO 8601, z. B. 2027-01-31 oder 2027-01-31T12:00:00Z).</translation>
    </message>
    <message>
        <source>--expires &quot;%1&quot; is not an ISO 8601 date or date-time.</source>
        <translation>--expires „%1“ ist kein ISO-8601-Datum und keine Datums-Uhrzeit.</translation>
    </message>
    <message>
        <source>--activates &quot;%1&quot; is not an ISO 8601 date or date-time.</source>
        <translation>--activates „%1“ ist kein ISO-8601-Datum und keine Datums-Uhrzeit.</translation>
    </message>
    <message>
        <source>--use takes sig or enc.</source>
        <translation>--use nimmt sig oder enc.</translation>
    </message>
    <message>
        <source>%1 in %2 (%3 %4, %5%6)</source>
        <translation>%1 in %2 (%3 %4, %5%6)</translation>
    </message>
    <message>
        <source>no alg pinned</source>
        <translation>kein alg festgelegt</translation>
    </message>
    <message>
        <source>, primary</source>
        <translation>, primär</translation>
    </message>
    <message>
        <source>--use sig|enc is required.</source>
        <translation>--use sig|enc ist erforderlich.</translation>
    </message>
    <message>
        <source>--alg ALG is required (for example ES256, EdDSA, RS256, RSA-OAEP-256, ECDH-ES+A256KW, A256KW).</source>
        <translation>--alg ALG ist erforderlich (zum Beispiel ES256, EdDSA, RS256, RSA-OAEP-256, ECDH-ES+A256KW, A256KW).</translation>
    </message>
    <message>
        <source>Generated %1.</source>
        <translation>%1 erzeugt.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a key file.</source>
        <translation>%1 ist zu groß für eine Schlüsseldatei.</translation>
    </message>
    <message>
        <source>%1 is an encrypted private key: give its passphrase with --key-passphrase-file FILE.</source>
        <translation>%1 ist ein verschlüsselter privater Schlüssel: Geben Sie seine Passphrase mit --key-passphrase-file FILE an.</translation>
    </message>
    <message>
        <source>Registered %1.</source>
        <translation>%1 registriert.</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importiert.</translation>
    </message>
    <message>
        <source>Key %1%2 refused: %3</source>
        <translation>Schlüssel %1%2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>keyward-cli: %1</source>
        <translation>keyward-cli: %1</translation>
    </message>
    <message>
        <source>--state takes pending, active, grace, retired, revoked or destroyed.</source>
        <translation>--state nimmt pending, active, grace, retired, revoked oder destroyed.</translation>
    </message>
    <message>
        <source>--expiring-within takes a duration such as 30d, 12h or 90m.</source>
        <translation>--expiring-within nimmt eine Dauer wie 30d, 12h oder 90m.</translation>
    </message>
    <message>
        <source>No keys match.</source>
        <translation>Keine passenden Schlüssel.</translation>
    </message>
    <message>
        <source>flag: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>key revoke needs --reason TEXT: what is suspected.</source>
        <translation>key revoke braucht --reason TEXT: was vermutet wird.</translation>
    </message>
    <message>
        <source>Revoked %1. Break-glass review %2 is open until a second officer countersigns it.</source>
        <translation>%1 widerrufen. Notfall-Nachprüfung %2 bleibt offen, bis ein zweiter Beauftragter sie gegenzeichnet.</translation>
    </message>
    <message>
        <source>Activated %1: its activation date has come.</source>
        <translation>%1 aktiviert: Sein Aktivierungsdatum ist gekommen.</translation>
    </message>
    <message>
        <source>Generate a key in the vault (RSA 2048/3072/4096, EC P-256/384/521, Ed25519, X25519, oct).</source>
        <translation>Einen Schlüssel im Tresor erzeugen (RSA 2048/3072/4096, EC P-256/384/521, Ed25519, X25519, oct).</translation>
    </message>
    <message>
        <source>Import keys from a JWK, JWK Set, PEM (SPKI, PKCS#8, encrypted PKCS#8) or X.509 certificate.</source>
        <translation>Schlüssel aus einem JWK, JWK Set, PEM (SPKI, PKCS#8, verschlüsseltes PKCS#8) oder X.509-Zertifikat importieren.</translation>
    </message>
    <message>
        <source>Register a key held elsewhere from its public part only (JWK, JWK Set, SPKI PEM, certificate).</source>
        <translation>Einen anderswo gehaltenen Schlüssel nur über seinen öffentlichen Teil registrieren (JWK, JWK Set, SPKI-PEM, Zertifikat).</translation>
    </message>
    <message>
        <source>List keys with their state, primary marker, owner, expiry and flags.</source>
        <translation>Schlüssel mit Zustand, Primärkennzeichen, Eigentümer, Ablauf und Hinweisen auflisten.</translation>
    </message>
    <message>
        <source>Show one key: metadata, public JWK, lineage, flags and history.</source>
        <translation>Einen Schlüssel anzeigen: Metadaten, öffentlicher JWK, Abstammung, Hinweise und Historie.</translation>
    </message>
    <message>
        <source>Activate pending keys whose activation date has come (also done whenever keys are opened).</source>
        <translation>Ausstehende Schlüssel aktivieren, deren Aktivierungsdatum gekommen ist (geschieht auch bei jedem Öffnen der Schlüssel).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a new key like it</source>
        <translation>ein neuer Schlüssel wie dieser</translation>
    </message>
    <message>
        <source>Key set %1 has no primary %2 key until rotation request %3 to %4 is approved by a second officer (keyward-cli request approve %3).</source>
        <translation>Schlüsselsatz %1 hat keinen primären %2-Schlüssel, bis Rotationsantrag %3 zu %4 von einem zweiten Beauftragten genehmigt ist (keyward-cli request approve %3).</translation>
    </message>
    <message>
        <source>Give --rotate-to KID or --rotate-generate, not both.</source>
        <translation>Geben Sie --rotate-to KID oder --rotate-generate an, nicht beides.</translation>
    </message>
    <message>
        <source>--rotate-to needs the kid of the pre-published successor.</source>
        <translation>--rotate-to braucht den kid des vorab veröffentlichten Nachfolgers.</translation>
    </message>
    <message>
        <source>Key set %1 has no primary %2 key until a rotation is approved (keyward-cli request rotate %3 --successor KID --reason ...).</source>
        <translation>Schlüsselsatz %1 hat keinen primären %2-Schlüssel, bis eine Rotation genehmigt ist (keyward-cli request rotate %3 --successor KID --reason ...).</translation>
    </message>
    <message>
        <source>Emergency revocation: at once, by one officer; opens a break-glass review. With --rotate-to or --rotate-generate also files the rotation request to a successor, in the same step.</source>
        <translation>Notfallwiderruf: sofort, durch einen Beauftragten; eröffnet eine Notfall-Nachprüfung. Mit --rotate-to oder --rotate-generate wird im selben Schritt auch der Rotationsantrag zu einem Nachfolger gestellt.</translation>
    </message>
</context>
<context>
    <name>keyward::cli::KeySetCommands</name>
    <message>
        <source>--%1 takes a duration such as 90d, 12h or 30m.</source>
        <translation>--%1 nimmt eine Dauer wie 90d, 12h oder 30m.</translation>
    </message>
    <message>
        <source>Created key set %1.</source>
        <translation>Schlüsselsatz %1 angelegt.</translation>
    </message>
    <message>
        <source>Changed the policy of key set %1.</source>
        <translation>Richtlinie von Schlüsselsatz %1 geändert.</translation>
    </message>
    <message>
        <source>Key set %1 already has this policy.</source>
        <translation>Schlüsselsatz %1 hat diese Richtlinie bereits.</translation>
    </message>
    <message>
        <source>List key sets with their policies.</source>
        <translation>Schlüsselsätze mit ihren Richtlinien auflisten.</translation>
    </message>
    <message>
        <source>Create a key set, or request a change of its policy (admin; --reason; another officer approves).</source>
        <translation>Einen Schlüsselsatz anlegen oder eine Änderung seiner Richtlinie beantragen (admin; --reason; ein anderer Beauftragter genehmigt).</translation>
    </message>
</context>
<context>
    <name>keyward::cli::OfficerCommands</name>
    <message>
        <source>officer add needs at least one --role.</source>
        <translation>officer add braucht mindestens eine --role.</translation>
    </message>
    <message>
        <source>Added officer %1 (%2).</source>
        <translation>Beauftragter %1 hinzugefügt (%2).</translation>
    </message>
    <message>
        <source>Note: the vault is not operational yet: it needs a second officer with the approver role.</source>
        <translation>Hinweis: Der Tresor ist noch nicht einsatzbereit: Er braucht einen zweiten Beauftragten mit der Rolle approver.</translation>
    </message>
    <message>
        <source>Removed officer %1 and re-keyed the vault.</source>
        <translation>Beauftragter %1 entfernt und der Tresor neu verschlüsselt.</translation>
    </message>
    <message>
        <source>List officers with their roles and public signing keys.</source>
        <translation>Beauftragte mit ihren Rollen und öffentlichen Signaturschlüsseln auflisten.</translation>
    </message>
    <message>
        <source>Add officer %1 (%2).</source>
        <translation>Beauftragten %1 hinzufügen (%2).</translation>
    </message>
    <message>
        <source>officer roles needs at least one --role: the officer&apos;s roles after the change.</source>
        <translation>officer roles braucht mindestens eine --role: die Rollen des Beauftragten nach der Änderung.</translation>
    </message>
    <message>
        <source>Remove an officer (re-keys the vault): a request another officer approves once the vault is operational.</source>
        <translation>Einen Beauftragten entfernen (verschlüsselt den Tresor neu): ein Antrag, den ein anderer Beauftragter genehmigt, sobald der Tresor einsatzbereit ist.</translation>
    </message>
    <message>
        <source>Request a change of an officer&apos;s roles (the complete list after the change).</source>
        <translation>Eine Änderung der Rollen eines Beauftragten beantragen (die vollständige Liste nach der Änderung).</translation>
    </message>
    <message>
        <source>Vault fingerprint: %1</source>
        <translation>Tresor-Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>Give --%1 FILE (no terminal to ask on).</source>
        <translation>Geben Sie --%1 FILE an (kein Terminal für die Abfrage vorhanden).</translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>Wiederholen Sie sie: </translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Die Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>%1 already exists: name a new file for the enrollment half.</source>
        <translation>%1 existiert bereits: Nennen Sie eine neue Datei für die Registrierungshälfte.</translation>
    </message>
    <message>
        <source>officer add needs --half-a-file FILE: half A of %1&apos;s enrollment is written there for you to hand to %1.</source>
        <translation>officer add braucht --half-a-file FILE: Dorthin wird Hälfte A der Registrierung von %1 geschrieben, damit Sie sie %1 übergeben.</translation>
    </message>
    <message>
        <source>Half A of %1&apos;s enrollment is in %2. Give it to %1 in person; the approver gets half B with &apos;keyward-cli officer half %1 --half-file FILE&apos;.</source>
        <translation>Hälfte A der Registrierung von %1 liegt in %2. Übergeben Sie sie %1 persönlich; der Genehmiger erhält Hälfte B mit &apos;keyward-cli officer half %1 --half-file FILE&apos;.</translation>
    </message>
    <message>
        <source>Until the vault is operational, officer add needs --new-passphrase-file FILE with the new officer&apos;s first passphrase.</source>
        <translation>Solange der Tresor nicht betriebsbereit ist, braucht officer add --new-passphrase-file FILE mit der ersten Passphrase des neuen Beauftragten.</translation>
    </message>
    <message>
        <source>officer half needs --half-file FILE to write your half to.</source>
        <translation>officer half braucht --half-file FILE, um Ihre Hälfte dorthin zu schreiben.</translation>
    </message>
    <message>
        <source>Your half of %1&apos;s enrollment is in %2. Give it to %1 in person.</source>
        <translation>Ihre Hälfte der Registrierung von %1 liegt in %2. Übergeben Sie sie %1 persönlich.</translation>
    </message>
    <message>
        <source>Half A (from the requester): </source>
        <translation>Hälfte A (vom Antragsteller): </translation>
    </message>
    <message>
        <source>Half B (from the approver): </source>
        <translation>Hälfte B (vom Genehmiger): </translation>
    </message>
    <message>
        <source>Your new passphrase: </source>
        <translation>Ihre neue Passphrase: </translation>
    </message>
    <message>
        <source>%1 is enrolled (%2) with their own passphrase and signing key.</source>
        <translation>%1 ist registriert (%2), mit eigener Passphrase und eigenem Signaturschlüssel.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Neue Passphrase: </translation>
    </message>
    <message>
        <source>The passphrase of %1 is changed.</source>
        <translation>Die Passphrase von %1 wurde geändert.</translation>
    </message>
    <message>
        <source>Add an officer: alone during the bootstrap (with a first passphrase), afterwards a request another officer approves; the new officer then enrolls with half A (written to --half-a-file) and the approver&apos;s half B.</source>
        <translation>Einen Beauftragten hinzufügen: während der Ersteinrichtung allein (mit einer ersten Passphrase), danach per Antrag, den ein anderer Beauftragter genehmigt; der neue Beauftragte registriert sich dann mit Hälfte A (in --half-a-file geschrieben) und Hälfte B des Genehmigers.</translation>
    </message>
    <message>
        <source>Write your half of NAME&apos;s enrollment (A as requester, B as approver) to FILE.</source>
        <translation>Ihre Hälfte der Registrierung von NAME (A als Antragsteller, B als Genehmiger) in FILE schreiben.</translation>
    </message>
    <message>
        <source>Enroll as the new officer NAME with both halves, choosing your own passphrase (asked for when no file is given).</source>
        <translation>Sich mit beiden Hälften als neuer Beauftragter NAME registrieren und dabei eine eigene Passphrase wählen (wird abgefragt, wenn keine Datei angegeben ist).</translation>
    </message>
    <message>
        <source>Change your own passphrase (the current one unlocks the vault as usual).</source>
        <translation>Die eigene Passphrase ändern (die aktuelle entsperrt den Tresor wie gewohnt).</translation>
    </message>
</context>
<context>
    <name>keyward::cli::RequestCommands</name>
    <message>
        <source>--%1 takes a duration such as 7d, 36h or 90m.</source>
        <translation>--%1 nimmt eine Dauer wie 7d, 36h oder 90m.</translation>
    </message>
    <message>
        <source>--successor names an existing pre-published key; it cannot be combined with --alg, --size, --new-kid, --owner or --env.</source>
        <translation>--successor nennt einen vorhandenen, vorab veröffentlichten Schlüssel; er kann nicht mit --alg, --size, --new-kid, --owner oder --env kombiniert werden.</translation>
    </message>
    <message>
        <source>--expires &quot;%1&quot; is not an ISO 8601 date or date-time.</source>
        <translation>--expires „%1“ ist kein ISO-8601-Datum und keine Datums-Uhrzeit.</translation>
    </message>
    <message>
        <source>Cannot read the recipient key %1: %2</source>
        <translation>Der Empfängerschlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a JWK.</source>
        <translation>%1 ist zu groß für einen JWK.</translation>
    </message>
    <message>
        <source>%1 is not a JWK (a JSON object).</source>
        <translation>%1 ist kein JWK (ein JSON-Objekt).</translation>
    </message>
    <message>
        <source>--format pkcs8|jwe is required: private keys leave only encrypted.</source>
        <translation>--format pkcs8|jwe ist erforderlich: Private Schlüssel verlassen den Tresor nur verschlüsselt.</translation>
    </message>
    <message>
        <source>--format jwe needs --recipient JWKFILE: the public key it is wrapped to.</source>
        <translation>--format jwe braucht --recipient JWKFILE: den öffentlichen Schlüssel, an den verpackt wird.</translation>
    </message>
    <message>
        <source>--recipient is for --format jwe; a PKCS#8 export is encrypted with the passphrase given when it is collected.</source>
        <translation>--recipient gilt für --format jwe; ein PKCS#8-Export wird mit der beim Abholen angegebenen Passphrase verschlüsselt.</translation>
    </message>
    <message>
        <source>Ask for a rotation: a successor (pre-published or generated at approval) becomes primary, KID goes to grace.</source>
        <translation>Eine Rotation beantragen: Ein Nachfolger (vorab veröffentlicht oder bei Genehmigung erzeugt) wird primär, KID geht in Karenz.</translation>
    </message>
    <message>
        <source>Ask for a retirement: allowed once a successor is primary and the overlap has passed.</source>
        <translation>Eine Stilllegung beantragen: erlaubt, sobald ein Nachfolger primär und die Überlappung vorbei ist.</translation>
    </message>
    <message>
        <source>Ask for destruction of private material, run after a waiting period (default 7d, 1d–30d).</source>
        <translation>Die Vernichtung privaten Schlüsselmaterials beantragen, ausgeführt nach einer Wartefrist (Standard 7d, 1d–30d).</translation>
    </message>
    <message>
        <source>Ask to export a private key, encrypted only; collect it after approval with &apos;request collect&apos;.</source>
        <translation>Den Export eines privaten Schlüssels beantragen, nur verschlüsselt; nach der Genehmigung mit &apos;request collect&apos; abholen.</translation>
    </message>
</context>
<context>
    <name>keyward::cli::RequestDecisionCommands</name>
    <message>
        <source>expired (not yet swept)</source>
        <translation>abgelaufen (noch nicht bereinigt)</translation>
    </message>
    <message>
        <source>--state takes pending, approved, rejected, cancelled, expired or executed.</source>
        <translation>--state nimmt pending, approved, rejected, cancelled, expired oder executed.</translation>
    </message>
    <message>
        <source>No requests match.</source>
        <translation>Keine passenden Anträge.</translation>
    </message>
    <message>
        <source>note: past its expiry; it can no longer be approved.</source>
        <translation>Hinweis: abgelaufen; er kann nicht mehr genehmigt werden.</translation>
    </message>
    <message>
        <source>keyward-cli: the decision by %1 at %2 does not verify: %3</source>
        <translation>keyward-cli: Die Entscheidung von %1 um %2 ist nicht gültig: %3</translation>
    </message>
    <message>
        <source>request reject needs --why TEXT: the requester reads it.</source>
        <translation>request reject braucht --why TEXT: Der Antragsteller liest es.</translation>
    </message>
    <message>
        <source>Rejected request %1.</source>
        <translation>Antrag %1 abgelehnt.</translation>
    </message>
    <message>
        <source>Approved and executed request %1: %2.</source>
        <translation>Antrag %1 genehmigt und ausgeführt: %2.</translation>
    </message>
    <message>
        <source>keyward-cli: request %1 is approved but its execution failed: %2 Nothing changed; retry with &apos;keyward-cli request execute %1&apos;.</source>
        <translation>keyward-cli: Antrag %1 ist genehmigt, aber seine Ausführung ist fehlgeschlagen: %2 Es wurde nichts geändert; wiederholen Sie mit &apos;keyward-cli request execute %1&apos;.</translation>
    </message>
    <message>
        <source>Approved request %1: %2 of %3 approvals.</source>
        <translation>Antrag %1 genehmigt: %2 von %3 Genehmigungen.</translation>
    </message>
    <message>
        <source>Approved request %1: %2 collects the export with &apos;keyward-cli request collect %1 --out FILE&apos;.</source>
        <translation>Antrag %1 genehmigt: %2 holt den Export mit &apos;keyward-cli request collect %1 --out FILE&apos; ab.</translation>
    </message>
    <message>
        <source>Approved request %1.</source>
        <translation>Antrag %1 genehmigt.</translation>
    </message>
    <message>
        <source>Cancelled request %1.</source>
        <translation>Antrag %1 zurückgezogen.</translation>
    </message>
    <message>
        <source>keyward-cli: the execution of request %1 failed: %2</source>
        <translation>keyward-cli: Die Ausführung von Antrag %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Wrote the encrypted private key of %1 to %2.</source>
        <translation>Den verschlüsselten privaten Schlüssel von %1 nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Executed request %1: %2.</source>
        <translation>Antrag %1 ausgeführt: %2.</translation>
    </message>
    <message>
        <source>request collect needs --out FILE: where the encrypted key is written.</source>
        <translation>request collect braucht --out FILE: wohin der verschlüsselte Schlüssel geschrieben wird.</translation>
    </message>
    <message>
        <source>Request %1 is a %2, not a private-key export: nothing to collect.</source>
        <translation>Antrag %1 ist vom Typ „%2“, kein Export eines privaten Schlüssels: Es gibt nichts abzuholen.</translation>
    </message>
    <message>
        <source>A PKCS#8 export is encrypted with a passphrase: give it with --export-passphrase-file FILE.</source>
        <translation>Ein PKCS#8-Export wird mit einer Passphrase verschlüsselt: Geben Sie sie mit --export-passphrase-file FILE an.</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>executed</source>
        <translation>ausgeführt</translation>
    </message>
    <message>
        <source>drafted</source>
        <translation>entworfen</translation>
    </message>
    <message>
        <source>note	%1</source>
        <translation>Hinweis	%1</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Nichts ist fällig.</translation>
    </message>
    <message>
        <source>List requests, newest first (--mine: yours; --waiting: those you may approve).</source>
        <translation>Anträge auflisten, neueste zuerst (--mine: Ihre; --waiting: die, die Sie genehmigen dürfen).</translation>
    </message>
    <message>
        <source>Show a request with its effect and signed decisions (exit 4 if a signature no longer verifies).</source>
        <translation>Einen Antrag mit seiner Wirkung und den signierten Entscheidungen anzeigen (Exit-Code 4, wenn eine Signatur nicht mehr gültig ist).</translation>
    </message>
    <message>
        <source>Approve as --as, signing with your personal key; the completing approval executes it.</source>
        <translation>Als --as genehmigen, signiert mit Ihrem persönlichen Schlüssel; die abschließende Genehmigung führt ihn aus.</translation>
    </message>
    <message>
        <source>Reject a pending request, signed; final.</source>
        <translation>Einen ausstehenden Antrag ablehnen, signiert; endgültig.</translation>
    </message>
    <message>
        <source>Cancel your pending request, or a scheduled destruction before it runs.</source>
        <translation>Ihren ausstehenden Antrag zurückziehen oder eine geplante Vernichtung, bevor sie ausgeführt wird.</translation>
    </message>
    <message>
        <source>Run an approved request again after a failed execution, or a destruction whose time has come.</source>
        <translation>Einen genehmigten Antrag nach fehlgeschlagener Ausführung erneut ausführen, oder eine Vernichtung, deren Zeit gekommen ist.</translation>
    </message>
    <message>
        <source>Requester only: write an approved private-key export, encrypted, to FILE.</source>
        <translation>Nur Antragsteller: einen genehmigten Export eines privaten Schlüssels verschlüsselt nach FILE schreiben.</translation>
    </message>
    <message>
        <source>For a scheduler: expire overdue requests, run due destructions, draft rotations of keys at the end of their cryptoperiod.</source>
        <translation>Für einen Scheduler: überfällige Anträge ablaufen lassen, fällige Vernichtungen ausführen, Rotationen von Schlüsseln am Ende ihrer Kryptoperiode entwerfen.</translation>
    </message>
    <message>
        <source>Approved request %1: it runs at %2 unless cancelled before with &apos;keyward-cli request cancel %1&apos;. Copies and backups of the vault made before it still hold the key.</source>
        <translation>Antrag %1 genehmigt: Er wird um %2 ausgeführt, sofern er nicht vorher mit &apos;keyward-cli request cancel %1&apos; zurückgezogen wird. Vorher erstellte Kopien und Sicherungen des Tresors enthalten den Schlüssel weiterhin.</translation>
    </message>
</context>
<context>
    <name>keyward::cli::RequestSession</name>
    <message>
        <source>&quot;%1&quot; is not an id: a positive number, as &apos;%2&apos; shows.</source>
        <translation>„%1“ ist keine ID: eine positive Zahl, wie &apos;%2&apos; sie anzeigt.</translation>
    </message>
    <message>
        <source>--reason TEXT is required: the approver reads why.</source>
        <translation>--reason TEXT ist erforderlich: Der Genehmiger liest, warum.</translation>
    </message>
    <message>
        <source>--lifetime takes a duration such as 72h or 7d.</source>
        <translation>--lifetime nimmt eine Dauer wie 72h oder 7d.</translation>
    </message>
    <message>
        <source>Submitted request %1 (%2). Another officer with the approver role approves it with &apos;keyward-cli request approve %1&apos; before %3.</source>
        <translation>Antrag %1 gestellt (%2). Ein anderer Beauftragter mit der Rolle approver genehmigt ihn mit &apos;keyward-cli request approve %1&apos; vor %3.</translation>
    </message>
    <message>
        <source>no roles</source>
        <translation>keine Rollen</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>the pre-published key %1 becomes primary in place of %2</source>
        <translation>der vorab veröffentlichte Schlüssel %1 wird anstelle von %2 primär</translation>
    </message>
    <message>
        <source>a new %1 key%2 owned by %3 (%4, expires %5) becomes primary in place of %6</source>
        <translation>ein neuer %1-Schlüssel%2 im Eigentum von %3 (%4, läuft ab %5) wird anstelle von %6 primär</translation>
    </message>
    <message>
        <source>after the set&apos;s cryptoperiod</source>
        <translation>nach der Kryptoperiode des Satzes</translation>
    </message>
    <message>
        <source> (same parameters as the predecessor)</source>
        <translation> (gleiche Parameter wie der Vorgänger)</translation>
    </message>
    <message>
        <source>; %1 goes to grace for %2</source>
        <translation>; %1 geht für %2 in Karenz</translation>
    </message>
    <message>
        <source>; %1 goes to grace for the overlap the retirement gate computes</source>
        <translation>; %1 geht für die von der Stilllegungsschranke berechnete Überlappung in Karenz</translation>
    </message>
    <message>
        <source> (%1 rotation)</source>
        <translation> (%1-Rotation)</translation>
    </message>
    <message>
        <source>key set %1 policy: %2</source>
        <translation>Richtlinie von Schlüsselsatz %1: %2</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <source>approved by %1 at %2</source>
        <translation>genehmigt von %1 um %2</translation>
    </message>
    <message>
        <source>rejected by %1 at %2: %3</source>
        <translation>abgelehnt von %1 um %2: %3</translation>
    </message>
    <message>
        <source>%1 (%2) leaves service: retired once the retirement gate allows it</source>
        <translation>%1 (%2) geht außer Dienst: stillgelegt, sobald die Stilllegungsschranke es erlaubt</translation>
    </message>
    <message>
        <source>the requester may export the private key of %1 once, as a JWE-wrapped JWK for the recipient key %2</source>
        <translation>der Antragsteller darf den privaten Schlüssel von %1 einmal exportieren, als JWE-verpackten JWK für den Empfängerschlüssel %2</translation>
    </message>
    <message>
        <source>the requester may export the private key of %1 once, as passphrase-encrypted PKCS#8</source>
        <translation>der Antragsteller darf den privaten Schlüssel von %1 einmal exportieren, als passphrasenverschlüsseltes PKCS#8</translation>
    </message>
    <message>
        <source>officer %1 joins with %2</source>
        <translation>Beauftragter %1 kommt hinzu mit %2</translation>
    </message>
    <message>
        <source>officer %1 (%2) is removed and the vault re-keyed; a review of their keys opens</source>
        <translation>Beauftragter %1 (%2) wird entfernt und der Tresor neu verschlüsselt; eine Nachprüfung seiner Schlüssel wird eröffnet</translation>
    </message>
    <message>
        <source>officer %1: roles %2 → %3</source>
        <translation>Beauftragter %1: Rollen %2 → %3</translation>
    </message>
    <message>
        <source>Request %1: %2 of %3%4</source>
        <translation>Antrag %1: %2 von %3%4</translation>
    </message>
    <message>
        <source> in %1</source>
        <translation> in %1</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>requester</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>effect</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>läuft ab</translation>
    </message>
    <message>
        <source>approvals</source>
        <translation>Genehmigungen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>scheduled for</source>
        <translation>geplant für</translation>
    </message>
    <message>
        <source>executed</source>
        <translation>ausgeführt</translation>
    </message>
    <message>
        <source>execution failed</source>
        <translation>Ausführung fehlgeschlagen</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message numerus="yes">
        <source>warning: for %n act(s) taken alone, a second officer&apos;s countersign (review %1) is awaited; see &apos;keyward-cli review list --open&apos;.</source>
        <translation>
            <numerusform>Warnung: Für %n allein ausgeführte Handlung steht die Gegenzeichnung eines zweiten Beauftragten aus (Nachprüfung %1); siehe &apos;keyward-cli review list --open&apos;.</numerusform>
            <numerusform>Warnung: Für %n allein ausgeführte Handlungen steht die Gegenzeichnung eines zweiten Beauftragten aus (Nachprüfung %1); siehe &apos;keyward-cli review list --open&apos;.</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 was revoked and stays revoked, with no overlap</source>
        <translation>; %1 wurde widerrufen und bleibt widerrufen, ohne Überlappung</translation>
    </message>
    <message>
        <source>the private material of %1 is erased (crypto-shred) %2 after approval, unless cancelled before; copies and backups of the vault made before still hold it</source>
        <translation>das private Schlüsselmaterial von %1 wird %2 nach der Genehmigung gelöscht (Krypto-Shredding), sofern nicht vorher zurückgezogen; vorher erstellte Kopien und Sicherungen des Tresors enthalten es weiterhin</translation>
    </message>
</context>
<context>
    <name>keyward::cli::ReviewCommands</name>
    <message>
        <source>OPEN: needs a countersign</source>
        <translation>OFFEN: braucht eine Gegenzeichnung</translation>
    </message>
    <message>
        <source>countersigned by %1 at %2</source>
        <translation>gegengezeichnet von %1 um %2</translation>
    </message>
    <message>
        <source>No reviews.</source>
        <translation>Keine Nachprüfungen.</translation>
    </message>
    <message>
        <source>review countersign needs --note TEXT: what you checked.</source>
        <translation>review countersign braucht --note TEXT: was Sie geprüft haben.</translation>
    </message>
    <message>
        <source>Countersigned review %1 (%2 of %3).</source>
        <translation>Nachprüfung %1 gegengezeichnet (%2 von %3).</translation>
    </message>
    <message>
        <source>List break-glass and offboarding reviews, newest first (--open: only those awaiting a countersign).</source>
        <translation>Notfall- und Offboarding-Nachprüfungen auflisten, neueste zuerst (--open: nur die, die auf eine Gegenzeichnung warten).</translation>
    </message>
    <message>
        <source>Countersign a review as a second officer (approver or admin), re-authenticating.</source>
        <translation>Eine Nachprüfung als zweiter Beauftragter (approver oder admin) gegenzeichnen, mit erneuter Authentifizierung.</translation>
    </message>
</context>
<context>
    <name>keyward::cli::SampleCommands</name>
    <message>
        <source>Reading sample files: %1 of %2</source>
        <translation>Probendateien werden gelesen: %1 von %2</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>%1 übersprungen: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new sample(s) from %1 file(s); %2 duplicate(s), %3 file(s) skipped.</source>
        <translation>
            <numerusform>%n neue Probe aus %1 Datei(en) importiert; %2 Duplikat(e), %3 Datei(en) übersprungen.</numerusform>
            <numerusform>%n neue Proben aus %1 Datei(en) importiert; %2 Duplikat(e), %3 Datei(en) übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tested %1 of %2 samples</source>
        <translation>%1 von %2 Proben getestet</translation>
    </message>
    <message>
        <source>Tested %1 of %2 samples, about %3 s left</source>
        <translation>%1 von %2 Proben getestet, noch etwa %3 s</translation>
    </message>
    <message>
        <source>Run %1: tested %2 of %3 samples: %4.</source>
        <translation>Lauf %1: %2 von %3 Proben getestet: %4.</translation>
    </message>
    <message>
        <source>samples rewrap needs --to KID and --out DIR.</source>
        <translation>samples rewrap braucht --to KID und --out DIR.</translation>
    </message>
    <message>
        <source>Not re-wrapped %1: %2</source>
        <translation>%1 nicht umverschlüsselt: %2</translation>
    </message>
    <message>
        <source>Import archived JWE samples from files and folders (recursively).</source>
        <translation>Archivierte JWE-Proben aus Dateien und Ordnern importieren (rekursiv).</translation>
    </message>
    <message>
        <source>Test-decrypt the archived samples with the vault&apos;s keys, chosen by kid; exit 4 when any sample is not ok.</source>
        <translation>Die archivierten Proben mit den Schlüsseln des Tresors testweise entschlüsseln, ausgewählt nach kid; Exit-Code 4, wenn eine Probe nicht in Ordnung ist.</translation>
    </message>
    <message>
        <source>Write the samples anew for a successor key into an empty folder, each verified, with a manifest of old → new digests.</source>
        <translation>Die Proben für einen Nachfolgeschlüssel neu in einen leeren Ordner schreiben, jede geprüft, mit einem Manifest der Hashwerte alt → neu.</translation>
    </message>
    <message numerus="yes">
        <source>Re-wrapped %n sample(s) to %1, each verified with it; manifest: %2</source>
        <translation>
            <numerusform>%n Probe für %1 neu verpackt und damit geprüft; Manifest: %2</numerusform>
            <numerusform>%n Proben für %1 neu verpackt und jeweils damit geprüft; Manifest: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::cli::TrustCommands</name>
    <message>
        <source>No key with kid &quot;%1&quot; is in the vault.</source>
        <translation>Kein Schlüssel mit kid „%1“ ist im Tresor.</translation>
    </message>
    <message>
        <source>No key with kid &quot;%1&quot; is in key set %2.</source>
        <translation>Schlüsselsatz %2 enthält keinen Schlüssel mit kid „%1“.</translation>
    </message>
    <message>
        <source>Reading observations: %1%</source>
        <translation>Beobachtungen werden gelesen: %1 %</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more line(s) with problems.</source>
        <translation>
            <numerusform>… und %n weitere fehlerhafte Zeile.</numerusform>
            <numerusform>… und %n weitere fehlerhafte Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was imported before (same SHA-256); nothing was added.</source>
        <translation>%1 wurde bereits importiert (gleicher SHA-256); es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>Who trusts a kid (declared and observed), its blast radius, stale trust and convergence.</source>
        <translation>Wer einem kid vertraut (deklariert und beobachtet), sein Schadensradius, veraltetes Vertrauen und Konvergenz.</translation>
    </message>
    <message>
        <source>Import observed kid use (CSV or JSON Lines: workload, kid, event, at); the same file twice adds nothing.</source>
        <translation>Beobachtete kid-Nutzung importieren (CSV oder JSON Lines: workload, kid, event, at); dieselbe Datei erneut zu importieren fügt nichts hinzu.</translation>
    </message>
    <message>
        <source>Lines imported: %1 of %2; workload/kid pairs: %3; lines skipped: %4.</source>
        <translation>Importierte Zeilen: %1 von %2; Workload/kid-Paare: %3; übersprungene Zeilen: %4.</translation>
    </message>
</context>
<context>
    <name>keyward::cli::VaultCommands</name>
    <message>
        <source>init needs --officer NAME.</source>
        <translation>init braucht --officer NAME.</translation>
    </message>
    <message>
        <source>Created the vault %1 with officer %2 (%3). Add a second officer with the approver role before governed operations: keyward-cli officer add NAME --role approver --new-passphrase-file FILE</source>
        <translation>Tresor %1 mit Beauftragtem %2 (%3) angelegt. Fügen Sie vor kontrollierten Vorgängen einen zweiten Beauftragten mit der Rolle approver hinzu: keyward-cli officer add NAME --role approver --new-passphrase-file FILE</translation>
    </message>
    <message>
        <source>Create a vault with its first officer (default roles: admin, key-officer).</source>
        <translation>Einen Tresor mit seinem ersten Beauftragten anlegen (Standardrollen: admin, key-officer).</translation>
    </message>
    <message>
        <source>Vault fingerprint: %1</source>
        <translation>Tresor-Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>This vault has no signed roster yet: an admin&apos;s next unlock adopts one.</source>
        <translation>Dieser Tresor hat noch keine signierte Beauftragtenliste: Das nächste Entsperren durch einen Admin übernimmt eine.</translation>
    </message>
    <message>
        <source>Print the vault fingerprint (vault id and the genesis officer&apos;s key) to compare out of band.</source>
        <translation>Den Tresor-Fingerabdruck (Tresor-ID und Schlüssel des Gründungsbeauftragten) zum Vergleich auf einem anderen Kanal ausgeben.</translation>
    </message>
</context>
<context>
    <name>keyward::cli::VerifyCommands</name>
    <message>
        <source>--trusted-key is not a JWK: %1</source>
        <translation>--trusted-key ist kein JWK: %1</translation>
    </message>
    <message>
        <source>The JWKS bundle in %1</source>
        <translation>Das JWKS-Bundle in %1</translation>
    </message>
    <message>
        <source>The audit export in %1</source>
        <translation>Der Prüfexport in %1</translation>
    </message>
    <message>
        <source>Check a signed JWKS bundle folder offline (exit 4 when it does not verify).</source>
        <translation>Einen Ordner mit signiertem JWKS-Bundle offline prüfen (Exit-Code 4, wenn die Prüfung fehlschlägt).</translation>
    </message>
    <message>
        <source>Check an audit export offline: roster, signatures, chain, Merkle tree, and growth since an earlier export (exit 4 when it does not verify).</source>
        <translation>Einen Prüfexport offline prüfen: Beauftragtenliste, Signaturen, Kette, Merkle-Baum und Wachstum seit einem früheren Export (Exit-Code 4, wenn die Prüfung fehlschlägt).</translation>
    </message>
</context>
<context>
    <name>keyward::cli::WorkloadCommands</name>
    <message>
        <source>workload add needs --cache-ttl DURATION.</source>
        <translation>workload add benötigt --cache-ttl DURATION.</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a duration (e.g. 300, 5m, 1h, 1d).</source>
        <translation>--%1 „%2“ ist keine Dauer (z. B. 300, 5m, 1h, 1d).</translation>
    </message>
    <message>
        <source>--refresh takes poll or on-unknown-kid.</source>
        <translation>--refresh nimmt poll oder on-unknown-kid.</translation>
    </message>
    <message>
        <source>workload add needs --owner O and --trusts SET|KID.</source>
        <translation>workload add benötigt --owner O und --trusts SET|KID.</translation>
    </message>
    <message>
        <source>%1 (owner %2, %3, trusts %4, cache TTL %5 s, token TTL %6 s, %7)</source>
        <translation>%1 (Eigentümer %2, %3, vertraut %4, Cache-TTL %5 s, Token-TTL %6 s, %7)</translation>
    </message>
    <message>
        <source>Registered workload %1.</source>
        <translation>Workload %1 registriert.</translation>
    </message>
    <message>
        <source>No workload named %1 is registered.</source>
        <translation>Es ist kein Workload namens %1 registriert.</translation>
    </message>
    <message>
        <source>Workload is now %1.</source>
        <translation>Workload geändert: %1.</translation>
    </message>
    <message>
        <source>Removed workload %1 and its observations.</source>
        <translation>Workload %1 und seine Beobachtungen entfernt.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MiB.</source>
        <translation>%1 ist größer als 64 MiB.</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n line(s) need fixing.</source>
        <translation>
            <numerusform>Es wurde nichts importiert: %n Zeile muss korrigiert werden.</numerusform>
            <numerusform>Es wurde nichts importiert: %n Zeilen müssen korrigiert werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n workload(s).</source>
        <translation>
            <numerusform>%n Workload importiert.</numerusform>
            <numerusform>%n Workloads importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Register a workload and the key sets or kids it trusts.</source>
        <translation>Einen Workload registrieren, zusammen mit den Schlüsselsätzen oder kids, denen er vertraut.</translation>
    </message>
    <message>
        <source>Change a registered workload.</source>
        <translation>Einen registrierten Workload ändern.</translation>
    </message>
    <message>
        <source>Remove a workload and its observations.</source>
        <translation>Einen Workload und seine Beobachtungen entfernen.</translation>
    </message>
    <message>
        <source>List registered workloads.</source>
        <translation>Registrierte Workloads auflisten.</translation>
    </message>
    <message>
        <source>Register workloads from CSV or JSON: all or nothing, every bad line reported.</source>
        <translation>Workloads aus CSV oder JSON registrieren: alles oder nichts, jede fehlerhafte Zeile wird gemeldet.</translation>
    </message>
</context>
<context>
    <name>keyward::cli::main</name>
    <message>
        <source>keyward-cli: %1</source>
        <translation>keyward-cli: %1</translation>
    </message>
    <message>
        <source>keyward-cli: no command given.</source>
        <translation>keyward-cli: kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>keyward-cli: unknown command &quot;%1&quot;.</source>
        <translation>keyward-cli: unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>keyward-cli: %1 has no option --%2.</source>
        <translation>keyward-cli: %1 hat keine Option --%2.</translation>
    </message>
    <message>
        <source>keyward-cli: --%1 may be given only once.</source>
        <translation>keyward-cli: --%1 darf nur einmal angegeben werden.</translation>
    </message>
    <message>
        <source>keyward-cli: usage: keyward-cli %1</source>
        <translation>keyward-cli: Aufruf: keyward-cli %1</translation>
    </message>
    <message>
        <source>the vault folder (else $KEYWARD_VAULT, else the default vault)</source>
        <translation>der Tresorordner (sonst $KEYWARD_VAULT, sonst der Standardtresor)</translation>
    </message>
    <message>
        <source>the officer who unlocks (optional when there is only one)</source>
        <translation>der Beauftragte, der entsperrt (optional, wenn es nur einen gibt)</translation>
    </message>
    <message>
        <source>the officer&apos;s passphrase (else $KEYWARD_PASSPHRASE_FILE); a passphrase is never accepted on the command line</source>
        <translation>die Passphrase des Beauftragten (sonst $KEYWARD_PASSPHRASE_FILE); eine Passphrase wird nie auf der Befehlszeile angenommen</translation>
    </message>
    <message>
        <source>machine-readable output on stdout</source>
        <translation>maschinenlesbare Ausgabe auf stdout</translation>
    </message>
    <message>
        <source>print this help</source>
        <translation>diese Hilfe ausgeben</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>die Version ausgeben</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 refused or failed, 2 usage, 3 authentication, 4 verification or integrity failure.</source>
        <translation>Exit-Codes: 0 ok, 1 abgelehnt oder fehlgeschlagen, 2 Aufruffehler, 3 Authentifizierung, 4 Verifikations- oder Integritätsfehler.</translation>
    </message>
    <message>
        <source>Usage: keyward-cli [global options] COMMAND [arguments]

Global options (before or after the command words):
</source>
        <translation>Aufruf: keyward-cli [globale Optionen] BEFEHL [Argumente]

Globale Optionen (vor oder nach den Befehlswörtern):
</translation>
    </message>
    <message>
        <source>
Commands:
</source>
        <translation>
Befehle:
</translation>
    </message>
    <message>
        <source>govern the keys behind JWTs and JWE from the command line</source>
        <translation>die Schlüssel hinter JWTs und JWE über die Befehlszeile verwalten</translation>
    </message>
    <message>
        <source>keyward-cli is the headless front end of Keyward: it keeps the inventory of JOSE signing and encryption keys in an encrypted vault, submits and decides requests under the two-person rule, and verifies the signed audit log. Global options are accepted before or after the command words.</source>
        <translation>keyward-cli ist die Befehlszeilen-Variante von Keyward ohne grafische Oberfläche: Es führt den Bestand der JOSE-Signatur- und Verschlüsselungsschlüssel in einem verschlüsselten Tresor, stellt Anträge nach dem Vier-Augen-Prinzip und entscheidet über sie und verifiziert das signierte Prüfprotokoll. Globale Optionen werden vor oder nach den Befehlswörtern angenommen.</translation>
    </message>
    <message>
        <source>GLOBAL OPTIONS</source>
        <translation>GLOBALE OPTIONEN</translation>
    </message>
    <message>
        <source>COMMANDS</source>
        <translation>BEFEHLE</translation>
    </message>
    <message>
        <source>EXIT STATUS</source>
        <translation>EXIT-STATUS</translation>
    </message>
    <message>
        <source>SEE ALSO</source>
        <translation>SIEHE AUCH</translation>
    </message>
</context>
<context>
    <name>keyward::core</name>
    <message>
        <source>Past its cryptoperiod: rotate it.</source>
        <translation>Kryptoperiode überschritten: rotieren Sie ihn.</translation>
    </message>
    <message>
        <source>Expires within the first warning window.</source>
        <translation>Läuft innerhalb des ersten Warnfensters ab.</translation>
    </message>
    <message>
        <source>Expires within the final warning window.</source>
        <translation>Läuft innerhalb des letzten Warnfensters ab.</translation>
    </message>
    <message>
        <source>Expired while still in use.</source>
        <translation>Abgelaufen, obwohl noch in Gebrauch.</translation>
    </message>
    <message>
        <source>No alg pinned: usable with every algorithm its type and use allow.</source>
        <translation>Kein alg festgelegt: mit jedem Algorithmus nutzbar, den Typ und Verwendung erlauben.</translation>
    </message>
</context>
<context>
    <name>keyward::core::AuditCheckpoint</name>
    <message>
        <source>No checkpoint was recorded: the audit log does not hold events 1 to %1 without gaps. Run audit verify.</source>
        <translation>Es wurde kein Checkpoint aufgezeichnet: Das Audit-Protokoll enthält die Ereignisse 1 bis %1 nicht lückenlos. Führen Sie audit verify aus.</translation>
    </message>
</context>
<context>
    <name>keyward::core::AuditCosign</name>
    <message>
        <source>treehead.json is not JSON: %1</source>
        <translation>treehead.json ist kein JSON: %1</translation>
    </message>
    <message>
        <source>treehead.json does not hold a Keyward tree head.</source>
        <translation>treehead.json enthält keinen Keyward-Tree-Head.</translation>
    </message>
    <message>
        <source>This export comes from another vault (%1).</source>
        <translation>Dieser Export stammt aus einem anderen Tresor (%1).</translation>
    </message>
    <message>
        <source>The tree head does not match this vault&apos;s log: its first %1 events have another root here. Do not co-sign it.</source>
        <translation>Der Baumkopf stimmt nicht mit dem Prüfprotokoll dieses Tresors überein: Seine ersten %1 Ereignisse haben hier eine andere Wurzel. Zeichnen Sie ihn nicht mit.</translation>
    </message>
</context>
<context>
    <name>keyward::core::AuditExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation>Der Bereich endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>Cannot write into %1: %2</source>
        <translation>In %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the first event</source>
        <translation>das erste Ereignis</translation>
    </message>
    <message>
        <source>the last event</source>
        <translation>das letzte Ereignis</translation>
    </message>
</context>
<context>
    <name>keyward::core::AuditLog</name>
    <message>
        <source>The audit chain head is missing from the vault.</source>
        <translation>Der Kopf der Prüfkette fehlt im Tresor.</translation>
    </message>
    <message>
        <source>The change cannot be recorded: %1 acted in it but did not authenticate in this session, so the audit log cannot be signed by %1.</source>
        <translation>Die Änderung kann nicht protokolliert werden: %1 war daran beteiligt, hat sich in dieser Sitzung aber nicht authentifiziert, daher kann das Prüfprotokoll nicht von %1 signiert werden.</translation>
    </message>
</context>
<context>
    <name>keyward::core::AuditReportGatherer</name>
    <message>
        <source>(none pinned)</source>
        <translation>(keiner festgelegt)</translation>
    </message>
    <message>
        <source>no decision yet</source>
        <translation>noch keine Entscheidung</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>INVALID (%1)</source>
        <translation>UNGÜLTIG (%1)</translation>
    </message>
    <message>
        <source>Samples test-decrypt runs</source>
        <translation>Testentschlüsselungen der Proben</translation>
    </message>
    <message>
        <source>Trust map findings</source>
        <translation>Befunde der Vertrauenskarte</translation>
    </message>
</context>
<context>
    <name>keyward::core::AuditVerifier</name>
    <message>
        <source>audit.jsonl is present</source>
        <translation>audit.jsonl ist vorhanden</translation>
    </message>
    <message>
        <source>audit.jsonl is missing.</source>
        <translation>audit.jsonl fehlt.</translation>
    </message>
    <message>
        <source>The earlier export has a tree head</source>
        <translation>Der frühere Export hat einen Baumkopf</translation>
    </message>
    <message>
        <source>%1 holds no readable tree head.</source>
        <translation>%1 enthält keinen lesbaren Baumkopf.</translation>
    </message>
    <message>
        <source>The earlier export is of this vault</source>
        <translation>Der frühere Export stammt aus diesem Tresor</translation>
    </message>
    <message>
        <source>%1 is an export of another vault.</source>
        <translation>%1 ist ein Export eines anderen Tresors.</translation>
    </message>
    <message>
        <source>The log only grew since the earlier export</source>
        <translation>Das Protokoll ist seit dem früheren Export nur gewachsen</translation>
    </message>
    <message>
        <source>The log was cut short: the earlier export&apos;s head covers %1 events, this export&apos;s only %2.</source>
        <translation>Das Protokoll wurde gekürzt: Der Baumkopf des früheren Exports umfasst %1 Ereignisse, der dieses Exports nur %2.</translation>
    </message>
    <message>
        <source>audit.jsonl line %1</source>
        <translation>Zeile %1 von audit.jsonl</translation>
    </message>
    <message>
        <source>audit.jsonl is complete</source>
        <translation>audit.jsonl ist vollständig</translation>
    </message>
    <message>
        <source>%1 is cut off (no line break).</source>
        <translation>%1 ist abgeschnitten (kein Zeilenumbruch).</translation>
    </message>
    <message>
        <source>Every line is a canonical event</source>
        <translation>Jede Zeile ist ein kanonisches Ereignis</translation>
    </message>
    <message>
        <source>%1 is not a canonical Keyward event.</source>
        <translation>%1 ist kein kanonisches Keyward-Ereignis.</translation>
    </message>
    <message>
        <source>Events are in order without gaps</source>
        <translation>Die Ereignisse sind lückenlos und in der richtigen Reihenfolge</translation>
    </message>
    <message>
        <source>%1: event %2 is missing (the line holds event %3): events were deleted.</source>
        <translation>%1: Ereignis %2 fehlt (die Zeile enthält Ereignis %3): Ereignisse wurden gelöscht.</translation>
    </message>
    <message>
        <source>%1: event %2 appears again or out of order: events were duplicated or reordered.</source>
        <translation>%1: Ereignis %2 erscheint erneut oder außer der Reihe: Ereignisse wurden dupliziert oder umgeordnet.</translation>
    </message>
    <message>
        <source>Every event links to the one before</source>
        <translation>Jedes Ereignis ist mit seinem Vorgänger verkettet</translation>
    </message>
    <message>
        <source>%1 (event %2) does not link to the event before it: an event was inserted, removed or moved.</source>
        <translation>%1 (Ereignis %2) ist nicht mit dem vorhergehenden Ereignis verkettet: Ein Ereignis wurde eingefügt, entfernt oder verschoben.</translation>
    </message>
    <message>
        <source>Every event is unchanged</source>
        <translation>Kein Ereignis wurde verändert</translation>
    </message>
    <message>
        <source>%1 (event %2) was changed: its hash does not match its content.</source>
        <translation>%1 (Ereignis %2) wurde verändert: Der Hash passt nicht zum Inhalt.</translation>
    </message>
    <message>
        <source>Time never goes back</source>
        <translation>Die Zeit läuft nie rückwärts</translation>
    </message>
    <message>
        <source>%1 (event %2) is dated before the event before it.</source>
        <translation>%1 (Ereignis %2) ist früher datiert als das vorhergehende Ereignis.</translation>
    </message>
    <message>
        <source>The roster events are the signed roster&apos;s</source>
        <translation>Die Ereignisse der Beauftragtenliste sind die der signierten Liste</translation>
    </message>
    <message>
        <source>%1 (event %2) is a roster event missing from roster.jsonl.</source>
        <translation>%1 (Ereignis %2) ist ein Ereignis der Beauftragtenliste, das in roster.jsonl fehlt.</translation>
    </message>
    <message>
        <source>Every transaction&apos;s head is signed by its officers</source>
        <translation>Der Kopf jeder Transaktion ist von ihren Beauftragten signiert</translation>
    </message>
    <message>
        <source>%1 (event %2): %3</source>
        <translation>%1 (Ereignis %2): %3</translation>
    </message>
    <message>
        <source>audit.jsonl holds what the manifest signs</source>
        <translation>audit.jsonl enthält, was das Manifest signiert</translation>
    </message>
    <message numerus="yes">
        <source>audit.jsonl holds %n event(s), not the signed count, first and last hash.</source>
        <translation>
            <numerusform>audit.jsonl enthält %n Ereignis; Anzahl, erster und letzter Hash entsprechen nicht den signierten Werten.</numerusform>
            <numerusform>audit.jsonl enthält %n Ereignisse; Anzahl, erster und letzter Hash entsprechen nicht den signierten Werten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>audit.jsonl: %n event(s) in order, each linked to the one before and unchanged</source>
        <translation>
            <numerusform>audit.jsonl: %n Ereignis in richtiger Reihenfolge, mit seinem Vorgänger verkettet und unverändert</numerusform>
            <numerusform>audit.jsonl: %n Ereignisse in richtiger Reihenfolge, jedes mit seinem Vorgänger verkettet und unverändert</numerusform>
        </translation>
    </message>
    <message>
        <source>audit.jsonl event %1: %2</source>
        <translation>audit.jsonl, Ereignis %1: %2</translation>
    </message>
    <message>
        <source>Every transaction&apos;s head is signed by the officers who acted in it (heads.jsonl)</source>
        <translation>Der Kopf jeder Transaktion ist von den daran beteiligten Beauftragten signiert (heads.jsonl)</translation>
    </message>
    <message>
        <source>The Merkle root of audit.jsonl is the signed one</source>
        <translation>Die Merkle-Wurzel von audit.jsonl ist die signierte</translation>
    </message>
    <message>
        <source>The Merkle root of audit.jsonl differs from the signed tree head.</source>
        <translation>Die Merkle-Wurzel von audit.jsonl weicht vom signierten Baumkopf ab.</translation>
    </message>
    <message>
        <source>The Merkle root of audit.jsonl is the co-signed tree head&apos;s</source>
        <translation>Die Merkle-Wurzel von audit.jsonl ist die des gegengezeichneten Baumkopfs</translation>
    </message>
    <message>
        <source>The last event is in the signed tree</source>
        <translation>Das letzte Ereignis ist im signierten Baum enthalten</translation>
    </message>
    <message>
        <source>The last line of audit.jsonl is not in the signed tree head.</source>
        <translation>Die letzte Zeile von audit.jsonl ist nicht im signierten Baumkopf enthalten.</translation>
    </message>
    <message>
        <source>The range&apos;s last event is in the co-signed tree head (inclusion proof)</source>
        <translation>Das letzte Ereignis des Zeitraums ist im gegengezeichneten Baumkopf enthalten (Inklusionsbeweis)</translation>
    </message>
    <message>
        <source>The first %1 events are not those of the earlier export %2: the log was rewritten or cut.</source>
        <translation>Die ersten %1 Ereignisse sind nicht die des früheren Exports %2: Das Protokoll wurde umgeschrieben oder gekürzt.</translation>
    </message>
    <message>
        <source>The log only grew since the earlier export (%1 → %2 events)</source>
        <translation>Das Protokoll ist seit dem früheren Export nur gewachsen (%1 → %2 Ereignisse)</translation>
    </message>
    <message>
        <source>%1 is present</source>
        <translation>%1 ist vorhanden</translation>
    </message>
    <message>
        <source>%1 is as Keyward wrote it</source>
        <translation>%1 ist unverändert, wie Keyward es geschrieben hat</translation>
    </message>
    <message>
        <source>%1 was edited or is not valid JSON.</source>
        <translation>%1 wurde bearbeitet oder ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>treehead.json holds a tree head</source>
        <translation>treehead.json enthält einen Baumkopf</translation>
    </message>
    <message>
        <source>treehead.json does not hold a Keyward tree head.</source>
        <translation>treehead.json enthält keinen Keyward-Baumkopf.</translation>
    </message>
    <message>
        <source>proofs.json is for this tree head</source>
        <translation>proofs.json gehört zu diesem Baumkopf</translation>
    </message>
    <message>
        <source>proofs.json is for another tree head.</source>
        <translation>proofs.json gehört zu einem anderen Baumkopf.</translation>
    </message>
    <message>
        <source>proofs.json is well-formed</source>
        <translation>proofs.json ist wohlgeformt</translation>
    </message>
    <message>
        <source>proofs.json holds a malformed hash.</source>
        <translation>proofs.json enthält einen fehlerhaften Hash.</translation>
    </message>
    <message>
        <source>roster.jsonl is present</source>
        <translation>roster.jsonl ist vorhanden</translation>
    </message>
    <message>
        <source>roster.jsonl is complete</source>
        <translation>roster.jsonl ist vollständig</translation>
    </message>
    <message>
        <source>roster.jsonl does not end with a line break.</source>
        <translation>roster.jsonl endet nicht mit einem Zeilenumbruch.</translation>
    </message>
    <message>
        <source>roster.jsonl line %1</source>
        <translation>Zeile %1 von roster.jsonl</translation>
    </message>
    <message>
        <source>roster.jsonl holds intact events</source>
        <translation>roster.jsonl enthält unversehrte Ereignisse</translation>
    </message>
    <message>
        <source>%1 was changed: it is not the event Keyward recorded.</source>
        <translation>%1 wurde verändert: Das ist nicht das von Keyward aufgezeichnete Ereignis.</translation>
    </message>
    <message>
        <source>roster.jsonl events are in the signed tree</source>
        <translation>Die Ereignisse in roster.jsonl sind im signierten Baum enthalten</translation>
    </message>
    <message>
        <source>%1 (event %2) is not in the signed tree head: it was added or changed.</source>
        <translation>%1 (Ereignis %2) ist nicht im signierten Baumkopf enthalten: Das Ereignis wurde hinzugefügt oder verändert.</translation>
    </message>
    <message>
        <source>%1 is not an audit event.</source>
        <translation>%1 ist kein Prüfereignis.</translation>
    </message>
    <message>
        <source>The roster rebuilds from genesis</source>
        <translation>Die Beauftragtenliste lässt sich ab der Gründung rekonstruieren</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>roster.jsonl holds no signed genesis.</source>
        <translation>roster.jsonl enthält keine signierte Gründung.</translation>
    </message>
    <message numerus="yes">
        <source>The officer roster rebuilds from its signed genesis (%n officer(s))</source>
        <translation>
            <numerusform>Die Beauftragtenliste lässt sich ab ihrer signierten Gründung rekonstruieren (%n Beauftragter)</numerusform>
            <numerusform>Die Beauftragtenliste lässt sich ab ihrer signierten Gründung rekonstruieren (%n Beauftragte)</numerusform>
        </translation>
    </message>
    <message>
        <source>No vault fingerprint was pinned: the export&apos;s own (%1) was used, which only the export asserts. Compare it with the one your officers gave you, or pass --fingerprint.</source>
        <translation>Es wurde kein Tresor-Fingerabdruck festgelegt: Verwendet wurde der des Exports selbst (%1), den nur der Export behauptet. Vergleichen Sie ihn mit dem, den Ihnen Ihre Beauftragten genannt haben, oder geben Sie --fingerprint an.</translation>
    </message>
    <message>
        <source>The vault fingerprint is the pinned one</source>
        <translation>Der Tresor-Fingerabdruck ist der festgelegte</translation>
    </message>
    <message>
        <source>This export&apos;s vault fingerprint is %1, not the pinned %2: it comes from another vault or its genesis was replaced.</source>
        <translation>Der Tresor-Fingerabdruck dieses Exports ist %1, nicht der festgelegte %2: Der Export stammt aus einem anderen Tresor, oder dessen Gründung wurde ersetzt.</translation>
    </message>
    <message>
        <source>The tree head names this vault</source>
        <translation>Der Baumkopf nennt diesen Tresor</translation>
    </message>
    <message>
        <source>treehead.json names another vault fingerprint.</source>
        <translation>treehead.json nennt einen anderen Tresor-Fingerabdruck.</translation>
    </message>
    <message>
        <source>manifest.jws is present</source>
        <translation>manifest.jws ist vorhanden</translation>
    </message>
    <message>
        <source>manifest.jws is as Keyward wrote it</source>
        <translation>manifest.jws ist unverändert, wie Keyward es geschrieben hat</translation>
    </message>
    <message>
        <source>manifest.jws was edited.</source>
        <translation>manifest.jws wurde bearbeitet.</translation>
    </message>
    <message>
        <source>manifest.jws is a compact JWS</source>
        <translation>manifest.jws ist ein kompaktes JWS</translation>
    </message>
    <message>
        <source>manifest.jws is not a compact JWS.</source>
        <translation>manifest.jws ist kein kompaktes JWS.</translation>
    </message>
    <message>
        <source>manifest.jws carries JSON</source>
        <translation>manifest.jws enthält JSON</translation>
    </message>
    <message>
        <source>manifest.jws is signed by the exporter</source>
        <translation>manifest.jws ist vom exportierenden Beauftragten signiert</translation>
    </message>
    <message>
        <source>manifest.jws is not signed by %1 as the roster knows them: it was changed or forged.</source>
        <translation>manifest.jws ist nicht mit dem Schlüssel signiert, den die Beauftragtenliste für %1 führt: Es wurde verändert oder gefälscht.</translation>
    </message>
    <message>
        <source>manifest.jws is signed by the exporting officer %1</source>
        <translation>manifest.jws ist vom exportierenden Beauftragten %1 signiert</translation>
    </message>
    <message>
        <source>The manifest names this tree head</source>
        <translation>Das Manifest nennt diesen Baumkopf</translation>
    </message>
    <message>
        <source>treehead.json is not the tree head the manifest signs.</source>
        <translation>treehead.json ist nicht der Baumkopf, den das Manifest signiert.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <source>%1 matches its signed SHA-256</source>
        <translation>%1 entspricht seinem signierten SHA-256</translation>
    </message>
    <message>
        <source>%1 was changed after the export: its SHA-256 is not the signed one.</source>
        <translation>%1 wurde nach dem Export verändert: Sein SHA-256 ist nicht der signierte.</translation>
    </message>
    <message>
        <source>The manifest lists %1</source>
        <translation>Das Manifest führt %1 auf</translation>
    </message>
    <message>
        <source>The manifest does not list %1.</source>
        <translation>Das Manifest führt %1 nicht auf.</translation>
    </message>
    <message>
        <source>Every file matches its signed SHA-256 (%1)</source>
        <translation>Jede Datei entspricht ihrem signierten SHA-256 (%1)</translation>
    </message>
    <message>
        <source>treehead.json is a JWS</source>
        <translation>treehead.json ist ein JWS</translation>
    </message>
    <message>
        <source>treehead.json is not a JWS.</source>
        <translation>treehead.json ist kein JWS.</translation>
    </message>
    <message>
        <source>treehead.json is signed by officers</source>
        <translation>treehead.json ist von Beauftragten signiert</translation>
    </message>
    <message>
        <source>Signature %1 of treehead.json is not an officer&apos;s valid signature.</source>
        <translation>Signatur %1 von treehead.json ist keine gültige Signatur eines Beauftragten.</translation>
    </message>
    <message>
        <source>The tree head is co-signed by two officers</source>
        <translation>Der Baumkopf ist von zwei Beauftragten signiert</translation>
    </message>
    <message>
        <source>The tree head is signed by %1 only: a second officer must co-sign it (keyward-cli export cosign DIR --as OTHER).</source>
        <translation>Der Baumkopf ist nur von %1 signiert: Ein zweiter Beauftragter muss ihn gegenzeichnen (keyward-cli export cosign DIR --as OTHER).</translation>
    </message>
    <message>
        <source>The tree head (%1 events, root %2…) is signed by %3</source>
        <translation>Der Baumkopf (%1 Ereignisse, Wurzel %2…) ist von %3 signiert</translation>
    </message>
    <message>
        <source>heads.jsonl is present</source>
        <translation>heads.jsonl ist vorhanden</translation>
    </message>
    <message>
        <source>heads.jsonl holds signed heads</source>
        <translation>heads.jsonl enthält signierte Kettenköpfe</translation>
    </message>
    <message>
        <source>heads.jsonl line %1 was changed.</source>
        <translation>Zeile %1 von heads.jsonl wurde verändert.</translation>
    </message>
    <message>
        <source>heads.jsonl is complete</source>
        <translation>heads.jsonl ist vollständig</translation>
    </message>
    <message>
        <source>heads.jsonl does not end with a line break.</source>
        <translation>heads.jsonl endet nicht mit einem Zeilenumbruch.</translation>
    </message>
    <message>
        <source>Every checkpoint is signed by its officer</source>
        <translation>Jeder Checkpoint ist von seinem Beauftragten signiert</translation>
    </message>
    <message>
        <source>%1: the checkpoint is not signed by %2.</source>
        <translation>%1: Der Checkpoint ist nicht von %2 signiert.</translation>
    </message>
    <message>
        <source>Every checkpoint matches the log before it</source>
        <translation>Jeder Checkpoint stimmt mit dem Protokoll davor überein</translation>
    </message>
    <message>
        <source>%1: the checkpoint signed a log of %2 events with another root: events before it were changed, removed or reordered since.</source>
        <translation>%1: Der Checkpoint hat ein Protokoll aus %2 Ereignissen mit einer anderen Wurzel signiert: Ereignisse davor wurden seither verändert, entfernt oder umgeordnet.</translation>
    </message>
    <message numerus="yes">
        <source>The newest checkpoint before the last event %1 is %n hour(s) older than it (event %2)</source>
        <translation>
            <numerusform>Der neueste Checkpoint vor dem letzten Ereignis %1 ist %n Stunde älter als dieses (Ereignis %2)</numerusform>
            <numerusform>Der neueste Checkpoint vor dem letzten Ereignis %1 ist %n Stunden älter als dieses (Ereignis %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stale head: the newest checkpoint before the last event %1 (%2) is event %3 (%4), more than a day older. The vault records one at every unlock and at least daily: events were written without Keyward checkpointing them, or a clock was wrong.</source>
        <translation>Veralteter Baumkopf: Der neueste Checkpoint vor dem letzten Ereignis %1 (%2) ist Ereignis %3 (%4), mehr als einen Tag älter. Der Tresor zeichnet bei jedem Entsperren und mindestens täglich einen auf: Ereignisse wurden geschrieben, ohne dass Keyward sie mit einem Checkpoint erfasst hat, oder eine Uhr ging falsch.</translation>
    </message>
    <message>
        <source>Every decision is signed by its officer</source>
        <translation>Jede Entscheidung ist von ihrem Beauftragten signiert</translation>
    </message>
    <message>
        <source>Every transaction&apos;s head inside the range is signed by the officers who acted in it, judged by the roster from genesis (heads.jsonl)</source>
        <translation>Jeder Transaktionskopf im Bereich ist von den Beauftragten signiert, die darin gehandelt haben, geprüft anhand der Beauftragtenliste ab der Gründung (heads.jsonl)</translation>
    </message>
    <message numerus="yes">
        <source>%n request decision(s) verify with their officer&apos;s key in the signed roster</source>
        <translation>
            <numerusform>%n Antragsentscheidung lässt sich mit dem Schlüssel ihres Beauftragten in der signierten Beauftragtenliste verifizieren</numerusform>
            <numerusform>%n Antragsentscheidungen lassen sich mit dem Schlüssel ihres Beauftragten in der signierten Beauftragtenliste verifizieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::core::CalendarExport</name>
    <message>
        <source>key &quot;%1&quot; of key set %2</source>
        <translation>Schlüssel „%1“ von Schlüsselsatz %2</translation>
    </message>
    <message>
        <source>Rotate %1</source>
        <translation>%1 rotieren</translation>
    </message>
    <message>
        <source>The cryptoperiod of %1 ends. Request its rotation in Keyward (two-person rule).</source>
        <translation>Die Kryptoperiode von %1 endet. Beantragen Sie die Rotation in Keyward (Vier-Augen-Prinzip).</translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation>%1 stilllegen</translation>
    </message>
    <message>
        <source>The overlap of %1 after its successor &quot;%2&quot; took over ends: it may be retired.</source>
        <translation>Die Überlappung von %1, nachdem der Nachfolger „%2“ übernommen hat, endet: Er darf stillgelegt werden.</translation>
    </message>
    <message>
        <source>%1 expires</source>
        <translation>%1 läuft ab</translation>
    </message>
    <message>
        <source>%1 (%2, owner %3) expires.</source>
        <translation>%1 (%2, Eigentümer %3) läuft ab.</translation>
    </message>
    <message>
        <source>Destruction of %1</source>
        <translation>Vernichtung von %1</translation>
    </message>
    <message>
        <source>Request #%1 erases the private material of %2 (crypto-shred). It can be cancelled until then.</source>
        <translation>Antrag #%1 löscht das private Schlüsselmaterial von %2 (Krypto-Shredding). Bis dahin kann er zurückgezogen werden.</translation>
    </message>
    <message>
        <source>Keyward key dates</source>
        <translation>Keyward-Schlüsseltermine</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Der Tresor ist gesperrt.</translation>
    </message>
</context>
<context>
    <name>keyward::core::ChainVerifier</name>
    <message>
        <source>Event %1 is missing: the chain jumps from %2 to %3 (events were deleted).</source>
        <translation>Ereignis %1 fehlt: Die Kette springt von %2 auf %3 (Ereignisse wurden gelöscht).</translation>
    </message>
    <message>
        <source>Event %1 appears out of order after event %2.</source>
        <translation>Ereignis %1 steht außer der Reihe nach Ereignis %2.</translation>
    </message>
    <message>
        <source>Event %1 does not link to the event before it: an event was inserted, deleted or moved here.</source>
        <translation>Ereignis %1 ist nicht mit dem Ereignis davor verknüpft: Hier wurde ein Ereignis eingefügt, gelöscht oder verschoben.</translation>
    </message>
    <message>
        <source>Event %1 was changed after it was recorded: its hash does not match its content.</source>
        <translation>Ereignis %1 wurde nach der Aufzeichnung geändert: Sein Hash passt nicht zu seinem Inhalt.</translation>
    </message>
    <message>
        <source>Events %1 to %2 are missing: the chain ends at event %3 but %2 events were recorded (events were removed from the end).</source>
        <translation>Die Ereignisse %1 bis %2 fehlen: Die Kette endet bei Ereignis %3, aufgezeichnet wurden aber %2 Ereignisse (Ereignisse wurden am Ende entfernt).</translation>
    </message>
    <message>
        <source>Event %1 and later were added outside Keyward: the recorded chain ends at %2.</source>
        <translation>Ereignis %1 und folgende wurden außerhalb von Keyward hinzugefügt: Die aufgezeichnete Kette endet bei %2.</translation>
    </message>
    <message>
        <source>The last event %1 is not the one Keyward recorded: the chain head does not match.</source>
        <translation>Das letzte Ereignis %1 ist nicht das von Keyward aufgezeichnete: Der Kettenkopf stimmt nicht überein.</translation>
    </message>
    <message>
        <source>Event %1 has a malformed time: Keyward did not write it.</source>
        <translation>Ereignis %1 hat eine fehlerhafte Zeitangabe: Keyward hat es nicht geschrieben.</translation>
    </message>
    <message>
        <source>Event %1 is dated %2, before event %3 (%4): events out of order, so an event was back-dated or moved.</source>
        <extracomment>%2 and %4 are UTC date-times.</extracomment>
        <translation>Ereignis %1 ist auf %2 datiert, vor Ereignis %3 (%4): Die Ereignisse sind außer der Reihe, also wurde ein Ereignis rückdatiert oder verschoben.</translation>
    </message>
    <message>
        <source>Event %1 is dated %2, more than a day after this computer&apos;s clock: it was written with a clock set ahead (a jump into the future), or this clock is wrong.</source>
        <extracomment>%2 is a UTC date-time.</extracomment>
        <translation>Ereignis %1 ist auf %2 datiert, mehr als einen Tag nach der Uhr dieses Computers: Es wurde mit vorgestellter Uhr geschrieben (ein Sprung in die Zukunft), oder diese Uhr geht falsch.</translation>
    </message>
    <message>
        <source>Could not read the audit log</source>
        <translation>Das Audit-Protokoll konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>keyward::core::CheckpointVerifier</name>
    <message>
        <source>Event %1 is a checkpoint without a tree head of this vault: it was forged or changed.</source>
        <translation>Ereignis %1 ist ein Checkpoint ohne Baumkopf dieses Tresors: Er wurde gefälscht oder verändert.</translation>
    </message>
    <message>
        <source>The checkpoint at event %1 covers %2 events, but %3 come before it: it was forged, or events before it were removed or inserted.</source>
        <translation>Der Checkpoint bei Ereignis %1 umfasst %2 Ereignisse, aber %3 gehen ihm voraus: Er wurde gefälscht, oder Ereignisse davor wurden entfernt oder eingefügt.</translation>
    </message>
    <message>
        <source>The checkpoint at event %1 signed another Merkle root than the %2 events before it have: the checkpoint was forged, or events before it were changed since.</source>
        <translation>Der Checkpoint bei Ereignis %1 hat eine andere Merkle-Wurzel signiert, als die %2 Ereignisse davor ergeben: Der Checkpoint wurde gefälscht, oder Ereignisse davor wurden seitdem verändert.</translation>
    </message>
    <message>
        <source>The checkpoint at event %1 does not chain to the checkpoint before it: a checkpoint was removed, inserted or changed.</source>
        <translation>Der Checkpoint bei Ereignis %1 schließt nicht an den vorherigen Checkpoint an: Ein Checkpoint wurde entfernt, eingefügt oder verändert.</translation>
    </message>
</context>
<context>
    <name>keyward::core::CommittedFiles</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot set the permissions of %1; it was removed again.</source>
        <translation>Die Berechtigungen von %1 können nicht gesetzt werden; die Datei wurde wieder entfernt.</translation>
    </message>
</context>
<context>
    <name>keyward::core::Database</name>
    <message>
        <source>The database key must be 256 bits.</source>
        <translation>Der Datenbankschlüssel muss 256 Bit lang sein.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existiert bereits.</translation>
    </message>
    <message>
        <source>The vault database %1 is missing.</source>
        <translation>Die Tresordatenbank %1 fehlt.</translation>
    </message>
    <message>
        <source>The vault database %1 is truncated (%2 bytes).</source>
        <translation>Die Tresordatenbank %1 ist abgeschnitten (%2 Byte).</translation>
    </message>
    <message>
        <source>Could not open the vault database %1: %2</source>
        <translation>Die Tresordatenbank %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Could not key the vault database</source>
        <translation>Der Schlüssel der Tresordatenbank konnte nicht gesetzt werden</translation>
    </message>
    <message>
        <source>The vault database %1 cannot be decrypted with the key from keyslots.json: it is damaged, from another vault, or not a Keyward vault at all.</source>
        <translation>Die Tresordatenbank %1 lässt sich mit dem Schlüssel aus keyslots.json nicht entschlüsseln: Sie ist beschädigt, gehört zu einem anderen Tresor oder ist überhaupt kein Keyward-Tresor.</translation>
    </message>
    <message>
        <source>Could not read the vault database</source>
        <translation>Die Tresordatenbank konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>SQL statement failed</source>
        <translation>SQL-Anweisung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not prepare SQL</source>
        <translation>SQL konnte nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>The query returned no row.</source>
        <translation>Die Abfrage lieferte keine Zeile.</translation>
    </message>
    <message>
        <source>The database cannot be re-keyed inside a transaction.</source>
        <translation>Die Datenbank kann nicht innerhalb einer Transaktion neu verschlüsselt werden.</translation>
    </message>
    <message>
        <source>Could not re-key the vault database</source>
        <translation>Die Tresordatenbank konnte nicht neu verschlüsselt werden</translation>
    </message>
    <message>
        <source>%1: the vault database %2 is damaged (%3).</source>
        <translation>%1: Die Tresordatenbank %2 ist beschädigt (%3).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Another Keyward program is writing to this vault. Try again when it has finished.</source>
        <translation>Ein anderes Keyward-Programm schreibt in diesen Tresor. Versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>Another Keyward program is writing to this vault; tried for %1 s. Try again when it has finished.</source>
        <translation>Ein anderes Keyward-Programm schreibt in diesen Tresor; %1 s lang versucht. Versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>The vault was re-keyed by another Keyward program (an officer was removed); unlock it again.</source>
        <translation>Der Tresor wurde von einem anderen Keyward-Programm neu verschlüsselt (ein Beauftragter wurde entfernt); entsperren Sie ihn erneut.</translation>
    </message>
</context>
<context>
    <name>keyward::core::DecisionCheck</name>
    <message>
        <source>The decision event is not an audit event.</source>
        <translation>Das Entscheidungsereignis ist kein Audit-Ereignis.</translation>
    </message>
    <message>
        <source>approval</source>
        <translation>Genehmigung</translation>
    </message>
    <message>
        <source>rejection</source>
        <translation>Ablehnung</translation>
    </message>
    <message>
        <source>Event %1: the %2 carries no decision signature (compact JWS).</source>
        <translation>Ereignis %1: Die Entscheidung (%2) trägt keine Entscheidungssignatur (kompakte JWS).</translation>
    </message>
    <message>
        <source>Event %1: the %2&apos;s signature is not a Keyward decision.</source>
        <translation>Ereignis %1: Die Signatur der Entscheidung (%2) ist keine Keyward-Entscheidung.</translation>
    </message>
    <message>
        <source>Event %1: the %2 is signed as %3, who was not an officer in the signed roster at that time: it was forged.</source>
        <translation>Ereignis %1: Die Entscheidung (%2) ist als %3 signiert, der zu diesem Zeitpunkt kein Beauftragter in der signierten Beauftragtenliste war: Sie wurde gefälscht.</translation>
    </message>
    <message>
        <source>Event %1: the %2 by %3 does not verify with the key the signed roster held for %3 then: the decision was forged or changed after it was signed.</source>
        <translation>Ereignis %1: Die Entscheidung (%2) von %3 lässt sich nicht mit dem Schlüssel verifizieren, den die signierte Beauftragtenliste damals für %3 hielt: Die Entscheidung wurde gefälscht oder nach der Signatur verändert.</translation>
    </message>
    <message>
        <source>Event %1: the %2 signed by %3 is for another request, verdict or officer than the event records: a signature was moved onto it.</source>
        <translation>Ereignis %1: Die von %3 signierte Entscheidung (%2) gilt einem anderen Antrag, Urteil oder Beauftragten, als das Ereignis festhält: Eine Signatur wurde darauf übertragen.</translation>
    </message>
</context>
<context>
    <name>keyward::core::DemoKeySeeder</name>
    <message>
        <source>The vault already holds keys; demo keys go into an empty vault only.</source>
        <translation>Der Tresor enthält bereits Schlüssel; Demo-Schlüssel kommen nur in einen leeren Tresor.</translation>
    </message>
</context>
<context>
    <name>keyward::core::DemoRequestSeeder</name>
    <message>
        <source>The vault already holds requests; demo requests go into a fresh demo vault only.</source>
        <translation>Der Tresor enthält bereits Anträge; Demo-Anträge kommen nur in einen frischen Demo-Tresor.</translation>
    </message>
</context>
<context>
    <name>keyward::core::DemoSampleSeeder</name>
    <message>
        <source>Cannot write the demo sample %1.</source>
        <translation>Die Demo-Probe %1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>keyward::core::DestructionExecutor</name>
    <message>
        <source>Key &quot;%1&quot; is %2; only a retired, revoked or never activated key can be destroyed — retire it first.</source>
        <translation>Schlüssel „%1“ hat den Zustand „%2“; nur ein stillgelegter, widerrufener oder nie aktivierter Schlüssel kann vernichtet werden — legen Sie ihn zuerst still.</translation>
    </message>
    <message>
        <source>The waiting period before a destruction is 1 to 30 days.</source>
        <translation>Die Wartefrist vor einer Vernichtung beträgt 1 bis 30 Tage.</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; is %2 and can no longer be destroyed.</source>
        <translation>Schlüssel „%1“ hat den Zustand „%2“ und kann nicht mehr vernichtet werden.</translation>
    </message>
    <message>
        <source>The private material of key &quot;%1&quot; is still held by the key provider.</source>
        <translation>Das private Schlüsselmaterial von Schlüssel „%1“ wird noch vom Schlüsselanbieter gehalten.</translation>
    </message>
</context>
<context>
    <name>keyward::core::DriftCheck</name>
    <message>
        <source>&quot;%1&quot; is not an http or https URL.</source>
        <translation>„%1“ ist keine http- oder https-URL.</translation>
    </message>
    <message>
        <source>%1 served more than %2 bytes; a JWKS is never that large.</source>
        <translation>%1 hat mehr als %2 Byte ausgeliefert; ein JWKS ist nie so groß.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times.</source>
        <translation>%1 hat mehr als %2-mal umgeleitet.</translation>
    </message>
    <message>
        <source>%1 redirected from HTTPS to plain HTTP; refused.</source>
        <translation>%1 hat von HTTPS auf unverschlüsseltes HTTP umgeleitet; abgelehnt.</translation>
    </message>
    <message>
        <source>Fetching %1 failed: %2</source>
        <translation>Der Abruf von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The document served is not a JWKS (a JSON object with a &quot;keys&quot; array).</source>
        <translation>Das ausgelieferte Dokument ist kein JWKS (ein JSON-Objekt mit einem Array „keys“).</translation>
    </message>
    <message>
        <source>The kid &quot;%1&quot; is served more than once; verifiers may pick either key.</source>
        <translation>Der kid „%1“ wird mehrfach ausgeliefert; Verifizierer können jeden dieser Schlüssel wählen.</translation>
    </message>
    <message>
        <source>The kid &quot;%1&quot; is served but is not a key of this set in the vault.</source>
        <translation>Der kid „%1“ wird ausgeliefert, gehört aber zu keinem Schlüssel dieses Satzes im Tresor.</translation>
    </message>
    <message>
        <source>The revoked kid &quot;%1&quot; is still served: tokens forged with it verify.</source>
        <translation>Der widerrufene kid „%1“ wird noch ausgeliefert: Damit gefälschte Token werden erfolgreich verifiziert.</translation>
    </message>
    <message>
        <source>The retired kid &quot;%1&quot; is still served.</source>
        <translation>Der stillgelegte kid „%1“ wird noch ausgeliefert.</translation>
    </message>
    <message>
        <source>The destroyed kid &quot;%1&quot; is still served.</source>
        <translation>Der vernichtete kid „%1“ wird noch ausgeliefert.</translation>
    </message>
    <message>
        <source>The kid &quot;%1&quot; is served, but a %2 %3 key is not published.</source>
        <translation>Der kid „%1“ wird ausgeliefert, aber ein Schlüssel dieser Art (%2 %3) wird nicht veröffentlicht.</translation>
    </message>
    <message>
        <source>The key served as &quot;%1&quot; is not the vault&apos;s key with that kid.</source>
        <translation>Der als „%1“ ausgelieferte Schlüssel ist nicht der Schlüssel des Tresors mit diesem kid.</translation>
    </message>
    <message>
        <source>The %1 kid &quot;%2&quot; should be published but is not served%3.</source>
        <translation>Der kid „%2“ (%1) müsste veröffentlicht sein, wird aber nicht ausgeliefert%3.</translation>
    </message>
    <message>
        <source> (it is the primary)</source>
        <translation> (er ist der Primärschlüssel)</translation>
    </message>
    <message>
        <source>Cache-Control max-age %1 s is longer than the %2 s the trust map allows: caches would outlive the rotation overlap.</source>
        <translation>Cache-Control max-age %1 s ist länger als die %2 s, die die Vertrauenskarte zulässt: Caches würden die Überlappung der Rotation überdauern.</translation>
    </message>
    <message>
        <source>No key set named %1 is in the vault.</source>
        <translation>Im Tresor gibt es keinen Schlüsselsatz namens %1.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 instead of 200.</source>
        <translation>%1 hat mit HTTP %2 statt 200 geantwortet.</translation>
    </message>
    <message>
        <source>The JWKS was served over plain HTTP: anyone on the path could replace it.</source>
        <translation>Das JWKS wurde über unverschlüsseltes HTTP ausgeliefert: Jeder auf dem Übertragungsweg könnte es ersetzen.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is served with private key material (%2): treat it as compromised.</source>
        <translation>Der Schlüssel „%1“ wird mit privatem Schlüsselmaterial (%2) ausgeliefert: Behandeln Sie ihn als kompromittiert.</translation>
    </message>
</context>
<context>
    <name>keyward::core::DueWork</name>
    <message>
        <source>Drafted automatically: key &quot;%1&quot; of key set %2 reached the end of its cryptoperiod on %3.</source>
        <translation>Automatisch entworfen: Schlüssel „%1“ von Schlüsselsatz %2 hat am %3 das Ende seiner Kryptoperiode erreicht.</translation>
    </message>
    <message>
        <source>Drafted automatically: key &quot;%1&quot; of key set %2 expires on %3.</source>
        <translation>Automatisch entworfen: Schlüssel „%1“ von Schlüsselsatz %2 läuft am %3 ab.</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; of key set %2 is due for rotation; a key officer must request it.</source>
        <translation>Schlüssel „%1“ von Schlüsselsatz %2 ist zur Rotation fällig; ein Schlüsselbeauftragter muss sie beantragen.</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; of key set %2 is due for rotation, but no request could be drafted: %3</source>
        <translation>Schlüssel „%1“ von Schlüsselsatz %2 ist zur Rotation fällig, aber es konnte kein Antrag entworfen werden: %3</translation>
    </message>
    <message>
        <source>Key set %1 has no primary %2 key since &quot;%3&quot; was revoked; request a rotation to a successor (keyward-cli request rotate %3 --successor KID ...).</source>
        <translation>Schlüsselsatz %1 hat keinen primären %2-Schlüssel, seit „%3“ widerrufen wurde; beantragen Sie eine Rotation zu einem Nachfolger (keyward-cli request rotate %3 --successor KID ...).</translation>
    </message>
</context>
<context>
    <name>keyward::core::EvidenceFiles</name>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes: not a Keyward export.</source>
        <translation>%1 ist größer als %2 Byte: kein Keyward-Export.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>No output folder was given.</source>
        <translation>Es wurde kein Ausgabeordner angegeben.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>keyward::core::GenerateKeyCommand</name>
    <message>
        <source>A generated key needs an alg (for example ES256 or RSA-OAEP-256).</source>
        <translation>Ein erzeugter Schlüssel braucht ein alg (zum Beispiel ES256 oder RSA-OAEP-256).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an algorithm Keyward generates keys for.</source>
        <translation>„%1“ ist kein Algorithmus, für den Keyward Schlüssel erzeugt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; fixes its key size; leave the size out.</source>
        <translation>„%1“ legt seine Schlüsselgröße selbst fest; lassen Sie die Größe weg.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an RSA key size.</source>
        <translation>„%1“ ist keine RSA-Schlüsselgröße.</translation>
    </message>
    <message>
        <source>A %1-bit RSA key is too weak; Keyward generates 2048, 3072 or 4096 bits.</source>
        <translation>Ein %1-Bit-RSA-Schlüssel ist zu schwach; Keyward erzeugt 2048, 3072 oder 4096 Bit.</translation>
    </message>
    <message>
        <source>Keyward generates RSA keys of 2048, 3072 or 4096 bits.</source>
        <translation>Keyward erzeugt RSA-Schlüssel mit 2048, 3072 oder 4096 Bit.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes a P-256, P-384, P-521 or X25519 key.</source>
        <translation>„%1“ nimmt einen P-256-, P-384-, P-521- oder X25519-Schlüssel.</translation>
    </message>
    <message>
        <source>A dir key has 128, 192 or 256 bits.</source>
        <translation>Ein dir-Schlüssel hat 128, 192 oder 256 Bit.</translation>
    </message>
    <message>
        <source>Keyward does not generate keys for &quot;%1&quot;.</source>
        <translation>Keyward erzeugt keine Schlüssel für „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a %2 algorithm; it cannot be used for &quot;%3&quot;.</source>
        <translation>„%1“ ist ein %2-Algorithmus; er kann nicht für „%3“ verwendet werden.</translation>
    </message>
    <message>
        <source>Key set %1 already has a key with kid &quot;%2&quot;.</source>
        <translation>Schlüsselsatz %1 hat bereits einen Schlüssel mit kid „%2“.</translation>
    </message>
</context>
<context>
    <name>keyward::core::HeadVerifier</name>
    <message>
        <source>Event 1 is not the creation of this vault: the start of the log (its genesis) was removed or replaced.</source>
        <translation>Ereignis 1 ist nicht die Erstellung dieses Tresors: Der Anfang des Protokolls (seine Gründung) wurde entfernt oder ersetzt.</translation>
    </message>
    <message>
        <source>The head at event %1 is marked as written before signed heads, but this vault signed its heads from the start: the mark was planted to hide changed events.</source>
        <translation>Der Kopf bei Ereignis %1 ist als vor Einführung signierter Köpfe geschrieben markiert, aber dieser Tresor hat seine Köpfe von Anfang an signiert: Die Markierung wurde eingeschleust, um veränderte Ereignisse zu verbergen.</translation>
    </message>
    <message>
        <source>The head at event %1 is signed as %2, who is not an officer in the signed roster at that point.</source>
        <translation>Der Kopf bei Ereignis %1 ist im Namen von %2 signiert, der zu diesem Zeitpunkt kein Beauftragter in der signierten Beauftragtenliste ist.</translation>
    </message>
    <message>
        <source>The head at event %1 has no signed roster behind it: the genesis of the roster was removed or replaced.</source>
        <translation>Hinter dem Kopf bei Ereignis %1 steht keine signierte Beauftragtenliste: Die Gründung der Beauftragtenliste wurde entfernt oder ersetzt.</translation>
    </message>
    <message>
        <source>Event %1 by %2 is not covered by a head signature of %2 (the next head, at event %4, is signed by %3 only): the event was inserted or changed, or the signature of %2 was removed.</source>
        <extracomment>%3 is a list of officer names</extracomment>
        <translation>Ereignis %1 von %2 ist durch keine Kopfsignatur von %2 gedeckt (der nächste Kopf, bei Ereignis %4, ist nur von %3 signiert): Das Ereignis wurde eingefügt oder verändert, oder die Signatur von %2 wurde entfernt.</translation>
    </message>
    <message>
        <source>A head was signed at event %1, but the log ends at event %2: events were removed from the end.</source>
        <translation>Ein Kopf wurde bei Ereignis %1 signiert, aber das Protokoll endet bei Ereignis %2: Am Ende wurden Ereignisse entfernt.</translation>
    </message>
    <message>
        <source>Events %1 to %2 come after the last signed head (event %3): they were written outside Keyward, or their head signature was removed.</source>
        <translation>Die Ereignisse %1 bis %2 folgen auf den letzten signierten Kopf (Ereignis %3): Sie wurden außerhalb von Keyward geschrieben, oder ihre Kopfsignatur wurde entfernt.</translation>
    </message>
    <message>
        <source>The head at event %1 is signed as %2, but the signature does not verify with the key of %2 in the signed roster: the events up to %1 were changed after %2 signed them, or the signature was forged.</source>
        <translation>Der Kopf bei Ereignis %1 ist im Namen von %2 signiert, aber die Signatur lässt sich mit dem Schlüssel von %2 aus der signierten Beauftragtenliste nicht verifizieren: Die Ereignisse bis %1 wurden verändert, nachdem %2 sie signiert hat, oder die Signatur wurde gefälscht.</translation>
    </message>
</context>
<context>
    <name>keyward::core::ImportKeyCommand</name>
    <message>
        <source>The JWK Set holds %1 keys; an explicit kid fits only a single key.</source>
        <translation>Das JWK Set enthält %1 Schlüssel; ein ausdrücklicher kid passt nur zu einem einzelnen Schlüssel.</translation>
    </message>
    <message>
        <source>A secret (oct) key has no public part to register; import it instead.</source>
        <translation>Ein geheimer (oct-)Schlüssel hat keinen öffentlichen Teil zum Registrieren; importieren Sie ihn stattdessen.</translation>
    </message>
    <message>
        <source>external, imported by %1</source>
        <translation>extern, importiert von %1</translation>
    </message>
    <message>
        <source>%1 of %2 keys were refused (first: key %3: %4); the others %5.</source>
        <translation>%1 von %2 Schlüsseln wurden abgelehnt (erster: Schlüssel %3: %4); die anderen %5.</translation>
    </message>
    <message>
        <source>were imported</source>
        <translation>wurden importiert</translation>
    </message>
    <message>
        <source>would be imported</source>
        <translation>würden importiert</translation>
    </message>
</context>
<context>
    <name>keyward::core::JoseHeader</name>
    <message>
        <source>The protected header is %1 bytes; the limit is %2</source>
        <translation>Der geschützte Header hat %1 Byte; die Grenze ist %2</translation>
    </message>
    <message>
        <source>The protected header is not strict base64url: %1</source>
        <translation>Der geschützte Header ist kein striktes base64url: %1</translation>
    </message>
    <message>
        <source>The protected header is not a valid JSON object: %1</source>
        <translation>Der geschützte Header ist kein gültiges JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>The header parameter &quot;%1&quot; appears in more than one header</source>
        <translation>Der Header-Parameter „%1“ steht in mehr als einem Header</translation>
    </message>
    <message>
        <source>&quot;crit&quot; must be in the protected header</source>
        <translation>„crit“ muss im geschützten Header stehen</translation>
    </message>
    <message>
        <source>&quot;crit&quot; must be a non-empty array of names</source>
        <translation>„crit“ muss ein nicht-leeres Array von Namen sein</translation>
    </message>
    <message>
        <source>&quot;crit&quot; must list header parameter names as strings</source>
        <translation>„crit“ muss Header-Parameternamen als Strings aufführen</translation>
    </message>
    <message>
        <source>&quot;crit&quot; lists &quot;%1&quot; twice</source>
        <translation>„crit“ führt „%1“ zweimal auf</translation>
    </message>
    <message>
        <source>&quot;crit&quot; may not list the registered parameter &quot;%1&quot;</source>
        <translation>„crit“ darf den registrierten Parameter „%1“ nicht aufführen</translation>
    </message>
    <message>
        <source>&quot;crit&quot; lists &quot;%1&quot; but the protected header does not contain it</source>
        <translation>„crit“ führt „%1“ auf, aber der geschützte Header enthält ihn nicht</translation>
    </message>
    <message>
        <source>The critical header parameter &quot;%1&quot; is not understood by Keyward</source>
        <translation>Der kritische Header-Parameter „%1“ wird von Keyward nicht verstanden</translation>
    </message>
    <message>
        <source>The header parameter &quot;%1&quot; is not a string</source>
        <translation>Der Header-Parameter „%1“ ist kein String</translation>
    </message>
    <message>
        <source>The header has no &quot;alg&quot;</source>
        <translation>Der Header hat kein „alg“</translation>
    </message>
</context>
<context>
    <name>keyward::core::Jwk</name>
    <message>
        <source>The JWK &quot;x5c&quot; is not a non-empty array</source>
        <translation>Das JWK-„x5c“ ist kein nicht-leeres Array</translation>
    </message>
    <message>
        <source>An &quot;x5c&quot; entry is not a string</source>
        <translation>Ein „x5c“-Eintrag ist kein String</translation>
    </message>
    <message>
        <source>The JWK &quot;x5t#S256&quot; does not match its certificate</source>
        <translation>Das JWK-„x5t#S256“ passt nicht zu seinem Zertifikat</translation>
    </message>
    <message>
        <source>No key was given</source>
        <translation>Es wurde kein Schlüssel angegeben</translation>
    </message>
    <message>
        <source>The RSA key is refused: %1</source>
        <translation>Der RSA-Schlüssel wird abgelehnt: %1</translation>
    </message>
    <message>
        <source>The public key fails validation</source>
        <translation>Der öffentliche Schlüssel besteht die Validierung nicht</translation>
    </message>
    <message>
        <source>The private key does not match its public key</source>
        <translation>Der private Schlüssel passt nicht zu seinem öffentlichen Schlüssel</translation>
    </message>
    <message>
        <source>The secret key is empty</source>
        <translation>Der geheime Schlüssel ist leer</translation>
    </message>
    <message>
        <source>The RSA modulus has %1 bits; at least 2048 are required</source>
        <translation>Der RSA-Modulus hat %1 Bit; mindestens 2048 sind erforderlich</translation>
    </message>
    <message>
        <source>The secret key has %1 bits; at least 128 are required</source>
        <translation>Der geheime Schlüssel hat %1 Bit; mindestens 128 sind erforderlich</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a key of at least %2 bits; this one has %3</source>
        <translation>„%1“ braucht einen Schlüssel mit mindestens %2 Bit; dieser hat %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a key of exactly %2 bits; this one has %3</source>
        <translation>„%1“ braucht einen Schlüssel mit genau %2 Bit; dieser hat %3</translation>
    </message>
    <message>
        <source>A secret key cannot carry a certificate chain</source>
        <translation>Ein geheimer Schlüssel kann keine Zertifikatskette tragen</translation>
    </message>
    <message>
        <source>An &quot;x5c&quot; entry is not an X.509 certificate</source>
        <translation>Ein „x5c“-Eintrag ist kein X.509-Zertifikat</translation>
    </message>
    <message>
        <source>The first &quot;x5c&quot; certificate holds a different key</source>
        <translation>Das erste „x5c“-Zertifikat enthält einen anderen Schlüssel</translation>
    </message>
    <message>
        <source>Only the P-256, P-384 and P-521 EC curves are supported</source>
        <translation>Nur die EC-Kurven P-256, P-384 und P-521 werden unterstützt</translation>
    </message>
    <message>
        <source>Key type &quot;%1&quot; is not supported</source>
        <translation>Der Schlüsseltyp „%1“ wird nicht unterstützt</translation>
    </message>
    <message>
        <source>An &quot;x5c&quot; entry is not base64 DER</source>
        <translation>Ein „x5c“-Eintrag ist kein base64-DER</translation>
    </message>
</context>
<context>
    <name>keyward::core::JwkSet</name>
    <message>
        <source>The JWK Set has no &quot;keys&quot; array</source>
        <translation>Das JWK Set hat kein „keys“-Array</translation>
    </message>
    <message>
        <source>Entry %1 of &quot;keys&quot; is not an object</source>
        <translation>Eintrag %1 von „keys“ ist kein Objekt</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>Key %1 (kid &quot;%2&quot;)</source>
        <translation>Schlüssel %1 (kid „%2“)</translation>
    </message>
    <message>
        <source>The kid &quot;%1&quot; appears twice in the key set</source>
        <translation>Der kid „%1“ kommt im Schlüsselsatz zweimal vor</translation>
    </message>
    <message>
        <source>The same key appears twice in the key set (thumbprint %1)</source>
        <translation>Derselbe Schlüssel kommt im Schlüsselsatz zweimal vor (Fingerabdruck %1)</translation>
    </message>
    <message>
        <source>The key set mixes public keys with private or secret keys; a published set holds public keys only</source>
        <translation>Der Schlüsselsatz mischt öffentliche mit privaten oder geheimen Schlüsseln; ein veröffentlichter Satz enthält nur öffentliche Schlüssel</translation>
    </message>
    <message>
        <source>No key was given</source>
        <translation>Es wurde kein Schlüssel angegeben</translation>
    </message>
    <message>
        <source>The kid &quot;%1&quot; is already in the key set</source>
        <translation>Der kid „%1“ ist bereits im Schlüsselsatz</translation>
    </message>
    <message>
        <source>This key is already in the key set</source>
        <translation>Dieser Schlüssel ist bereits im Schlüsselsatz</translation>
    </message>
</context>
<context>
    <name>keyward::core::JwksExport</name>
    <message>
        <source>There is no key set named %1.</source>
        <translation>Es gibt keinen Schlüsselsatz namens %1.</translation>
    </message>
    <message>
        <source>Key set %1 has no primary key, so relying parties would have nothing current to trust. Approve a rotation first; no bundle was written.</source>
        <translation>Schlüsselsatz %1 hat keinen Primärschlüssel, sodass vertrauende Parteien keinem aktuellen Schlüssel vertrauen könnten. Genehmigen Sie zuerst eine Rotation; es wurde kein Bundle geschrieben.</translation>
    </message>
    <message>
        <source>Key set %1 has no bundle-signing key. Generate a signing key for it and name it with a policy change (bundle signing kid); no bundle was written.</source>
        <translation>Schlüsselsatz %1 hat keinen Bundle-Signaturschlüssel. Erzeugen Sie dafür einen Signaturschlüssel und benennen Sie ihn mit einer Richtlinienänderung (Bundle-Signatur-kid); es wurde kein Bundle geschrieben.</translation>
    </message>
    <message>
        <source>The bundle-signing key %1 of key set %2 is not an active signing key with a pinned alg; name another one with a policy change. No bundle was written.</source>
        <translation>Der Bundle-Signaturschlüssel %1 von Schlüsselsatz %2 ist kein aktiver Signaturschlüssel mit festgelegtem alg; benennen Sie mit einer Richtlinienänderung einen anderen. Es wurde kein Bundle geschrieben.</translation>
    </message>
    <message>
        <source>Key %1 would have left the vault with private members.</source>
        <translation>Schlüssel %1 hätte den Tresor mit privaten Mitgliedern verlassen.</translation>
    </message>
</context>
<context>
    <name>keyward::core::JwksVerifier</name>
    <message>
        <source>%1 is readable</source>
        <translation>%1 ist lesbar</translation>
    </message>
    <message>
        <source>%1 is JSON</source>
        <translation>%1 ist JSON</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>manifest.json names its files</source>
        <translation>manifest.json nennt seine Dateien</translation>
    </message>
    <message>
        <source>manifest.json names a file outside the folder: &quot;%1&quot;.</source>
        <translation>manifest.json nennt eine Datei außerhalb des Ordners: „%1“.</translation>
    </message>
    <message>
        <source>%1 is present</source>
        <translation>%1 ist vorhanden</translation>
    </message>
    <message>
        <source>%1 matches its SHA-256 in the manifest</source>
        <translation>%1 stimmt mit seinem SHA-256 im Manifest überein</translation>
    </message>
    <message>
        <source>%1 was changed: its SHA-256 differs from the one in the manifest.</source>
        <translation>%1 wurde verändert: Sein SHA-256 weicht von dem im Manifest ab.</translation>
    </message>
    <message>
        <source>manifest lists %1</source>
        <translation>Das Manifest führt %1 auf</translation>
    </message>
    <message>
        <source>The manifest does not list %1.</source>
        <translation>Das Manifest führt %1 nicht auf.</translation>
    </message>
    <message>
        <source>manifest.json agrees with the signed claims</source>
        <translation>manifest.json stimmt mit den signierten Claims überein</translation>
    </message>
    <message>
        <source>manifest.json was changed: its issuer, time, generator, cache lifetime or signer differ from what jwks.jws signs.</source>
        <translation>manifest.json wurde verändert: Aussteller, Zeitpunkt, Generator, Cache-Lebensdauer oder Unterzeichner weichen von dem ab, was jwks.jws signiert.</translation>
    </message>
    <message>
        <source>manifest.json agrees with the signed claims (Cache-Control: max-age=%1)</source>
        <translation>manifest.json stimmt mit den signierten Claims überein (Cache-Control: max-age=%1)</translation>
    </message>
    <message>
        <source>manifest.json is as Keyward wrote it</source>
        <translation>manifest.json ist so, wie Keyward es geschrieben hat</translation>
    </message>
    <message>
        <source>manifest.json was reformatted or edited.</source>
        <translation>manifest.json wurde umformatiert oder bearbeitet.</translation>
    </message>
    <message>
        <source>%1 holds public key members only</source>
        <translation>%1 enthält nur Elemente öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>%1 holds the private JWK member &quot;%2&quot;: this bundle leaks key material.</source>
        <translation>%1 enthält das private JWK-Element „%2“: Dieses Bundle gibt Schlüsselmaterial preis.</translation>
    </message>
    <message>
        <source>No file holds a private JWK member</source>
        <translation>Keine Datei enthält ein privates JWK-Element</translation>
    </message>
    <message>
        <source>jwks.jws is readable</source>
        <translation>jwks.jws ist lesbar</translation>
    </message>
    <message>
        <source>jwks.jws is a compact JWS</source>
        <translation>jwks.jws ist ein kompaktes JWS</translation>
    </message>
    <message>
        <source>jwks.jws is not a compact JWS: %1</source>
        <translation>jwks.jws ist kein kompaktes JWS: %1</translation>
    </message>
    <message>
        <source>jwks.jws has typ jwk-set+jwt</source>
        <translation>jwks.jws hat typ jwk-set+jwt</translation>
    </message>
    <message>
        <source>jwks.jws does not declare typ jwk-set+jwt.</source>
        <translation>jwks.jws deklariert nicht typ jwk-set+jwt.</translation>
    </message>
    <message>
        <source>No trusted key was given: the signature was checked against the key the manifest names, which only proves the bundle is intact, not who made it. Pin the bundle-signing key with --trusted-key.</source>
        <translation>Es wurde kein vertrauenswürdiger Schlüssel angegeben: Die Signatur wurde mit dem Schlüssel geprüft, den das Manifest nennt; das beweist nur, dass das Bundle unversehrt ist, nicht, wer es erstellt hat. Legen Sie den Bundle-Signaturschlüssel mit --trusted-key fest.</translation>
    </message>
    <message>
        <source>The signing key is a usable JWK</source>
        <translation>Der Signaturschlüssel ist ein verwendbarer JWK</translation>
    </message>
    <message>
        <source>jwks.jws is signed by the bundle-signing key</source>
        <translation>jwks.jws ist mit dem Bundle-Signaturschlüssel signiert</translation>
    </message>
    <message>
        <source>The signature of jwks.jws does not verify: %1</source>
        <translation>Die Signatur von jwks.jws ist nicht gültig: %1</translation>
    </message>
    <message>
        <source>jwks.jws is signed by the bundle-signing key %1</source>
        <translation>jwks.jws ist mit dem Bundle-Signaturschlüssel %1 signiert</translation>
    </message>
    <message>
        <source>jwks.jws carries JSON claims</source>
        <translation>jwks.jws enthält JSON-Claims</translation>
    </message>
    <message>
        <source>jwks.jws carries iss, iat, exp and keys</source>
        <translation>jwks.jws enthält iss, iat, exp und keys</translation>
    </message>
    <message>
        <source>jwks.jws has no &quot;%1&quot; claim.</source>
        <translation>jwks.jws hat keinen Claim „%1“.</translation>
    </message>
    <message>
        <source>The signed keys equal jwks.json</source>
        <translation>Die signierten Schlüssel stimmen mit jwks.json überein</translation>
    </message>
    <message>
        <source>jwks.json differs from the keys signed in jwks.jws.</source>
        <translation>jwks.json weicht von den in jwks.jws signierten Schlüsseln ab.</translation>
    </message>
    <message numerus="yes">
        <source>The signed keys equal jwks.json (%n key(s))</source>
        <translation>
            <numerusform>Die signierten Schlüssel stimmen mit jwks.json überein (%n Schlüssel)</numerusform>
            <numerusform>Die signierten Schlüssel stimmen mit jwks.json überein (%n Schlüssel)</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundle has not expired</source>
        <translation>Das Bundle ist nicht abgelaufen</translation>
    </message>
    <message>
        <source>The bundle expired at %1 (exp): publish a fresh one.</source>
        <translation>Das Bundle ist am %1 abgelaufen (exp): Veröffentlichen Sie ein neues.</translation>
    </message>
    <message>
        <source>The bundle is valid until %1</source>
        <translation>Das Bundle ist gültig bis %1</translation>
    </message>
</context>
<context>
    <name>keyward::core::Jws</name>
    <message>
        <source>The JWS is larger than %1 bytes</source>
        <translation>Das JWS ist größer als %1 Byte</translation>
    </message>
    <message>
        <source>A general JSON JWS has &quot;%1&quot; at the top level</source>
        <translation>Ein allgemeines JSON-JWS hat „%1“ auf oberster Ebene</translation>
    </message>
    <message>
        <source>&quot;signatures&quot; is not a non-empty array</source>
        <translation>„signatures“ ist kein nicht-leeres Array</translation>
    </message>
    <message>
        <source>The JSON object is not a JWS (no &quot;signature&quot; or &quot;signatures&quot;)</source>
        <translation>Das JSON-Objekt ist kein JWS (kein „signature“ oder „signatures“)</translation>
    </message>
    <message>
        <source>A JWS signature entry is not an object</source>
        <translation>Ein JWS-Signatureintrag ist kein Objekt</translation>
    </message>
    <message>
        <source>A JWS signature entry has members of the wrong type</source>
        <translation>Ein JWS-Signatureintrag hat Elemente vom falschen Typ</translation>
    </message>
    <message>
        <source>A JWS signature has neither a protected nor an unprotected header</source>
        <translation>Eine JWS-Signatur hat weder einen geschützten noch einen ungeschützten Header</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>The JWS &quot;payload&quot; is not a string</source>
        <translation>Die JWS-„payload“ ist kein String</translation>
    </message>
    <message>
        <source>A compact JWS has three dot-separated parts; this one has %1</source>
        <translation>Ein kompaktes JWS hat drei durch Punkte getrennte Teile; dieses hat %1</translation>
    </message>
    <message>
        <source>The signatures disagree on &quot;b64&quot; (RFC 7797 §3)</source>
        <translation>Die Signaturen sind sich über „b64“ uneinig (RFC 7797 §3)</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <source>A detached payload was supplied but the JWS carries its own</source>
        <translation>Es wurden abgetrennte Nutzdaten übergeben, aber das JWS trägt eigene</translation>
    </message>
    <message>
        <source>There is no signature %1</source>
        <translation>Es gibt keine Signatur %1</translation>
    </message>
    <message>
        <source>The signature names kid &quot;%1&quot; but the key is &quot;%2&quot;</source>
        <translation>Die Signatur nennt kid „%1“, der Schlüssel ist aber „%2“</translation>
    </message>
    <message>
        <source>The JWS payload is detached and was not supplied</source>
        <translation>Die JWS-Nutzdaten sind abgetrennt und wurden nicht übergeben</translation>
    </message>
    <message>
        <source>The JWS has no signature</source>
        <translation>Das JWS hat keine Signatur</translation>
    </message>
    <message>
        <source>The signature names no kid</source>
        <translation>Die Signatur nennt keinen kid</translation>
    </message>
    <message>
        <source>No key has kid &quot;%1&quot;</source>
        <translation>Kein Schlüssel hat kid „%1“</translation>
    </message>
    <message>
        <source>More than one key has kid &quot;%1&quot;; refusing to guess</source>
        <translation>Mehr als ein Schlüssel hat kid „%1“; es wird nicht geraten</translation>
    </message>
    <message>
        <source>An unencoded payload with a &apos;.&apos; cannot go in a compact JWS; detach it</source>
        <translation>Unkodierte Nutzdaten mit einem &apos;.&apos; passen nicht in ein kompaktes JWS; trennen Sie sie ab</translation>
    </message>
    <message>
        <source>A flattened JWS has exactly one signature; a general one at least one</source>
        <translation>Ein flaches JWS hat genau eine Signatur, ein allgemeines mindestens eine</translation>
    </message>
    <message>
        <source>The &quot;b64&quot; header parameter is not a boolean</source>
        <translation>Der Header-Parameter „b64“ ist kein Boolean</translation>
    </message>
    <message>
        <source>&quot;b64&quot; is only honoured when it is protected and listed in &quot;crit&quot; (RFC 7797 §6)</source>
        <translation>„b64“ wird nur beachtet, wenn es geschützt und in „crit“ aufgeführt ist (RFC 7797 §6)</translation>
    </message>
    <message>
        <source>The JWS %1 is not strict base64url: %2</source>
        <translation>Das JWS-Element %1 ist kein striktes base64url: %2</translation>
    </message>
    <message>
        <source>Neither the header nor the key names a signature algorithm</source>
        <translation>Weder der Header noch der Schlüssel nennt einen Signaturalgorithmus</translation>
    </message>
    <message>
        <source>Every signature of one JWS must use the same &quot;b64&quot; value</source>
        <translation>Alle Signaturen eines JWS müssen denselben „b64“-Wert verwenden</translation>
    </message>
</context>
<context>
    <name>keyward::core::KdfParams</name>
    <message>
        <source>asks for %1 MiB of Argon2 memory, above Keyward&apos;s ceiling of %2 MiB</source>
        <extracomment>%1 and %2 are sizes in MiB</extracomment>
        <translation>verlangt %1 MiB Argon2-Speicher, über Keywards Obergrenze von %2 MiB</translation>
    </message>
    <message>
        <source>asks for %1 MiB of Argon2 memory, below Keyward&apos;s floor of %2 MiB</source>
        <translation>verlangt %1 MiB Argon2-Speicher, unter Keywards Untergrenze von %2 MiB</translation>
    </message>
    <message>
        <source>asks for %1 Argon2 passes, above Keyward&apos;s ceiling of %2</source>
        <translation>verlangt %1 Argon2-Durchläufe, über Keywards Obergrenze von %2</translation>
    </message>
    <message>
        <source>asks for %1 Argon2 passes, below Keyward&apos;s floor of %2</source>
        <translation>verlangt %1 Argon2-Durchläufe, unter Keywards Untergrenze von %2</translation>
    </message>
    <message>
        <source>asks for %1 Argon2 lanes, outside Keyward&apos;s range of %2 to %3</source>
        <translation>verlangt %1 Argon2-Lanes, außerhalb von Keywards Bereich von %2 bis %3</translation>
    </message>
    <message>
        <source>asks for %1 Argon2 lanes in only %2 KiB of memory</source>
        <translation>verlangt %1 Argon2-Lanes bei nur %2 KiB Speicher</translation>
    </message>
    <message>
        <source>has a %1-byte Argon2 salt, outside Keyward&apos;s range of %2 to %3 bytes</source>
        <translation>hat ein Argon2-Salt von %1 Byte, außerhalb von Keywards Bereich von %2 bis %3 Byte</translation>
    </message>
</context>
<context>
    <name>keyward::core::KeyAdmission</name>
    <message>
        <source>Officer %1 holds neither the key-officer nor the admin role and cannot add keys.</source>
        <translation>Beauftragter %1 hat weder die Rolle key-officer noch admin und kann keine Schlüssel hinzufügen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid key set name: use 1–64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>„%1“ ist kein gültiger Schlüsselsatzname: verwenden Sie 1–64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>A kid must be 1–%1 characters without control characters or surrounding spaces.</source>
        <translation>Ein kid muss 1–%1 Zeichen lang sein, ohne Steuerzeichen oder umgebende Leerzeichen.</translation>
    </message>
    <message>
        <source>Every key needs an owner (a team or a person, up to %1 characters).</source>
        <translation>Jeder Schlüssel braucht einen Eigentümer (ein Team oder eine Person, bis zu %1 Zeichen).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid environment name (lower-case letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;).</source>
        <translation>„%1“ ist kein gültiger Umgebungsname (Kleinbuchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;).</translation>
    </message>
    <message>
        <source>Every key needs an expiry date.</source>
        <translation>Jeder Schlüssel braucht ein Ablaufdatum.</translation>
    </message>
    <message>
        <source>The expiry %1 is not in the future.</source>
        <translation>Der Ablauf %1 liegt nicht in der Zukunft.</translation>
    </message>
    <message>
        <source>The expiry %1 must come after the activation %2.</source>
        <translation>Der Ablauf %1 muss nach der Aktivierung %2 liegen.</translation>
    </message>
    <message>
        <source>No key was given.</source>
        <translation>Es wurde kein Schlüssel angegeben.</translation>
    </message>
    <message>
        <source>The JWK&apos;s use &quot;%1&quot; is neither sig nor enc.</source>
        <translation>Das use „%1“ des JWK ist weder sig noch enc.</translation>
    </message>
    <message>
        <source>The key says use &quot;%1&quot; but &quot;%2&quot; was asked for.</source>
        <translation>Der Schlüssel gibt use „%1“ an, verlangt wurde aber „%2“.</translation>
    </message>
    <message>
        <source>The key is pinned to &quot;%1&quot; but &quot;%2&quot; was asked for.</source>
        <translation>Der Schlüssel ist auf „%1“ festgelegt, verlangt wurde aber „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key algorithm Keyward knows.</source>
        <translation>„%1“ ist kein Schlüsselalgorithmus, den Keyward kennt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a %2 algorithm; it cannot be used for &quot;%3&quot;.</source>
        <translation>„%1“ ist ein %2-Algorithmus; er kann nicht für „%3“ verwendet werden.</translation>
    </message>
    <message>
        <source>The key names neither a use nor an alg: say whether it is for sig or enc.</source>
        <translation>Der Schlüssel nennt weder use noch alg: Geben Sie an, ob er für sig oder enc ist.</translation>
    </message>
    <message>
        <source>No accepted algorithm uses a %1 key for &quot;%2&quot;.</source>
        <translation>Kein akzeptierter Algorithmus verwendet einen %1-Schlüssel für „%2“.</translation>
    </message>
    <message>
        <source>The key&apos;s kid is unusable: 1–%1 characters without control characters.</source>
        <translation>Der kid des Schlüssels ist unbrauchbar: 1–%1 Zeichen ohne Steuerzeichen.</translation>
    </message>
    <message>
        <source>Key set %1 already has a key with kid &quot;%2&quot;.</source>
        <translation>Schlüsselsatz %1 hat bereits einen Schlüssel mit kid „%2“.</translation>
    </message>
    <message>
        <source>The kid &quot;%1&quot; already names different key material in key set %2; a kid is never reused for another key.</source>
        <translation>Der kid „%1“ bezeichnet in Schlüsselsatz %2 bereits anderes Schlüsselmaterial; ein kid wird nie für einen anderen Schlüssel wiederverwendet.</translation>
    </message>
    <message>
        <source>This key material is already used in environment &quot;%1&quot; (key set %2, kid &quot;%3&quot;); test and production keys must differ (PCI DSS 4.0 3.6.1.1).</source>
        <translation>Dieses Schlüsselmaterial wird bereits in Umgebung „%1“ verwendet (Schlüsselsatz %2, kid „%3“); Test- und Produktionsschlüssel müssen sich unterscheiden (PCI DSS 4.0 3.6.1.1).</translation>
    </message>
    <message>
        <source>Key set %1 already holds this key material as kid &quot;%2&quot;.</source>
        <translation>Schlüsselsatz %1 enthält dieses Schlüsselmaterial bereits als kid „%2“.</translation>
    </message>
    <message>
        <source>The kid</source>
        <translation>Der kid</translation>
    </message>
    <message>
        <source>The owner</source>
        <translation>Der Eigentümer</translation>
    </message>
    <message>
        <source>A tag</source>
        <translation>Ein Tag</translation>
    </message>
    <message>
        <source>The notes field</source>
        <translation>Das Notizfeld</translation>
    </message>
    <message>
        <source>The key&apos;s kid</source>
        <translation>Der kid des Schlüssels</translation>
    </message>
</context>
<context>
    <name>keyward::core::KeyGenerator</name>
    <message>
        <source>A generated key needs an algorithm (SPEC: alg is always pinned)</source>
        <translation>Ein erzeugter Schlüssel braucht einen Algorithmus (SPEC: alg ist immer festgelegt)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is keyed by a password, which Keyward does not generate</source>
        <translation>„%1“ wird mit einem Passwort verschlüsselt, das Keyward nicht erzeugt</translation>
    </message>
    <message>
        <source>A %1 %2 key cannot be used with &quot;%3&quot;</source>
        <translation>Ein %1-%2-Schlüssel kann nicht mit „%3“ verwendet werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a %2-bit key, not %3</source>
        <translation>„%1“ braucht einen %2-Bit-Schlüssel, nicht %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a &quot;%2&quot; algorithm; the key cannot be for &quot;%3&quot;</source>
        <translation>„%1“ ist ein „%2“-Algorithmus; der Schlüssel kann nicht für „%3“ sein</translation>
    </message>
    <message>
        <source>A &quot;dir&quot; key is the content key: name its enc</source>
        <translation>Ein „dir“-Schlüssel ist der Inhaltsschlüssel: Nennen Sie sein enc</translation>
    </message>
    <message>
        <source>Keyward does not generate keys for &quot;%1&quot;</source>
        <translation>Keyward erzeugt keine Schlüssel für „%1“</translation>
    </message>
    <message>
        <source>Could not generate the %1 key</source>
        <translation>Der %1-Schlüssel konnte nicht erzeugt werden</translation>
    </message>
    <message>
        <source>RSA keys under 2048 bits are refused (%1 requested)</source>
        <translation>RSA-Schlüssel unter 2048 Bit werden abgelehnt (%1 angefordert)</translation>
    </message>
    <message>
        <source>RSA keys are 2048, 3072 or 4096 bits (%1 requested)</source>
        <translation>RSA-Schlüssel haben 2048, 3072 oder 4096 Bit (%1 angefordert)</translation>
    </message>
    <message>
        <source>EC keys use P-256, P-384 or P-521</source>
        <translation>EC-Schlüssel verwenden P-256, P-384 oder P-521</translation>
    </message>
    <message>
        <source>OKP keys use Ed25519 or X25519</source>
        <translation>OKP-Schlüssel verwenden Ed25519 oder X25519</translation>
    </message>
    <message>
        <source>Secret keys are 128, 192 or 256 bits (%1 requested)</source>
        <translation>Geheime Schlüssel haben 128, 192 oder 256 Bit (%1 angefordert)</translation>
    </message>
    <message>
        <source>Unknown key type</source>
        <translation>Unbekannter Schlüsseltyp</translation>
    </message>
</context>
<context>
    <name>keyward::core::KeyInput</name>
    <message>
        <source>The input is larger than %1 MiB; no key file is that large.</source>
        <translation>Die Eingabe ist größer als %1 MiB; keine Schlüsseldatei ist so groß.</translation>
    </message>
    <message>
        <source>The input is empty.</source>
        <translation>Die Eingabe ist leer.</translation>
    </message>
    <message>
        <source>The JSON does not parse: %1</source>
        <translation>Das JSON lässt sich nicht parsen: %1</translation>
    </message>
    <message>
        <source>The JWK Set holds no keys.</source>
        <translation>Das JWK Set enthält keine Schlüssel.</translation>
    </message>
    <message>
        <source>The binary input is not a DER X.509 certificate: %1</source>
        <translation>Die binäre Eingabe ist kein DER-X.509-Zertifikat: %1</translation>
    </message>
    <message>
        <source>The input is neither a JWK, a JWK Set, a PEM key or certificate, nor a DER certificate.</source>
        <translation>Die Eingabe ist weder ein JWK, ein JWK Set, ein PEM-Schlüssel oder -Zertifikat noch ein DER-Zertifikat.</translation>
    </message>
</context>
<context>
    <name>keyward::core::KeyPrecondition</name>
    <message>
        <source>it is now %1</source>
        <extracomment>Inside &quot;(it is now %1)&quot;: the key&apos;s new state.</extracomment>
        <translation>sein Zustand ist jetzt „%1“</translation>
    </message>
    <message>
        <source>it is now the primary key</source>
        <translation>er ist jetzt der Primärschlüssel</translation>
    </message>
    <message>
        <source>it is no longer the primary key</source>
        <translation>er ist nicht mehr der Primärschlüssel</translation>
    </message>
    <message>
        <source>it now has the successor %1</source>
        <translation>er hat jetzt den Nachfolger %1</translation>
    </message>
    <message>
        <source>it now expires at %1</source>
        <translation>er läuft jetzt am %1 ab</translation>
    </message>
    <message>
        <source>it is now version %1</source>
        <translation>er ist jetzt Version %1</translation>
    </message>
    <message>
        <source>Key %1 was changed by another Keyward program since you opened this dialog (%2). Nothing was changed; review it and try again.</source>
        <translation>Schlüssel %1 wurde von einem anderen Keyward-Programm geändert, seit Sie diesen Dialog geöffnet haben (%2). Es wurde nichts geändert; prüfen Sie ihn und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>keyward::core::KeyRequestDrafts</name>
    <message>
        <source>Name the key (kid) the request is about.</source>
        <translation>Nennen Sie den Schlüssel (kid), um den es im Antrag geht.</translation>
    </message>
    <message>
        <source>Every request needs a reason the approver can read.</source>
        <translation>Jeder Antrag braucht eine Begründung, die der Genehmiger lesen kann.</translation>
    </message>
    <message>
        <source>A rotation&apos;s reason is one of scheduled, incident, offboarding or expiry, not &quot;%1&quot;.</source>
        <translation>Der Grund einer Rotation ist scheduled, incident, offboarding oder expiry, nicht „%1“.</translation>
    </message>
    <message>
        <source>The overlap cannot be negative.</source>
        <translation>Die Überlappung darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Either name a pre-published successor or give parameters for a new key, not both.</source>
        <translation>Nennen Sie entweder einen vorab veröffentlichten Nachfolger oder Parameter für einen neuen Schlüssel, nicht beides.</translation>
    </message>
    <message>
        <source>A key cannot succeed itself.</source>
        <translation>Ein Schlüssel kann nicht sein eigener Nachfolger sein.</translation>
    </message>
    <message>
        <source>The waiting period before a destruction is 1 to 30 days.</source>
        <translation>Die Wartefrist vor einer Vernichtung beträgt 1 bis 30 Tage.</translation>
    </message>
    <message>
        <source>A private key is exported as &quot;pkcs8&quot; (encrypted PKCS#8) or &quot;jwe&quot; (a JWE-wrapped JWK), never in clear.</source>
        <translation>Ein privater Schlüssel wird als „pkcs8“ (verschlüsseltes PKCS#8) oder „jwe“ (ein JWE-verpackter JWK) exportiert, nie im Klartext.</translation>
    </message>
    <message>
        <source>A JWE export needs the recipient&apos;s public JWK.</source>
        <translation>Ein JWE-Export braucht den öffentlichen JWK des Empfängers.</translation>
    </message>
    <message>
        <source>A PKCS#8 export is encrypted with a passphrase given when it is collected, not to a recipient key.</source>
        <translation>Ein PKCS#8-Export wird mit einer beim Abholen angegebenen Passphrase verschlüsselt, nicht an einen Empfängerschlüssel.</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Die Begründung</translation>
    </message>
</context>
<context>
    <name>keyward::core::KeyRequestSupport</name>
    <message>
        <source>The request names no key (kid).</source>
        <translation>Der Antrag nennt keinen Schlüssel (kid).</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; in key set %2 no longer holds the key material this request was approved for.</source>
        <translation>Schlüssel „%1“ in Schlüsselsatz %2 enthält nicht mehr das Schlüsselmaterial, für das dieser Antrag genehmigt wurde.</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n T.</numerusform>
            <numerusform>%n T.</numerusform>
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
    <name>keyward::core::KeySlotFile</name>
    <message>
        <source>The keyslot file %1 is damaged: %2</source>
        <translation>Die Schlüsselslot-Datei %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1).</source>
        <translation>Sie ist kein gültiges JSON (%1).</translation>
    </message>
    <message>
        <source>it is not a Keyward keyslot file.</source>
        <translation>Sie ist keine Keyward-Schlüsselslot-Datei.</translation>
    </message>
    <message>
        <source>The keyslot file %1 has format version %2; this Keyward reads up to %3.</source>
        <translation>Die Schlüsselslot-Datei %1 hat die Formatversion %2; dieses Keyward liest bis %3.</translation>
    </message>
    <message>
        <source>it holds no keyslots.</source>
        <translation>Sie enthält keine Schlüsselslots.</translation>
    </message>
    <message>
        <source>officer %1 has two keyslots.</source>
        <translation>Beauftragter %1 hat zwei Schlüsselslots.</translation>
    </message>
    <message>
        <source>the member &quot;%1&quot; is missing or invalid.</source>
        <translation>Das Element „%1“ fehlt oder ist ungültig.</translation>
    </message>
    <message>
        <source>The keyslot file %1 is missing: without it nobody can unlock this vault. Restore it from a backup.</source>
        <translation>Die Schlüsselslot-Datei %1 fehlt: Ohne sie kann niemand diesen Tresor entsperren. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The keyslot file %1 cannot be read: %2</source>
        <translation>Die Schlüsselslot-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it is far too large.</source>
        <translation>Sie ist viel zu groß.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrong passphrase for officer %1.</source>
        <translation>Falsche Passphrase für Beauftragten %1.</translation>
    </message>
    <message>
        <source>The master-key wrap of officer %1 in keyslots.json is invalid.</source>
        <translation>Die Hauptschlüssel-Verpackung von Beauftragtem %1 in keyslots.json ist ungültig.</translation>
    </message>
    <message>
        <source>The master key in the keyslot of officer %1 was altered or belongs to another vault or key generation.</source>
        <translation>Der Hauptschlüssel im Schlüsselslot von Beauftragtem %1 wurde verändert oder gehört zu einem anderen Tresor oder einer anderen Schlüsselgeneration.</translation>
    </message>
    <message>
        <source>The keyslot of %1 was altered or belongs to another vault: keyslots.json was damaged or tampered with.</source>
        <translation>Der Schlüsselslot von %1 wurde verändert oder gehört zu einem anderen Tresor: keyslots.json wurde beschädigt oder manipuliert.</translation>
    </message>
    <message>
        <source>The new keyslot of %1 %2.</source>
        <extracomment>%2 completes the sentence, e.g. &quot;asks for 1 MiB of Argon2 memory, below Keyward&apos;s floor of 64 MiB&quot;</extracomment>
        <translation>Der neue Schlüsselslot von %1 %2.</translation>
    </message>
    <message>
        <source>The keyslot of %1 %2: keyslots.json was damaged or tampered with.</source>
        <extracomment>%2 completes the sentence, e.g. &quot;asks for 16384 MiB of Argon2 memory, above Keyward&apos;s ceiling of 4096 MiB&quot;</extracomment>
        <translation>Der Schlüsselslot von %1 %2: keyslots.json wurde beschädigt oder manipuliert.</translation>
    </message>
    <message>
        <source>The keyslot of %1 is still in the old format, which does not protect its public key: %1 must unlock the vault once before the master key can be changed.</source>
        <translation>Der Schlüsselslot von %1 ist noch im alten Format, das seinen öffentlichen Schlüssel nicht schützt: %1 muss den Tresor einmal entsperren, bevor der Hauptschlüssel geändert werden kann.</translation>
    </message>
    <message>
        <source>The sealed audit head in the keyslot of %1 was altered or moved from another slot: keyslots.json was tampered with.</source>
        <translation>Der versiegelte Prüfkettenkopf im Schlüsselslot von %1 wurde verändert oder aus einem anderen Slot übertragen: keyslots.json wurde manipuliert.</translation>
    </message>
    <message>
        <source>There is no keyslot for %1.</source>
        <translation>Für %1 gibt es keinen Schlüsselslot.</translation>
    </message>
    <message>
        <source>The keyslot of %1 holds another box key.</source>
        <translation>Der Schlüsselslot von %1 enthält einen anderen Box-Schlüssel.</translation>
    </message>
</context>
<context>
    <name>keyward::core::KeyStateMachine</name>
    <message>
        <source>The key was destroyed; a destroyed key never changes state again.</source>
        <translation>Der Schlüssel wurde vernichtet; ein vernichteter Schlüssel ändert seinen Zustand nie wieder.</translation>
    </message>
    <message>
        <source>The key was revoked; a revoked key can only be destroyed, never reactivated.</source>
        <translation>Der Schlüssel wurde widerrufen; ein widerrufener Schlüssel kann nur vernichtet, nie wieder aktiviert werden.</translation>
    </message>
    <message>
        <source>A key cannot move from %1 to %2.</source>
        <translation>Ein Schlüssel kann nicht von %1 nach %2 wechseln.</translation>
    </message>
</context>
<context>
    <name>keyward::core::KeyStore</name>
    <message>
        <source>Key set %1 has no key with kid &quot;%2&quot;.</source>
        <translation>Schlüsselsatz %1 hat keinen Schlüssel mit kid „%2“.</translation>
    </message>
    <message>
        <source>No key has kid &quot;%1&quot;.</source>
        <translation>Kein Schlüssel hat kid „%1“.</translation>
    </message>
    <message>
        <source>The kid &quot;%1&quot; is in several key sets (%2); name the set.</source>
        <translation>Der kid „%1“ steht in mehreren Schlüsselsätzen (%2); nennen Sie den Satz.</translation>
    </message>
    <message>
        <source>The key record %1 no longer exists.</source>
        <translation>Der Schlüsseldatensatz %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>There is no key set named &quot;%1&quot;.</source>
        <translation>Es gibt keinen Schlüsselsatz namens „%1“.</translation>
    </message>
</context>
<context>
    <name>keyward::core::KeyTransition</name>
    <message>
        <source>The key record no longer exists.</source>
        <translation>Der Schlüsseldatensatz existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>keyward::core::Migrations</name>
    <message>
        <source>Schema migration %1 is missing.</source>
        <translation>Schemamigration %1 fehlt.</translation>
    </message>
    <message>
        <source>Schema migration %1 failed: %2</source>
        <translation>Schemamigration %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>This vault uses schema version %1, but this Keyward only knows versions up to %2. Open it with a newer Keyward; nothing was changed.</source>
        <translation>Dieser Tresor verwendet Schemaversion %1, dieses Keyward kennt aber nur Versionen bis %2. Öffnen Sie ihn mit einem neueren Keyward; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The vault database %1 holds no Keyward schema; it is damaged or not a vault.</source>
        <translation>Die Tresordatenbank %1 enthält kein Keyward-Schema; sie ist beschädigt oder kein Tresor.</translation>
    </message>
    <message>
        <source>The database already has a schema.</source>
        <translation>Die Datenbank hat bereits ein Schema.</translation>
    </message>
</context>
<context>
    <name>keyward::core::ObservationImport</name>
    <message>
        <source>Only a key officer or an admin may import observations.</source>
        <translation>Nur ein Schlüsselbeauftragter oder ein Admin darf Beobachtungen importieren.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>SHA-256 is not available.</source>
        <translation>SHA-256 ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Cannot map %1: %2</source>
        <translation>%1 kann nicht in den Speicher abgebildet werden: %2</translation>
    </message>
    <message>
        <source>Line %1 is longer than 1 MiB; this is not an observation log.</source>
        <translation>Zeile %1 ist länger als 1 MiB; dies ist kein Beobachtungsprotokoll.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>Workload %1 was removed during the import; nothing was added.</source>
        <translation>Der Workload %1 wurde während des Imports entfernt; es wurde nichts hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>keyward::core::ObservationParser</name>
    <message>
        <source>The header names no %1 column.</source>
        <translation>Die Kopfzeile enthält keine Spalte %1.</translation>
    </message>
    <message>
        <source>Not an observation object with workload, kid and at.</source>
        <translation>Kein Beobachtungsobjekt mit workload, kid und at.</translation>
    </message>
    <message>
        <source>Expected four fields: workload, kid, event, at.</source>
        <translation>Vier Felder erwartet: workload, kid, event, at.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time (ISO 8601 or seconds since 1970).</source>
        <translation>„%1“ ist keine Zeitangabe (ISO 8601 oder Sekunden seit 1970).</translation>
    </message>
    <message>
        <source>Unknown workload &quot;%1&quot;.</source>
        <translation>Unbekannter Workload „%1“.</translation>
    </message>
    <message>
        <source>Unknown kid &quot;%1&quot;.</source>
        <translation>Unbekannter kid „%1“.</translation>
    </message>
</context>
<context>
    <name>keyward::core::OfficerAddExecutor</name>
    <message>
        <source>&quot;%1&quot; is not a valid officer name.</source>
        <translation>„%1“ ist kein gültiger Beauftragtenname.</translation>
    </message>
    <message>
        <source>An officer addition needs the new officer&apos;s sealed keyslot: %1 types their passphrase when the request is made.</source>
        <translation>Die Aufnahme eines Beauftragten braucht den versiegelten Schlüsselslot des neuen Beauftragten: %1 gibt seine Passphrase ein, wenn der Antrag gestellt wird.</translation>
    </message>
    <message>
        <source>There already is an officer named %1.</source>
        <translation>Es gibt bereits einen Beauftragten namens %1.</translation>
    </message>
    <message>
        <source>Adding %1 by enrollment needs the approver&apos;s credential.</source>
        <translation>Die Aufnahme von %1 per Registrierung erfordert die Zugangsdaten des Genehmigers.</translation>
    </message>
</context>
<context>
    <name>keyward::core::OfficerCredential</name>
    <message>
        <source>The officer credential is empty.</source>
        <translation>Die Anmeldedaten des Beauftragten sind leer.</translation>
    </message>
</context>
<context>
    <name>keyward::core::OfficerEnrollment</name>
    <message>
        <source>What was given as half %1 is half %2: the requester holds half A, the approver half B.</source>
        <translation>Was als Hälfte %1 angegeben wurde, ist Hälfte %2: Der Antragsteller hat Hälfte A, der Genehmiger Hälfte B.</translation>
    </message>
    <message>
        <source>What was given as half %1 is not an enrollment half (it starts with &quot;%2&quot;).</source>
        <translation>Was als Hälfte %1 angegeben wurde, ist keine Registrierungshälfte (es beginnt mit „%2“).</translation>
    </message>
    <message>
        <source>Half %1 is damaged: check that it was copied whole.</source>
        <translation>Hälfte %1 ist beschädigt: Prüfen Sie, ob sie vollständig kopiert wurde.</translation>
    </message>
    <message>
        <source>The enrollment of %1 in enrollments.json is invalid.</source>
        <translation>Die Registrierung von %1 in enrollments.json ist ungültig.</translation>
    </message>
    <message>
        <source>The enrollment of %1 in enrollments.json was altered or belongs to another vault.</source>
        <translation>Die Registrierung von %1 in enrollments.json wurde verändert oder gehört zu einem anderen Tresor.</translation>
    </message>
    <message>
        <source>The enrollment file %1 is damaged: %2</source>
        <translation>Die Registrierungsdatei %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>it is not a Keyward enrollment file.</source>
        <translation>Sie ist keine Keyward-Registrierungsdatei.</translation>
    </message>
    <message>
        <source>it belongs to another vault.</source>
        <translation>Sie gehört zu einem anderen Tresor.</translation>
    </message>
    <message>
        <source>an enrollment is incomplete.</source>
        <translation>Eine Registrierung ist unvollständig.</translation>
    </message>
</context>
<context>
    <name>keyward::core::OfficerRemoveExecutor</name>
    <message>
        <source>%1 cannot request their own removal; another admin must.</source>
        <translation>%1 kann seine eigene Entfernung nicht beantragen; ein anderer Admin muss das tun.</translation>
    </message>
    <message>
        <source>%1 left (request %2). They owned, created or approved no key.</source>
        <translation>%1 ist ausgeschieden (Antrag %2). Er besaß, erstellte oder genehmigte keinen Schlüssel.</translation>
    </message>
    <message>
        <source>%1 left (request %2). Review the keys they owned, created or approved: %3</source>
        <translation>%1 ist ausgeschieden (Antrag %2). Prüfen Sie die Schlüssel nach, die er besaß, erstellte oder genehmigte: %3</translation>
    </message>
</context>
<context>
    <name>keyward::core::OfficerRequestDrafts</name>
    <message>
        <source>&quot;%1&quot; is not a valid officer name.</source>
        <translation>„%1“ ist kein gültiger Beauftragtenname.</translation>
    </message>
    <message>
        <source>A request needs a reason.</source>
        <translation>Ein Antrag braucht eine Begründung.</translation>
    </message>
    <message>
        <source>An officer needs at least one role.</source>
        <translation>Ein Beauftragter braucht mindestens eine Rolle.</translation>
    </message>
    <message>
        <source>The passphrase must be at least %1 characters long.</source>
        <translation>Die Passphrase muss mindestens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>There already is an officer named %1.</source>
        <translation>Es gibt bereits einen Beauftragten namens %1.</translation>
    </message>
    <message>
        <source>A policy change needs a key set.</source>
        <translation>Eine Richtlinienänderung braucht einen Schlüsselsatz.</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Die Begründung</translation>
    </message>
</context>
<context>
    <name>keyward::core::OfficerRequestExecutors</name>
    <message>
        <source>&quot;%1&quot; is not a role.</source>
        <translation>„%1“ ist keine Rolle.</translation>
    </message>
    <message>
        <source>An officer needs at least one role.</source>
        <translation>Ein Beauftragter braucht mindestens eine Rolle.</translation>
    </message>
    <message>
        <source>The request does not name an officer.</source>
        <translation>Der Antrag nennt keinen Beauftragten.</translation>
    </message>
    <message>
        <source>The request names two different officers.</source>
        <translation>Der Antrag nennt zwei verschiedene Beauftragte.</translation>
    </message>
    <message>
        <source>There is no officer named %1.</source>
        <translation>Es gibt keinen Beauftragten namens %1.</translation>
    </message>
    <message>
        <source>%1 is the last admin; the vault would have no admin left.</source>
        <translation>%1 ist der letzte Admin; der Tresor hätte keinen Admin mehr.</translation>
    </message>
    <message>
        <source>Without %1 as they are now, no approver would remain besides the admin, so no further request could be approved.</source>
        <translation>Ohne %1 in der jetzigen Form bliebe außer dem Admin kein Genehmiger, sodass kein weiterer Antrag genehmigt werden könnte.</translation>
    </message>
    <message>
        <source>Request %1 was filed without the requester&apos;s signature (by an earlier Keyward): cancel it and file it again.</source>
        <translation>Antrag %1 wurde ohne die Signatur des Antragstellers gestellt (von einem älteren Keyward): Ziehen Sie ihn zurück und stellen Sie ihn neu.</translation>
    </message>
    <message>
        <source>the request&apos;s sealed keyslot</source>
        <translation>der versiegelte Schlüsselslot des Antrags</translation>
    </message>
    <message>
        <source>The sealed keyslot is not for %1.</source>
        <translation>Der versiegelte Schlüsselslot ist nicht für %1.</translation>
    </message>
    <message>
        <source>The enrollment of %1 in the request is incomplete.</source>
        <translation>Die Registrierung von %1 im Antrag ist unvollständig.</translation>
    </message>
</context>
<context>
    <name>keyward::core::OfficerStore</name>
    <message>
        <source>There is no officer named %1.</source>
        <translation>Es gibt keinen Beauftragten namens %1.</translation>
    </message>
</context>
<context>
    <name>keyward::core::PemCodec</name>
    <message>
        <source>The PEM file is larger than %1 bytes</source>
        <translation>Die PEM-Datei ist größer als %1 Byte</translation>
    </message>
    <message>
        <source>No PEM block (-----BEGIN ...-----) was found</source>
        <translation>Es wurde kein PEM-Block (-----BEGIN ...-----) gefunden</translation>
    </message>
    <message>
        <source>A &quot;%1&quot; PEM block is not a key or certificate Keyward can import</source>
        <translation>Ein „%1“-PEM-Block ist kein Schlüssel und kein Zertifikat, das Keyward importieren kann</translation>
    </message>
    <message>
        <source>The private key is encrypted: a passphrase is needed</source>
        <translation>Der private Schlüssel ist verschlüsselt: Eine Passphrase wird benötigt</translation>
    </message>
    <message>
        <source>Could not set up the PEM decoder</source>
        <translation>Der PEM-Decoder konnte nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>Could not pass the passphrase to the decoder</source>
        <translation>Die Passphrase konnte nicht an den Decoder übergeben werden</translation>
    </message>
    <message>
        <source>The private key does not decrypt: wrong passphrase or damaged file</source>
        <translation>Der private Schlüssel lässt sich nicht entschlüsseln: falsche Passphrase oder beschädigte Datei</translation>
    </message>
    <message>
        <source>The PEM key is damaged or of an unsupported type</source>
        <translation>Der PEM-Schlüssel ist beschädigt oder von einem nicht unterstützten Typ</translation>
    </message>
    <message>
        <source>The certificate file is larger than %1 bytes</source>
        <translation>Die Zertifikatsdatei ist größer als %1 Byte</translation>
    </message>
    <message>
        <source>Only RSA, EC and OKP keys have a PEM public key</source>
        <translation>Nur RSA-, EC- und OKP-Schlüssel haben einen öffentlichen PEM-Schlüssel</translation>
    </message>
    <message>
        <source>Could not encode the public key</source>
        <translation>Der öffentliche Schlüssel konnte nicht kodiert werden</translation>
    </message>
    <message>
        <source>There is no private RSA, EC or OKP key to export</source>
        <translation>Es gibt keinen privaten RSA-, EC- oder OKP-Schlüssel zum Exportieren</translation>
    </message>
    <message>
        <source>Could not encode the private key</source>
        <translation>Der private Schlüssel konnte nicht kodiert werden</translation>
    </message>
    <message>
        <source>An encrypted export needs a passphrase</source>
        <translation>Ein verschlüsselter Export braucht eine Passphrase</translation>
    </message>
    <message>
        <source>Could not set up the key encryption</source>
        <translation>Die Schlüsselverschlüsselung konnte nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>Could not encrypt the private key</source>
        <translation>Der private Schlüssel konnte nicht verschlüsselt werden</translation>
    </message>
    <message>
        <source>Could not write the encrypted private key</source>
        <translation>Der verschlüsselte private Schlüssel konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>The PEM block holds no key</source>
        <translation>Der PEM-Block enthält keinen Schlüssel</translation>
    </message>
    <message>
        <source>The certificate cannot be read</source>
        <translation>Das Zertifikat kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The encrypted private key is damaged</source>
        <translation>Der verschlüsselte private Schlüssel ist beschädigt</translation>
    </message>
    <message>
        <source>The key encryption parameters are unreadable or too costly</source>
        <translation>Die Verschlüsselungsparameter des Schlüssels sind unlesbar oder zu aufwendig</translation>
    </message>
    <message>
        <source>The PBES2 parameters of the encrypted key are damaged</source>
        <translation>Die PBES2-Parameter des verschlüsselten Schlüssels sind beschädigt</translation>
    </message>
    <message>
        <source>The encrypted key asks for more than %1 PBKDF2 iterations; refused</source>
        <translation>Der verschlüsselte Schlüssel verlangt mehr als %1 PBKDF2-Iterationen; abgelehnt</translation>
    </message>
    <message>
        <source>The encrypted key asks for an scrypt cost above N=2^20, r=32, p=16; refused</source>
        <translation>Der verschlüsselte Schlüssel verlangt scrypt-Kosten über N=2^20, r=32, p=16; abgelehnt</translation>
    </message>
    <message>
        <source>The encrypted key uses an unsupported key derivation</source>
        <translation>Der verschlüsselte Schlüssel verwendet eine nicht unterstützte Schlüsselableitung</translation>
    </message>
</context>
<context>
    <name>keyward::core::PlainText</name>
    <message>
        <source>%1 contains a line break at position %2; it must be a single line.</source>
        <translation>%1 enthält an Position %2 einen Zeilenumbruch; es muss eine einzige Zeile sein.</translation>
    </message>
    <message>
        <source>%1 contains a bidirectional control character (%2) at position %3; such characters are not allowed.</source>
        <translation>%1 enthält an Position %3 ein bidirektionales Steuerzeichen (%2); solche Zeichen sind nicht erlaubt.</translation>
    </message>
    <message>
        <source>%1 contains a control character (%2) at position %3; control characters are not allowed.</source>
        <extracomment>%2 is a code point such as U+001B, %3 a 1-based character position.</extracomment>
        <translation>%1 enthält an Position %3 ein Steuerzeichen (%2); Steuerzeichen sind nicht erlaubt.</translation>
    </message>
</context>
<context>
    <name>keyward::core::PolicyChangeExecutor</name>
    <message>
        <source>The request does not name a key set.</source>
        <translation>Der Antrag nennt keinen Schlüsselsatz.</translation>
    </message>
    <message>
        <source>There is no key set named %1.</source>
        <translation>Es gibt keinen Schlüsselsatz namens %1.</translation>
    </message>
    <message>
        <source>Key set %1 already has this policy.</source>
        <translation>Schlüsselsatz %1 hat diese Richtlinie bereits.</translation>
    </message>
    <message>
        <source>The policy of key set %1 changed since the request was made.</source>
        <translation>Die Richtlinie von Schlüsselsatz %1 hat sich geändert, seit der Antrag gestellt wurde.</translation>
    </message>
</context>
<context>
    <name>keyward::core::PrimaryRule</name>
    <message>
        <source>Key &quot;%1&quot; is not the primary %2 key of key set %3; &quot;%4&quot; is. Only the current primary is rotated.</source>
        <translation>Schlüssel „%1“ ist nicht der primäre %2-Schlüssel von Schlüsselsatz %3; „%4“ ist es. Nur der aktuelle Primärschlüssel wird rotiert.</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; is %2 and key set %3 has no primary %4 key; a rotation names the revoked key that was primary.</source>
        <translation>Schlüssel „%1“ hat den Zustand „%2“ und Schlüsselsatz %3 hat keinen primären %4-Schlüssel; eine Rotation nennt den widerrufenen Schlüssel, der primär war.</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; was never the primary %2 key of key set %3; a rotation names the revoked key that was.</source>
        <translation>Schlüssel „%1“ war nie der primäre %2-Schlüssel von Schlüsselsatz %3; eine Rotation nennt den widerrufenen Schlüssel, der es war.</translation>
    </message>
    <message>
        <source>CURRENT</source>
        <translation>AKTUELL</translation>
    </message>
    <message>
        <source>active, not primary — make it primary with a rotation request (keyward-cli request rotate %1 --successor %2 --reason ...)</source>
        <extracomment>%1 is the key that stays or was primary, %2 the key just added; the command is shown as is.</extracomment>
        <translation>aktiv, nicht primär — machen Sie ihn mit einem Rotationsantrag primär (keyward-cli request rotate %1 --successor %2 --reason ...)</translation>
    </message>
</context>
<context>
    <name>keyward::core::PrivateExportExecutor</name>
    <message>
        <source>Key &quot;%1&quot; holds no private material in the vault, so there is nothing to export.</source>
        <translation>Schlüssel „%1“ hat kein privates Schlüsselmaterial im Tresor, es gibt also nichts zu exportieren.</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; is a secret (oct) key, which has no PKCS#8 form; export it as a JWE instead.</source>
        <translation>Schlüssel „%1“ ist ein geheimer (oct-)Schlüssel, der keine PKCS#8-Form hat; exportieren Sie ihn stattdessen als JWE.</translation>
    </message>
    <message>
        <source>A JWE export needs the recipient&apos;s public JWK.</source>
        <translation>Ein JWE-Export braucht den öffentlichen JWK des Empfängers.</translation>
    </message>
    <message>
        <source>The recipient JWK holds private or secret key members. Give the recipient&apos;s public key only: the export is encrypted to it, and no secret belongs in a request.</source>
        <translation>Der Empfänger-JWK enthält private oder geheime Schlüsselelemente. Geben Sie nur den öffentlichen Schlüssel des Empfängers an: Der Export wird an ihn verschlüsselt, und kein Geheimnis gehört in einen Antrag.</translation>
    </message>
    <message>
        <source>A private key is exported as &quot;pkcs8&quot; (encrypted PKCS#8) or &quot;jwe&quot; (a JWE-wrapped JWK), never in clear; &quot;%1&quot; is neither.</source>
        <translation>Ein privater Schlüssel wird als „pkcs8“ (verschlüsseltes PKCS#8) oder „jwe“ (ein JWE-verpackter JWK) exportiert, nie im Klartext; „%1“ ist keines davon.</translation>
    </message>
    <message>
        <source>The recipient key must be a public key.</source>
        <translation>Der Empfängerschlüssel muss ein öffentlicher Schlüssel sein.</translation>
    </message>
    <message>
        <source>The recipient key is marked for signatures (use &quot;sig&quot;), not encryption.</source>
        <translation>Der Empfängerschlüssel ist für Signaturen gekennzeichnet (use „sig“), nicht für Verschlüsselung.</translation>
    </message>
    <message>
        <source>The recipient key cannot receive an encrypted key: use an RSA, EC (P-256/384/521) or X25519 public key.</source>
        <translation>Der Empfängerschlüssel kann keinen verschlüsselten Schlüssel empfangen: Verwenden Sie einen öffentlichen RSA-, EC- (P-256/384/521) oder X25519-Schlüssel.</translation>
    </message>
    <message>
        <source>The export passphrase must be at least %1 bytes long; a private key is never written in clear.</source>
        <translation>Die Export-Passphrase muss mindestens %1 Byte lang sein; ein privater Schlüssel wird nie im Klartext geschrieben.</translation>
    </message>
    <message>
        <source>The recipient key does not match the approved thumbprint.</source>
        <translation>Der Empfängerschlüssel passt nicht zum genehmigten Fingerabdruck.</translation>
    </message>
    <message>
        <source>Name the file the approved export is written to.</source>
        <translation>Nennen Sie die Datei, in die der genehmigte Export geschrieben wird.</translation>
    </message>
    <message>
        <source>Only %1, who asked for this export, can collect it.</source>
        <translation>Nur %1, der diesen Export beantragt hat, kann ihn abholen.</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; no longer holds private material.</source>
        <translation>Schlüssel „%1“ enthält kein privates Schlüsselmaterial mehr.</translation>
    </message>
    <message>
        <source>A private export runs only inside the request engine.</source>
        <translation>Ein privater Export läuft nur innerhalb der Antragsverarbeitung.</translation>
    </message>
</context>
<context>
    <name>keyward::core::Request</name>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>Retirement</source>
        <translation>Stilllegung</translation>
    </message>
    <message>
        <source>Destruction</source>
        <translation>Vernichtung</translation>
    </message>
    <message>
        <source>Private key export</source>
        <translation>Export des privaten Schlüssels</translation>
    </message>
    <message>
        <source>Officer addition</source>
        <translation>Aufnahme eines Beauftragten</translation>
    </message>
    <message>
        <source>Officer removal</source>
        <translation>Entfernung eines Beauftragten</translation>
    </message>
    <message>
        <source>Role change</source>
        <translation>Rollenänderung</translation>
    </message>
    <message>
        <source>Policy change</source>
        <translation>Richtlinienänderung</translation>
    </message>
</context>
<context>
    <name>keyward::core::RequestEngine</name>
    <message>
        <source>%1 is no longer an officer of this vault.</source>
        <translation>%1 ist kein Beauftragter dieses Tresors mehr.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Der Tresor ist gesperrt.</translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation>Es gibt keinen Antrag %1.</translation>
    </message>
    <message>
        <source>This version of Keyward cannot carry out %1 requests.</source>
        <translation>Diese Version von Keyward kann Anträge vom Typ %1 nicht ausführen.</translation>
    </message>
    <message>
        <source>Request %1 expired at %2.</source>
        <translation>Antrag %1 ist um %2 abgelaufen.</translation>
    </message>
    <message>
        <source>Request %1 is already approved.</source>
        <translation>Antrag %1 ist bereits genehmigt.</translation>
    </message>
    <message>
        <source>Request %1 was rejected.</source>
        <translation>Antrag %1 wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Request %1 was cancelled.</source>
        <translation>Antrag %1 wurde zurückgezogen.</translation>
    </message>
    <message>
        <source>Request %1 has already been executed.</source>
        <translation>Antrag %1 wurde bereits ausgeführt.</translation>
    </message>
    <message>
        <source>It can no longer be approved or rejected.</source>
        <translation>Er kann nicht mehr genehmigt oder abgelehnt werden.</translation>
    </message>
    <message>
        <source>The credential of %1 is not from this vault.</source>
        <translation>Die Anmeldedaten von %1 stammen nicht aus diesem Tresor.</translation>
    </message>
    <message>
        <source>%1 made request %2 and cannot decide on it: a different officer holding approver must (two-person rule).</source>
        <translation>%1 hat Antrag %2 gestellt und kann nicht darüber entscheiden: Ein anderer Beauftragter mit der Rolle approver muss es tun (Vier-Augen-Prinzip).</translation>
    </message>
    <message>
        <source>%1 does not hold the approver role and cannot decide on requests.</source>
        <translation>%1 hat die Rolle approver nicht und kann nicht über Anträge entscheiden.</translation>
    </message>
    <message>
        <source>%1 has already decided on request %2.</source>
        <translation>%1 hat bereits über Antrag %2 entschieden.</translation>
    </message>
    <message>
        <source>The vault is not operational yet: requests need a second officer holding approver (the first officer cannot approve their own work).</source>
        <translation>Der Tresor ist noch nicht einsatzbereit: Anträge brauchen einen zweiten Beauftragten mit der Rolle approver (der erste Beauftragte kann seine eigene Arbeit nicht genehmigen).</translation>
    </message>
    <message>
        <source>A %1 request needs one of the roles %2; %3 holds %4.</source>
        <translation>Ein Antrag vom Typ %1 braucht eine der Rollen %2; %3 hat %4.</translation>
    </message>
    <message>
        <source>A request needs a reason.</source>
        <translation>Ein Antrag braucht eine Begründung.</translation>
    </message>
    <message>
        <source>A request must stay open between one hour and 30 days.</source>
        <translation>Ein Antrag muss zwischen einer Stunde und 30 Tagen offen bleiben.</translation>
    </message>
    <message>
        <source>Request %1 already asks for a %2 of %3; it must be decided or cancelled first.</source>
        <translation>Antrag %1 betrifft bereits %3 (%2); er muss zuerst entschieden oder zurückgezogen werden.</translation>
    </message>
    <message>
        <source>A rejection needs a reason.</source>
        <translation>Eine Ablehnung braucht eine Begründung.</translation>
    </message>
    <message>
        <source>Only %1, who made request %2, can cancel it.</source>
        <translation>Nur %1, der Antrag %2 gestellt hat, kann ihn zurückziehen.</translation>
    </message>
    <message>
        <source>Cancelling a scheduled request needs the key-officer, approver or admin role.</source>
        <translation>Das Zurückziehen eines geplanten Antrags braucht die Rolle key-officer, approver oder admin.</translation>
    </message>
    <message>
        <source>Request %1 is approved and can no longer be cancelled.</source>
        <translation>Antrag %1 ist genehmigt und kann nicht mehr zurückgezogen werden.</translation>
    </message>
    <message>
        <source>It can no longer be cancelled.</source>
        <translation>Er kann nicht mehr zurückgezogen werden.</translation>
    </message>
    <message>
        <source>Request %1 is %2, not approved: nothing runs without the approval of a second officer (two-person rule).</source>
        <translation>Antrag %1 hat den Zustand „%2“ und ist nicht genehmigt: Ohne die Genehmigung eines zweiten Beauftragten wird nichts ausgeführt (Vier-Augen-Prinzip).</translation>
    </message>
    <message>
        <source>Request %1 is scheduled for %2 and cannot run before then.</source>
        <translation>Antrag %1 ist für %2 geplant und kann nicht vorher ausgeführt werden.</translation>
    </message>
    <message>
        <source>Only %1, who made request %2, can collect it.</source>
        <translation>Nur %1, der Antrag %2 gestellt hat, kann ihn abholen.</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Die Begründung</translation>
    </message>
    <message>
        <source>The request&apos;s subject</source>
        <translation>Der Gegenstand des Antrags</translation>
    </message>
    <message>
        <source>The key set</source>
        <translation>Der Schlüsselsatz</translation>
    </message>
    <message>
        <source>The request&apos;s effect</source>
        <translation>Die Wirkung des Antrags</translation>
    </message>
    <message>
        <source>Request %1 was executed and is recorded in the audit log, but its file could not be written: %2 The approval has been used; file a new request.</source>
        <translation>Antrag %1 wurde ausgeführt und ist im Prüfprotokoll festgehalten, aber seine Datei konnte nicht geschrieben werden: %2 Die Genehmigung ist verbraucht; stellen Sie einen neuen Antrag.</translation>
    </message>
    <message>
        <source>The decision by %1 on request %2 does not verify: %1 is not an officer in the signed roster.</source>
        <translation>Die Entscheidung von %1 über Antrag %2 ist nicht gültig: %1 ist kein Beauftragter in der signierten Beauftragtenliste.</translation>
    </message>
    <message>
        <source>they now hold %1</source>
        <translation>er hat jetzt %1</translation>
    </message>
    <message>
        <source>they are no longer an officer</source>
        <translation>er ist kein Beauftragter mehr</translation>
    </message>
    <message>
        <source>Officer %1 was changed by another Keyward program since you opened this dialog (%2). Nothing was changed; review it and try again.</source>
        <translation>Beauftragter %1 wurde von einem anderen Keyward-Programm geändert, seit Sie diesen Dialog geöffnet haben (%2). Es wurde nichts geändert; prüfen Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is not an officer with a key in the signed roster.</source>
        <translation>%1 ist kein Beauftragter mit einem Schlüssel in der signierten Beauftragtenliste.</translation>
    </message>
</context>
<context>
    <name>keyward::core::RequestSignatures</name>
    <message>
        <source>The signing key on record for %1 is unusable: %2</source>
        <translation>Der für %1 hinterlegte Signaturschlüssel ist unbrauchbar: %2</translation>
    </message>
    <message>
        <source>The %1 by %2 on request %3 does not verify: %4.</source>
        <translation>Die Entscheidung „%1“ von %2 zu Antrag %3 ist nicht gültig: %4.</translation>
    </message>
    <message>
        <source>it was signed with another key than the one on record for %1</source>
        <translation>sie wurde mit einem anderen Schlüssel signiert als dem für %1 hinterlegten</translation>
    </message>
    <message>
        <source>the stored public key is unusable (%1)</source>
        <translation>der gespeicherte öffentliche Schlüssel ist unbrauchbar (%1)</translation>
    </message>
    <message>
        <source>the signature does not parse (%1)</source>
        <translation>die Signatur lässt sich nicht parsen (%1)</translation>
    </message>
    <message>
        <source>it is not a compact JWS</source>
        <translation>sie ist kein kompaktes JWS</translation>
    </message>
    <message>
        <source>its header is not that of a Keyward decision by this key</source>
        <translation>ihr Header ist nicht der einer Keyward-Entscheidung mit diesem Schlüssel</translation>
    </message>
    <message>
        <source>the request or the decision was changed after signing</source>
        <translation>der Antrag oder die Entscheidung wurde nach dem Signieren geändert</translation>
    </message>
    <message>
        <source>The requester&apos;s signature does not verify: %1.</source>
        <translation>Die Signatur des Antragstellers ist nicht gültig: %1.</translation>
    </message>
    <message>
        <source>its header is not that of a Keyward request by this key</source>
        <translation>ihr Header ist nicht der eines Keyward-Antrags mit diesem Schlüssel</translation>
    </message>
    <message>
        <source>its payload is not a request</source>
        <translation>ihre Nutzdaten sind kein Antrag</translation>
    </message>
</context>
<context>
    <name>keyward::core::RequestStore</name>
    <message>
        <source>There is no request %1.</source>
        <translation>Es gibt keinen Antrag %1.</translation>
    </message>
</context>
<context>
    <name>keyward::core::RetirementGate</name>
    <message>
        <source>No workload trusting key set %1 is registered, so the set&apos;s minimum overlap of %2 applies.</source>
        <translation>Kein Workload, der Schlüsselsatz %1 vertraut, ist registriert, daher gilt die Mindestüberlappung des Satzes von %2.</translation>
    </message>
    <message>
        <source>Longest JWKS cache TTL %1 (%2) + longest token TTL %3 (%4) + clock skew %5 = %6.</source>
        <translation>Längste JWKS-Cache-TTL %1 (%2) + längste Token-TTL %3 (%4) + Uhrenabweichung %5 = %6.</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; is the primary %2 key of key set %3; rotate it first so a successor takes over.</source>
        <translation>Schlüssel „%1“ ist der primäre %2-Schlüssel von Schlüsselsatz %3; rotieren Sie ihn zuerst, damit ein Nachfolger übernimmt.</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; is %2; only a key in grace, or an active key that is not primary, can be retired.</source>
        <translation>Schlüssel „%1“ hat den Zustand „%2“; nur ein Schlüssel in Karenz oder ein aktiver, nicht primärer Schlüssel kann stillgelegt werden.</translation>
    </message>
    <message>
        <source>Key set %1 has no primary %2 key to take over from &quot;%3&quot;; rotate to a successor before retiring it.</source>
        <translation>Schlüsselsatz %1 hat keinen primären %2-Schlüssel, der von „%3“ übernehmen kann; rotieren Sie zu einem Nachfolger, bevor Sie ihn stilllegen.</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; may be retired from %2 on, when the overlap after its successor &quot;%3&quot; took over has passed.</source>
        <translation>Schlüssel „%1“ darf ab %2 stillgelegt werden, wenn die Überlappung nach der Übernahme durch seinen Nachfolger „%3“ vorbei ist.</translation>
    </message>
    <message>
        <source>never by itself</source>
        <translation>nie von selbst</translation>
    </message>
    <message>
        <source>tokens signed before the handover may still be valid until %1</source>
        <translation>vor der Übergabe signierte Token können bis %1 gültig bleiben</translation>
    </message>
    <message>
        <source>workload %1 pins &quot;%2&quot; (%3): re-pin it to the successor</source>
        <translation>Workload %1 ist auf „%2“ (%3) gepinnt: auf den Nachfolger umpinnen</translation>
    </message>
    <message>
        <source>workload %1 has not refreshed its JWKS since the successor was published; clears %2</source>
        <translation>Workload %1 hat sein JWKS seit der Veröffentlichung des Nachfolgers nicht aktualisiert; entfällt: %2</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; may not be retired yet: its rotation has not converged (SPEC §5).
- %2</source>
        <translation>Schlüssel „%1“ darf noch nicht stillgelegt werden: Seine Rotation ist noch nicht konvergiert (SPEC §5).
- %2</translation>
    </message>
</context>
<context>
    <name>keyward::core::ReviewCountersign</name>
    <message>
        <source>The vault is locked.</source>
        <translation>Der Tresor ist gesperrt.</translation>
    </message>
    <message>
        <source>There is no review %1.</source>
        <translation>Es gibt keine Nachprüfung %1.</translation>
    </message>
    <message>
        <source>Review %1 was already countersigned by %2.</source>
        <translation>Nachprüfung %1 wurde bereits von %2 gegengezeichnet.</translation>
    </message>
    <message>
        <source>%1 is not an officer of this vault.</source>
        <translation>%1 ist kein Beauftragter dieses Tresors.</translation>
    </message>
    <message>
        <source>%1 opened review %2 and cannot countersign it: a second officer must.</source>
        <translation>%1 hat Nachprüfung %2 eröffnet und kann sie nicht gegenzeichnen: Ein zweiter Beauftragter muss es tun.</translation>
    </message>
    <message>
        <source>Countersigning a review needs the approver or admin role; %1 holds neither.</source>
        <translation>Das Gegenzeichnen einer Nachprüfung braucht die Rolle approver oder admin; %1 hat keine davon.</translation>
    </message>
    <message>
        <source>A countersignature needs a note saying what was reviewed.</source>
        <translation>Eine Gegenzeichnung braucht eine Notiz darüber, was nachgeprüft wurde.</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>Die Notiz</translation>
    </message>
    <message>
        <source>%1 is not an officer of this vault in the signed roster.</source>
        <translation>%1 ist laut signierter Beauftragtenliste kein Beauftragter dieses Tresors.</translation>
    </message>
</context>
<context>
    <name>keyward::core::ReviewStore</name>
    <message>
        <source>There is no open review %1.</source>
        <translation>Es gibt keine offene Nachprüfung %1.</translation>
    </message>
</context>
<context>
    <name>keyward::core::RevokeAndRotateCommand</name>
    <message>
        <source>Key &quot;%1&quot; is not the primary %2 key of key set %3: revoking it leaves the primary in place, so there is no rotation to request.</source>
        <translation>Schlüssel „%1“ ist nicht der primäre %2-Schlüssel von Schlüsselsatz %3: Sein Widerruf lässt den Primärschlüssel bestehen, es gibt also keine Rotation zu beantragen.</translation>
    </message>
    <message>
        <source>Name either a pre-published successor or a new key like &quot;%1&quot;, not both and not neither.</source>
        <translation>Nennen Sie entweder einen vorab veröffentlichten Nachfolger oder einen neuen Schlüssel wie „%1“, nicht beides und nicht keines.</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; cannot take over from &quot;%2&quot;: a successor is an active or pending, non-primary %3 key of key set %4 in environment &quot;%5&quot;.</source>
        <translation>Schlüssel „%1“ kann nicht von „%2“ übernehmen: Ein Nachfolger ist ein aktiver oder ausstehender, nicht primärer %3-Schlüssel von Schlüsselsatz %4 in Umgebung „%5“.</translation>
    </message>
    <message>
        <source>Officer %1 may revoke but not request rotations (that needs key-officer or admin); revoke alone and ask a key officer for the rotation.</source>
        <translation>Beauftragter %1 darf widerrufen, aber keine Rotationen beantragen (dafür braucht es key-officer oder admin); widerrufen Sie allein und bitten Sie einen Schlüsselbeauftragten um die Rotation.</translation>
    </message>
    <message>
        <source>No second officer holds approver yet, so no rotation could be approved; revoke alone for now.</source>
        <translation>Noch kein zweiter Beauftragter hat die Rolle approver, daher könnte keine Rotation genehmigt werden; widerrufen Sie vorerst allein.</translation>
    </message>
    <message>
        <source>Break-glass revocation of &quot;%1&quot;: %2</source>
        <extracomment>The rotation request&apos;s reason; %1 is the kid, %2 what the revoking officer suspects.</extracomment>
        <translation>Notfallwiderruf von „%1“: %2</translation>
    </message>
    <message>
        <source>Nothing was revoked: the rotation request could not be filed (%1). Revoke &quot;%2&quot; alone if it cannot wait.</source>
        <translation>Es wurde nichts widerrufen: Der Rotationsantrag konnte nicht gestellt werden (%1). Widerrufen Sie „%2“ allein, wenn es nicht warten kann.</translation>
    </message>
</context>
<context>
    <name>keyward::core::RevokeKeyCommand</name>
    <message>
        <source>Officer %1 is an auditor only and cannot revoke keys.</source>
        <translation>Beauftragter %1 ist nur Auditor und kann keine Schlüssel widerrufen.</translation>
    </message>
    <message>
        <source>An emergency revocation needs a reason.</source>
        <translation>Ein Notfallwiderruf braucht eine Begründung.</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation>Die Begründung ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is already revoked.</source>
        <translation>Der Schlüssel „%1“ ist bereits widerrufen.</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Die Begründung</translation>
    </message>
</context>
<context>
    <name>keyward::core::RoleChangeExecutor</name>
    <message>
        <source>%1 already holds exactly these roles.</source>
        <translation>%1 hat bereits genau diese Rollen.</translation>
    </message>
    <message>
        <source>The request&apos;s roles are unreadable.</source>
        <translation>Die Rollen des Antrags sind unlesbar.</translation>
    </message>
    <message>
        <source>The roles of %1 changed since the request was made (now: %2).</source>
        <translation>Die Rollen von %1 haben sich geändert, seit der Antrag gestellt wurde (jetzt: %2).</translation>
    </message>
</context>
<context>
    <name>keyward::core::Roster</name>
    <message>
        <source>Tampering: the officer %1 is in the officers table but was never admitted by signed roster events.</source>
        <translation>Manipulation: Der Beauftragte %1 steht in der Beauftragtentabelle, wurde aber nie durch signierte Ereignisse der Beauftragtenliste aufgenommen.</translation>
    </message>
    <message>
        <source>Tampering: the roles of %1 in the officers table (%2) are not the signed ones (%3).</source>
        <translation>Manipulation: Die Rollen von %1 in der Beauftragtentabelle (%2) sind nicht die signierten (%3).</translation>
    </message>
    <message>
        <source>Tampering: the signing key of %1 in the officers table is not the signed one.</source>
        <translation>Manipulation: Der Signaturschlüssel von %1 in der Beauftragtentabelle ist nicht der signierte.</translation>
    </message>
    <message>
        <source>Tampering: the officer %1 of the signed roster has no officers row.</source>
        <translation>Manipulation: Der Beauftragte %1 der signierten Beauftragtenliste hat keine Zeile in der Beauftragtentabelle.</translation>
    </message>
    <message>
        <source>Tampering: the keyslot of %1 holds other keys than the signed roster.</source>
        <translation>Manipulation: Der Schlüsselslot von %1 enthält andere Schlüssel als die signierte Beauftragtenliste.</translation>
    </message>
</context>
<context>
    <name>keyward::core::RosterBuilder</name>
    <message>
        <source>Tampering: the roster event %1 &quot;%2&quot; for %3 is not validly signed: %4</source>
        <translation>Manipulation: Das Ereignis %1 „%2“ der Beauftragtenliste für %3 ist nicht gültig signiert: %4</translation>
    </message>
    <message>
        <source>%1 is already an officer</source>
        <translation>%1 ist bereits Beauftragter</translation>
    </message>
    <message>
        <source>the admitted officer has no roles or no usable key</source>
        <translation>der aufgenommene Beauftragte hat keine Rollen oder keinen brauchbaren Schlüssel</translation>
    </message>
    <message>
        <source>it carries no signature</source>
        <translation>es trägt keine Signatur</translation>
    </message>
    <message>
        <source>it was made for another vault</source>
        <translation>es wurde für einen anderen Tresor erstellt</translation>
    </message>
    <message>
        <source>a second genesis</source>
        <translation>eine zweite Gründung</translation>
    </message>
    <message>
        <source>an adoption of a vault that already has a signed roster</source>
        <translation>eine Übernahme eines Tresors, der bereits eine signierte Beauftragtenliste hat</translation>
    </message>
    <message>
        <source>%1 is not an admin in the roster</source>
        <translation>%1 ist kein Admin in der Beauftragtenliste</translation>
    </message>
    <message>
        <source>no key in the roster for its signer</source>
        <translation>kein Schlüssel in der Beauftragtenliste für seinen Unterzeichner</translation>
    </message>
    <message>
        <source>it names another officer</source>
        <translation>es nennt einen anderen Beauftragten</translation>
    </message>
    <message>
        <source>a change by one admin alone in an operational vault</source>
        <translation>eine Änderung durch einen Admin allein in einem einsatzbereiten Tresor</translation>
    </message>
    <message>
        <source>%1 cannot be removed by %2</source>
        <translation>%1 kann nicht von %2 entfernt werden</translation>
    </message>
    <message>
        <source>an unknown kind of statement</source>
        <translation>eine unbekannte Art von Erklärung</translation>
    </message>
    <message>
        <source>approvals on an event that is not an officer change</source>
        <translation>Genehmigungen zu einem Ereignis, das keine Beauftragtenänderung ist</translation>
    </message>
    <message>
        <source>an approval does not parse</source>
        <translation>eine Genehmigung lässt sich nicht parsen</translation>
    </message>
    <message>
        <source>%1 is not an approver in the roster</source>
        <translation>%1 ist kein Genehmiger in der Beauftragtenliste</translation>
    </message>
    <message>
        <source>the approval by %1 does not verify with their roster key</source>
        <translation>die Genehmigung von %1 ist mit seinem Schlüssel aus der Beauftragtenliste nicht gültig</translation>
    </message>
    <message>
        <source>a decision by %1 is not an approval</source>
        <translation>eine Entscheidung von %1 ist keine Genehmigung</translation>
    </message>
    <message>
        <source>the approvals are for different requests</source>
        <translation>die Genehmigungen gelten verschiedenen Anträgen</translation>
    </message>
    <message>
        <source>the approved request is not this change</source>
        <translation>der genehmigte Antrag ist nicht diese Änderung</translation>
    </message>
    <message>
        <source>its requester %1 is not an admin in the roster</source>
        <translation>sein Antragsteller %1 ist kein Admin in der Beauftragtenliste</translation>
    </message>
    <message>
        <source>it lacks approvals by officers other than the requester</source>
        <translation>es fehlen Genehmigungen durch andere Beauftragte als den Antragsteller</translation>
    </message>
    <message>
        <source>the requester signed another request than the one approved</source>
        <translation>der Antragsteller hat einen anderen Antrag signiert als den genehmigten</translation>
    </message>
    <message>
        <source>%1 is not an officer in the roster</source>
        <translation>%1 ist kein Beauftragter in der Beauftragtenliste</translation>
    </message>
    <message>
        <source>no roles after the change</source>
        <translation>keine Rollen nach der Änderung</translation>
    </message>
    <message>
        <source>the approver&apos;s enrollment half is missing</source>
        <translation>die Registrierungshälfte des Genehmigers fehlt</translation>
    </message>
    <message>
        <source>the enrollment half B was not given by an approver of the request</source>
        <translation>die Registrierungshälfte B stammt nicht von einem Genehmiger des Antrags</translation>
    </message>
    <message>
        <source>the enrollment half B is for another enrollment</source>
        <translation>die Registrierungshälfte B gehört zu einer anderen Registrierung</translation>
    </message>
    <message>
        <source>%1 is not waiting to enroll</source>
        <translation>%1 wartet nicht auf eine Registrierung</translation>
    </message>
    <message>
        <source>it is not signed with both enrollment halves</source>
        <translation>sie ist nicht mit beiden Registrierungshälften signiert</translation>
    </message>
    <message>
        <source>the enrollment statements do not agree</source>
        <translation>die Registrierungserklärungen stimmen nicht überein</translation>
    </message>
</context>
<context>
    <name>keyward::core::RosterStatement</name>
    <message>
        <source>The signing key for the roster statement is unusable.</source>
        <translation>Der Signaturschlüssel für die Erklärung der Beauftragtenliste ist unbrauchbar.</translation>
    </message>
    <message>
        <source>A roster statement does not parse (%1).</source>
        <translation>Eine Erklärung der Beauftragtenliste lässt sich nicht parsen (%1).</translation>
    </message>
    <message>
        <source>A roster statement has no JSON object as its payload.</source>
        <translation>Eine Erklärung der Beauftragtenliste hat kein JSON-Objekt als Nutzdaten.</translation>
    </message>
    <message>
        <source>The roster key of the signer is unusable (%1).</source>
        <translation>Der Listenschlüssel des Unterzeichners ist unbrauchbar (%1).</translation>
    </message>
    <message>
        <source>A roster statement&apos;s header is not that of this signer.</source>
        <translation>Der Header einer Erklärung der Beauftragtenliste ist nicht der dieses Unterzeichners.</translation>
    </message>
    <message>
        <source>A roster statement&apos;s signature does not verify.</source>
        <translation>Die Signatur einer Erklärung der Beauftragtenliste ist nicht gültig.</translation>
    </message>
    <message>
        <source>A roster statement is not a compactRosterJson JWS.</source>
        <translation>Eine Erklärung der Beauftragtenliste ist kein compactRosterJson-JWS.</translation>
    </message>
</context>
<context>
    <name>keyward::core::RotationExecutor</name>
    <message>
        <source>A rotation&apos;s reason is one of scheduled, incident, offboarding or expiry, not &quot;%1&quot;.</source>
        <translation>Der Grund einer Rotation ist scheduled, incident, offboarding oder expiry, nicht „%1“.</translation>
    </message>
    <message>
        <source>The overlap must be between 0 (computed) and 365 days.</source>
        <translation>Die Überlappung muss zwischen 0 (berechnet) und 365 Tagen liegen.</translation>
    </message>
    <message>
        <source>Key set %1 has no key &quot;%2&quot; to take over.</source>
        <translation>Schlüsselsatz %1 hat keinen Schlüssel „%2“, der übernehmen könnte.</translation>
    </message>
    <message>
        <source>A key cannot succeed itself.</source>
        <translation>Ein Schlüssel kann nicht sein eigener Nachfolger sein.</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; belongs to environment &quot;%2&quot;, the key it would replace to &quot;%3&quot;.</source>
        <translation>Schlüssel „%1“ gehört zur Umgebung „%2“, der zu ersetzende Schlüssel zu „%3“.</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; has no alg pinned; name the successor&apos;s alg.</source>
        <translation>Schlüssel „%1“ hat kein festgelegtes alg; nennen Sie das alg des Nachfolgers.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 algorithm, so it cannot succeed key &quot;%3&quot;.</source>
        <translation>„%1“ ist kein %2-Algorithmus und kann daher nicht auf Schlüssel „%3“ folgen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable kid.</source>
        <translation>„%1“ ist kein brauchbarer kid.</translation>
    </message>
    <message>
        <source>Key set %1 already has a key with kid &quot;%2&quot;.</source>
        <translation>Schlüsselsatz %1 hat bereits einen Schlüssel mit kid „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid environment name.</source>
        <translation>„%1“ ist kein gültiger Umgebungsname.</translation>
    </message>
    <message>
        <source>The successor&apos;s expiry &quot;%1&quot; is not a date in the future.</source>
        <translation>Der Ablauf des Nachfolgers „%1“ ist kein Datum in der Zukunft.</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; is no longer the primary key of key set %2.</source>
        <translation>Schlüssel „%1“ ist nicht mehr der Primärschlüssel von Schlüsselsatz %2.</translation>
    </message>
    <message>
        <source>Successor of &quot;%1&quot;, generated by rotation request #%2.</source>
        <translation>Nachfolger von „%1“, erzeugt durch Rotationsantrag #%2.</translation>
    </message>
    <message>
        <source>The generated successor did not become active.</source>
        <translation>Der erzeugte Nachfolger wurde nicht aktiv.</translation>
    </message>
    <message>
        <source>The request asked for %1, longer than the %2 the retirement gate computes (%3)</source>
        <translation>Der Antrag verlangte %1, länger als die %2, die die Stilllegungsschranke berechnet (%3)</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; is not a pre-published successor: it must be an active (or pending), non-primary %2 key of key set %3.</source>
        <translation>Schlüssel „%1“ ist kein vorab veröffentlichter Nachfolger: Er muss ein aktiver (oder ausstehender), nicht primärer %2-Schlüssel von Schlüsselsatz %3 sein.</translation>
    </message>
    <message>
        <source>The pre-published successor &quot;%1&quot; is no longer an active (or pending), non-primary key of key set %2.</source>
        <translation>Der vorab veröffentlichte Nachfolger „%1“ ist kein aktiver (oder ausstehender), nicht primärer Schlüssel von Schlüsselsatz %2 mehr.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was revoked: it stays revoked and out of every JWKS, so there is no overlap.</source>
        <translation>„%1“ wurde widerrufen: Er bleibt widerrufen und aus jedem JWKS entfernt, daher gibt es keine Überlappung.</translation>
    </message>
</context>
<context>
    <name>keyward::core::SecureHeap</name>
    <message>
        <source>warning: the memory lock limit (ulimit -l) refused to lock OpenSSL&apos;s secure heap; secrets may be swapped out.</source>
        <translation>Warnung: Das Limit für gesperrten Speicher (ulimit -l) hat das Sperren des sicheren OpenSSL-Heaps verweigert; Geheimnisse können ausgelagert werden.</translation>
    </message>
    <message>
        <source>warning: no OpenSSL secure heap; secrets use separately locked pages.</source>
        <translation>Warnung: kein sicherer OpenSSL-Heap; Geheimnisse verwenden separat gesperrte Speicherseiten.</translation>
    </message>
</context>
<context>
    <name>keyward::core::SetKeySetPolicyCommand</name>
    <message>
        <source>The cryptoperiod must be between one second and ten years.</source>
        <translation>Die Kryptoperiode muss zwischen einer Sekunde und zehn Jahren liegen.</translation>
    </message>
    <message>
        <source>Warning windows cannot be negative.</source>
        <translation>Warnfenster dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>The final warning window must not be longer than the first.</source>
        <translation>Das letzte Warnfenster darf nicht länger als das erste sein.</translation>
    </message>
    <message>
        <source>The maximum token TTL must be positive.</source>
        <translation>Die maximale Token-TTL muss positiv sein.</translation>
    </message>
    <message>
        <source>The clock skew allowance cannot be negative.</source>
        <translation>Die zulässige Uhrenabweichung darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The minimum overlap (%1 s) is shorter than the maximum token TTL plus clock skew (%2 s): tokens signed just before a rotation would stop verifying.</source>
        <translation>Die Mindestüberlappung (%1 s) ist kürzer als die maximale Token-TTL plus Uhrenabweichung (%2 s): Kurz vor einer Rotation signierte Tokens würden nicht mehr verifiziert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid environment name.</source>
        <translation>„%1“ ist kein gültiger Umgebungsname.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid key set name.</source>
        <translation>„%1“ ist kein gültiger Schlüsselsatzname.</translation>
    </message>
    <message>
        <source>Only an admin may change a key set&apos;s policy.</source>
        <translation>Nur ein Admin darf die Richtlinie eines Schlüsselsatzes ändern.</translation>
    </message>
    <message>
        <source>Only a key officer or an admin may create a key set.</source>
        <translation>Nur ein Schlüsselbeauftragter oder ein Admin darf einen Schlüsselsatz anlegen.</translation>
    </message>
    <message>
        <source>The bundle signing kid &quot;%1&quot; must be a signing key with its private part in key set %2.</source>
        <translation>Der Bundle-Signatur-kid „%1“ muss ein Signaturschlüssel mit privatem Teil in Schlüsselsatz %2 sein.</translation>
    </message>
    <message>
        <source>Changing the policy of key set %1 needs a two-person request (policy-change).</source>
        <translation>Die Änderung der Richtlinie von Schlüsselsatz %1 braucht einen Vier-Augen-Antrag (policy-change).</translation>
    </message>
</context>
<context>
    <name>keyward::core::SlotCrypto</name>
    <message>
        <source>Could not generate a %1 key</source>
        <translation>Ein %1-Schlüssel konnte nicht erzeugt werden</translation>
    </message>
    <message>
        <source>Could not read the new %1 key</source>
        <translation>Der neue %1-Schlüssel konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Argon2id failed: %1</source>
        <translation>Argon2id ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>HKDF is not available</source>
        <translation>HKDF ist nicht verfügbar</translation>
    </message>
    <message>
        <source>HKDF failed</source>
        <translation>HKDF ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>AES-256-GCM needs a 256-bit key.</source>
        <translation>AES-256-GCM braucht einen 256-Bit-Schlüssel.</translation>
    </message>
    <message>
        <source>AES-256-GCM encryption failed</source>
        <translation>Die AES-256-GCM-Verschlüsselung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The sealed value has the wrong shape.</source>
        <translation>Der versiegelte Wert hat die falsche Form.</translation>
    </message>
    <message>
        <source>AES-256-GCM decryption failed</source>
        <translation>Die AES-256-GCM-Entschlüsselung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The authentication tag does not match.</source>
        <translation>Das Authentifizierungstag stimmt nicht.</translation>
    </message>
    <message>
        <source>Invalid X25519 key</source>
        <translation>Ungültiger X25519-Schlüssel</translation>
    </message>
    <message>
        <source>X25519 key agreement failed</source>
        <translation>Die X25519-Schlüsselvereinbarung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Invalid Ed25519 private key</source>
        <translation>Ungültiger privater Ed25519-Schlüssel</translation>
    </message>
    <message>
        <source>Ed25519 signing failed</source>
        <translation>Die Ed25519-Signatur ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Invalid %1 private key</source>
        <translation>Ungültiger privater %1-Schlüssel</translation>
    </message>
</context>
<context>
    <name>keyward::core::Statement</name>
    <message>
        <source>Could not bind SQL parameter %1: %2</source>
        <translation>SQL-Parameter %1 konnte nicht gebunden werden: %2</translation>
    </message>
    <message>
        <source>Unknown SQL parameter %1</source>
        <translation>Unbekannter SQL-Parameter %1</translation>
    </message>
    <message>
        <source>SQL statement failed</source>
        <translation>SQL-Anweisung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>keyward::core::Transaction</name>
    <message>
        <source>The transaction is no longer open.</source>
        <translation>Die Transaktion ist nicht mehr offen.</translation>
    </message>
    <message>
        <source>A change was started inside a read snapshot; start the write transaction first.</source>
        <translation>Eine Änderung wurde innerhalb eines Lese-Snapshots begonnen; starten Sie zuerst die Schreibtransaktion.</translation>
    </message>
</context>
<context>
    <name>keyward::core::TreeHead</name>
    <message>
        <source>treehead.json is not JSON: %1</source>
        <translation>treehead.json ist kein JSON: %1</translation>
    </message>
    <message>
        <source>You already signed this tree head: a second officer must co-sign it.</source>
        <translation>Sie haben diesen Baumkopf bereits signiert: Ein zweiter Beauftragter muss ihn gegenzeichnen.</translation>
    </message>
</context>
<context>
    <name>keyward::core::TrustMap</name>
    <message>
        <source>No workload trusting key set %1 is registered, so the set&apos;s minimum overlap of %2 applies.</source>
        <translation>Kein Workload, der Schlüsselsatz %1 vertraut, ist registriert, daher gilt die Mindestüberlappung des Satzes von %2.</translation>
    </message>
    <message>
        <source>Longest JWKS cache TTL %1 (%2) + longest token TTL %3 (%4) + clock skew %5 = %6.</source>
        <translation>Längste JWKS-Cache-TTL %1 (%2) + längste Token-TTL %3 (%4) + Uhrenabweichung %5 = %6.</translation>
    </message>
</context>
<context>
    <name>keyward::core::TrustReport</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>(token lifetime)</source>
        <translation>(Token-Lebensdauer)</translation>
    </message>
    <message>
        <source>%1 (set %2, %3%4)</source>
        <translation>%1 (Satz %2, %3%4)</translation>
    </message>
    <message>
        <source>, primary</source>
        <translation>, primär</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Declared: %1</source>
        <translation>Deklariert: %1</translation>
    </message>
    <message>
        <source>Observed: %1</source>
        <translation>Beobachtet: %1</translation>
    </message>
    <message>
        <source>Breaks if it vanished: %1</source>
        <translation>Ausfall bei Wegfall: %1</translation>
    </message>
    <message>
        <source>Exposed if it leaked: %1</source>
        <translation>Exponiert bei Offenlegung: %1</translation>
    </message>
    <message>
        <source>Stale trust: %1</source>
        <translation>Veraltetes Vertrauen: %1</translation>
    </message>
    <message>
        <source>Convergence: reached (%1)</source>
        <translation>Konvergenz: erreicht (%1)</translation>
    </message>
    <message>
        <source>Convergence: not reached; expected %1</source>
        <translation>Konvergenz: nicht erreicht; erwartet: %1</translation>
    </message>
    <message>
        <source>  blocked by %1: %2, clears %3</source>
        <translation>  blockiert durch %1: %2, aufgehoben: %3</translation>
    </message>
    <message>
        <source>Default rotation overlap: %1</source>
        <translation>Standard-Überlappung bei Rotation: %1</translation>
    </message>
</context>
<context>
    <name>keyward::core::Vault</name>
    <message>
        <source>&quot;%1&quot; is not a valid officer name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>„%1“ ist kein gültiger Beauftragtenname: Verwenden Sie 1 bis 64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; oder &apos;-&apos;, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>An officer needs at least one role.</source>
        <translation>Ein Beauftragter braucht mindestens eine Rolle.</translation>
    </message>
    <message>
        <source>The passphrase must be at least %1 characters long.</source>
        <translation>Die Passphrase muss mindestens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>There already is a vault in %1.</source>
        <translation>In %1 gibt es bereits einen Tresor.</translation>
    </message>
    <message>
        <source>Cannot create the vault folder %1.</source>
        <translation>Der Tresorordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>There is no vault in %1.</source>
        <translation>In %1 gibt es keinen Tresor.</translation>
    </message>
    <message>
        <source>Unexpected schema state.</source>
        <translation>Unerwarteter Schemazustand.</translation>
    </message>
    <message>
        <source>keyslots.json (vault id %1) and vault.db do not belong to the same vault.</source>
        <translation>keyslots.json (Tresor-ID %1) und vault.db gehören nicht zum selben Tresor.</translation>
    </message>
    <message>
        <source>%1 is no longer an officer of this vault.</source>
        <translation>%1 ist kein Beauftragter dieses Tresors mehr.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Der Tresor ist gesperrt.</translation>
    </message>
    <message>
        <source>Only an admin may add officers (%1 is not an admin).</source>
        <translation>Nur ein Admin darf Beauftragte hinzufügen (%1 ist kein Admin).</translation>
    </message>
    <message>
        <source>There already is an officer named %1.</source>
        <translation>Es gibt bereits einen Beauftragten namens %1.</translation>
    </message>
    <message>
        <source>keyslots.json now belongs to another vault.</source>
        <translation>keyslots.json gehört jetzt zu einem anderen Tresor.</translation>
    </message>
    <message>
        <source>Only an admin may remove officers.</source>
        <translation>Nur ein Admin darf Beauftragte entfernen.</translation>
    </message>
    <message>
        <source>You cannot remove yourself; another admin must do it.</source>
        <translation>Sie können sich nicht selbst entfernen; ein anderer Admin muss das tun.</translation>
    </message>
    <message>
        <source>There is no officer named %1.</source>
        <translation>Es gibt keinen Beauftragten namens %1.</translation>
    </message>
    <message>
        <source>%1 is the last admin and cannot be removed.</source>
        <translation>%1 ist der letzte Admin und kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>%1 was removed but re-keying failed (%2); the re-key completes at the next unlock.</source>
        <translation>%1 wurde entfernt, aber die Neuverschlüsselung ist fehlgeschlagen (%2); sie wird beim nächsten Entsperren abgeschlossen.</translation>
    </message>
    <message>
        <source>Adding an officer now needs a two-person request (officer-add).</source>
        <translation>Das Hinzufügen eines Beauftragten braucht jetzt einen Vier-Augen-Antrag (officer-add).</translation>
    </message>
    <message>
        <source>No officer removal is waiting for its re-key.</source>
        <translation>Keine Entfernung eines Beauftragten wartet auf ihre Neuverschlüsselung.</translation>
    </message>
    <message>
        <source>Removing an officer now needs a two-person request (officer-remove).</source>
        <translation>Das Entfernen eines Beauftragten braucht jetzt einen Vier-Augen-Antrag (officer-remove).</translation>
    </message>
    <message>
        <source>No officer named %1 can unlock this vault.</source>
        <translation>Kein Beauftragter namens %1 kann diesen Tresor entsperren.</translation>
    </message>
    <message>
        <source>The passphrase for %1 is wrong.</source>
        <translation>Die Passphrase für %1 ist falsch.</translation>
    </message>
    <message>
        <source>The signing key in %1&apos;s keyslot is not the one on record for them.</source>
        <translation>Der Signaturschlüssel im Schlüsselslot von %1 ist nicht der für ihn hinterlegte.</translation>
    </message>
    <message>
        <source>the request&apos;s sealed keyslot</source>
        <translation>der versiegelte Schlüsselslot des Antrags</translation>
    </message>
    <message>
        <source>The sealed keyslot of the request is not the one for %1 that was approved.</source>
        <translation>Der versiegelte Schlüsselslot des Antrags ist nicht der genehmigte für %1.</translation>
    </message>
    <message>
        <source>%1 cannot be removed while their own session is the one open.</source>
        <translation>%1 kann nicht entfernt werden, solange seine eigene Sitzung die geöffnete ist.</translation>
    </message>
    <message>
        <source>keyslots.json.new disappeared before it could replace keyslots.json.</source>
        <translation>keyslots.json.new ist verschwunden, bevor es keyslots.json ersetzen konnte.</translation>
    </message>
    <message>
        <source>The officer %1 has no keyslot with their signing key, so the roster cannot be adopted.</source>
        <translation>Der Beauftragte %1 hat keinen Schlüsselslot mit seinem Signaturschlüssel, daher kann die Beauftragtenliste nicht übernommen werden.</translation>
    </message>
    <message>
        <source>Tampering: keyslots.json holds a slot for %1, who is not an officer in the signed roster (planted, or left by an interrupted officer addition). It opens nothing and is never given a new master key.</source>
        <translation>Manipulation: keyslots.json enthält einen Slot für %1, der kein Beauftragter in der signierten Beauftragtenliste ist (eingeschleust oder von einer unterbrochenen Aufnahme übrig). Er öffnet nichts und erhält nie einen neuen Hauptschlüssel.</translation>
    </message>
    <message>
        <source>Tampering: the keyslot of %1 holds other keys than the signed roster. It is never given a new master key; restore keyslots.json from a backup (vault check) or remove and re-add %1.</source>
        <translation>Manipulation: Der Schlüsselslot von %1 enthält andere Schlüssel als die signierte Beauftragtenliste. Er erhält nie einen neuen Hauptschlüssel; stellen Sie keyslots.json aus einer Sicherung wieder her (vault check) oder entfernen Sie %1 und nehmen Sie ihn neu auf.</translation>
    </message>
    <message>
        <source>%1 has no enrollment waiting in this vault.</source>
        <translation>Für %1 steht in diesem Tresor keine Registrierung aus.</translation>
    </message>
    <message>
        <source>The enrollment of %1 in the request is incomplete.</source>
        <translation>Die Registrierung von %1 im Antrag ist unvollständig.</translation>
    </message>
    <message>
        <source>%1 holds no half of %2&apos;s enrollment: only the officer who requested the addition (half A) and the one who approved it (half B) do.</source>
        <translation>%1 besitzt keine Hälfte der Registrierung von %2: Nur der Beauftragte, der die Aufnahme beantragt hat (Hälfte A), und derjenige, der sie genehmigt hat (Hälfte B), besitzen eine.</translation>
    </message>
    <message>
        <source>Enrolling needs both halves: half A from the officer who requested the addition and half B from the one who approved it.</source>
        <translation>Für die Registrierung werden beide Hälften benötigt: Hälfte A vom Beauftragten, der die Aufnahme beantragt hat, und Hälfte B von dem, der sie genehmigt hat.</translation>
    </message>
    <message>
        <source>Another officer change is being completed in this vault: let any officer unlock it once, then enroll.</source>
        <translation>In diesem Tresor wird gerade eine andere Änderung an den Beauftragten abgeschlossen: Lassen Sie ihn von einem beliebigen Beauftragten einmal entsperren und registrieren Sie sich dann.</translation>
    </message>
    <message>
        <source>%1 already has a keyslot: unlock with your passphrase.</source>
        <translation>%1 hat bereits einen Schlüsselslot: Entsperren Sie mit Ihrer Passphrase.</translation>
    </message>
    <message>
        <source>Half A is not the one for %1&apos;s enrollment.</source>
        <translation>Hälfte A gehört nicht zur Registrierung von %1.</translation>
    </message>
    <message>
        <source>Half B is not the one for %1&apos;s enrollment.</source>
        <translation>Hälfte B gehört nicht zur Registrierung von %1.</translation>
    </message>
    <message>
        <source>The vault was re-keyed after %1&apos;s addition was approved: any officer unlocking the vault once renews the enrollment; then try again.</source>
        <translation>Der Tresor wurde neu verschlüsselt, nachdem die Aufnahme von %1 genehmigt worden war: Sobald ein beliebiger Beauftragter den Tresor einmal entsperrt, wird die Registrierung erneuert; versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>This vault&apos;s schema is not the one this Keyward writes: let another officer unlock it with this version first.</source>
        <translation>Das Schema dieses Tresors ist nicht das, welches dieses Keyward schreibt: Lassen Sie ihn zuerst von einem anderen Beauftragten mit dieser Version entsperren.</translation>
    </message>
    <message>
        <source>keyslots.json and vault.db do not belong to the same vault.</source>
        <translation>keyslots.json und vault.db gehören nicht zum selben Tresor.</translation>
    </message>
    <message>
        <source>Tampering: enrollments.json does not hold the enrollment the signed roster approved for %1.</source>
        <translation>Manipulation: enrollments.json enthält nicht die Registrierung, die die signierte Beauftragtenliste für %1 genehmigt hat.</translation>
    </message>
    <message>
        <source>The enrollment of %1 committed without a signed audit head.</source>
        <translation>Die Registrierung von %1 wurde ohne signierten Kopf der Prüfkette festgeschrieben.</translation>
    </message>
    <message>
        <source>%1 has no keyslot in this vault.</source>
        <translation>%1 hat in diesem Tresor keinen Schlüsselslot.</translation>
    </message>
    <message>
        <source>The current passphrase for %1 is wrong.</source>
        <translation>Die aktuelle Passphrase für %1 ist falsch.</translation>
    </message>
    <message>
        <source>Tampering: %1</source>
        <translation>Manipulation: %1</translation>
    </message>
    <message>
        <source>Tampering: the keyslot of %1 carries no sealed audit head although %1 signed the log: it was removed from keyslots.json, which hides events cut from the end of the log.</source>
        <translation>Manipulation: Der Schlüsselslot von %1 enthält keinen versiegelten Kopf der Prüfkette, obwohl %1 das Prüfprotokoll signiert hat: Er wurde aus keyslots.json entfernt, was am Ende des Protokolls abgeschnittene Ereignisse verbirgt.</translation>
    </message>
    <message>
        <source>Tampering: the audit log ends at event %1, but %2 signed or verified it up to event %3: events were removed from the end.</source>
        <translation>Manipulation: Das Prüfprotokoll endet bei Ereignis %1, aber %2 hat es bis Ereignis %3 signiert oder verifiziert: Am Ende wurden Ereignisse entfernt.</translation>
    </message>
    <message>
        <source>Tampering: event %1 is not the one %2 signed or verified: the audit log was rewritten up to there.</source>
        <translation>Manipulation: Ereignis %1 ist nicht dasjenige, das %2 signiert oder verifiziert hat: Das Prüfprotokoll wurde bis dorthin umgeschrieben.</translation>
    </message>
    <message>
        <source>Tampering: the vault fingerprint is %1, but %2 signed or verified the log under %3: the root of the signed roster was replaced.</source>
        <translation>Manipulation: Der Tresor-Fingerabdruck ist %1, aber %2 hat das Prüfprotokoll unter %3 signiert oder verifiziert: Die Wurzel der signierten Beauftragtenliste wurde ersetzt.</translation>
    </message>
</context>
<context>
    <name>keyward::core::VaultBackup</name>
    <message>
        <source>A backup cannot go inside the vault folder %1: choose a folder elsewhere, ideally on another disk.</source>
        <translation>Eine Sicherung kann nicht im Tresorordner %1 liegen: Wählen Sie einen Ordner an anderer Stelle, am besten auf einem anderen Datenträger.</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder.</source>
        <translation>%1 existiert und ist kein Ordner.</translation>
    </message>
    <message>
        <source>%1 is not empty: a backup goes into a new or empty folder, so it never mixes with other files.</source>
        <translation>%1 ist nicht leer: Eine Sicherung kommt in einen neuen oder leeren Ordner, damit sie sich nie mit anderen Dateien vermischt.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot start copying the vault database</source>
        <translation>Das Kopieren der Tresordatenbank kann nicht beginnen</translation>
    </message>
    <message>
        <source>Cannot copy the vault database</source>
        <translation>Die Tresordatenbank kann nicht kopiert werden</translation>
    </message>
    <message>
        <source>The copied database does not open with the keyslots chosen for it; no backup was written.</source>
        <translation>Die kopierte Datenbank öffnet sich nicht mit den dafür gewählten Schlüsselslots; es wurde keine Sicherung geschrieben.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Der Tresor ist gesperrt.</translation>
    </message>
    <message>
        <source>A backup cannot be taken in the middle of a change.</source>
        <translation>Mitten in einer Änderung kann keine Sicherung erstellt werden.</translation>
    </message>
    <message>
        <source>Name the folder the backup goes to.</source>
        <translation>Nennen Sie den Ordner, in den die Sicherung kommt.</translation>
    </message>
    <message>
        <source>keyslots.json.new fits neither the officers in vault.db nor keyslots.json; no backup was written. Lock and unlock the vault to settle it, then back up again.</source>
        <translation>keyslots.json.new passt weder zu den Beauftragten in vault.db noch zu keyslots.json; es wurde keine Sicherung geschrieben. Sperren und entsperren Sie den Tresor, um das zu bereinigen, und sichern Sie dann erneut.</translation>
    </message>
    <message>
        <source>keyslots.json now belongs to another vault.</source>
        <translation>keyslots.json gehört jetzt zu einem anderen Tresor.</translation>
    </message>
    <message>
        <source>%1 no longer has a keyslot in this vault and cannot back it up.</source>
        <translation>%1 hat in diesem Tresor keinen Schlüsselslot mehr und kann ihn nicht sichern.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Several officers hold keyslots in %1 (%2): name the one who checks it.</source>
        <translation>Mehrere Beauftragte haben Schlüsselslots in %1 (%2): Nennen Sie den, der prüft.</translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation>Es gibt keinen Ordner %1.</translation>
    </message>
    <message>
        <source>%1 holds no vault.db: it is not a whole backup.</source>
        <translation>%1 enthält keine vault.db: Es ist keine vollständige Sicherung.</translation>
    </message>
    <message>
        <source>%1 holds keyslots.json.new: it was copied while an officer change was in flight, not written by &quot;vault backup&quot;. Restore from a backup made with &quot;keyward-cli vault backup&quot;.</source>
        <translation>%1 enthält keyslots.json.new: Es wurde während einer laufenden Beauftragtenänderung kopiert, nicht von „vault backup“ geschrieben. Stellen Sie aus einer mit „keyward-cli vault backup“ erstellten Sicherung wieder her.</translation>
    </message>
    <message>
        <source>No officer named %1 has a keyslot in %2.</source>
        <translation>Kein Beauftragter namens %1 hat einen Schlüsselslot in %2.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to check the backup in.</source>
        <translation>Es kann kein temporärer Ordner zum Prüfen der Sicherung angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to check it.</source>
        <translation>%1 kann zum Prüfen nicht kopiert werden.</translation>
    </message>
    <message>
        <source>keyslots.json (key generation %1) does not open vault.db: the two files are from different moments — for example copied while an officer removal re-keyed the vault — or vault.db is damaged. This backup cannot be restored; take a new one with &quot;keyward-cli vault backup&quot;.</source>
        <translation>keyslots.json (Schlüsselgeneration %1) öffnet vault.db nicht: Die beiden Dateien stammen aus verschiedenen Zeitpunkten — zum Beispiel kopiert, während eine Beauftragtenentfernung den Tresor neu verschlüsselte — oder vault.db ist beschädigt. Diese Sicherung kann nicht wiederhergestellt werden; erstellen Sie eine neue mit „keyward-cli vault backup“.</translation>
    </message>
    <message>
        <source>vault.db fails its integrity check: %1</source>
        <translation>vault.db besteht die Integritätsprüfung nicht: %1</translation>
    </message>
    <message>
        <source>keyslots.json (vault id %1) and vault.db belong to different vaults.</source>
        <translation>keyslots.json (Tresor-ID %1) und vault.db gehören zu verschiedenen Tresoren.</translation>
    </message>
    <message>
        <source>This backup was written by a newer Keyward (schema %1; this one reads up to %2).</source>
        <translation>Diese Sicherung wurde von einem neueren Keyward geschrieben (Schema %1; dieses liest bis %2).</translation>
    </message>
    <message>
        <source>Officer %1 is recorded in vault.db but has no keyslot: keyslots.json is older than the database.</source>
        <translation>Beauftragter %1 ist in vault.db verzeichnet, hat aber keinen Schlüsselslot: keyslots.json ist älter als die Datenbank.</translation>
    </message>
    <message>
        <source>%1 is no longer an officer in this backup.</source>
        <translation>%1 ist in dieser Sicherung kein Beauftragter mehr.</translation>
    </message>
    <message>
        <source>The audit chain of the backup is broken at event %1: %2</source>
        <translation>Die Prüfkette der Sicherung ist bei Ereignis %1 unterbrochen: %2</translation>
    </message>
</context>
<context>
    <name>keyward::core::VaultFiles</name>
    <message>
        <source>keyslots.json.new belongs to another vault than keyslots.json.</source>
        <translation>keyslots.json.new gehört zu einem anderen Tresor als keyslots.json.</translation>
    </message>
    <message>
        <source>No officer named %1 can unlock this vault.</source>
        <translation>Kein Beauftragter namens %1 kann diesen Tresor entsperren.</translation>
    </message>
    <message>
        <source>vault.db opens with neither the old nor the new keyslots.</source>
        <translation>vault.db öffnet sich weder mit den alten noch mit den neuen Schlüsselslots.</translation>
    </message>
    <message>
        <source>%1 is no longer an officer of this vault.</source>
        <translation>%1 ist kein Beauftragter dieses Tresors mehr.</translation>
    </message>
    <message>
        <source>Cannot remove the stale keyslots.json.new.</source>
        <translation>Das veraltete keyslots.json.new kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The last keyslot cannot be removed.</source>
        <translation>Der letzte Schlüsselslot kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Cannot replace keyslots.json with keyslots.json.new.</source>
        <translation>keyslots.json kann nicht durch keyslots.json.new ersetzt werden.</translation>
    </message>
    <message>
        <source>keyslots.json.new fits neither the officers recorded in vault.db nor keyslots.json; restore the vault from a backup (keyward-cli vault check tells which backup is whole).</source>
        <translation>keyslots.json.new passt weder zu den in vault.db verzeichneten Beauftragten noch zu keyslots.json; stellen Sie den Tresor aus einer Sicherung wieder her (keyward-cli vault check zeigt, welche Sicherung vollständig ist).</translation>
    </message>
</context>
<context>
    <name>keyward::core::VaultKeyProvider</name>
    <message>
        <source>The key has no private part to store.</source>
        <translation>Der Schlüssel hat keinen privaten Teil zum Speichern.</translation>
    </message>
    <message>
        <source>The vault holds no private key for this record.</source>
        <translation>Der Tresor enthält keinen privaten Schlüssel für diesen Datensatz.</translation>
    </message>
    <message>
        <source>The stored private key does not parse: %1</source>
        <translation>Der gespeicherte private Schlüssel lässt sich nicht parsen: %1</translation>
    </message>
    <message>
        <source>The stored private key has no private part.</source>
        <translation>Der gespeicherte private Schlüssel hat keinen privaten Teil.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a signature algorithm.</source>
        <translation>„%1“ ist kein Signaturalgorithmus.</translation>
    </message>
</context>
<context>
    <name>keyward::core::VaultTime</name>
    <message>
        <source>The vault&apos;s last audit event has no readable time; the vault may have been edited outside Keyward.</source>
        <translation>Das letzte Prüfereignis des Tresors hat keine lesbare Zeit; der Tresor wurde möglicherweise außerhalb von Keyward bearbeitet.</translation>
    </message>
    <message>
        <source>The vault&apos;s last event is dated %1, more than a day after this computer&apos;s clock (%2): it was written with a clock set ahead (a jump into the future), or this clock is wrong. Run &apos;audit verify&apos;; Keyward writes nothing until the clock passes that time.</source>
        <extracomment>%1 is the time of the vault&apos;s newest audit event, %2 this computer&apos;s time (both UTC).</extracomment>
        <translation>Das letzte Ereignis des Tresors ist auf %1 datiert, mehr als einen Tag nach der Uhr dieses Computers (%2): Es wurde mit vorgestellter Uhr geschrieben (ein Sprung in die Zukunft), oder diese Uhr geht falsch. Führen Sie &apos;audit verify&apos; aus; Keyward schreibt nichts, bis die Uhr diesen Zeitpunkt passiert.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock (%1) is behind the vault&apos;s last event (%2); Keyward writes nothing until the clock is right.</source>
        <extracomment>%1 is this computer&apos;s time, %2 the time of the vault&apos;s newest audit event (both UTC).</extracomment>
        <translation>Die Uhr dieses Computers (%1) liegt vor dem letzten Ereignis des Tresors (%2) zurück; Keyward schreibt nichts, bis die Uhr stimmt.</translation>
    </message>
</context>
<context>
    <name>keyward::core::WorkloadCommand</name>
    <message>
        <source>&quot;%1&quot; is not a valid workload name (letters, digits and . _ : / @ -, up to 128).</source>
        <translation>„%1“ ist kein gültiger Workload-Name (Buchstaben, Ziffern und . _ : / @ -, höchstens 128 Zeichen).</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Workload %1 needs an owner.</source>
        <translation>Workload %1 braucht einen Eigentümer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid environment name.</source>
        <translation>„%1“ ist kein gültiger Umgebungsname.</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>The JWKS cache TTL must be between 0 and 366 days.</source>
        <translation>Die JWKS-Cache-TTL muss zwischen 0 und 366 Tagen liegen.</translation>
    </message>
    <message>
        <source>The maximum token TTL must be between 0 and 366 days.</source>
        <translation>Die maximale Token-TTL muss zwischen 0 und 366 Tagen liegen.</translation>
    </message>
    <message>
        <source>Workload %1 must trust at least one key set or kid.</source>
        <translation>Workload %1 muss mindestens einem Schlüsselsatz oder kid vertrauen.</translation>
    </message>
    <message>
        <source>trusts</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a key set nor a kid in this vault.</source>
        <translation>„%1“ ist in diesem Tresor weder ein Schlüsselsatz noch ein kid.</translation>
    </message>
    <message>
        <source>Only a key officer or an admin may change workloads.</source>
        <translation>Nur ein Schlüsselbeauftragter oder ein Admin darf Workloads ändern.</translation>
    </message>
    <message>
        <source>A workload named %1 is already registered.</source>
        <translation>Ein Workload namens %1 ist bereits registriert.</translation>
    </message>
    <message>
        <source>No workload named %1 is registered.</source>
        <translation>Es ist kein Workload namens %1 registriert.</translation>
    </message>
</context>
<context>
    <name>keyward::core::WorkloadImport</name>
    <message>
        <source>cache_ttl &quot;%1&quot; is not a duration (e.g. 300, 5m, 1h).</source>
        <translation>cache_ttl „%1“ ist keine Dauer (z. B. 300, 5m, 1h).</translation>
    </message>
    <message>
        <source>token_ttl &quot;%1&quot; is not a duration (e.g. 300, 5m, 1h).</source>
        <translation>token_ttl „%1“ ist keine Dauer (z. B. 300, 5m, 1h).</translation>
    </message>
    <message>
        <source>refresh &quot;%1&quot; must be poll or on-unknown-kid.</source>
        <translation>refresh „%1“ muss poll oder on-unknown-kid sein.</translation>
    </message>
    <message>
        <source>The header names no &quot;%1&quot; column.</source>
        <translation>Die Kopfzeile nennt keine Spalte „%1“.</translation>
    </message>
    <message>
        <source>The file holds no header line and no workload.</source>
        <translation>Die Datei enthält weder eine Kopfzeile noch einen Workload.</translation>
    </message>
    <message>
        <source>Element %1 is not a JSON object.</source>
        <translation>Element %1 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Not a JSON object: %1.</source>
        <translation>Kein JSON-Objekt: %1.</translation>
    </message>
    <message>
        <source>A workload named %1 is already registered%2.</source>
        <translation>Ein Workload namens %1 ist bereits%2 registriert.</translation>
    </message>
    <message>
        <source> earlier in this file</source>
        <translation> weiter oben in dieser Datei</translation>
    </message>
    <message>
        <source>The file holds no workload.</source>
        <translation>Die Datei enthält keinen Workload.</translation>
    </message>
</context>
<context>
    <name>keyward::core::base64url</name>
    <message>
        <source>base64url data must not be padded with &apos;=&apos;</source>
        <translation>base64url-Daten dürfen nicht mit &apos;=&apos; aufgefüllt sein</translation>
    </message>
    <message>
        <source>base64url data contains &apos;+&apos; or &apos;/&apos; (standard base64, not base64url)</source>
        <translation>base64url-Daten enthalten &apos;+&apos; oder &apos;/&apos; (Standard-base64, kein base64url)</translation>
    </message>
    <message>
        <source>base64url data contains an invalid character</source>
        <translation>base64url-Daten enthalten ein ungültiges Zeichen</translation>
    </message>
    <message>
        <source>base64url data has non-canonical trailing bits</source>
        <translation>base64url-Daten haben nicht-kanonische Restbits</translation>
    </message>
    <message>
        <source>base64url data has an impossible length</source>
        <translation>base64url-Daten haben eine unmögliche Länge</translation>
    </message>
</context>
<context>
    <name>keyward::core::evp</name>
    <message>
        <source>The %1 key is not valid</source>
        <translation>Der %1-Schlüssel ist nicht gültig</translation>
    </message>
    <message>
        <source>Could not check the %1 key</source>
        <translation>Der %1-Schlüssel konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>The %1 public key fails validation</source>
        <translation>Der öffentliche %1-Schlüssel besteht die Validierung nicht</translation>
    </message>
    <message>
        <source>The %1 private key does not match its public key</source>
        <translation>Der private %1-Schlüssel passt nicht zu seinem öffentlichen Schlüssel</translation>
    </message>
    <message>
        <source>Could not prepare the RSA key</source>
        <translation>Der RSA-Schlüssel konnte nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>Could not check the RSA key</source>
        <translation>Der RSA-Schlüssel konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>The RSA private exponent does not match the public key</source>
        <translation>Der private RSA-Exponent passt nicht zum öffentlichen Schlüssel</translation>
    </message>
    <message>
        <source>Could not prepare the EC key</source>
        <translation>Der EC-Schlüssel konnte nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>The %1 public point is not on the curve</source>
        <translation>Der öffentliche %1-Punkt liegt nicht auf der Kurve</translation>
    </message>
    <message>
        <source>the RSA key could not be read</source>
        <translation>der RSA-Schlüssel konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>the RSA public exponent is 1, so the key encrypts and signs nothing</source>
        <translation>der öffentliche RSA-Exponent ist 1, der Schlüssel verschlüsselt und signiert also nichts</translation>
    </message>
    <message>
        <source>the RSA public exponent is even</source>
        <translation>der öffentliche RSA-Exponent ist gerade</translation>
    </message>
    <message>
        <source>the RSA modulus is even</source>
        <translation>der RSA-Modulus ist gerade</translation>
    </message>
    <message>
        <source>the RSA modulus has the ROCA fingerprint (CVE-2017-15361): its factors can be recovered</source>
        <translation>der RSA-Modulus hat den ROCA-Fingerabdruck (CVE-2017-15361): Seine Faktoren lassen sich rekonstruieren</translation>
    </message>
</context>
<context>
    <name>keyward::core::evpsign</name>
    <message>
        <source>Could not allocate a signature context</source>
        <translation>Es konnte kein Signaturkontext angelegt werden</translation>
    </message>
    <message>
        <source>Unsupported signature hash size %1</source>
        <translation>Nicht unterstützte Hashgröße für Signaturen: %1</translation>
    </message>
    <message>
        <source>The key cannot be used for this signature algorithm</source>
        <translation>Der Schlüssel kann nicht für diesen Signaturalgorithmus verwendet werden</translation>
    </message>
    <message>
        <source>Could not set the RSA-PSS parameters</source>
        <translation>Die RSA-PSS-Parameter konnten nicht gesetzt werden</translation>
    </message>
    <message>
        <source>Could not set the RSA padding</source>
        <translation>Das RSA-Padding konnte nicht gesetzt werden</translation>
    </message>
    <message>
        <source>The key type does not fit the signature algorithm</source>
        <translation>Der Schlüsseltyp passt nicht zum Signaturalgorithmus</translation>
    </message>
    <message>
        <source>Signing failed</source>
        <translation>Das Signieren ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The RSA signature is %1 bytes; the key needs exactly %2</source>
        <translation>Die RSA-Signatur hat %1 Byte; der Schlüssel braucht genau %2</translation>
    </message>
    <message>
        <source>The signature does not verify</source>
        <translation>Die Signatur ist nicht gültig</translation>
    </message>
    <message>
        <source>OpenSSL returned an unreadable ECDSA signature</source>
        <translation>OpenSSL lieferte eine unlesbare ECDSA-Signatur</translation>
    </message>
    <message>
        <source>The ECDSA signature does not fit the curve size</source>
        <translation>Die ECDSA-Signatur passt nicht zur Kurvengröße</translation>
    </message>
    <message>
        <source>The ECDSA signature is %1 bytes; the curve needs exactly %2</source>
        <translation>Die ECDSA-Signatur hat %1 Byte; die Kurve braucht genau %2</translation>
    </message>
    <message>
        <source>Could not build the ECDSA signature</source>
        <translation>Die ECDSA-Signatur konnte nicht gebildet werden</translation>
    </message>
    <message>
        <source>Could not encode the ECDSA signature</source>
        <translation>Die ECDSA-Signatur konnte nicht kodiert werden</translation>
    </message>
</context>
<context>
    <name>keyward::core::hex</name>
    <message>
        <source>hex data has an odd length</source>
        <translation>Hex-Daten haben eine ungerade Länge</translation>
    </message>
    <message>
        <source>hex data contains an invalid character</source>
        <translation>Hex-Daten enthalten ein ungültiges Zeichen</translation>
    </message>
</context>
<context>
    <name>keyward::core::jose</name>
    <message>
        <source>Content encryption &quot;%1&quot; is not supported</source>
        <translation>Die Inhaltsverschlüsselung „%1“ wird nicht unterstützt</translation>
    </message>
    <message>
        <source>Algorithm &quot;%1&quot; is not supported</source>
        <translation>Der Algorithmus „%1“ wird nicht unterstützt</translation>
    </message>
    <message>
        <source>Algorithm &quot;%1&quot; is deprecated (RSAES-PKCS1-v1_5 is open to padding-oracle attacks) and is never used</source>
        <translation>Der Algorithmus „%1“ ist veraltet (RSAES-PKCS1-v1_5 ist für Padding-Oracle-Angriffe anfällig) und wird nie verwendet</translation>
    </message>
    <message>
        <source>Algorithm &quot;%1&quot; is not accepted: a shared-secret MAC cannot show which party signed</source>
        <translation>Der Algorithmus „%1“ wird nicht akzeptiert: Ein MAC mit gemeinsamem Geheimnis kann nicht zeigen, welche Partei signiert hat</translation>
    </message>
    <message>
        <source>Unsecured &quot;none&quot; is refused (RFC 8725 §3.2)</source>
        <translation>Ungesichertes „none“ wird abgelehnt (RFC 8725 §3.2)</translation>
    </message>
    <message>
        <source>Unknown algorithm status</source>
        <translation>Unbekannter Algorithmusstatus</translation>
    </message>
    <message>
        <source>No key was given for &quot;%1&quot;</source>
        <translation>Für „%1“ wurde kein Schlüssel angegeben</translation>
    </message>
    <message>
        <source>A %1 key cannot be used with &quot;%2&quot;</source>
        <translation>Ein %1-Schlüssel kann nicht mit „%2“ verwendet werden</translation>
    </message>
    <message>
        <source>The %1-bit RSA key is below the 2048-bit minimum</source>
        <translation>Der %1-Bit-RSA-Schlüssel liegt unter dem Minimum von 2048 Bit</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a %2-bit key; this key has %3 bits</source>
        <translation>„%1“ braucht einen %2-Bit-Schlüssel; dieser Schlüssel hat %3 Bit</translation>
    </message>
    <message>
        <source>The key is for &quot;%1&quot; but &quot;%2&quot; needs a &quot;%3&quot; key</source>
        <translation>Der Schlüssel ist für „%1“, aber „%2“ braucht einen „%3“-Schlüssel</translation>
    </message>
    <message>
        <source>The key is pinned to &quot;%1&quot; and may not be used with &quot;%2&quot; (RFC 8725 §3.1)</source>
        <translation>Der Schlüssel ist auf „%1“ festgelegt und darf nicht mit „%2“ verwendet werden (RFC 8725 §3.1)</translation>
    </message>
    <message>
        <source>The key&apos;s key_ops (%1) do not allow &quot;%2&quot;</source>
        <translation>Die key_ops des Schlüssels (%1) erlauben „%2“ nicht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs the private key; only the public key is present</source>
        <translation>„%1“ braucht den privaten Schlüssel; nur der öffentliche ist vorhanden</translation>
    </message>
</context>
<context>
    <name>keyward::core::jwkdetail</name>
    <message>
        <source>The JWK has no &quot;%1&quot; member</source>
        <translation>Der JWK hat kein Element „%1“</translation>
    </message>
    <message>
        <source>The JWK member &quot;%1&quot; is not a string</source>
        <translation>Das JWK-Element „%1“ ist kein String</translation>
    </message>
    <message>
        <source>The JWK member &quot;%1&quot; is not strict base64url</source>
        <translation>Das JWK-Element „%1“ ist kein striktes base64url</translation>
    </message>
    <message>
        <source>The JWK member &quot;%1&quot; is not a minimal unsigned integer</source>
        <translation>Das JWK-Element „%1“ ist keine minimale vorzeichenlose Ganzzahl</translation>
    </message>
    <message>
        <source>The JWK &quot;use&quot; is &quot;%1&quot;; Keyward knows &quot;sig&quot; and &quot;enc&quot;</source>
        <translation>Das JWK-„use“ ist „%1“; Keyward kennt „sig“ und „enc“</translation>
    </message>
    <message>
        <source>The JWK &quot;key_ops&quot; is not an array</source>
        <translation>Das JWK-„key_ops“ ist kein Array</translation>
    </message>
    <message>
        <source>The JWK &quot;key_ops&quot; has an unknown operation &quot;%1&quot;</source>
        <translation>Das JWK-„key_ops“ hat eine unbekannte Operation „%1“</translation>
    </message>
    <message>
        <source>The JWK &quot;key_ops&quot; lists &quot;%1&quot; twice</source>
        <translation>Das JWK-„key_ops“ führt „%1“ zweimal auf</translation>
    </message>
    <message>
        <source>The JWK &quot;key_ops&quot; value &quot;%1&quot; contradicts &quot;use&quot;: &quot;%2&quot;</source>
        <translation>Der JWK-„key_ops“-Wert „%1“ widerspricht „use“: „%2“</translation>
    </message>
    <message>
        <source>The JWK is pinned to an unknown algorithm &quot;%1&quot;</source>
        <translation>Der JWK ist auf einen unbekannten Algorithmus „%1“ festgelegt</translation>
    </message>
    <message>
        <source>A key pinned to &quot;none&quot; is refused (RFC 8725 §3.2)</source>
        <translation>Ein auf „none“ festgelegter Schlüssel wird abgelehnt (RFC 8725 §3.2)</translation>
    </message>
    <message>
        <source>The JWK is a %1 key but is pinned to &quot;%2&quot;</source>
        <translation>Der JWK ist ein %1-Schlüssel, aber auf „%2“ festgelegt</translation>
    </message>
    <message>
        <source>The JWK has &quot;use&quot;: &quot;%1&quot; but its algorithm &quot;%2&quot; is for &quot;%3&quot;</source>
        <translation>Der JWK hat „use“: „%1“, aber sein Algorithmus „%2“ ist für „%3“</translation>
    </message>
    <message>
        <source>The JWK &quot;key_ops&quot; value &quot;%1&quot; does not fit its algorithm &quot;%2&quot;</source>
        <translation>Der JWK-„key_ops“-Wert „%1“ passt nicht zu seinem Algorithmus „%2“</translation>
    </message>
    <message>
        <source>The RSA key is refused: %1</source>
        <translation>Der RSA-Schlüssel wird abgelehnt: %1</translation>
    </message>
    <message>
        <source>Multi-prime RSA keys (&quot;oth&quot;) are not supported</source>
        <translation>Multi-Prime-RSA-Schlüssel („oth“) werden nicht unterstützt</translation>
    </message>
    <message>
        <source>The RSA JWK has some but not all of p, q, dp, dq and qi</source>
        <translation>Der RSA-JWK hat einige, aber nicht alle von p, q, dp, dq und qi</translation>
    </message>
    <message>
        <source>The RSA JWK has private factors but no &quot;d&quot;</source>
        <translation>Der RSA-JWK hat private Faktoren, aber kein „d“</translation>
    </message>
    <message>
        <source>The curve &quot;%1&quot; is not supported for %2 keys</source>
        <translation>Die Kurve „%1“ wird für %2-Schlüssel nicht unterstützt</translation>
    </message>
    <message>
        <source>An OKP JWK has no &quot;y&quot; member</source>
        <translation>Ein OKP-JWK hat kein Element „y“</translation>
    </message>
    <message>
        <source>The %1 coordinates must be %2 bytes long</source>
        <translation>Die %1-Koordinaten müssen %2 Byte lang sein</translation>
    </message>
    <message>
        <source>The %1 private key must be %2 bytes long</source>
        <translation>Der private %1-Schlüssel muss %2 Byte lang sein</translation>
    </message>
    <message>
        <source>The oct JWK has an empty secret</source>
        <translation>Der oct-JWK hat ein leeres Geheimnis</translation>
    </message>
    <message>
        <source>Key type &quot;%1&quot; is not supported</source>
        <translation>Der Schlüsseltyp „%1“ wird nicht unterstützt</translation>
    </message>
</context>
<context>
    <name>keyward::core::samples::CekRewrap</name>
    <message>
        <source>This JWE recipient cannot keep its content: it needs a full re-encryption.</source>
        <translation>Dieser JWE-Empfänger kann seinen Inhalt nicht behalten: Er braucht eine vollständige Neuverschlüsselung.</translation>
    </message>
    <message>
        <source>The content encryption &quot;%1&quot; is not supported.</source>
        <translation>Die Inhaltsverschlüsselung „%1“ wird nicht unterstützt.</translation>
    </message>
</context>
<context>
    <name>keyward::core::samples::SampleFile</name>
    <message>
        <source>The JSON array holds a value that is neither a compact JWE string nor a JWE object.</source>
        <translation>Das JSON-Array enthält einen Wert, der weder ein kompakter JWE-String noch ein JWE-Objekt ist.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file holds a JSON object that is not a JWE (no &quot;ciphertext&quot;).</source>
        <translation>Die Datei enthält ein JSON-Objekt, das kein JWE ist (kein „ciphertext“).</translation>
    </message>
    <message>
        <source>The file starts like a JSON array but is not valid JSON: %1.</source>
        <translation>Die Datei beginnt wie ein JSON-Array, ist aber kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <source>The file holds no JWE.</source>
        <translation>Die Datei enthält kein JWE.</translation>
    </message>
</context>
<context>
    <name>keyward::core::samples::SampleGate</name>
    <message>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <source>not tested since %1</source>
        <translation>seit %1 nicht getestet</translation>
    </message>
    <message>
        <source>last test: %1</source>
        <translation>letzter Test: %1</translation>
    </message>
    <message>
        <source>encrypted to %1 alone</source>
        <translation>nur für %1 verschlüsselt</translation>
    </message>
    <message numerus="yes">
        <source>Key &quot;%1&quot; cannot be retired: %n of its archived samples have no passing test-decrypt since its last change:</source>
        <translation>
            <numerusform>Schlüssel „%1“ kann nicht stillgelegt werden: %n seiner archivierten Proben hat seit seiner letzten Änderung keine erfolgreiche Testentschlüsselung:</numerusform>
            <numerusform>Schlüssel „%1“ kann nicht stillgelegt werden: %n seiner archivierten Proben haben seit seiner letzten Änderung keine erfolgreiche Testentschlüsselung:</numerusform>
        </translation>
    </message>
    <message>
        <source>Run `samples test --kid %1` (or re-wrap the failing samples) first.</source>
        <translation>Führen Sie zuerst `samples test --kid %1` aus (oder verpacken Sie die fehlschlagenden Proben neu).</translation>
    </message>
    <message numerus="yes">
        <source>Destroying key &quot;%1&quot; would make %n archived sample(s) unreadable for good:</source>
        <translation>
            <numerusform>Die Vernichtung von Schlüssel „%1“ würde %n archivierte Probe endgültig unlesbar machen:</numerusform>
            <numerusform>Die Vernichtung von Schlüssel „%1“ würde %n archivierte Proben endgültig unlesbar machen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-wrap them to a successor key first, or request the destruction as a crypto-shred that names them (--shred-sample DIGEST).</source>
        <translation>Verpacken Sie sie zuerst für einen Nachfolgerschlüssel neu, oder beantragen Sie die Vernichtung als Krypto-Shredding, das sie ausdrücklich nennt (--shred-sample DIGEST).</translation>
    </message>
</context>
<context>
    <name>keyward::core::samples::SampleImporter</name>
    <message>
        <source>No such file or folder.</source>
        <translation>Datei oder Ordner nicht vorhanden.</translation>
    </message>
    <message>
        <source>Nothing to import: %1</source>
        <translation>Nichts zu importieren: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was stored.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB.</source>
        <translation>Die Datei ist größer als %1 MiB.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1.</source>
        <translation>Die Datei kann nicht gelesen werden: %1.</translation>
    </message>
</context>
<context>
    <name>keyward::core::samples::SampleKeyring</name>
    <message>
        <source>No key with kid &quot;%1&quot; is in the vault.</source>
        <translation>Kein Schlüssel mit kid „%1“ ist im Tresor.</translation>
    </message>
    <message>
        <source>Encrypted to %1, which was destroyed on %2: it can never be decrypted again.</source>
        <translation>Verschlüsselt für %1, der am %2 vernichtet wurde: Die Probe kann nie wieder entschlüsselt werden.</translation>
    </message>
    <message>
        <source>Encrypted to %1, which was destroyed: it can never be decrypted again.</source>
        <translation>Verschlüsselt für %1, der vernichtet wurde: Die Probe kann nie wieder entschlüsselt werden.</translation>
    </message>
    <message>
        <source>Encrypted to %1, which is a signing key; signing keys never decrypt.</source>
        <translation>Verschlüsselt für %1, einen Signaturschlüssel; Signaturschlüssel entschlüsseln nie.</translation>
    </message>
    <message>
        <source>Encrypted to %1, which is not active yet (pending).</source>
        <translation>Verschlüsselt für %1, der noch nicht aktiv ist (ausstehend).</translation>
    </message>
    <message>
        <source>Key %1 is in the vault with its public part only, so nothing here can decrypt it.</source>
        <translation>Schlüssel %1 liegt im Tresor nur mit seinem öffentlichen Teil vor, daher kann die Probe hier nicht entschlüsselt werden.</translation>
    </message>
</context>
<context>
    <name>keyward::core::samples::SampleOutcomeCodec</name>
    <message>
        <source>The stored outcomes of this test run are unreadable: %1.</source>
        <translation>Die gespeicherten Ergebnisse dieses Testlaufs sind unlesbar: %1.</translation>
    </message>
    <message>
        <source>not an outcome list of this Keyward</source>
        <translation>keine Ergebnisliste dieses Keyward</translation>
    </message>
    <message>
        <source>the string table is cut short</source>
        <translation>die Zeichenkettentabelle ist abgeschnitten</translation>
    </message>
    <message>
        <source>the row count does not fit the data</source>
        <translation>die Zeilenzahl passt nicht zu den Daten</translation>
    </message>
    <message>
        <source>outcome %1 is cut short or refers past the string table</source>
        <translation>Ergebnis %1 ist abgeschnitten oder verweist über die Zeichenkettentabelle hinaus</translation>
    </message>
    <message>
        <source>outcome %1 names no known outcome</source>
        <translation>Ergebnis %1 nennt kein bekanntes Ergebnis</translation>
    </message>
    <message>
        <source>bytes follow the last outcome</source>
        <translation>auf das letzte Ergebnis folgen weitere Bytes</translation>
    </message>
</context>
<context>
    <name>keyward::core::samples::SampleRewrap</name>
    <message>
        <source>The output folder %1 already holds files; re-wrapped samples go into a new or empty folder.</source>
        <translation>Der Ausgabeordner %1 enthält bereits Dateien; neu verpackte Proben kommen in einen neuen oder leeren Ordner.</translation>
    </message>
    <message>
        <source>Key %1 cannot take re-wrapped samples: it must be an active encryption key with an alg (it is %2 %3).</source>
        <translation>Schlüssel %1 kann keine neu verpackten Proben aufnehmen: Er muss ein aktiver Verschlüsselungsschlüssel mit alg sein (er ist %2 %3).</translation>
    </message>
    <message>
        <source>No sample matches the selection.</source>
        <translation>Keine Probe entspricht der Auswahl.</translation>
    </message>
    <message>
        <source>Cannot create the output folder %1.</source>
        <translation>Der Ausgabeordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>already encrypted to %1</source>
        <translation>bereits für %1 verschlüsselt</translation>
    </message>
    <message>
        <source>The re-wrapped %1 does not decrypt with %2; nothing was written.</source>
        <translation>Die neu verpackte Probe %1 lässt sich mit %2 nicht entschlüsseln; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Re-wrapping would overwrite the input %1; choose another output folder.</source>
        <translation>Das Neuverpacken würde die Eingabe %1 überschreiben; wählen Sie einen anderen Ausgabeordner.</translation>
    </message>
    <message>
        <source>No selected sample could be re-wrapped: %1</source>
        <translation>Keine ausgewählte Probe konnte neu verpackt werden: %1</translation>
    </message>
</context>
<context>
    <name>keyward::core::samples::SampleStore</name>
    <message>
        <source>There is no test run %1.</source>
        <translation>Es gibt keinen Testlauf %1.</translation>
    </message>
    <message>
        <source>Test run %1 is not in the signed audit log: it was added to the vault outside Keyward, so it is no evidence. Verify the audit log and tell the other officers.</source>
        <translation>Testlauf %1 steht nicht im signierten Audit-Protokoll: Er wurde außerhalb von Keyward in den Tresor eingefügt und ist daher kein Nachweis. Prüfen Sie das Audit-Protokoll und informieren Sie die anderen Beauftragten.</translation>
    </message>
    <message>
        <source>The outcomes of test run %1 are not those its signed audit event holds: they were changed outside Keyward, so the run is no evidence. Verify the audit log and tell the other officers.</source>
        <translation>Die Ergebnisse von Testlauf %1 sind nicht die, die sein signiertes Audit-Ereignis festhält: Sie wurden außerhalb von Keyward geändert, daher ist der Lauf kein Nachweis. Prüfen Sie das Audit-Protokoll und informieren Sie die anderen Beauftragten.</translation>
    </message>
    <message>
        <source>Test run %1 is in the signed audit log but no longer in the vault: it was deleted outside Keyward, and what it found may have been newer than any run left. Verify the audit log and tell the other officers.</source>
        <translation>Testlauf %1 steht im signierten Audit-Protokoll, aber nicht mehr im Tresor: Er wurde außerhalb von Keyward gelöscht, und sein Befund war womöglich neuer als jeder verbliebene Lauf. Prüfen Sie das Audit-Protokoll und informieren Sie die anderen Beauftragten.</translation>
    </message>
</context>
<context>
    <name>keyward::core::samples::SampleTestRun</name>
    <message>
        <source>No sample matches the selection.</source>
        <translation>Keine Probe entspricht der Auswahl.</translation>
    </message>
    <message>
        <source>The vault&apos;s index of sample kids does not match its samples: the vault may be damaged.</source>
        <translation>Der Index der Proben-kids im Tresor passt nicht zu seinen Proben: Der Tresor ist möglicherweise beschädigt.</translation>
    </message>
</context>
<context>
    <name>keyward::core::strictjson</name>
    <message>
        <source>JSON of %1 bytes is above the %2-byte cap</source>
        <translation>JSON von %1 Byte überschreitet die Obergrenze von %2 Byte</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>ungültiges JSON bei Offset %1: %2</translation>
    </message>
    <message>
        <source>JSON text is not an object</source>
        <translation>JSON-Text ist kein Objekt</translation>
    </message>
    <message>
        <source>JSON nesting is deeper than %1 levels</source>
        <translation>JSON-Verschachtelung ist tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <source>JSON ends unexpectedly</source>
        <translation>JSON endet unerwartet</translation>
    </message>
    <message>
        <source>JSON member &quot;%1&quot; appears more than once</source>
        <translation>JSON-Element „%1“ kommt mehr als einmal vor</translation>
    </message>
</context>
<context>
    <name>keyward::report::AuditReportHtml</name>
    <message>
        <source>Keyward audit evidence</source>
        <translation>Keyward-Prüfnachweise</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Vault id</source>
        <translation>Tresor-ID</translation>
    </message>
    <message>
        <source>Vault fingerprint</source>
        <translation>Tresor-Fingerabdruck</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Events in this export</source>
        <translation>Ereignisse in diesem Export</translation>
    </message>
    <message>
        <source>%1 (seq %2 to %3)</source>
        <translation>%1 (seq %2 bis %3)</translation>
    </message>
    <message>
        <source>First / last event hash</source>
        <translation>Hash des ersten / letzten Ereignisses</translation>
    </message>
    <message>
        <source>Signed tree head</source>
        <translation>Signierter Baumkopf</translation>
    </message>
    <message>
        <source>%1 events, Merkle root %2</source>
        <translation>%1 Ereignisse, Merkle-Wurzel %2</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>Exportiert von</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Officers (signed roster)</source>
        <translation>Beauftragte (signierte Beauftragtenliste)</translation>
    </message>
    <message>
        <source>trusted on first use</source>
        <translation>bei erster Verwendung vertraut</translation>
    </message>
    <message>
        <source>approved by request</source>
        <translation>per Antrag genehmigt</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Beauftragter</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Signing key thumbprint</source>
        <translation>Fingerabdruck des Signaturschlüssels</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>kid</source>
        <translation>kid</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Verw.</translation>
    </message>
    <message>
        <source>alg</source>
        <translation>alg</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>NIST SP 800-57</source>
        <translation>NIST SP 800-57</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Env</source>
        <translation>Umg.</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Key inventory</source>
        <translation>Schlüsselbestand</translation>
    </message>
    <message>
        <source>The vault holds no keys.</source>
        <translation>Der Tresor enthält keine Schlüssel.</translation>
    </message>
    <message>
        <source>Overdue keys (past cryptoperiod or expired)</source>
        <translation>Überfällige Schlüssel (Kryptoperiode überschritten oder abgelaufen)</translation>
    </message>
    <message>
        <source>No key is overdue.</source>
        <translation>Kein Schlüssel ist überfällig.</translation>
    </message>
    <message>
        <source>Rotations</source>
        <translation>Rotationen</translation>
    </message>
    <message>
        <source>No rotation was requested.</source>
        <translation>Es wurde keine Rotation beantragt.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Genehmiger</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Beantragt</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <source>Approval signature</source>
        <translation>Genehmigungssignatur</translation>
    </message>
    <message>
        <source>Unreviewed break-glass acts</source>
        <translation>Nicht nachgeprüfte Notfallhandlungen</translation>
    </message>
    <message>
        <source>Every break-glass act was countersigned.</source>
        <translation>Jede Notfallhandlung wurde gegengezeichnet.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Nachprüfen</translation>
    </message>
    <message>
        <source>Revoked by</source>
        <translation>Widerrufen von</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Nichts aufgezeichnet.</translation>
    </message>
    <message>
        <source>Verifying this export by hand</source>
        <translation>Diesen Export von Hand prüfen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing of Keyward is needed. In the export folder:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Files.&lt;/b&gt; Decode the payload of &lt;tt&gt;manifest.jws&lt;/tt&gt; (the middle part, base64url) and compare each &lt;tt&gt;files[].sha256&lt;/tt&gt; with &lt;tt&gt;sha256sum audit.jsonl audit.csv roster.jsonl proofs.json report.pdf&lt;/tt&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Who signed.&lt;/b&gt; &lt;tt&gt;roster.jsonl&lt;/tt&gt; holds the officers&apos; signed admissions from the vault&apos;s genesis; each officer&apos;s public key is the &lt;tt&gt;signingJwk&lt;/tt&gt; of their statement. Verify &lt;tt&gt;manifest.jws&lt;/tt&gt; (compact JWS, EdDSA) with the exporter&apos;s key and &lt;tt&gt;treehead.json&lt;/tt&gt; (general JWS JSON) with the two officers&apos; keys in any JOSE library, e.g. python3-jwcrypto: &lt;tt&gt;JWS().deserialize(text); jws.verify(JWK(**jwk))&lt;/tt&gt;. The &lt;tt&gt;kid&lt;/tt&gt; of each signature is the RFC 7638 thumbprint of the signer&apos;s key.&lt;/li&gt;&lt;li&gt;&lt;b&gt;The chain.&lt;/b&gt; Each line of &lt;tt&gt;audit.jsonl&lt;/tt&gt; is one event. Remove its &lt;tt&gt;,&quot;hash&quot;:&quot;…&quot;&lt;/tt&gt; member; SHA-256 of &lt;tt&gt;prev&lt;/tt&gt; followed by the remaining line must equal &lt;tt&gt;hash&lt;/tt&gt;; &lt;tt&gt;prev&lt;/tt&gt; equals the previous line&apos;s &lt;tt&gt;hash&lt;/tt&gt;; &lt;tt&gt;seq&lt;/tt&gt; counts up by one.&lt;/li&gt;&lt;li&gt;&lt;b&gt;The Merkle tree&lt;/b&gt; (RFC 6962). Leaf = SHA-256(0x00 ‖ line without the line break), node = SHA-256(0x01 ‖ left ‖ right). For a full export the root over all lines equals &lt;tt&gt;root&lt;/tt&gt; in the tree head; &lt;tt&gt;proofs.json&lt;/tt&gt; holds inclusion proofs and consistency proofs from earlier heads.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Nothing removed since your last export.&lt;/b&gt; Keep &lt;tt&gt;treehead.json&lt;/tt&gt; of each export you receive; &lt;tt&gt;keyward-cli verify audit NEW --since OLD&lt;/tt&gt; (or an RFC 6962 consistency check) proves the log only grew.&lt;/li&gt;&lt;li&gt;&lt;b&gt;The vault.&lt;/b&gt; Compare the vault fingerprint on the cover with the one your officers give you out of band (&lt;tt&gt;--fingerprint&lt;/tt&gt;).&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;Keyward selbst wird dafür nicht benötigt. Im Exportordner:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Dateien.&lt;/b&gt; Dekodieren Sie die Nutzdaten von &lt;tt&gt;manifest.jws&lt;/tt&gt; (den mittleren Teil, base64url) und vergleichen Sie jedes &lt;tt&gt;files[].sha256&lt;/tt&gt; mit der Ausgabe von &lt;tt&gt;sha256sum audit.jsonl audit.csv roster.jsonl proofs.json report.pdf&lt;/tt&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Wer signiert hat.&lt;/b&gt; &lt;tt&gt;roster.jsonl&lt;/tt&gt; enthält die signierten Aufnahmen der Beauftragten seit der Gründung des Tresors; der öffentliche Schlüssel jedes Beauftragten ist der &lt;tt&gt;signingJwk&lt;/tt&gt; seiner Erklärung. Verifizieren Sie &lt;tt&gt;manifest.jws&lt;/tt&gt; (kompaktes JWS, EdDSA) mit dem Schlüssel des Exporteurs und &lt;tt&gt;treehead.json&lt;/tt&gt; (allgemeine JWS-JSON-Serialisierung) mit den Schlüsseln der beiden Beauftragten in einer beliebigen JOSE-Bibliothek, z. B. python3-jwcrypto: &lt;tt&gt;JWS().deserialize(text); jws.verify(JWK(**jwk))&lt;/tt&gt;. Der &lt;tt&gt;kid&lt;/tt&gt; jeder Signatur ist der RFC-7638-Fingerabdruck des Schlüssels des Unterzeichners.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Die Kette.&lt;/b&gt; Jede Zeile von &lt;tt&gt;audit.jsonl&lt;/tt&gt; ist ein Ereignis. Entfernen Sie daraus das Element &lt;tt&gt;,&quot;hash&quot;:&quot;…&quot;&lt;/tt&gt;; SHA-256 über &lt;tt&gt;prev&lt;/tt&gt;, gefolgt von der restlichen Zeile, muss &lt;tt&gt;hash&lt;/tt&gt; ergeben; &lt;tt&gt;prev&lt;/tt&gt; ist gleich dem &lt;tt&gt;hash&lt;/tt&gt; der vorigen Zeile; &lt;tt&gt;seq&lt;/tt&gt; steigt jeweils um eins.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Der Merkle-Baum&lt;/b&gt; (RFC 6962). Blatt = SHA-256(0x00 ‖ Zeile ohne Zeilenumbruch), Knoten = SHA-256(0x01 ‖ links ‖ rechts). Bei einem vollständigen Export ist die Wurzel über alle Zeilen gleich &lt;tt&gt;root&lt;/tt&gt; im Baumkopf; &lt;tt&gt;proofs.json&lt;/tt&gt; enthält Inklusionsbeweise sowie Konsistenzbeweise gegenüber früheren Baumkopfs.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Nichts entfernt seit Ihrem letzten Export.&lt;/b&gt; Bewahren Sie &lt;tt&gt;treehead.json&lt;/tt&gt; jedes erhaltenen Exports auf; &lt;tt&gt;keyward-cli verify audit NEW --since OLD&lt;/tt&gt; (oder eine Konsistenzprüfung nach RFC 6962) beweist, dass das Protokoll nur gewachsen ist.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Der Tresor.&lt;/b&gt; Vergleichen Sie den Tresor-Fingerabdruck auf dem Deckblatt mit dem, den Ihnen Ihre Beauftragten auf einem anderen Kanal mitteilen (&lt;tt&gt;--fingerprint&lt;/tt&gt;).&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Controls and where the proof is</source>
        <translation>Kontrollen und wo der Nachweis liegt</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Keyward control</source>
        <translation>Keyward-Kontrolle</translation>
    </message>
    <message>
        <source>Exported file and field</source>
        <translation>Exportierte Datei und Feld</translation>
    </message>
    <message>
        <source>PCI DSS 4.0 3.6.1 keys protected against disclosure and misuse</source>
        <translation>PCI DSS 4.0 3.6.1 Schlüssel gegen Offenlegung und Missbrauch geschützt</translation>
    </message>
    <message>
        <source>Encrypted vault; two-person rule for every governed change</source>
        <translation>Verschlüsselter Tresor; Vier-Augen-Prinzip für jede kontrollierte Änderung</translation>
    </message>
    <message>
        <source>audit.jsonl: request.created / request.approved (details.approvals)</source>
        <translation>audit.jsonl: request.created / request.approved (details.approvals)</translation>
    </message>
    <message>
        <source>PCI DSS 4.0 3.6.1.1 test and production keys differ</source>
        <translation>PCI DSS 4.0 3.6.1.1 Test- und Produktionsschlüssel unterscheiden sich</translation>
    </message>
    <message>
        <source>Same key material refused in two environments</source>
        <translation>Dasselbe Schlüsselmaterial wird nicht in zwei Umgebungen zugelassen</translation>
    </message>
    <message>
        <source>report.pdf inventory (Env); audit.jsonl key.generated details</source>
        <translation>report.pdf Bestand (Umg.); audit.jsonl key.generated details</translation>
    </message>
    <message>
        <source>PCI DSS 4.0 3.6.1.2 secret keys stored encrypted</source>
        <translation>PCI DSS 4.0 3.6.1.2 geheime Schlüssel verschlüsselt gespeichert</translation>
    </message>
    <message>
        <source>SQLCipher vault, master key wrapped per officer (Argon2id)</source>
        <translation>SQLCipher-Tresor, Hauptschlüssel je Beauftragtem verpackt (Argon2id)</translation>
    </message>
    <message>
        <source>jwks.json public members only; audit.jsonl vault.created</source>
        <translation>jwks.json nur öffentliche Elemente; audit.jsonl vault.created</translation>
    </message>
    <message>
        <source>PCI DSS 4.0 3.6.1.3 fewest custodians</source>
        <translation>PCI DSS 4.0 3.6.1.3 möglichst wenige Verwahrer</translation>
    </message>
    <message>
        <source>Signed officer roster</source>
        <translation>Signierte Beauftragtenliste</translation>
    </message>
    <message>
        <source>roster.jsonl; report.pdf Officers</source>
        <translation>roster.jsonl; report.pdf Beauftragte</translation>
    </message>
    <message>
        <source>PCI DSS 4.0 3.6.1.4 fewest locations</source>
        <translation>PCI DSS 4.0 3.6.1.4 möglichst wenige Speicherorte</translation>
    </message>
    <message>
        <source>Private export only by approved request</source>
        <translation>Privater Export nur per genehmigtem Antrag</translation>
    </message>
    <message>
        <source>audit.jsonl key.exported-private, request.approved</source>
        <translation>audit.jsonl key.exported-private, request.approved</translation>
    </message>
    <message>
        <source>PCI DSS 4.0 3.7.1 strong key generation</source>
        <translation>PCI DSS 4.0 3.7.1 Erzeugung starker Schlüssel</translation>
    </message>
    <message>
        <source>In-vault generation, RSA ≥ 2048, strength derived</source>
        <translation>Erzeugung im Tresor, RSA ≥ 2048, abgeleitete Stärke</translation>
    </message>
    <message>
        <source>audit.jsonl key.generated; report.pdf inventory (alg)</source>
        <translation>audit.jsonl key.generated; report.pdf Bestand (alg)</translation>
    </message>
    <message>
        <source>PCI DSS 4.0 3.7.2 secure distribution</source>
        <translation>PCI DSS 4.0 3.7.2 sichere Verteilung</translation>
    </message>
    <message>
        <source>Signed JWKS bundles</source>
        <translation>Signierte JWKS-Bundles</translation>
    </message>
    <message>
        <source>jwks.jws; manifest.json signer</source>
        <translation>jwks.jws; manifest.json signer</translation>
    </message>
    <message>
        <source>PCI DSS 4.0 3.7.3 secure storage</source>
        <translation>PCI DSS 4.0 3.7.3 sichere Speicherung</translation>
    </message>
    <message>
        <source>Encrypted vault, keyslots bound to the roster</source>
        <translation>Verschlüsselter Tresor, Schlüsselslots an die Beauftragtenliste gebunden</translation>
    </message>
    <message>
        <source>audit.jsonl vault.created, officer.added</source>
        <translation>audit.jsonl vault.created, officer.added</translation>
    </message>
    <message>
        <source>PCI DSS 4.0 3.7.4 change at end of cryptoperiod</source>
        <translation>PCI DSS 4.0 3.7.4 Wechsel am Ende der Kryptoperiode</translation>
    </message>
    <message>
        <source>Cryptoperiod policy, rotation drafted when due</source>
        <translation>Kryptoperioden-Richtlinie, Rotation bei Fälligkeit vorbereitet</translation>
    </message>
    <message>
        <source>report.pdf Overdue keys, Rotations; audit.jsonl key.rotated</source>
        <translation>report.pdf Überfällige Schlüssel, Rotationen; audit.jsonl key.rotated</translation>
    </message>
    <message>
        <source>PCI DSS 4.0 3.7.5 retire, replace, destroy</source>
        <translation>PCI DSS 4.0 3.7.5 stilllegen, ersetzen, vernichten</translation>
    </message>
    <message>
        <source>Retirement gate, waiting period before destruction, revocation</source>
        <translation>Stilllegungsschranke, Wartefrist vor der Vernichtung, Widerruf</translation>
    </message>
    <message>
        <source>audit.jsonl key.retired, key.destroyed, key.revoked</source>
        <translation>audit.jsonl key.retired, key.destroyed, key.revoked</translation>
    </message>
    <message>
        <source>PCI DSS 4.0 3.7.6 split knowledge and dual control</source>
        <translation>PCI DSS 4.0 3.7.6 geteiltes Wissen und duale Kontrolle</translation>
    </message>
    <message>
        <source>Requests approved by another officer&apos;s signature</source>
        <translation>Anträge, genehmigt durch die Signatur eines anderen Beauftragten</translation>
    </message>
    <message>
        <source>report.pdf Rotations (Approval signature); treehead.json two signatures</source>
        <translation>report.pdf Rotationen (Genehmigungssignatur); treehead.json zwei Signaturen</translation>
    </message>
    <message>
        <source>PCI DSS 4.0 3.7.7 no unauthorized substitution</source>
        <translation>PCI DSS 4.0 3.7.7 keine unbefugte Ersetzung</translation>
    </message>
    <message>
        <source>Signed roster, hash chain, Merkle tree, signed exports</source>
        <translation>Signierte Beauftragtenliste, Hash-Kette, Merkle-Baum, signierte Exporte</translation>
    </message>
    <message>
        <source>manifest.jws; treehead.json; proofs.json; audit.jsonl hash, prev</source>
        <translation>manifest.jws; treehead.json; proofs.json; audit.jsonl hash, prev</translation>
    </message>
    <message>
        <source>PCI DSS 4.0 3.7.8 custodians acknowledge</source>
        <translation>PCI DSS 4.0 3.7.8 Verwahrer bestätigen ihre Pflichten</translation>
    </message>
    <message>
        <source>Acknowledgement at first unlock</source>
        <translation>Bestätigung beim ersten Entsperren</translation>
    </message>
    <message>
        <source>audit.jsonl officer.acknowledged</source>
        <translation>audit.jsonl officer.acknowledged</translation>
    </message>
    <message>
        <source>PCI DSS 4.0 3.7.9 guidance to customers</source>
        <translation>PCI DSS 4.0 3.7.9 Hinweise für Kunden</translation>
    </message>
    <message>
        <source>Cache lifetime and verification guidance</source>
        <translation>Cache-Lebensdauer und Hinweise zur Verifikation</translation>
    </message>
    <message>
        <source>manifest.json cache_control; this report&apos;s verification page</source>
        <translation>manifest.json cache_control; Prüfanleitung dieses Berichts</translation>
    </message>
    <message>
        <source>NIST SP 800-57 pre-activation</source>
        <translation>NIST SP 800-57 Voraktivierung</translation>
    </message>
    <message>
        <source>state pending</source>
        <translation>Zustand „ausstehend“</translation>
    </message>
    <message>
        <source>report.pdf inventory (NIST SP 800-57); audit.jsonl key.pending</source>
        <translation>report.pdf Bestand (NIST SP 800-57); audit.jsonl key.pending</translation>
    </message>
    <message>
        <source>NIST SP 800-57 active</source>
        <translation>NIST SP 800-57 aktiv</translation>
    </message>
    <message>
        <source>state active (primary signs and encrypts)</source>
        <translation>Zustand „aktiv“ (der Primärschlüssel signiert und verschlüsselt)</translation>
    </message>
    <message>
        <source>report.pdf inventory; audit.jsonl key.activated, key.rotated</source>
        <translation>report.pdf Bestand; audit.jsonl key.activated, key.rotated</translation>
    </message>
    <message>
        <source>NIST SP 800-57 deactivated</source>
        <translation>NIST SP 800-57 deaktiviert</translation>
    </message>
    <message>
        <source>states grace and retired</source>
        <translation>Zustände „Karenz“ und „stillgelegt“</translation>
    </message>
    <message>
        <source>report.pdf inventory; audit.jsonl key.grace, key.retired</source>
        <translation>report.pdf Bestand; audit.jsonl key.grace, key.retired</translation>
    </message>
    <message>
        <source>NIST SP 800-57 compromised</source>
        <translation>NIST SP 800-57 kompromittiert</translation>
    </message>
    <message>
        <source>state revoked, break-glass review</source>
        <translation>Zustand „widerrufen“, Notfall-Nachprüfung</translation>
    </message>
    <message>
        <source>report.pdf Unreviewed break-glass acts; audit.jsonl key.revoked</source>
        <translation>report.pdf Nicht nachgeprüfte Notfallhandlungen; audit.jsonl key.revoked</translation>
    </message>
    <message>
        <source>NIST SP 800-57 destroyed</source>
        <translation>NIST SP 800-57 vernichtet</translation>
    </message>
    <message>
        <source>state destroyed after the waiting period</source>
        <translation>Zustand „vernichtet“ nach der Wartefrist</translation>
    </message>
    <message>
        <source>audit.jsonl key.destroyed</source>
        <translation>audit.jsonl key.destroyed</translation>
    </message>
</context>
<context>
    <name>keyward::report::AuditReportRenderer</name>
    <message>
        <source>The PDF report needs a graphical application object.</source>
        <translation>Der PDF-Bericht braucht ein grafisches Anwendungsobjekt.</translation>
    </message>
    <message>
        <source>Keyward audit evidence %1</source>
        <translation>Keyward-Prüfnachweise %1</translation>
    </message>
    <message>
        <source>The PDF report could not be rendered.</source>
        <translation>Der PDF-Bericht konnte nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>keyward::ui::AddOfficerDialog</name>
    <message>
        <source>Adding the officer</source>
        <translation>Beauftragter wird hinzugefügt</translation>
    </message>
    <message>
        <source>&amp;Add officer</source>
        <translation>Beauftragten &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 was not added.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1 wurde nicht hinzugefügt.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>&amp;Request officer</source>
        <translation>Aufnahme bean&amp;tragen</translation>
    </message>
    <message>
        <source>Adding an officer is a two-person request. Once a different officer with the approver role approves it, the new officer enrolls with half A (shown here after you submit) and half B (the approver&apos;s), and chooses their own passphrase then.</source>
        <translation>Das Hinzufügen eines Beauftragten ist ein Antrag nach dem Vier-Augen-Prinzip. Sobald ein anderer Beauftragter mit der Rolle Genehmiger ihn genehmigt hat, registriert sich der neue Beauftragte mit Hälfte A (wird hier nach dem Absenden angezeigt) und Hälfte B (die des Genehmigers) und wählt dabei seine eigene Passphrase.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The new officer chooses their own passphrase&lt;/b&gt; when they enroll: nobody else ever knows it.</source>
        <translation>&lt;b&gt;Der neue Beauftragte wählt seine eigene Passphrase&lt;/b&gt; bei der Registrierung: Niemand sonst erfährt sie je.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Adding %1 was not requested.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Die Aufnahme von %1 wurde nicht beantragt.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Request %1 submitted.&lt;/b&gt; Give half A below to %2 in person; it is shown only now. The approver gives %2 half B.</source>
        <translation>&lt;b&gt;Antrag %1 gestellt.&lt;/b&gt; Übergeben Sie die unten angezeigte Hälfte A persönlich an %2; sie wird nur jetzt angezeigt. Der Genehmiger übergibt %2 die Hälfte B.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
</context>
<context>
    <name>keyward::ui::AppController</name>
    <message>
        <source>Could not create a temporary folder for the demo vault: %1</source>
        <translation>Für den Demo-Tresor konnte kein temporärer Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <source>Could not create the demo vault: %1</source>
        <translation>Der Demo-Tresor konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Your acknowledgement could not be recorded: %1</source>
        <translation>Ihre Bestätigung konnte nicht festgehalten werden: %1</translation>
    </message>
    <message>
        <source>Vault locked: custodian duties must be acknowledged before you can work with it.</source>
        <translation>Tresor gesperrt: Die Verwahrerpflichten müssen bestätigt werden, bevor Sie damit arbeiten können.</translation>
    </message>
    <message>
        <source>The vault was locked.</source>
        <translation>Der Tresor wurde gesperrt.</translation>
    </message>
    <message>
        <source>Locked after %1 min without activity.</source>
        <translation>Nach %1 min ohne Aktivität gesperrt.</translation>
    </message>
    <message>
        <source>Locked after a period without activity.</source>
        <translation>Nach einer Zeit ohne Aktivität gesperrt.</translation>
    </message>
    <message>
        <source>Due keys could not be activated: %1</source>
        <translation>Fällige Schlüssel konnten nicht aktiviert werden: %1</translation>
    </message>
    <message>
        <source>The due work could not run: %1</source>
        <translation>Die fälligen Arbeiten konnten nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>Rotation request #%1 was drafted for %2 in %3: it reached the end of its cryptoperiod and waits for an approver.</source>
        <translation>Rotationsantrag #%1 wurde für %2 in %3 entworfen: Der Schlüssel hat das Ende seiner Kryptoperiode erreicht und wartet auf einen Genehmiger.</translation>
    </message>
    <message>
        <source>Scheduled destruction #%1 ran: the private part of %2 in %3 was erased.</source>
        <translation>Geplante Vernichtung #%1 wurde ausgeführt: Der private Teil von %2 in %3 wurde gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) expired without approval: %1.</source>
        <translation>
            <numerusform>%n Antrag ist ohne Genehmigung abgelaufen: %1.</numerusform>
            <numerusform>%n Anträge sind ohne Genehmigung abgelaufen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Done on unlock:&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;&lt;a href=&quot;page:requests&quot;&gt;Open Requests&lt;/a&gt;</source>
        <translation>&lt;b&gt;Beim Entsperren erledigt:&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;&lt;a href=&quot;page:requests&quot;&gt;Anträge öffnen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>On unlock: %1, %2, %3 — details on the Keys page.</source>
        <extracomment>Status bar after unlock: %1, %2 and %3 are the three counts translated just below.</extracomment>
        <translation>Beim Entsperren: %1, %2, %3 — Einzelheiten auf der Seite Schlüssel.</translation>
    </message>
    <message numerus="yes">
        <source>%n rotation(s) drafted</source>
        <translation>
            <numerusform>%n Rotation entworfen</numerusform>
            <numerusform>%n Rotationen entworfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n destruction(s) run</source>
        <translation>
            <numerusform>%n Vernichtung ausgeführt</numerusform>
            <numerusform>%n Vernichtungen ausgeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) expired</source>
        <translation>
            <numerusform>%n Antrag abgelaufen</numerusform>
            <numerusform>%n Anträge abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending key(s) whose activation time had come became active.</source>
        <translation>
            <numerusform>%n ausstehender Schlüssel, dessen Aktivierungszeit gekommen war, wurde aktiv.</numerusform>
            <numerusform>%n ausstehende Schlüssel, deren Aktivierungszeit gekommen war, wurden aktiv.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::ui::ApprovalDialog</name>
    <message>
        <source>What changes</source>
        <translation>Was sich ändert</translation>
    </message>
    <message>
        <source>&amp;Deciding officer:</source>
        <translation>&amp;Entscheidender Beauftragter:</translation>
    </message>
    <message>
        <source>Request #%1 could not be read: %2</source>
        <translation>Antrag #%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Beantragt von</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>genehmigt von %1</translation>
    </message>
    <message>
        <source>rejected by %1</source>
        <translation>abgelehnt von %1</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Genehmigungen</translation>
    </message>
    <message>
        <source>%1 of %2 required%3</source>
        <translation>%1 von %2 erforderlich%3</translation>
    </message>
    <message>
        <source>it still needs more approvals after yours.</source>
        <translation>Nach Ihrer Genehmigung sind noch weitere nötig.</translation>
    </message>
    <message>
        <source>&lt;b&gt;lets %1 collect the encrypted export&lt;/b&gt;.</source>
        <translation>&lt;b&gt;erlaubt %1, den verschlüsselten Export abzuholen&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;applies the change at once&lt;/b&gt;.</source>
        <translation>&lt;b&gt;wendet die Änderung sofort an&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Approving signs this request with your personal key and %1 Choose yourself and type your own passphrase.</source>
        <translation>Die Genehmigung signiert diesen Antrag mit Ihrem persönlichen Schlüssel und %1 Wählen Sie sich selbst aus und geben Sie Ihre eigene Passphrase ein.</translation>
    </message>
    <message>
        <source>This request is %1: it can no longer be approved or rejected.</source>
        <translation>Dieser Antrag ist %1: Er kann nicht mehr genehmigt oder abgelehnt werden.</translation>
    </message>
    <message>
        <source>This request expired: it can no longer be approved. Ask for a new one.</source>
        <translation>Dieser Antrag ist abgelaufen: Er kann nicht mehr genehmigt werden. Stellen Sie einen neuen.</translation>
    </message>
    <message>
        <source>Not approved.</source>
        <translation>Nicht genehmigt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Say why you reject it.&lt;/b&gt; The reason is signed with the rejection and recorded in the audit log.</source>
        <translation>&lt;b&gt;Begründen Sie die Ablehnung.&lt;/b&gt; Die Begründung wird mit der Ablehnung signiert und im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Not rejected.</source>
        <translation>Nicht abgelehnt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;schedules the destruction&lt;/b&gt;; any officer can cancel it until it runs. Copies and backups of the vault made before it still hold the private part.</source>
        <translation>&lt;b&gt;plant die Vernichtung&lt;/b&gt;; jeder Beauftragte kann sie bis zur Ausführung zurückziehen. Kopien und Sicherungen des Tresors, die vorher erstellt wurden, enthalten den privaten Teil weiterhin.</translation>
    </message>
    <message>
        <source>Request #%1 was changed by another Keyward program since you opened this dialog (it is now %2). Nothing was changed; review it and try again.</source>
        <translation>Antrag #%1 wurde von einem anderen Keyward-Programm geändert, seit Sie diesen Dialog geöffnet haben (er ist jetzt %2). Es wurde nichts geändert; prüfen Sie ihn und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>keyward::ui::AuditEventModel</name>
    <message>
        <source>The audit log ended at event %1.</source>
        <translation>Das Prüfprotokoll endete bei Ereignis %1.</translation>
    </message>
    <message>
        <source>Event %1 at %2
Hash: %3
Previous: %4</source>
        <translation>Ereignis %1 um %2
Hash: %3
Vorheriges: %4</translation>
    </message>
    <message>
        <source>(first event)</source>
        <translation>(erstes Ereignis)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Beauftragter</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>keyward::ui::AuditPage</name>
    <message>
        <source>Filter loaded events by officer, action, subject or details…</source>
        <translation>Geladene Ereignisse nach Beauftragtem, Aktion, Gegenstand oder Details filtern…</translation>
    </message>
    <message>
        <source>Filter audit events</source>
        <translation>Prüfereignisse filtern</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>Kette &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Re-check every event&apos;s hash and link in the audit chain</source>
        <translation>Hash und Verknüpfung jedes Ereignisses der Prüfkette erneut prüfen</translation>
    </message>
    <message>
        <source>Read the audit log again</source>
        <translation>Das Prüfprotokoll erneut lesen</translation>
    </message>
    <message>
        <source>Some events could not be read: %1</source>
        <translation>Einige Ereignisse konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>Das Prüfprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The audit chain has not been verified in this session.</source>
        <translation>Die Prüfkette wurde in dieser Sitzung noch nicht geprüft.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Audit chain intact.&lt;/b&gt; All %1 events verified: every hash and link matches. Head: &lt;code&gt;%2&lt;/code&gt;</source>
        <translation>&lt;b&gt;Prüfkette intakt.&lt;/b&gt; Alle %1 Ereignisse geprüft: Jeder Hash und jede Verknüpfung stimmt. Kopf: &lt;code&gt;%2&lt;/code&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Audit chain broken at event %1.&lt;/b&gt; %2 Events from there on cannot be trusted; restore the vault from a backup and investigate.</source>
        <translation>&lt;b&gt;Prüfkette bei Ereignis %1 unterbrochen.&lt;/b&gt; %2 Den Ereignissen ab dort ist nicht zu trauen; stellen Sie den Tresor aus einer Sicherung wieder her und untersuchen Sie den Vorfall.</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Prüfereignisse</translation>
    </message>
</context>
<context>
    <name>keyward::ui::BackupAction</name>
    <message>
        <source>&amp;Back up vault…</source>
        <translation>Tresor &amp;sichern…</translation>
    </message>
    <message>
        <source>Copy the vault — database and keyslots of one moment — into a new or empty folder</source>
        <translation>Den Tresor — Datenbank und Schlüsselslots eines Zeitpunkts — in einen neuen oder leeren Ordner kopieren</translation>
    </message>
    <message>
        <source>Choose a new or empty folder for the backup</source>
        <translation>Wählen Sie einen neuen oder leeren Ordner für die Sicherung</translation>
    </message>
    <message>
        <source>The vault was not backed up: %1</source>
        <translation>Der Tresor wurde nicht gesichert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Backed up the vault to %1 (%n audit event(s)). Keep the copy away from this computer; &quot;keyward-cli vault check&quot; tells whether a copy is whole.</source>
        <extracomment>%1 is a folder; the command in quotes is not translated.</extracomment>
        <translation>
            <numerusform>Tresor nach %1 gesichert (%n Prüfereignis). Bewahren Sie die Kopie getrennt von diesem Computer auf; &quot;keyward-cli vault check&quot; zeigt, ob eine Kopie vollständig ist.</numerusform>
            <numerusform>Tresor nach %1 gesichert (%n Prüfereignisse). Bewahren Sie die Kopie getrennt von diesem Computer auf; &quot;keyward-cli vault check&quot; zeigt, ob eine Kopie vollständig ist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::ui::ChainMonitor</name>
    <message>
        <source>Audit chain not verified yet</source>
        <translation>Prüfkette noch nicht geprüft</translation>
    </message>
    <message>
        <source>Audit chain intact · %1 events</source>
        <extracomment>Status bar; %1 is the number of events in the chain.</extracomment>
        <translation>Prüfkette intakt · %1 Ereignisse</translation>
    </message>
    <message>
        <source>Audit chain broken at event %1</source>
        <translation>Prüfkette bei Ereignis %1 unterbrochen</translation>
    </message>
</context>
<context>
    <name>keyward::ui::ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>Choose a new passphrase for %1. Only your own keyslot changes; the other officers keep theirs.</source>
        <translation>Wählen Sie eine neue Passphrase für %1. Nur Ihr eigener Schlüsselslot ändert sich; die anderen Beauftragten behalten ihre.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>A&amp;ktuelle Passphrase:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>Passphrase än&amp;dern</translation>
    </message>
    <message>
        <source>&lt;b&gt;The passphrase was not changed.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Die Passphrase wurde nicht geändert.&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>keyward::ui::CountersignDialog</name>
    <message>
        <source>&amp;Countersigning officer:</source>
        <translation>Gegenzeichnender &amp;Beauftragter:</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;%1: %2&lt;/b&gt; &lt;span style=&apos;color:#55606b&apos;&gt;review #%3&lt;/span&gt;&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td style=&apos;color:#55606b;padding-right:10px&apos;&gt;Done alone by&lt;/td&gt;&lt;td&gt;%4 at %5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td style=&apos;color:#55606b;padding-right:10px&apos;&gt;Their reason&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Countersigning records that a second officer reviewed this act. It changes nothing else; the act stays flagged until someone other than %4 countersigns.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;%1: %2&lt;/b&gt; &lt;span style=&apos;color:#55606b&apos;&gt;Nachprüfung #%3&lt;/span&gt;&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td style=&apos;color:#55606b;padding-right:10px&apos;&gt;Allein ausgeführt von&lt;/td&gt;&lt;td&gt;%4 um %5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td style=&apos;color:#55606b;padding-right:10px&apos;&gt;Seine Begründung&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Die Gegenzeichnung hält fest, dass ein zweiter Beauftragter diese Handlung nachgeprüft hat. Sonst ändert sie nichts; die Handlung bleibt markiert, bis jemand anderes als %4 gegenzeichnet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 already countersigned this review.</source>
        <translation>%1 hat diese Nachprüfung bereits gegengezeichnet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not countersigned.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Nicht gegengezeichnet.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Review #%1 was changed by another Keyward program since you opened this dialog (it is now countersigned by %2). Nothing was changed; review it and try again.</source>
        <translation>Nachprüfung #%1 wurde von einem anderen Keyward-Programm geändert, seit Sie diesen Dialog geöffnet haben (sie ist jetzt von %2 gegengezeichnet). Es wurde nichts geändert; prüfen Sie sie und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>keyward::ui::CustodianDutiesDialog</name>
    <message>
        <source>&lt;b&gt;Welcome, %1.&lt;/b&gt; This is your first unlock. As an officer of this vault you are a key custodian; before you continue, please confirm your duties:</source>
        <translation>&lt;b&gt;Willkommen, %1.&lt;/b&gt; Sie entsperren zum ersten Mal. Als Beauftragter dieses Tresors sind Sie Schlüsselverwahrer; bitte bestätigen Sie vor dem Fortfahren Ihre Pflichten:</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>&amp;Lock the vault</source>
        <translation>Tresor &amp;sperren</translation>
    </message>
</context>
<context>
    <name>keyward::ui::EnrollOfficerDialog</name>
    <message>
        <source>Enroll as a new officer</source>
        <translation>Als neuer Beauftragter registrieren</translation>
    </message>
    <message>
        <source>Your addition was approved. Enter half A (from the officer who requested it) and half B (from the officer who approved it), then choose your own passphrase: nobody else knows it, and your personal signing key is made now, on this computer.</source>
        <translation>Ihre Aufnahme wurde genehmigt. Geben Sie Hälfte A (vom Beauftragten, der sie beantragt hat) und Hälfte B (vom Beauftragten, der sie genehmigt hat) ein und wählen Sie dann Ihre eigene Passphrase: Niemand sonst kennt sie, und Ihr persönlicher Signaturschlüssel wird jetzt auf diesem Computer erzeugt.</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Beauftragter:</translation>
    </message>
    <message>
        <source>Half &amp;A:</source>
        <translation>Hälfte &amp;A:</translation>
    </message>
    <message>
        <source>Half &amp;B:</source>
        <translation>Hälfte &amp;B:</translation>
    </message>
    <message>
        <source>&amp;Your passphrase:</source>
        <translation>&amp;Ihre Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation>&amp;Registrieren</translation>
    </message>
    <message>
        <source>Nobody is waiting to enroll in this vault.</source>
        <translation>In diesem Tresor wartet niemand auf die Registrierung.</translation>
    </message>
    <message>
        <source>Nobody is waiting to enroll.</source>
        <translation>Niemand wartet auf die Registrierung.</translation>
    </message>
    <message>
        <source>Enrolling needs both halves.</source>
        <translation>Für die Registrierung sind beide Hälften nötig.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is not enrolled.&lt;/b&gt; %2 Enter both halves and your passphrase again.</source>
        <translation>&lt;b&gt;%1 ist nicht registriert.&lt;/b&gt; %2 Geben Sie beide Hälften und Ihre Passphrase erneut ein.</translation>
    </message>
</context>
<context>
    <name>keyward::ui::EvidenceMenu</name>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Nachweise</translation>
    </message>
    <message>
        <source>Export &amp;JWKS bundle…</source>
        <translation>&amp;JWKS-Bundle exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;audit evidence…</source>
        <translation>&amp;Prüfnachweise exportieren…</translation>
    </message>
    <message>
        <source>&amp;Verify an export…</source>
        <translation>Einen Export &amp;verifizieren…</translation>
    </message>
</context>
<context>
    <name>keyward::ui::ExportEvidenceDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export JWKS bundle</source>
        <translation>JWKS-Bundle exportieren</translation>
    </message>
    <message>
        <source>Export audit evidence</source>
        <translation>Prüfnachweise exportieren</translation>
    </message>
    <message>
        <source>Writes jwks.json (public keys only), jwks.jws signed by the set&apos;s bundle-signing key, and manifest.json with each file&apos;s SHA-256 and the recommended cache lifetime.</source>
        <translation>Schreibt jwks.json (nur öffentliche Schlüssel), jwks.jws, signiert mit dem Bundle-Signaturschlüssel des Satzes, und manifest.json mit dem SHA-256 jeder Datei und der empfohlenen Cache-Dauer.</translation>
    </message>
    <message>
        <source>Writes audit.jsonl and audit.csv, the signed roster, the officers&apos; signed heads, Merkle proofs, report.pdf, a tree head signed by you and manifest.jws. A second officer co-signs the tree head afterwards (keyward-cli export cosign).</source>
        <translation>Schreibt audit.jsonl und audit.csv, die signierte Beauftragtenliste, die signierten Kettenköpfe der Beauftragten, Merkle-Beweise, report.pdf, einen von Ihnen signierten Baumkopf und manifest.jws. Anschließend zeichnet ein zweiter Beauftragter den Baumkopf gegen (keyward-cli export cosign).</translation>
    </message>
    <message>
        <source>Key &amp;set:</source>
        <translation>&amp;Schlüsselsatz:</translation>
    </message>
    <message>
        <source>Only events between</source>
        <translation>Nur Ereignisse zwischen</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>An empty or new folder</source>
        <translation>Ein leerer oder neuer Ordner</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Choose a folder to export into.</source>
        <translation>Wählen Sie einen Zielordner für den Export.</translation>
    </message>
    <message numerus="yes">
        <source>The JWKS bundle of %1 holds %n key(s) and is signed by %2. Publish jwks.json with Cache-Control: max-age=%3.</source>
        <translation>
            <numerusform>Das JWKS-Bundle von %1 enthält %n Schlüssel und ist von %2 signiert. Veröffentlichen Sie jwks.json mit Cache-Control: max-age=%3.</numerusform>
            <numerusform>Das JWKS-Bundle von %1 enthält %n Schlüssel und ist von %2 signiert. Veröffentlichen Sie jwks.json mit Cache-Control: max-age=%3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit event(s) exported; the tree head covers %1 events. Ask a second officer to co-sign it: keyward-cli export cosign &quot;%2&quot; --as OTHER</source>
        <translation>
            <numerusform>%n Prüfereignis exportiert; der Baumkopf umfasst %1 Ereignisse. Bitten Sie einen zweiten Beauftragten, ihn gegenzuzeichnen: keyward-cli export cosign &quot;%2&quot; --as OTHER</numerusform>
            <numerusform>%n Prüfereignisse exportiert; der Baumkopf umfasst %1 Ereignisse. Bitten Sie einen zweiten Beauftragten, ihn gegenzuzeichnen: keyward-cli export cosign &quot;%2&quot; --as OTHER</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::ui::FirstRunWizard</name>
    <message>
        <source>Create a Keyward vault</source>
        <translation>Einen Keyward-Tresor anlegen</translation>
    </message>
    <message>
        <source>The vault could not be created: %1</source>
        <translation>Der Tresor konnte nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>keyward::ui::GenerateKeyDialog</name>
    <message>
        <source>The kid &quot;%1&quot; already names a key in key set %2; a kid is never reused for other key material.</source>
        <translation>Der kid „%1“ bezeichnet bereits einen Schlüssel in Schlüsselsatz %2; ein kid wird nie für anderes Schlüsselmaterial wiederverwendet.</translation>
    </message>
    <message>
        <source>Generating the key</source>
        <translation>Schlüssel wird erzeugt</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>E&amp;rzeugen</translation>
    </message>
    <message>
        <source>sig — signatures (JWS)</source>
        <translation>sig — Signaturen (JWS)</translation>
    </message>
    <message>
        <source>enc — encryption (JWE)</source>
        <translation>enc — Verschlüsselung (JWE)</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 Bit</translation>
    </message>
    <message>
        <source>%1 fixes its key size</source>
        <translation>%1 legt seine Schlüsselgröße selbst fest</translation>
    </message>
    <message>
        <source>Name the owner: the team or person responsible for this key.</source>
        <translation>Nennen Sie den Eigentümer: das Team oder die Person, die für diesen Schlüssel verantwortlich ist.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The key was not generated.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Der Schlüssel wurde nicht erzeugt.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The key was refused.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Der Schlüssel wurde abgelehnt.&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>keyward::ui::ImportKeyDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>from the key (its use or alg)</source>
        <translation>aus dem Schlüssel (sein use oder alg)</translation>
    </message>
    <message>
        <source>sig — signatures</source>
        <translation>sig — Signaturen</translation>
    </message>
    <message>
        <source>enc — encryption</source>
        <translation>enc — Verschlüsselung</translation>
    </message>
    <message>
        <source>Import keys</source>
        <translation>Schlüssel importieren</translation>
    </message>
    <message>
        <source>Key files (*.jwk *.jwks *.json *.pem *.key *.p8 *.crt *.cer *.der);;All files (*)</source>
        <translation>Schlüsseldateien (*.jwk *.jwks *.json *.pem *.key *.p8 *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Not read (missing, unreadable or over 4 MiB): %1</source>
        <translation>Nicht gelesen (fehlt, nicht lesbar oder über 4 MiB): %1</translation>
    </message>
    <message>
        <source>%1 (encrypted)</source>
        <translation>%1 (verschlüsselt)</translation>
    </message>
    <message>
        <source>Add a key file, or drop one here.</source>
        <translation>Fügen Sie eine Schlüsseldatei hinzu oder ziehen Sie eine hierher.</translation>
    </message>
    <message>
        <source>Name the owner: the team or person responsible for these keys.</source>
        <translation>Nennen Sie den Eigentümer: das Team oder die Person, die für diese Schlüssel verantwortlich ist.</translation>
    </message>
    <message>
        <source>%1: enter the passphrase of this encrypted key</source>
        <translation>%1: Geben Sie die Passphrase dieses verschlüsselten Schlüssels ein</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1: %2</translation>
    </message>
    <message>
        <source>✓ %1: %2 (%3 %4) → %5 in %6</source>
        <translation>✓ %1: %2 (%3 %4) → %5 in %6</translation>
    </message>
    <message>
        <source>active, primary</source>
        <translation>aktiv, primär</translation>
    </message>
    <message>
        <source>not primary</source>
        <translation>nicht primär</translation>
    </message>
    <message>
        <source>✗ %1: %2 — %3</source>
        <translation>✗ %1: %2 — %3</translation>
    </message>
    <message>
        <source>Nothing here can be imported; the list above says why.</source>
        <translation>Hier lässt sich nichts importieren; die Liste oben nennt die Gründe.</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing was imported.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Es wurde nichts importiert.&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>keyward::ui::KeyDetailPane</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>&amp;Copy public JWK</source>
        <translation>Öffentlichen JWK &amp;kopieren</translation>
    </message>
    <message>
        <source>Select a key to see its public JWK, lineage and history.</source>
        <translation>Wählen Sie einen Schlüssel, um seinen öffentlichen JWK, seine Abstammung und seine Historie zu sehen.</translation>
    </message>
    <message>
        <source>Public JWK</source>
        <translation>Öffentlicher JWK</translation>
    </message>
    <message>
        <source>Copies the public JWK only; private material never leaves the vault this way</source>
        <translation>Kopiert nur den öffentlichen JWK; privates Schlüsselmaterial verlässt den Tresor auf diesem Weg nie</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>★ %1</source>
        <translation>★ %1</translation>
    </message>
    <message>
        <source>Key set</source>
        <translation>Schlüsselsatz</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source> — primary %1 key</source>
        <translation> — primärer %1-Schlüssel</translation>
    </message>
    <message>
        <source>Use / alg</source>
        <translation>Verwendung / alg</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>— (no alg pinned)</source>
        <translation>— (kein alg festgelegt)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>%1 %2, %3-bit strength</source>
        <translation>%1 %2, %3 Bit Sicherheitsniveau</translation>
    </message>
    <message>
        <source>Owner / env</source>
        <translation>Eigentümer / Umg.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Activates</source>
        <translation>Aktiviert ab</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Retires after</source>
        <translation>Stilllegung nach</translation>
    </message>
    <message>
        <source>Private part</source>
        <translation>Privater Teil</translation>
    </message>
    <message>
        <source>held in the vault</source>
        <translation>im Tresor verwahrt</translation>
    </message>
    <message>
        <source>none (public key registered)</source>
        <translation>keiner (öffentlicher Schlüssel registriert)</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Thumbprint (RFC 7638, SHA-256): %1</source>
        <translation>Fingerabdruck (RFC 7638, SHA-256): %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Lineage: version %1 — predecessor %2, successor %3</source>
        <translation>Abstammung: Version %1 — Vorgänger %2, Nachfolger %3</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Die Historie konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
</context>
<context>
    <name>keyward::ui::KeyRequestDialog</name>
    <message>
        <source>&amp;Submit request</source>
        <translation>Antrag &amp;stellen</translation>
    </message>
    <message>
        <source>Encrypted PKCS#8 (passphrase chosen when you collect it)</source>
        <translation>Verschlüsseltes PKCS#8 (Passphrase wird beim Abholen gewählt)</translation>
    </message>
    <message>
        <source>JWE-wrapped JWK to a recipient&apos;s public key</source>
        <translation>JWE-verpackter JWK für den öffentlichen Schlüssel eines Empfängers</translation>
    </message>
    <message>
        <source>Request retirement of %1 — Keyward</source>
        <translation>Stilllegung von %1 beantragen — Keyward</translation>
    </message>
    <message>
        <source>Request destruction of %1 — Keyward</source>
        <translation>Vernichtung von %1 beantragen — Keyward</translation>
    </message>
    <message>
        <source>Request private key export of %1 — Keyward</source>
        <translation>Export des privaten Schlüssels von %1 beantragen — Keyward</translation>
    </message>
    <message>
        <source>Why, in a sentence the approver can check</source>
        <translation>Warum, in einem Satz, den der Genehmiger prüfen kann</translation>
    </message>
    <message>
        <source>Recipient public JWK</source>
        <translation>Öffentlicher JWK des Empfängers</translation>
    </message>
    <message>
        <source>JWK files (*.json *.jwk);;All files (*)</source>
        <translation>JWK-Dateien (*.json *.jwk);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the file with the recipient&apos;s public JWK.</source>
        <translation>Wählen Sie die Datei mit dem öffentlichen JWK des Empfängers.</translation>
    </message>
    <message>
        <source>The recipient file %1 cannot be read.</source>
        <translation>Die Empfängerdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The recipient file is not a JWK: %1</source>
        <translation>Die Empfängerdatei ist kein JWK: %1</translation>
    </message>
    <message>
        <source>The recipient file holds a private or secret key; give the recipient&apos;s public JWK only.</source>
        <translation>Die Empfängerdatei enthält einen privaten oder geheimen Schlüssel; geben Sie nur den öffentlichen JWK des Empfängers an.</translation>
    </message>
    <message>
        <source>Request the retirement of %1 in %2</source>
        <translation>Die Stilllegung von %1 in %2 beantragen</translation>
    </message>
    <message>
        <source>On approval %1 leaves the JWKS of %2: tokens it signed no longer verify.</source>
        <translation>Bei Genehmigung verlässt %1 das JWKS von %2: Von ihm signierte Tokens werden nicht mehr verifiziert.</translation>
    </message>
    <message>
        <source>On approval %1 leaves the JWKS of %2 and is kept for decryption of archived data only.</source>
        <translation>Bei Genehmigung verlässt %1 das JWKS von %2 und wird nur noch zum Entschlüsseln archivierter Daten aufbewahrt.</translation>
    </message>
    <message>
        <source>The retirement gate has passed: a successor is primary and the overlap is over.</source>
        <translation>Die Stilllegungsschranke ist passiert: Ein Nachfolger ist primär und die Überlappung ist vorbei.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The retirement gate has not passed yet:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Die Stilllegungsschranke ist noch nicht passiert:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Request the destruction of the private part of %1 in %2</source>
        <translation>Die Vernichtung des privaten Teils von %1 in %2 beantragen</translation>
    </message>
    <message numerus="yes">
        <source>On approval the destruction is scheduled %n day(s) later; until then any officer can cancel it.</source>
        <translation>
            <numerusform>Bei Genehmigung wird die Vernichtung %n Tag später geplant; bis dahin kann jeder Beauftragte sie zurückziehen.</numerusform>
            <numerusform>Bei Genehmigung wird die Vernichtung %n Tage später geplant; bis dahin kann jeder Beauftragte sie zurückziehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Then the private part is erased from the vault (crypto-shred): %1 becomes destroyed and can never sign or decrypt again. Its metadata and public key are kept.</source>
        <translation>Dann wird der private Teil aus dem Tresor gelöscht (Krypto-Shredding): %1 wird vernichtet und kann nie wieder signieren oder entschlüsseln. Metadaten und öffentlicher Schlüssel bleiben erhalten.</translation>
    </message>
    <message>
        <source>Request an export of the private key %1 in %2</source>
        <translation>Einen Export des privaten Schlüssels %1 in %2 beantragen</translation>
    </message>
    <message>
        <source>The key is exported as a JWE-wrapped JWK to the recipient&apos;s public key.</source>
        <translation>Der Schlüssel wird als JWE-verpackter JWK für den öffentlichen Schlüssel des Empfängers exportiert.</translation>
    </message>
    <message>
        <source>The key is exported as a JWE-wrapped JWK to the recipient key with thumbprint %1; only its holder can unwrap it.</source>
        <translation>Der Schlüssel wird als JWE-verpackter JWK für den Empfängerschlüssel mit dem Fingerabdruck %1 exportiert; nur dessen Inhaber kann ihn auspacken.</translation>
    </message>
    <message>
        <source>The key is exported as encrypted PKCS#8; you choose its passphrase (at least 12 characters) when you collect it.</source>
        <translation>Der Schlüssel wird als verschlüsseltes PKCS#8 exportiert; die Passphrase (mindestens 12 Zeichen) wählen Sie beim Abholen.</translation>
    </message>
    <message>
        <source>After approval only you, the requester, can collect it, from the Requests page. It is never exported in clear.</source>
        <translation>Nach der Genehmigung können nur Sie als Antragsteller ihn abholen, auf der Seite Anträge. Er wird nie im Klartext exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing changes until a different officer with the approver role approves with their passphrase; unapproved, the request expires in %n hour(s).</source>
        <translation>
            <numerusform>Nichts ändert sich, bis ein anderer Beauftragter mit der Genehmiger-Rolle mit seiner Passphrase genehmigt; ohne Genehmigung läuft der Antrag in %n Stunde ab.</numerusform>
            <numerusform>Nichts ändert sich, bis ein anderer Beauftragter mit der Genehmiger-Rolle mit seiner Passphrase genehmigt; ohne Genehmigung läuft der Antrag in %n Stunden ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the reason the approver will read and sign.</source>
        <translation>Geben Sie die Begründung ein, die der Genehmiger liest und signiert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The request was not submitted.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Der Antrag wurde nicht gestellt.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copies and backups of the vault made before the destruction still hold the private part&lt;/b&gt;; destroy those too. In this vault its row is wiped and the freed pages are overwritten.</source>
        <translation>&lt;b&gt;Kopien und Sicherungen des Tresors, die vor der Vernichtung erstellt wurden, enthalten den privaten Teil weiterhin&lt;/b&gt;; vernichten Sie auch diese. In diesem Tresor wird seine Zeile gelöscht und die freigegebenen Seiten werden überschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The crypto-shred names %n archived sample(s)&lt;/b&gt; that become unreadable for good.</source>
        <translation>
            <numerusform>&lt;b&gt;Das Krypto-Shredding nennt %n archivierte Probe,&lt;/b&gt; die dauerhaft unlesbar wird.</numerusform>
            <numerusform>&lt;b&gt;Das Krypto-Shredding nennt %n archivierte Proben,&lt;/b&gt; die dauerhaft unlesbar werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name every listed sample for the crypto-shred, or re-wrap them to a successor key first.</source>
        <translation>Nennen Sie jede aufgeführte Probe für das Krypto-Shredding, oder verschlüsseln Sie sie zuerst für einen Nachfolgeschlüssel um.</translation>
    </message>
</context>
<context>
    <name>keyward::ui::KeySetPolicyDialog</name>
    <message>
        <source>&amp;Save policy</source>
        <translation>Richtlinie s&amp;peichern</translation>
    </message>
    <message>
        <source>Saving creates the key set %1 with this policy (audited).</source>
        <translation>Beim Speichern wird der Schlüsselsatz %1 mit dieser Richtlinie angelegt (protokolliert).</translation>
    </message>
    <message>
        <source>Change a value first: this is the policy %1 has now.</source>
        <translation>Ändern Sie zuerst einen Wert: Dies ist die aktuelle Richtlinie von %1.</translation>
    </message>
    <message>
        <source>Enter the reason for the change; the approver signs it.</source>
        <translation>Geben Sie den Grund der Änderung ein; der Genehmiger signiert ihn.</translation>
    </message>
    <message>
        <source>&amp;Request change</source>
        <translation>Änderung be&amp;antragen</translation>
    </message>
    <message>
        <source>&amp;Create key set</source>
        <translation>Schlüsselsatz a&amp;nlegen</translation>
    </message>
    <message>
        <source>This requests a change of the policy of %1. Nothing changes until a different officer with the approver role approves; then the flags of its keys are recomputed at once, and keys already issued keep their expiry.</source>
        <translation>Hiermit wird eine Änderung der Richtlinie von %1 beantragt. Nichts ändert sich, bis ein anderer Beauftragter mit der Genehmiger-Rolle genehmigt; dann werden die Hinweise seiner Schlüssel sofort neu berechnet, und bereits ausgegebene Schlüssel behalten ihren Ablauf.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The change was not requested.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Die Änderung wurde nicht beantragt.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The key set was not created.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Der Schlüsselsatz wurde nicht angelegt.&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>keyward::ui::KeyTableModel</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>grace</source>
        <translation>Karenz</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>stillgelegt</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>destroyed</source>
        <translation>vernichtet</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>★</source>
        <extracomment>Marks the primary key of its (set, use)</extracomment>
        <translation>★</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>expires ≤ final window</source>
        <translation>läuft ab ≤ letztes Fenster</translation>
    </message>
    <message>
        <source>expiring soon</source>
        <translation>läuft bald ab</translation>
    </message>
    <message>
        <source>past cryptoperiod</source>
        <translation>Kryptoperiode überschritten</translation>
    </message>
    <message>
        <source>no alg pinned</source>
        <translation>kein alg festgelegt</translation>
    </message>
    <message>
        <source>no alg pinned: usable with every algorithm its type and use allow</source>
        <translation>kein alg festgelegt: mit jedem Algorithmus nutzbar, den Typ und Verwendung erlauben</translation>
    </message>
    <message>
        <source>%1-bit security strength</source>
        <translation>%1 Bit Sicherheitsniveau</translation>
    </message>
    <message>
        <source>%1 (NIST SP 800-57: %2)</source>
        <translation>%1 (NIST SP 800-57: %2)</translation>
    </message>
    <message>
        <source>The primary %1 key of %2: new operations use it</source>
        <translation>Der primäre %1-Schlüssel von %2: Neue Operationen verwenden ihn</translation>
    </message>
    <message>
        <source>Kid</source>
        <translation>Kid</translation>
    </message>
    <message>
        <source>Key set</source>
        <translation>Schlüsselsatz</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Verw.</translation>
    </message>
    <message>
        <source>Alg</source>
        <translation>Alg</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Env</source>
        <translation>Umg.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
</context>
<context>
    <name>keyward::ui::KeyTimelineView</name>
    <message>
        <source>Key timeline</source>
        <translation>Schlüssel-Zeitleiste</translation>
    </message>
    <message>
        <source>No keys to show on the timeline.</source>
        <translation>Keine Schlüssel für die Zeitleiste.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message numerus="yes">
        <source>%n more key(s) not drawn</source>
        <translation>
            <numerusform>%n weiterer Schlüssel nicht gezeichnet</numerusform>
            <numerusform>%n weitere Schlüssel nicht gezeichnet</numerusform>
        </translation>
    </message>
    <message>
        <source>grace window</source>
        <translation>Karenzfenster</translation>
    </message>
    <message>
        <source>cryptoperiod end</source>
        <translation>Ende der Kryptoperiode</translation>
    </message>
    <message>
        <source>expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;state: %3&lt;br&gt;activates: %4&lt;br&gt;expires: %5&lt;br&gt;cryptoperiod ends: %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;Zustand: %3&lt;br&gt;aktiviert ab: %4&lt;br&gt;läuft ab: %5&lt;br&gt;Kryptoperiode endet: %6</translation>
    </message>
</context>
<context>
    <name>keyward::ui::KeysPage</name>
    <message>
        <source>&amp;Generate…</source>
        <translation>&amp;Erzeugen…</translation>
    </message>
    <message>
        <source>Generate a key pair or secret inside the vault</source>
        <translation>Ein Schlüsselpaar oder Geheimnis im Tresor erzeugen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import keys from JWK, JWKS, PEM, encrypted PKCS#8 or X.509 files (or drop files here)</source>
        <translation>Schlüssel aus JWK-, JWKS-, PEM-, verschlüsselten PKCS#8- oder X.509-Dateien importieren (oder Dateien hierher ziehen)</translation>
    </message>
    <message>
        <source>&amp;Register public key…</source>
        <translation>Öffentlichen Schlüssel &amp;registrieren…</translation>
    </message>
    <message>
        <source>Register a key held elsewhere from its public JWK or PEM</source>
        <translation>Einen anderswo gehaltenen Schlüssel über seinen öffentlichen JWK oder PEM registrieren</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>Emergency revocation of the selected key</source>
        <translation>Notfallwiderruf des ausgewählten Schlüssels</translation>
    </message>
    <message>
        <source>Key set &amp;policy…</source>
        <translation>Schlüsselsatz-Richt&amp;linie…</translation>
    </message>
    <message>
        <source>Cryptoperiod, warning windows, token TTL, skew and overlap of a key set</source>
        <translation>Kryptoperiode, Warnfenster, Token-TTL, Uhrenabweichung und Überlappung eines Schlüsselsatzes</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>The public JWK was copied to the clipboard.</source>
        <translation>Der öffentliche JWK wurde in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Search kid, owner, key set or notes…</source>
        <translation>kid, Eigentümer, Schlüsselsatz oder Notizen suchen…</translation>
    </message>
    <message>
        <source>Search keys</source>
        <translation>Schlüssel suchen</translation>
    </message>
    <message>
        <source>Filter by key set</source>
        <translation>Nach Schlüsselsatz filtern</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Nach Zustand filtern</translation>
    </message>
    <message>
        <source>Filter by use</source>
        <translation>Nach Verwendung filtern</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Nach Eigentümer filtern</translation>
    </message>
    <message>
        <source>Filter by expiry</source>
        <translation>Nach Ablauf filtern</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <source>sig and enc</source>
        <translation>sig und enc</translation>
    </message>
    <message>
        <source>sig</source>
        <translation>sig</translation>
    </message>
    <message>
        <source>enc</source>
        <translation>enc</translation>
    </message>
    <message>
        <source>Any expiry</source>
        <translation>Beliebiger Ablauf</translation>
    </message>
    <message>
        <source>Expiring within 7 days</source>
        <translation>Läuft in 7 Tagen ab</translation>
    </message>
    <message>
        <source>Expiring within 30 days</source>
        <translation>Läuft in 30 Tagen ab</translation>
    </message>
    <message>
        <source>Expiring within 90 days</source>
        <translation>Läuft in 90 Tagen ab</translation>
    </message>
    <message>
        <source>Due keys could not be activated: %1</source>
        <translation>Fällige Schlüssel konnten nicht aktiviert werden: %1</translation>
    </message>
    <message>
        <source>The keys could not be read: %1</source>
        <translation>Die Schlüssel konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>All key sets</source>
        <translation>Alle Schlüsselsätze</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle Eigentümer</translation>
    </message>
    <message>
        <source>Generated %1 in %2 (%3).</source>
        <translation>%1 in %2 erzeugt (%3).</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n key(s).</source>
        <translation>
            <numerusform>%n Schlüssel importiert.</numerusform>
            <numerusform>%n Schlüssel importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Imported %n key(s); refused:&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>
            <numerusform>&lt;b&gt;%n Schlüssel importiert; abgelehnt:&lt;/b&gt;&lt;br&gt;%1</numerusform>
            <numerusform>&lt;b&gt;%n Schlüssel importiert; abgelehnt:&lt;/b&gt;&lt;br&gt;%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the key to revoke first.</source>
        <translation>Wählen Sie zuerst den zu widerrufenden Schlüssel.</translation>
    </message>
    <message>
        <source>Revoked %1 in %2. Break-glass review #%3 waits for a second officer&apos;s countersignature.</source>
        <translation>%1 in %2 widerrufen. Notfall-Nachprüfung #%3 wartet auf die Gegenzeichnung eines zweiten Beauftragten.</translation>
    </message>
    <message>
        <source>Created key set %1.</source>
        <translation>Schlüsselsatz %1 angelegt.</translation>
    </message>
    <message>
        <source>Saved the policy of %1; flags were recomputed.</source>
        <translation>Richtlinie von %1 gespeichert; Hinweise wurden neu berechnet.</translation>
    </message>
    <message>
        <source>Request r&amp;otation…</source>
        <translation>R&amp;otation beantragen…</translation>
    </message>
    <message>
        <source>Ask for a successor to become primary; a second officer approves</source>
        <translation>Beantragen, dass ein Nachfolger primär wird; ein zweiter Beauftragter genehmigt</translation>
    </message>
    <message>
        <source>Request re&amp;tirement…</source>
        <translation>S&amp;tilllegung beantragen…</translation>
    </message>
    <message>
        <source>Ask for a grace or non-primary key to leave service once the retirement gate passed</source>
        <translation>Beantragen, dass ein Schlüssel in Karenz oder ein nicht primärer Schlüssel außer Dienst geht, sobald die Stilllegungsschranke passiert ist</translation>
    </message>
    <message>
        <source>Request &amp;destruction…</source>
        <translation>&amp;Vernichtung beantragen…</translation>
    </message>
    <message>
        <source>Ask for the private part to be erased after a waiting period</source>
        <translation>Beantragen, dass der private Teil nach einer Wartefrist gelöscht wird</translation>
    </message>
    <message>
        <source>Request private key &amp;export…</source>
        <translation>E&amp;xport des privaten Schlüssels beantragen…</translation>
    </message>
    <message>
        <source>Ask for an encrypted export of the private key (PKCS#8 or JWE), never in clear</source>
        <translation>Einen verschlüsselten Export des privaten Schlüssels beantragen (PKCS#8 oder JWE), nie im Klartext</translation>
    </message>
    <message>
        <source>Select the primary key to rotate first.</source>
        <translation>Wählen Sie zuerst den primären Schlüssel, der rotiert werden soll.</translation>
    </message>
    <message>
        <source>Select a key first.</source>
        <translation>Wählen Sie zuerst einen Schlüssel.</translation>
    </message>
    <message numerus="yes">
        <source>Registered %n public key(s), without a private part in Keyward.</source>
        <translation>
            <numerusform>%n öffentlicher Schlüssel registriert, ohne privaten Teil in Keyward.</numerusform>
            <numerusform>%n öffentliche Schlüssel registriert, ohne privaten Teil in Keyward.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>keyward::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>&amp;Systemvorgabe</translation>
    </message>
    <message>
        <source>The language changes when Keyward is started again.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Keyward.</translation>
    </message>
</context>
<context>
    <name>keyward::ui::MainWindow</name>
    <message>
        <source>%1 — Keyward</source>
        <translation>%1 — Keyward</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anträge</translation>
    </message>
    <message>
        <source>Trust map</source>
        <translation>Vertrauenskarte</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Proben</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Beauftragte</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>S&amp;perren</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Den Tresor jetzt sperren (Strg+L)</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Tresorordner</translation>
    </message>
    <message>
        <source>Search %1 (Ctrl+F)</source>
        <translation>%1 durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Nothing to search on this page</source>
        <translation>Auf dieser Seite gibt es nichts zu suchen</translation>
    </message>
    <message>
        <source>Unlocked as %1 (%2)</source>
        <translation>Entsperrt als %1 (%2)</translation>
    </message>
    <message>
        <source>Auto-lock off</source>
        <translation>Automatische Sperre aus</translation>
    </message>
    <message>
        <source>Locks in %1:%2</source>
        <extracomment>Status bar: time left before the vault locks itself, as m:ss.</extracomment>
        <translation>Sperrt in %1:%2</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Tresor</translation>
    </message>
    <message>
        <source>V&amp;iew</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Passphrase ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Your passphrase is changed.</source>
        <translation>Ihre Passphrase wurde geändert.</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>A&amp;ktionen</translation>
    </message>
</context>
<context>
    <name>keyward::ui::MessageWidget</name>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>keyward::ui::NavigationRail</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n waiting</source>
        <extracomment>Accessible text of a navigation item with a badge: page name, number of waiting items.</extracomment>
        <translation>
            <numerusform>%1, %n wartet</numerusform>
            <numerusform>%1, %n warten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::ui::NewPassphraseFields</name>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Stärke:</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <source>The new passphrase needs at least %1 characters.</source>
        <translation>Die neue Passphrase muss mindestens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>Die beiden neuen Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>keyward::ui::OfficerForm</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <source>Required for this officer</source>
        <translation>Für diesen Beauftragten erforderlich</translation>
    </message>
    <message>
        <source>Enter the officer&apos;s name.</source>
        <translation>Geben Sie den Namen des Beauftragten ein.</translation>
    </message>
    <message>
        <source>A name uses letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; and starts with a letter or digit.</source>
        <translation>Ein Name besteht aus Buchstaben, Ziffern, „.“, „_“ oder „-“ und beginnt mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>An officer named &quot;%1&quot; already exists.</source>
        <translation>Ein Beauftragter namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Wählen Sie mindestens eine Rolle.</translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>Geben Sie eine Passphrase ein.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>Die Passphrase braucht mindestens %n Zeichen.</numerusform>
            <numerusform>Die Passphrase braucht mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::ui::OfficerModel</name>
    <message>
        <source>%1 (you)</source>
        <extracomment>An officer&apos;s name in the list, marking the officer who is signed in.</extracomment>
        <translation>%1 (Sie)</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(nicht lesbar)</translation>
    </message>
    <message>
        <source>(vault creation)</source>
        <translation>(Tresoranlage)</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Pending first unlock</source>
        <translation>Erstes Entsperren ausstehend</translation>
    </message>
    <message>
        <source>RFC 7638 thumbprint (SHA-256) of the officer&apos;s signing key:
%1</source>
        <translation>RFC-7638-Fingerabdruck (SHA-256) des Signaturschlüssels des Beauftragten:
%1</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Beauftragter</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Hinzugefügt von</translation>
    </message>
    <message>
        <source>Custodian duties</source>
        <translation>Verwahrerpflichten</translation>
    </message>
</context>
<context>
    <name>keyward::ui::OfficerPage</name>
    <message>
        <source>First officer</source>
        <translation>Erster Beauftragter</translation>
    </message>
    <message>
        <source>You: the officer who sets up the vault. Admin and key officer are usual roles.</source>
        <translation>Sie: der Beauftragte, der den Tresor einrichtet. Admin und Schlüsselbeauftragter sind die üblichen Rollen.</translation>
    </message>
    <message>
        <source>Second officer (approver)</source>
        <translation>Zweiter Beauftragter (Genehmiger)</translation>
    </message>
    <message>
        <source>A different person who approves the first officer&apos;s requests.</source>
        <translation>Eine andere Person, die die Anträge des ersten Beauftragten genehmigt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hand the keyboard to the second officer now.&lt;/b&gt; They type their own passphrase below; nobody else, including you, should know it.</source>
        <translation>&lt;b&gt;Übergeben Sie die Tastatur jetzt dem zweiten Beauftragten.&lt;/b&gt; Er gibt unten seine eigene Passphrase ein; niemand sonst, auch Sie nicht, sollte sie kennen.</translation>
    </message>
    <message>
        <source>Measuring how hard this computer can make passphrase guessing, then creating the vault. This takes a moment…</source>
        <translation>Es wird gemessen, wie schwer dieser Computer das Erraten von Passphrasen machen kann, dann wird der Tresor angelegt. Das dauert einen Moment…</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>Tresor wird angelegt</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>Tresor an&amp;legen</translation>
    </message>
</context>
<context>
    <name>keyward::ui::OfficerReauthWidget</name>
    <message>
        <source>&amp;Approving officer:</source>
        <translation>&amp;Genehmigender Beauftragter:</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Beauftragter</translation>
    </message>
    <message>
        <source>Passphrase of the chosen officer</source>
        <translation>Passphrase des gewählten Beauftragten</translation>
    </message>
    <message>
        <source>Their own passphrase, typed now</source>
        <translation>Seine eigene Passphrase, jetzt eingegeben</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>An officer in the re-authentication combo: name — roles.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Wrong passphrase for %1.&lt;/b&gt; Nothing was signed. Check the officer and Caps Lock, then type the passphrase again.</source>
        <translation>&lt;b&gt;Falsche Passphrase für %1.&lt;/b&gt; Es wurde nichts signiert. Prüfen Sie den Beauftragten und die Feststelltaste und geben Sie die Passphrase erneut ein.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 could not be authenticated.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1 konnte nicht authentifiziert werden.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Checking the passphrase</source>
        <translation>Passphrase wird geprüft</translation>
    </message>
    <message>
        <source>Checking %1&apos;s passphrase…</source>
        <translation>Passphrase von %1 wird geprüft…</translation>
    </message>
</context>
<context>
    <name>keyward::ui::OfficerRequestDialog</name>
    <message>
        <source>&amp;Submit request</source>
        <translation>Antrag &amp;stellen</translation>
    </message>
    <message>
        <source>Request removal of %1 — Keyward</source>
        <translation>Entfernung von %1 beantragen — Keyward</translation>
    </message>
    <message>
        <source>Change roles of %1 — Keyward</source>
        <translation>Rollen von %1 ändern — Keyward</translation>
    </message>
    <message>
        <source>On approval %1 (%2) loses access: their keyslot is removed and the vault is re-keyed, so their passphrase opens nothing any more.</source>
        <translation>Bei Genehmigung verliert %1 (%2) den Zugang: Sein Schlüsselslot wird entfernt und der Tresor neu verschlüsselt, sodass seine Passphrase nichts mehr öffnet.</translation>
    </message>
    <message>
        <source>An offboarding review opens: consider rotating the keys %1 could reach.</source>
        <translation>Eine Offboarding-Nachprüfung wird eröffnet: Erwägen Sie, die Schlüssel zu rotieren, die %1 erreichen konnte.</translation>
    </message>
    <message>
        <source>On approval the roles of %1 change from &lt;b&gt;%2&lt;/b&gt; to &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>Bei Genehmigung ändern sich die Rollen von %1 von &lt;b&gt;%2&lt;/b&gt; zu &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Nothing changes until a different officer with the approver role approves with their passphrase.</source>
        <translation>Nichts ändert sich, bis ein anderer Beauftragter mit der Genehmiger-Rolle mit seiner Passphrase genehmigt.</translation>
    </message>
    <message>
        <source>An officer holds at least one role; to take every role away, request their removal.</source>
        <translation>Ein Beauftragter hat mindestens eine Rolle; um ihm alle Rollen zu nehmen, beantragen Sie seine Entfernung.</translation>
    </message>
    <message>
        <source>Tick or untick a role first: these are the roles %1 holds now.</source>
        <translation>Setzen oder entfernen Sie zuerst ein Häkchen: Dies sind die Rollen, die %1 jetzt hat.</translation>
    </message>
    <message>
        <source>Enter the reason the approver will read and sign.</source>
        <translation>Geben Sie die Begründung ein, die der Genehmiger liest und signiert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The request was not submitted.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Der Antrag wurde nicht gestellt.&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>keyward::ui::OfficersPage</name>
    <message>
        <source>Filter officers by name or role…</source>
        <translation>Beauftragte nach Name oder Rolle filtern…</translation>
    </message>
    <message>
        <source>Filter officers</source>
        <translation>Beauftragte filtern</translation>
    </message>
    <message>
        <source>&amp;Add officer…</source>
        <translation>Beauftragten &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Beauftragte</translation>
    </message>
    <message>
        <source>The officers could not be read: %1</source>
        <translation>Die Beauftragten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 was added. They acknowledge their custodian duties on their first unlock.</source>
        <translation>%1 wurde hinzugefügt und bestätigt die Verwahrerpflichten beim ersten Entsperren.</translation>
    </message>
    <message>
        <source>Only an officer with the admin role can add officers</source>
        <translation>Nur ein Beauftragter mit der Admin-Rolle kann Beauftragte hinzufügen</translation>
    </message>
    <message>
        <source>&lt;b&gt;This vault is not operational yet.&lt;/b&gt; Governed operations need a second officer with the approver role. Add one now.</source>
        <translation>&lt;b&gt;Dieser Tresor ist noch nicht einsatzbereit.&lt;/b&gt; Kontrollierte Vorgänge brauchen einen zweiten Beauftragten mit der Genehmiger-Rolle. Fügen Sie jetzt einen hinzu.</translation>
    </message>
    <message>
        <source>Request &amp;removal…</source>
        <translation>&amp;Entfernung beantragen…</translation>
    </message>
    <message>
        <source>Change &amp;roles…</source>
        <translation>&amp;Rollen ändern…</translation>
    </message>
    <message>
        <source>Add the second officer; they type their own passphrase</source>
        <translation>Den zweiten Beauftragten hinzufügen; er gibt seine eigene Passphrase ein</translation>
    </message>
    <message>
        <source>Request a new officer; they type their own passphrase, a second officer approves</source>
        <translation>Einen neuen Beauftragten beantragen; er gibt seine eigene Passphrase ein, ein zweiter Beauftragter genehmigt</translation>
    </message>
    <message>
        <source>Request a change of the selected officer&apos;s roles</source>
        <translation>Eine Änderung der Rollen des ausgewählten Beauftragten beantragen</translation>
    </message>
    <message>
        <source>You cannot request your own removal</source>
        <translation>Sie können Ihre eigene Entfernung nicht beantragen</translation>
    </message>
    <message>
        <source>Request the removal of the selected officer</source>
        <translation>Die Entfernung des ausgewählten Beauftragten beantragen</translation>
    </message>
    <message>
        <source>Vault fingerprint: none yet (an admin&apos;s next unlock signs the roster).</source>
        <translation>Tresor-Fingerabdruck: noch keiner (das nächste Entsperren durch einen Admin signiert die Beauftragtenliste).</translation>
    </message>
    <message>
        <source>Vault fingerprint: %1</source>
        <translation>Tresor-Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>Enrollment &amp;half…</source>
        <translation>Re&amp;gistrierungshälfte…</translation>
    </message>
    <message>
        <source>Your half of %1&apos;s enrollment: &lt;code&gt;%2&lt;/code&gt;&lt;br&gt;Give it to %1 in person; they need it and the other officer&apos;s half to enroll.</source>
        <translation>Ihre Hälfte der Registrierung von %1: &lt;code&gt;%2&lt;/code&gt;&lt;br&gt;Übergeben Sie sie %1 persönlich; zur Registrierung braucht %1 sie und die Hälfte des anderen Beauftragten.</translation>
    </message>
    <message>
        <source>Show your half of the selected officer&apos;s enrollment, to hand over</source>
        <translation>Ihre Hälfte der Registrierung des ausgewählten Beauftragten zur Übergabe anzeigen</translation>
    </message>
</context>
<context>
    <name>keyward::ui::OutcomeChart</name>
    <message>
        <source>(no kid)</source>
        <translation>(kein kid)</translation>
    </message>
</context>
<context>
    <name>keyward::ui::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Tresor</translation>
    </message>
    <message>
        <source>Audit chain</source>
        <translation>Prüfkette</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Beauftragte</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Prüfereignisse</translation>
    </message>
    <message>
        <source>Trust map</source>
        <translation>Vertrauenskarte</translation>
    </message>
    <message>
        <source>Approvers: %1 · </source>
        <translation>Genehmiger: %1 · </translation>
    </message>
    <message>
        <source>Manage officers</source>
        <translation>Beauftragte verwalten</translation>
    </message>
    <message>
        <source>Could not read the officers: %1</source>
        <translation>Die Beauftragten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Open the audit log</source>
        <translation>Prüfprotokoll öffnen</translation>
    </message>
    <message>
        <source>Not verified yet. %1</source>
        <translation>Noch nicht geprüft. %1</translation>
    </message>
    <message>
        <source>Verify now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>Intakt</translation>
    </message>
    <message>
        <source>Every hash and link verified · </source>
        <translation>Jeder Hash und jede Verknüpfung geprüft · </translation>
    </message>
    <message>
        <source>Show events</source>
        <translation>Ereignisse anzeigen</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>At event %1: %2 · </source>
        <translation>Bei Ereignis %1: %2 · </translation>
    </message>
    <message>
        <source>Investigate</source>
        <translation>Untersuchen</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Einsatzbereit</translation>
    </message>
    <message>
        <source>Two-person rule in force: a second approver exists.</source>
        <translation>Vier-Augen-Prinzip in Kraft: Ein zweiter Genehmiger ist vorhanden.</translation>
    </message>
    <message>
        <source>Needs an approver</source>
        <translation>Braucht einen Genehmiger</translation>
    </message>
    <message>
        <source>Governed operations wait for a second officer with the approver role. </source>
        <translation>Kontrollierte Vorgänge warten auf einen zweiten Beauftragten mit der Genehmiger-Rolle. </translation>
    </message>
    <message>
        <source>Add one</source>
        <translation>Einen hinzufügen</translation>
    </message>
    <message>
        <source>Requests waiting for me</source>
        <translation>Anträge, die auf mich warten</translation>
    </message>
    <message>
        <source>Unreviewed acts</source>
        <translation>Nicht nachgeprüfte Handlungen</translation>
    </message>
    <message>
        <source>Approve or reject</source>
        <translation>Genehmigen oder ablehnen</translation>
    </message>
    <message>
        <source>Nothing to decide · </source>
        <translation>Nichts zu entscheiden · </translation>
    </message>
    <message>
        <source>Show requests</source>
        <translation>Anträge anzeigen</translation>
    </message>
    <message>
        <source>Acts done alone that a second officer must countersign · </source>
        <translation>Allein ausgeführte Handlungen, die ein zweiter Beauftragter gegenzeichnen muss · </translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Nachprüfen</translation>
    </message>
    <message>
        <source>Every break-glass act was countersigned</source>
        <translation>Jede Notfallhandlung wurde gegengezeichnet</translation>
    </message>
    <message>
        <source>Stale trust</source>
        <translation>Veraltetes Vertrauen</translation>
    </message>
    <message>
        <source>Rotations converging</source>
        <translation>Konvergierende Rotationen</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer Eintrag</numerusform>
            <numerusform>… und %n weitere Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the trust map: %1</source>
        <translation>Die Vertrauenskarte konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No workload registered yet · </source>
        <translation>Noch kein Workload erfasst · </translation>
    </message>
    <message>
        <source>Open the trust map</source>
        <translation>Vertrauenskarte öffnen</translation>
    </message>
    <message>
        <source>Nothing to converge: no workload trusts a key set yet.</source>
        <translation>Nichts zu konvergieren: Noch vertraut kein Workload einem Schlüsselsatz.</translation>
    </message>
    <message>
        <source>Workloads still using a retired or revoked kid:</source>
        <translation>Workloads, die noch einen stillgelegten oder widerrufenen kid verwenden:</translation>
    </message>
    <message>
        <source>Show on the trust map</source>
        <translation>Auf der Vertrauenskarte zeigen</translation>
    </message>
    <message>
        <source>No workload uses a retired or revoked kid · </source>
        <translation>Kein Workload verwendet einen stillgelegten oder widerrufenen kid · </translation>
    </message>
    <message>
        <source>Keys in grace that may not be retired yet:</source>
        <translation>Schlüssel in Karenz, die noch nicht stillgelegt werden dürfen:</translation>
    </message>
    <message>
        <source>See what blocks them</source>
        <translation>Ansehen, was ihnen entgegensteht</translation>
    </message>
    <message>
        <source>Every rotation has converged · </source>
        <translation>Alle Rotationen sind konvergiert · </translation>
    </message>
</context>
<context>
    <name>keyward::ui::PassphraseStrength</name>
    <message>
        <source>Weak: add words or characters</source>
        <translation>Schwach: Wörter oder Zeichen hinzufügen</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Sehr stark</translation>
    </message>
    <message numerus="yes">
        <source>Too short: at least %n character(s)</source>
        <translation>
            <numerusform>Zu kurz: mindestens %n Zeichen</numerusform>
            <numerusform>Zu kurz: mindestens %n Zeichen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::ui::RegisterKeyDialog</name>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registrieren</translation>
    </message>
    <message>
        <source>from the key (its use or alg)</source>
        <translation>aus dem Schlüssel (sein use oder alg)</translation>
    </message>
    <message>
        <source>sig — verify their signatures</source>
        <translation>sig — ihre Signaturen verifizieren</translation>
    </message>
    <message>
        <source>enc — encrypt to them</source>
        <translation>enc — an sie verschlüsseln</translation>
    </message>
    <message>
        <source>Paste a public JWK, JWK Set, SPKI PEM or certificate.</source>
        <translation>Fügen Sie einen öffentlichen JWK, ein JWK Set, ein SPKI-PEM oder ein Zertifikat ein.</translation>
    </message>
    <message>
        <source>Name the owner: who holds the private part of this key.</source>
        <translation>Nennen Sie den Eigentümer: wer den privaten Teil dieses Schlüssels hält.</translation>
    </message>
    <message>
        <source>✓ %1 (%2 %3, %4)</source>
        <translation>✓ %1 (%2 %3, %4)</translation>
    </message>
    <message>
        <source>✗ %1 — %2</source>
        <translation>✗ %1 — %2</translation>
    </message>
    <message>
        <source>Nothing here can be registered.</source>
        <translation>Hier lässt sich nichts registrieren.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing was registered.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Es wurde nichts registriert.&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>keyward::ui::RequestDetailPane</name>
    <message>
        <source>Select a request to see exactly what it changes, who decided and whether their signatures verify.</source>
        <translation>Wählen Sie einen Antrag, um genau zu sehen, was er ändert, wer entschieden hat und ob die Signaturen gültig sind.</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Was sich ändert</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Decisions and their signatures</source>
        <translation>Entscheidungen und ihre Signaturen</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Beauftragter</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>&lt;b&gt;Outcome&lt;/b&gt;&lt;table&gt;%1&lt;/table&gt;</source>
        <translation>&lt;b&gt;Ergebnis&lt;/b&gt;&lt;table&gt;%1&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c0392b&apos;&gt;&lt;b&gt;Execution failed:&lt;/b&gt; %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c0392b&apos;&gt;&lt;b&gt;Ausführung fehlgeschlagen:&lt;/b&gt; %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Beantragt von</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Genehmigungen</translation>
    </message>
    <message>
        <source>%1 of %2 required</source>
        <translation>%1 von %2 erforderlich</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>Geplant für</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>✔ verifies with %1&apos;s public key</source>
        <translation>✔ mit dem öffentlichen Schlüssel von %1 verifiziert</translation>
    </message>
    <message>
        <source>✘ does not verify: %1</source>
        <translation>✘ nicht gültig: %1</translation>
    </message>
    <message>
        <source>EdDSA JWS by %1 over the canonical request, %2 bytes</source>
        <translation>EdDSA-JWS von %1 über den kanonischen Antrag, %2 Byte</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>Noch keine Entscheidung</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>Antragsdetails</translation>
    </message>
</context>
<context>
    <name>keyward::ui::RequestPresenter</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>planmäßig</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>offboarding</source>
        <translation>Offboarding</translation>
    </message>
    <message>
        <source>expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>%1 (pre-published)</source>
        <translation>%1 (vorab veröffentlicht)</translation>
    </message>
    <message>
        <source>%1 (generated at approval)</source>
        <translation>%1 (bei Genehmigung erzeugt)</translation>
    </message>
    <message>
        <source>a new key generated at approval (kid: its RFC 7638 thumbprint)</source>
        <translation>ein neuer, bei Genehmigung erzeugter Schlüssel (kid: sein RFC-7638-Fingerabdruck)</translation>
    </message>
    <message>
        <source>Primary %1 key of %2</source>
        <translation>Primärer %1-Schlüssel von %2</translation>
    </message>
    <message>
        <source>State of %1</source>
        <translation>Zustand von %1</translation>
    </message>
    <message>
        <source>active, primary</source>
        <translation>aktiv, primär</translation>
    </message>
    <message>
        <source>grace; retirable after an overlap of %1</source>
        <translation>Karenz; stilllegbar nach einer Überlappung von %1</translation>
    </message>
    <message>
        <source>grace; retirable once the overlap has passed</source>
        <translation>Karenz; stilllegbar, sobald die Überlappung vorbei ist</translation>
    </message>
    <message>
        <source>the predecessor&apos;s</source>
        <translation>die des Vorgängers</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>New key&apos;s algorithm</source>
        <translation>Algorithmus des neuen Schlüssels</translation>
    </message>
    <message>
        <source>%1 (same as the predecessor)</source>
        <translation>%1 (wie beim Vorgänger)</translation>
    </message>
    <message>
        <source>New key&apos;s owner / environment</source>
        <translation>Eigentümer / Umgebung des neuen Schlüssels</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>New key expires</source>
        <translation>Neuer Schlüssel läuft ab</translation>
    </message>
    <message>
        <source>after the key set&apos;s cryptoperiod</source>
        <translation>nach der Kryptoperiode des Schlüsselsatzes</translation>
    </message>
    <message>
        <source>Reason category</source>
        <translation>Kategorie des Grundes</translation>
    </message>
    <message>
        <source>Cryptoperiod</source>
        <translation>Kryptoperiode</translation>
    </message>
    <message>
        <source>First expiry warning</source>
        <translation>Erste Ablaufwarnung</translation>
    </message>
    <message>
        <source>Final expiry warning</source>
        <translation>Letzte Ablaufwarnung</translation>
    </message>
    <message>
        <source>Longest token TTL</source>
        <translation>Längste Token-TTL</translation>
    </message>
    <message>
        <source>Clock skew</source>
        <translation>Uhrenabweichung</translation>
    </message>
    <message>
        <source>Minimum overlap</source>
        <translation>Mindestüberlappung</translation>
    </message>
    <message>
        <source>Default environment</source>
        <translation>Standardumgebung</translation>
    </message>
    <message>
        <source>Bundle signing key</source>
        <translation>Bundle-Signaturschlüssel</translation>
    </message>
    <message>
        <source>Rotate %1 in %2</source>
        <translation>%1 in %2 rotieren</translation>
    </message>
    <message>
        <source>Rotate %1 in %2 (%3)</source>
        <translation>%1 in %2 rotieren (%3)</translation>
    </message>
    <message>
        <source>Retire %1 in %2</source>
        <translation>%1 in %2 stilllegen</translation>
    </message>
    <message>
        <source>Destroy the private material of %1 in %2</source>
        <translation>Privates Schlüsselmaterial von %1 in %2 vernichten</translation>
    </message>
    <message>
        <source>Export the private key of %1 in %2 (%3)</source>
        <translation>Privaten Schlüssel von %1 in %2 exportieren (%3)</translation>
    </message>
    <message>
        <source>Add officer %1 (%2)</source>
        <translation>Beauftragten %1 hinzufügen (%2)</translation>
    </message>
    <message>
        <source>Remove officer %1</source>
        <translation>Beauftragten %1 entfernen</translation>
    </message>
    <message>
        <source>Change the roles of %1 to %2</source>
        <translation>Rollen von %1 ändern zu %2</translation>
    </message>
    <message>
        <source>Change the policy of key set %1</source>
        <translation>Richtlinie von Schlüsselsatz %1 ändern</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>stillgelegt</translation>
    </message>
    <message>
        <source>In the JWKS of %1</source>
        <translation>Im JWKS von %1</translation>
    </message>
    <message>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>Private material of %1</source>
        <translation>Privates Schlüsselmaterial von %1</translation>
    </message>
    <message>
        <source>held in the vault</source>
        <translation>im Tresor verwahrt</translation>
    </message>
    <message>
        <source>erased (crypto-shred) %1 after approval; any officer may cancel until then</source>
        <translation>gelöscht (Krypto-Shredding) %1 nach der Genehmigung; bis dahin kann jeder Beauftragte zurückziehen</translation>
    </message>
    <message>
        <source>as now</source>
        <translation>wie jetzt</translation>
    </message>
    <message>
        <source>destroyed</source>
        <translation>vernichtet</translation>
    </message>
    <message>
        <source>also in a JWE-wrapped JWK for the key %1</source>
        <translation>zusätzlich in einem JWE-verpackten JWK für den Schlüssel %1</translation>
    </message>
    <message>
        <source>also in a passphrase-encrypted PKCS#8 file the requester writes</source>
        <translation>zusätzlich in einer passphrasenverschlüsselten PKCS#8-Datei, die der Antragsteller schreibt</translation>
    </message>
    <message>
        <source>Private key of %1</source>
        <translation>Privater Schlüssel von %1</translation>
    </message>
    <message>
        <source>only in the vault</source>
        <translation>nur im Tresor</translation>
    </message>
    <message>
        <source>Officer %1</source>
        <translation>Beauftragter %1</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Personal signing key</source>
        <translation>Persönlicher Signaturschlüssel</translation>
    </message>
    <message>
        <source>removed; the vault is re-keyed without their keyslot</source>
        <translation>entfernt; der Tresor wird ohne seinen Schlüsselslot neu verschlüsselt</translation>
    </message>
    <message>
        <source>Offboarding review</source>
        <translation>Offboarding-Nachprüfung</translation>
    </message>
    <message>
        <source>opens; a second officer countersigns it</source>
        <translation>wird eröffnet; ein zweiter Beauftragter zeichnet sie gegen</translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>Rollen von %1</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>Nachfolger</translation>
    </message>
    <message>
        <source>Successor version</source>
        <translation>Version des Nachfolgers</translation>
    </message>
    <message>
        <source>Successor thumbprint</source>
        <translation>Fingerabdruck des Nachfolgers</translation>
    </message>
    <message>
        <source>Successor generated</source>
        <translation>Nachfolger erzeugt</translation>
    </message>
    <message>
        <source>Predecessor retires after</source>
        <translation>Vorgänger wird stillgelegt nach</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Überlappung</translation>
    </message>
    <message>
        <source>Why this overlap</source>
        <translation>Warum diese Überlappung</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>After approval</source>
        <translation>Nach Genehmigung</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <source>Expiry %1</source>
        <translation>Ablauf %1</translation>
    </message>
    <message>
        <source>Expired %1 ago, at %2</source>
        <translation>Vor %1 abgelaufen, um %2</translation>
    </message>
    <message>
        <source>Expires in %1, at %2</source>
        <translation>Läuft in %1 ab, um %2</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T. %2 h</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>none (%1 was revoked)</source>
        <translation>keiner (%1 wurde widerrufen)</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>revoked (unchanged; no overlap)</source>
        <translation>widerrufen (unverändert; keine Überlappung)</translation>
    </message>
    <message>
        <source>Copies and backups of the vault</source>
        <translation>Kopien und Sicherungen des Tresors</translation>
    </message>
    <message>
        <source>hold the private material</source>
        <translation>enthalten das private Schlüsselmaterial</translation>
    </message>
    <message>
        <source>still hold it: only this vault is wiped</source>
        <translation>enthalten es weiterhin: Nur dieser Tresor wird bereinigt</translation>
    </message>
    <message>
        <source>Archived samples only %1 decrypts</source>
        <translation>Archivierte Proben, die nur %1 entschlüsselt</translation>
    </message>
    <message numerus="yes">
        <source>%n readable</source>
        <translation>
            <numerusform>%n lesbar</numerusform>
            <numerusform>%n lesbar</numerusform>
        </translation>
    </message>
    <message>
        <source>unreadable for good (crypto-shred), SHA-256 %1</source>
        <translation>dauerhaft unlesbar (Krypto-Shredding), SHA-256 %1</translation>
    </message>
</context>
<context>
    <name>keyward::ui::RequestService</name>
    <message>
        <source>Request #%1 (%2 of %3) waits for a second officer with the approver role; nothing changes until then. &lt;a href=&quot;page:requests&quot;&gt;Open Requests&lt;/a&gt;</source>
        <translation>Antrag #%1 (%2 von %3) wartet auf einen zweiten Beauftragten mit der Genehmiger-Rolle; bis dahin ändert sich nichts. &lt;a href=&quot;page:requests&quot;&gt;Anträge öffnen&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>keyward::ui::RequestTableModel</name>
    <message>
        <source>%1 (you)</source>
        <extracomment>The requester column, marking the unlocked officer&apos;s own requests.</extracomment>
        <translation>%1 (Sie)</translation>
    </message>
    <message>
        <source>Approved — execution failed</source>
        <translation>Genehmigt — Ausführung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>Approvals received of approvals required, e.g. &quot;0 / 1&quot;.</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1
Reason: %2</source>
        <translation>%1
Begründung: %2</translation>
    </message>
    <message>
        <source>Approved; runs at %1 unless an officer cancels it first</source>
        <translation>Genehmigt; wird um %1 ausgeführt, sofern kein Beauftragter sie vorher zurückzieht</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Genehmigungen</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
</context>
<context>
    <name>keyward::ui::RequestsPage</name>
    <message>
        <source>&amp;Approve or reject…</source>
        <translation>&amp;Genehmigen oder ablehnen…</translation>
    </message>
    <message>
        <source>Decide the selected request: the deciding officer types their own passphrase</source>
        <translation>Über den ausgewählten Antrag entscheiden: Der entscheidende Beauftragte gibt seine eigene Passphrase ein</translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation>Antrag &amp;zurückziehen</translation>
    </message>
    <message>
        <source>Withdraw your pending request, or stop a scheduled destruction</source>
        <translation>Ihren ausstehenden Antrag zurückziehen oder eine geplante Vernichtung stoppen</translation>
    </message>
    <message>
        <source>C&amp;ountersign…</source>
        <translation>Gegenzei&amp;chnen…</translation>
    </message>
    <message>
        <source>A second officer countersigns an act done alone</source>
        <translation>Ein zweiter Beauftragter zeichnet eine allein ausgeführte Handlung gegen</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anträge</translation>
    </message>
    <message>
        <source>Search kid, officer, key set or reason…</source>
        <translation>kid, Beauftragten, Schlüsselsatz oder Begründung suchen…</translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>Anträge suchen</translation>
    </message>
    <message>
        <source>The requests could not be read: %1</source>
        <translation>Die Anträge konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The reviews could not be read: %1</source>
        <translation>Die Nachprüfungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Waiting for me (%1)</source>
        <translation>Wartet auf mich (%1)</translation>
    </message>
    <message>
        <source>Waiting for me</source>
        <translation>Wartet auf mich</translation>
    </message>
    <message>
        <source>My requests</source>
        <translation>Meine Anträge</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Reviews (%1 open)</source>
        <translation>Nachprüfungen (%1 offen)</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Nachprüfungen</translation>
    </message>
    <message>
        <source>Select a pending request first.</source>
        <translation>Wählen Sie zuerst einen ausstehenden Antrag.</translation>
    </message>
    <message>
        <source>&lt;b&gt;#%1 was approved by %2, but executing it failed:&lt;/b&gt; %3. Nothing else changed.</source>
        <translation>&lt;b&gt;#%1 wurde von %2 genehmigt, aber die Ausführung ist fehlgeschlagen:&lt;/b&gt; %3. Sonst hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>#%1 was approved by %2 and applied: %3.</source>
        <translation>#%1 wurde von %2 genehmigt und angewendet: %3.</translation>
    </message>
    <message>
        <source>#%1 was rejected by %2.</source>
        <translation>#%1 wurde von %2 abgelehnt.</translation>
    </message>
    <message>
        <source>#%1 was approved by %2; it runs at %3 unless an officer cancels it first.</source>
        <translation>#%1 wurde von %2 genehmigt; sie wird um %3 ausgeführt, sofern kein Beauftragter sie vorher zurückzieht.</translation>
    </message>
    <message>
        <source>#%1 was approved by %2 (%3 of %4 approvals).</source>
        <translation>#%1 wurde von %2 genehmigt (%3 von %4 Genehmigungen).</translation>
    </message>
    <message>
        <source>&lt;b&gt;#%1 was not cancelled.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;#%1 wurde nicht zurückgezogen.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>#%1 was cancelled; nothing changes.</source>
        <translation>#%1 wurde zurückgezogen; es ändert sich nichts.</translation>
    </message>
    <message>
        <source>Review #%1 was countersigned by %2.</source>
        <translation>Nachprüfung #%1 wurde von %2 gegengezeichnet.</translation>
    </message>
    <message>
        <source>Request #%1 was changed by another Keyward program since it was shown here (it is now %2). Nothing was changed; review it and try again.</source>
        <translation>Antrag #%1 wurde von einem anderen Keyward-Programm geändert, seit er hier angezeigt wurde (er ist jetzt %2). Es wurde nichts geändert; prüfen Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Acts awaiting countersignature</source>
        <translation>Handlungen, die auf Gegenzeichnung warten</translation>
    </message>
</context>
<context>
    <name>keyward::ui::ReviewTableModel</name>
    <message>
        <source>Break-glass revocation</source>
        <translation>Notfallwiderruf</translation>
    </message>
    <message>
        <source>Offboarding</source>
        <translation>Offboarding</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Open — needs a countersignature</source>
        <translation>Offen — braucht eine Gegenzeichnung</translation>
    </message>
    <message>
        <source>Countersigned by %1 at %2</source>
        <translation>Gegengezeichnet von %1 um %2</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <source>Opened by</source>
        <translation>Eröffnet von</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>keyward::ui::RevokeKeyDialog</name>
    <message>
        <source>&amp;Revoke now</source>
        <translation>Jetzt &amp;widerrufen</translation>
    </message>
    <message>
        <source>It leaves the JWKS of &lt;b&gt;%1&lt;/b&gt; at once; verifiers stop trusting it on their next fetch.</source>
        <translation>Er verlässt sofort das JWKS von &lt;b&gt;%1&lt;/b&gt;; Verifizierer vertrauen ihm ab ihrem nächsten Abruf nicht mehr.</translation>
    </message>
    <message>
        <source>Signatures it made are flagged when verified.</source>
        <translation>Von ihm erstellte Signaturen werden bei der Verifikation markiert.</translation>
    </message>
    <message>
        <source>Tokens encrypted to it are flagged when decrypted.</source>
        <translation>An ihn verschlüsselte Tokens werden beim Entschlüsseln markiert.</translation>
    </message>
    <message>
        <source>A revoked key is never reactivated.</source>
        <translation>Ein widerrufener Schlüssel wird nie wieder aktiviert.</translation>
    </message>
    <message>
        <source>You act alone: a break-glass review opens, and a second officer must countersign it.</source>
        <translation>Sie handeln allein: Eine Notfall-Nachprüfung wird eröffnet, und ein zweiter Beauftragter muss sie gegenzeichnen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Revoke %1 in %2?&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%3&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 in %2 widerrufen?&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%3&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 was not revoked.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1 wurde nicht widerrufen.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>It stops being the primary %1 key: &lt;b&gt;%2 has no primary %1 key&lt;/b&gt; until a rotation to a successor is approved by a second officer.</source>
        <translation>Er ist nicht länger der primäre %1-Schlüssel: &lt;b&gt;%2 hat keinen primären %1-Schlüssel&lt;/b&gt;, bis ein zweiter Beauftragter eine Rotation zu einem Nachfolger genehmigt.</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <extracomment>A successor offered in the revoke dialog: kid, alg and state (&quot;active&quot; or &quot;pending&quot;).</extracomment>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>no alg pinned</source>
        <translation>kein alg festgelegt</translation>
    </message>
    <message>
        <source>a new key like this one</source>
        <translation>ein neuer Schlüssel wie dieser</translation>
    </message>
    <message>
        <source>&amp;Revoke and request rotation</source>
        <translation>&amp;Widerrufen und Rotation beantragen</translation>
    </message>
</context>
<context>
    <name>keyward::ui::RotationOverlapPage</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The overlap could not be computed: %1</source>
        <translation>Die Überlappung konnte nicht berechnet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 after the handover (requested; the retirement gate computes %2).</source>
        <translation>%1 nach der Übergabe (beantragt; die Stilllegungsschranke berechnet %2).</translation>
    </message>
    <message>
        <source>%1 after the handover, the overlap the retirement gate computes (again at execution). %2</source>
        <translation>%1 nach der Übergabe, die Überlappung, die die Stilllegungsschranke berechnet (erneut bei der Ausführung). %2</translation>
    </message>
    <message>
        <source>Choose an overlap: the computed one is not available.</source>
        <translation>Wählen Sie eine Überlappung: Die berechnete ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The overlap cannot be shorter than what the gate computes (%1): verifiers could still hold tokens signed by the old key.</source>
        <translation>Die Überlappung darf nicht kürzer sein als die von der Schranke berechnete (%1): Verifizierer könnten noch Tokens halten, die mit dem alten Schlüssel signiert wurden.</translation>
    </message>
</context>
<context>
    <name>keyward::ui::RotationReasonPage</name>
    <message>
        <source>Rotating &lt;b&gt;%1&lt;/b&gt;, the primary %2 key of &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>Rotation von &lt;b&gt;%1&lt;/b&gt;, dem primären %2-Schlüssel von &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <extracomment>Rotation reason categories (SPEC §4); the key in brackets is stored.</extracomment>
        <translation>Planmäßig</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Offboarding</source>
        <translation>Offboarding</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>A planned rotation, e.g. at the end of the key set&apos;s cryptoperiod.</source>
        <translation>Eine geplante Rotation, z. B. am Ende der Kryptoperiode des Schlüsselsatzes.</translation>
    </message>
    <message>
        <source>Suspected exposure. If the key is known to be compromised, revoke it at once instead: revocation does not wait for an approver.</source>
        <translation>Vermutete Offenlegung. Ist der Schlüssel nachweislich kompromittiert, widerrufen Sie ihn stattdessen sofort: Der Widerruf wartet nicht auf einen Genehmiger.</translation>
    </message>
    <message>
        <source>Someone who could reach the key&apos;s private part has left.</source>
        <translation>Jemand, der den privaten Teil des Schlüssels erreichen konnte, ist ausgeschieden.</translation>
    </message>
    <message>
        <source>The key expires soon and must be replaced before it does.</source>
        <translation>Der Schlüssel läuft bald ab und muss vorher ersetzt werden.</translation>
    </message>
    <message>
        <source>Enter the reason the approver will read and sign.</source>
        <translation>Geben Sie die Begründung ein, die der Genehmiger liest und signiert.</translation>
    </message>
    <message>
        <source>Rotating &lt;b&gt;%1&lt;/b&gt;, the revoked former primary %2 key of &lt;b&gt;%3&lt;/b&gt;: the set has no primary %2 key until this rotation is approved.</source>
        <translation>Rotation von &lt;b&gt;%1&lt;/b&gt;, dem widerrufenen ehemaligen primären %2-Schlüssel von &lt;b&gt;%3&lt;/b&gt;: Der Satz hat keinen primären %2-Schlüssel, bis diese Rotation genehmigt ist.</translation>
    </message>
</context>
<context>
    <name>keyward::ui::RotationSuccessorPage</name>
    <message>
        <source>%1, %2 %3, owner %4, environment %5</source>
        <translation>%1, %2 %3, Eigentümer %4, Umgebung %5</translation>
    </message>
    <message>
        <source>no alg pinned</source>
        <translation>kein alg festgelegt</translation>
    </message>
    <message>
        <source>A new key generated at execution: %1.</source>
        <translation>Ein neuer, bei der Ausführung erzeugter Schlüssel: %1.</translation>
    </message>
    <message>
        <source>%1 — %2 %3, owner %4</source>
        <translation>%1 — %2 %3, Eigentümer %4</translation>
    </message>
    <message>
        <source>No active non-primary %1 key in %2</source>
        <translation>Kein aktiver, nicht primärer %1-Schlüssel in %2</translation>
    </message>
    <message>
        <source>Choose the pre-published key.</source>
        <translation>Wählen Sie den vorab veröffentlichten Schlüssel.</translation>
    </message>
    <message>
        <source>Enter the owner of the new key (a team or a person).</source>
        <translation>Geben Sie den Eigentümer des neuen Schlüssels ein (ein Team oder eine Person).</translation>
    </message>
    <message>
        <source>Enter the environment of the new key (e.g. prod).</source>
        <translation>Geben Sie die Umgebung des neuen Schlüssels ein (z. B. prod).</translation>
    </message>
    <message>
        <source>The expiry must be in the future.</source>
        <translation>Der Ablauf muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>The kid &quot;%1&quot; already names a key in key set %2; a kid is never reused for other key material.</source>
        <translation>Der kid „%1“ bezeichnet bereits einen Schlüssel in Schlüsselsatz %2; ein kid wird nie für anderes Schlüsselmaterial wiederverwendet.</translation>
    </message>
    <message>
        <source>the pre-published key &lt;b&gt;%1&lt;/b&gt;, already in the JWKS of %2</source>
        <translation>der vorab veröffentlichte Schlüssel &lt;b&gt;%1&lt;/b&gt;, bereits im JWKS von %2</translation>
    </message>
    <message>
        <source>a new key generated at execution with the same parameters (%1), expiring one cryptoperiod (%2) after execution</source>
        <translation>ein neuer, bei der Ausführung erzeugter Schlüssel mit denselben Parametern (%1), der eine Kryptoperiode (%2) nach der Ausführung abläuft</translation>
    </message>
    <message>
        <source>expiring %1</source>
        <translation>läuft ab am %1</translation>
    </message>
    <message>
        <source>expiring one cryptoperiod (%1) after execution</source>
        <translation>läuft eine Kryptoperiode (%1) nach der Ausführung ab</translation>
    </message>
    <message>
        <source>its RFC 7638 thumbprint as kid</source>
        <translation>sein RFC-7638-Fingerabdruck als kid</translation>
    </message>
    <message>
        <source>kid &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>kid &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>a new %1 key generated at execution, owner %2, environment %3, with %4, %5</source>
        <translation>ein neuer %1-Schlüssel, erzeugt bei der Ausführung, Eigentümer %2, Umgebung %3, mit %4, %5</translation>
    </message>
</context>
<context>
    <name>keyward::ui::RotationWizard</name>
    <message>
        <source>Request rotation of %1 — Keyward</source>
        <translation>Rotation von %1 beantragen — Keyward</translation>
    </message>
    <message>
        <source>&amp;Submit request</source>
        <translation>Antrag &amp;stellen</translation>
    </message>
    <message>
        <source>Reason: %1 — %2</source>
        <translation>Begründung: %1 — %2</translation>
    </message>
    <message>
        <source>Successor: %1.</source>
        <translation>Nachfolger: %1.</translation>
    </message>
    <message>
        <source>On execution the successor becomes the primary %1 key of %2, and &lt;b&gt;%3&lt;/b&gt; goes to grace: still published for verifiers, no longer used for new operations.</source>
        <translation>Bei der Ausführung wird der Nachfolger zum primären %1-Schlüssel von %2, und &lt;b&gt;%3&lt;/b&gt; geht in Karenz: weiterhin für Verifizierer veröffentlicht, aber nicht mehr für neue Operationen verwendet.</translation>
    </message>
    <message>
        <source>%1 may be retired %2 Its retirement date is set at execution and shown in the inventory.</source>
        <translation>%1 darf stillgelegt werden: %2 Das Stilllegungsdatum wird bei der Ausführung gesetzt und im Bestand angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing changes until a different officer with the approver role approves with their passphrase; unapproved, the request expires in %n hour(s).</source>
        <translation>
            <numerusform>Nichts ändert sich, bis ein anderer Beauftragter mit der Genehmiger-Rolle mit seiner Passphrase genehmigt; ohne Genehmigung läuft der Antrag in %n Stunde ab.</numerusform>
            <numerusform>Nichts ändert sich, bis ein anderer Beauftragter mit der Genehmiger-Rolle mit seiner Passphrase genehmigt; ohne Genehmigung läuft der Antrag in %n Stunden ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Request the rotation of %1 in %2&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%3&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Die Rotation von %1 in %2 beantragen&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%3&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The rotation was not requested.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Die Rotation wurde nicht beantragt.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>On execution the successor becomes the primary %1 key of %2, which has none since &lt;b&gt;%3&lt;/b&gt; was revoked; %3 stays revoked.</source>
        <translation>Bei der Ausführung wird der Nachfolger zum primären %1-Schlüssel von %2, der keinen mehr hat, seit &lt;b&gt;%3&lt;/b&gt; widerrufen wurde; %3 bleibt widerrufen.</translation>
    </message>
</context>
<context>
    <name>keyward::ui::SamplesPage</name>
    <message>
        <source>not tested</source>
        <translation>nicht getestet</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Dateien importieren…</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>Ordner importieren…</translation>
    </message>
    <message>
        <source>Run test-decrypt</source>
        <translation>Testentschlüsselung starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Folder contains…</source>
        <translation>Ordner enthält…</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Kid</source>
        <translation>Kid</translation>
    </message>
    <message>
        <source>Alg</source>
        <translation>Alg</translation>
    </message>
    <message>
        <source>Enc</source>
        <translation>Enc</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Archived samples&lt;/h2&gt;Test-decrypt archived JWE payloads with the vault&apos;s keys, chosen by kid, before a key is retired or destroyed. Drop files or folders here to import them.</source>
        <translation>&lt;h2&gt;Archivierte Proben&lt;/h2&gt;Entschlüsseln Sie archivierte JWE-Nutzdaten testweise mit den Schlüsseln des Tresors, ausgewählt nach kid, bevor ein Schlüssel stillgelegt oder vernichtet wird. Ziehen Sie Dateien oder Ordner hierher, um sie zu importieren.</translation>
    </message>
    <message>
        <source>Import JWE samples</source>
        <translation>JWE-Proben importieren</translation>
    </message>
    <message>
        <source>Import a folder of JWE samples</source>
        <translation>Ordner mit JWE-Proben importieren</translation>
    </message>
    <message>
        <source>Decrypts with %1.</source>
        <translation>Entschlüsselbar mit %1.</translation>
    </message>
    <message>
        <source>Decrypts, but only with %1, which is retired: re-wrap it to the successor key.</source>
        <translation>Entschlüsselbar, aber nur mit %1, der stillgelegt ist: Verschlüsseln Sie die Probe für den Nachfolgeschlüssel neu.</translation>
    </message>
    <message>
        <source>Decrypts with %1, which was revoked: presume its content exposed.</source>
        <translation>Entschlüsselbar mit %1, der widerrufen wurde: Betrachten Sie den Inhalt als offengelegt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Run %1&lt;/b&gt; by %2, %3 — %4 of %5 samples tested%6.</source>
        <translation>&lt;b&gt;Testlauf %1&lt;/b&gt; von %2, %3 — %4 von %5 Proben getestet%6.</translation>
    </message>
    <message>
        <source> (cancelled: partial run)</source>
        <translation> (abgebrochen: Teillauf)</translation>
    </message>
    <message>
        <source>No test run yet.</source>
        <translation>Noch kein Testlauf.</translation>
    </message>
    <message>
        <source>All kids</source>
        <translation>Alle kids</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 bytes, %3 serialization, SHA-256 %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 Byte, %3-Serialisierung, SHA-256 %4</translation>
    </message>
    <message>
        <source>&lt;br&gt;Plaintext: %1 bytes, SHA-256 %2 (the plaintext itself is never kept or shown).</source>
        <translation>&lt;br&gt;Klartext: %1 Byte, SHA-256 %2 (der Klartext selbst wird nie gespeichert oder angezeigt).</translation>
    </message>
    <message>
        <source>%1 of %2 — about %3 s left</source>
        <translation>%1 von %2 — noch etwa %3 s</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Reading sample files…</source>
        <translation>Probendateien werden gelesen…</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>%1 übersprungen: %2</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Run %1 cancelled: %2 of %3 samples tested and kept as a partial run.</source>
        <translation>Testlauf %1 abgebrochen: %2 von %3 Proben getestet und als Teillauf gespeichert.</translation>
    </message>
    <message>
        <source>Run %1: %2 of %3 samples decrypt with a current key.</source>
        <translation>Testlauf %1: %2 von %3 Proben sind mit einem aktuellen Schlüssel entschlüsselbar.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new sample(s); files read: %1, duplicates: %2.</source>
        <translation>
            <numerusform>%n neue Probe importiert; gelesene Dateien: %1, Duplikate: %2.</numerusform>
            <numerusform>%n neue Proben importiert; gelesene Dateien: %1, Duplikate: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by folder</source>
        <translation>Nach Ordner filtern</translation>
    </message>
    <message>
        <source>Filter by outcome</source>
        <translation>Nach Ergebnis filtern</translation>
    </message>
    <message>
        <source>Filter by kid</source>
        <translation>Nach kid filtern</translation>
    </message>
    <message>
        <source>Archived samples and their outcomes</source>
        <translation>Archivierte Proben und ihre Ergebnisse</translation>
    </message>
    <message>
        <source> (stored before runs were sealed by the audit log: no gate counts it)</source>
        <translation> (gespeichert, bevor Läufe durch das Audit-Protokoll versiegelt wurden: keine Sperre berücksichtigt ihn)</translation>
    </message>
</context>
<context>
    <name>keyward::ui::ShredSampleList</name>
    <message>
        <source>&amp;Name all for crypto-shred</source>
        <translation>&amp;Alle für Krypto-Shredding nennen</translation>
    </message>
    <message>
        <source>Archived samples the crypto-shred makes unreadable</source>
        <translation>Archivierte Proben, die das Krypto-Shredding unlesbar macht</translation>
    </message>
    <message numerus="yes">
        <source>%n archived sample(s) can be decrypted with %1 alone: destroying it makes them unreadable for good. Re-wrap them to a successor key first, or name each one here for the crypto-shred the approver signs.</source>
        <translation>
            <numerusform>%n archivierte Probe lässt sich nur mit %1 entschlüsseln: Seine Vernichtung macht sie dauerhaft unlesbar. Verschlüsseln Sie sie zuerst für einen Nachfolgeschlüssel um, oder nennen Sie sie hier für das Krypto-Shredding, das der Genehmiger signiert.</numerusform>
            <numerusform>%n archivierte Proben lassen sich nur mit %1 entschlüsseln: Seine Vernichtung macht sie dauerhaft unlesbar. Verschlüsseln Sie sie zuerst für einen Nachfolgeschlüssel um, oder nennen Sie jede hier für das Krypto-Shredding, das der Genehmiger signiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 (SHA-256 %3…)</source>
        <translation>%1 — %2 (SHA-256 %3…)</translation>
    </message>
</context>
<context>
    <name>keyward::ui::TrustMapPage</name>
    <message>
        <source>Trust map as a table</source>
        <translation>Vertrauenskarte als Tabelle</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>&amp;PNG exportieren…</translation>
    </message>
    <message>
        <source>Save the whole map as a PNG picture</source>
        <translation>Die gesamte Karte als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>Export &amp;SVG…</source>
        <translation>&amp;SVG exportieren…</translation>
    </message>
    <message>
        <source>Save the whole map as an SVG drawing</source>
        <translation>Die gesamte Karte als SVG-Grafik speichern</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Trust map</source>
        <translation>Vertrauenskarte</translation>
    </message>
    <message>
        <source>&amp;Graph</source>
        <translation>&amp;Graph</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit the whole map</source>
        <translation>Gesamte Karte einpassen</translation>
    </message>
    <message>
        <source>Click a kid to see its blast radius · drag to pan · wheel to zoom · arrows to walk</source>
        <translation>Klicken Sie auf einen kid, um seinen Schadensradius zu sehen · Ziehen zum Verschieben · Mausrad zum Zoomen · Pfeiltasten zum Navigieren</translation>
    </message>
    <message>
        <source>Retire readiness</source>
        <translation>Stilllegungsbereitschaft</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Could not read the trust map: %1</source>
        <translation>Die Vertrauenskarte konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n key set(s)</source>
        <translation>
            <numerusform>%n Schlüsselsatz</numerusform>
            <numerusform>%n Schlüsselsätze</numerusform>
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
            <numerusform>%n Workload</numerusform>
            <numerusform>%n Workloads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with stale trust</source>
        <translation>
            <numerusform>%n mit veraltetem Vertrauen</numerusform>
            <numerusform>%n mit veraltetem Vertrauen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rotation(s) converging</source>
        <translation>
            <numerusform>%n Rotation konvergiert</numerusform>
            <numerusform>%n Rotationen konvergieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyward trust map — %1</source>
        <translation>Keyward-Vertrauenskarte — %1</translation>
    </message>
    <message>
        <source>Choose a file name ending in .png or .svg.</source>
        <translation>Wählen Sie einen Dateinamen mit der Endung .png oder .svg.</translation>
    </message>
    <message>
        <source>Export the trust map</source>
        <translation>Vertrauenskarte exportieren</translation>
    </message>
    <message>
        <source>Saved the trust map to %1.</source>
        <translation>Vertrauenskarte in %1 gespeichert.</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Grafiken (*.svg)</translation>
    </message>
    <message>
        <source>No workload is registered yet. Register them with “Add workload…” or “Import workloads…” (a CSV/JSON list), then bring in what they use with “Import observations…” — or the same from “keyward-cli workload” and “keyward-cli observe import”.</source>
        <translation>Noch ist kein Workload registriert. Registrieren Sie Workloads mit „Workload hinzufügen…“ oder „Workloads importieren…“ (eine CSV-/JSON-Liste) und importieren Sie dann mit „Beobachtungen importieren…“, was sie verwenden – oder dasselbe mit „keyward-cli workload“ und „keyward-cli observe import“.</translation>
    </message>
    <message>
        <source>Import &amp;observations…</source>
        <translation>&amp;Beobachtungen importieren…</translation>
    </message>
    <message>
        <source>Import which workloads used which kids (CSV or JSON Lines)</source>
        <translation>Importieren, welche Workloads welche kids verwendet haben (CSV oder JSON Lines)</translation>
    </message>
    <message>
        <source>&amp;Add workload…</source>
        <translation>Workload &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Register a workload and what it trusts</source>
        <translation>Einen Workload registrieren und festlegen, wem er vertraut</translation>
    </message>
    <message>
        <source>&amp;Edit workload…</source>
        <translation>Workload &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Change the workload selected in the graph or the table</source>
        <translation>Den im Graphen oder in der Tabelle ausgewählten Workload ändern</translation>
    </message>
    <message>
        <source>&amp;Remove workload…</source>
        <translation>Workload &amp;entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected workload and its observations</source>
        <translation>Den ausgewählten Workload und seine Beobachtungen entfernen</translation>
    </message>
    <message>
        <source>Import &amp;workloads…</source>
        <translation>&amp;Workloads importieren…</translation>
    </message>
    <message>
        <source>Register workloads from a CSV or JSON file: all or nothing</source>
        <translation>Workloads aus einer CSV- oder JSON-Datei registrieren: alle oder keiner</translation>
    </message>
    <message>
        <source>Registered workload %1.</source>
        <translation>Workload %1 registriert.</translation>
    </message>
    <message>
        <source>Workload %1 is no longer registered.</source>
        <translation>Workload %1 ist nicht mehr registriert.</translation>
    </message>
    <message>
        <source>Saved workload %1.</source>
        <translation>Workload %1 gespeichert.</translation>
    </message>
    <message>
        <source>Remove workload</source>
        <translation>Workload entfernen</translation>
    </message>
    <message>
        <source>Remove workload %1 and everything observed about it? Its trust no longer counts for the blast radius or for the retirement gate.</source>
        <translation>Workload %1 und alles, was über ihn beobachtet wurde, entfernen? Sein Vertrauen zählt dann weder für den Schadensradius noch für die Stilllegungsschranke.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Workload %1 was not removed.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Workload %1 wurde nicht entfernt.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Removed workload %1 and its observations.</source>
        <translation>Workload %1 und seine Beobachtungen entfernt.</translation>
    </message>
    <message>
        <source>CSV or JSON files (*.csv *.json *.jsonl *.ndjson *.log *.txt);;All files (*)</source>
        <translation>CSV- oder JSON-Dateien (*.csv *.json *.jsonl *.ndjson *.log *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>Import observations</source>
        <translation>Beobachtungen importieren</translation>
    </message>
    <message>
        <source>Reading observations from %1…</source>
        <translation>Beobachtungen werden aus %1 gelesen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import of %1 cancelled: nothing was added.</source>
        <translation>Import von %1 abgebrochen: Es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 was not imported.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1 wurde nicht importiert.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>%1 was imported before: nothing was added.</source>
        <translation>%1 wurde bereits importiert: Es wurde nichts hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n line(s) read</source>
        <translation>
            <numerusform>%1 importiert: %n Zeile gelesen</numerusform>
            <numerusform>%1 importiert: %n Zeilen gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n observation(s) accepted</source>
        <translation>
            <numerusform>, %n Beobachtung übernommen</numerusform>
            <numerusform>, %n Beobachtungen übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n workload–kid pair(s)</source>
        <translation>
            <numerusform>, %n Paar aus Workload und kid</numerusform>
            <numerusform>, %n Paare aus Workload und kid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n line(s) skipped.</source>
        <translation>
            <numerusform>, %n Zeile übersprungen.</numerusform>
            <numerusform>, %n Zeilen übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import workloads</source>
        <translation>Workloads importieren</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MiB.</source>
        <translation>%1 ist größer als 64 MiB.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Nothing was imported: %n line(s) need fixing.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Nichts wurde importiert: %n Zeile muss korrigiert werden.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Nichts wurde importiert: %n Zeilen müssen korrigiert werden.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n workload(s) from %1.</source>
        <translation>
            <numerusform>%n Workload aus %1 importiert.</numerusform>
            <numerusform>%n Workloads aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>PNG</source>
        <comment>toolbar label of Export PNG</comment>
        <translation>PNG</translation>
    </message>
    <message>
        <source>SVG</source>
        <comment>toolbar label of Export SVG</comment>
        <translation>SVG</translation>
    </message>
    <message>
        <source>Observations</source>
        <comment>toolbar label of Import observations</comment>
        <translation>Beobachtungen</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>toolbar label of Add workload</comment>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>toolbar label of Edit workload</comment>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>toolbar label of Remove workload</comment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Workloads</source>
        <comment>toolbar label of Import workloads</comment>
        <translation>Workloads</translation>
    </message>
</context>
<context>
    <name>keyward::ui::UnlockDialog</name>
    <message>
        <source>Unlocking</source>
        <translation>Wird entsperrt</translation>
    </message>
    <message>
        <source>&lt;b&gt;This vault cannot be opened.&lt;/b&gt; %1&lt;br&gt;Nothing was changed. Restore the vault folder from a backup, or start Keyward with --vault to choose another one.</source>
        <translation>&lt;b&gt;Dieser Tresor kann nicht geöffnet werden.&lt;/b&gt; %1&lt;br&gt;Es wurde nichts geändert. Stellen Sie den Tresorordner aus einer Sicherung wieder her oder starten Sie Keyward mit --vault, um einen anderen zu wählen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo vault&lt;/b&gt; — a throwaway vault in a temporary folder, deleted when Keyward exits. Its officers and passphrases:</source>
        <translation>&lt;b&gt;Demo-Tresor&lt;/b&gt; — ein Wegwerf-Tresor in einem temporären Ordner, der beim Beenden von Keyward gelöscht wird. Seine Beauftragten und Passphrasen:</translation>
    </message>
    <message>
        <source>Unlocking as %1…</source>
        <translation>Entsperren als %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Wrong passphrase for %1.&lt;/b&gt; Check the officer and Caps Lock, then try again.</source>
        <translation>&lt;b&gt;Falsche Passphrase für %1.&lt;/b&gt; Prüfen Sie den Beauftragten und die Feststelltaste und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The vault is damaged.&lt;/b&gt; %1&lt;br&gt;Nothing was changed. Restore it from a backup.</source>
        <translation>&lt;b&gt;Der Tresor ist beschädigt.&lt;/b&gt; %1&lt;br&gt;Es wurde nichts geändert. Stellen Sie ihn aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This vault was written by a newer Keyward.&lt;/b&gt; %1&lt;br&gt;Update Keyward to open it; nothing was changed.</source>
        <translation>&lt;b&gt;Dieser Tresor wurde von einem neueren Keyward geschrieben.&lt;/b&gt; %1&lt;br&gt;Aktualisieren Sie Keyward, um ihn zu öffnen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The vault could not be unlocked.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Der Tresor konnte nicht entsperrt werden.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>You can try again in %1 s.</source>
        <extracomment>Shown after a wrong passphrase while the unlock button waits.</extracomment>
        <translation>Sie können es in %1 s erneut versuchen.</translation>
    </message>
    <message>
        <source>&amp;Enroll…</source>
        <translation>&amp;Registrieren…</translation>
    </message>
    <message>
        <source>First run of a new officer: enroll with both halves and choose your passphrase.</source>
        <translation>Erster Start eines neuen Beauftragten: Registrieren Sie sich mit beiden Hälften und wählen Sie Ihre Passphrase.</translation>
    </message>
</context>
<context>
    <name>keyward::ui::VaultChangeWatcher</name>
    <message>
        <source>Another Keyward program removed an officer and re-keyed this vault, so this window was locked. Unlock again with your passphrase.</source>
        <translation>Ein anderes Keyward-Programm hat einen Beauftragten entfernt und diesen Tresor neu verschlüsselt, daher wurde dieses Fenster gesperrt. Entsperren Sie erneut mit Ihrer Passphrase.</translation>
    </message>
</context>
<context>
    <name>keyward::ui::VerifyExportDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Verify an export</source>
        <translation>Einen Export prüfen</translation>
    </message>
    <message>
        <source>Checks a JWKS bundle or an audit export folder exactly as an auditor would, without opening any vault: digests, signatures, the officer roster, the hash chain and the Merkle tree.</source>
        <translation>Prüft ein JWKS-Bundle oder den Ordner eines Prüfexports genau so, wie ein Auditor es täte, ohne einen Tresor zu öffnen: Hashwerte, Signaturen, die Beauftragtenliste, die Hash-Kette und den Merkle-Baum.</translation>
    </message>
    <message>
        <source>Optional: the previous audit export you received</source>
        <translation>Optional: der vorherige Prüfexport, den Sie erhalten haben</translation>
    </message>
    <message>
        <source>Optional: the vault fingerprint your officers gave you</source>
        <translation>Optional: der Tresor-Fingerabdruck, den Ihnen Ihre Beauftragten mitgeteilt haben</translation>
    </message>
    <message>
        <source>Export folder:</source>
        <translation>Exportordner:</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Exportordner</translation>
    </message>
    <message>
        <source>Earlier export:</source>
        <translation>Früherer Export:</translation>
    </message>
    <message>
        <source>Earlier export</source>
        <translation>Früherer Export</translation>
    </message>
    <message>
        <source>Vault &amp;fingerprint:</source>
        <translation>Tresor-&amp;Fingerabdruck:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Was geprüft wurde</translation>
    </message>
    <message>
        <source>audit export</source>
        <translation>Prüfexport</translation>
    </message>
    <message>
        <source>JWKS bundle</source>
        <translation>JWKS-Bundle</translation>
    </message>
    <message>
        <source>%1 holds neither manifest.jws (an audit export) nor manifest.json (a JWKS bundle).</source>
        <translation>%1 enthält weder manifest.jws (ein Prüfexport) noch manifest.json (ein JWKS-Bundle).</translation>
    </message>
    <message>
        <source>✓ passed</source>
        <translation>✓ bestanden</translation>
    </message>
    <message>
        <source>✗ FAILED</source>
        <translation>✗ FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>! note</source>
        <translation>! Hinweis</translation>
    </message>
    <message>
        <source>This %1 verifies: nothing in it was changed, added, removed or reordered.</source>
        <translation>%1 erfolgreich verifiziert: Darin wurde nichts verändert, hinzugefügt, entfernt oder umsortiert.</translation>
    </message>
    <message>
        <source>This %1 does NOT verify: %2</source>
        <translation>%1 lässt sich NICHT verifizieren: %2</translation>
    </message>
</context>
<context>
    <name>keyward::ui::WelcomePage</name>
    <message>
        <source>Create a Keyward vault</source>
        <translation>Einen Keyward-Tresor anlegen</translation>
    </message>
    <message>
        <source>No vault was found, so Keyward will create one.</source>
        <translation>Es wurde kein Tresor gefunden, daher legt Keyward einen an.</translation>
    </message>
    <message>
        <source>A vault is an encrypted folder that holds your key inventory, the officers who govern it and a tamper-evident audit log. Each officer unlocks it with their own passphrase.</source>
        <translation>Ein Tresor ist ein verschlüsselter Ordner mit Ihrem Schlüsselbestand, den Beauftragten, die ihn verwalten, und einem manipulationssicheren Prüfprotokoll. Jeder Beauftragte entsperrt ihn mit seiner eigenen Passphrase.</translation>
    </message>
    <message>
        <source>The vault will be created in:</source>
        <translation>Der Tresor wird angelegt in:</translation>
    </message>
    <message>
        <source>Start Keyward with --vault PATH (or set KEYWARD_VAULT) to use another folder.</source>
        <translation>Starten Sie Keyward mit --vault PFAD (oder setzen Sie KEYWARD_VAULT), um einen anderen Ordner zu verwenden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Two officers are needed.&lt;/b&gt; Keyward enforces a two-person rule: rotations, retirements and other governed changes are requested by one officer and approved by another. You will set up the first officer, then the second officer (an approver) types their own passphrase.</source>
        <translation>&lt;b&gt;Zwei Beauftragte sind nötig.&lt;/b&gt; Keyward setzt das Vier-Augen-Prinzip durch: Rotationen, Stilllegungen und andere kontrollierte Änderungen werden von einem Beauftragten beantragt und von einem anderen genehmigt. Sie richten den ersten Beauftragten ein, dann gibt der zweite Beauftragte (ein Genehmiger) seine eigene Passphrase ein.</translation>
    </message>
</context>
<context>
    <name>keyward::ui::appearance::HighContrastAction</name>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Hoher Kontrast</translation>
    </message>
    <message>
        <source>White text on black, yellow selection and focus</source>
        <translation>Weißer Text auf Schwarz, gelbe Auswahl und Fokus</translation>
    </message>
    <message>
        <source>High contrast is on: white on black, with a yellow frame around the focus.</source>
        <translation>Hoher Kontrast ist an: Weiß auf Schwarz, mit einem gelben Rahmen um den Fokus.</translation>
    </message>
    <message>
        <source>High contrast is off.</source>
        <translation>Hoher Kontrast ist aus.</translation>
    </message>
</context>
<context>
    <name>keyward::ui::trustmap::NodeItem</name>
    <message>
        <source>converging</source>
        <extracomment>Trust map: tag on a key in grace whose rotation has not converged (it may not be retired yet).</extracomment>
        <translation>konvergiert</translation>
    </message>
    <message>
        <source>stale</source>
        <extracomment>Trust map: tag on a workload still using a retired or revoked kid.</extracomment>
        <translation>veraltet</translation>
    </message>
</context>
<context>
    <name>keyward::ui::trustmap::RetireReadinessPanel</name>
    <message>
        <source>What still blocks the retirement</source>
        <translation>Was der Stilllegung noch entgegensteht</translation>
    </message>
    <message>
        <source>Retire readiness</source>
        <translation>Stilllegungsbereitschaft</translation>
    </message>
    <message>
        <source>Select a kid on the map or in the table to see whether it may be retired and what still blocks it.</source>
        <translation>Wählen Sie einen kid auf der Karte oder in der Tabelle, um zu sehen, ob er stillgelegt werden darf und was dem noch entgegensteht.</translation>
    </message>
    <message>
        <source>Retire %1?</source>
        <translation>%1 stilllegen?</translation>
    </message>
    <message>
        <source>pins this kid</source>
        <translation>legt diesen kid fest</translation>
    </message>
    <message>
        <source>trusts the key set</source>
        <translation>vertraut dem Schlüsselsatz</translation>
    </message>
    <message>
        <source>was seen using this kid</source>
        <translation>wurde bei der Verwendung dieses kid beobachtet</translation>
    </message>
    <message>
        <source>has not refreshed its JWKS since %1 was published</source>
        <translation>hat sein JWKS nicht mehr aktualisiert, seit %1 veröffentlicht wurde</translation>
    </message>
    <message>
        <source>pins this kid: it must be unpinned</source>
        <translation>legt diesen kid fest: Die Festlegung muss aufgehoben werden</translation>
    </message>
    <message>
        <source>tokens signed before the handover may still be valid</source>
        <translation>vor der Übergabe signierte Tokens können noch gültig sein</translation>
    </message>
    <message>
        <source>Already out of service (%1). Workloads still using it are stale trust:</source>
        <translation>Bereits außer Dienst (%1). Workloads, die ihn noch verwenden, stellen veraltetes Vertrauen dar:</translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation>zuletzt gesehen: %1</translation>
    </message>
    <message>
        <source>Already out of service (%1); no workload still uses it.</source>
        <translation>Bereits außer Dienst (%1); kein Workload verwendet ihn mehr.</translation>
    </message>
    <message>
        <source>Token lifetime:</source>
        <translation>Token-Lebensdauer:</translation>
    </message>
    <message>
        <source>clears %1</source>
        <translation>entfällt ab %1</translation>
    </message>
    <message>
        <source>never clears by itself</source>
        <translation>entfällt nie von selbst</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not yet:&lt;/b&gt; %1 is the primary of %2; rotate it first. After the rotation the map shows when every workload has converged.</source>
        <translation>&lt;b&gt;Noch nicht:&lt;/b&gt; %1 ist der Primärschlüssel von %2; rotieren Sie ihn zuerst. Nach der Rotation zeigt die Karte, wann alle Workloads konvergiert sind.</translation>
    </message>
    <message>
        <source>Ready to retire.</source>
        <translation>Bereit zur Stilllegung.</translation>
    </message>
    <message>
        <source>Every workload converged at %1.</source>
        <translation>Alle Workloads sind seit %1 konvergiert.</translation>
    </message>
    <message>
        <source>No workload still depends on it.</source>
        <translation>Kein Workload hängt mehr von ihm ab.</translation>
    </message>
    <message>
        <source>Not yet.</source>
        <translation>Noch nicht.</translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s) left</source>
        <translation>
            <numerusform>Noch %n Hindernis</numerusform>
            <numerusform>Noch %n Hindernisse</numerusform>
        </translation>
    </message>
    <message>
        <source>; converges at %1 if nothing changes.</source>
        <translation>; konvergiert am %1, wenn sich nichts ändert.</translation>
    </message>
    <message>
        <source>; one of them does not clear by itself.</source>
        <translation>; eines davon entfällt nicht von selbst.</translation>
    </message>
    <message>
        <source>State: %1. </source>
        <translation>Zustand: %1. </translation>
    </message>
</context>
<context>
    <name>keyward::ui::trustmap::TrustGraphExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not encode the map as PNG (%1 × %2 pixels).</source>
        <translation>Die Karte konnte nicht als PNG kodiert werden (%1 × %2 Pixel).</translation>
    </message>
    <message>
        <source>Keyward trust map: key sets, kids and the workloads that trust them.</source>
        <translation>Keyward-Vertrauenskarte: Schlüsselsätze, kids und die Workloads, die ihnen vertrauen.</translation>
    </message>
</context>
<context>
    <name>keyward::ui::trustmap::TrustGraphScene</name>
    <message>
        <source>Key set %1</source>
        <translation>Schlüsselsatz %1</translation>
    </message>
    <message>
        <source>Workload %1 (%2), still using a retired or revoked kid</source>
        <translation>Workload %1 (%2), nutzt noch einen stillgelegten oder widerrufenen kid</translation>
    </message>
    <message>
        <source>Workload %1 (%2)</source>
        <translation>Workload %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Kid %1 in %2, %3%4: %n workload(s) break if it vanishes</source>
        <extracomment>Kid summary: kid, key set, state, then how many workloads break / are exposed.</extracomment>
        <translation>
            <numerusform>Kid %1 in %2, %3%4: %n Workload fällt aus, wenn er verschwindet</numerusform>
            <numerusform>Kid %1 in %2, %3%4: %n Workloads fallen aus, wenn er verschwindet</numerusform>
        </translation>
    </message>
    <message>
        <source>, primary</source>
        <translation>, primär</translation>
    </message>
    <message numerus="yes">
        <source>, %n exposed if it leaks</source>
        <translation>
            <numerusform>, %n gefährdet, falls er offengelegt wird</numerusform>
            <numerusform>, %n gefährdet, falls er offengelegt wird</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::ui::trustmap::TrustGraphView</name>
    <message>
        <source>Trust map graph</source>
        <translation>Graph der Vertrauenskarte</translation>
    </message>
    <message>
        <source>Key sets, their kids and the workloads that trust them. Arrow keys move between nodes; plus and minus zoom; 0 fits the map.</source>
        <translation>Schlüsselsätze, ihre kids und die Workloads, die ihnen vertrauen. Mit den Pfeiltasten wechseln Sie zwischen Knoten; Plus und Minus zoomen; 0 passt die Karte ins Fenster ein.</translation>
    </message>
    <message>
        <source>Nothing selected. Arrow keys move between nodes.</source>
        <translation>Nichts ausgewählt. Mit den Pfeiltasten wechseln Sie zwischen Knoten.</translation>
    </message>
</context>
<context>
    <name>keyward::ui::trustmap::TrustLegend</name>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Kid: %1</source>
        <translation>Kid: %1</translation>
    </message>
    <message>
        <source>Workload with stale trust</source>
        <translation>Workload mit veraltetem Vertrauen</translation>
    </message>
    <message>
        <source>Declared trust, not observed</source>
        <translation>Deklariertes Vertrauen, nicht beobachtet</translation>
    </message>
    <message>
        <source>Observed, not declared</source>
        <translation>Beobachtet, nicht deklariert</translation>
    </message>
    <message>
        <source>Declared and observed</source>
        <translation>Deklariert und beobachtet</translation>
    </message>
    <message>
        <source>Breaks if the selected kid vanishes</source>
        <translation>Fällt aus, wenn der ausgewählte kid verschwindet</translation>
    </message>
    <message>
        <source>Exposed if the selected kid leaks</source>
        <translation>Gefährdet, wenn der ausgewählte kid kompromittiert wird</translation>
    </message>
</context>
<context>
    <name>keyward::ui::trustmap::TrustSummary</name>
    <message>
        <source>%1 → %2 (%3)</source>
        <extracomment>Overview: a workload still using a kid that left service; %3 is the kid&apos;s state.</extracomment>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n blocker(s), converged by %2</source>
        <translation>
            <numerusform>%1: %n Hindernis, konvergiert bis %2</numerusform>
            <numerusform>%1: %n Hindernisse, konvergiert bis %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n blocker(s), one never clears by itself</source>
        <translation>
            <numerusform>%1: %n Hindernis, das sich nie von selbst auflöst</numerusform>
            <numerusform>%1: %n Hindernisse, davon eines, das sich nie von selbst auflöst</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::ui::trustmap::TrustTableModel</name>
    <message>
        <source>declared and observed</source>
        <translation>deklariert und beobachtet</translation>
    </message>
    <message>
        <source>observed only</source>
        <translation>nur beobachtet</translation>
    </message>
    <message>
        <source>declared, not observed</source>
        <translation>deklariert, nicht beobachtet</translation>
    </message>
    <message>
        <source>, pinned</source>
        <translation>, festgelegt</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (veraltet)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Kid</source>
        <translation>Kid</translation>
    </message>
    <message>
        <source>Key set</source>
        <translation>Schlüsselsatz</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Workload</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt beobachtet</translation>
    </message>
</context>
<context>
    <name>keyward::ui::trustmap::WorkloadDialog</name>
    <message>
        <source>Workload name</source>
        <translation>Name des Workloads</translation>
    </message>
    <message>
        <source>e.g. checkout-api</source>
        <translation>z. B. checkout-api</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>the team that runs it</source>
        <translation>das Team, das ihn betreibt</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Trusted key sets</source>
        <translation>Vertraute Schlüsselsätze</translation>
    </message>
    <message>
        <source>key set names, separated by commas</source>
        <translation>Namen von Schlüsselsätzen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Pinned kids</source>
        <translation>Festgelegte kids</translation>
    </message>
    <message>
        <source>kids trusted one by one, separated by commas</source>
        <translation>einzeln vertraute kids, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>JWKS cache TTL</source>
        <translation>JWKS-Cache-TTL</translation>
    </message>
    <message>
        <source>e.g. 300, 5m, 1h, 1d</source>
        <translation>z. B. 300, 5m, 1h, 1d</translation>
    </message>
    <message>
        <source>Maximum token TTL</source>
        <translation>Maximale Token-TTL</translation>
    </message>
    <message>
        <source>0: the key set&apos;s policy applies</source>
        <translation>0: Es gilt die Richtlinie des Schlüsselsatzes</translation>
    </message>
    <message>
        <source>Edit workload %1</source>
        <translation>Workload %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add a workload</source>
        <translation>Workload hinzufügen</translation>
    </message>
    <message>
        <source>Refresh mode</source>
        <translation>Aktualisierungsmodus</translation>
    </message>
    <message>
        <source>Poll (refetch when the cache TTL ends)</source>
        <translation>Abfragen (neu laden, wenn die Cache-TTL abläuft)</translation>
    </message>
    <message>
        <source>On unknown kid (refetch when a token names a new kid)</source>
        <translation>Bei unbekanntem kid (neu laden, wenn ein Token einen neuen kid nennt)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Eigentümer:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>Trusted key &amp;sets:</source>
        <translation>&amp;Vertraute Schlüsselsätze:</translation>
    </message>
    <message>
        <source>Pinned &amp;kids:</source>
        <translation>Festgelegte &amp;kids:</translation>
    </message>
    <message>
        <source>JWKS &amp;cache TTL:</source>
        <translation>JWKS-&amp;Cache-TTL:</translation>
    </message>
    <message>
        <source>&amp;Refresh mode:</source>
        <translation>Akt&amp;ualisierungsmodus:</translation>
    </message>
    <message>
        <source>Maximum &amp;token TTL:</source>
        <translation>Maximale &amp;Token-TTL:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Noti&amp;zen:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Enter the JWKS cache TTL (e.g. 300, 5m, 1h, 1d).</source>
        <translation>Geben Sie die JWKS-Cache-TTL ein (z. B. 300, 5m, 1h, 1d).</translation>
    </message>
    <message>
        <source>The JWKS cache TTL “%1” is not a duration (e.g. 300, 5m, 1h, 1d).</source>
        <translation>Die JWKS-Cache-TTL „%1“ ist keine Dauer (z. B. 300, 5m, 1h, 1d).</translation>
    </message>
    <message>
        <source>The maximum token TTL “%1” is not a duration (e.g. 300, 5m, 1h, 1d).</source>
        <translation>Die maximale Token-TTL „%1“ ist keine Dauer (z. B. 300, 5m, 1h, 1d).</translation>
    </message>
    <message>
        <source>“%1” is a kid, not a key set: list it under pinned kids.</source>
        <translation>„%1“ ist ein kid, kein Schlüsselsatz: Tragen Sie ihn unter den festgelegten kids ein.</translation>
    </message>
    <message>
        <source>“%1” is a key set, not a kid: list it under trusted key sets.</source>
        <translation>„%1“ ist ein Schlüsselsatz, kein kid: Tragen Sie ihn unter den vertrauten Schlüsselsätzen ein.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing was changed.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Es wurde nichts geändert.&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Governs the keys behind JWTs and JWE.</source>
        <translation>Verwaltet die Schlüssel hinter JWTs und JWE.</translation>
    </message>
    <message>
        <source>Use the vault folder &lt;path&gt;.</source>
        <translation>Den Tresorordner &lt;path&gt; verwenden.</translation>
    </message>
    <message>
        <source>Open a throwaway demo vault with example officers.</source>
        <translation>Einen Wegwerf-Demo-Tresor mit Beispiel-Beauftragten öffnen.</translation>
    </message>
    <message>
        <source>Lock after &lt;minutes&gt; without activity (0: never; default 5).</source>
        <translation>Nach &lt;minutes&gt; ohne Aktivität sperren (0: nie; Standard 5).</translation>
    </message>
    <message>
        <source>Keyward</source>
        <translation>Keyward</translation>
    </message>
    <message>
        <source>govern the keys behind JWTs and JWE</source>
        <translation>die Schlüssel hinter JWTs und JWE verwalten</translation>
    </message>
    <message>
        <source>Keyward keeps an inventory of JOSE signing and encryption keys in an encrypted vault, rotates them under a two-person rule and keeps a signed audit log. Without options it opens the default vault, or starts the first-run wizard when there is none.</source>
        <translation>Keyward führt einen Bestand von JOSE-Signatur- und -Verschlüsselungsschlüsseln in einem verschlüsselten Tresor, rotiert sie nach dem Vier-Augen-Prinzip und führt ein signiertes Prüfprotokoll. Ohne Optionen öffnet es den Standardtresor oder startet den Einrichtungsassistenten, wenn es noch keinen gibt.</translation>
    </message>
    <message>
        <source>Print the options and exit.</source>
        <translation>Die Optionen ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Die Version ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Show white on black with a yellow focus, whatever View ▸ High contrast says.</source>
        <translation>Weiß auf Schwarz mit gelbem Fokus zeigen, unabhängig von Ansicht ▸ Hoher Kontrast.</translation>
    </message>
</context>
</TS>
