<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddOfficerDialog</name>
    <message>
        <source>Add officer — Keyward</source>
        <translation>Ajouter un responsable — Keyward</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hand the keyboard to the new officer.&lt;/b&gt; They type their own passphrase; nobody else should know it.</source>
        <translation>&lt;b&gt;Confiez le clavier au nouveau responsable.&lt;/b&gt; Il saisit sa propre phrase secrète&#xa0;; personne d&apos;autre ne doit la connaître.</translation>
    </message>
    <message>
        <source>&amp;Reason for adding:</source>
        <translation>&amp;Raison de l&apos;ajout&#xa0;:</translation>
    </message>
    <message>
        <source>signed by the approver with the request</source>
        <translation>signée par l&apos;approbateur avec la demande</translation>
    </message>
</context>
<context>
    <name>AesGcm</name>
    <message>
        <source>An AES-GCM key must be 128, 192 or 256 bits long, not %1 bits.</source>
        <translation>Une clé AES-GCM doit faire 128, 192 ou 256 bits, et non %1 bits.</translation>
    </message>
    <message>
        <source>An AES-GCM IV must be 96 bits long, not %1 bits.</source>
        <translation>Un IV AES-GCM doit faire 96 bits, et non %1 bits.</translation>
    </message>
    <message>
        <source>The AES-GCM authentication tag does not match: the data or its key is wrong.</source>
        <translation>Le tag d&apos;authentification AES-GCM ne correspond pas&#xa0;: les données ou leur clé sont erronées.</translation>
    </message>
    <message>
        <source>Could not start AES-GCM decryption.</source>
        <translation>Impossible de démarrer le déchiffrement AES-GCM.</translation>
    </message>
    <message>
        <source>AES-GCM decryption failed.</source>
        <translation>Le déchiffrement AES-GCM a échoué.</translation>
    </message>
    <message>
        <source>Could not set the AES-GCM tag.</source>
        <translation>Impossible de définir le tag AES-GCM.</translation>
    </message>
    <message>
        <source>Could not start AES-GCM encryption.</source>
        <translation>Impossible de démarrer le chiffrement AES-GCM.</translation>
    </message>
    <message>
        <source>AES-GCM encryption failed.</source>
        <translation>Le chiffrement AES-GCM a échoué.</translation>
    </message>
</context>
<context>
    <name>AesKeyWrap</name>
    <message>
        <source>An AES key-wrap key must be 128, 192 or 256 bits long, not %1 bits.</source>
        <translation>Une clé d&apos;encapsulation AES doit faire 128, 192 ou 256 bits, et non %1 bits.</translation>
    </message>
    <message>
        <source>AES key wrap needs key data of at least 128 bits in 64-bit blocks (got %1 bytes).</source>
        <translation>L&apos;encapsulation AES exige des données de clé d&apos;au moins 128 bits en blocs de 64 bits (reçu&#xa0;: %1 octets).</translation>
    </message>
    <message>
        <source>Could not start AES key wrap.</source>
        <translation>Impossible de démarrer l&apos;encapsulation AES.</translation>
    </message>
    <message>
        <source>AES key wrap failed.</source>
        <translation>L&apos;encapsulation AES a échoué.</translation>
    </message>
    <message>
        <source>A wrapped key must be at least 24 bytes in 64-bit blocks (got %1 bytes).</source>
        <translation>Une clé encapsulée doit faire au moins 24 octets en blocs de 64 bits (reçu&#xa0;: %1 octets).</translation>
    </message>
    <message>
        <source>Could not start AES key unwrap.</source>
        <translation>Impossible de démarrer la désencapsulation AES.</translation>
    </message>
    <message>
        <source>The wrapped key does not unwrap: the key-encryption key is wrong or the data was altered.</source>
        <translation>La clé encapsulée ne se désencapsule pas&#xa0;: la clé de chiffrement de clé est erronée ou les données ont été modifiées.</translation>
    </message>
    <message>
        <source>AES key unwrap failed.</source>
        <translation>Le désemballage de clé AES a échoué.</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Approve or reject request — Keyward</source>
        <translation>Approuver ou rejeter la demande — Keyward</translation>
    </message>
    <message>
        <source>&lt;b&gt;Exactly what changes when this is approved&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ce qui change exactement si la demande est approuvée&lt;/b&gt;</translation>
    </message>
    <message>
        <source>R&amp;eason, if you reject (signed and recorded; required to reject):</source>
        <translation>R&amp;aison en cas de rejet (signée et consignée&#xa0;; obligatoire pour rejeter)&#xa0;:</translation>
    </message>
    <message>
        <source>Why this change should not happen</source>
        <translation>Pourquoi ce changement ne doit pas avoir lieu</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;jeter</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Approve and sign</source>
        <translation>A&amp;pprouver et signer</translation>
    </message>
</context>
<context>
    <name>ContentEncryption</name>
    <message>
        <source>The content does not authenticate: the ciphertext, its header, IV or tag was altered, or the key is wrong.</source>
        <translation>Le contenu ne s&apos;authentifie pas&#xa0;: le texte chiffré, son en-tête, son IV ou son tag a été modifié, ou la clé est erronée.</translation>
    </message>
    <message>
        <source>HMAC with SHA-%1 is not supported.</source>
        <translation>HMAC avec SHA-%1 n&apos;est pas pris en charge.</translation>
    </message>
    <message>
        <source>Could not compute the HMAC.</source>
        <translation>Impossible de calculer le HMAC.</translation>
    </message>
    <message>
        <source>%1 needs a %2-bit content encryption key, not %3 bits.</source>
        <translation>%1 exige une clé de chiffrement du contenu de %2 bits, et non %3 bits.</translation>
    </message>
    <message>
        <source>%1 needs a %2-bit IV, not %3 bits.</source>
        <translation>%1 exige un IV de %2 bits, et non %3 bits.</translation>
    </message>
    <message>
        <source>Could not start AES-CBC encryption.</source>
        <translation>Impossible de démarrer le chiffrement AES-CBC.</translation>
    </message>
    <message>
        <source>AES-CBC encryption failed.</source>
        <translation>Le chiffrement AES-CBC a échoué.</translation>
    </message>
    <message>
        <source>Could not start AES-CBC decryption.</source>
        <translation>Impossible de démarrer le déchiffrement AES-CBC.</translation>
    </message>
</context>
<context>
    <name>CountersignDialog</name>
    <message>
        <source>Countersign review — Keyward</source>
        <translation>Contresigner la revue — Keyward</translation>
    </message>
    <message>
        <source>&amp;Note — what you checked (signed and recorded in the audit log):</source>
        <translation>&amp;Note — ce que vous avez vérifié (signée et consignée dans le journal d&apos;audit)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>C&amp;ountersign</source>
        <translation>&amp;Contresigner</translation>
    </message>
</context>
<context>
    <name>CustodianDutiesDialog</name>
    <message>
        <source>Key custodian duties — Keyward</source>
        <translation>Devoirs de dépositaire de clés — Keyward</translation>
    </message>
    <message>
        <source>&lt;ul&gt;&lt;li&gt;I keep my passphrase secret, never write it where others can read it and never share it, not even with another officer.&lt;/li&gt;&lt;li&gt;I approve only requests I have checked myself, and never approve my own work.&lt;/li&gt;&lt;li&gt;I report at once a suspected compromise of a key, of my passphrase or of this workstation.&lt;/li&gt;&lt;li&gt;I do not copy private key material out of the vault except through an approved export.&lt;/li&gt;&lt;li&gt;When my role ends, I tell an admin so my access is removed and my keys are reviewed.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;&lt;li&gt;Je garde ma phrase secrète pour moi, je ne l&apos;écris jamais là où d&apos;autres peuvent la lire et je ne la partage jamais, pas même avec un autre responsable.&lt;/li&gt;&lt;li&gt;Je n&apos;approuve que des demandes que j&apos;ai vérifiées moi-même, et jamais mon propre travail.&lt;/li&gt;&lt;li&gt;Je signale immédiatement toute compromission présumée d&apos;une clé, de ma phrase secrète ou de ce poste de travail.&lt;/li&gt;&lt;li&gt;Je ne copie du matériel de clé privé hors du coffre que par un export approuvé.&lt;/li&gt;&lt;li&gt;Quand mon rôle prend fin, j&apos;en informe un administrateur pour que mon accès soit retiré et mes clés revues.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>I have read and accept my duties as a key custodian</source>
        <translation>J&apos;ai lu et j&apos;accepte mes devoirs de dépositaire de clés</translation>
    </message>
    <message>
        <source>Your acknowledgement is recorded in the audit log with your name and the time.</source>
        <translation>Votre acceptation est consignée dans le journal d&apos;audit avec votre nom et l&apos;heure.</translation>
    </message>
</context>
<context>
    <name>Deflate</name>
    <message>
        <source>Could not start DEFLATE compression.</source>
        <translation>Impossible de démarrer la compression DEFLATE.</translation>
    </message>
    <message>
        <source>DEFLATE compression failed.</source>
        <translation>La compression DEFLATE a échoué.</translation>
    </message>
    <message>
        <source>Could not start DEFLATE decompression.</source>
        <translation>Impossible de démarrer la décompression DEFLATE.</translation>
    </message>
    <message>
        <source>The compressed content inflates to more than %1 bytes, the cap for zip content.</source>
        <translation>Le contenu compressé se décompresse en plus de %1 octets, la limite pour un contenu zip.</translation>
    </message>
    <message>
        <source>The compressed content has trailing bytes after the DEFLATE stream.</source>
        <translation>Le contenu compressé comporte des octets en trop après le flux DEFLATE.</translation>
    </message>
    <message>
        <source>The compressed content is truncated.</source>
        <translation>Le contenu compressé est tronqué.</translation>
    </message>
    <message>
        <source>The compressed content is not valid DEFLATE data.</source>
        <translation>Le contenu compressé n&apos;est pas un flux DEFLATE valide.</translation>
    </message>
</context>
<context>
    <name>GenerateKeyDialog</name>
    <message>
        <source>Generate key — Keyward</source>
        <translation>Générer une clé — Keyward</translation>
    </message>
    <message>
        <source>Key &amp;set:</source>
        <translation>&amp;Jeu de clés&#xa0;:</translation>
    </message>
    <message>
        <source>The JWKS the key is published in; a new name creates the set with the default policy</source>
        <translation>Le JWKS où la clé est publiée&#xa0;; un nouveau nom crée le jeu avec la politique par défaut</translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation>&amp;Usage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation>&amp;Algorithme&#xa0;:</translation>
    </message>
    <message>
        <source>Si&amp;ze / curve:</source>
        <translation>&amp;Taille / courbe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kid:</source>
        <translation>&amp;Kid&#xa0;:</translation>
    </message>
    <message>
        <source>empty: the RFC 7638 thumbprint</source>
        <translation>vide&#xa0;: l&apos;empreinte RFC 7638</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Propriétaire&#xa0;:</translation>
    </message>
    <message>
        <source>team or person responsible</source>
        <translation>équipe ou personne responsable</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement&#xa0;:</translation>
    </message>
    <message>
        <source>Acti&amp;vates:</source>
        <translation>Acti&amp;vation&#xa0;:</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>immédiatement</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm &apos;UTC&apos;</source>
        <translation>yyyy-MM-dd HH:mm &apos;UTC&apos;</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>E&amp;xpiration&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>Éti&amp;quettes&#xa0;:</translation>
    </message>
    <message>
        <source>comma separated</source>
        <translation>séparées par des virgules</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ImportKeyDialog</name>
    <message>
        <source>Import keys — Keyward</source>
        <translation>Importer des clés — Keyward</translation>
    </message>
    <message>
        <source>Add JWK, JWK Set, PEM (SPKI, PKCS#8, encrypted PKCS#8) or X.509 certificate files — or drop them on this dialog.</source>
        <translation>Ajoutez des fichiers JWK, JWK Set, PEM (SPKI, PKCS#8, PKCS#8 chiffré) ou des certificats X.509 — ou déposez-les sur cette fenêtre.</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Key &amp;set:</source>
        <translation>&amp;Jeu de clés&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation>&amp;Usage&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;lg:</source>
        <translation>A&amp;lg&#xa0;:</translation>
    </message>
    <message>
        <source>empty: the input&apos;s alg, else none pinned</source>
        <translation>vide&#xa0;: l&apos;alg de l&apos;entrée, sinon aucun fixé</translation>
    </message>
    <message>
        <source>&amp;Kid:</source>
        <translation>&amp;Kid&#xa0;:</translation>
    </message>
    <message>
        <source>empty: the input&apos;s kid, else the RFC 7638 thumbprint</source>
        <translation>vide&#xa0;: le kid de l&apos;entrée, sinon l&apos;empreinte RFC 7638</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Pr&amp;opriétaire&#xa0;:</translation>
    </message>
    <message>
        <source>team or person responsible</source>
        <translation>équipe ou personne responsable</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>E&amp;xpiration&#xa0;:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm &apos;UTC&apos;</source>
        <translation>yyyy-MM-dd HH:mm &apos;UTC&apos;</translation>
    </message>
    <message>
        <source>What would be imported:</source>
        <translation>Ce qui serait importé&#xa0;:</translation>
    </message>
    <message>
        <source>for encrypted PKCS#8 files</source>
        <translation>pour les fichiers PKCS#8 chiffrés</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Fichiers à importer</translation>
    </message>
</context>
<context>
    <name>Jwe</name>
    <message>
        <source>The JWE %1 is not strict base64url: %2</source>
        <translation>L&apos;élément %1 du JWE n&apos;est pas en base64url strict&#xa0;: %2</translation>
    </message>
    <message>
        <source>The JWE protected header: %1</source>
        <translation>L&apos;en-tête protégé du JWE&#xa0;: %1</translation>
    </message>
    <message>
        <source>The JWE %1 is larger than the %2-byte cap.</source>
        <translation>L&apos;élément %1 du JWE dépasse la limite de %2 octets.</translation>
    </message>
    <message>
        <source>The JWE JSON has no &quot;%1&quot; member.</source>
        <translation>Le JSON du JWE n&apos;a pas de membre «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The JWE JSON member &quot;%1&quot; is not a string.</source>
        <translation>Le membre «&#xa0;%1&#xa0;» du JSON du JWE n&apos;est pas une chaîne.</translation>
    </message>
    <message>
        <source>A compact JWE has five dot-separated parts; this one has %1.</source>
        <translation>Un JWE compact comporte cinq parties séparées par des points&#xa0;; celui-ci en a %1.</translation>
    </message>
    <message>
        <source>encrypted key</source>
        <translation>clé chiffrée</translation>
    </message>
    <message>
        <source>IV</source>
        <translation>IV</translation>
    </message>
    <message>
        <source>ciphertext</source>
        <translation>texte chiffré</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>tag</translation>
    </message>
    <message>
        <source>The JWE JSON member &quot;%1&quot; is not an object.</source>
        <translation>Le membre «&#xa0;%1&#xa0;» du JSON du JWE n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; header</source>
        <translation>en-tête «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The JWE JSON: %1</source>
        <translation>Le JSON du JWE&#xa0;: %1</translation>
    </message>
    <message>
        <source>The JWE JSON member &quot;protected&quot; is not a string.</source>
        <translation>Le membre «&#xa0;protected&#xa0;» du JSON du JWE n&apos;est pas une chaîne.</translation>
    </message>
    <message>
        <source>The JWE JSON member &quot;aad&quot; is not a string.</source>
        <translation>Le membre «&#xa0;aad&#xa0;» du JSON du JWE n&apos;est pas une chaîne.</translation>
    </message>
    <message>
        <source>aad</source>
        <translation>aad</translation>
    </message>
    <message>
        <source>A JWE cannot use both &quot;recipients&quot; and the flattened &quot;header&quot;/&quot;encrypted_key&quot; members.</source>
        <translation>Un JWE ne peut pas utiliser à la fois «&#xa0;recipients&#xa0;» et les membres aplatis «&#xa0;header&#xa0;»/«&#xa0;encrypted_key&#xa0;».</translation>
    </message>
    <message>
        <source>The JWE &quot;recipients&quot; member is not a non-empty array.</source>
        <translation>Le membre «&#xa0;recipients&#xa0;» du JWE n&apos;est pas un tableau non vide.</translation>
    </message>
    <message>
        <source>The JWE has more than %1 recipients.</source>
        <translation>Le JWE a plus de %1 destinataires.</translation>
    </message>
    <message>
        <source>A JWE recipient is not an object.</source>
        <translation>Un destinataire du JWE n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>The JWE is larger than the %1-byte cap.</source>
        <translation>Le JWE dépasse la limite de %1 octets.</translation>
    </message>
    <message>
        <source>The JWE is empty.</source>
        <translation>Le JWE est vide.</translation>
    </message>
</context>
<context>
    <name>JweDecryptor</name>
    <message>
        <source>The JWE header has no &quot;%1&quot;.</source>
        <translation>L&apos;en-tête du JWE n&apos;a pas de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The JWE header &quot;%1&quot; is not a non-empty string.</source>
        <translation>L&apos;en-tête «&#xa0;%1&#xa0;» du JWE n&apos;est pas une chaîne non vide.</translation>
    </message>
    <message>
        <source>&quot;alg&quot;: &quot;none&quot; is refused (RFC 8725 §3.2).</source>
        <translation>«&#xa0;alg&#xa0;»&#xa0;: «&#xa0;none&#xa0;» est refusé (RFC 8725 §3.2).</translation>
    </message>
    <message>
        <source>The recipient uses RSA1_5, which is deprecated (padding-oracle attacks) and never decrypted; re-encrypt the data with RSA-OAEP-256.</source>
        <translation>Le destinataire utilise RSA1_5, obsolète (attaques par oracle de remplissage) et jamais déchiffré&#xa0;; rechiffrez les données avec RSA-OAEP-256.</translation>
    </message>
    <message>
        <source>&quot;zip&quot; must be in the protected header.</source>
        <translation>«&#xa0;zip&#xa0;» doit figurer dans l&apos;en-tête protégé.</translation>
    </message>
    <message>
        <source>The compression &quot;zip&quot; value is not &quot;DEF&quot;.</source>
        <translation>La valeur de compression «&#xa0;zip&#xa0;» n&apos;est pas «&#xa0;DEF&#xa0;».</translation>
    </message>
    <message>
        <source>The JWE is password-encrypted (PBES2) and no password was supplied.</source>
        <translation>Le JWE est chiffré par mot de passe (PBES2) et aucun mot de passe n&apos;a été fourni.</translation>
    </message>
    <message>
        <source>The recipient names no key (&quot;kid&quot; is missing), so no key can be chosen for it.</source>
        <translation>Le destinataire ne désigne aucune clé («&#xa0;kid&#xa0;» manque)&#xa0;: aucune clé ne peut être choisie pour lui.</translation>
    </message>
    <message>
        <source>The recipient &quot;kid&quot; is not a non-empty string.</source>
        <translation>Le «&#xa0;kid&#xa0;» du destinataire n&apos;est pas une chaîne non vide.</translation>
    </message>
    <message>
        <source>No key with kid &quot;%1&quot; is in the vault.</source>
        <translation>Aucune clé de kid «&#xa0;%1&#xa0;» ne se trouve dans le coffre.</translation>
    </message>
    <message>
        <source>The JWE has no recipients.</source>
        <translation>Le JWE n&apos;a aucun destinataire.</translation>
    </message>
    <message>
        <source>No recipient of the JWE uses an algorithm that fits this %1 key.</source>
        <translation>Aucun destinataire du JWE n&apos;utilise un algorithme adapté à cette clé %1.</translation>
    </message>
    <message>
        <source>The content encryption &quot;%1&quot; is not supported.</source>
        <translation>Le chiffrement de contenu «&#xa0;%1&#xa0;» n&apos;est pas pris en charge.</translation>
    </message>
    <message>
        <source>The PBES2 iteration count %1 is above the cap of %2.</source>
        <translation>Le nombre d&apos;itérations PBES2 %1 dépasse la limite de %2.</translation>
    </message>
</context>
<context>
    <name>JweEncryptor</name>
    <message>
        <source>The header member &quot;%1&quot; given by the caller disagrees with the encryption.</source>
        <translation>Le membre d&apos;en-tête «&#xa0;%1&#xa0;» fourni par l&apos;appelant contredit le chiffrement.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a password.</source>
        <translation>«&#xa0;%1&#xa0;» exige un mot de passe.</translation>
    </message>
    <message>
        <source>The header member &quot;%1&quot; is in more than one JWE header.</source>
        <translation>Le membre d&apos;en-tête «&#xa0;%1&#xa0;» figure dans plus d&apos;un en-tête du JWE.</translation>
    </message>
    <message>
        <source>The content encryption &quot;%1&quot; is not supported.</source>
        <translation>Le chiffrement de contenu «&#xa0;%1&#xa0;» n&apos;est pas pris en charge.</translation>
    </message>
    <message>
        <source>A JWE needs at least one recipient.</source>
        <translation>Un JWE exige au moins un destinataire.</translation>
    </message>
    <message>
        <source>Only the general JSON serialization can hold several recipients.</source>
        <translation>Seule la sérialisation JSON générale peut contenir plusieurs destinataires.</translation>
    </message>
    <message>
        <source>A compact JWE has no unprotected headers and no &quot;aad&quot;.</source>
        <translation>Un JWE compact n&apos;a ni en-têtes non protégés ni «&#xa0;aad&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; determines the content key itself and cannot share a JWE with other recipients.</source>
        <translation>«&#xa0;%1&#xa0;» détermine lui-même la clé de contenu et ne peut pas partager un JWE avec d&apos;autres destinataires.</translation>
    </message>
    <message>
        <source>The verbatim protected header is not base64url.</source>
        <translation>L&apos;en-tête protégé fourni tel quel n&apos;est pas en base64url.</translation>
    </message>
    <message>
        <source>The verbatim protected header is not a JSON object: %1</source>
        <translation>L&apos;en-tête protégé fourni tel quel n&apos;est pas un objet JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 needs a %2-bit content key.</source>
        <translation>%1 exige une clé de contenu de %2 bits.</translation>
    </message>
    <message>
        <source>&quot;zip&quot; must be in the protected header.</source>
        <translation>«&#xa0;zip&#xa0;» doit figurer dans l&apos;en-tête protégé.</translation>
    </message>
    <message>
        <source>A compact JWE needs every header member in its protected header.</source>
        <translation>Un JWE compact exige que chaque membre d&apos;en-tête figure dans son en-tête protégé.</translation>
    </message>
</context>
<context>
    <name>JweKeyManagement</name>
    <message>
        <source>The JWE header has no &quot;%1&quot; parameter, which its &quot;alg&quot; needs.</source>
        <translation>L&apos;en-tête du JWE n&apos;a pas le paramètre «&#xa0;%1&#xa0;» qu&apos;exige son «&#xa0;alg&#xa0;».</translation>
    </message>
    <message>
        <source>The JWE header parameter &quot;%1&quot; is not a string.</source>
        <translation>Le paramètre d&apos;en-tête «&#xa0;%1&#xa0;» du JWE n&apos;est pas une chaîne.</translation>
    </message>
    <message>
        <source>The JWE header parameter &quot;%1&quot; is not strict base64url: %2</source>
        <translation>Le paramètre d&apos;en-tête «&#xa0;%1&#xa0;» du JWE n&apos;est pas en base64url strict&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses no encrypted key, but the JWE carries one.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;utilise pas de clé chiffrée, mais le JWE en contient une.</translation>
    </message>
    <message>
        <source>The ECDH-ES &quot;epk&quot; member &quot;%1&quot; is missing or not strict base64url.</source>
        <translation>Le membre «&#xa0;%1&#xa0;» de l&apos;«&#xa0;epk&#xa0;» ECDH-ES manque ou n&apos;est pas en base64url strict.</translation>
    </message>
    <message>
        <source>The ECDH-ES &quot;epk&quot; member &quot;%1&quot; must be %2 bytes long.</source>
        <translation>Le membre «&#xa0;%1&#xa0;» de l&apos;«&#xa0;epk&#xa0;» ECDH-ES doit faire %2 octets.</translation>
    </message>
    <message>
        <source>The ECDH-ES header has no &quot;epk&quot; object.</source>
        <translation>L&apos;en-tête ECDH-ES n&apos;a pas d&apos;objet «&#xa0;epk&#xa0;».</translation>
    </message>
    <message>
        <source>The ECDH-ES &quot;epk&quot; contains a private key.</source>
        <translation>L&apos;«&#xa0;epk&#xa0;» ECDH-ES contient une clé privée.</translation>
    </message>
    <message>
        <source>The ECDH-ES ephemeral key (kty &quot;%1&quot;, crv &quot;%2&quot;) is not an EC P-256/384/521 or X25519 key.</source>
        <translation>La clé éphémère ECDH-ES (kty «&#xa0;%1&#xa0;», crv «&#xa0;%2&#xa0;») n&apos;est pas une clé EC P-256/384/521 ni X25519.</translation>
    </message>
    <message>
        <source>The ECDH-ES ephemeral key is on %1 but the recipient key is on %2.</source>
        <translation>La clé éphémère ECDH-ES est sur %1 mais la clé du destinataire est sur %2.</translation>
    </message>
    <message>
        <source>An X25519 &quot;epk&quot; has no &quot;y&quot; member.</source>
        <translation>Un «&#xa0;epk&#xa0;» X25519 n&apos;a pas de membre «&#xa0;y&#xa0;».</translation>
    </message>
    <message>
        <source>The X25519 ephemeral key is refused.</source>
        <translation>La clé éphémère X25519 est refusée.</translation>
    </message>
    <message>
        <source>Could not decode the ephemeral key.</source>
        <translation>Impossible de décoder la clé éphémère.</translation>
    </message>
    <message>
        <source>The ECDH-ES ephemeral key is not a point on %1.</source>
        <translation>La clé éphémère ECDH-ES n&apos;est pas un point de %1.</translation>
    </message>
    <message>
        <source>The encrypted key does not unwrap with this key: it is the wrong key or the data was altered.</source>
        <translation>La clé chiffrée ne se désencapsule pas avec cette clé&#xa0;: ce n&apos;est pas la bonne clé ou les données ont été modifiées.</translation>
    </message>
    <message>
        <source>The unwrapped content key has %1 bits; %2 needs %3.</source>
        <translation>La clé de contenu désencapsulée fait %1 bits&#xa0;; %2 en exige %3.</translation>
    </message>
    <message>
        <source>The PBES2 &quot;p2c&quot; is not a positive integer.</source>
        <translation>Le «&#xa0;p2c&#xa0;» PBES2 n&apos;est pas un entier positif.</translation>
    </message>
    <message>
        <source>The PBES2 iteration count %1 is above the cap of %2.</source>
        <translation>Le nombre d&apos;itérations PBES2 %1 dépasse la limite de %2.</translation>
    </message>
    <message>
        <source>The PBES2 salt input &quot;p2s&quot; is shorter than 8 bytes.</source>
        <translation>L&apos;entrée de sel PBES2 «&#xa0;p2s&#xa0;» fait moins de 8 octets.</translation>
    </message>
    <message>
        <source>No password is available for this PBES2-encrypted JWE.</source>
        <translation>Aucun mot de passe n&apos;est disponible pour ce JWE chiffré par PBES2.</translation>
    </message>
    <message>
        <source>The AES-GCM key wrap &quot;iv&quot; must be 96 bits and its &quot;tag&quot; 128 bits.</source>
        <translation>Pour l&apos;encapsulation AES-GCM, «&#xa0;iv&#xa0;» doit faire 96 bits et «&#xa0;tag&#xa0;» 128 bits.</translation>
    </message>
    <message>
        <source>&quot;dir&quot; with %1 needs a %2-bit key.</source>
        <translation>«&#xa0;dir&#xa0;» avec %1 exige une clé de %2 bits.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JWE key management algorithm Keyward decrypts.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un algorithme de gestion de clé JWE que Keyward déchiffre.</translation>
    </message>
    <message>
        <source>PBES2 needs a password.</source>
        <translation>PBES2 exige un mot de passe.</translation>
    </message>
    <message>
        <source>Keyward does not encrypt with &quot;%1&quot;.</source>
        <translation>Keyward ne chiffre pas avec «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; derives a key longer than Keyward supports.</source>
        <translation>«&#xa0;%1&#xa0;» dérive une clé plus longue que ce que Keyward prend en charge.</translation>
    </message>
</context>
<context>
    <name>KeyManagement</name>
    <message>
        <source>RSA-OAEP with SHA-%1 is not supported.</source>
        <translation>RSA-OAEP avec SHA-%1 n&apos;est pas pris en charge.</translation>
    </message>
    <message>
        <source>Could not configure RSA-OAEP.</source>
        <translation>Impossible de configurer RSA-OAEP.</translation>
    </message>
    <message>
        <source>Could not set the RSA-OAEP label.</source>
        <translation>Impossible de définir l&apos;étiquette RSA-OAEP.</translation>
    </message>
    <message>
        <source>RSA-OAEP needs an RSA key.</source>
        <translation>RSA-OAEP exige une clé RSA.</translation>
    </message>
    <message>
        <source>Could not start RSA-OAEP encryption.</source>
        <translation>Impossible de démarrer le chiffrement RSA-OAEP.</translation>
    </message>
    <message>
        <source>RSA-OAEP encryption failed.</source>
        <translation>Le chiffrement RSA-OAEP a échoué.</translation>
    </message>
    <message>
        <source>Could not start RSA-OAEP decryption.</source>
        <translation>Impossible de démarrer le déchiffrement RSA-OAEP.</translation>
    </message>
    <message>
        <source>The encrypted key does not decrypt with this RSA key.</source>
        <translation>La clé chiffrée ne se déchiffre pas avec cette clé RSA.</translation>
    </message>
    <message>
        <source>ECDH needs both keys.</source>
        <translation>ECDH exige les deux clés.</translation>
    </message>
    <message>
        <source>ECDH needs an EC or X25519 key.</source>
        <translation>ECDH exige une clé EC ou X25519.</translation>
    </message>
    <message>
        <source>The ephemeral public key is on %1 but the recipient key is on %2.</source>
        <translation>La clé publique éphémère est sur %1 mais la clé du destinataire est sur %2.</translation>
    </message>
    <message>
        <source>The ephemeral public key is not a valid point on %1.</source>
        <translation>La clé publique éphémère n&apos;est pas un point valide de %1.</translation>
    </message>
    <message>
        <source>ECDH key agreement with the ephemeral public key was refused.</source>
        <translation>L&apos;accord de clé ECDH avec la clé publique éphémère a été refusé.</translation>
    </message>
    <message>
        <source>The ephemeral X25519 key is a low-order point (all-zero shared secret).</source>
        <translation>La clé X25519 éphémère est un point d&apos;ordre faible (secret partagé entièrement nul).</translation>
    </message>
    <message>
        <source>ECDH-ES needs an EC (P-256/384/521) or X25519 recipient key.</source>
        <translation>ECDH-ES exige une clé de destinataire EC (P-256/384/521) ou X25519.</translation>
    </message>
    <message>
        <source>Could not generate the ephemeral key.</source>
        <translation>Impossible de générer la clé éphémère.</translation>
    </message>
    <message>
        <source>Unusable PBKDF2 parameters.</source>
        <translation>Paramètres PBKDF2 inutilisables.</translation>
    </message>
    <message>
        <source>PBKDF2 key derivation failed.</source>
        <translation>La dérivation de clé PBKDF2 a échoué.</translation>
    </message>
    <message>
        <source>The buffer for the ECDH shared secret is too small.</source>
        <translation>Le tampon du secret partagé ECDH est trop petit.</translation>
    </message>
    <message>
        <source>Could not decode the ephemeral key.</source>
        <translation>Impossible de décoder la clé éphémère.</translation>
    </message>
    <message>
        <source>The ECDH-ES ephemeral key is not a point on %1.</source>
        <translation>La clé éphémère ECDH-ES n&apos;est pas un point de %1.</translation>
    </message>
</context>
<context>
    <name>KeyRequestDialog</name>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Waiting period:</source>
        <translation>&amp;Délai d&apos;attente&#xa0;:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>Recipient &amp;JWK file:</source>
        <translation>Fichier &amp;JWK du destinataire&#xa0;:</translation>
    </message>
    <message>
        <source>The recipient&apos;s public JWK (.json)</source>
        <translation>La JWK publique du destinataire (.json)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
</context>
<context>
    <name>KeySetPolicyDialog</name>
    <message>
        <source>Key set policy — Keyward</source>
        <translation>Politique du jeu de clés — Keyward</translation>
    </message>
    <message>
        <source>Key &amp;set:</source>
        <translation>&amp;Jeu de clés&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Cryptoperiod:</source>
        <translation>&amp;Cryptopériode&#xa0;:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>&amp;First expiry warning:</source>
        <translation>&amp;Première alerte d&apos;expiration&#xa0;:</translation>
    </message>
    <message>
        <source> days before</source>
        <translation> jours avant</translation>
    </message>
    <message>
        <source>Fi&amp;nal expiry warning:</source>
        <translation>&amp;Dernière alerte d&apos;expiration&#xa0;:</translation>
    </message>
    <message>
        <source>Maximum token &amp;TTL:</source>
        <translation>&amp;TTL maximal des jetons&#xa0;:</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Clock s&amp;kew allowance:</source>
        <translation>Tolérance de décalage d&apos;&amp;horloge&#xa0;:</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> secondes</translation>
    </message>
    <message>
        <source>Minimum &amp;overlap:</source>
        <translation>Chevauchement &amp;minimal&#xa0;:</translation>
    </message>
    <message>
        <source>Default &amp;environment:</source>
        <translation>&amp;Environnement par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Bundle signing kid:</source>
        <translation>Kid de signature du &amp;lot JWKS&#xa0;:</translation>
    </message>
    <message>
        <source>optional: the kid that signs this set&apos;s JWKS bundle</source>
        <translation>facultatif&#xa0;: le kid qui signe le lot JWKS de ce jeu</translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation>&amp;Raison du changement&#xa0;:</translation>
    </message>
    <message>
        <source>signed by the approver with the change</source>
        <translation>signée par l&apos;approbateur avec le changement</translation>
    </message>
</context>
<context>
    <name>OfficerForm</name>
    <message>
        <source>Officer &amp;name:</source>
        <translation>&amp;Nom du responsable&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. alice</source>
        <translation>p. ex. alice</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rôles&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Admin (officers, policies)</source>
        <translation>&amp;Administrateur (responsables, politiques)</translation>
    </message>
    <message>
        <source>&amp;Key officer (keys, rotation requests)</source>
        <translation>Responsable des &amp;clés (clés, demandes de rotation)</translation>
    </message>
    <message>
        <source>A&amp;pprover (approves requests)</source>
        <translation>A&amp;pprobateur (approuve les demandes)</translation>
    </message>
    <message>
        <source>A&amp;uditor (read-only, evidence)</source>
        <translation>A&amp;uditeur (lecture seule, preuves)</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Phrase &amp;secrète&#xa0;:</translation>
    </message>
    <message>
        <source>At least 12 characters; several words work well</source>
        <translation>Au moins 12 caractères&#xa0;; plusieurs mots conviennent bien</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>C&amp;onfirmer&#xa0;:</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>Saisissez à nouveau la phrase secrète</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Robustesse&#xa0;:</translation>
    </message>
</context>
<context>
    <name>OfficerRequestDialog</name>
    <message>
        <source>Roles after the change</source>
        <translation>Rôles après le changement</translation>
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
        <translation>&amp;Raison&#xa0;:</translation>
    </message>
    <message>
        <source>signed by the approver with the change</source>
        <translation>signée par l&apos;approbateur avec le changement</translation>
    </message>
</context>
<context>
    <name>RegisterKeyDialog</name>
    <message>
        <source>Register public key — Keyward</source>
        <translation>Enregistrer une clé publique — Keyward</translation>
    </message>
    <message>
        <source>Paste the public part of a key held elsewhere (an HSM, a partner): a JWK, JWK Set, SPKI PEM or certificate. Private members are dropped, never stored.</source>
        <translation>Collez la partie publique d&apos;une clé détenue ailleurs (un HSM, un partenaire)&#xa0;: une JWK, un JWK Set, un PEM SPKI ou un certificat. Les membres privés sont écartés, jamais stockés.</translation>
    </message>
    <message>
        <source>Key &amp;set:</source>
        <translation>&amp;Jeu de clés&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation>&amp;Usage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kid:</source>
        <translation>&amp;Kid&#xa0;:</translation>
    </message>
    <message>
        <source>empty: the input&apos;s kid, else the RFC 7638 thumbprint</source>
        <translation>vide&#xa0;: le kid de l&apos;entrée, sinon l&apos;empreinte RFC 7638</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Propriétaire&#xa0;:</translation>
    </message>
    <message>
        <source>team or person responsible</source>
        <translation>équipe ou personne responsable</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>E&amp;xpiration&#xa0;:</translation>
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
        <translation>Révoquer la clé — Keyward</translation>
    </message>
    <message>
        <source>&amp;Reason — what is suspected (recorded in the audit log and the review):</source>
        <translation>&amp;Raison — ce qui est soupçonné (consignée dans le journal d&apos;audit et dans la revue)&#xa0;:</translation>
    </message>
    <message>
        <source>Also request a &amp;rotation to:</source>
        <translation>Demander aussi une r&amp;otation vers&#xa0;:</translation>
    </message>
    <message>
        <source>Files a rotation request with the revocation, in one step; a second officer approves it like any other</source>
        <translation>Dépose une demande de rotation avec la révocation, en une seule étape&#xa0;; un second responsable l&apos;approuve comme toute autre</translation>
    </message>
    <message>
        <source>Successor to request</source>
        <translation>Successeur à demander</translation>
    </message>
</context>
<context>
    <name>RotationOverlapPage</name>
    <message>
        <source>Overlap</source>
        <translation>Chevauchement</translation>
    </message>
    <message>
        <source>How long the current key stays in grace after the handover before it may be retired.</source>
        <translation>Combien de temps la clé actuelle reste en période de grâce après la relève avant de pouvoir être retirée.</translation>
    </message>
    <message>
        <source>&amp;Computed by the retirement gate (recommended)</source>
        <translation>&amp;Calculé par le contrôle de retrait (recommandé)</translation>
    </message>
    <message>
        <source>&amp;Longer overlap:</source>
        <translation>Chevauchement plus &amp;long&#xa0;:</translation>
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
        <translation>Pourquoi une rotation</translation>
    </message>
    <message>
        <source>The reason is signed by the approver and kept in the audit log.</source>
        <translation>La raison est signée par l&apos;approbateur et conservée dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Reason &amp;category:</source>
        <translation>&amp;Catégorie de raison&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison&#xa0;:</translation>
    </message>
    <message>
        <source>What happened or what is due, in a sentence the approver can check</source>
        <translation>Ce qui s&apos;est passé ou ce qui est dû, en une phrase que l&apos;approbateur peut vérifier</translation>
    </message>
</context>
<context>
    <name>RotationSuccessorPage</name>
    <message>
        <source>Successor</source>
        <translation>Successeur</translation>
    </message>
    <message>
        <source>The key that becomes primary when the rotation is executed.</source>
        <translation>La clé qui devient principale quand la rotation est exécutée.</translation>
    </message>
    <message>
        <source>&amp;Same parameters as the current key</source>
        <translation>&amp;Mêmes paramètres que la clé actuelle</translation>
    </message>
    <message>
        <source>&amp;New parameters</source>
        <translation>&amp;Nouveaux paramètres</translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation>&amp;Algorithme&#xa0;:</translation>
    </message>
    <message>
        <source>Si&amp;ze / curve:</source>
        <translation>&amp;Taille / courbe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Propriétaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;kid:</source>
        <translation>&amp;kid&#xa0;:</translation>
    </message>
    <message>
        <source>empty: the RFC 7638 thumbprint</source>
        <translation>vide&#xa0;: l&apos;empreinte RFC 7638</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>E&amp;xpiration&#xa0;:</translation>
    </message>
    <message>
        <source>One cryptoperiod after execution</source>
        <translation>Une cryptopériode après l&apos;exécution</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm &apos;UTC&apos;</source>
        <translation>yyyy-MM-dd HH:mm &apos;UTC&apos;</translation>
    </message>
    <message>
        <source>An existing &amp;pre-published key of this key set</source>
        <translation>Une clé existante prépubliée de ce &amp;jeu de clés</translation>
    </message>
</context>
<context>
    <name>RotationSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>Exactly what the approver signs and what execution will do.</source>
        <translation>Exactement ce que l&apos;approbateur signe et ce que l&apos;exécution fera.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock vault — Keyward</source>
        <translation>Déverrouiller le coffre — Keyward</translation>
    </message>
    <message>
        <source>Unlock the vault</source>
        <translation>Déverrouiller le coffre</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
</context>
<context>
    <name>keyward::cli::ArgParser</name>
    <message>
        <source>Unknown option %1.</source>
        <translation>Option inconnue %1.</translation>
    </message>
    <message>
        <source>A passphrase is never accepted on the command line (it would show in the process list and the shell history). Use --passphrase-file FILE or KEYWARD_PASSPHRASE_FILE.</source>
        <translation>Une phrase secrète n&apos;est jamais acceptée sur la ligne de commande (elle apparaîtrait dans la liste des processus et l&apos;historique du shell). Utilisez --passphrase-file FILE ou KEYWARD_PASSPHRASE_FILE.</translation>
    </message>
    <message>
        <source>Option --%1 needs a value.</source>
        <translation>L&apos;option --%1 exige une valeur.</translation>
    </message>
    <message>
        <source>Option --%1 takes no value.</source>
        <translation>L&apos;option --%1 ne prend pas de valeur.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Option inconnue --%1.</translation>
    </message>
</context>
<context>
    <name>keyward::cli::AuditCommands</name>
    <message>
        <source>The audit chain is broken at event %1: %2</source>
        <translation>La chaîne d&apos;audit est rompue à l&apos;événement %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The audit chain is intact: %1 events, head %2.</source>
        <translation>La chaîne d&apos;audit est intacte&#xa0;: %1 événements, tête %2.</translation>
    </message>
    <message>
        <source>Check the audit hash chain of the vault (exit 4 when broken).</source>
        <translation>Vérifier la chaîne de hachage du journal d&apos;audit du coffre (code de sortie 4 si elle est rompue).</translation>
    </message>
</context>
<context>
    <name>keyward::cli::BackupCommands</name>
    <message>
        <source>vault backup needs --out DIR (a new or empty folder).</source>
        <translation>vault backup exige --out DIR (un dossier nouveau ou vide).</translation>
    </message>
    <message numerus="yes">
        <source>Backed up the vault to %1 (%n audit event(s)). Check it with: keyward-cli vault check %1</source>
        <translation>
            <numerusform>Coffre sauvegardé dans %1 (%n événement d&apos;audit). Vérifiez-le avec&#xa0;: keyward-cli vault check %1</numerusform>
            <numerusform>Coffre sauvegardé dans %1 (%n événements d&apos;audit). Vérifiez-le avec&#xa0;: keyward-cli vault check %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Use --as OFFICER.</source>
        <translation>Utilisez --as OFFICER.</translation>
    </message>
    <message>
        <source>keyward-cli: the backup in %1 is not whole: %2</source>
        <translation>keyward-cli&#xa0;: la sauvegarde dans %1 n&apos;est pas complète&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>The backup in %1 is whole: it opens for %2, passes the integrity check and its audit chain of %n event(s) is intact.</source>
        <translation>
            <numerusform>La sauvegarde dans %1 est complète&#xa0;: elle s&apos;ouvre pour %2, passe le contrôle d&apos;intégrité et sa chaîne d&apos;audit de %n événement est intacte.</numerusform>
            <numerusform>La sauvegarde dans %1 est complète&#xa0;: elle s&apos;ouvre pour %2, passe le contrôle d&apos;intégrité et sa chaîne d&apos;audit de %n événements est intacte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy the vault (database and keyslots of one moment) into a new or empty folder, also while other programs use it.</source>
        <translation>Copier le coffre (base de données et emplacements de clé d&apos;un même instant) dans un dossier nouveau ou vide, même pendant que d&apos;autres programmes l&apos;utilisent.</translation>
    </message>
    <message>
        <source>Unlock a backup read-only and report whether it is whole (exit 0 whole, 4 not whole, 3 wrong passphrase).</source>
        <translation>Déverrouiller une sauvegarde en lecture seule et indiquer si elle est complète (code de sortie 0 complète, 4 incomplète, 3 phrase secrète erronée).</translation>
    </message>
</context>
<context>
    <name>keyward::cli::CalendarCommands</name>
    <message>
        <source>calendar export needs --out FILE.ics.</source>
        <translation>calendar export exige --out FILE.ics.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to %1.</source>
        <translation>
            <numerusform>%n événement écrit dans %1.</numerusform>
            <numerusform>%n événements écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write an iCalendar file of due rotations, retirements, expiries and scheduled destructions.</source>
        <translation>Écrire un fichier iCalendar des rotations, retraits, expirations et destructions planifiées à venir.</translation>
    </message>
</context>
<context>
    <name>keyward::cli::CliContext</name>
    <message>
        <source>warning: KEYWARD_KDF=test selects the test-only key derivation cost; never use it for a real vault.</source>
        <translation>avertissement&#xa0;: KEYWARD_KDF=test sélectionne le coût de dérivation de clé réservé aux tests&#xa0;; ne l&apos;utilisez jamais pour un vrai coffre.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>Impossible de lire le fichier de phrase secrète %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The passphrase file %1 is too large.</source>
        <translation>Le fichier de phrase secrète %1 est trop volumineux.</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>Le fichier de phrase secrète %1 est vide.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Phrase secrète&#xa0;: </translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Répétez la phrase secrète&#xa0;: </translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Les phrases secrètes ne correspondent pas.</translation>
    </message>
    <message>
        <source>No passphrase given: use --passphrase-file FILE or set KEYWARD_PASSPHRASE_FILE.</source>
        <translation>Aucune phrase secrète fournie&#xa0;: utilisez --passphrase-file FILE ou définissez KEYWARD_PASSPHRASE_FILE.</translation>
    </message>
    <message>
        <source>No passphrase entered.</source>
        <translation>Aucune phrase secrète saisie.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; roles are %2.</source>
        <translation>Rôle inconnu «&#xa0;%1&#xa0;»&#xa0;; les rôles sont %2.</translation>
    </message>
    <message>
        <source>This vault has several officers: say which one you are with --as OFFICER.</source>
        <translation>Ce coffre a plusieurs responsables&#xa0;: indiquez lequel vous êtes avec --as OFFICER.</translation>
    </message>
    <message>
        <source>keyward-cli: %1</source>
        <translation>keyward-cli&#xa0;: %1</translation>
    </message>
    <message>
        <source>Run &apos;keyward-cli --help&apos; for the commands and options.</source>
        <translation>Lancez &apos;keyward-cli --help&apos; pour les commandes et les options.</translation>
    </message>
    <message>
        <source>warning: KEYWARD_TEST_NOW=&quot;%1&quot; is not an ISO 8601 date-time; using the real time.</source>
        <translation>avertissement&#xa0;: KEYWARD_TEST_NOW=&quot;%1&quot; n&apos;est pas une date-heure ISO 8601&#xa0;; l&apos;heure réelle est utilisée.</translation>
    </message>
    <message>
        <source>warning: KEYWARD_TEST_NOW freezes the clock at %1 for the test suite only; never use it for a real vault.</source>
        <translation>avertissement&#xa0;: KEYWARD_TEST_NOW fige l&apos;horloge à %1 pour la suite de tests uniquement&#xa0;; ne l&apos;utilisez jamais pour un vrai coffre.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>keyward::cli::DriftCommands</name>
    <message>
        <source>drift check needs --set S and --url URL.</source>
        <translation>drift check exige --set S et --url URL.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Drift: %n finding(s) for key set %1.</source>
        <translation>
            <numerusform>Dérive&#xa0;: %n constat pour le jeu de clés %1.</numerusform>
            <numerusform>Dérive&#xa0;: %n constats pour le jeu de clés %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 serves what the vault publishes for key set %2.</source>
        <translation>%1 sert ce que le coffre publie pour le jeu de clés %2.</translation>
    </message>
    <message>
        <source>Compare a live JWKS with what the vault publishes; exit 4 on any finding.</source>
        <translation>Comparer un JWKS en production avec ce que publie le coffre&#xa0;; code de sortie 4 au moindre constat.</translation>
    </message>
</context>
<context>
    <name>keyward::cli::ExportCommands</name>
    <message>
        <source>export jwks needs --set S and --out DIR.</source>
        <translation>export jwks exige --set S et --out DIR.</translation>
    </message>
    <message numerus="yes">
        <source>Exported the JWKS bundle of %1 (%n key(s)), signed by %2, to %3.</source>
        <translation>
            <numerusform>Lot JWKS de %1 (%n clé), signé par %2, exporté vers %3.</numerusform>
            <numerusform>Lot JWKS de %1 (%n clés), signé par %2, exporté vers %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 is not an ISO 8601 date or time: %2</source>
        <translation>--%1 n&apos;est pas une date ni une heure ISO 8601&#xa0;: %2</translation>
    </message>
    <message>
        <source>export audit needs --out DIR.</source>
        <translation>export audit exige --out DIR.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit event(s) to %1. The tree head (%2 events) is signed by you; a second officer co-signs it with: keyward-cli export cosign %1 --as OTHER</source>
        <translation>
            <numerusform>%n événement d&apos;audit exporté vers %1. La tête d&apos;arbre (%2 événements) est signée par vous&#xa0;; un second responsable la contresigne avec&#xa0;: keyward-cli export cosign %1 --as OTHER</numerusform>
            <numerusform>%n événements d&apos;audit exportés vers %1. La tête d&apos;arbre (%2 événements) est signée par vous&#xa0;; un second responsable la contresigne avec&#xa0;: keyward-cli export cosign %1 --as OTHER</numerusform>
        </translation>
    </message>
    <message>
        <source>Co-signed the tree head in %1: it matches this vault&apos;s log.</source>
        <translation>Tête d&apos;arbre de %1 contresignée&#xa0;: elle correspond au journal d&apos;audit de ce coffre.</translation>
    </message>
    <message>
        <source>Write the signed JWKS bundle of a key set (jwks.json, jwks.jws, manifest.json).</source>
        <translation>Écrire le lot JWKS signé d&apos;un jeu de clés (jwks.json, jwks.jws, manifest.json).</translation>
    </message>
    <message>
        <source>Write the audit evidence folder (audit.jsonl, audit.csv, signed manifest and tree head, report.pdf).</source>
        <translation>Écrire le dossier de preuves d&apos;audit (audit.jsonl, audit.csv, manifeste et tête d&apos;arbre signés, report.pdf).</translation>
    </message>
    <message>
        <source>Co-sign an audit export&apos;s tree head as a second officer, after checking it against this vault&apos;s log.</source>
        <translation>Contresigner la tête d&apos;arbre d&apos;un export d&apos;audit en tant que second responsable, après l&apos;avoir vérifiée par rapport au journal d&apos;audit de ce coffre.</translation>
    </message>
</context>
<context>
    <name>keyward::cli::ExportSupport</name>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 does NOT verify: %2</source>
        <translation>Échec de la vérification de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 verifies.</source>
        <translation>Vérification de %1 réussie.</translation>
    </message>
</context>
<context>
    <name>keyward::cli::KeyCommands</name>
    <message>
        <source>--set S is required: the key set (JWKS) the key belongs to.</source>
        <translation>--set S est obligatoire&#xa0;: le jeu de clés (JWKS) auquel appartient la clé.</translation>
    </message>
    <message>
        <source>--owner O is required: the team or person responsible for the key.</source>
        <translation>--owner O est obligatoire&#xa0;: l&apos;équipe ou la personne responsable de la clé.</translation>
    </message>
    <message>
        <source>--expires DATE is required (ISO 8601, e.g. 2027-01-31 or 2027-01-31T12:00:00Z).</source>
        <translation>--expires DATE est obligatoire (ISO 8601, p. ex. 2027-01-31 ou 2027-01-31T12:00:00Z).</translation>
    </message>
    <message>
        <source>--expires &quot;%1&quot; is not an ISO 8601 date or date-time.</source>
        <translation>--expires «&#xa0;%1&#xa0;» n&apos;est pas une date ni une date-heure ISO 8601.</translation>
    </message>
    <message>
        <source>--activates &quot;%1&quot; is not an ISO 8601 date or date-time.</source>
        <translation>--activates «&#xa0;%1&#xa0;» n&apos;est pas une date ni une date-heure ISO 8601.</translation>
    </message>
    <message>
        <source>--use takes sig or enc.</source>
        <translation>--use prend sig ou enc.</translation>
    </message>
    <message>
        <source>%1 in %2 (%3 %4, %5%6)</source>
        <translation>%1 dans %2 (%3 %4, %5%6)</translation>
    </message>
    <message>
        <source>no alg pinned</source>
        <translation>aucun alg fixé</translation>
    </message>
    <message>
        <source>, primary</source>
        <translation>, principale</translation>
    </message>
    <message>
        <source>--use sig|enc is required.</source>
        <translation>--use sig|enc est obligatoire.</translation>
    </message>
    <message>
        <source>--alg ALG is required (for example ES256, EdDSA, RS256, RSA-OAEP-256, ECDH-ES+A256KW, A256KW).</source>
        <translation>--alg ALG est obligatoire (par exemple ES256, EdDSA, RS256, RSA-OAEP-256, ECDH-ES+A256KW, A256KW).</translation>
    </message>
    <message>
        <source>Generated %1.</source>
        <translation>%1 générée.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a key file.</source>
        <translation>%1 est trop volumineux pour un fichier de clé.</translation>
    </message>
    <message>
        <source>%1 is an encrypted private key: give its passphrase with --key-passphrase-file FILE.</source>
        <translation>%1 est une clé privée chiffrée&#xa0;: fournissez sa phrase secrète avec --key-passphrase-file FILE.</translation>
    </message>
    <message>
        <source>Registered %1.</source>
        <translation>%1 enregistrée.</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importée.</translation>
    </message>
    <message>
        <source>Key %1%2 refused: %3</source>
        <translation>Clé %1%2 refusée&#xa0;: %3</translation>
    </message>
    <message>
        <source>keyward-cli: %1</source>
        <translation>keyward-cli&#xa0;: %1</translation>
    </message>
    <message>
        <source>--state takes pending, active, grace, retired, revoked or destroyed.</source>
        <translation>--state prend pending, active, grace, retired, revoked ou destroyed.</translation>
    </message>
    <message>
        <source>--expiring-within takes a duration such as 30d, 12h or 90m.</source>
        <translation>--expiring-within prend une durée comme 30d, 12h ou 90m.</translation>
    </message>
    <message>
        <source>No keys match.</source>
        <translation>Aucune clé ne correspond.</translation>
    </message>
    <message>
        <source>flag: %1</source>
        <translation>signalement&#xa0;: %1</translation>
    </message>
    <message>
        <source>key revoke needs --reason TEXT: what is suspected.</source>
        <translation>key revoke exige --reason TEXT&#xa0;: ce qui est soupçonné.</translation>
    </message>
    <message>
        <source>Revoked %1. Break-glass review %2 is open until a second officer countersigns it.</source>
        <translation>%1 révoquée. La revue «&#xa0;bris de glace&#xa0;» %2 reste ouverte jusqu&apos;à la contre-signature d&apos;un second responsable.</translation>
    </message>
    <message>
        <source>Activated %1: its activation date has come.</source>
        <translation>%1 activée&#xa0;: sa date d&apos;activation est arrivée.</translation>
    </message>
    <message>
        <source>Generate a key in the vault (RSA 2048/3072/4096, EC P-256/384/521, Ed25519, X25519, oct).</source>
        <translation>Générer une clé dans le coffre (RSA 2048/3072/4096, EC P-256/384/521, Ed25519, X25519, oct).</translation>
    </message>
    <message>
        <source>Import keys from a JWK, JWK Set, PEM (SPKI, PKCS#8, encrypted PKCS#8) or X.509 certificate.</source>
        <translation>Importer des clés depuis une JWK, un JWK Set, un PEM (SPKI, PKCS#8, PKCS#8 chiffré) ou un certificat X.509.</translation>
    </message>
    <message>
        <source>Register a key held elsewhere from its public part only (JWK, JWK Set, SPKI PEM, certificate).</source>
        <translation>Enregistrer une clé détenue ailleurs à partir de sa seule partie publique (JWK, JWK Set, PEM SPKI, certificat).</translation>
    </message>
    <message>
        <source>List keys with their state, primary marker, owner, expiry and flags.</source>
        <translation>Lister les clés avec leur état, leur marque de clé principale, leur propriétaire, leur expiration et leurs signalements.</translation>
    </message>
    <message>
        <source>Show one key: metadata, public JWK, lineage, flags and history.</source>
        <translation>Afficher une clé&#xa0;: métadonnées, JWK publique, filiation, signalements et historique.</translation>
    </message>
    <message>
        <source>Activate pending keys whose activation date has come (also done whenever keys are opened).</source>
        <translation>Activer les clés en attente dont la date d&apos;activation est arrivée (fait aussi à chaque ouverture des clés).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a new key like it</source>
        <translation>une nouvelle clé comme celle-ci</translation>
    </message>
    <message>
        <source>Key set %1 has no primary %2 key until rotation request %3 to %4 is approved by a second officer (keyward-cli request approve %3).</source>
        <translation>Le jeu de clés %1 n&apos;a pas de clé %2 principale tant que la demande de rotation %3 vers %4 n&apos;est pas approuvée par un second responsable (keyward-cli request approve %3).</translation>
    </message>
    <message>
        <source>Give --rotate-to KID or --rotate-generate, not both.</source>
        <translation>Indiquez --rotate-to KID ou --rotate-generate, pas les deux.</translation>
    </message>
    <message>
        <source>--rotate-to needs the kid of the pre-published successor.</source>
        <translation>--rotate-to exige le kid du successeur prépublié.</translation>
    </message>
    <message>
        <source>Key set %1 has no primary %2 key until a rotation is approved (keyward-cli request rotate %3 --successor KID --reason ...).</source>
        <translation>Le jeu de clés %1 n&apos;a pas de clé %2 principale tant qu&apos;une rotation n&apos;est pas approuvée (keyward-cli request rotate %3 --successor KID --reason ...).</translation>
    </message>
    <message>
        <source>Emergency revocation: at once, by one officer; opens a break-glass review. With --rotate-to or --rotate-generate also files the rotation request to a successor, in the same step.</source>
        <translation>Révocation d&apos;urgence&#xa0;: immédiate, par un seul responsable&#xa0;; ouvre une revue «&#xa0;bris de glace&#xa0;». Avec --rotate-to ou --rotate-generate, dépose aussi la demande de rotation vers un successeur, dans la même étape.</translation>
    </message>
</context>
<context>
    <name>keyward::cli::KeySetCommands</name>
    <message>
        <source>--%1 takes a duration such as 90d, 12h or 30m.</source>
        <translation>--%1 prend une durée comme 90d, 12h ou 30m.</translation>
    </message>
    <message>
        <source>Created key set %1.</source>
        <translation>Jeu de clés %1 créé.</translation>
    </message>
    <message>
        <source>Changed the policy of key set %1.</source>
        <translation>Politique du jeu de clés %1 modifiée.</translation>
    </message>
    <message>
        <source>Key set %1 already has this policy.</source>
        <translation>Le jeu de clés %1 a déjà cette politique.</translation>
    </message>
    <message>
        <source>List key sets with their policies.</source>
        <translation>Lister les jeux de clés avec leurs politiques.</translation>
    </message>
    <message>
        <source>Create a key set, or request a change of its policy (admin; --reason; another officer approves).</source>
        <translation>Créer un jeu de clés, ou demander un changement de sa politique (admin&#xa0;; --reason&#xa0;; un autre responsable approuve).</translation>
    </message>
</context>
<context>
    <name>keyward::cli::OfficerCommands</name>
    <message>
        <source>officer add needs at least one --role.</source>
        <translation>officer add exige au moins un --role.</translation>
    </message>
    <message>
        <source>Added officer %1 (%2).</source>
        <translation>Responsable %1 ajouté (%2).</translation>
    </message>
    <message>
        <source>Note: the vault is not operational yet: it needs a second officer with the approver role.</source>
        <translation>Remarque&#xa0;: le coffre n&apos;est pas encore opérationnel&#xa0;: il lui faut un second responsable ayant le rôle approver.</translation>
    </message>
    <message>
        <source>Removed officer %1 and re-keyed the vault.</source>
        <translation>Responsable %1 retiré et coffre rechiffré.</translation>
    </message>
    <message>
        <source>List officers with their roles and public signing keys.</source>
        <translation>Lister les responsables avec leurs rôles et leurs clés publiques de signature.</translation>
    </message>
    <message>
        <source>Add officer %1 (%2).</source>
        <translation>Ajout du responsable %1 (%2).</translation>
    </message>
    <message>
        <source>officer roles needs at least one --role: the officer&apos;s roles after the change.</source>
        <translation>officer roles exige au moins un --role&#xa0;: les rôles du responsable après le changement.</translation>
    </message>
    <message>
        <source>Remove an officer (re-keys the vault): a request another officer approves once the vault is operational.</source>
        <translation>Retirer un responsable (rechiffre le coffre)&#xa0;: une demande qu&apos;un autre responsable approuve une fois le coffre opérationnel.</translation>
    </message>
    <message>
        <source>Request a change of an officer&apos;s roles (the complete list after the change).</source>
        <translation>Demander un changement des rôles d&apos;un responsable (la liste complète après le changement).</translation>
    </message>
    <message>
        <source>Vault fingerprint: %1</source>
        <translation>Empreinte du coffre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Give --%1 FILE (no terminal to ask on).</source>
        <translation>Indiquez --%1 FILE (aucun terminal pour la saisie).</translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>Répétez-la&#xa0;: </translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Les phrases secrètes ne correspondent pas.</translation>
    </message>
    <message>
        <source>%1 already exists: name a new file for the enrollment half.</source>
        <translation>%1 existe déjà&#xa0;: indiquez un nouveau fichier pour la moitié d&apos;enrôlement.</translation>
    </message>
    <message>
        <source>officer add needs --half-a-file FILE: half A of %1&apos;s enrollment is written there for you to hand to %1.</source>
        <translation>officer add exige --half-a-file FILE&#xa0;: la moitié A de l&apos;enrôlement de %1 y est écrite pour que vous la remettiez à %1.</translation>
    </message>
    <message>
        <source>Half A of %1&apos;s enrollment is in %2. Give it to %1 in person; the approver gets half B with &apos;keyward-cli officer half %1 --half-file FILE&apos;.</source>
        <translation>La moitié A de l&apos;enrôlement de %1 se trouve dans %2. Remettez-la en main propre à %1&#xa0;; l&apos;approbateur obtient la moitié B avec &apos;keyward-cli officer half %1 --half-file FILE&apos;.</translation>
    </message>
    <message>
        <source>Until the vault is operational, officer add needs --new-passphrase-file FILE with the new officer&apos;s first passphrase.</source>
        <translation>Tant que le coffre n&apos;est pas opérationnel, officer add exige --new-passphrase-file FILE avec la première phrase secrète du nouveau responsable.</translation>
    </message>
    <message>
        <source>officer half needs --half-file FILE to write your half to.</source>
        <translation>officer half exige --half-file FILE, où écrire votre moitié.</translation>
    </message>
    <message>
        <source>Your half of %1&apos;s enrollment is in %2. Give it to %1 in person.</source>
        <translation>Votre moitié de l&apos;enrôlement de %1 se trouve dans %2. Remettez-la en main propre à %1.</translation>
    </message>
    <message>
        <source>Half A (from the requester): </source>
        <translation>Moitié A (du demandeur)&#xa0;: </translation>
    </message>
    <message>
        <source>Half B (from the approver): </source>
        <translation>Moitié B (de l&apos;approbateur)&#xa0;: </translation>
    </message>
    <message>
        <source>Your new passphrase: </source>
        <translation>Votre nouvelle phrase secrète&#xa0;: </translation>
    </message>
    <message>
        <source>%1 is enrolled (%2) with their own passphrase and signing key.</source>
        <translation>Enrôlement de %1 effectué (%2), avec sa propre phrase secrète et sa propre clé de signature.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nouvelle phrase secrète&#xa0;: </translation>
    </message>
    <message>
        <source>The passphrase of %1 is changed.</source>
        <translation>La phrase secrète de %1 a été modifiée.</translation>
    </message>
    <message>
        <source>Add an officer: alone during the bootstrap (with a first passphrase), afterwards a request another officer approves; the new officer then enrolls with half A (written to --half-a-file) and the approver&apos;s half B.</source>
        <translation>Ajouter un responsable&#xa0;: seul pendant l&apos;amorçage (avec une première phrase secrète), ensuite par une demande qu&apos;un autre responsable approuve&#xa0;; le nouveau responsable s&apos;enrôle alors avec la moitié A (écrite dans --half-a-file) et la moitié B de l&apos;approbateur.</translation>
    </message>
    <message>
        <source>Write your half of NAME&apos;s enrollment (A as requester, B as approver) to FILE.</source>
        <translation>Écrire votre moitié de l&apos;enrôlement de NAME (A en tant que demandeur, B en tant qu&apos;approbateur) dans FILE.</translation>
    </message>
    <message>
        <source>Enroll as the new officer NAME with both halves, choosing your own passphrase (asked for when no file is given).</source>
        <translation>S&apos;enrôler comme nouveau responsable NAME avec les deux moitiés, en choisissant votre propre phrase secrète (demandée si aucun fichier n&apos;est indiqué).</translation>
    </message>
    <message>
        <source>Change your own passphrase (the current one unlocks the vault as usual).</source>
        <translation>Changer votre propre phrase secrète (l&apos;actuelle déverrouille le coffre comme d&apos;habitude).</translation>
    </message>
</context>
<context>
    <name>keyward::cli::RequestCommands</name>
    <message>
        <source>--%1 takes a duration such as 7d, 36h or 90m.</source>
        <translation>--%1 prend une durée comme 7d, 36h ou 90m.</translation>
    </message>
    <message>
        <source>--successor names an existing pre-published key; it cannot be combined with --alg, --size, --new-kid, --owner or --env.</source>
        <translation>--successor désigne une clé prépubliée existante&#xa0;; il ne peut pas être combiné avec --alg, --size, --new-kid, --owner ou --env.</translation>
    </message>
    <message>
        <source>--expires &quot;%1&quot; is not an ISO 8601 date or date-time.</source>
        <translation>--expires «&#xa0;%1&#xa0;» n&apos;est pas une date ni une date-heure ISO 8601.</translation>
    </message>
    <message>
        <source>Cannot read the recipient key %1: %2</source>
        <translation>Impossible de lire la clé du destinataire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a JWK.</source>
        <translation>%1 est trop volumineux pour une JWK.</translation>
    </message>
    <message>
        <source>%1 is not a JWK (a JSON object).</source>
        <translation>%1 n&apos;est pas une JWK (un objet JSON).</translation>
    </message>
    <message>
        <source>--format pkcs8|jwe is required: private keys leave only encrypted.</source>
        <translation>--format pkcs8|jwe est obligatoire&#xa0;: les clés privées ne sortent que chiffrées.</translation>
    </message>
    <message>
        <source>--format jwe needs --recipient JWKFILE: the public key it is wrapped to.</source>
        <translation>--format jwe exige --recipient JWKFILE&#xa0;: la clé publique pour laquelle elle est encapsulée.</translation>
    </message>
    <message>
        <source>--recipient is for --format jwe; a PKCS#8 export is encrypted with the passphrase given when it is collected.</source>
        <translation>--recipient sert à --format jwe&#xa0;; un export PKCS#8 est chiffré avec la phrase secrète fournie à la récupération.</translation>
    </message>
    <message>
        <source>Ask for a rotation: a successor (pre-published or generated at approval) becomes primary, KID goes to grace.</source>
        <translation>Demander une rotation&#xa0;: un successeur (prépublié ou généré à l&apos;approbation) devient principal, KID passe en période de grâce.</translation>
    </message>
    <message>
        <source>Ask for a retirement: allowed once a successor is primary and the overlap has passed.</source>
        <translation>Demander un retrait&#xa0;: permis une fois qu&apos;un successeur est principal et que le chevauchement est passé.</translation>
    </message>
    <message>
        <source>Ask for destruction of private material, run after a waiting period (default 7d, 1d–30d).</source>
        <translation>Demander la destruction du matériel privé, exécutée après un délai d&apos;attente (7d par défaut, 1d–30d).</translation>
    </message>
    <message>
        <source>Ask to export a private key, encrypted only; collect it after approval with &apos;request collect&apos;.</source>
        <translation>Demander l&apos;export d&apos;une clé privée, uniquement chiffrée&#xa0;; la récupérer après approbation avec &apos;request collect&apos;.</translation>
    </message>
</context>
<context>
    <name>keyward::cli::RequestDecisionCommands</name>
    <message>
        <source>expired (not yet swept)</source>
        <translation>expirée (pas encore traitée)</translation>
    </message>
    <message>
        <source>--state takes pending, approved, rejected, cancelled, expired or executed.</source>
        <translation>--state prend pending, approved, rejected, cancelled, expired ou executed.</translation>
    </message>
    <message>
        <source>No requests match.</source>
        <translation>Aucune demande ne correspond.</translation>
    </message>
    <message>
        <source>note: past its expiry; it can no longer be approved.</source>
        <translation>remarque&#xa0;: expirée&#xa0;; elle ne peut plus être approuvée.</translation>
    </message>
    <message>
        <source>keyward-cli: the decision by %1 at %2 does not verify: %3</source>
        <translation>keyward-cli&#xa0;: la décision de %1 le %2 ne se vérifie pas&#xa0;: %3</translation>
    </message>
    <message>
        <source>request reject needs --why TEXT: the requester reads it.</source>
        <translation>request reject exige --why TEXT&#xa0;: le demandeur le lit.</translation>
    </message>
    <message>
        <source>Rejected request %1.</source>
        <translation>Demande %1 rejetée.</translation>
    </message>
    <message>
        <source>Approved and executed request %1: %2.</source>
        <translation>Demande %1 approuvée et exécutée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>keyward-cli: request %1 is approved but its execution failed: %2 Nothing changed; retry with &apos;keyward-cli request execute %1&apos;.</source>
        <translation>keyward-cli&#xa0;: la demande %1 est approuvée mais son exécution a échoué&#xa0;: %2 Rien n&apos;a changé&#xa0;; réessayez avec &apos;keyward-cli request execute %1&apos;.</translation>
    </message>
    <message>
        <source>Approved request %1: %2 of %3 approvals.</source>
        <translation>Demande %1 approuvée&#xa0;: %2 approbations sur %3.</translation>
    </message>
    <message>
        <source>Approved request %1: %2 collects the export with &apos;keyward-cli request collect %1 --out FILE&apos;.</source>
        <translation>Demande %1 approuvée&#xa0;: %2 récupère l&apos;export avec &apos;keyward-cli request collect %1 --out FILE&apos;.</translation>
    </message>
    <message>
        <source>Approved request %1.</source>
        <translation>Demande %1 approuvée.</translation>
    </message>
    <message>
        <source>Cancelled request %1.</source>
        <translation>Demande %1 annulée.</translation>
    </message>
    <message>
        <source>keyward-cli: the execution of request %1 failed: %2</source>
        <translation>keyward-cli&#xa0;: l&apos;exécution de la demande %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Wrote the encrypted private key of %1 to %2.</source>
        <translation>Clé privée chiffrée de %1 écrite dans %2.</translation>
    </message>
    <message>
        <source>Executed request %1: %2.</source>
        <translation>Demande %1 exécutée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>request collect needs --out FILE: where the encrypted key is written.</source>
        <translation>request collect exige --out FILE&#xa0;: où la clé chiffrée est écrite.</translation>
    </message>
    <message>
        <source>Request %1 is a %2, not a private-key export: nothing to collect.</source>
        <translation>La demande %1 est de type «&#xa0;%2&#xa0;», pas un export de clé privée&#xa0;: rien à récupérer.</translation>
    </message>
    <message>
        <source>A PKCS#8 export is encrypted with a passphrase: give it with --export-passphrase-file FILE.</source>
        <translation>Un export PKCS#8 est chiffré avec une phrase secrète&#xa0;: fournissez-la avec --export-passphrase-file FILE.</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <source>executed</source>
        <translation>exécutée</translation>
    </message>
    <message>
        <source>drafted</source>
        <translation>préparée</translation>
    </message>
    <message>
        <source>note	%1</source>
        <translation>remarque	%1</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Rien n&apos;est dû.</translation>
    </message>
    <message>
        <source>List requests, newest first (--mine: yours; --waiting: those you may approve).</source>
        <translation>Lister les demandes, les plus récentes d&apos;abord (--mine&#xa0;: les vôtres&#xa0;; --waiting&#xa0;: celles que vous pouvez approuver).</translation>
    </message>
    <message>
        <source>Show a request with its effect and signed decisions (exit 4 if a signature no longer verifies).</source>
        <translation>Afficher une demande avec son effet et ses décisions signées (code de sortie 4 si une signature ne se vérifie plus).</translation>
    </message>
    <message>
        <source>Approve as --as, signing with your personal key; the completing approval executes it.</source>
        <translation>Approuver en tant que --as, en signant avec votre clé personnelle&#xa0;; l&apos;approbation finale l&apos;exécute.</translation>
    </message>
    <message>
        <source>Reject a pending request, signed; final.</source>
        <translation>Rejeter une demande en attente, signé&#xa0;; définitif.</translation>
    </message>
    <message>
        <source>Cancel your pending request, or a scheduled destruction before it runs.</source>
        <translation>Annuler votre demande en attente, ou une destruction planifiée avant son exécution.</translation>
    </message>
    <message>
        <source>Run an approved request again after a failed execution, or a destruction whose time has come.</source>
        <translation>Réexécuter une demande approuvée après un échec d&apos;exécution, ou une destruction dont l&apos;heure est venue.</translation>
    </message>
    <message>
        <source>Requester only: write an approved private-key export, encrypted, to FILE.</source>
        <translation>Demandeur seulement&#xa0;: écrire un export de clé privée approuvé, chiffré, dans FILE.</translation>
    </message>
    <message>
        <source>For a scheduler: expire overdue requests, run due destructions, draft rotations of keys at the end of their cryptoperiod.</source>
        <translation>Pour un planificateur&#xa0;: faire expirer les demandes en retard, exécuter les destructions dues, préparer les rotations des clés en fin de cryptopériode.</translation>
    </message>
    <message>
        <source>Approved request %1: it runs at %2 unless cancelled before with &apos;keyward-cli request cancel %1&apos;. Copies and backups of the vault made before it still hold the key.</source>
        <translation>Demande %1 approuvée&#xa0;: elle s&apos;exécute le %2 sauf annulation préalable avec &apos;keyward-cli request cancel %1&apos;. Les copies et sauvegardes du coffre faites avant contiennent toujours la clé.</translation>
    </message>
</context>
<context>
    <name>keyward::cli::RequestSession</name>
    <message>
        <source>&quot;%1&quot; is not an id: a positive number, as &apos;%2&apos; shows.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant&#xa0;: un nombre positif, comme l&apos;affiche &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--reason TEXT is required: the approver reads why.</source>
        <translation>--reason TEXT est obligatoire&#xa0;: l&apos;approbateur lit pourquoi.</translation>
    </message>
    <message>
        <source>--lifetime takes a duration such as 72h or 7d.</source>
        <translation>--lifetime prend une durée comme 72h ou 7d.</translation>
    </message>
    <message>
        <source>Submitted request %1 (%2). Another officer with the approver role approves it with &apos;keyward-cli request approve %1&apos; before %3.</source>
        <translation>Demande %1 soumise (%2). Un autre responsable ayant le rôle approver l&apos;approuve avec &apos;keyward-cli request approve %1&apos; avant le %3.</translation>
    </message>
    <message>
        <source>no roles</source>
        <translation>aucun rôle</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>the pre-published key %1 becomes primary in place of %2</source>
        <translation>la clé prépubliée %1 devient principale à la place de %2</translation>
    </message>
    <message>
        <source>a new %1 key%2 owned by %3 (%4, expires %5) becomes primary in place of %6</source>
        <translation>une nouvelle clé %1%2 appartenant à %3 (%4, expire %5) devient principale à la place de %6</translation>
    </message>
    <message>
        <source>after the set&apos;s cryptoperiod</source>
        <translation>après la cryptopériode du jeu</translation>
    </message>
    <message>
        <source> (same parameters as the predecessor)</source>
        <translation> (mêmes paramètres que le prédécesseur)</translation>
    </message>
    <message>
        <source>; %1 goes to grace for %2</source>
        <translation>; %1 passe en période de grâce pour %2</translation>
    </message>
    <message>
        <source>; %1 goes to grace for the overlap the retirement gate computes</source>
        <translation>; %1 passe en période de grâce pour le chevauchement que calcule le contrôle de retrait</translation>
    </message>
    <message>
        <source> (%1 rotation)</source>
        <translation> (rotation %1)</translation>
    </message>
    <message>
        <source>key set %1 policy: %2</source>
        <translation>politique du jeu de clés %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>aucun changement</translation>
    </message>
    <message>
        <source>approved by %1 at %2</source>
        <translation>approuvée par %1 le %2</translation>
    </message>
    <message>
        <source>rejected by %1 at %2: %3</source>
        <translation>rejetée par %1 le %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 (%2) leaves service: retired once the retirement gate allows it</source>
        <translation>%1 (%2) quitte le service&#xa0;: retirée dès que le contrôle de retrait le permet</translation>
    </message>
    <message>
        <source>the requester may export the private key of %1 once, as a JWE-wrapped JWK for the recipient key %2</source>
        <translation>le demandeur peut exporter une fois la clé privée de %1, sous forme de JWK encapsulée en JWE pour la clé du destinataire %2</translation>
    </message>
    <message>
        <source>the requester may export the private key of %1 once, as passphrase-encrypted PKCS#8</source>
        <translation>le demandeur peut exporter une fois la clé privée de %1, en PKCS#8 chiffré par phrase secrète</translation>
    </message>
    <message>
        <source>officer %1 joins with %2</source>
        <translation>le responsable %1 rejoint le coffre avec %2</translation>
    </message>
    <message>
        <source>officer %1 (%2) is removed and the vault re-keyed; a review of their keys opens</source>
        <translation>le responsable %1 (%2) est retiré et le coffre rechiffré&#xa0;; une revue de ses clés s&apos;ouvre</translation>
    </message>
    <message>
        <source>officer %1: roles %2 → %3</source>
        <translation>responsable %1&#xa0;: rôles %2 → %3</translation>
    </message>
    <message>
        <source>Request %1: %2 of %3%4</source>
        <translation>Demande %1&#xa0;: %2 de %3%4</translation>
    </message>
    <message>
        <source> in %1</source>
        <translation> dans %1</translation>
    </message>
    <message>
        <source>state</source>
        <translation>état</translation>
    </message>
    <message>
        <source>requester</source>
        <translation>demandeur</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>raison</translation>
    </message>
    <message>
        <source>effect</source>
        <translation>effet</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créée</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>expire</translation>
    </message>
    <message>
        <source>approvals</source>
        <translation>approbations</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>décision</translation>
    </message>
    <message>
        <source>scheduled for</source>
        <translation>planifiée pour</translation>
    </message>
    <message>
        <source>executed</source>
        <translation>exécutée</translation>
    </message>
    <message>
        <source>execution failed</source>
        <translation>échec de l&apos;exécution</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>résultat</translation>
    </message>
    <message numerus="yes">
        <source>warning: for %n act(s) taken alone, a second officer&apos;s countersign (review %1) is awaited; see &apos;keyward-cli review list --open&apos;.</source>
        <translation>
            <numerusform>avertissement&#xa0;: pour %n acte fait seul, la contre-signature d&apos;un second responsable est attendue (revue %1)&#xa0;; voir &apos;keyward-cli review list --open&apos;.</numerusform>
            <numerusform>avertissement&#xa0;: pour %n actes faits seuls, la contre-signature d&apos;un second responsable est attendue (revue %1)&#xa0;; voir &apos;keyward-cli review list --open&apos;.</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 was revoked and stays revoked, with no overlap</source>
        <translation>; %1 a été révoquée et le reste, sans chevauchement</translation>
    </message>
    <message>
        <source>the private material of %1 is erased (crypto-shred) %2 after approval, unless cancelled before; copies and backups of the vault made before still hold it</source>
        <translation>le matériel privé de %1 est effacé (effacement cryptographique) %2 après l&apos;approbation, sauf annulation préalable&#xa0;; les copies et sauvegardes du coffre faites avant le contiennent toujours</translation>
    </message>
</context>
<context>
    <name>keyward::cli::ReviewCommands</name>
    <message>
        <source>OPEN: needs a countersign</source>
        <translation>OUVERTE&#xa0;: contre-signature requise</translation>
    </message>
    <message>
        <source>countersigned by %1 at %2</source>
        <translation>contresignée par %1 le %2</translation>
    </message>
    <message>
        <source>No reviews.</source>
        <translation>Aucune revue.</translation>
    </message>
    <message>
        <source>review countersign needs --note TEXT: what you checked.</source>
        <translation>review countersign exige --note TEXT&#xa0;: ce que vous avez vérifié.</translation>
    </message>
    <message>
        <source>Countersigned review %1 (%2 of %3).</source>
        <translation>Revue %1 contresignée (%2 sur %3).</translation>
    </message>
    <message>
        <source>List break-glass and offboarding reviews, newest first (--open: only those awaiting a countersign).</source>
        <translation>Lister les revues «&#xa0;bris de glace&#xa0;» et de départ, les plus récentes d&apos;abord (--open&#xa0;: seulement celles qui attendent une contre-signature).</translation>
    </message>
    <message>
        <source>Countersign a review as a second officer (approver or admin), re-authenticating.</source>
        <translation>Contresigner une revue en tant que second responsable (approver ou admin), avec réauthentification.</translation>
    </message>
</context>
<context>
    <name>keyward::cli::SampleCommands</name>
    <message>
        <source>Reading sample files: %1 of %2</source>
        <translation>Lecture des fichiers d&apos;échantillons&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>%1 ignoré&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new sample(s) from %1 file(s); %2 duplicate(s), %3 file(s) skipped.</source>
        <translation>
            <numerusform>%n nouvel échantillon importé depuis %1 fichier(s)&#xa0;; %2 doublon(s), %3 fichier(s) ignoré(s).</numerusform>
            <numerusform>%n nouveaux échantillons importés depuis %1 fichier(s)&#xa0;; %2 doublon(s), %3 fichier(s) ignoré(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Tested %1 of %2 samples</source>
        <translation>%1 échantillons testés sur %2</translation>
    </message>
    <message>
        <source>Tested %1 of %2 samples, about %3 s left</source>
        <translation>%1 échantillons testés sur %2, environ %3 s restantes</translation>
    </message>
    <message>
        <source>Run %1: tested %2 of %3 samples: %4.</source>
        <translation>Essai %1&#xa0;: %2 échantillons testés sur %3&#xa0;: %4.</translation>
    </message>
    <message>
        <source>samples rewrap needs --to KID and --out DIR.</source>
        <translation>samples rewrap exige --to KID et --out DIR.</translation>
    </message>
    <message>
        <source>Not re-wrapped %1: %2</source>
        <translation>%1 non rechiffré&#xa0;: %2</translation>
    </message>
    <message>
        <source>Import archived JWE samples from files and folders (recursively).</source>
        <translation>Importer des échantillons JWE archivés depuis des fichiers et des dossiers (récursivement).</translation>
    </message>
    <message>
        <source>Test-decrypt the archived samples with the vault&apos;s keys, chosen by kid; exit 4 when any sample is not ok.</source>
        <translation>Faire un essai de déchiffrement des échantillons archivés avec les clés du coffre, choisies par kid&#xa0;; code de sortie 4 si un échantillon n&apos;est pas correct.</translation>
    </message>
    <message>
        <source>Write the samples anew for a successor key into an empty folder, each verified, with a manifest of old → new digests.</source>
        <translation>Réécrire les échantillons pour une clé successeur dans un dossier vide, chacun vérifié, avec un manifeste des condensés ancien → nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>Re-wrapped %n sample(s) to %1, each verified with it; manifest: %2</source>
        <translation>
            <numerusform>%n échantillon réencapsulé pour %1 et vérifié avec elle&#xa0;; manifeste&#xa0;: %2</numerusform>
            <numerusform>%n échantillons réencapsulés pour %1, chacun vérifié avec elle&#xa0;; manifeste&#xa0;: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::cli::TrustCommands</name>
    <message>
        <source>No key with kid &quot;%1&quot; is in the vault.</source>
        <translation>Aucune clé de kid «&#xa0;%1&#xa0;» ne se trouve dans le coffre.</translation>
    </message>
    <message>
        <source>No key with kid &quot;%1&quot; is in key set %2.</source>
        <translation>Le jeu de clés %2 ne contient aucune clé avec le kid «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Reading observations: %1%</source>
        <translation>Lecture des observations&#xa0;: %1 %</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more line(s) with problems.</source>
        <translation>
            <numerusform>… et %n autre ligne en erreur.</numerusform>
            <numerusform>… et %n autres lignes en erreur.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was imported before (same SHA-256); nothing was added.</source>
        <translation>%1 a déjà été importé (même SHA-256)&#xa0;; rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>Who trusts a kid (declared and observed), its blast radius, stale trust and convergence.</source>
        <translation>Qui fait confiance à un kid (déclaré et observé), son rayon d&apos;impact, la confiance périmée et la convergence.</translation>
    </message>
    <message>
        <source>Import observed kid use (CSV or JSON Lines: workload, kid, event, at); the same file twice adds nothing.</source>
        <translation>Importer l&apos;utilisation observée des kids (CSV ou JSON Lines&#xa0;: workload, kid, event, at)&#xa0;; importer deux fois le même fichier n&apos;ajoute rien.</translation>
    </message>
    <message>
        <source>Lines imported: %1 of %2; workload/kid pairs: %3; lines skipped: %4.</source>
        <translation>Lignes importées&#xa0;: %1 sur %2&#xa0;; paires charge de travail/kid&#xa0;: %3&#xa0;; lignes ignorées&#xa0;: %4.</translation>
    </message>
</context>
<context>
    <name>keyward::cli::VaultCommands</name>
    <message>
        <source>init needs --officer NAME.</source>
        <translation>init exige --officer NAME.</translation>
    </message>
    <message>
        <source>Created the vault %1 with officer %2 (%3). Add a second officer with the approver role before governed operations: keyward-cli officer add NAME --role approver --new-passphrase-file FILE</source>
        <translation>Coffre %1 créé avec le responsable %2 (%3). Ajoutez un second responsable ayant le rôle approver avant les opérations encadrées&#xa0;: keyward-cli officer add NAME --role approver --new-passphrase-file FILE</translation>
    </message>
    <message>
        <source>Create a vault with its first officer (default roles: admin, key-officer).</source>
        <translation>Créer un coffre avec son premier responsable (rôles par défaut&#xa0;: admin, key-officer).</translation>
    </message>
    <message>
        <source>Vault fingerprint: %1</source>
        <translation>Empreinte du coffre&#xa0;: %1</translation>
    </message>
    <message>
        <source>This vault has no signed roster yet: an admin&apos;s next unlock adopts one.</source>
        <translation>Ce coffre n&apos;a pas encore de liste des responsables signée&#xa0;: le prochain déverrouillage par un administrateur en adopte une.</translation>
    </message>
    <message>
        <source>Print the vault fingerprint (vault id and the genesis officer&apos;s key) to compare out of band.</source>
        <translation>Afficher l&apos;empreinte du coffre (identifiant du coffre et clé du responsable fondateur) pour la comparer par un autre canal.</translation>
    </message>
</context>
<context>
    <name>keyward::cli::VerifyCommands</name>
    <message>
        <source>--trusted-key is not a JWK: %1</source>
        <translation>--trusted-key n&apos;est pas une JWK&#xa0;: %1</translation>
    </message>
    <message>
        <source>The JWKS bundle in %1</source>
        <translation>Le lot JWKS dans %1</translation>
    </message>
    <message>
        <source>The audit export in %1</source>
        <translation>L&apos;export d&apos;audit dans %1</translation>
    </message>
    <message>
        <source>Check a signed JWKS bundle folder offline (exit 4 when it does not verify).</source>
        <translation>Vérifier hors ligne un dossier de lot JWKS signé (code de sortie 4 si la vérification échoue).</translation>
    </message>
    <message>
        <source>Check an audit export offline: roster, signatures, chain, Merkle tree, and growth since an earlier export (exit 4 when it does not verify).</source>
        <translation>Vérifier hors ligne un export d&apos;audit&#xa0;: liste des responsables, signatures, chaîne, arbre de Merkle et croissance depuis un export antérieur (code de sortie 4 si la vérification échoue).</translation>
    </message>
</context>
<context>
    <name>keyward::cli::WorkloadCommands</name>
    <message>
        <source>workload add needs --cache-ttl DURATION.</source>
        <translation>workload add exige --cache-ttl DURATION.</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a duration (e.g. 300, 5m, 1h, 1d).</source>
        <translation>--%1 «&#xa0;%2&#xa0;» n&apos;est pas une durée (par ex. 300, 5m, 1h, 1d).</translation>
    </message>
    <message>
        <source>--refresh takes poll or on-unknown-kid.</source>
        <translation>--refresh prend poll ou on-unknown-kid.</translation>
    </message>
    <message>
        <source>workload add needs --owner O and --trusts SET|KID.</source>
        <translation>workload add exige --owner O et --trusts SET|KID.</translation>
    </message>
    <message>
        <source>%1 (owner %2, %3, trusts %4, cache TTL %5 s, token TTL %6 s, %7)</source>
        <translation>%1 (propriétaire %2, %3, fait confiance à %4, TTL de cache %5 s, TTL de jeton %6 s, %7)</translation>
    </message>
    <message>
        <source>Registered workload %1.</source>
        <translation>Charge de travail %1 enregistrée.</translation>
    </message>
    <message>
        <source>No workload named %1 is registered.</source>
        <translation>Aucune charge de travail nommée %1 n&apos;est enregistrée.</translation>
    </message>
    <message>
        <source>Workload is now %1.</source>
        <translation>Charge de travail modifiée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Removed workload %1 and its observations.</source>
        <translation>Charge de travail %1 et ses observations supprimées.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MiB.</source>
        <translation>%1 dépasse 64 Mio.</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n line(s) need fixing.</source>
        <translation>
            <numerusform>Rien n&apos;a été importé&#xa0;: %n ligne doit être corrigée.</numerusform>
            <numerusform>Rien n&apos;a été importé&#xa0;: %n lignes doivent être corrigées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n workload(s).</source>
        <translation>
            <numerusform>%n charge de travail importée.</numerusform>
            <numerusform>%n charges de travail importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Register a workload and the key sets or kids it trusts.</source>
        <translation>Enregistrer une charge de travail et les jeux de clés ou kids auxquels elle fait confiance.</translation>
    </message>
    <message>
        <source>Change a registered workload.</source>
        <translation>Modifier une charge de travail enregistrée.</translation>
    </message>
    <message>
        <source>Remove a workload and its observations.</source>
        <translation>Supprimer une charge de travail et ses observations.</translation>
    </message>
    <message>
        <source>List registered workloads.</source>
        <translation>Lister les charges de travail enregistrées.</translation>
    </message>
    <message>
        <source>Register workloads from CSV or JSON: all or nothing, every bad line reported.</source>
        <translation>Enregistrer des charges de travail depuis un fichier CSV ou JSON&#xa0;: tout ou rien, chaque ligne erronée est signalée.</translation>
    </message>
</context>
<context>
    <name>keyward::cli::main</name>
    <message>
        <source>keyward-cli: %1</source>
        <translation>keyward-cli&#xa0;: %1</translation>
    </message>
    <message>
        <source>keyward-cli: no command given.</source>
        <translation>keyward-cli&#xa0;: aucune commande indiquée.</translation>
    </message>
    <message>
        <source>keyward-cli: unknown command &quot;%1&quot;.</source>
        <translation>keyward-cli&#xa0;: commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>keyward-cli: %1 has no option --%2.</source>
        <translation>keyward-cli&#xa0;: %1 n&apos;a pas d&apos;option --%2.</translation>
    </message>
    <message>
        <source>keyward-cli: --%1 may be given only once.</source>
        <translation>keyward-cli&#xa0;: --%1 ne peut être indiqué qu&apos;une fois.</translation>
    </message>
    <message>
        <source>keyward-cli: usage: keyward-cli %1</source>
        <translation>keyward-cli&#xa0;: usage&#xa0;: keyward-cli %1</translation>
    </message>
    <message>
        <source>the vault folder (else $KEYWARD_VAULT, else the default vault)</source>
        <translation>le dossier du coffre (sinon $KEYWARD_VAULT, sinon le coffre par défaut)</translation>
    </message>
    <message>
        <source>the officer who unlocks (optional when there is only one)</source>
        <translation>le responsable qui déverrouille (facultatif s&apos;il n&apos;y en a qu&apos;un)</translation>
    </message>
    <message>
        <source>the officer&apos;s passphrase (else $KEYWARD_PASSPHRASE_FILE); a passphrase is never accepted on the command line</source>
        <translation>la phrase secrète du responsable (sinon $KEYWARD_PASSPHRASE_FILE)&#xa0;; une phrase secrète n&apos;est jamais acceptée sur la ligne de commande</translation>
    </message>
    <message>
        <source>machine-readable output on stdout</source>
        <translation>sortie lisible par machine sur stdout</translation>
    </message>
    <message>
        <source>print this help</source>
        <translation>afficher cette aide</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>afficher la version</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 refused or failed, 2 usage, 3 authentication, 4 verification or integrity failure.</source>
        <translation>Codes de sortie&#xa0;: 0 ok, 1 refusé ou échec, 2 usage, 3 authentification, 4 échec de vérification ou d&apos;intégrité.</translation>
    </message>
    <message>
        <source>Usage: keyward-cli [global options] COMMAND [arguments]

Global options (before or after the command words):
</source>
        <translation>Usage&#xa0;: keyward-cli [options globales] COMMANDE [arguments]

Options globales (avant ou après les mots de la commande)&#xa0;:
</translation>
    </message>
    <message>
        <source>
Commands:
</source>
        <translation>
Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>govern the keys behind JWTs and JWE from the command line</source>
        <translation>gérer les clés des JWT et des JWE depuis la ligne de commande</translation>
    </message>
    <message>
        <source>keyward-cli is the headless front end of Keyward: it keeps the inventory of JOSE signing and encryption keys in an encrypted vault, submits and decides requests under the two-person rule, and verifies the signed audit log. Global options are accepted before or after the command words.</source>
        <translation>keyward-cli est l&apos;interface de Keyward sans affichage graphique&#xa0;: il tient l&apos;inventaire des clés JOSE de signature et de chiffrement dans un coffre chiffré, soumet les demandes et statue sur elles selon la règle des deux personnes, et vérifie le journal d&apos;audit signé. Les options globales sont acceptées avant ou après les mots de la commande.</translation>
    </message>
    <message>
        <source>GLOBAL OPTIONS</source>
        <translation>OPTIONS GLOBALES</translation>
    </message>
    <message>
        <source>COMMANDS</source>
        <translation>COMMANDES</translation>
    </message>
    <message>
        <source>EXIT STATUS</source>
        <translation>CODE DE SORTIE</translation>
    </message>
    <message>
        <source>SEE ALSO</source>
        <translation>VOIR AUSSI</translation>
    </message>
</context>
<context>
    <name>keyward::core</name>
    <message>
        <source>Past its cryptoperiod: rotate it.</source>
        <translation>Cryptopériode dépassée&#xa0;: faites sa rotation.</translation>
    </message>
    <message>
        <source>Expires within the first warning window.</source>
        <translation>Expire dans la première fenêtre d&apos;alerte.</translation>
    </message>
    <message>
        <source>Expires within the final warning window.</source>
        <translation>Expire dans la dernière fenêtre d&apos;alerte.</translation>
    </message>
    <message>
        <source>Expired while still in use.</source>
        <translation>Expirée alors qu&apos;elle est encore utilisée.</translation>
    </message>
    <message>
        <source>No alg pinned: usable with every algorithm its type and use allow.</source>
        <translation>Aucun alg fixé&#xa0;: utilisable avec tout algorithme que son type et son usage permettent.</translation>
    </message>
</context>
<context>
    <name>keyward::core::AuditCheckpoint</name>
    <message>
        <source>No checkpoint was recorded: the audit log does not hold events 1 to %1 without gaps. Run audit verify.</source>
        <translation>Aucun point de contrôle n&apos;a été enregistré&#xa0;: le journal d&apos;audit ne contient pas les événements 1 à %1 sans lacune. Lancez audit verify.</translation>
    </message>
</context>
<context>
    <name>keyward::core::AuditCosign</name>
    <message>
        <source>treehead.json is not JSON: %1</source>
        <translation>treehead.json n&apos;est pas du JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>treehead.json does not hold a Keyward tree head.</source>
        <translation>treehead.json ne contient pas de tête d&apos;arbre Keyward.</translation>
    </message>
    <message>
        <source>This export comes from another vault (%1).</source>
        <translation>Cet export provient d&apos;un autre coffre (%1).</translation>
    </message>
    <message>
        <source>The tree head does not match this vault&apos;s log: its first %1 events have another root here. Do not co-sign it.</source>
        <translation>La tête d&apos;arbre ne correspond pas au journal d&apos;audit de ce coffre&#xa0;: ses %1 premiers événements ont ici une autre racine. Ne la contresignez pas.</translation>
    </message>
</context>
<context>
    <name>keyward::core::AuditExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation>La plage se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Cannot write into %1: %2</source>
        <translation>Impossible d&apos;écrire dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the first event</source>
        <translation>le premier événement</translation>
    </message>
    <message>
        <source>the last event</source>
        <translation>le dernier événement</translation>
    </message>
</context>
<context>
    <name>keyward::core::AuditLog</name>
    <message>
        <source>The audit chain head is missing from the vault.</source>
        <translation>La tête de la chaîne d&apos;audit manque dans le coffre.</translation>
    </message>
    <message>
        <source>The change cannot be recorded: %1 acted in it but did not authenticate in this session, so the audit log cannot be signed by %1.</source>
        <translation>La modification ne peut pas être consignée&#xa0;: %1 y a pris part sans s&apos;être authentifié dans cette session&#xa0;; le journal d&apos;audit ne peut donc pas être signé par %1.</translation>
    </message>
</context>
<context>
    <name>keyward::core::AuditReportGatherer</name>
    <message>
        <source>(none pinned)</source>
        <translation>(aucun fixé)</translation>
    </message>
    <message>
        <source>no decision yet</source>
        <translation>pas encore de décision</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>INVALID (%1)</source>
        <translation>INVALIDE (%1)</translation>
    </message>
    <message>
        <source>Samples test-decrypt runs</source>
        <translation>Essais de déchiffrement des échantillons</translation>
    </message>
    <message>
        <source>Trust map findings</source>
        <translation>Constats de la carte de confiance</translation>
    </message>
</context>
<context>
    <name>keyward::core::AuditVerifier</name>
    <message>
        <source>audit.jsonl is present</source>
        <translation>audit.jsonl est présent</translation>
    </message>
    <message>
        <source>audit.jsonl is missing.</source>
        <translation>audit.jsonl est absent.</translation>
    </message>
    <message>
        <source>The earlier export has a tree head</source>
        <translation>L&apos;export antérieur a une tête d&apos;arbre</translation>
    </message>
    <message>
        <source>%1 holds no readable tree head.</source>
        <translation>%1 ne contient aucune tête d&apos;arbre lisible.</translation>
    </message>
    <message>
        <source>The earlier export is of this vault</source>
        <translation>L&apos;export antérieur provient de ce coffre</translation>
    </message>
    <message>
        <source>%1 is an export of another vault.</source>
        <translation>%1 est un export d&apos;un autre coffre.</translation>
    </message>
    <message>
        <source>The log only grew since the earlier export</source>
        <translation>Le journal n&apos;a fait que croître depuis l&apos;export antérieur</translation>
    </message>
    <message>
        <source>The log was cut short: the earlier export&apos;s head covers %1 events, this export&apos;s only %2.</source>
        <translation>Le journal a été tronqué&#xa0;: la tête d&apos;arbre de l&apos;export antérieur couvre %1 événements, celle de cet export seulement %2.</translation>
    </message>
    <message>
        <source>audit.jsonl line %1</source>
        <translation>Ligne %1 de audit.jsonl</translation>
    </message>
    <message>
        <source>audit.jsonl is complete</source>
        <translation>audit.jsonl est complet</translation>
    </message>
    <message>
        <source>%1 is cut off (no line break).</source>
        <translation>%1 est tronquée (pas de saut de ligne).</translation>
    </message>
    <message>
        <source>Every line is a canonical event</source>
        <translation>Chaque ligne est un événement canonique</translation>
    </message>
    <message>
        <source>%1 is not a canonical Keyward event.</source>
        <translation>%1 n&apos;est pas un événement Keyward canonique.</translation>
    </message>
    <message>
        <source>Events are in order without gaps</source>
        <translation>Les événements se suivent dans l&apos;ordre, sans lacune</translation>
    </message>
    <message>
        <source>%1: event %2 is missing (the line holds event %3): events were deleted.</source>
        <translation>%1&#xa0;: l&apos;événement %2 manque (la ligne contient l&apos;événement %3)&#xa0;: des événements ont été supprimés.</translation>
    </message>
    <message>
        <source>%1: event %2 appears again or out of order: events were duplicated or reordered.</source>
        <translation>%1&#xa0;: l&apos;événement %2 apparaît de nouveau ou hors de son ordre&#xa0;: des événements ont été dupliqués ou réordonnés.</translation>
    </message>
    <message>
        <source>Every event links to the one before</source>
        <translation>Chaque événement est chaîné au précédent</translation>
    </message>
    <message>
        <source>%1 (event %2) does not link to the event before it: an event was inserted, removed or moved.</source>
        <translation>%1 (événement %2) n&apos;est pas chaînée à l&apos;événement précédent&#xa0;: un événement a été inséré, supprimé ou déplacé.</translation>
    </message>
    <message>
        <source>Every event is unchanged</source>
        <translation>Aucun événement n&apos;a été modifié</translation>
    </message>
    <message>
        <source>%1 (event %2) was changed: its hash does not match its content.</source>
        <translation>%1 (événement %2) a été modifiée&#xa0;: son hachage ne correspond pas à son contenu.</translation>
    </message>
    <message>
        <source>Time never goes back</source>
        <translation>Le temps ne recule jamais</translation>
    </message>
    <message>
        <source>%1 (event %2) is dated before the event before it.</source>
        <translation>%1 (événement %2) porte une date antérieure à celle de l&apos;événement précédent.</translation>
    </message>
    <message>
        <source>The roster events are the signed roster&apos;s</source>
        <translation>Les événements de la liste des responsables sont ceux de la liste signée</translation>
    </message>
    <message>
        <source>%1 (event %2) is a roster event missing from roster.jsonl.</source>
        <translation>%1 (événement %2) est un événement de la liste des responsables absent de roster.jsonl.</translation>
    </message>
    <message>
        <source>Every transaction&apos;s head is signed by its officers</source>
        <translation>La tête de chaque transaction est signée par ses responsables</translation>
    </message>
    <message>
        <source>%1 (event %2): %3</source>
        <translation>%1 (événement %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>audit.jsonl holds what the manifest signs</source>
        <translation>audit.jsonl contient ce que signe le manifeste</translation>
    </message>
    <message numerus="yes">
        <source>audit.jsonl holds %n event(s), not the signed count, first and last hash.</source>
        <translation>
            <numerusform>audit.jsonl contient %n événement&#xa0;; le nombre, le premier et le dernier hachage ne sont pas ceux qui ont été signés.</numerusform>
            <numerusform>audit.jsonl contient %n événements&#xa0;; le nombre, le premier et le dernier hachage ne sont pas ceux qui ont été signés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>audit.jsonl: %n event(s) in order, each linked to the one before and unchanged</source>
        <translation>
            <numerusform>audit.jsonl&#xa0;: %n événement dans l&apos;ordre, chaîné au précédent et intact</numerusform>
            <numerusform>audit.jsonl&#xa0;: %n événements dans l&apos;ordre, chacun chaîné au précédent et intact</numerusform>
        </translation>
    </message>
    <message>
        <source>audit.jsonl event %1: %2</source>
        <translation>audit.jsonl, événement %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Every transaction&apos;s head is signed by the officers who acted in it (heads.jsonl)</source>
        <translation>La tête de chaque transaction est signée par les responsables qui y ont pris part (heads.jsonl)</translation>
    </message>
    <message>
        <source>The Merkle root of audit.jsonl is the signed one</source>
        <translation>La racine de Merkle de audit.jsonl est celle qui a été signée</translation>
    </message>
    <message>
        <source>The Merkle root of audit.jsonl differs from the signed tree head.</source>
        <translation>La racine de Merkle de audit.jsonl diffère de celle de la tête d&apos;arbre signée.</translation>
    </message>
    <message>
        <source>The Merkle root of audit.jsonl is the co-signed tree head&apos;s</source>
        <translation>La racine de Merkle de audit.jsonl est celle de la tête d&apos;arbre contresignée</translation>
    </message>
    <message>
        <source>The last event is in the signed tree</source>
        <translation>Le dernier événement figure dans l&apos;arbre signé</translation>
    </message>
    <message>
        <source>The last line of audit.jsonl is not in the signed tree head.</source>
        <translation>La dernière ligne de audit.jsonl ne figure pas dans la tête d&apos;arbre signée.</translation>
    </message>
    <message>
        <source>The range&apos;s last event is in the co-signed tree head (inclusion proof)</source>
        <translation>Le dernier événement de la période figure dans la tête d&apos;arbre contresignée (preuve d&apos;inclusion)</translation>
    </message>
    <message>
        <source>The first %1 events are not those of the earlier export %2: the log was rewritten or cut.</source>
        <translation>Les %1 premiers événements ne sont pas ceux de l&apos;export antérieur %2&#xa0;: le journal a été réécrit ou tronqué.</translation>
    </message>
    <message>
        <source>The log only grew since the earlier export (%1 → %2 events)</source>
        <translation>Le journal n&apos;a fait que croître depuis l&apos;export antérieur (%1 → %2 événements)</translation>
    </message>
    <message>
        <source>%1 is present</source>
        <translation>%1 est présent</translation>
    </message>
    <message>
        <source>%1 is as Keyward wrote it</source>
        <translation>%1 est tel que Keyward l&apos;a écrit</translation>
    </message>
    <message>
        <source>%1 was edited or is not valid JSON.</source>
        <translation>%1 a été modifié ou n&apos;est pas du JSON valide.</translation>
    </message>
    <message>
        <source>treehead.json holds a tree head</source>
        <translation>treehead.json contient une tête d&apos;arbre</translation>
    </message>
    <message>
        <source>treehead.json does not hold a Keyward tree head.</source>
        <translation>treehead.json ne contient pas de tête d&apos;arbre Keyward.</translation>
    </message>
    <message>
        <source>proofs.json is for this tree head</source>
        <translation>proofs.json correspond à cette tête d&apos;arbre</translation>
    </message>
    <message>
        <source>proofs.json is for another tree head.</source>
        <translation>proofs.json correspond à une autre tête d&apos;arbre.</translation>
    </message>
    <message>
        <source>proofs.json is well-formed</source>
        <translation>proofs.json est bien formé</translation>
    </message>
    <message>
        <source>proofs.json holds a malformed hash.</source>
        <translation>proofs.json contient un hachage mal formé.</translation>
    </message>
    <message>
        <source>roster.jsonl is present</source>
        <translation>roster.jsonl est présent</translation>
    </message>
    <message>
        <source>roster.jsonl is complete</source>
        <translation>roster.jsonl est complet</translation>
    </message>
    <message>
        <source>roster.jsonl does not end with a line break.</source>
        <translation>roster.jsonl ne se termine pas par un saut de ligne.</translation>
    </message>
    <message>
        <source>roster.jsonl line %1</source>
        <translation>Ligne %1 de roster.jsonl</translation>
    </message>
    <message>
        <source>roster.jsonl holds intact events</source>
        <translation>roster.jsonl contient des événements intacts</translation>
    </message>
    <message>
        <source>%1 was changed: it is not the event Keyward recorded.</source>
        <translation>%1 a été modifiée&#xa0;: ce n&apos;est pas l&apos;événement qu&apos;a enregistré Keyward.</translation>
    </message>
    <message>
        <source>roster.jsonl events are in the signed tree</source>
        <translation>Les événements de roster.jsonl figurent dans l&apos;arbre signé</translation>
    </message>
    <message>
        <source>%1 (event %2) is not in the signed tree head: it was added or changed.</source>
        <translation>%1 (événement %2) ne figure pas dans la tête d&apos;arbre signée&#xa0;: l&apos;événement a été ajouté ou modifié.</translation>
    </message>
    <message>
        <source>%1 is not an audit event.</source>
        <translation>%1 n&apos;est pas un événement d&apos;audit.</translation>
    </message>
    <message>
        <source>The roster rebuilds from genesis</source>
        <translation>La liste des responsables se reconstruit depuis la genèse</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>roster.jsonl holds no signed genesis.</source>
        <translation>roster.jsonl ne contient aucune genèse signée.</translation>
    </message>
    <message numerus="yes">
        <source>The officer roster rebuilds from its signed genesis (%n officer(s))</source>
        <translation>
            <numerusform>La liste des responsables se reconstruit depuis sa genèse signée (%n responsable)</numerusform>
            <numerusform>La liste des responsables se reconstruit depuis sa genèse signée (%n responsables)</numerusform>
        </translation>
    </message>
    <message>
        <source>No vault fingerprint was pinned: the export&apos;s own (%1) was used, which only the export asserts. Compare it with the one your officers gave you, or pass --fingerprint.</source>
        <translation>Aucune empreinte du coffre n&apos;a été fixée&#xa0;: celle de l&apos;export lui-même (%1) a été utilisée, que seul l&apos;export atteste. Comparez-la à celle que vos responsables vous ont communiquée, ou indiquez --fingerprint.</translation>
    </message>
    <message>
        <source>The vault fingerprint is the pinned one</source>
        <translation>L&apos;empreinte du coffre est celle qui a été fixée</translation>
    </message>
    <message>
        <source>This export&apos;s vault fingerprint is %1, not the pinned %2: it comes from another vault or its genesis was replaced.</source>
        <translation>L&apos;empreinte du coffre de cet export est %1, et non l&apos;empreinte fixée %2&#xa0;: l&apos;export provient d&apos;un autre coffre ou sa genèse a été remplacée.</translation>
    </message>
    <message>
        <source>The tree head names this vault</source>
        <translation>La tête d&apos;arbre désigne ce coffre</translation>
    </message>
    <message>
        <source>treehead.json names another vault fingerprint.</source>
        <translation>treehead.json indique une autre empreinte de coffre.</translation>
    </message>
    <message>
        <source>manifest.jws is present</source>
        <translation>manifest.jws est présent</translation>
    </message>
    <message>
        <source>manifest.jws is as Keyward wrote it</source>
        <translation>manifest.jws est tel que Keyward l&apos;a écrit</translation>
    </message>
    <message>
        <source>manifest.jws was edited.</source>
        <translation>manifest.jws a été modifié.</translation>
    </message>
    <message>
        <source>manifest.jws is a compact JWS</source>
        <translation>manifest.jws est un JWS compact</translation>
    </message>
    <message>
        <source>manifest.jws is not a compact JWS.</source>
        <translation>manifest.jws n&apos;est pas un JWS compact.</translation>
    </message>
    <message>
        <source>manifest.jws carries JSON</source>
        <translation>manifest.jws contient du JSON</translation>
    </message>
    <message>
        <source>manifest.jws is signed by the exporter</source>
        <translation>manifest.jws est signé par le responsable qui a exporté</translation>
    </message>
    <message>
        <source>manifest.jws is not signed by %1 as the roster knows them: it was changed or forged.</source>
        <translation>manifest.jws n&apos;est pas signé avec la clé que la liste des responsables connaît pour %1&#xa0;: il a été modifié ou falsifié.</translation>
    </message>
    <message>
        <source>manifest.jws is signed by the exporting officer %1</source>
        <translation>manifest.jws est signé par %1, le responsable qui a exporté</translation>
    </message>
    <message>
        <source>The manifest names this tree head</source>
        <translation>Le manifeste désigne cette tête d&apos;arbre</translation>
    </message>
    <message>
        <source>treehead.json is not the tree head the manifest signs.</source>
        <translation>treehead.json n&apos;est pas la tête d&apos;arbre que signe le manifeste.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 est absent.</translation>
    </message>
    <message>
        <source>%1 matches its signed SHA-256</source>
        <translation>%1 correspond à son SHA-256 signé</translation>
    </message>
    <message>
        <source>%1 was changed after the export: its SHA-256 is not the signed one.</source>
        <translation>%1 a été modifié après l&apos;export&#xa0;: son SHA-256 n&apos;est pas celui qui a été signé.</translation>
    </message>
    <message>
        <source>The manifest lists %1</source>
        <translation>Le manifeste répertorie %1</translation>
    </message>
    <message>
        <source>The manifest does not list %1.</source>
        <translation>Le manifeste ne répertorie pas %1.</translation>
    </message>
    <message>
        <source>Every file matches its signed SHA-256 (%1)</source>
        <translation>Chaque fichier correspond à son SHA-256 signé (%1)</translation>
    </message>
    <message>
        <source>treehead.json is a JWS</source>
        <translation>treehead.json est un JWS</translation>
    </message>
    <message>
        <source>treehead.json is not a JWS.</source>
        <translation>treehead.json n&apos;est pas un JWS.</translation>
    </message>
    <message>
        <source>treehead.json is signed by officers</source>
        <translation>treehead.json est signé par des responsables</translation>
    </message>
    <message>
        <source>Signature %1 of treehead.json is not an officer&apos;s valid signature.</source>
        <translation>La signature %1 de treehead.json n&apos;est pas une signature valide d&apos;un responsable.</translation>
    </message>
    <message>
        <source>The tree head is co-signed by two officers</source>
        <translation>La tête d&apos;arbre est signée par deux responsables</translation>
    </message>
    <message>
        <source>The tree head is signed by %1 only: a second officer must co-sign it (keyward-cli export cosign DIR --as OTHER).</source>
        <translation>La tête d&apos;arbre n&apos;est signée que par %1&#xa0;: un second responsable doit la contresigner (keyward-cli export cosign DIR --as OTHER).</translation>
    </message>
    <message>
        <source>The tree head (%1 events, root %2…) is signed by %3</source>
        <translation>La tête d&apos;arbre (%1 événements, racine %2…) est signée par %3</translation>
    </message>
    <message>
        <source>heads.jsonl is present</source>
        <translation>heads.jsonl est présent</translation>
    </message>
    <message>
        <source>heads.jsonl holds signed heads</source>
        <translation>heads.jsonl contient des têtes de chaîne signées</translation>
    </message>
    <message>
        <source>heads.jsonl line %1 was changed.</source>
        <translation>La ligne %1 de heads.jsonl a été modifiée.</translation>
    </message>
    <message>
        <source>heads.jsonl is complete</source>
        <translation>heads.jsonl est complet</translation>
    </message>
    <message>
        <source>heads.jsonl does not end with a line break.</source>
        <translation>heads.jsonl ne se termine pas par un saut de ligne.</translation>
    </message>
    <message>
        <source>Every checkpoint is signed by its officer</source>
        <translation>Chaque point de contrôle est signé par son responsable</translation>
    </message>
    <message>
        <source>%1: the checkpoint is not signed by %2.</source>
        <translation>%1&#xa0;: le point de contrôle n&apos;est pas signé par %2.</translation>
    </message>
    <message>
        <source>Every checkpoint matches the log before it</source>
        <translation>Chaque point de contrôle correspond au journal qui le précède</translation>
    </message>
    <message>
        <source>%1: the checkpoint signed a log of %2 events with another root: events before it were changed, removed or reordered since.</source>
        <translation>%1&#xa0;: le point de contrôle a signé un journal de %2 événements avec une autre racine&#xa0;: des événements antérieurs ont depuis été modifiés, supprimés ou réordonnés.</translation>
    </message>
    <message numerus="yes">
        <source>The newest checkpoint before the last event %1 is %n hour(s) older than it (event %2)</source>
        <translation>
            <numerusform>Le point de contrôle le plus récent avant le dernier événement %1 est plus ancien que lui de %n heure (événement %2)</numerusform>
            <numerusform>Le point de contrôle le plus récent avant le dernier événement %1 est plus ancien que lui de %n heures (événement %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stale head: the newest checkpoint before the last event %1 (%2) is event %3 (%4), more than a day older. The vault records one at every unlock and at least daily: events were written without Keyward checkpointing them, or a clock was wrong.</source>
        <translation>Tête d&apos;arbre périmée&#xa0;: le point de contrôle le plus récent avant le dernier événement %1 (%2) est l&apos;événement %3 (%4), plus d&apos;un jour plus ancien. Le coffre en enregistre un à chaque déverrouillage et au moins une fois par jour&#xa0;: des événements ont été écrits sans que Keyward les couvre d&apos;un point de contrôle, ou une horloge était fausse.</translation>
    </message>
    <message>
        <source>Every decision is signed by its officer</source>
        <translation>Chaque décision est signée par son responsable</translation>
    </message>
    <message>
        <source>Every transaction&apos;s head inside the range is signed by the officers who acted in it, judged by the roster from genesis (heads.jsonl)</source>
        <translation>Chaque tête de transaction de la plage est signée par les responsables qui y ont agi, jugée d&apos;après la liste des responsables depuis la genèse (heads.jsonl)</translation>
    </message>
    <message numerus="yes">
        <source>%n request decision(s) verify with their officer&apos;s key in the signed roster</source>
        <translation>
            <numerusform>%n décision de demande se vérifie avec la clé de son responsable dans la liste des responsables signée</numerusform>
            <numerusform>%n décisions de demande se vérifient avec la clé de leur responsable dans la liste des responsables signée</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::core::CalendarExport</name>
    <message>
        <source>key &quot;%1&quot; of key set %2</source>
        <translation>clé «&#xa0;%1&#xa0;» du jeu de clés %2</translation>
    </message>
    <message>
        <source>Rotate %1</source>
        <translation>Rotation de %1</translation>
    </message>
    <message>
        <source>The cryptoperiod of %1 ends. Request its rotation in Keyward (two-person rule).</source>
        <translation>La cryptopériode de %1 se termine. Demandez sa rotation dans Keyward (règle des deux personnes).</translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation>Retrait de %1</translation>
    </message>
    <message>
        <source>The overlap of %1 after its successor &quot;%2&quot; took over ends: it may be retired.</source>
        <translation>Le chevauchement de %1 après la relève par son successeur «&#xa0;%2&#xa0;» se termine&#xa0;: elle peut être retirée.</translation>
    </message>
    <message>
        <source>%1 expires</source>
        <translation>Expiration de %1</translation>
    </message>
    <message>
        <source>%1 (%2, owner %3) expires.</source>
        <translation>%1 (%2, propriétaire %3) expire.</translation>
    </message>
    <message>
        <source>Destruction of %1</source>
        <translation>Destruction de %1</translation>
    </message>
    <message>
        <source>Request #%1 erases the private material of %2 (crypto-shred). It can be cancelled until then.</source>
        <translation>La demande n° %1 efface le matériel privé de %2 (effacement cryptographique). Elle peut être annulée d&apos;ici là.</translation>
    </message>
    <message>
        <source>Keyward key dates</source>
        <translation>Échéances des clés Keyward</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
</context>
<context>
    <name>keyward::core::ChainVerifier</name>
    <message>
        <source>Event %1 is missing: the chain jumps from %2 to %3 (events were deleted).</source>
        <translation>L&apos;événement %1 manque&#xa0;: la chaîne saute de %2 à %3 (des événements ont été supprimés).</translation>
    </message>
    <message>
        <source>Event %1 appears out of order after event %2.</source>
        <translation>L&apos;événement %1 apparaît hors d&apos;ordre après l&apos;événement %2.</translation>
    </message>
    <message>
        <source>Event %1 does not link to the event before it: an event was inserted, deleted or moved here.</source>
        <translation>L&apos;événement %1 n&apos;est pas lié à l&apos;événement précédent&#xa0;: un événement a été inséré, supprimé ou déplacé ici.</translation>
    </message>
    <message>
        <source>Event %1 was changed after it was recorded: its hash does not match its content.</source>
        <translation>L&apos;événement %1 a été modifié après son enregistrement&#xa0;: son hachage ne correspond pas à son contenu.</translation>
    </message>
    <message>
        <source>Events %1 to %2 are missing: the chain ends at event %3 but %2 events were recorded (events were removed from the end).</source>
        <translation>Les événements %1 à %2 manquent&#xa0;: la chaîne s&apos;arrête à l&apos;événement %3 alors que %2 événements ont été enregistrés (des événements ont été retirés à la fin).</translation>
    </message>
    <message>
        <source>Event %1 and later were added outside Keyward: the recorded chain ends at %2.</source>
        <translation>L&apos;événement %1 et les suivants ont été ajoutés hors de Keyward&#xa0;: la chaîne enregistrée s&apos;arrête à %2.</translation>
    </message>
    <message>
        <source>The last event %1 is not the one Keyward recorded: the chain head does not match.</source>
        <translation>Le dernier événement %1 n&apos;est pas celui qu&apos;a enregistré Keyward&#xa0;: la tête de chaîne ne correspond pas.</translation>
    </message>
    <message>
        <source>Event %1 has a malformed time: Keyward did not write it.</source>
        <translation>L&apos;événement %1 a une heure mal formée&#xa0;: ce n&apos;est pas Keyward qui l&apos;a écrit.</translation>
    </message>
    <message>
        <source>Event %1 is dated %2, before event %3 (%4): events out of order, so an event was back-dated or moved.</source>
        <extracomment>%2 and %4 are UTC date-times.</extracomment>
        <translation>L&apos;événement %1 est daté du %2, avant l&apos;événement %3 (%4)&#xa0;: les événements sont hors d&apos;ordre, un événement a donc été antidaté ou déplacé.</translation>
    </message>
    <message>
        <source>Event %1 is dated %2, more than a day after this computer&apos;s clock: it was written with a clock set ahead (a jump into the future), or this clock is wrong.</source>
        <extracomment>%2 is a UTC date-time.</extracomment>
        <translation>L&apos;événement %1 est daté du %2, plus d&apos;un jour après l&apos;horloge de cet ordinateur&#xa0;: il a été écrit avec une horloge en avance (un saut dans le futur), ou cette horloge est fausse.</translation>
    </message>
    <message>
        <source>Could not read the audit log</source>
        <translation>Impossible de lire le journal d&apos;audit</translation>
    </message>
</context>
<context>
    <name>keyward::core::CheckpointVerifier</name>
    <message>
        <source>Event %1 is a checkpoint without a tree head of this vault: it was forged or changed.</source>
        <translation>L&apos;événement %1 est un point de contrôle sans tête d&apos;arbre de ce coffre&#xa0;: il a été falsifié ou modifié.</translation>
    </message>
    <message>
        <source>The checkpoint at event %1 covers %2 events, but %3 come before it: it was forged, or events before it were removed or inserted.</source>
        <translation>Le point de contrôle de l&apos;événement %1 couvre %2 événements, mais %3 le précèdent&#xa0;: il a été falsifié, ou des événements antérieurs ont été supprimés ou insérés.</translation>
    </message>
    <message>
        <source>The checkpoint at event %1 signed another Merkle root than the %2 events before it have: the checkpoint was forged, or events before it were changed since.</source>
        <translation>Le point de contrôle de l&apos;événement %1 a signé une autre racine de Merkle que celle des %2 événements qui le précèdent&#xa0;: le point de contrôle a été falsifié, ou des événements antérieurs ont été modifiés depuis.</translation>
    </message>
    <message>
        <source>The checkpoint at event %1 does not chain to the checkpoint before it: a checkpoint was removed, inserted or changed.</source>
        <translation>Le point de contrôle de l&apos;événement %1 ne s&apos;enchaîne pas au point de contrôle précédent&#xa0;: un point de contrôle a été supprimé, inséré ou modifié.</translation>
    </message>
</context>
<context>
    <name>keyward::core::CommittedFiles</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot set the permissions of %1; it was removed again.</source>
        <translation>Impossible de définir les permissions de %1&#xa0;; le fichier a été supprimé.</translation>
    </message>
</context>
<context>
    <name>keyward::core::Database</name>
    <message>
        <source>The database key must be 256 bits.</source>
        <translation>La clé de la base de données doit faire 256 bits.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existe déjà.</translation>
    </message>
    <message>
        <source>The vault database %1 is missing.</source>
        <translation>La base de données du coffre %1 est absente.</translation>
    </message>
    <message>
        <source>The vault database %1 is truncated (%2 bytes).</source>
        <translation>La base de données du coffre %1 est tronquée (%2 octets).</translation>
    </message>
    <message>
        <source>Could not open the vault database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données du coffre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not key the vault database</source>
        <translation>Impossible de définir la clé de la base de données du coffre</translation>
    </message>
    <message>
        <source>The vault database %1 cannot be decrypted with the key from keyslots.json: it is damaged, from another vault, or not a Keyward vault at all.</source>
        <translation>La base de données du coffre %1 ne se déchiffre pas avec la clé de keyslots.json&#xa0;: elle est endommagée, appartient à un autre coffre ou n&apos;est pas du tout un coffre Keyward.</translation>
    </message>
    <message>
        <source>Could not read the vault database</source>
        <translation>Impossible de lire la base de données du coffre</translation>
    </message>
    <message>
        <source>SQL statement failed</source>
        <translation>Échec de l&apos;instruction SQL</translation>
    </message>
    <message>
        <source>Could not prepare SQL</source>
        <translation>Impossible de préparer le SQL</translation>
    </message>
    <message>
        <source>The query returned no row.</source>
        <translation>La requête n&apos;a renvoyé aucune ligne.</translation>
    </message>
    <message>
        <source>The database cannot be re-keyed inside a transaction.</source>
        <translation>La base de données ne peut pas être rechiffrée au sein d&apos;une transaction.</translation>
    </message>
    <message>
        <source>Could not re-key the vault database</source>
        <translation>Impossible de rechiffrer la base de données du coffre</translation>
    </message>
    <message>
        <source>%1: the vault database %2 is damaged (%3).</source>
        <translation>%1&#xa0;: la base de données du coffre %2 est endommagée (%3).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Another Keyward program is writing to this vault. Try again when it has finished.</source>
        <translation>Un autre programme Keyward écrit dans ce coffre. Réessayez quand il aura terminé.</translation>
    </message>
    <message>
        <source>Another Keyward program is writing to this vault; tried for %1 s. Try again when it has finished.</source>
        <translation>Un autre programme Keyward écrit dans ce coffre&#xa0;; tentatives pendant %1 s. Réessayez quand il aura terminé.</translation>
    </message>
    <message>
        <source>The vault was re-keyed by another Keyward program (an officer was removed); unlock it again.</source>
        <translation>Le coffre a été rechiffré par un autre programme Keyward (un responsable a été retiré)&#xa0;; déverrouillez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>keyward::core::DecisionCheck</name>
    <message>
        <source>The decision event is not an audit event.</source>
        <translation>L&apos;événement de décision n&apos;est pas un événement d&apos;audit.</translation>
    </message>
    <message>
        <source>approval</source>
        <translation>approbation</translation>
    </message>
    <message>
        <source>rejection</source>
        <translation>rejet</translation>
    </message>
    <message>
        <source>Event %1: the %2 carries no decision signature (compact JWS).</source>
        <translation>Événement %1&#xa0;: la décision (%2) ne porte aucune signature de décision (JWS compacte).</translation>
    </message>
    <message>
        <source>Event %1: the %2&apos;s signature is not a Keyward decision.</source>
        <translation>Événement %1&#xa0;: la signature de la décision (%2) n&apos;est pas une décision Keyward.</translation>
    </message>
    <message>
        <source>Event %1: the %2 is signed as %3, who was not an officer in the signed roster at that time: it was forged.</source>
        <translation>Événement %1&#xa0;: la décision (%2) est signée au nom de %3, qui n&apos;était pas responsable dans la liste des responsables signée à ce moment&#xa0;: elle a été falsifiée.</translation>
    </message>
    <message>
        <source>Event %1: the %2 by %3 does not verify with the key the signed roster held for %3 then: the decision was forged or changed after it was signed.</source>
        <translation>Événement %1&#xa0;: la décision (%2) de %3 ne se vérifie pas avec la clé que la liste des responsables signée détenait alors pour %3&#xa0;: la décision a été falsifiée ou modifiée après sa signature.</translation>
    </message>
    <message>
        <source>Event %1: the %2 signed by %3 is for another request, verdict or officer than the event records: a signature was moved onto it.</source>
        <translation>Événement %1&#xa0;: la décision (%2) signée par %3 porte sur une autre demande, un autre verdict ou un autre responsable que ceux que l&apos;événement enregistre&#xa0;: une signature y a été déplacée.</translation>
    </message>
</context>
<context>
    <name>keyward::core::DemoKeySeeder</name>
    <message>
        <source>The vault already holds keys; demo keys go into an empty vault only.</source>
        <translation>Le coffre contient déjà des clés&#xa0;; les clés de démonstration ne vont que dans un coffre vide.</translation>
    </message>
</context>
<context>
    <name>keyward::core::DemoRequestSeeder</name>
    <message>
        <source>The vault already holds requests; demo requests go into a fresh demo vault only.</source>
        <translation>Le coffre contient déjà des demandes&#xa0;; les demandes de démonstration ne vont que dans un coffre de démonstration neuf.</translation>
    </message>
</context>
<context>
    <name>keyward::core::DemoSampleSeeder</name>
    <message>
        <source>Cannot write the demo sample %1.</source>
        <translation>Impossible d&apos;écrire l&apos;échantillon de démonstration %1.</translation>
    </message>
</context>
<context>
    <name>keyward::core::DestructionExecutor</name>
    <message>
        <source>Key &quot;%1&quot; is %2; only a retired, revoked or never activated key can be destroyed — retire it first.</source>
        <translation>La clé «&#xa0;%1&#xa0;» est à l&apos;état «&#xa0;%2&#xa0;»&#xa0;; seule une clé retirée, révoquée ou jamais activée peut être détruite — retirez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>The waiting period before a destruction is 1 to 30 days.</source>
        <translation>Le délai d&apos;attente avant une destruction est de 1 à 30 jours.</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; is %2 and can no longer be destroyed.</source>
        <translation>La clé «&#xa0;%1&#xa0;» est à l&apos;état «&#xa0;%2&#xa0;» et ne peut plus être détruite.</translation>
    </message>
    <message>
        <source>The private material of key &quot;%1&quot; is still held by the key provider.</source>
        <translation>Le matériel privé de la clé «&#xa0;%1&#xa0;» est encore détenu par le fournisseur de clés.</translation>
    </message>
</context>
<context>
    <name>keyward::core::DriftCheck</name>
    <message>
        <source>&quot;%1&quot; is not an http or https URL.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL http ou https.</translation>
    </message>
    <message>
        <source>%1 served more than %2 bytes; a JWKS is never that large.</source>
        <translation>%1 a servi plus de %2 octets&#xa0;; un JWKS n&apos;est jamais aussi volumineux.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 n&apos;a pas répondu dans les %2 s.</translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times.</source>
        <translation>%1 a redirigé plus de %2 fois.</translation>
    </message>
    <message>
        <source>%1 redirected from HTTPS to plain HTTP; refused.</source>
        <translation>%1 a redirigé de HTTPS vers du HTTP non chiffré&#xa0;; refusé.</translation>
    </message>
    <message>
        <source>Fetching %1 failed: %2</source>
        <translation>La récupération de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>The document served is not a JWKS (a JSON object with a &quot;keys&quot; array).</source>
        <translation>Le document servi n&apos;est pas un JWKS (un objet JSON avec un tableau «&#xa0;keys&#xa0;»).</translation>
    </message>
    <message>
        <source>The kid &quot;%1&quot; is served more than once; verifiers may pick either key.</source>
        <translation>Le kid «&#xa0;%1&#xa0;» est servi plusieurs fois&#xa0;; les vérificateurs peuvent choisir n&apos;importe laquelle de ces clés.</translation>
    </message>
    <message>
        <source>The kid &quot;%1&quot; is served but is not a key of this set in the vault.</source>
        <translation>Le kid «&#xa0;%1&#xa0;» est servi mais ne correspond à aucune clé de ce jeu dans le coffre.</translation>
    </message>
    <message>
        <source>The revoked kid &quot;%1&quot; is still served: tokens forged with it verify.</source>
        <translation>Le kid révoqué «&#xa0;%1&#xa0;» est toujours servi&#xa0;: les jetons forgés avec cette clé passent la vérification.</translation>
    </message>
    <message>
        <source>The retired kid &quot;%1&quot; is still served.</source>
        <translation>Le kid retiré «&#xa0;%1&#xa0;» est toujours servi.</translation>
    </message>
    <message>
        <source>The destroyed kid &quot;%1&quot; is still served.</source>
        <translation>Le kid détruit «&#xa0;%1&#xa0;» est toujours servi.</translation>
    </message>
    <message>
        <source>The kid &quot;%1&quot; is served, but a %2 %3 key is not published.</source>
        <translation>Le kid «&#xa0;%1&#xa0;» est servi, mais une clé %2 %3 n&apos;est pas publiée.</translation>
    </message>
    <message>
        <source>The key served as &quot;%1&quot; is not the vault&apos;s key with that kid.</source>
        <translation>La clé servie sous «&#xa0;%1&#xa0;» n&apos;est pas la clé du coffre portant ce kid.</translation>
    </message>
    <message>
        <source>The %1 kid &quot;%2&quot; should be published but is not served%3.</source>
        <translation>Le kid «&#xa0;%2&#xa0;» (%1) devrait être publié mais n&apos;est pas servi%3.</translation>
    </message>
    <message>
        <source> (it is the primary)</source>
        <translation> (c&apos;est la clé principale)</translation>
    </message>
    <message>
        <source>Cache-Control max-age %1 s is longer than the %2 s the trust map allows: caches would outlive the rotation overlap.</source>
        <translation>Cache-Control max-age %1 s dépasse les %2 s admises par la carte de confiance&#xa0;: les caches survivraient au chevauchement de la rotation.</translation>
    </message>
    <message>
        <source>No key set named %1 is in the vault.</source>
        <translation>Aucun jeu de clés nommé %1 ne figure dans le coffre.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 instead of 200.</source>
        <translation>%1 a répondu HTTP %2 au lieu de 200.</translation>
    </message>
    <message>
        <source>The JWKS was served over plain HTTP: anyone on the path could replace it.</source>
        <translation>Le JWKS a été servi en HTTP non chiffré&#xa0;: n&apos;importe qui sur le chemin réseau pourrait le remplacer.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is served with private key material (%2): treat it as compromised.</source>
        <translation>La clé «&#xa0;%1&#xa0;» est servie avec du matériel de clé privé (%2)&#xa0;: considérez-la comme compromise.</translation>
    </message>
</context>
<context>
    <name>keyward::core::DueWork</name>
    <message>
        <source>Drafted automatically: key &quot;%1&quot; of key set %2 reached the end of its cryptoperiod on %3.</source>
        <translation>Préparée automatiquement&#xa0;: la clé «&#xa0;%1&#xa0;» du jeu de clés %2 a atteint la fin de sa cryptopériode le %3.</translation>
    </message>
    <message>
        <source>Drafted automatically: key &quot;%1&quot; of key set %2 expires on %3.</source>
        <translation>Préparée automatiquement&#xa0;: la clé «&#xa0;%1&#xa0;» du jeu de clés %2 expire le %3.</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; of key set %2 is due for rotation; a key officer must request it.</source>
        <translation>La clé «&#xa0;%1&#xa0;» du jeu de clés %2 doit faire l&apos;objet d&apos;une rotation&#xa0;; un responsable des clés doit la demander.</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; of key set %2 is due for rotation, but no request could be drafted: %3</source>
        <translation>La clé «&#xa0;%1&#xa0;» du jeu de clés %2 doit faire l&apos;objet d&apos;une rotation, mais aucune demande n&apos;a pu être préparée&#xa0;: %3</translation>
    </message>
    <message>
        <source>Key set %1 has no primary %2 key since &quot;%3&quot; was revoked; request a rotation to a successor (keyward-cli request rotate %3 --successor KID ...).</source>
        <translation>Le jeu de clés %1 n&apos;a plus de clé %2 principale depuis la révocation de «&#xa0;%3&#xa0;»&#xa0;; demandez une rotation vers un successeur (keyward-cli request rotate %3 --successor KID ...).</translation>
    </message>
</context>
<context>
    <name>keyward::core::EvidenceFiles</name>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 est absent.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes: not a Keyward export.</source>
        <translation>%1 dépasse %2 octets&#xa0;: ce n&apos;est pas un export Keyward.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No output folder was given.</source>
        <translation>Aucun dossier de sortie n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
</context>
<context>
    <name>keyward::core::GenerateKeyCommand</name>
    <message>
        <source>A generated key needs an alg (for example ES256 or RSA-OAEP-256).</source>
        <translation>Une clé générée exige un alg (par exemple ES256 ou RSA-OAEP-256).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an algorithm Keyward generates keys for.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un algorithme pour lequel Keyward génère des clés.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; fixes its key size; leave the size out.</source>
        <translation>«&#xa0;%1&#xa0;» impose sa taille de clé&#xa0;; omettez la taille.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an RSA key size.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une taille de clé RSA.</translation>
    </message>
    <message>
        <source>A %1-bit RSA key is too weak; Keyward generates 2048, 3072 or 4096 bits.</source>
        <translation>Une clé RSA de %1 bits est trop faible&#xa0;; Keyward génère 2048, 3072 ou 4096 bits.</translation>
    </message>
    <message>
        <source>Keyward generates RSA keys of 2048, 3072 or 4096 bits.</source>
        <translation>Keyward génère des clés RSA de 2048, 3072 ou 4096 bits.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes a P-256, P-384, P-521 or X25519 key.</source>
        <translation>«&#xa0;%1&#xa0;» prend une clé P-256, P-384, P-521 ou X25519.</translation>
    </message>
    <message>
        <source>A dir key has 128, 192 or 256 bits.</source>
        <translation>Une clé dir fait 128, 192 ou 256 bits.</translation>
    </message>
    <message>
        <source>Keyward does not generate keys for &quot;%1&quot;.</source>
        <translation>Keyward ne génère pas de clés pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a %2 algorithm; it cannot be used for &quot;%3&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» est un algorithme %2&#xa0;; il ne peut pas servir pour «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>Key set %1 already has a key with kid &quot;%2&quot;.</source>
        <translation>Le jeu de clés %1 a déjà une clé de kid «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>keyward::core::HeadVerifier</name>
    <message>
        <source>Event 1 is not the creation of this vault: the start of the log (its genesis) was removed or replaced.</source>
        <translation>L&apos;événement 1 n&apos;est pas la création de ce coffre&#xa0;: le début du journal (sa genèse) a été supprimé ou remplacé.</translation>
    </message>
    <message>
        <source>The head at event %1 is marked as written before signed heads, but this vault signed its heads from the start: the mark was planted to hide changed events.</source>
        <translation>La tête à l&apos;événement %1 est marquée comme écrite avant l&apos;introduction des têtes signées, mais ce coffre signe ses têtes depuis le début&#xa0;: la marque a été implantée pour masquer des événements modifiés.</translation>
    </message>
    <message>
        <source>The head at event %1 is signed as %2, who is not an officer in the signed roster at that point.</source>
        <translation>La tête à l&apos;événement %1 est signée au nom de %2, qui n&apos;est pas responsable dans la liste signée des responsables à ce moment-là.</translation>
    </message>
    <message>
        <source>The head at event %1 has no signed roster behind it: the genesis of the roster was removed or replaced.</source>
        <translation>La tête à l&apos;événement %1 ne repose sur aucune liste signée des responsables&#xa0;: la genèse de la liste a été supprimée ou remplacée.</translation>
    </message>
    <message>
        <source>Event %1 by %2 is not covered by a head signature of %2 (the next head, at event %4, is signed by %3 only): the event was inserted or changed, or the signature of %2 was removed.</source>
        <extracomment>%3 is a list of officer names</extracomment>
        <translation>L&apos;événement %1 de %2 n&apos;est couvert par aucune signature de tête de %2 (la tête suivante, à l&apos;événement %4, n&apos;est signée que par %3)&#xa0;: l&apos;événement a été inséré ou modifié, ou la signature de %2 a été supprimée.</translation>
    </message>
    <message>
        <source>A head was signed at event %1, but the log ends at event %2: events were removed from the end.</source>
        <translation>Une tête a été signée à l&apos;événement %1, mais le journal s&apos;arrête à l&apos;événement %2&#xa0;: des événements ont été supprimés à la fin.</translation>
    </message>
    <message>
        <source>Events %1 to %2 come after the last signed head (event %3): they were written outside Keyward, or their head signature was removed.</source>
        <translation>Les événements %1 à %2 suivent la dernière tête signée (événement %3)&#xa0;: ils ont été écrits hors de Keyward, ou leur signature de tête a été supprimée.</translation>
    </message>
    <message>
        <source>The head at event %1 is signed as %2, but the signature does not verify with the key of %2 in the signed roster: the events up to %1 were changed after %2 signed them, or the signature was forged.</source>
        <translation>La tête à l&apos;événement %1 est signée au nom de %2, mais la signature ne se vérifie pas avec la clé de %2 dans la liste signée des responsables&#xa0;: les événements jusqu&apos;à %1 ont été modifiés après leur signature par %2, ou la signature a été falsifiée.</translation>
    </message>
</context>
<context>
    <name>keyward::core::ImportKeyCommand</name>
    <message>
        <source>The JWK Set holds %1 keys; an explicit kid fits only a single key.</source>
        <translation>Le JWK Set contient %1 clés&#xa0;; un kid explicite ne convient qu&apos;à une clé unique.</translation>
    </message>
    <message>
        <source>A secret (oct) key has no public part to register; import it instead.</source>
        <translation>Une clé secrète (oct) n&apos;a pas de partie publique à enregistrer&#xa0;; importez-la plutôt.</translation>
    </message>
    <message>
        <source>external, imported by %1</source>
        <translation>externe, importée par %1</translation>
    </message>
    <message>
        <source>%1 of %2 keys were refused (first: key %3: %4); the others %5.</source>
        <translation>%1 clés sur %2 ont été refusées (première&#xa0;: clé %3&#xa0;: %4)&#xa0;; les autres %5.</translation>
    </message>
    <message>
        <source>were imported</source>
        <translation>ont été importées</translation>
    </message>
    <message>
        <source>would be imported</source>
        <translation>seraient importées</translation>
    </message>
</context>
<context>
    <name>keyward::core::JoseHeader</name>
    <message>
        <source>The protected header is %1 bytes; the limit is %2</source>
        <translation>L&apos;en-tête protégé fait %1 octets&#xa0;; la limite est de %2</translation>
    </message>
    <message>
        <source>The protected header is not strict base64url: %1</source>
        <translation>L&apos;en-tête protégé n&apos;est pas en base64url strict&#xa0;: %1</translation>
    </message>
    <message>
        <source>The protected header is not a valid JSON object: %1</source>
        <translation>L&apos;en-tête protégé n&apos;est pas un objet JSON valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>The header parameter &quot;%1&quot; appears in more than one header</source>
        <translation>Le paramètre d&apos;en-tête «&#xa0;%1&#xa0;» figure dans plus d&apos;un en-tête</translation>
    </message>
    <message>
        <source>&quot;crit&quot; must be in the protected header</source>
        <translation>«&#xa0;crit&#xa0;» doit figurer dans l&apos;en-tête protégé</translation>
    </message>
    <message>
        <source>&quot;crit&quot; must be a non-empty array of names</source>
        <translation>«&#xa0;crit&#xa0;» doit être un tableau non vide de noms</translation>
    </message>
    <message>
        <source>&quot;crit&quot; must list header parameter names as strings</source>
        <translation>«&#xa0;crit&#xa0;» doit lister des noms de paramètres d&apos;en-tête sous forme de chaînes</translation>
    </message>
    <message>
        <source>&quot;crit&quot; lists &quot;%1&quot; twice</source>
        <translation>«&#xa0;crit&#xa0;» liste «&#xa0;%1&#xa0;» deux fois</translation>
    </message>
    <message>
        <source>&quot;crit&quot; may not list the registered parameter &quot;%1&quot;</source>
        <translation>«&#xa0;crit&#xa0;» ne peut pas lister le paramètre enregistré «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;crit&quot; lists &quot;%1&quot; but the protected header does not contain it</source>
        <translation>«&#xa0;crit&#xa0;» liste «&#xa0;%1&#xa0;» mais l&apos;en-tête protégé ne le contient pas</translation>
    </message>
    <message>
        <source>The critical header parameter &quot;%1&quot; is not understood by Keyward</source>
        <translation>Le paramètre d&apos;en-tête critique «&#xa0;%1&#xa0;» n&apos;est pas compris par Keyward</translation>
    </message>
    <message>
        <source>The header parameter &quot;%1&quot; is not a string</source>
        <translation>Le paramètre d&apos;en-tête «&#xa0;%1&#xa0;» n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>The header has no &quot;alg&quot;</source>
        <translation>L&apos;en-tête n&apos;a pas d&apos;«&#xa0;alg&#xa0;»</translation>
    </message>
</context>
<context>
    <name>keyward::core::Jwk</name>
    <message>
        <source>The JWK &quot;x5c&quot; is not a non-empty array</source>
        <translation>Le «&#xa0;x5c&#xa0;» de la JWK n&apos;est pas un tableau non vide</translation>
    </message>
    <message>
        <source>An &quot;x5c&quot; entry is not a string</source>
        <translation>Une entrée «&#xa0;x5c&#xa0;» n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>The JWK &quot;x5t#S256&quot; does not match its certificate</source>
        <translation>Le «&#xa0;x5t#S256&#xa0;» de la JWK ne correspond pas à son certificat</translation>
    </message>
    <message>
        <source>No key was given</source>
        <translation>Aucune clé n&apos;a été fournie</translation>
    </message>
    <message>
        <source>The RSA key is refused: %1</source>
        <translation>La clé RSA est refusée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The public key fails validation</source>
        <translation>La clé publique échoue à la validation</translation>
    </message>
    <message>
        <source>The private key does not match its public key</source>
        <translation>La clé privée ne correspond pas à sa clé publique</translation>
    </message>
    <message>
        <source>The secret key is empty</source>
        <translation>La clé secrète est vide</translation>
    </message>
    <message>
        <source>The RSA modulus has %1 bits; at least 2048 are required</source>
        <translation>Le module RSA fait %1 bits&#xa0;; au moins 2048 sont requis</translation>
    </message>
    <message>
        <source>The secret key has %1 bits; at least 128 are required</source>
        <translation>La clé secrète fait %1 bits&#xa0;; au moins 128 sont requis</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a key of at least %2 bits; this one has %3</source>
        <translation>«&#xa0;%1&#xa0;» exige une clé d&apos;au moins %2 bits&#xa0;; celle-ci en a %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a key of exactly %2 bits; this one has %3</source>
        <translation>«&#xa0;%1&#xa0;» exige une clé d&apos;exactement %2 bits&#xa0;; celle-ci en a %3</translation>
    </message>
    <message>
        <source>A secret key cannot carry a certificate chain</source>
        <translation>Une clé secrète ne peut pas porter de chaîne de certificats</translation>
    </message>
    <message>
        <source>An &quot;x5c&quot; entry is not an X.509 certificate</source>
        <translation>Une entrée «&#xa0;x5c&#xa0;» n&apos;est pas un certificat X.509</translation>
    </message>
    <message>
        <source>The first &quot;x5c&quot; certificate holds a different key</source>
        <translation>Le premier certificat «&#xa0;x5c&#xa0;» contient une autre clé</translation>
    </message>
    <message>
        <source>Only the P-256, P-384 and P-521 EC curves are supported</source>
        <translation>Seules les courbes EC P-256, P-384 et P-521 sont prises en charge</translation>
    </message>
    <message>
        <source>Key type &quot;%1&quot; is not supported</source>
        <translation>Le type de clé «&#xa0;%1&#xa0;» n&apos;est pas pris en charge</translation>
    </message>
    <message>
        <source>An &quot;x5c&quot; entry is not base64 DER</source>
        <translation>Une entrée «&#xa0;x5c&#xa0;» n&apos;est pas du DER en base64</translation>
    </message>
</context>
<context>
    <name>keyward::core::JwkSet</name>
    <message>
        <source>The JWK Set has no &quot;keys&quot; array</source>
        <translation>Le JWK Set n&apos;a pas de tableau «&#xa0;keys&#xa0;»</translation>
    </message>
    <message>
        <source>Entry %1 of &quot;keys&quot; is not an object</source>
        <translation>L&apos;entrée %1 de «&#xa0;keys&#xa0;» n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Clé %1</translation>
    </message>
    <message>
        <source>Key %1 (kid &quot;%2&quot;)</source>
        <translation>Clé %1 (kid «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>The kid &quot;%1&quot; appears twice in the key set</source>
        <translation>Le kid «&#xa0;%1&#xa0;» apparaît deux fois dans le jeu de clés</translation>
    </message>
    <message>
        <source>The same key appears twice in the key set (thumbprint %1)</source>
        <translation>La même clé apparaît deux fois dans le jeu de clés (empreinte %1)</translation>
    </message>
    <message>
        <source>The key set mixes public keys with private or secret keys; a published set holds public keys only</source>
        <translation>Le jeu de clés mêle des clés publiques à des clés privées ou secrètes&#xa0;; un jeu publié ne contient que des clés publiques</translation>
    </message>
    <message>
        <source>No key was given</source>
        <translation>Aucune clé n&apos;a été fournie</translation>
    </message>
    <message>
        <source>The kid &quot;%1&quot; is already in the key set</source>
        <translation>Le kid «&#xa0;%1&#xa0;» est déjà dans le jeu de clés</translation>
    </message>
    <message>
        <source>This key is already in the key set</source>
        <translation>Cette clé est déjà dans le jeu de clés</translation>
    </message>
</context>
<context>
    <name>keyward::core::JwksExport</name>
    <message>
        <source>There is no key set named %1.</source>
        <translation>Il n&apos;existe pas de jeu de clés nommé %1.</translation>
    </message>
    <message>
        <source>Key set %1 has no primary key, so relying parties would have nothing current to trust. Approve a rotation first; no bundle was written.</source>
        <translation>Le jeu de clés %1 n&apos;a pas de clé principale&#xa0;: les parties utilisatrices n&apos;auraient aucune clé actuelle à laquelle se fier. Approuvez d&apos;abord une rotation&#xa0;; aucun lot n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Key set %1 has no bundle-signing key. Generate a signing key for it and name it with a policy change (bundle signing kid); no bundle was written.</source>
        <translation>Le jeu de clés %1 n&apos;a pas de clé de signature du lot. Générez-lui une clé de signature et désignez-la par un changement de politique (kid de signature du lot)&#xa0;; aucun lot n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The bundle-signing key %1 of key set %2 is not an active signing key with a pinned alg; name another one with a policy change. No bundle was written.</source>
        <translation>La clé de signature du lot %1 du jeu de clés %2 n&apos;est pas une clé de signature active avec un alg fixé&#xa0;; désignez-en une autre par un changement de politique. Aucun lot n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Key %1 would have left the vault with private members.</source>
        <translation>La clé %1 aurait quitté le coffre avec des membres privés.</translation>
    </message>
</context>
<context>
    <name>keyward::core::JwksVerifier</name>
    <message>
        <source>%1 is readable</source>
        <translation>%1 est lisible</translation>
    </message>
    <message>
        <source>%1 is JSON</source>
        <translation>%1 est du JSON</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 n&apos;est pas du JSON valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>manifest.json names its files</source>
        <translation>manifest.json répertorie ses fichiers</translation>
    </message>
    <message>
        <source>manifest.json names a file outside the folder: &quot;%1&quot;.</source>
        <translation>manifest.json désigne un fichier hors du dossier&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is present</source>
        <translation>%1 est présent</translation>
    </message>
    <message>
        <source>%1 matches its SHA-256 in the manifest</source>
        <translation>%1 correspond à son SHA-256 dans le manifeste</translation>
    </message>
    <message>
        <source>%1 was changed: its SHA-256 differs from the one in the manifest.</source>
        <translation>%1 a été modifié&#xa0;: son SHA-256 diffère de celui du manifeste.</translation>
    </message>
    <message>
        <source>manifest lists %1</source>
        <translation>Le manifeste répertorie %1</translation>
    </message>
    <message>
        <source>The manifest does not list %1.</source>
        <translation>Le manifeste ne répertorie pas %1.</translation>
    </message>
    <message>
        <source>manifest.json agrees with the signed claims</source>
        <translation>manifest.json concorde avec les revendications signées</translation>
    </message>
    <message>
        <source>manifest.json was changed: its issuer, time, generator, cache lifetime or signer differ from what jwks.jws signs.</source>
        <translation>manifest.json a été modifié&#xa0;: son émetteur, son horodatage, son générateur, sa durée de mise en cache ou son signataire diffèrent de ce que signe jwks.jws.</translation>
    </message>
    <message>
        <source>manifest.json agrees with the signed claims (Cache-Control: max-age=%1)</source>
        <translation>manifest.json concorde avec les revendications signées (Cache-Control: max-age=%1)</translation>
    </message>
    <message>
        <source>manifest.json is as Keyward wrote it</source>
        <translation>manifest.json est tel que Keyward l&apos;a écrit</translation>
    </message>
    <message>
        <source>manifest.json was reformatted or edited.</source>
        <translation>manifest.json a été reformaté ou modifié.</translation>
    </message>
    <message>
        <source>%1 holds public key members only</source>
        <translation>%1 ne contient que des membres de clé publique</translation>
    </message>
    <message>
        <source>%1 holds the private JWK member &quot;%2&quot;: this bundle leaks key material.</source>
        <translation>%1 contient le membre JWK privé «&#xa0;%2&#xa0;»&#xa0;: ce lot divulgue du matériel de clé.</translation>
    </message>
    <message>
        <source>No file holds a private JWK member</source>
        <translation>Aucun fichier ne contient de membre JWK privé</translation>
    </message>
    <message>
        <source>jwks.jws is readable</source>
        <translation>jwks.jws est lisible</translation>
    </message>
    <message>
        <source>jwks.jws is a compact JWS</source>
        <translation>jwks.jws est un JWS compact</translation>
    </message>
    <message>
        <source>jwks.jws is not a compact JWS: %1</source>
        <translation>jwks.jws n&apos;est pas un JWS compact&#xa0;: %1</translation>
    </message>
    <message>
        <source>jwks.jws has typ jwk-set+jwt</source>
        <translation>jwks.jws a le typ jwk-set+jwt</translation>
    </message>
    <message>
        <source>jwks.jws does not declare typ jwk-set+jwt.</source>
        <translation>jwks.jws ne déclare pas le typ jwk-set+jwt.</translation>
    </message>
    <message>
        <source>No trusted key was given: the signature was checked against the key the manifest names, which only proves the bundle is intact, not who made it. Pin the bundle-signing key with --trusted-key.</source>
        <translation>Aucune clé de confiance n&apos;a été fournie&#xa0;: la signature a été vérifiée avec la clé que désigne le manifeste, ce qui prouve seulement que le lot est intact, et non qui l&apos;a produit. Fixez la clé de signature du lot avec --trusted-key.</translation>
    </message>
    <message>
        <source>The signing key is a usable JWK</source>
        <translation>La clé de signature est une JWK utilisable</translation>
    </message>
    <message>
        <source>jwks.jws is signed by the bundle-signing key</source>
        <translation>jwks.jws est signé par la clé de signature du lot</translation>
    </message>
    <message>
        <source>The signature of jwks.jws does not verify: %1</source>
        <translation>La signature de jwks.jws ne se vérifie pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>jwks.jws is signed by the bundle-signing key %1</source>
        <translation>jwks.jws est signé par la clé de signature du lot %1</translation>
    </message>
    <message>
        <source>jwks.jws carries JSON claims</source>
        <translation>jwks.jws porte des revendications JSON</translation>
    </message>
    <message>
        <source>jwks.jws carries iss, iat, exp and keys</source>
        <translation>jwks.jws porte iss, iat, exp et keys</translation>
    </message>
    <message>
        <source>jwks.jws has no &quot;%1&quot; claim.</source>
        <translation>jwks.jws n&apos;a pas de revendication «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The signed keys equal jwks.json</source>
        <translation>Les clés signées sont identiques à jwks.json</translation>
    </message>
    <message>
        <source>jwks.json differs from the keys signed in jwks.jws.</source>
        <translation>jwks.json diffère des clés signées dans jwks.jws.</translation>
    </message>
    <message numerus="yes">
        <source>The signed keys equal jwks.json (%n key(s))</source>
        <translation>
            <numerusform>Les clés signées sont identiques à jwks.json (%n clé)</numerusform>
            <numerusform>Les clés signées sont identiques à jwks.json (%n clés)</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundle has not expired</source>
        <translation>Le lot n&apos;a pas expiré</translation>
    </message>
    <message>
        <source>The bundle expired at %1 (exp): publish a fresh one.</source>
        <translation>Le lot a expiré le %1 (exp)&#xa0;: publiez-en un nouveau.</translation>
    </message>
    <message>
        <source>The bundle is valid until %1</source>
        <translation>Le lot est valide jusqu&apos;au %1</translation>
    </message>
</context>
<context>
    <name>keyward::core::Jws</name>
    <message>
        <source>The JWS is larger than %1 bytes</source>
        <translation>Le JWS dépasse %1 octets</translation>
    </message>
    <message>
        <source>A general JSON JWS has &quot;%1&quot; at the top level</source>
        <translation>Un JWS JSON général a «&#xa0;%1&#xa0;» au premier niveau</translation>
    </message>
    <message>
        <source>&quot;signatures&quot; is not a non-empty array</source>
        <translation>«&#xa0;signatures&#xa0;» n&apos;est pas un tableau non vide</translation>
    </message>
    <message>
        <source>The JSON object is not a JWS (no &quot;signature&quot; or &quot;signatures&quot;)</source>
        <translation>L&apos;objet JSON n&apos;est pas un JWS (ni «&#xa0;signature&#xa0;» ni «&#xa0;signatures&#xa0;»)</translation>
    </message>
    <message>
        <source>A JWS signature entry is not an object</source>
        <translation>Une entrée de signature du JWS n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>A JWS signature entry has members of the wrong type</source>
        <translation>Une entrée de signature du JWS a des membres du mauvais type</translation>
    </message>
    <message>
        <source>A JWS signature has neither a protected nor an unprotected header</source>
        <translation>Une signature du JWS n&apos;a ni en-tête protégé ni en-tête non protégé</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>signature</translation>
    </message>
    <message>
        <source>The JWS &quot;payload&quot; is not a string</source>
        <translation>Le «&#xa0;payload&#xa0;» du JWS n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>A compact JWS has three dot-separated parts; this one has %1</source>
        <translation>Un JWS compact comporte trois parties séparées par des points&#xa0;; celui-ci en a %1</translation>
    </message>
    <message>
        <source>The signatures disagree on &quot;b64&quot; (RFC 7797 §3)</source>
        <translation>Les signatures divergent sur «&#xa0;b64&#xa0;» (RFC 7797 §3)</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>charge utile</translation>
    </message>
    <message>
        <source>A detached payload was supplied but the JWS carries its own</source>
        <translation>Une charge utile détachée a été fournie mais le JWS porte la sienne</translation>
    </message>
    <message>
        <source>There is no signature %1</source>
        <translation>Il n&apos;y a pas de signature %1</translation>
    </message>
    <message>
        <source>The signature names kid &quot;%1&quot; but the key is &quot;%2&quot;</source>
        <translation>La signature désigne le kid «&#xa0;%1&#xa0;» mais la clé est «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>The JWS payload is detached and was not supplied</source>
        <translation>La charge utile du JWS est détachée et n&apos;a pas été fournie</translation>
    </message>
    <message>
        <source>The JWS has no signature</source>
        <translation>Le JWS n&apos;a pas de signature</translation>
    </message>
    <message>
        <source>The signature names no kid</source>
        <translation>La signature ne désigne aucun kid</translation>
    </message>
    <message>
        <source>No key has kid &quot;%1&quot;</source>
        <translation>Aucune clé n&apos;a le kid «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>More than one key has kid &quot;%1&quot;; refusing to guess</source>
        <translation>Plus d&apos;une clé a le kid «&#xa0;%1&#xa0;»&#xa0;; refus de deviner</translation>
    </message>
    <message>
        <source>An unencoded payload with a &apos;.&apos; cannot go in a compact JWS; detach it</source>
        <translation>Une charge utile non encodée contenant un &apos;.&apos; ne peut pas figurer dans un JWS compact&#xa0;; détachez-la</translation>
    </message>
    <message>
        <source>A flattened JWS has exactly one signature; a general one at least one</source>
        <translation>Un JWS aplati a exactement une signature&#xa0;; un JWS général au moins une</translation>
    </message>
    <message>
        <source>The &quot;b64&quot; header parameter is not a boolean</source>
        <translation>Le paramètre d&apos;en-tête «&#xa0;b64&#xa0;» n&apos;est pas un booléen</translation>
    </message>
    <message>
        <source>&quot;b64&quot; is only honoured when it is protected and listed in &quot;crit&quot; (RFC 7797 §6)</source>
        <translation>«&#xa0;b64&#xa0;» n&apos;est pris en compte que s&apos;il est protégé et listé dans «&#xa0;crit&#xa0;» (RFC 7797 §6)</translation>
    </message>
    <message>
        <source>The JWS %1 is not strict base64url: %2</source>
        <translation>L&apos;élément %1 du JWS n&apos;est pas en base64url strict&#xa0;: %2</translation>
    </message>
    <message>
        <source>Neither the header nor the key names a signature algorithm</source>
        <translation>Ni l&apos;en-tête ni la clé ne désignent un algorithme de signature</translation>
    </message>
    <message>
        <source>Every signature of one JWS must use the same &quot;b64&quot; value</source>
        <translation>Toutes les signatures d&apos;un même JWS doivent utiliser la même valeur «&#xa0;b64&#xa0;»</translation>
    </message>
</context>
<context>
    <name>keyward::core::KdfParams</name>
    <message>
        <source>asks for %1 MiB of Argon2 memory, above Keyward&apos;s ceiling of %2 MiB</source>
        <extracomment>%1 and %2 are sizes in MiB</extracomment>
        <translation>demande %1 Mio de mémoire Argon2, au-dessus du plafond de Keyward de %2 Mio</translation>
    </message>
    <message>
        <source>asks for %1 MiB of Argon2 memory, below Keyward&apos;s floor of %2 MiB</source>
        <translation>demande %1 Mio de mémoire Argon2, en dessous du plancher de Keyward de %2 Mio</translation>
    </message>
    <message>
        <source>asks for %1 Argon2 passes, above Keyward&apos;s ceiling of %2</source>
        <translation>demande %1 passes Argon2, au-dessus du plafond de Keyward de %2</translation>
    </message>
    <message>
        <source>asks for %1 Argon2 passes, below Keyward&apos;s floor of %2</source>
        <translation>demande %1 passes Argon2, en dessous du plancher de Keyward de %2</translation>
    </message>
    <message>
        <source>asks for %1 Argon2 lanes, outside Keyward&apos;s range of %2 to %3</source>
        <translation>demande %1 voies Argon2, hors de la plage de Keyward de %2 à %3</translation>
    </message>
    <message>
        <source>asks for %1 Argon2 lanes in only %2 KiB of memory</source>
        <translation>demande %1 voies Argon2 avec seulement %2 Kio de mémoire</translation>
    </message>
    <message>
        <source>has a %1-byte Argon2 salt, outside Keyward&apos;s range of %2 to %3 bytes</source>
        <translation>a un sel Argon2 de %1 octets, hors de la plage de Keyward de %2 à %3 octets</translation>
    </message>
</context>
<context>
    <name>keyward::core::KeyAdmission</name>
    <message>
        <source>Officer %1 holds neither the key-officer nor the admin role and cannot add keys.</source>
        <translation>Le responsable %1 n&apos;a ni le rôle key-officer ni le rôle admin et ne peut pas ajouter de clés.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid key set name: use 1–64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de jeu de clés valide&#xa0;: utilisez 1 à 64 lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;, en commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>A kid must be 1–%1 characters without control characters or surrounding spaces.</source>
        <translation>Un kid doit compter de 1 à %1 caractères, sans caractère de contrôle ni espace autour.</translation>
    </message>
    <message>
        <source>Every key needs an owner (a team or a person, up to %1 characters).</source>
        <translation>Chaque clé exige un propriétaire (une équipe ou une personne, jusqu&apos;à %1 caractères).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid environment name (lower-case letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;environnement valide (lettres minuscules, chiffres, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;).</translation>
    </message>
    <message>
        <source>Every key needs an expiry date.</source>
        <translation>Chaque clé exige une date d&apos;expiration.</translation>
    </message>
    <message>
        <source>The expiry %1 is not in the future.</source>
        <translation>L&apos;expiration %1 n&apos;est pas dans le futur.</translation>
    </message>
    <message>
        <source>The expiry %1 must come after the activation %2.</source>
        <translation>L&apos;expiration %1 doit suivre l&apos;activation %2.</translation>
    </message>
    <message>
        <source>No key was given.</source>
        <translation>Aucune clé n&apos;a été fournie.</translation>
    </message>
    <message>
        <source>The JWK&apos;s use &quot;%1&quot; is neither sig nor enc.</source>
        <translation>Le use «&#xa0;%1&#xa0;» de la JWK n&apos;est ni sig ni enc.</translation>
    </message>
    <message>
        <source>The key says use &quot;%1&quot; but &quot;%2&quot; was asked for.</source>
        <translation>La clé indique le use «&#xa0;%1&#xa0;» mais «&#xa0;%2&#xa0;» a été demandé.</translation>
    </message>
    <message>
        <source>The key is pinned to &quot;%1&quot; but &quot;%2&quot; was asked for.</source>
        <translation>La clé est fixée à «&#xa0;%1&#xa0;» mais «&#xa0;%2&#xa0;» a été demandé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key algorithm Keyward knows.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un algorithme de clé que Keyward connaît.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a %2 algorithm; it cannot be used for &quot;%3&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» est un algorithme %2&#xa0;; il ne peut pas servir pour «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>The key names neither a use nor an alg: say whether it is for sig or enc.</source>
        <translation>La clé n&apos;indique ni use ni alg&#xa0;: précisez si elle sert à sig ou à enc.</translation>
    </message>
    <message>
        <source>No accepted algorithm uses a %1 key for &quot;%2&quot;.</source>
        <translation>Aucun algorithme accepté n&apos;utilise une clé %1 pour «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The key&apos;s kid is unusable: 1–%1 characters without control characters.</source>
        <translation>Le kid de la clé est inutilisable&#xa0;: 1 à %1 caractères sans caractère de contrôle.</translation>
    </message>
    <message>
        <source>Key set %1 already has a key with kid &quot;%2&quot;.</source>
        <translation>Le jeu de clés %1 a déjà une clé de kid «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The kid &quot;%1&quot; already names different key material in key set %2; a kid is never reused for another key.</source>
        <translation>Le kid «&#xa0;%1&#xa0;» désigne déjà un autre matériel de clé dans le jeu de clés %2&#xa0;; un kid n&apos;est jamais réutilisé pour une autre clé.</translation>
    </message>
    <message>
        <source>This key material is already used in environment &quot;%1&quot; (key set %2, kid &quot;%3&quot;); test and production keys must differ (PCI DSS 4.0 3.6.1.1).</source>
        <translation>Ce matériel de clé est déjà utilisé dans l&apos;environnement «&#xa0;%1&#xa0;» (jeu de clés %2, kid «&#xa0;%3&#xa0;»)&#xa0;; les clés de test et de production doivent différer (PCI DSS 4.0 3.6.1.1).</translation>
    </message>
    <message>
        <source>Key set %1 already holds this key material as kid &quot;%2&quot;.</source>
        <translation>Le jeu de clés %1 contient déjà ce matériel de clé sous le kid «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The kid</source>
        <translation>Le kid</translation>
    </message>
    <message>
        <source>The owner</source>
        <translation>Le propriétaire</translation>
    </message>
    <message>
        <source>A tag</source>
        <translation>Une étiquette</translation>
    </message>
    <message>
        <source>The notes field</source>
        <translation>Le champ de notes</translation>
    </message>
    <message>
        <source>The key&apos;s kid</source>
        <translation>Le kid de la clé</translation>
    </message>
</context>
<context>
    <name>keyward::core::KeyGenerator</name>
    <message>
        <source>A generated key needs an algorithm (SPEC: alg is always pinned)</source>
        <translation>Une clé générée exige un algorithme (SPEC&#xa0;: l&apos;alg est toujours fixé)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is keyed by a password, which Keyward does not generate</source>
        <translation>«&#xa0;%1&#xa0;» utilise un mot de passe comme clé, ce que Keyward ne génère pas</translation>
    </message>
    <message>
        <source>A %1 %2 key cannot be used with &quot;%3&quot;</source>
        <translation>Une clé %1 %2 ne peut pas servir avec «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a %2-bit key, not %3</source>
        <translation>«&#xa0;%1&#xa0;» exige une clé de %2 bits, et non %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a &quot;%2&quot; algorithm; the key cannot be for &quot;%3&quot;</source>
        <translation>«&#xa0;%1&#xa0;» est un algorithme «&#xa0;%2&#xa0;»&#xa0;; la clé ne peut pas servir pour «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>A &quot;dir&quot; key is the content key: name its enc</source>
        <translation>Une clé «&#xa0;dir&#xa0;» est la clé de contenu&#xa0;: indiquez son enc</translation>
    </message>
    <message>
        <source>Keyward does not generate keys for &quot;%1&quot;</source>
        <translation>Keyward ne génère pas de clés pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Could not generate the %1 key</source>
        <translation>Impossible de générer la clé %1</translation>
    </message>
    <message>
        <source>RSA keys under 2048 bits are refused (%1 requested)</source>
        <translation>Les clés RSA de moins de 2048 bits sont refusées (%1 demandés)</translation>
    </message>
    <message>
        <source>RSA keys are 2048, 3072 or 4096 bits (%1 requested)</source>
        <translation>Les clés RSA font 2048, 3072 ou 4096 bits (%1 demandés)</translation>
    </message>
    <message>
        <source>EC keys use P-256, P-384 or P-521</source>
        <translation>Les clés EC utilisent P-256, P-384 ou P-521</translation>
    </message>
    <message>
        <source>OKP keys use Ed25519 or X25519</source>
        <translation>Les clés OKP utilisent Ed25519 ou X25519</translation>
    </message>
    <message>
        <source>Secret keys are 128, 192 or 256 bits (%1 requested)</source>
        <translation>Les clés secrètes font 128, 192 ou 256 bits (%1 demandés)</translation>
    </message>
    <message>
        <source>Unknown key type</source>
        <translation>Type de clé inconnu</translation>
    </message>
</context>
<context>
    <name>keyward::core::KeyInput</name>
    <message>
        <source>The input is larger than %1 MiB; no key file is that large.</source>
        <translation>L&apos;entrée dépasse %1 Mio&#xa0;; aucun fichier de clé n&apos;est aussi volumineux.</translation>
    </message>
    <message>
        <source>The input is empty.</source>
        <translation>L&apos;entrée est vide.</translation>
    </message>
    <message>
        <source>The JSON does not parse: %1</source>
        <translation>Le JSON ne s&apos;analyse pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>The JWK Set holds no keys.</source>
        <translation>Le JWK Set ne contient aucune clé.</translation>
    </message>
    <message>
        <source>The binary input is not a DER X.509 certificate: %1</source>
        <translation>L&apos;entrée binaire n&apos;est pas un certificat X.509 DER&#xa0;: %1</translation>
    </message>
    <message>
        <source>The input is neither a JWK, a JWK Set, a PEM key or certificate, nor a DER certificate.</source>
        <translation>L&apos;entrée n&apos;est ni une JWK, ni un JWK Set, ni une clé ou un certificat PEM, ni un certificat DER.</translation>
    </message>
</context>
<context>
    <name>keyward::core::KeyPrecondition</name>
    <message>
        <source>it is now %1</source>
        <extracomment>Inside &quot;(it is now %1)&quot;: the key&apos;s new state.</extracomment>
        <translation>son état est maintenant «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>it is now the primary key</source>
        <translation>elle est maintenant la clé principale</translation>
    </message>
    <message>
        <source>it is no longer the primary key</source>
        <translation>elle n&apos;est plus la clé principale</translation>
    </message>
    <message>
        <source>it now has the successor %1</source>
        <translation>elle a maintenant le successeur %1</translation>
    </message>
    <message>
        <source>it now expires at %1</source>
        <translation>elle expire maintenant le %1</translation>
    </message>
    <message>
        <source>it is now version %1</source>
        <translation>elle est maintenant en version %1</translation>
    </message>
    <message>
        <source>Key %1 was changed by another Keyward program since you opened this dialog (%2). Nothing was changed; review it and try again.</source>
        <translation>La clé %1 a été modifiée par un autre programme Keyward depuis l&apos;ouverture de cette fenêtre (%2). Rien n&apos;a été modifié&#xa0;; examinez-la et réessayez.</translation>
    </message>
</context>
<context>
    <name>keyward::core::KeyRequestDrafts</name>
    <message>
        <source>Name the key (kid) the request is about.</source>
        <translation>Indiquez la clé (kid) sur laquelle porte la demande.</translation>
    </message>
    <message>
        <source>Every request needs a reason the approver can read.</source>
        <translation>Chaque demande exige une raison que l&apos;approbateur peut lire.</translation>
    </message>
    <message>
        <source>A rotation&apos;s reason is one of scheduled, incident, offboarding or expiry, not &quot;%1&quot;.</source>
        <translation>La raison d&apos;une rotation est scheduled, incident, offboarding ou expiry, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The overlap cannot be negative.</source>
        <translation>Le chevauchement ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Either name a pre-published successor or give parameters for a new key, not both.</source>
        <translation>Indiquez soit un successeur prépublié, soit les paramètres d&apos;une nouvelle clé, pas les deux.</translation>
    </message>
    <message>
        <source>A key cannot succeed itself.</source>
        <translation>Une clé ne peut pas se succéder à elle-même.</translation>
    </message>
    <message>
        <source>The waiting period before a destruction is 1 to 30 days.</source>
        <translation>Le délai d&apos;attente avant une destruction est de 1 à 30 jours.</translation>
    </message>
    <message>
        <source>A private key is exported as &quot;pkcs8&quot; (encrypted PKCS#8) or &quot;jwe&quot; (a JWE-wrapped JWK), never in clear.</source>
        <translation>Une clé privée est exportée en «&#xa0;pkcs8&#xa0;» (PKCS#8 chiffré) ou en «&#xa0;jwe&#xa0;» (une JWK encapsulée en JWE), jamais en clair.</translation>
    </message>
    <message>
        <source>A JWE export needs the recipient&apos;s public JWK.</source>
        <translation>Un export JWE exige la JWK publique du destinataire.</translation>
    </message>
    <message>
        <source>A PKCS#8 export is encrypted with a passphrase given when it is collected, not to a recipient key.</source>
        <translation>Un export PKCS#8 est chiffré avec une phrase secrète fournie à la récupération, pas pour une clé de destinataire.</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>La raison</translation>
    </message>
</context>
<context>
    <name>keyward::core::KeyRequestSupport</name>
    <message>
        <source>The request names no key (kid).</source>
        <translation>La demande ne désigne aucune clé (kid).</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; in key set %2 no longer holds the key material this request was approved for.</source>
        <translation>La clé «&#xa0;%1&#xa0;» du jeu de clés %2 ne contient plus le matériel de clé pour lequel cette demande a été approuvée.</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n j</numerusform>
            <numerusform>%n j</numerusform>
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
        <translation>Le fichier d&apos;emplacements de clé %1 est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1).</source>
        <translation>ce n&apos;est pas du JSON valide (%1).</translation>
    </message>
    <message>
        <source>it is not a Keyward keyslot file.</source>
        <translation>ce n&apos;est pas un fichier d&apos;emplacements de clé Keyward.</translation>
    </message>
    <message>
        <source>The keyslot file %1 has format version %2; this Keyward reads up to %3.</source>
        <translation>Le fichier d&apos;emplacements de clé %1 est au format version %2&#xa0;; ce Keyward lit jusqu&apos;à la version %3.</translation>
    </message>
    <message>
        <source>it holds no keyslots.</source>
        <translation>il ne contient aucun emplacement de clé.</translation>
    </message>
    <message>
        <source>officer %1 has two keyslots.</source>
        <translation>le responsable %1 a deux emplacements de clé.</translation>
    </message>
    <message>
        <source>the member &quot;%1&quot; is missing or invalid.</source>
        <translation>le membre «&#xa0;%1&#xa0;» manque ou est invalide.</translation>
    </message>
    <message>
        <source>The keyslot file %1 is missing: without it nobody can unlock this vault. Restore it from a backup.</source>
        <translation>Le fichier d&apos;emplacements de clé %1 est absent&#xa0;: sans lui, personne ne peut déverrouiller ce coffre. Restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The keyslot file %1 cannot be read: %2</source>
        <translation>Le fichier d&apos;emplacements de clé %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is far too large.</source>
        <translation>il est beaucoup trop volumineux.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Wrong passphrase for officer %1.</source>
        <translation>Phrase secrète erronée pour le responsable %1.</translation>
    </message>
    <message>
        <source>The master-key wrap of officer %1 in keyslots.json is invalid.</source>
        <translation>L&apos;encapsulation de la clé maîtresse du responsable %1 dans keyslots.json est invalide.</translation>
    </message>
    <message>
        <source>The master key in the keyslot of officer %1 was altered or belongs to another vault or key generation.</source>
        <translation>La clé maîtresse de l&apos;emplacement de clé du responsable %1 a été modifiée ou appartient à un autre coffre ou à une autre génération de clés.</translation>
    </message>
    <message>
        <source>The keyslot of %1 was altered or belongs to another vault: keyslots.json was damaged or tampered with.</source>
        <translation>L&apos;emplacement de clé de %1 a été modifié ou appartient à un autre coffre&#xa0;: keyslots.json a été endommagé ou falsifié.</translation>
    </message>
    <message>
        <source>The new keyslot of %1 %2.</source>
        <extracomment>%2 completes the sentence, e.g. &quot;asks for 1 MiB of Argon2 memory, below Keyward&apos;s floor of 64 MiB&quot;</extracomment>
        <translation>Le nouvel emplacement de clé de %1 %2.</translation>
    </message>
    <message>
        <source>The keyslot of %1 %2: keyslots.json was damaged or tampered with.</source>
        <extracomment>%2 completes the sentence, e.g. &quot;asks for 16384 MiB of Argon2 memory, above Keyward&apos;s ceiling of 4096 MiB&quot;</extracomment>
        <translation>L&apos;emplacement de clé de %1 %2&#xa0;: keyslots.json a été endommagé ou falsifié.</translation>
    </message>
    <message>
        <source>The keyslot of %1 is still in the old format, which does not protect its public key: %1 must unlock the vault once before the master key can be changed.</source>
        <translation>L&apos;emplacement de clé de %1 est encore à l&apos;ancien format, qui ne protège pas sa clé publique&#xa0;: %1 doit déverrouiller le coffre une fois avant que la clé maîtresse puisse changer.</translation>
    </message>
    <message>
        <source>The sealed audit head in the keyslot of %1 was altered or moved from another slot: keyslots.json was tampered with.</source>
        <translation>La tête de chaîne d&apos;audit scellée dans l&apos;emplacement de clé de %1 a été modifiée ou copiée depuis un autre emplacement&#xa0;: keyslots.json a été falsifié.</translation>
    </message>
    <message>
        <source>There is no keyslot for %1.</source>
        <translation>Il n&apos;existe aucun emplacement de clé pour %1.</translation>
    </message>
    <message>
        <source>The keyslot of %1 holds another box key.</source>
        <translation>L&apos;emplacement de clé de %1 contient une autre clé box.</translation>
    </message>
</context>
<context>
    <name>keyward::core::KeyStateMachine</name>
    <message>
        <source>The key was destroyed; a destroyed key never changes state again.</source>
        <translation>La clé a été détruite&#xa0;; une clé détruite ne change plus jamais d&apos;état.</translation>
    </message>
    <message>
        <source>The key was revoked; a revoked key can only be destroyed, never reactivated.</source>
        <translation>La clé a été révoquée&#xa0;; une clé révoquée ne peut qu&apos;être détruite, jamais réactivée.</translation>
    </message>
    <message>
        <source>A key cannot move from %1 to %2.</source>
        <translation>Une clé ne peut pas passer de %1 à %2.</translation>
    </message>
</context>
<context>
    <name>keyward::core::KeyStore</name>
    <message>
        <source>Key set %1 has no key with kid &quot;%2&quot;.</source>
        <translation>Le jeu de clés %1 n&apos;a pas de clé de kid «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>No key has kid &quot;%1&quot;.</source>
        <translation>Aucune clé n&apos;a le kid «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The kid &quot;%1&quot; is in several key sets (%2); name the set.</source>
        <translation>Le kid «&#xa0;%1&#xa0;» figure dans plusieurs jeux de clés (%2)&#xa0;; indiquez le jeu.</translation>
    </message>
    <message>
        <source>The key record %1 no longer exists.</source>
        <translation>L&apos;enregistrement de clé %1 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>There is no key set named &quot;%1&quot;.</source>
        <translation>Il n&apos;existe pas de jeu de clés nommé «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>keyward::core::KeyTransition</name>
    <message>
        <source>The key record no longer exists.</source>
        <translation>L&apos;enregistrement de clé n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>keyward::core::Migrations</name>
    <message>
        <source>Schema migration %1 is missing.</source>
        <translation>La migration de schéma %1 est absente.</translation>
    </message>
    <message>
        <source>Schema migration %1 failed: %2</source>
        <translation>La migration de schéma %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>This vault uses schema version %1, but this Keyward only knows versions up to %2. Open it with a newer Keyward; nothing was changed.</source>
        <translation>Ce coffre utilise la version de schéma %1, mais ce Keyward ne connaît que les versions jusqu&apos;à %2. Ouvrez-le avec un Keyward plus récent&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The vault database %1 holds no Keyward schema; it is damaged or not a vault.</source>
        <translation>La base de données du coffre %1 ne contient aucun schéma Keyward&#xa0;; elle est endommagée ou n&apos;est pas un coffre.</translation>
    </message>
    <message>
        <source>The database already has a schema.</source>
        <translation>La base de données a déjà un schéma.</translation>
    </message>
</context>
<context>
    <name>keyward::core::ObservationImport</name>
    <message>
        <source>Only a key officer or an admin may import observations.</source>
        <translation>Seul un responsable des clés ou un administrateur peut importer des observations.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>SHA-256 is not available.</source>
        <translation>SHA-256 n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>Cannot map %1: %2</source>
        <translation>Impossible de projeter %1 en mémoire&#xa0;: %2</translation>
    </message>
    <message>
        <source>Line %1 is longer than 1 MiB; this is not an observation log.</source>
        <translation>La ligne %1 dépasse 1 Mio&#xa0;; ce n&apos;est pas un journal d&apos;observations.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>L&apos;import a été annulé&#xa0;; rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>Workload %1 was removed during the import; nothing was added.</source>
        <translation>La charge de travail %1 a été supprimée pendant l&apos;import&#xa0;; rien n&apos;a été ajouté.</translation>
    </message>
</context>
<context>
    <name>keyward::core::ObservationParser</name>
    <message>
        <source>The header names no %1 column.</source>
        <translation>L&apos;en-tête ne contient pas de colonne %1.</translation>
    </message>
    <message>
        <source>Not an observation object with workload, kid and at.</source>
        <translation>Ce n&apos;est pas un objet d&apos;observation avec workload, kid et at.</translation>
    </message>
    <message>
        <source>Expected four fields: workload, kid, event, at.</source>
        <translation>Quatre champs attendus&#xa0;: workload, kid, event, at.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time (ISO 8601 or seconds since 1970).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un horodatage (ISO 8601 ou secondes depuis 1970).</translation>
    </message>
    <message>
        <source>Unknown workload &quot;%1&quot;.</source>
        <translation>Charge de travail inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown kid &quot;%1&quot;.</source>
        <translation>Kid inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>keyward::core::OfficerAddExecutor</name>
    <message>
        <source>&quot;%1&quot; is not a valid officer name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de responsable valide.</translation>
    </message>
    <message>
        <source>An officer addition needs the new officer&apos;s sealed keyslot: %1 types their passphrase when the request is made.</source>
        <translation>L&apos;ajout d&apos;un responsable exige l&apos;emplacement de clé scellé du nouveau responsable&#xa0;: %1 saisit sa phrase secrète lors du dépôt de la demande.</translation>
    </message>
    <message>
        <source>There already is an officer named %1.</source>
        <translation>Il existe déjà un responsable nommé %1.</translation>
    </message>
    <message>
        <source>Adding %1 by enrollment needs the approver&apos;s credential.</source>
        <translation>L&apos;ajout de %1 par enrôlement exige les identifiants de l&apos;approbateur.</translation>
    </message>
</context>
<context>
    <name>keyward::core::OfficerCredential</name>
    <message>
        <source>The officer credential is empty.</source>
        <translation>Les identifiants du responsable sont vides.</translation>
    </message>
</context>
<context>
    <name>keyward::core::OfficerEnrollment</name>
    <message>
        <source>What was given as half %1 is half %2: the requester holds half A, the approver half B.</source>
        <translation>Ce qui a été fourni comme moitié %1 est la moitié %2&#xa0;: le demandeur détient la moitié A, l&apos;approbateur la moitié B.</translation>
    </message>
    <message>
        <source>What was given as half %1 is not an enrollment half (it starts with &quot;%2&quot;).</source>
        <translation>Ce qui a été fourni comme moitié %1 n&apos;est pas une moitié d&apos;enrôlement (cela commence par «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>Half %1 is damaged: check that it was copied whole.</source>
        <translation>La moitié %1 est endommagée&#xa0;: vérifiez qu&apos;elle a été copiée en entier.</translation>
    </message>
    <message>
        <source>The enrollment of %1 in enrollments.json is invalid.</source>
        <translation>L&apos;enrôlement de %1 dans enrollments.json n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The enrollment of %1 in enrollments.json was altered or belongs to another vault.</source>
        <translation>L&apos;enrôlement de %1 dans enrollments.json a été modifié ou appartient à un autre coffre.</translation>
    </message>
    <message>
        <source>The enrollment file %1 is damaged: %2</source>
        <translation>Le fichier d&apos;enrôlement %1 est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is not a Keyward enrollment file.</source>
        <translation>ce n&apos;est pas un fichier d&apos;enrôlement Keyward.</translation>
    </message>
    <message>
        <source>it belongs to another vault.</source>
        <translation>il appartient à un autre coffre.</translation>
    </message>
    <message>
        <source>an enrollment is incomplete.</source>
        <translation>un enrôlement est incomplet.</translation>
    </message>
</context>
<context>
    <name>keyward::core::OfficerRemoveExecutor</name>
    <message>
        <source>%1 cannot request their own removal; another admin must.</source>
        <translation>%1 ne peut pas demander son propre retrait&#xa0;; un autre administrateur doit le faire.</translation>
    </message>
    <message>
        <source>%1 left (request %2). They owned, created or approved no key.</source>
        <translation>%1 est parti (demande %2). Il ne possédait, n&apos;avait créé ni approuvé aucune clé.</translation>
    </message>
    <message>
        <source>%1 left (request %2). Review the keys they owned, created or approved: %3</source>
        <translation>%1 est parti (demande %2). Revoyez les clés qu&apos;il possédait, a créées ou approuvées&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>keyward::core::OfficerRequestDrafts</name>
    <message>
        <source>&quot;%1&quot; is not a valid officer name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de responsable valide.</translation>
    </message>
    <message>
        <source>A request needs a reason.</source>
        <translation>Une demande exige une raison.</translation>
    </message>
    <message>
        <source>An officer needs at least one role.</source>
        <translation>Un responsable exige au moins un rôle.</translation>
    </message>
    <message>
        <source>The passphrase must be at least %1 characters long.</source>
        <translation>La phrase secrète doit compter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>There already is an officer named %1.</source>
        <translation>Il existe déjà un responsable nommé %1.</translation>
    </message>
    <message>
        <source>A policy change needs a key set.</source>
        <translation>Un changement de politique exige un jeu de clés.</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>La raison</translation>
    </message>
</context>
<context>
    <name>keyward::core::OfficerRequestExecutors</name>
    <message>
        <source>&quot;%1&quot; is not a role.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un rôle.</translation>
    </message>
    <message>
        <source>An officer needs at least one role.</source>
        <translation>Un responsable exige au moins un rôle.</translation>
    </message>
    <message>
        <source>The request does not name an officer.</source>
        <translation>La demande ne désigne aucun responsable.</translation>
    </message>
    <message>
        <source>The request names two different officers.</source>
        <translation>La demande désigne deux responsables différents.</translation>
    </message>
    <message>
        <source>There is no officer named %1.</source>
        <translation>Il n&apos;existe pas de responsable nommé %1.</translation>
    </message>
    <message>
        <source>%1 is the last admin; the vault would have no admin left.</source>
        <translation>%1 est le dernier administrateur&#xa0;; le coffre n&apos;en aurait plus aucun.</translation>
    </message>
    <message>
        <source>Without %1 as they are now, no approver would remain besides the admin, so no further request could be approved.</source>
        <translation>Sans %1 tel qu&apos;il est aujourd&apos;hui, aucun approbateur ne resterait en dehors de l&apos;administrateur&#xa0;: plus aucune demande ne pourrait être approuvée.</translation>
    </message>
    <message>
        <source>Request %1 was filed without the requester&apos;s signature (by an earlier Keyward): cancel it and file it again.</source>
        <translation>La demande %1 a été déposée sans la signature du demandeur (par un Keyward plus ancien)&#xa0;: annulez-la et déposez-la à nouveau.</translation>
    </message>
    <message>
        <source>the request&apos;s sealed keyslot</source>
        <translation>l&apos;emplacement de clé scellé de la demande</translation>
    </message>
    <message>
        <source>The sealed keyslot is not for %1.</source>
        <translation>L&apos;emplacement de clé scellé n&apos;est pas pour %1.</translation>
    </message>
    <message>
        <source>The enrollment of %1 in the request is incomplete.</source>
        <translation>L&apos;enrôlement de %1 dans la demande est incomplet.</translation>
    </message>
</context>
<context>
    <name>keyward::core::OfficerStore</name>
    <message>
        <source>There is no officer named %1.</source>
        <translation>Il n&apos;existe pas de responsable nommé %1.</translation>
    </message>
</context>
<context>
    <name>keyward::core::PemCodec</name>
    <message>
        <source>The PEM file is larger than %1 bytes</source>
        <translation>Le fichier PEM dépasse %1 octets</translation>
    </message>
    <message>
        <source>No PEM block (-----BEGIN ...-----) was found</source>
        <translation>Aucun bloc PEM (-----BEGIN ...-----) n&apos;a été trouvé</translation>
    </message>
    <message>
        <source>A &quot;%1&quot; PEM block is not a key or certificate Keyward can import</source>
        <translation>Un bloc PEM «&#xa0;%1&#xa0;» n&apos;est pas une clé ou un certificat que Keyward peut importer</translation>
    </message>
    <message>
        <source>The private key is encrypted: a passphrase is needed</source>
        <translation>La clé privée est chiffrée&#xa0;: une phrase secrète est nécessaire</translation>
    </message>
    <message>
        <source>Could not set up the PEM decoder</source>
        <translation>Impossible de préparer le décodeur PEM</translation>
    </message>
    <message>
        <source>Could not pass the passphrase to the decoder</source>
        <translation>Impossible de transmettre la phrase secrète au décodeur</translation>
    </message>
    <message>
        <source>The private key does not decrypt: wrong passphrase or damaged file</source>
        <translation>La clé privée ne se déchiffre pas&#xa0;: phrase secrète erronée ou fichier endommagé</translation>
    </message>
    <message>
        <source>The PEM key is damaged or of an unsupported type</source>
        <translation>La clé PEM est endommagée ou d&apos;un type non pris en charge</translation>
    </message>
    <message>
        <source>The certificate file is larger than %1 bytes</source>
        <translation>Le fichier de certificat dépasse %1 octets</translation>
    </message>
    <message>
        <source>Only RSA, EC and OKP keys have a PEM public key</source>
        <translation>Seules les clés RSA, EC et OKP ont une clé publique PEM</translation>
    </message>
    <message>
        <source>Could not encode the public key</source>
        <translation>Impossible d&apos;encoder la clé publique</translation>
    </message>
    <message>
        <source>There is no private RSA, EC or OKP key to export</source>
        <translation>Il n&apos;y a pas de clé privée RSA, EC ou OKP à exporter</translation>
    </message>
    <message>
        <source>Could not encode the private key</source>
        <translation>Impossible d&apos;encoder la clé privée</translation>
    </message>
    <message>
        <source>An encrypted export needs a passphrase</source>
        <translation>Un export chiffré exige une phrase secrète</translation>
    </message>
    <message>
        <source>Could not set up the key encryption</source>
        <translation>Impossible de préparer le chiffrement de la clé</translation>
    </message>
    <message>
        <source>Could not encrypt the private key</source>
        <translation>Impossible de chiffrer la clé privée</translation>
    </message>
    <message>
        <source>Could not write the encrypted private key</source>
        <translation>Impossible d&apos;écrire la clé privée chiffrée</translation>
    </message>
    <message>
        <source>The PEM block holds no key</source>
        <translation>Le bloc PEM ne contient aucune clé</translation>
    </message>
    <message>
        <source>The certificate cannot be read</source>
        <translation>Le certificat ne peut pas être lu</translation>
    </message>
    <message>
        <source>The encrypted private key is damaged</source>
        <translation>La clé privée chiffrée est endommagée</translation>
    </message>
    <message>
        <source>The key encryption parameters are unreadable or too costly</source>
        <translation>Les paramètres de chiffrement de la clé sont illisibles ou trop coûteux</translation>
    </message>
    <message>
        <source>The PBES2 parameters of the encrypted key are damaged</source>
        <translation>Les paramètres PBES2 de la clé chiffrée sont endommagés</translation>
    </message>
    <message>
        <source>The encrypted key asks for more than %1 PBKDF2 iterations; refused</source>
        <translation>La clé chiffrée demande plus de %1 itérations PBKDF2&#xa0;; refusée</translation>
    </message>
    <message>
        <source>The encrypted key asks for an scrypt cost above N=2^20, r=32, p=16; refused</source>
        <translation>La clé chiffrée demande un coût scrypt supérieur à N=2^20, r=32, p=16&#xa0;; refusée</translation>
    </message>
    <message>
        <source>The encrypted key uses an unsupported key derivation</source>
        <translation>La clé chiffrée utilise une dérivation de clé non prise en charge</translation>
    </message>
</context>
<context>
    <name>keyward::core::PlainText</name>
    <message>
        <source>%1 contains a line break at position %2; it must be a single line.</source>
        <translation>%1 contient un saut de ligne à la position %2&#xa0;; une seule ligne est permise.</translation>
    </message>
    <message>
        <source>%1 contains a bidirectional control character (%2) at position %3; such characters are not allowed.</source>
        <translation>%1 contient un caractère de contrôle bidirectionnel (%2) à la position %3&#xa0;; de tels caractères sont interdits.</translation>
    </message>
    <message>
        <source>%1 contains a control character (%2) at position %3; control characters are not allowed.</source>
        <extracomment>%2 is a code point such as U+001B, %3 a 1-based character position.</extracomment>
        <translation>%1 contient un caractère de contrôle (%2) à la position %3&#xa0;; les caractères de contrôle sont interdits.</translation>
    </message>
</context>
<context>
    <name>keyward::core::PolicyChangeExecutor</name>
    <message>
        <source>The request does not name a key set.</source>
        <translation>La demande ne désigne aucun jeu de clés.</translation>
    </message>
    <message>
        <source>There is no key set named %1.</source>
        <translation>Il n&apos;existe pas de jeu de clés nommé %1.</translation>
    </message>
    <message>
        <source>Key set %1 already has this policy.</source>
        <translation>Le jeu de clés %1 a déjà cette politique.</translation>
    </message>
    <message>
        <source>The policy of key set %1 changed since the request was made.</source>
        <translation>La politique du jeu de clés %1 a changé depuis le dépôt de la demande.</translation>
    </message>
</context>
<context>
    <name>keyward::core::PrimaryRule</name>
    <message>
        <source>Key &quot;%1&quot; is not the primary %2 key of key set %3; &quot;%4&quot; is. Only the current primary is rotated.</source>
        <translation>La clé «&#xa0;%1&#xa0;» n&apos;est pas la clé %2 principale du jeu de clés %3&#xa0;; c&apos;est «&#xa0;%4&#xa0;». Seule la clé principale actuelle fait l&apos;objet d&apos;une rotation.</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; is %2 and key set %3 has no primary %4 key; a rotation names the revoked key that was primary.</source>
        <translation>La clé «&#xa0;%1&#xa0;» est à l&apos;état «&#xa0;%2&#xa0;» et le jeu de clés %3 n&apos;a pas de clé %4 principale&#xa0;; une rotation désigne la clé révoquée qui était principale.</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; was never the primary %2 key of key set %3; a rotation names the revoked key that was.</source>
        <translation>La clé «&#xa0;%1&#xa0;» n&apos;a jamais été la clé %2 principale du jeu de clés %3&#xa0;; une rotation désigne la clé révoquée qui l&apos;était.</translation>
    </message>
    <message>
        <source>CURRENT</source>
        <translation>ACTUELLE</translation>
    </message>
    <message>
        <source>active, not primary — make it primary with a rotation request (keyward-cli request rotate %1 --successor %2 --reason ...)</source>
        <extracomment>%1 is the key that stays or was primary, %2 the key just added; the command is shown as is.</extracomment>
        <translation>active, non principale — rendez-la principale par une demande de rotation (keyward-cli request rotate %1 --successor %2 --reason ...)</translation>
    </message>
</context>
<context>
    <name>keyward::core::PrivateExportExecutor</name>
    <message>
        <source>Key &quot;%1&quot; holds no private material in the vault, so there is nothing to export.</source>
        <translation>La clé «&#xa0;%1&#xa0;» n&apos;a pas de matériel privé dans le coffre&#xa0;: il n&apos;y a rien à exporter.</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; is a secret (oct) key, which has no PKCS#8 form; export it as a JWE instead.</source>
        <translation>La clé «&#xa0;%1&#xa0;» est une clé secrète (oct), qui n&apos;a pas de forme PKCS#8&#xa0;; exportez-la plutôt en JWE.</translation>
    </message>
    <message>
        <source>A JWE export needs the recipient&apos;s public JWK.</source>
        <translation>Un export JWE exige la JWK publique du destinataire.</translation>
    </message>
    <message>
        <source>The recipient JWK holds private or secret key members. Give the recipient&apos;s public key only: the export is encrypted to it, and no secret belongs in a request.</source>
        <translation>La JWK du destinataire contient des membres de clé privée ou secrète. Fournissez uniquement la clé publique du destinataire&#xa0;: l&apos;export est chiffré pour elle, et aucun secret n&apos;a sa place dans une demande.</translation>
    </message>
    <message>
        <source>A private key is exported as &quot;pkcs8&quot; (encrypted PKCS#8) or &quot;jwe&quot; (a JWE-wrapped JWK), never in clear; &quot;%1&quot; is neither.</source>
        <translation>Une clé privée est exportée en «&#xa0;pkcs8&#xa0;» (PKCS#8 chiffré) ou en «&#xa0;jwe&#xa0;» (une JWK encapsulée en JWE), jamais en clair&#xa0;; «&#xa0;%1&#xa0;» n&apos;est ni l&apos;un ni l&apos;autre.</translation>
    </message>
    <message>
        <source>The recipient key must be a public key.</source>
        <translation>La clé du destinataire doit être une clé publique.</translation>
    </message>
    <message>
        <source>The recipient key is marked for signatures (use &quot;sig&quot;), not encryption.</source>
        <translation>La clé du destinataire est marquée pour les signatures (use «&#xa0;sig&#xa0;»), pas pour le chiffrement.</translation>
    </message>
    <message>
        <source>The recipient key cannot receive an encrypted key: use an RSA, EC (P-256/384/521) or X25519 public key.</source>
        <translation>La clé du destinataire ne peut pas recevoir une clé chiffrée&#xa0;: utilisez une clé publique RSA, EC (P-256/384/521) ou X25519.</translation>
    </message>
    <message>
        <source>The export passphrase must be at least %1 bytes long; a private key is never written in clear.</source>
        <translation>La phrase secrète d&apos;export doit faire au moins %1 octets&#xa0;; une clé privée n&apos;est jamais écrite en clair.</translation>
    </message>
    <message>
        <source>The recipient key does not match the approved thumbprint.</source>
        <translation>La clé du destinataire ne correspond pas à l&apos;empreinte approuvée.</translation>
    </message>
    <message>
        <source>Name the file the approved export is written to.</source>
        <translation>Indiquez le fichier où l&apos;export approuvé est écrit.</translation>
    </message>
    <message>
        <source>Only %1, who asked for this export, can collect it.</source>
        <translation>Seul %1, qui a demandé cet export, peut le récupérer.</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; no longer holds private material.</source>
        <translation>La clé «&#xa0;%1&#xa0;» ne contient plus de matériel privé.</translation>
    </message>
    <message>
        <source>A private export runs only inside the request engine.</source>
        <translation>Un export privé ne s&apos;exécute qu&apos;au sein du moteur de demandes.</translation>
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
        <translation>Retrait</translation>
    </message>
    <message>
        <source>Destruction</source>
        <translation>Destruction</translation>
    </message>
    <message>
        <source>Private key export</source>
        <translation>Export de clé privée</translation>
    </message>
    <message>
        <source>Officer addition</source>
        <translation>Ajout de responsable</translation>
    </message>
    <message>
        <source>Officer removal</source>
        <translation>Retrait de responsable</translation>
    </message>
    <message>
        <source>Role change</source>
        <translation>Changement de rôles</translation>
    </message>
    <message>
        <source>Policy change</source>
        <translation>Changement de politique</translation>
    </message>
</context>
<context>
    <name>keyward::core::RequestEngine</name>
    <message>
        <source>%1 is no longer an officer of this vault.</source>
        <translation>%1 n&apos;est plus responsable de ce coffre.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation>Il n&apos;existe pas de demande %1.</translation>
    </message>
    <message>
        <source>This version of Keyward cannot carry out %1 requests.</source>
        <translation>Cette version de Keyward ne peut pas exécuter les demandes de type %1.</translation>
    </message>
    <message>
        <source>Request %1 expired at %2.</source>
        <translation>La demande %1 a expiré le %2.</translation>
    </message>
    <message>
        <source>Request %1 is already approved.</source>
        <translation>La demande %1 est déjà approuvée.</translation>
    </message>
    <message>
        <source>Request %1 was rejected.</source>
        <translation>La demande %1 a été rejetée.</translation>
    </message>
    <message>
        <source>Request %1 was cancelled.</source>
        <translation>La demande %1 a été annulée.</translation>
    </message>
    <message>
        <source>Request %1 has already been executed.</source>
        <translation>La demande %1 a déjà été exécutée.</translation>
    </message>
    <message>
        <source>It can no longer be approved or rejected.</source>
        <translation>Elle ne peut plus être approuvée ni rejetée.</translation>
    </message>
    <message>
        <source>The credential of %1 is not from this vault.</source>
        <translation>Les identifiants de %1 ne proviennent pas de ce coffre.</translation>
    </message>
    <message>
        <source>%1 made request %2 and cannot decide on it: a different officer holding approver must (two-person rule).</source>
        <translation>%1 a fait la demande %2 et ne peut pas en décider&#xa0;: un autre responsable ayant le rôle approver doit le faire (règle des deux personnes).</translation>
    </message>
    <message>
        <source>%1 does not hold the approver role and cannot decide on requests.</source>
        <translation>%1 n&apos;a pas le rôle approver et ne peut pas décider des demandes.</translation>
    </message>
    <message>
        <source>%1 has already decided on request %2.</source>
        <translation>%1 a déjà décidé de la demande %2.</translation>
    </message>
    <message>
        <source>The vault is not operational yet: requests need a second officer holding approver (the first officer cannot approve their own work).</source>
        <translation>Le coffre n&apos;est pas encore opérationnel&#xa0;: les demandes exigent un second responsable ayant le rôle approver (le premier responsable ne peut pas approuver son propre travail).</translation>
    </message>
    <message>
        <source>A %1 request needs one of the roles %2; %3 holds %4.</source>
        <translation>Une demande de type %1 exige l&apos;un des rôles %2&#xa0;; %3 a %4.</translation>
    </message>
    <message>
        <source>A request needs a reason.</source>
        <translation>Une demande exige une raison.</translation>
    </message>
    <message>
        <source>A request must stay open between one hour and 30 days.</source>
        <translation>Une demande doit rester ouverte entre une heure et 30 jours.</translation>
    </message>
    <message>
        <source>Request %1 already asks for a %2 of %3; it must be decided or cancelled first.</source>
        <translation>La demande %1 porte déjà sur %3 (%2)&#xa0;; elle doit d&apos;abord être décidée ou annulée.</translation>
    </message>
    <message>
        <source>A rejection needs a reason.</source>
        <translation>Un rejet exige une raison.</translation>
    </message>
    <message>
        <source>Only %1, who made request %2, can cancel it.</source>
        <translation>Seul %1, qui a fait la demande %2, peut l&apos;annuler.</translation>
    </message>
    <message>
        <source>Cancelling a scheduled request needs the key-officer, approver or admin role.</source>
        <translation>L&apos;annulation d&apos;une demande planifiée exige le rôle key-officer, approver ou admin.</translation>
    </message>
    <message>
        <source>Request %1 is approved and can no longer be cancelled.</source>
        <translation>La demande %1 est approuvée et ne peut plus être annulée.</translation>
    </message>
    <message>
        <source>It can no longer be cancelled.</source>
        <translation>Elle ne peut plus être annulée.</translation>
    </message>
    <message>
        <source>Request %1 is %2, not approved: nothing runs without the approval of a second officer (two-person rule).</source>
        <translation>La demande %1 est à l&apos;état «&#xa0;%2&#xa0;», non approuvée&#xa0;: rien ne s&apos;exécute sans l&apos;approbation d&apos;un second responsable (règle des deux personnes).</translation>
    </message>
    <message>
        <source>Request %1 is scheduled for %2 and cannot run before then.</source>
        <translation>La demande %1 est planifiée pour le %2 et ne peut pas s&apos;exécuter avant.</translation>
    </message>
    <message>
        <source>Only %1, who made request %2, can collect it.</source>
        <translation>Seul %1, qui a fait la demande %2, peut la récupérer.</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>La raison</translation>
    </message>
    <message>
        <source>The request&apos;s subject</source>
        <translation>L&apos;objet de la demande</translation>
    </message>
    <message>
        <source>The key set</source>
        <translation>Le jeu de clés</translation>
    </message>
    <message>
        <source>The request&apos;s effect</source>
        <translation>L&apos;effet de la demande</translation>
    </message>
    <message>
        <source>Request %1 was executed and is recorded in the audit log, but its file could not be written: %2 The approval has been used; file a new request.</source>
        <translation>La demande %1 a été exécutée et consignée dans le journal d&apos;audit, mais son fichier n&apos;a pas pu être écrit&#xa0;: %2 L&apos;approbation a été utilisée&#xa0;; déposez une nouvelle demande.</translation>
    </message>
    <message>
        <source>The decision by %1 on request %2 does not verify: %1 is not an officer in the signed roster.</source>
        <translation>La décision de %1 sur la demande %2 ne se vérifie pas&#xa0;: %1 n&apos;est pas un responsable de la liste signée.</translation>
    </message>
    <message>
        <source>they now hold %1</source>
        <translation>il a maintenant %1</translation>
    </message>
    <message>
        <source>they are no longer an officer</source>
        <translation>il n&apos;est plus responsable</translation>
    </message>
    <message>
        <source>Officer %1 was changed by another Keyward program since you opened this dialog (%2). Nothing was changed; review it and try again.</source>
        <translation>Le responsable %1 a été modifié par un autre programme Keyward depuis l&apos;ouverture de cette fenêtre (%2). Rien n&apos;a été modifié&#xa0;; vérifiez et réessayez.</translation>
    </message>
    <message>
        <source>%1 is not an officer with a key in the signed roster.</source>
        <translation>%1 n&apos;est pas un responsable ayant une clé dans la liste signée des responsables.</translation>
    </message>
</context>
<context>
    <name>keyward::core::RequestSignatures</name>
    <message>
        <source>The signing key on record for %1 is unusable: %2</source>
        <translation>La clé de signature enregistrée pour %1 est inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>The %1 by %2 on request %3 does not verify: %4.</source>
        <translation>La décision «&#xa0;%1&#xa0;» de %2 sur la demande %3 ne se vérifie pas&#xa0;: %4.</translation>
    </message>
    <message>
        <source>it was signed with another key than the one on record for %1</source>
        <translation>elle a été signée avec une autre clé que celle enregistrée pour %1</translation>
    </message>
    <message>
        <source>the stored public key is unusable (%1)</source>
        <translation>la clé publique enregistrée est inutilisable (%1)</translation>
    </message>
    <message>
        <source>the signature does not parse (%1)</source>
        <translation>la signature ne s&apos;analyse pas (%1)</translation>
    </message>
    <message>
        <source>it is not a compact JWS</source>
        <translation>ce n&apos;est pas un JWS compact</translation>
    </message>
    <message>
        <source>its header is not that of a Keyward decision by this key</source>
        <translation>son en-tête n&apos;est pas celui d&apos;une décision Keyward par cette clé</translation>
    </message>
    <message>
        <source>the request or the decision was changed after signing</source>
        <translation>la demande ou la décision a été modifiée après la signature</translation>
    </message>
    <message>
        <source>The requester&apos;s signature does not verify: %1.</source>
        <translation>La signature du demandeur ne se vérifie pas&#xa0;: %1.</translation>
    </message>
    <message>
        <source>its header is not that of a Keyward request by this key</source>
        <translation>son en-tête n&apos;est pas celui d&apos;une demande Keyward par cette clé</translation>
    </message>
    <message>
        <source>its payload is not a request</source>
        <translation>sa charge utile n&apos;est pas une demande</translation>
    </message>
</context>
<context>
    <name>keyward::core::RequestStore</name>
    <message>
        <source>There is no request %1.</source>
        <translation>Il n&apos;existe pas de demande %1.</translation>
    </message>
</context>
<context>
    <name>keyward::core::RetirementGate</name>
    <message>
        <source>No workload trusting key set %1 is registered, so the set&apos;s minimum overlap of %2 applies.</source>
        <translation>Aucune charge de travail faisant confiance au jeu de clés %1 n&apos;est enregistrée&#xa0;; le chevauchement minimal du jeu, %2, s&apos;applique donc.</translation>
    </message>
    <message>
        <source>Longest JWKS cache TTL %1 (%2) + longest token TTL %3 (%4) + clock skew %5 = %6.</source>
        <translation>TTL de cache JWKS la plus longue %1 (%2) + TTL de jeton la plus longue %3 (%4) + décalage d&apos;horloge %5 = %6.</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; is the primary %2 key of key set %3; rotate it first so a successor takes over.</source>
        <translation>La clé «&#xa0;%1&#xa0;» est la clé %2 principale du jeu de clés %3&#xa0;; faites d&apos;abord sa rotation pour qu&apos;un successeur prenne la relève.</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; is %2; only a key in grace, or an active key that is not primary, can be retired.</source>
        <translation>La clé «&#xa0;%1&#xa0;» est à l&apos;état «&#xa0;%2&#xa0;»&#xa0;; seule une clé en grâce, ou une clé active non principale, peut être retirée.</translation>
    </message>
    <message>
        <source>Key set %1 has no primary %2 key to take over from &quot;%3&quot;; rotate to a successor before retiring it.</source>
        <translation>Le jeu de clés %1 n&apos;a pas de clé %2 principale pour prendre la relève de «&#xa0;%3&#xa0;»&#xa0;; faites une rotation vers un successeur avant de la retirer.</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; may be retired from %2 on, when the overlap after its successor &quot;%3&quot; took over has passed.</source>
        <translation>La clé «&#xa0;%1&#xa0;» pourra être retirée à partir du %2, une fois passé le chevauchement après la relève par son successeur «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>never by itself</source>
        <translation>jamais automatiquement</translation>
    </message>
    <message>
        <source>tokens signed before the handover may still be valid until %1</source>
        <translation>les jetons signés avant la passation peuvent rester valides jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>workload %1 pins &quot;%2&quot; (%3): re-pin it to the successor</source>
        <translation>la charge de travail %1 épingle «&#xa0;%2&#xa0;» (%3)&#xa0;: épinglez-la sur le successeur</translation>
    </message>
    <message>
        <source>workload %1 has not refreshed its JWKS since the successor was published; clears %2</source>
        <translation>la charge de travail %1 n&apos;a pas rafraîchi son JWKS depuis la publication du successeur&#xa0;; levée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; may not be retired yet: its rotation has not converged (SPEC §5).
- %2</source>
        <translation>La clé «&#xa0;%1&#xa0;» ne peut pas encore être retirée&#xa0;: sa rotation n&apos;a pas convergé (SPEC §5).
- %2</translation>
    </message>
</context>
<context>
    <name>keyward::core::ReviewCountersign</name>
    <message>
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
    <message>
        <source>There is no review %1.</source>
        <translation>Il n&apos;existe pas de revue %1.</translation>
    </message>
    <message>
        <source>Review %1 was already countersigned by %2.</source>
        <translation>La revue %1 a déjà été contresignée par %2.</translation>
    </message>
    <message>
        <source>%1 is not an officer of this vault.</source>
        <translation>%1 n&apos;est pas responsable de ce coffre.</translation>
    </message>
    <message>
        <source>%1 opened review %2 and cannot countersign it: a second officer must.</source>
        <translation>%1 a ouvert la revue %2 et ne peut pas la contresigner&#xa0;: un second responsable doit le faire.</translation>
    </message>
    <message>
        <source>Countersigning a review needs the approver or admin role; %1 holds neither.</source>
        <translation>Contresigner une revue exige le rôle approver ou admin&#xa0;; %1 n&apos;a aucun des deux.</translation>
    </message>
    <message>
        <source>A countersignature needs a note saying what was reviewed.</source>
        <translation>Une contre-signature exige une note indiquant ce qui a été revu.</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>La note</translation>
    </message>
    <message>
        <source>%1 is not an officer of this vault in the signed roster.</source>
        <translation>%1 n&apos;est pas responsable de ce coffre d&apos;après la liste signée des responsables.</translation>
    </message>
</context>
<context>
    <name>keyward::core::ReviewStore</name>
    <message>
        <source>There is no open review %1.</source>
        <translation>Il n&apos;existe pas de revue ouverte %1.</translation>
    </message>
</context>
<context>
    <name>keyward::core::RevokeAndRotateCommand</name>
    <message>
        <source>Key &quot;%1&quot; is not the primary %2 key of key set %3: revoking it leaves the primary in place, so there is no rotation to request.</source>
        <translation>La clé «&#xa0;%1&#xa0;» n&apos;est pas la clé %2 principale du jeu de clés %3&#xa0;: sa révocation laisse la clé principale en place, il n&apos;y a donc pas de rotation à demander.</translation>
    </message>
    <message>
        <source>Name either a pre-published successor or a new key like &quot;%1&quot;, not both and not neither.</source>
        <translation>Indiquez soit un successeur prépublié, soit une nouvelle clé comme «&#xa0;%1&#xa0;», ni les deux ni aucun.</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; cannot take over from &quot;%2&quot;: a successor is an active or pending, non-primary %3 key of key set %4 in environment &quot;%5&quot;.</source>
        <translation>La clé «&#xa0;%1&#xa0;» ne peut pas prendre la relève de «&#xa0;%2&#xa0;»&#xa0;: un successeur est une clé %3 active ou en attente, non principale, du jeu de clés %4 dans l&apos;environnement «&#xa0;%5&#xa0;».</translation>
    </message>
    <message>
        <source>Officer %1 may revoke but not request rotations (that needs key-officer or admin); revoke alone and ask a key officer for the rotation.</source>
        <translation>Le responsable %1 peut révoquer mais pas demander de rotation (il faut key-officer ou admin)&#xa0;; révoquez seul et demandez la rotation à un responsable des clés.</translation>
    </message>
    <message>
        <source>No second officer holds approver yet, so no rotation could be approved; revoke alone for now.</source>
        <translation>Aucun second responsable n&apos;a encore le rôle approver&#xa0;: aucune rotation ne pourrait être approuvée&#xa0;; révoquez seul pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Break-glass revocation of &quot;%1&quot;: %2</source>
        <extracomment>The rotation request&apos;s reason; %1 is the kid, %2 what the revoking officer suspects.</extracomment>
        <translation>Révocation «&#xa0;bris de glace&#xa0;» de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing was revoked: the rotation request could not be filed (%1). Revoke &quot;%2&quot; alone if it cannot wait.</source>
        <translation>Rien n&apos;a été révoqué&#xa0;: la demande de rotation n&apos;a pas pu être déposée (%1). Révoquez «&#xa0;%2&#xa0;» seule si cela ne peut pas attendre.</translation>
    </message>
</context>
<context>
    <name>keyward::core::RevokeKeyCommand</name>
    <message>
        <source>Officer %1 is an auditor only and cannot revoke keys.</source>
        <translation>Le responsable %1 est seulement auditeur et ne peut pas révoquer de clés.</translation>
    </message>
    <message>
        <source>An emergency revocation needs a reason.</source>
        <translation>Une révocation d&apos;urgence exige une raison.</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation>La raison dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is already revoked.</source>
        <translation>La clé «&#xa0;%1&#xa0;» est déjà révoquée.</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>La raison</translation>
    </message>
</context>
<context>
    <name>keyward::core::RoleChangeExecutor</name>
    <message>
        <source>%1 already holds exactly these roles.</source>
        <translation>%1 a déjà exactement ces rôles.</translation>
    </message>
    <message>
        <source>The request&apos;s roles are unreadable.</source>
        <translation>Les rôles de la demande sont illisibles.</translation>
    </message>
    <message>
        <source>The roles of %1 changed since the request was made (now: %2).</source>
        <translation>Les rôles de %1 ont changé depuis le dépôt de la demande (maintenant&#xa0;: %2).</translation>
    </message>
</context>
<context>
    <name>keyward::core::Roster</name>
    <message>
        <source>Tampering: the officer %1 is in the officers table but was never admitted by signed roster events.</source>
        <translation>Falsification&#xa0;: le responsable %1 figure dans la table des responsables mais n&apos;a jamais été admis par des événements signés de la liste des responsables.</translation>
    </message>
    <message>
        <source>Tampering: the roles of %1 in the officers table (%2) are not the signed ones (%3).</source>
        <translation>Falsification&#xa0;: les rôles de %1 dans la table des responsables (%2) ne sont pas ceux signés (%3).</translation>
    </message>
    <message>
        <source>Tampering: the signing key of %1 in the officers table is not the signed one.</source>
        <translation>Falsification&#xa0;: la clé de signature de %1 dans la table des responsables n&apos;est pas celle signée.</translation>
    </message>
    <message>
        <source>Tampering: the officer %1 of the signed roster has no officers row.</source>
        <translation>Falsification&#xa0;: le responsable %1 de la liste signée n&apos;a pas de ligne dans la table des responsables.</translation>
    </message>
    <message>
        <source>Tampering: the keyslot of %1 holds other keys than the signed roster.</source>
        <translation>Falsification&#xa0;: l&apos;emplacement de clé de %1 contient d&apos;autres clés que la liste signée des responsables.</translation>
    </message>
</context>
<context>
    <name>keyward::core::RosterBuilder</name>
    <message>
        <source>Tampering: the roster event %1 &quot;%2&quot; for %3 is not validly signed: %4</source>
        <translation>Falsification&#xa0;: l&apos;événement %1 «&#xa0;%2&#xa0;» de la liste des responsables pour %3 n&apos;est pas valablement signé&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 is already an officer</source>
        <translation>%1 est déjà responsable</translation>
    </message>
    <message>
        <source>the admitted officer has no roles or no usable key</source>
        <translation>le responsable admis n&apos;a pas de rôle ou pas de clé utilisable</translation>
    </message>
    <message>
        <source>it carries no signature</source>
        <translation>il ne porte aucune signature</translation>
    </message>
    <message>
        <source>it was made for another vault</source>
        <translation>il a été créé pour un autre coffre</translation>
    </message>
    <message>
        <source>a second genesis</source>
        <translation>une seconde genèse</translation>
    </message>
    <message>
        <source>an adoption of a vault that already has a signed roster</source>
        <translation>une adoption d&apos;un coffre qui a déjà une liste signée des responsables</translation>
    </message>
    <message>
        <source>%1 is not an admin in the roster</source>
        <translation>%1 n&apos;est pas administrateur dans la liste des responsables</translation>
    </message>
    <message>
        <source>no key in the roster for its signer</source>
        <translation>aucune clé dans la liste des responsables pour son signataire</translation>
    </message>
    <message>
        <source>it names another officer</source>
        <translation>il désigne un autre responsable</translation>
    </message>
    <message>
        <source>a change by one admin alone in an operational vault</source>
        <translation>un changement par un seul administrateur dans un coffre opérationnel</translation>
    </message>
    <message>
        <source>%1 cannot be removed by %2</source>
        <translation>%1 ne peut pas être retiré par %2</translation>
    </message>
    <message>
        <source>an unknown kind of statement</source>
        <translation>un type de déclaration inconnu</translation>
    </message>
    <message>
        <source>approvals on an event that is not an officer change</source>
        <translation>des approbations sur un événement qui n&apos;est pas un changement de responsable</translation>
    </message>
    <message>
        <source>an approval does not parse</source>
        <translation>une approbation ne s&apos;analyse pas</translation>
    </message>
    <message>
        <source>%1 is not an approver in the roster</source>
        <translation>%1 n&apos;est pas approbateur dans la liste des responsables</translation>
    </message>
    <message>
        <source>the approval by %1 does not verify with their roster key</source>
        <translation>l&apos;approbation de %1 ne se vérifie pas avec sa clé de la liste des responsables</translation>
    </message>
    <message>
        <source>a decision by %1 is not an approval</source>
        <translation>une décision de %1 n&apos;est pas une approbation</translation>
    </message>
    <message>
        <source>the approvals are for different requests</source>
        <translation>les approbations portent sur des demandes différentes</translation>
    </message>
    <message>
        <source>the approved request is not this change</source>
        <translation>la demande approuvée n&apos;est pas ce changement</translation>
    </message>
    <message>
        <source>its requester %1 is not an admin in the roster</source>
        <translation>son demandeur %1 n&apos;est pas administrateur dans la liste des responsables</translation>
    </message>
    <message>
        <source>it lacks approvals by officers other than the requester</source>
        <translation>il lui manque des approbations par d&apos;autres responsables que le demandeur</translation>
    </message>
    <message>
        <source>the requester signed another request than the one approved</source>
        <translation>le demandeur a signé une autre demande que celle approuvée</translation>
    </message>
    <message>
        <source>%1 is not an officer in the roster</source>
        <translation>%1 n&apos;est pas responsable dans la liste des responsables</translation>
    </message>
    <message>
        <source>no roles after the change</source>
        <translation>aucun rôle après le changement</translation>
    </message>
    <message>
        <source>the approver&apos;s enrollment half is missing</source>
        <translation>la moitié d&apos;enrôlement de l&apos;approbateur manque</translation>
    </message>
    <message>
        <source>the enrollment half B was not given by an approver of the request</source>
        <translation>la moitié d&apos;enrôlement B n&apos;a pas été fournie par un approbateur de la demande</translation>
    </message>
    <message>
        <source>the enrollment half B is for another enrollment</source>
        <translation>la moitié d&apos;enrôlement B concerne un autre enrôlement</translation>
    </message>
    <message>
        <source>%1 is not waiting to enroll</source>
        <translation>%1 n&apos;attend pas d&apos;enrôlement</translation>
    </message>
    <message>
        <source>it is not signed with both enrollment halves</source>
        <translation>elle n&apos;est pas signée avec les deux moitiés d&apos;enrôlement</translation>
    </message>
    <message>
        <source>the enrollment statements do not agree</source>
        <translation>les déclarations d&apos;enrôlement ne concordent pas</translation>
    </message>
</context>
<context>
    <name>keyward::core::RosterStatement</name>
    <message>
        <source>The signing key for the roster statement is unusable.</source>
        <translation>La clé de signature de la déclaration de liste des responsables est inutilisable.</translation>
    </message>
    <message>
        <source>A roster statement does not parse (%1).</source>
        <translation>Une déclaration de liste des responsables ne s&apos;analyse pas (%1).</translation>
    </message>
    <message>
        <source>A roster statement has no JSON object as its payload.</source>
        <translation>Une déclaration de liste des responsables n&apos;a pas d&apos;objet JSON comme charge utile.</translation>
    </message>
    <message>
        <source>The roster key of the signer is unusable (%1).</source>
        <translation>La clé de liste du signataire est inutilisable (%1).</translation>
    </message>
    <message>
        <source>A roster statement&apos;s header is not that of this signer.</source>
        <translation>L&apos;en-tête d&apos;une déclaration de liste des responsables n&apos;est pas celui de ce signataire.</translation>
    </message>
    <message>
        <source>A roster statement&apos;s signature does not verify.</source>
        <translation>La signature d&apos;une déclaration de liste des responsables ne se vérifie pas.</translation>
    </message>
    <message>
        <source>A roster statement is not a compactRosterJson JWS.</source>
        <translation>Une déclaration de liste des responsables n&apos;est pas un JWS compactRosterJson.</translation>
    </message>
</context>
<context>
    <name>keyward::core::RotationExecutor</name>
    <message>
        <source>A rotation&apos;s reason is one of scheduled, incident, offboarding or expiry, not &quot;%1&quot;.</source>
        <translation>La raison d&apos;une rotation est scheduled, incident, offboarding ou expiry, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The overlap must be between 0 (computed) and 365 days.</source>
        <translation>Le chevauchement doit être compris entre 0 (calculé) et 365 jours.</translation>
    </message>
    <message>
        <source>Key set %1 has no key &quot;%2&quot; to take over.</source>
        <translation>Le jeu de clés %1 n&apos;a pas de clé «&#xa0;%2&#xa0;» pour prendre la relève.</translation>
    </message>
    <message>
        <source>A key cannot succeed itself.</source>
        <translation>Une clé ne peut pas se succéder à elle-même.</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; belongs to environment &quot;%2&quot;, the key it would replace to &quot;%3&quot;.</source>
        <translation>La clé «&#xa0;%1&#xa0;» appartient à l&apos;environnement «&#xa0;%2&#xa0;», la clé qu&apos;elle remplacerait à «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; has no alg pinned; name the successor&apos;s alg.</source>
        <translation>La clé «&#xa0;%1&#xa0;» n&apos;a pas d&apos;alg fixé&#xa0;; indiquez l&apos;alg du successeur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 algorithm, so it cannot succeed key &quot;%3&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un algorithme %2&#xa0;; il ne peut donc pas succéder à la clé «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable kid.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un kid utilisable.</translation>
    </message>
    <message>
        <source>Key set %1 already has a key with kid &quot;%2&quot;.</source>
        <translation>Le jeu de clés %1 a déjà une clé de kid «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid environment name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;environnement valide.</translation>
    </message>
    <message>
        <source>The successor&apos;s expiry &quot;%1&quot; is not a date in the future.</source>
        <translation>L&apos;expiration du successeur «&#xa0;%1&#xa0;» n&apos;est pas une date future.</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; is no longer the primary key of key set %2.</source>
        <translation>La clé «&#xa0;%1&#xa0;» n&apos;est plus la clé principale du jeu de clés %2.</translation>
    </message>
    <message>
        <source>Successor of &quot;%1&quot;, generated by rotation request #%2.</source>
        <translation>Successeur de «&#xa0;%1&#xa0;», généré par la demande de rotation n° %2.</translation>
    </message>
    <message>
        <source>The generated successor did not become active.</source>
        <translation>Le successeur généré n&apos;est pas devenu actif.</translation>
    </message>
    <message>
        <source>The request asked for %1, longer than the %2 the retirement gate computes (%3)</source>
        <translation>La demande a demandé %1, plus long que les %2 calculés par le contrôle de retrait (%3)</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; is not a pre-published successor: it must be an active (or pending), non-primary %2 key of key set %3.</source>
        <translation>La clé «&#xa0;%1&#xa0;» n&apos;est pas un successeur prépublié&#xa0;: elle doit être une clé %2 active (ou en attente), non principale, du jeu de clés %3.</translation>
    </message>
    <message>
        <source>The pre-published successor &quot;%1&quot; is no longer an active (or pending), non-primary key of key set %2.</source>
        <translation>Le successeur prépublié «&#xa0;%1&#xa0;» n&apos;est plus une clé active (ou en attente), non principale, du jeu de clés %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was revoked: it stays revoked and out of every JWKS, so there is no overlap.</source>
        <translation>«&#xa0;%1&#xa0;» a été révoquée&#xa0;: elle reste révoquée et hors de tout JWKS, il n&apos;y a donc pas de chevauchement.</translation>
    </message>
</context>
<context>
    <name>keyward::core::SecureHeap</name>
    <message>
        <source>warning: the memory lock limit (ulimit -l) refused to lock OpenSSL&apos;s secure heap; secrets may be swapped out.</source>
        <translation>avertissement&#xa0;: la limite de mémoire verrouillée (ulimit -l) a refusé de verrouiller le tas sécurisé d&apos;OpenSSL&#xa0;; des secrets peuvent être écrits dans le swap.</translation>
    </message>
    <message>
        <source>warning: no OpenSSL secure heap; secrets use separately locked pages.</source>
        <translation>avertissement&#xa0;: pas de tas sécurisé OpenSSL&#xa0;; les secrets utilisent des pages verrouillées séparément.</translation>
    </message>
</context>
<context>
    <name>keyward::core::SetKeySetPolicyCommand</name>
    <message>
        <source>The cryptoperiod must be between one second and ten years.</source>
        <translation>La cryptopériode doit être comprise entre une seconde et dix ans.</translation>
    </message>
    <message>
        <source>Warning windows cannot be negative.</source>
        <translation>Les fenêtres d&apos;alerte ne peuvent pas être négatives.</translation>
    </message>
    <message>
        <source>The final warning window must not be longer than the first.</source>
        <translation>La dernière fenêtre d&apos;alerte ne doit pas être plus longue que la première.</translation>
    </message>
    <message>
        <source>The maximum token TTL must be positive.</source>
        <translation>Le TTL maximal des jetons doit être positif.</translation>
    </message>
    <message>
        <source>The clock skew allowance cannot be negative.</source>
        <translation>La tolérance de décalage d&apos;horloge ne peut pas être négative.</translation>
    </message>
    <message>
        <source>The minimum overlap (%1 s) is shorter than the maximum token TTL plus clock skew (%2 s): tokens signed just before a rotation would stop verifying.</source>
        <translation>Le chevauchement minimal (%1 s) est plus court que le TTL maximal des jetons plus le décalage d&apos;horloge (%2 s)&#xa0;: les jetons signés juste avant une rotation cesseraient d&apos;être vérifiés.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid environment name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;environnement valide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid key set name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de jeu de clés valide.</translation>
    </message>
    <message>
        <source>Only an admin may change a key set&apos;s policy.</source>
        <translation>Seul un administrateur peut changer la politique d&apos;un jeu de clés.</translation>
    </message>
    <message>
        <source>Only a key officer or an admin may create a key set.</source>
        <translation>Seul un responsable des clés ou un administrateur peut créer un jeu de clés.</translation>
    </message>
    <message>
        <source>The bundle signing kid &quot;%1&quot; must be a signing key with its private part in key set %2.</source>
        <translation>Le kid de signature du lot «&#xa0;%1&#xa0;» doit être une clé de signature avec sa partie privée dans le jeu de clés %2.</translation>
    </message>
    <message>
        <source>Changing the policy of key set %1 needs a two-person request (policy-change).</source>
        <translation>Changer la politique du jeu de clés %1 exige une demande soumise à la règle des deux personnes (policy-change).</translation>
    </message>
</context>
<context>
    <name>keyward::core::SlotCrypto</name>
    <message>
        <source>Could not generate a %1 key</source>
        <translation>Impossible de générer une clé %1</translation>
    </message>
    <message>
        <source>Could not read the new %1 key</source>
        <translation>Impossible de lire la nouvelle clé %1</translation>
    </message>
    <message>
        <source>Argon2id failed: %1</source>
        <translation>Argon2id a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>HKDF is not available</source>
        <translation>HKDF n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>HKDF failed</source>
        <translation>HKDF a échoué</translation>
    </message>
    <message>
        <source>AES-256-GCM needs a 256-bit key.</source>
        <translation>AES-256-GCM exige une clé de 256 bits.</translation>
    </message>
    <message>
        <source>AES-256-GCM encryption failed</source>
        <translation>Le chiffrement AES-256-GCM a échoué</translation>
    </message>
    <message>
        <source>The sealed value has the wrong shape.</source>
        <translation>La valeur scellée n&apos;a pas la bonne forme.</translation>
    </message>
    <message>
        <source>AES-256-GCM decryption failed</source>
        <translation>Le déchiffrement AES-256-GCM a échoué</translation>
    </message>
    <message>
        <source>The authentication tag does not match.</source>
        <translation>Le tag d&apos;authentification ne correspond pas.</translation>
    </message>
    <message>
        <source>Invalid X25519 key</source>
        <translation>Clé X25519 invalide</translation>
    </message>
    <message>
        <source>X25519 key agreement failed</source>
        <translation>L&apos;accord de clé X25519 a échoué</translation>
    </message>
    <message>
        <source>Invalid Ed25519 private key</source>
        <translation>Clé privée Ed25519 invalide</translation>
    </message>
    <message>
        <source>Ed25519 signing failed</source>
        <translation>La signature Ed25519 a échoué</translation>
    </message>
    <message>
        <source>Invalid %1 private key</source>
        <translation>Clé privée %1 invalide</translation>
    </message>
</context>
<context>
    <name>keyward::core::Statement</name>
    <message>
        <source>Could not bind SQL parameter %1: %2</source>
        <translation>Impossible de lier le paramètre SQL %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Unknown SQL parameter %1</source>
        <translation>Paramètre SQL inconnu %1</translation>
    </message>
    <message>
        <source>SQL statement failed</source>
        <translation>Échec de l&apos;instruction SQL</translation>
    </message>
</context>
<context>
    <name>keyward::core::Transaction</name>
    <message>
        <source>The transaction is no longer open.</source>
        <translation>La transaction n&apos;est plus ouverte.</translation>
    </message>
    <message>
        <source>A change was started inside a read snapshot; start the write transaction first.</source>
        <translation>Un changement a été commencé dans un instantané de lecture&#xa0;; démarrez d&apos;abord la transaction d&apos;écriture.</translation>
    </message>
</context>
<context>
    <name>keyward::core::TreeHead</name>
    <message>
        <source>treehead.json is not JSON: %1</source>
        <translation>treehead.json n&apos;est pas du JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>You already signed this tree head: a second officer must co-sign it.</source>
        <translation>Vous avez déjà signé cette tête d&apos;arbre&#xa0;: un second responsable doit la contresigner.</translation>
    </message>
</context>
<context>
    <name>keyward::core::TrustMap</name>
    <message>
        <source>No workload trusting key set %1 is registered, so the set&apos;s minimum overlap of %2 applies.</source>
        <translation>Aucune charge de travail faisant confiance au jeu de clés %1 n&apos;est enregistrée&#xa0;; le chevauchement minimal du jeu, %2, s&apos;applique donc.</translation>
    </message>
    <message>
        <source>Longest JWKS cache TTL %1 (%2) + longest token TTL %3 (%4) + clock skew %5 = %6.</source>
        <translation>TTL de cache JWKS la plus longue %1 (%2) + TTL de jeton la plus longue %3 (%4) + décalage d&apos;horloge %5 = %6.</translation>
    </message>
</context>
<context>
    <name>keyward::core::TrustReport</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>(token lifetime)</source>
        <translation>(durée de vie du jeton)</translation>
    </message>
    <message>
        <source>%1 (set %2, %3%4)</source>
        <translation>%1 (jeu %2, %3%4)</translation>
    </message>
    <message>
        <source>, primary</source>
        <translation>, principale</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Declared: %1</source>
        <translation>Déclaré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Observed: %1</source>
        <translation>Observé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Breaks if it vanished: %1</source>
        <translation>Impact en cas de disparition&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exposed if it leaked: %1</source>
        <translation>Exposition en cas de fuite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stale trust: %1</source>
        <translation>Confiance obsolète&#xa0;: %1</translation>
    </message>
    <message>
        <source>Convergence: reached (%1)</source>
        <translation>Convergence&#xa0;: atteinte (%1)</translation>
    </message>
    <message>
        <source>Convergence: not reached; expected %1</source>
        <translation>Convergence&#xa0;: non atteinte&#xa0;; prévue&#xa0;: %1</translation>
    </message>
    <message>
        <source>  blocked by %1: %2, clears %3</source>
        <translation>  bloquée par %1&#xa0;: %2, levée&#xa0;: %3</translation>
    </message>
    <message>
        <source>Default rotation overlap: %1</source>
        <translation>Chevauchement de rotation par défaut&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>keyward::core::Vault</name>
    <message>
        <source>&quot;%1&quot; is not a valid officer name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de responsable valide&#xa0;: utilisez 1 à 64 lettres, chiffres, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; ou &apos;-&apos;, en commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>An officer needs at least one role.</source>
        <translation>Un responsable exige au moins un rôle.</translation>
    </message>
    <message>
        <source>The passphrase must be at least %1 characters long.</source>
        <translation>La phrase secrète doit compter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>There already is a vault in %1.</source>
        <translation>Il existe déjà un coffre dans %1.</translation>
    </message>
    <message>
        <source>Cannot create the vault folder %1.</source>
        <translation>Impossible de créer le dossier du coffre %1.</translation>
    </message>
    <message>
        <source>There is no vault in %1.</source>
        <translation>Il n&apos;y a pas de coffre dans %1.</translation>
    </message>
    <message>
        <source>Unexpected schema state.</source>
        <translation>État de schéma inattendu.</translation>
    </message>
    <message>
        <source>keyslots.json (vault id %1) and vault.db do not belong to the same vault.</source>
        <translation>keyslots.json (identifiant de coffre %1) et vault.db n&apos;appartiennent pas au même coffre.</translation>
    </message>
    <message>
        <source>%1 is no longer an officer of this vault.</source>
        <translation>%1 n&apos;est plus responsable de ce coffre.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
    <message>
        <source>Only an admin may add officers (%1 is not an admin).</source>
        <translation>Seul un administrateur peut ajouter des responsables (%1 n&apos;est pas administrateur).</translation>
    </message>
    <message>
        <source>There already is an officer named %1.</source>
        <translation>Il existe déjà un responsable nommé %1.</translation>
    </message>
    <message>
        <source>keyslots.json now belongs to another vault.</source>
        <translation>keyslots.json appartient désormais à un autre coffre.</translation>
    </message>
    <message>
        <source>Only an admin may remove officers.</source>
        <translation>Seul un administrateur peut retirer des responsables.</translation>
    </message>
    <message>
        <source>You cannot remove yourself; another admin must do it.</source>
        <translation>Vous ne pouvez pas vous retirer vous-même&#xa0;; un autre administrateur doit le faire.</translation>
    </message>
    <message>
        <source>There is no officer named %1.</source>
        <translation>Il n&apos;existe pas de responsable nommé %1.</translation>
    </message>
    <message>
        <source>%1 is the last admin and cannot be removed.</source>
        <translation>%1 est le dernier administrateur et ne peut pas être retiré.</translation>
    </message>
    <message>
        <source>%1 was removed but re-keying failed (%2); the re-key completes at the next unlock.</source>
        <translation>%1 a été retiré mais le rechiffrement a échoué (%2)&#xa0;; il s&apos;achèvera au prochain déverrouillage.</translation>
    </message>
    <message>
        <source>Adding an officer now needs a two-person request (officer-add).</source>
        <translation>L&apos;ajout d&apos;un responsable exige désormais une demande soumise à la règle des deux personnes (officer-add).</translation>
    </message>
    <message>
        <source>No officer removal is waiting for its re-key.</source>
        <translation>Aucun retrait de responsable n&apos;attend son rechiffrement.</translation>
    </message>
    <message>
        <source>Removing an officer now needs a two-person request (officer-remove).</source>
        <translation>Le retrait d&apos;un responsable exige désormais une demande soumise à la règle des deux personnes (officer-remove).</translation>
    </message>
    <message>
        <source>No officer named %1 can unlock this vault.</source>
        <translation>Aucun responsable nommé %1 ne peut déverrouiller ce coffre.</translation>
    </message>
    <message>
        <source>The passphrase for %1 is wrong.</source>
        <translation>La phrase secrète de %1 est erronée.</translation>
    </message>
    <message>
        <source>The signing key in %1&apos;s keyslot is not the one on record for them.</source>
        <translation>La clé de signature de l&apos;emplacement de clé de %1 n&apos;est pas celle enregistrée pour lui.</translation>
    </message>
    <message>
        <source>the request&apos;s sealed keyslot</source>
        <translation>l&apos;emplacement de clé scellé de la demande</translation>
    </message>
    <message>
        <source>The sealed keyslot of the request is not the one for %1 that was approved.</source>
        <translation>L&apos;emplacement de clé scellé de la demande n&apos;est pas celui approuvé pour %1.</translation>
    </message>
    <message>
        <source>%1 cannot be removed while their own session is the one open.</source>
        <translation>%1 ne peut pas être retiré tant que sa propre session est celle ouverte.</translation>
    </message>
    <message>
        <source>keyslots.json.new disappeared before it could replace keyslots.json.</source>
        <translation>keyslots.json.new a disparu avant de pouvoir remplacer keyslots.json.</translation>
    </message>
    <message>
        <source>The officer %1 has no keyslot with their signing key, so the roster cannot be adopted.</source>
        <translation>Le responsable %1 n&apos;a pas d&apos;emplacement de clé avec sa clé de signature&#xa0;: la liste des responsables ne peut donc pas être adoptée.</translation>
    </message>
    <message>
        <source>Tampering: keyslots.json holds a slot for %1, who is not an officer in the signed roster (planted, or left by an interrupted officer addition). It opens nothing and is never given a new master key.</source>
        <translation>Falsification&#xa0;: keyslots.json contient un emplacement pour %1, qui n&apos;est pas responsable dans la liste signée (implanté, ou laissé par un ajout de responsable interrompu). Il n&apos;ouvre rien et ne reçoit jamais de nouvelle clé maîtresse.</translation>
    </message>
    <message>
        <source>Tampering: the keyslot of %1 holds other keys than the signed roster. It is never given a new master key; restore keyslots.json from a backup (vault check) or remove and re-add %1.</source>
        <translation>Falsification&#xa0;: l&apos;emplacement de clé de %1 contient d&apos;autres clés que la liste signée des responsables. Il ne reçoit jamais de nouvelle clé maîtresse&#xa0;; restaurez keyslots.json depuis une sauvegarde (vault check) ou retirez puis ajoutez à nouveau %1.</translation>
    </message>
    <message>
        <source>%1 has no enrollment waiting in this vault.</source>
        <translation>Aucun enrôlement n&apos;est en attente pour %1 dans ce coffre.</translation>
    </message>
    <message>
        <source>The enrollment of %1 in the request is incomplete.</source>
        <translation>L&apos;enrôlement de %1 dans la demande est incomplet.</translation>
    </message>
    <message>
        <source>%1 holds no half of %2&apos;s enrollment: only the officer who requested the addition (half A) and the one who approved it (half B) do.</source>
        <translation>%1 ne détient aucune moitié de l&apos;enrôlement de %2&#xa0;: seuls le responsable qui a demandé l&apos;ajout (moitié A) et celui qui l&apos;a approuvé (moitié B) en détiennent une.</translation>
    </message>
    <message>
        <source>Enrolling needs both halves: half A from the officer who requested the addition and half B from the one who approved it.</source>
        <translation>L&apos;enrôlement exige les deux moitiés&#xa0;: la moitié A du responsable qui a demandé l&apos;ajout et la moitié B de celui qui l&apos;a approuvé.</translation>
    </message>
    <message>
        <source>Another officer change is being completed in this vault: let any officer unlock it once, then enroll.</source>
        <translation>Une autre modification des responsables est en cours de finalisation dans ce coffre&#xa0;: faites-le déverrouiller une fois par n&apos;importe quel responsable, puis procédez à l&apos;enrôlement.</translation>
    </message>
    <message>
        <source>%1 already has a keyslot: unlock with your passphrase.</source>
        <translation>%1 a déjà un emplacement de clé&#xa0;: déverrouillez avec votre phrase secrète.</translation>
    </message>
    <message>
        <source>Half A is not the one for %1&apos;s enrollment.</source>
        <translation>La moitié A n&apos;est pas celle de l&apos;enrôlement de %1.</translation>
    </message>
    <message>
        <source>Half B is not the one for %1&apos;s enrollment.</source>
        <translation>La moitié B n&apos;est pas celle de l&apos;enrôlement de %1.</translation>
    </message>
    <message>
        <source>The vault was re-keyed after %1&apos;s addition was approved: any officer unlocking the vault once renews the enrollment; then try again.</source>
        <translation>Le coffre a été rechiffré après l&apos;approbation de l&apos;ajout de %1&#xa0;: il suffit qu&apos;un responsable déverrouille le coffre une fois pour renouveler l&apos;enrôlement&#xa0;; réessayez ensuite.</translation>
    </message>
    <message>
        <source>This vault&apos;s schema is not the one this Keyward writes: let another officer unlock it with this version first.</source>
        <translation>Le schéma de ce coffre n&apos;est pas celui qu&apos;écrit ce Keyward&#xa0;: faites-le d&apos;abord déverrouiller par un autre responsable avec cette version.</translation>
    </message>
    <message>
        <source>keyslots.json and vault.db do not belong to the same vault.</source>
        <translation>keyslots.json et vault.db n&apos;appartiennent pas au même coffre.</translation>
    </message>
    <message>
        <source>Tampering: enrollments.json does not hold the enrollment the signed roster approved for %1.</source>
        <translation>Falsification&#xa0;: enrollments.json ne contient pas l&apos;enrôlement que la liste signée des responsables a approuvé pour %1.</translation>
    </message>
    <message>
        <source>The enrollment of %1 committed without a signed audit head.</source>
        <translation>L&apos;enrôlement de %1 a été validé sans tête de chaîne d&apos;audit signée.</translation>
    </message>
    <message>
        <source>%1 has no keyslot in this vault.</source>
        <translation>%1 n&apos;a pas d&apos;emplacement de clé dans ce coffre.</translation>
    </message>
    <message>
        <source>The current passphrase for %1 is wrong.</source>
        <translation>La phrase secrète actuelle de %1 est erronée.</translation>
    </message>
    <message>
        <source>Tampering: %1</source>
        <translation>Falsification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tampering: the keyslot of %1 carries no sealed audit head although %1 signed the log: it was removed from keyslots.json, which hides events cut from the end of the log.</source>
        <translation>Falsification&#xa0;: l&apos;emplacement de clé de %1 ne porte aucune tête de chaîne d&apos;audit scellée alors que %1 a signé le journal d&apos;audit&#xa0;: elle a été supprimée de keyslots.json, ce qui masque des événements retranchés à la fin du journal.</translation>
    </message>
    <message>
        <source>Tampering: the audit log ends at event %1, but %2 signed or verified it up to event %3: events were removed from the end.</source>
        <translation>Falsification&#xa0;: le journal d&apos;audit s&apos;arrête à l&apos;événement %1, mais %2 l&apos;a signé ou vérifié jusqu&apos;à l&apos;événement %3&#xa0;: des événements ont été supprimés à la fin.</translation>
    </message>
    <message>
        <source>Tampering: event %1 is not the one %2 signed or verified: the audit log was rewritten up to there.</source>
        <translation>Falsification&#xa0;: l&apos;événement %1 n&apos;est pas celui que %2 a signé ou vérifié&#xa0;: le journal d&apos;audit a été réécrit jusqu&apos;à ce point.</translation>
    </message>
    <message>
        <source>Tampering: the vault fingerprint is %1, but %2 signed or verified the log under %3: the root of the signed roster was replaced.</source>
        <translation>Falsification&#xa0;: l&apos;empreinte du coffre est %1, mais %2 a signé ou vérifié le journal d&apos;audit sous %3&#xa0;: la racine de la liste signée des responsables a été remplacée.</translation>
    </message>
</context>
<context>
    <name>keyward::core::VaultBackup</name>
    <message>
        <source>A backup cannot go inside the vault folder %1: choose a folder elsewhere, ideally on another disk.</source>
        <translation>Une sauvegarde ne peut pas aller dans le dossier du coffre %1&#xa0;: choisissez un dossier ailleurs, idéalement sur un autre disque.</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder.</source>
        <translation>%1 existe et n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>%1 is not empty: a backup goes into a new or empty folder, so it never mixes with other files.</source>
        <translation>%1 n&apos;est pas vide&#xa0;: une sauvegarde va dans un dossier nouveau ou vide, pour ne jamais se mêler à d&apos;autres fichiers.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot start copying the vault database</source>
        <translation>Impossible de commencer la copie de la base de données du coffre</translation>
    </message>
    <message>
        <source>Cannot copy the vault database</source>
        <translation>Impossible de copier la base de données du coffre</translation>
    </message>
    <message>
        <source>The copied database does not open with the keyslots chosen for it; no backup was written.</source>
        <translation>La base de données copiée ne s&apos;ouvre pas avec les emplacements de clé choisis pour elle&#xa0;; aucune sauvegarde n&apos;a été écrite.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
    <message>
        <source>A backup cannot be taken in the middle of a change.</source>
        <translation>Une sauvegarde ne peut pas être faite au milieu d&apos;un changement.</translation>
    </message>
    <message>
        <source>Name the folder the backup goes to.</source>
        <translation>Indiquez le dossier où va la sauvegarde.</translation>
    </message>
    <message>
        <source>keyslots.json.new fits neither the officers in vault.db nor keyslots.json; no backup was written. Lock and unlock the vault to settle it, then back up again.</source>
        <translation>keyslots.json.new ne correspond ni aux responsables de vault.db ni à keyslots.json&#xa0;; aucune sauvegarde n&apos;a été écrite. Verrouillez puis déverrouillez le coffre pour régulariser, puis sauvegardez à nouveau.</translation>
    </message>
    <message>
        <source>keyslots.json now belongs to another vault.</source>
        <translation>keyslots.json appartient désormais à un autre coffre.</translation>
    </message>
    <message>
        <source>%1 no longer has a keyslot in this vault and cannot back it up.</source>
        <translation>%1 n&apos;a plus d&apos;emplacement de clé dans ce coffre et ne peut pas le sauvegarder.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Several officers hold keyslots in %1 (%2): name the one who checks it.</source>
        <translation>Plusieurs responsables ont des emplacements de clé dans %1 (%2)&#xa0;: indiquez celui qui vérifie.</translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation>Il n&apos;existe pas de dossier %1.</translation>
    </message>
    <message>
        <source>%1 holds no vault.db: it is not a whole backup.</source>
        <translation>%1 ne contient pas de vault.db&#xa0;: ce n&apos;est pas une sauvegarde complète.</translation>
    </message>
    <message>
        <source>%1 holds keyslots.json.new: it was copied while an officer change was in flight, not written by &quot;vault backup&quot;. Restore from a backup made with &quot;keyward-cli vault backup&quot;.</source>
        <translation>%1 contient keyslots.json.new&#xa0;: il a été copié pendant un changement de responsable en cours, et non écrit par «&#xa0;vault backup&#xa0;». Restaurez depuis une sauvegarde faite avec «&#xa0;keyward-cli vault backup&#xa0;».</translation>
    </message>
    <message>
        <source>No officer named %1 has a keyslot in %2.</source>
        <translation>Aucun responsable nommé %1 n&apos;a d&apos;emplacement de clé dans %2.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to check the backup in.</source>
        <translation>Impossible de créer un dossier temporaire pour vérifier la sauvegarde.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to check it.</source>
        <translation>Impossible de copier %1 pour le vérifier.</translation>
    </message>
    <message>
        <source>keyslots.json (key generation %1) does not open vault.db: the two files are from different moments — for example copied while an officer removal re-keyed the vault — or vault.db is damaged. This backup cannot be restored; take a new one with &quot;keyward-cli vault backup&quot;.</source>
        <translation>keyslots.json (génération de clés %1) n&apos;ouvre pas vault.db&#xa0;: les deux fichiers datent de moments différents — par exemple copiés pendant qu&apos;un retrait de responsable rechiffrait le coffre — ou vault.db est endommagé. Cette sauvegarde ne peut pas être restaurée&#xa0;; faites-en une nouvelle avec «&#xa0;keyward-cli vault backup&#xa0;».</translation>
    </message>
    <message>
        <source>vault.db fails its integrity check: %1</source>
        <translation>vault.db échoue au contrôle d&apos;intégrité&#xa0;: %1</translation>
    </message>
    <message>
        <source>keyslots.json (vault id %1) and vault.db belong to different vaults.</source>
        <translation>keyslots.json (identifiant de coffre %1) et vault.db appartiennent à des coffres différents.</translation>
    </message>
    <message>
        <source>This backup was written by a newer Keyward (schema %1; this one reads up to %2).</source>
        <translation>Cette sauvegarde a été écrite par un Keyward plus récent (schéma %1&#xa0;; celui-ci lit jusqu&apos;à %2).</translation>
    </message>
    <message>
        <source>Officer %1 is recorded in vault.db but has no keyslot: keyslots.json is older than the database.</source>
        <translation>Le responsable %1 est enregistré dans vault.db mais n&apos;a pas d&apos;emplacement de clé&#xa0;: keyslots.json est plus ancien que la base de données.</translation>
    </message>
    <message>
        <source>%1 is no longer an officer in this backup.</source>
        <translation>%1 n&apos;est plus responsable dans cette sauvegarde.</translation>
    </message>
    <message>
        <source>The audit chain of the backup is broken at event %1: %2</source>
        <translation>La chaîne d&apos;audit de la sauvegarde est rompue à l&apos;événement %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>keyward::core::VaultFiles</name>
    <message>
        <source>keyslots.json.new belongs to another vault than keyslots.json.</source>
        <translation>keyslots.json.new appartient à un autre coffre que keyslots.json.</translation>
    </message>
    <message>
        <source>No officer named %1 can unlock this vault.</source>
        <translation>Aucun responsable nommé %1 ne peut déverrouiller ce coffre.</translation>
    </message>
    <message>
        <source>vault.db opens with neither the old nor the new keyslots.</source>
        <translation>vault.db ne s&apos;ouvre ni avec les anciens ni avec les nouveaux emplacements de clé.</translation>
    </message>
    <message>
        <source>%1 is no longer an officer of this vault.</source>
        <translation>%1 n&apos;est plus responsable de ce coffre.</translation>
    </message>
    <message>
        <source>Cannot remove the stale keyslots.json.new.</source>
        <translation>Impossible de supprimer le keyslots.json.new périmé.</translation>
    </message>
    <message>
        <source>The last keyslot cannot be removed.</source>
        <translation>Le dernier emplacement de clé ne peut pas être retiré.</translation>
    </message>
    <message>
        <source>Cannot replace keyslots.json with keyslots.json.new.</source>
        <translation>Impossible de remplacer keyslots.json par keyslots.json.new.</translation>
    </message>
    <message>
        <source>keyslots.json.new fits neither the officers recorded in vault.db nor keyslots.json; restore the vault from a backup (keyward-cli vault check tells which backup is whole).</source>
        <translation>keyslots.json.new ne correspond ni aux responsables enregistrés dans vault.db ni à keyslots.json&#xa0;; restaurez le coffre depuis une sauvegarde (keyward-cli vault check indique quelle sauvegarde est complète).</translation>
    </message>
</context>
<context>
    <name>keyward::core::VaultKeyProvider</name>
    <message>
        <source>The key has no private part to store.</source>
        <translation>La clé n&apos;a pas de partie privée à stocker.</translation>
    </message>
    <message>
        <source>The vault holds no private key for this record.</source>
        <translation>Le coffre ne contient pas de clé privée pour cet enregistrement.</translation>
    </message>
    <message>
        <source>The stored private key does not parse: %1</source>
        <translation>La clé privée stockée ne s&apos;analyse pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>The stored private key has no private part.</source>
        <translation>La clé privée stockée n&apos;a pas de partie privée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a signature algorithm.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un algorithme de signature.</translation>
    </message>
</context>
<context>
    <name>keyward::core::VaultTime</name>
    <message>
        <source>The vault&apos;s last audit event has no readable time; the vault may have been edited outside Keyward.</source>
        <translation>Le dernier événement d&apos;audit du coffre n&apos;a pas d&apos;heure lisible&#xa0;; le coffre a peut-être été modifié hors de Keyward.</translation>
    </message>
    <message>
        <source>The vault&apos;s last event is dated %1, more than a day after this computer&apos;s clock (%2): it was written with a clock set ahead (a jump into the future), or this clock is wrong. Run &apos;audit verify&apos;; Keyward writes nothing until the clock passes that time.</source>
        <extracomment>%1 is the time of the vault&apos;s newest audit event, %2 this computer&apos;s time (both UTC).</extracomment>
        <translation>Le dernier événement du coffre est daté du %1, plus d&apos;un jour après l&apos;horloge de cet ordinateur (%2)&#xa0;: il a été écrit avec une horloge en avance (un saut dans le futur), ou cette horloge est fausse. Lancez &apos;audit verify&apos;&#xa0;; Keyward n&apos;écrit rien tant que l&apos;horloge n&apos;a pas dépassé cette heure.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock (%1) is behind the vault&apos;s last event (%2); Keyward writes nothing until the clock is right.</source>
        <extracomment>%1 is this computer&apos;s time, %2 the time of the vault&apos;s newest audit event (both UTC).</extracomment>
        <translation>L&apos;horloge de cet ordinateur (%1) est en retard sur le dernier événement du coffre (%2)&#xa0;; Keyward n&apos;écrit rien tant que l&apos;horloge n&apos;est pas juste.</translation>
    </message>
</context>
<context>
    <name>keyward::core::WorkloadCommand</name>
    <message>
        <source>&quot;%1&quot; is not a valid workload name (letters, digits and . _ : / @ -, up to 128).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de charge de travail valide (lettres, chiffres et . _&#xa0;: / @ -, 128 caractères au plus).</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>propriétaire</translation>
    </message>
    <message>
        <source>Workload %1 needs an owner.</source>
        <translation>La charge de travail %1 doit avoir un propriétaire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid environment name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;environnement valide.</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>The JWKS cache TTL must be between 0 and 366 days.</source>
        <translation>La TTL du cache JWKS doit être comprise entre 0 et 366 jours.</translation>
    </message>
    <message>
        <source>The maximum token TTL must be between 0 and 366 days.</source>
        <translation>La TTL maximal des jetons doit être comprise entre 0 et 366 jours.</translation>
    </message>
    <message>
        <source>Workload %1 must trust at least one key set or kid.</source>
        <translation>La charge de travail %1 doit faire confiance à au moins un jeu de clés ou un kid.</translation>
    </message>
    <message>
        <source>trusts</source>
        <translation>confiance</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a key set nor a kid in this vault.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un jeu de clés ni un kid de ce coffre.</translation>
    </message>
    <message>
        <source>Only a key officer or an admin may change workloads.</source>
        <translation>Seul un responsable des clés ou un administrateur peut modifier les charges de travail.</translation>
    </message>
    <message>
        <source>A workload named %1 is already registered.</source>
        <translation>Une charge de travail nommée %1 est déjà enregistrée.</translation>
    </message>
    <message>
        <source>No workload named %1 is registered.</source>
        <translation>Aucune charge de travail nommée %1 n&apos;est enregistrée.</translation>
    </message>
</context>
<context>
    <name>keyward::core::WorkloadImport</name>
    <message>
        <source>cache_ttl &quot;%1&quot; is not a duration (e.g. 300, 5m, 1h).</source>
        <translation>cache_ttl «&#xa0;%1&#xa0;» n&apos;est pas une durée (par ex. 300, 5m, 1h).</translation>
    </message>
    <message>
        <source>token_ttl &quot;%1&quot; is not a duration (e.g. 300, 5m, 1h).</source>
        <translation>token_ttl «&#xa0;%1&#xa0;» n&apos;est pas une durée (par ex. 300, 5m, 1h).</translation>
    </message>
    <message>
        <source>refresh &quot;%1&quot; must be poll or on-unknown-kid.</source>
        <translation>refresh «&#xa0;%1&#xa0;» doit valoir poll ou on-unknown-kid.</translation>
    </message>
    <message>
        <source>The header names no &quot;%1&quot; column.</source>
        <translation>L&apos;en-tête ne nomme aucune colonne «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The file holds no header line and no workload.</source>
        <translation>Le fichier ne contient ni ligne d&apos;en-tête ni charge de travail.</translation>
    </message>
    <message>
        <source>Element %1 is not a JSON object.</source>
        <translation>L&apos;élément %1 n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>Not a JSON object: %1.</source>
        <translation>Pas un objet JSON&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A workload named %1 is already registered%2.</source>
        <translation>Une charge de travail nommée %1 est déjà enregistrée%2.</translation>
    </message>
    <message>
        <source> earlier in this file</source>
        <translation> plus haut dans ce fichier</translation>
    </message>
    <message>
        <source>The file holds no workload.</source>
        <translation>Le fichier ne contient aucune charge de travail.</translation>
    </message>
</context>
<context>
    <name>keyward::core::base64url</name>
    <message>
        <source>base64url data must not be padded with &apos;=&apos;</source>
        <translation>les données base64url ne doivent pas être complétées par &apos;=&apos;</translation>
    </message>
    <message>
        <source>base64url data contains &apos;+&apos; or &apos;/&apos; (standard base64, not base64url)</source>
        <translation>les données base64url contiennent &apos;+&apos; ou &apos;/&apos; (base64 standard, pas base64url)</translation>
    </message>
    <message>
        <source>base64url data contains an invalid character</source>
        <translation>les données base64url contiennent un caractère invalide</translation>
    </message>
    <message>
        <source>base64url data has non-canonical trailing bits</source>
        <translation>les données base64url ont des bits de fin non canoniques</translation>
    </message>
    <message>
        <source>base64url data has an impossible length</source>
        <translation>les données base64url ont une longueur impossible</translation>
    </message>
</context>
<context>
    <name>keyward::core::evp</name>
    <message>
        <source>The %1 key is not valid</source>
        <translation>La clé %1 n&apos;est pas valide</translation>
    </message>
    <message>
        <source>Could not check the %1 key</source>
        <translation>Impossible de vérifier la clé %1</translation>
    </message>
    <message>
        <source>The %1 public key fails validation</source>
        <translation>La clé publique %1 échoue à la validation</translation>
    </message>
    <message>
        <source>The %1 private key does not match its public key</source>
        <translation>La clé privée %1 ne correspond pas à sa clé publique</translation>
    </message>
    <message>
        <source>Could not prepare the RSA key</source>
        <translation>Impossible de préparer la clé RSA</translation>
    </message>
    <message>
        <source>Could not check the RSA key</source>
        <translation>Impossible de vérifier la clé RSA</translation>
    </message>
    <message>
        <source>The RSA private exponent does not match the public key</source>
        <translation>L&apos;exposant privé RSA ne correspond pas à la clé publique</translation>
    </message>
    <message>
        <source>Could not prepare the EC key</source>
        <translation>Impossible de préparer la clé EC</translation>
    </message>
    <message>
        <source>The %1 public point is not on the curve</source>
        <translation>Le point public %1 n&apos;est pas sur la courbe</translation>
    </message>
    <message>
        <source>the RSA key could not be read</source>
        <translation>la clé RSA n&apos;a pas pu être lue</translation>
    </message>
    <message>
        <source>the RSA public exponent is 1, so the key encrypts and signs nothing</source>
        <translation>l&apos;exposant public RSA vaut 1&#xa0;: la clé ne chiffre ni ne signe rien</translation>
    </message>
    <message>
        <source>the RSA public exponent is even</source>
        <translation>l&apos;exposant public RSA est pair</translation>
    </message>
    <message>
        <source>the RSA modulus is even</source>
        <translation>le module RSA est pair</translation>
    </message>
    <message>
        <source>the RSA modulus has the ROCA fingerprint (CVE-2017-15361): its factors can be recovered</source>
        <translation>le module RSA porte l&apos;empreinte ROCA (CVE-2017-15361)&#xa0;: ses facteurs peuvent être retrouvés</translation>
    </message>
</context>
<context>
    <name>keyward::core::evpsign</name>
    <message>
        <source>Could not allocate a signature context</source>
        <translation>Impossible d&apos;allouer un contexte de signature</translation>
    </message>
    <message>
        <source>Unsupported signature hash size %1</source>
        <translation>Taille de hachage de signature non prise en charge&#xa0;: %1</translation>
    </message>
    <message>
        <source>The key cannot be used for this signature algorithm</source>
        <translation>La clé ne peut pas servir pour cet algorithme de signature</translation>
    </message>
    <message>
        <source>Could not set the RSA-PSS parameters</source>
        <translation>Impossible de définir les paramètres RSA-PSS</translation>
    </message>
    <message>
        <source>Could not set the RSA padding</source>
        <translation>Impossible de définir le remplissage RSA</translation>
    </message>
    <message>
        <source>The key type does not fit the signature algorithm</source>
        <translation>Le type de clé ne correspond pas à l&apos;algorithme de signature</translation>
    </message>
    <message>
        <source>Signing failed</source>
        <translation>La signature a échoué</translation>
    </message>
    <message>
        <source>The RSA signature is %1 bytes; the key needs exactly %2</source>
        <translation>La signature RSA fait %1 octets&#xa0;; la clé en exige exactement %2</translation>
    </message>
    <message>
        <source>The signature does not verify</source>
        <translation>La signature ne se vérifie pas</translation>
    </message>
    <message>
        <source>OpenSSL returned an unreadable ECDSA signature</source>
        <translation>OpenSSL a renvoyé une signature ECDSA illisible</translation>
    </message>
    <message>
        <source>The ECDSA signature does not fit the curve size</source>
        <translation>La signature ECDSA ne correspond pas à la taille de la courbe</translation>
    </message>
    <message>
        <source>The ECDSA signature is %1 bytes; the curve needs exactly %2</source>
        <translation>La signature ECDSA fait %1 octets&#xa0;; la courbe en exige exactement %2</translation>
    </message>
    <message>
        <source>Could not build the ECDSA signature</source>
        <translation>Impossible de construire la signature ECDSA</translation>
    </message>
    <message>
        <source>Could not encode the ECDSA signature</source>
        <translation>Impossible d&apos;encoder la signature ECDSA</translation>
    </message>
</context>
<context>
    <name>keyward::core::hex</name>
    <message>
        <source>hex data has an odd length</source>
        <translation>les données hexadécimales ont une longueur impaire</translation>
    </message>
    <message>
        <source>hex data contains an invalid character</source>
        <translation>les données hexadécimales contiennent un caractère invalide</translation>
    </message>
</context>
<context>
    <name>keyward::core::jose</name>
    <message>
        <source>Content encryption &quot;%1&quot; is not supported</source>
        <translation>Le chiffrement de contenu «&#xa0;%1&#xa0;» n&apos;est pas pris en charge</translation>
    </message>
    <message>
        <source>Algorithm &quot;%1&quot; is not supported</source>
        <translation>L&apos;algorithme «&#xa0;%1&#xa0;» n&apos;est pas pris en charge</translation>
    </message>
    <message>
        <source>Algorithm &quot;%1&quot; is deprecated (RSAES-PKCS1-v1_5 is open to padding-oracle attacks) and is never used</source>
        <translation>L&apos;algorithme «&#xa0;%1&#xa0;» est obsolète (RSAES-PKCS1-v1_5 est exposé aux attaques par oracle de remplissage) et n&apos;est jamais utilisé</translation>
    </message>
    <message>
        <source>Algorithm &quot;%1&quot; is not accepted: a shared-secret MAC cannot show which party signed</source>
        <translation>L&apos;algorithme «&#xa0;%1&#xa0;» n&apos;est pas accepté&#xa0;: un MAC à secret partagé ne peut pas montrer quelle partie a signé</translation>
    </message>
    <message>
        <source>Unsecured &quot;none&quot; is refused (RFC 8725 §3.2)</source>
        <translation>Le «&#xa0;none&#xa0;» non sécurisé est refusé (RFC 8725 §3.2)</translation>
    </message>
    <message>
        <source>Unknown algorithm status</source>
        <translation>Statut d&apos;algorithme inconnu</translation>
    </message>
    <message>
        <source>No key was given for &quot;%1&quot;</source>
        <translation>Aucune clé n&apos;a été fournie pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>A %1 key cannot be used with &quot;%2&quot;</source>
        <translation>Une clé %1 ne peut pas servir avec «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>The %1-bit RSA key is below the 2048-bit minimum</source>
        <translation>La clé RSA de %1 bits est en dessous du minimum de 2048 bits</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a %2-bit key; this key has %3 bits</source>
        <translation>«&#xa0;%1&#xa0;» exige une clé de %2 bits&#xa0;; cette clé fait %3 bits</translation>
    </message>
    <message>
        <source>The key is for &quot;%1&quot; but &quot;%2&quot; needs a &quot;%3&quot; key</source>
        <translation>La clé sert à «&#xa0;%1&#xa0;» mais «&#xa0;%2&#xa0;» exige une clé «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>The key is pinned to &quot;%1&quot; and may not be used with &quot;%2&quot; (RFC 8725 §3.1)</source>
        <translation>La clé est fixée à «&#xa0;%1&#xa0;» et ne peut pas servir avec «&#xa0;%2&#xa0;» (RFC 8725 §3.1)</translation>
    </message>
    <message>
        <source>The key&apos;s key_ops (%1) do not allow &quot;%2&quot;</source>
        <translation>Les key_ops de la clé (%1) n&apos;autorisent pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs the private key; only the public key is present</source>
        <translation>«&#xa0;%1&#xa0;» exige la clé privée&#xa0;; seule la clé publique est présente</translation>
    </message>
</context>
<context>
    <name>keyward::core::jwkdetail</name>
    <message>
        <source>The JWK has no &quot;%1&quot; member</source>
        <translation>La JWK n&apos;a pas de membre «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The JWK member &quot;%1&quot; is not a string</source>
        <translation>Le membre «&#xa0;%1&#xa0;» de la JWK n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>The JWK member &quot;%1&quot; is not strict base64url</source>
        <translation>Le membre «&#xa0;%1&#xa0;» de la JWK n&apos;est pas en base64url strict</translation>
    </message>
    <message>
        <source>The JWK member &quot;%1&quot; is not a minimal unsigned integer</source>
        <translation>Le membre «&#xa0;%1&#xa0;» de la JWK n&apos;est pas un entier non signé minimal</translation>
    </message>
    <message>
        <source>The JWK &quot;use&quot; is &quot;%1&quot;; Keyward knows &quot;sig&quot; and &quot;enc&quot;</source>
        <translation>Le «&#xa0;use&#xa0;» de la JWK vaut «&#xa0;%1&#xa0;»&#xa0;; Keyward connaît «&#xa0;sig&#xa0;» et «&#xa0;enc&#xa0;»</translation>
    </message>
    <message>
        <source>The JWK &quot;key_ops&quot; is not an array</source>
        <translation>Le «&#xa0;key_ops&#xa0;» de la JWK n&apos;est pas un tableau</translation>
    </message>
    <message>
        <source>The JWK &quot;key_ops&quot; has an unknown operation &quot;%1&quot;</source>
        <translation>Le «&#xa0;key_ops&#xa0;» de la JWK contient une opération inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The JWK &quot;key_ops&quot; lists &quot;%1&quot; twice</source>
        <translation>Le «&#xa0;key_ops&#xa0;» de la JWK liste «&#xa0;%1&#xa0;» deux fois</translation>
    </message>
    <message>
        <source>The JWK &quot;key_ops&quot; value &quot;%1&quot; contradicts &quot;use&quot;: &quot;%2&quot;</source>
        <translation>La valeur «&#xa0;%1&#xa0;» du «&#xa0;key_ops&#xa0;» de la JWK contredit «&#xa0;use&#xa0;»&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>The JWK is pinned to an unknown algorithm &quot;%1&quot;</source>
        <translation>La JWK est fixée à un algorithme inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>A key pinned to &quot;none&quot; is refused (RFC 8725 §3.2)</source>
        <translation>Une clé fixée à «&#xa0;none&#xa0;» est refusée (RFC 8725 §3.2)</translation>
    </message>
    <message>
        <source>The JWK is a %1 key but is pinned to &quot;%2&quot;</source>
        <translation>La JWK est une clé %1 mais est fixée à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>The JWK has &quot;use&quot;: &quot;%1&quot; but its algorithm &quot;%2&quot; is for &quot;%3&quot;</source>
        <translation>La JWK a «&#xa0;use&#xa0;»&#xa0;: «&#xa0;%1&#xa0;» mais son algorithme «&#xa0;%2&#xa0;» sert à «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>The JWK &quot;key_ops&quot; value &quot;%1&quot; does not fit its algorithm &quot;%2&quot;</source>
        <translation>La valeur «&#xa0;%1&#xa0;» du «&#xa0;key_ops&#xa0;» de la JWK ne convient pas à son algorithme «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>The RSA key is refused: %1</source>
        <translation>La clé RSA est refusée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Multi-prime RSA keys (&quot;oth&quot;) are not supported</source>
        <translation>Les clés RSA multi-premiers («&#xa0;oth&#xa0;») ne sont pas prises en charge</translation>
    </message>
    <message>
        <source>The RSA JWK has some but not all of p, q, dp, dq and qi</source>
        <translation>La JWK RSA a certains mais pas tous les membres p, q, dp, dq et qi</translation>
    </message>
    <message>
        <source>The RSA JWK has private factors but no &quot;d&quot;</source>
        <translation>La JWK RSA a des facteurs privés mais pas de «&#xa0;d&#xa0;»</translation>
    </message>
    <message>
        <source>The curve &quot;%1&quot; is not supported for %2 keys</source>
        <translation>La courbe «&#xa0;%1&#xa0;» n&apos;est pas prise en charge pour les clés %2</translation>
    </message>
    <message>
        <source>An OKP JWK has no &quot;y&quot; member</source>
        <translation>Une JWK OKP n&apos;a pas de membre «&#xa0;y&#xa0;»</translation>
    </message>
    <message>
        <source>The %1 coordinates must be %2 bytes long</source>
        <translation>Les coordonnées %1 doivent faire %2 octets</translation>
    </message>
    <message>
        <source>The %1 private key must be %2 bytes long</source>
        <translation>La clé privée %1 doit faire %2 octets</translation>
    </message>
    <message>
        <source>The oct JWK has an empty secret</source>
        <translation>La JWK oct a un secret vide</translation>
    </message>
    <message>
        <source>Key type &quot;%1&quot; is not supported</source>
        <translation>Le type de clé «&#xa0;%1&#xa0;» n&apos;est pas pris en charge</translation>
    </message>
</context>
<context>
    <name>keyward::core::samples::CekRewrap</name>
    <message>
        <source>This JWE recipient cannot keep its content: it needs a full re-encryption.</source>
        <translation>Ce destinataire JWE ne peut pas garder son contenu&#xa0;: il faut un rechiffrement complet.</translation>
    </message>
    <message>
        <source>The content encryption &quot;%1&quot; is not supported.</source>
        <translation>Le chiffrement de contenu «&#xa0;%1&#xa0;» n&apos;est pas pris en charge.</translation>
    </message>
</context>
<context>
    <name>keyward::core::samples::SampleFile</name>
    <message>
        <source>The JSON array holds a value that is neither a compact JWE string nor a JWE object.</source>
        <translation>Le tableau JSON contient une valeur qui n&apos;est ni une chaîne JWE compacte ni un objet JWE.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file holds a JSON object that is not a JWE (no &quot;ciphertext&quot;).</source>
        <translation>Le fichier contient un objet JSON qui n&apos;est pas un JWE (pas de «&#xa0;ciphertext&#xa0;»).</translation>
    </message>
    <message>
        <source>The file starts like a JSON array but is not valid JSON: %1.</source>
        <translation>Le fichier commence comme un tableau JSON mais n&apos;est pas du JSON valide&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The file holds no JWE.</source>
        <translation>Le fichier ne contient aucun JWE.</translation>
    </message>
</context>
<context>
    <name>keyward::core::samples::SampleGate</name>
    <message>
        <source> and %1 more</source>
        <translation> et %1 autres</translation>
    </message>
    <message>
        <source>not tested since %1</source>
        <translation>non testé depuis %1</translation>
    </message>
    <message>
        <source>last test: %1</source>
        <translation>dernier test&#xa0;: %1</translation>
    </message>
    <message>
        <source>encrypted to %1 alone</source>
        <translation>chiffré pour %1 uniquement</translation>
    </message>
    <message numerus="yes">
        <source>Key &quot;%1&quot; cannot be retired: %n of its archived samples have no passing test-decrypt since its last change:</source>
        <translation>
            <numerusform>La clé «&#xa0;%1&#xa0;» ne peut pas être retirée&#xa0;: %n de ses échantillons archivés n&apos;a réussi aucun essai de déchiffrement depuis sa dernière modification&#xa0;:</numerusform>
            <numerusform>La clé «&#xa0;%1&#xa0;» ne peut pas être retirée&#xa0;: %n de ses échantillons archivés n&apos;ont réussi aucun essai de déchiffrement depuis sa dernière modification&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Run `samples test --kid %1` (or re-wrap the failing samples) first.</source>
        <translation>Exécutez d&apos;abord `samples test --kid %1` (ou réencapsulez les échantillons en échec).</translation>
    </message>
    <message numerus="yes">
        <source>Destroying key &quot;%1&quot; would make %n archived sample(s) unreadable for good:</source>
        <translation>
            <numerusform>Détruire la clé «&#xa0;%1&#xa0;» rendrait %n échantillon archivé définitivement illisible&#xa0;:</numerusform>
            <numerusform>Détruire la clé «&#xa0;%1&#xa0;» rendrait %n échantillons archivés définitivement illisibles&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-wrap them to a successor key first, or request the destruction as a crypto-shred that names them (--shred-sample DIGEST).</source>
        <translation>Réencapsulez-les d&apos;abord pour une clé successeur, ou demandez la destruction sous forme d&apos;effacement cryptographique qui les désigne (--shred-sample DIGEST).</translation>
    </message>
</context>
<context>
    <name>keyward::core::samples::SampleImporter</name>
    <message>
        <source>No such file or folder.</source>
        <translation>Fichier ou dossier introuvable.</translation>
    </message>
    <message>
        <source>Nothing to import: %1</source>
        <translation>Rien à importer&#xa0;: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was stored.</source>
        <translation>L&apos;import a été annulé&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB.</source>
        <translation>Le fichier dépasse %1 Mio.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1.</source>
        <translation>Impossible de lire le fichier&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>keyward::core::samples::SampleKeyring</name>
    <message>
        <source>No key with kid &quot;%1&quot; is in the vault.</source>
        <translation>Aucune clé de kid «&#xa0;%1&#xa0;» ne se trouve dans le coffre.</translation>
    </message>
    <message>
        <source>Encrypted to %1, which was destroyed on %2: it can never be decrypted again.</source>
        <translation>Chiffré pour %1, qui a été détruite le %2&#xa0;: l&apos;échantillon ne pourra plus jamais être déchiffré.</translation>
    </message>
    <message>
        <source>Encrypted to %1, which was destroyed: it can never be decrypted again.</source>
        <translation>Chiffré pour %1, qui a été détruite&#xa0;: l&apos;échantillon ne pourra plus jamais être déchiffré.</translation>
    </message>
    <message>
        <source>Encrypted to %1, which is a signing key; signing keys never decrypt.</source>
        <translation>Chiffré pour %1, qui est une clé de signature&#xa0;; les clés de signature ne déchiffrent jamais.</translation>
    </message>
    <message>
        <source>Encrypted to %1, which is not active yet (pending).</source>
        <translation>Chiffré pour %1, qui n&apos;est pas encore active (en attente).</translation>
    </message>
    <message>
        <source>Key %1 is in the vault with its public part only, so nothing here can decrypt it.</source>
        <translation>La clé %1 ne figure dans le coffre qu&apos;avec sa partie publique&#xa0;: l&apos;échantillon ne peut donc pas être déchiffré ici.</translation>
    </message>
</context>
<context>
    <name>keyward::core::samples::SampleOutcomeCodec</name>
    <message>
        <source>The stored outcomes of this test run are unreadable: %1.</source>
        <translation>Les résultats enregistrés de ce test sont illisibles&#xa0;: %1.</translation>
    </message>
    <message>
        <source>not an outcome list of this Keyward</source>
        <translation>ce n&apos;est pas une liste de résultats de ce Keyward</translation>
    </message>
    <message>
        <source>the string table is cut short</source>
        <translation>la table des chaînes est tronquée</translation>
    </message>
    <message>
        <source>the row count does not fit the data</source>
        <translation>le nombre de lignes ne correspond pas aux données</translation>
    </message>
    <message>
        <source>outcome %1 is cut short or refers past the string table</source>
        <translation>le résultat %1 est tronqué ou renvoie au-delà de la table des chaînes</translation>
    </message>
    <message>
        <source>outcome %1 names no known outcome</source>
        <translation>le résultat %1 ne nomme aucun résultat connu</translation>
    </message>
    <message>
        <source>bytes follow the last outcome</source>
        <translation>des octets suivent le dernier résultat</translation>
    </message>
</context>
<context>
    <name>keyward::core::samples::SampleRewrap</name>
    <message>
        <source>The output folder %1 already holds files; re-wrapped samples go into a new or empty folder.</source>
        <translation>Le dossier de sortie %1 contient déjà des fichiers&#xa0;; les échantillons réencapsulés vont dans un dossier nouveau ou vide.</translation>
    </message>
    <message>
        <source>Key %1 cannot take re-wrapped samples: it must be an active encryption key with an alg (it is %2 %3).</source>
        <translation>La clé %1 ne peut pas recevoir d&apos;échantillons réencapsulés&#xa0;: elle doit être une clé de chiffrement active dotée d&apos;un alg (elle est %2 %3).</translation>
    </message>
    <message>
        <source>No sample matches the selection.</source>
        <translation>Aucun échantillon ne correspond à la sélection.</translation>
    </message>
    <message>
        <source>Cannot create the output folder %1.</source>
        <translation>Impossible de créer le dossier de sortie %1.</translation>
    </message>
    <message>
        <source>already encrypted to %1</source>
        <translation>déjà chiffré pour %1</translation>
    </message>
    <message>
        <source>The re-wrapped %1 does not decrypt with %2; nothing was written.</source>
        <translation>L&apos;échantillon réencapsulé %1 ne se déchiffre pas avec %2&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Re-wrapping would overwrite the input %1; choose another output folder.</source>
        <translation>La réencapsulation écraserait l&apos;entrée %1&#xa0;; choisissez un autre dossier de sortie.</translation>
    </message>
    <message>
        <source>No selected sample could be re-wrapped: %1</source>
        <translation>Aucun échantillon sélectionné n&apos;a pu être réencapsulé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>keyward::core::samples::SampleStore</name>
    <message>
        <source>There is no test run %1.</source>
        <translation>Il n&apos;existe pas de test %1.</translation>
    </message>
    <message>
        <source>Test run %1 is not in the signed audit log: it was added to the vault outside Keyward, so it is no evidence. Verify the audit log and tell the other officers.</source>
        <translation>Le test %1 ne figure pas dans le journal d&apos;audit signé&#xa0;: il a été ajouté au coffre en dehors de Keyward et ne constitue donc pas une preuve. Vérifiez le journal d&apos;audit et prévenez les autres responsables.</translation>
    </message>
    <message>
        <source>The outcomes of test run %1 are not those its signed audit event holds: they were changed outside Keyward, so the run is no evidence. Verify the audit log and tell the other officers.</source>
        <translation>Les résultats du test %1 ne sont pas ceux que contient son événement d&apos;audit signé&#xa0;: ils ont été modifiés en dehors de Keyward, le test ne constitue donc pas une preuve. Vérifiez le journal d&apos;audit et prévenez les autres responsables.</translation>
    </message>
    <message>
        <source>Test run %1 is in the signed audit log but no longer in the vault: it was deleted outside Keyward, and what it found may have been newer than any run left. Verify the audit log and tell the other officers.</source>
        <translation>Le test %1 figure dans le journal d&apos;audit signé mais plus dans le coffre&#xa0;: il a été supprimé en dehors de Keyward, et ses constats étaient peut-être plus récents que tout test restant. Vérifiez le journal d&apos;audit et prévenez les autres responsables.</translation>
    </message>
</context>
<context>
    <name>keyward::core::samples::SampleTestRun</name>
    <message>
        <source>No sample matches the selection.</source>
        <translation>Aucun échantillon ne correspond à la sélection.</translation>
    </message>
    <message>
        <source>The vault&apos;s index of sample kids does not match its samples: the vault may be damaged.</source>
        <translation>L&apos;index des kid des échantillons du coffre ne correspond pas à ses échantillons&#xa0;: le coffre est peut-être endommagé.</translation>
    </message>
</context>
<context>
    <name>keyward::core::strictjson</name>
    <message>
        <source>JSON of %1 bytes is above the %2-byte cap</source>
        <translation>Le JSON de %1 octets dépasse la limite de %2 octets</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>JSON invalide à la position %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>JSON text is not an object</source>
        <translation>le texte JSON n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>JSON nesting is deeper than %1 levels</source>
        <translation>l&apos;imbrication JSON dépasse %1 niveaux</translation>
    </message>
    <message>
        <source>JSON ends unexpectedly</source>
        <translation>le JSON se termine de façon inattendue</translation>
    </message>
    <message>
        <source>JSON member &quot;%1&quot; appears more than once</source>
        <translation>le membre JSON «&#xa0;%1&#xa0;» apparaît plus d&apos;une fois</translation>
    </message>
</context>
<context>
    <name>keyward::report::AuditReportHtml</name>
    <message>
        <source>Keyward audit evidence</source>
        <translation>Preuves d&apos;audit Keyward</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Vault id</source>
        <translation>Identifiant du coffre</translation>
    </message>
    <message>
        <source>Vault fingerprint</source>
        <translation>Empreinte du coffre</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Plage</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Events in this export</source>
        <translation>Événements de cet export</translation>
    </message>
    <message>
        <source>%1 (seq %2 to %3)</source>
        <translation>%1 (seq %2 à %3)</translation>
    </message>
    <message>
        <source>First / last event hash</source>
        <translation>Hash du premier / dernier événement</translation>
    </message>
    <message>
        <source>Signed tree head</source>
        <translation>Tête d&apos;arbre signée</translation>
    </message>
    <message>
        <source>%1 events, Merkle root %2</source>
        <translation>%1 événements, racine Merkle %2</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>Exporté par</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Généré</translation>
    </message>
    <message>
        <source>Officers (signed roster)</source>
        <translation>Responsables (liste signée)</translation>
    </message>
    <message>
        <source>trusted on first use</source>
        <translation>confiance à la première utilisation</translation>
    </message>
    <message>
        <source>approved by request</source>
        <translation>approuvé par demande</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Signing key thumbprint</source>
        <translation>Empreinte de la clé de signature</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Admission</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Jeu</translation>
    </message>
    <message>
        <source>kid</source>
        <translation>kid</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Us.</translation>
    </message>
    <message>
        <source>alg</source>
        <translation>alg</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>NIST SP 800-57</source>
        <translation>NIST SP 800-57</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Env</source>
        <translation>Env.</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Key inventory</source>
        <translation>Inventaire des clés</translation>
    </message>
    <message>
        <source>The vault holds no keys.</source>
        <translation>Le coffre ne contient aucune clé.</translation>
    </message>
    <message>
        <source>Overdue keys (past cryptoperiod or expired)</source>
        <translation>Clés en retard (cryptopériode dépassée ou expirées)</translation>
    </message>
    <message>
        <source>No key is overdue.</source>
        <translation>Aucune clé n&apos;est en retard.</translation>
    </message>
    <message>
        <source>Rotations</source>
        <translation>Rotations</translation>
    </message>
    <message>
        <source>No rotation was requested.</source>
        <translation>Aucune rotation n&apos;a été demandée.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Approbateur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandée le</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Exécutée</translation>
    </message>
    <message>
        <source>Approval signature</source>
        <translation>Signature d&apos;approbation</translation>
    </message>
    <message>
        <source>Unreviewed break-glass acts</source>
        <translation>Actes «&#xa0;bris de glace&#xa0;» non revus</translation>
    </message>
    <message>
        <source>Every break-glass act was countersigned.</source>
        <translation>Chaque acte «&#xa0;bris de glace&#xa0;» a été contresigné.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revoir</translation>
    </message>
    <message>
        <source>Revoked by</source>
        <translation>Révoquée par</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Verifying this export by hand</source>
        <translation>Vérifier cet export à la main</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing of Keyward is needed. In the export folder:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Files.&lt;/b&gt; Decode the payload of &lt;tt&gt;manifest.jws&lt;/tt&gt; (the middle part, base64url) and compare each &lt;tt&gt;files[].sha256&lt;/tt&gt; with &lt;tt&gt;sha256sum audit.jsonl audit.csv roster.jsonl proofs.json report.pdf&lt;/tt&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Who signed.&lt;/b&gt; &lt;tt&gt;roster.jsonl&lt;/tt&gt; holds the officers&apos; signed admissions from the vault&apos;s genesis; each officer&apos;s public key is the &lt;tt&gt;signingJwk&lt;/tt&gt; of their statement. Verify &lt;tt&gt;manifest.jws&lt;/tt&gt; (compact JWS, EdDSA) with the exporter&apos;s key and &lt;tt&gt;treehead.json&lt;/tt&gt; (general JWS JSON) with the two officers&apos; keys in any JOSE library, e.g. python3-jwcrypto: &lt;tt&gt;JWS().deserialize(text); jws.verify(JWK(**jwk))&lt;/tt&gt;. The &lt;tt&gt;kid&lt;/tt&gt; of each signature is the RFC 7638 thumbprint of the signer&apos;s key.&lt;/li&gt;&lt;li&gt;&lt;b&gt;The chain.&lt;/b&gt; Each line of &lt;tt&gt;audit.jsonl&lt;/tt&gt; is one event. Remove its &lt;tt&gt;,&quot;hash&quot;:&quot;…&quot;&lt;/tt&gt; member; SHA-256 of &lt;tt&gt;prev&lt;/tt&gt; followed by the remaining line must equal &lt;tt&gt;hash&lt;/tt&gt;; &lt;tt&gt;prev&lt;/tt&gt; equals the previous line&apos;s &lt;tt&gt;hash&lt;/tt&gt;; &lt;tt&gt;seq&lt;/tt&gt; counts up by one.&lt;/li&gt;&lt;li&gt;&lt;b&gt;The Merkle tree&lt;/b&gt; (RFC 6962). Leaf = SHA-256(0x00 ‖ line without the line break), node = SHA-256(0x01 ‖ left ‖ right). For a full export the root over all lines equals &lt;tt&gt;root&lt;/tt&gt; in the tree head; &lt;tt&gt;proofs.json&lt;/tt&gt; holds inclusion proofs and consistency proofs from earlier heads.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Nothing removed since your last export.&lt;/b&gt; Keep &lt;tt&gt;treehead.json&lt;/tt&gt; of each export you receive; &lt;tt&gt;keyward-cli verify audit NEW --since OLD&lt;/tt&gt; (or an RFC 6962 consistency check) proves the log only grew.&lt;/li&gt;&lt;li&gt;&lt;b&gt;The vault.&lt;/b&gt; Compare the vault fingerprint on the cover with the one your officers give you out of band (&lt;tt&gt;--fingerprint&lt;/tt&gt;).&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;Keyward n&apos;est pas nécessaire. Dans le dossier d&apos;export&#xa0;:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Fichiers.&lt;/b&gt; Décodez la charge utile de &lt;tt&gt;manifest.jws&lt;/tt&gt; (la partie centrale, en base64url) et comparez chaque &lt;tt&gt;files[].sha256&lt;/tt&gt; avec le résultat de &lt;tt&gt;sha256sum audit.jsonl audit.csv roster.jsonl proofs.json report.pdf&lt;/tt&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Qui a signé.&lt;/b&gt; &lt;tt&gt;roster.jsonl&lt;/tt&gt; contient les admissions signées des responsables depuis la création du coffre&#xa0;; la clé publique de chaque responsable est le &lt;tt&gt;signingJwk&lt;/tt&gt; de sa déclaration. Vérifiez &lt;tt&gt;manifest.jws&lt;/tt&gt; (JWS compact, EdDSA) avec la clé de l&apos;exportateur et &lt;tt&gt;treehead.json&lt;/tt&gt; (sérialisation JSON générale de JWS) avec les clés des deux responsables dans n&apos;importe quelle bibliothèque JOSE, par exemple python3-jwcrypto&#xa0;: &lt;tt&gt;JWS().deserialize(text); jws.verify(JWK(**jwk))&lt;/tt&gt;. Le &lt;tt&gt;kid&lt;/tt&gt; de chaque signature est l&apos;empreinte RFC 7638 de la clé du signataire.&lt;/li&gt;&lt;li&gt;&lt;b&gt;La chaîne.&lt;/b&gt; Chaque ligne de &lt;tt&gt;audit.jsonl&lt;/tt&gt; est un événement. Retirez-en le membre &lt;tt&gt;,&quot;hash&quot;:&quot;…&quot;&lt;/tt&gt;&#xa0;; le SHA-256 de &lt;tt&gt;prev&lt;/tt&gt; suivi du reste de la ligne doit être égal à &lt;tt&gt;hash&lt;/tt&gt;&#xa0;; &lt;tt&gt;prev&lt;/tt&gt; est égal au &lt;tt&gt;hash&lt;/tt&gt; de la ligne précédente&#xa0;; &lt;tt&gt;seq&lt;/tt&gt; augmente de un à chaque ligne.&lt;/li&gt;&lt;li&gt;&lt;b&gt;L&apos;arbre de Merkle&lt;/b&gt; (RFC 6962). Feuille = SHA-256(0x00 ‖ ligne sans le saut de ligne), nœud = SHA-256(0x01 ‖ gauche ‖ droite). Pour un export complet, la racine calculée sur toutes les lignes est égale à &lt;tt&gt;root&lt;/tt&gt; dans la tête d&apos;arbre&#xa0;; &lt;tt&gt;proofs.json&lt;/tt&gt; contient les preuves d&apos;inclusion et les preuves de cohérence par rapport aux têtes d&apos;arbre antérieures.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Rien n&apos;a été supprimé depuis votre dernier export.&lt;/b&gt; Conservez le &lt;tt&gt;treehead.json&lt;/tt&gt; de chaque export reçu&#xa0;; &lt;tt&gt;keyward-cli verify audit NEW --since OLD&lt;/tt&gt; (ou une vérification de cohérence RFC 6962) prouve que le journal n&apos;a fait que croître.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Le coffre.&lt;/b&gt; Comparez l&apos;empreinte du coffre figurant sur la page de garde avec celle que vos responsables vous communiquent par un autre canal (&lt;tt&gt;--fingerprint&lt;/tt&gt;).&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Controls and where the proof is</source>
        <translation>Contrôles et emplacement des preuves</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Keyward control</source>
        <translation>Contrôle Keyward</translation>
    </message>
    <message>
        <source>Exported file and field</source>
        <translation>Fichier exporté et champ</translation>
    </message>
    <message>
        <source>PCI DSS 4.0 3.6.1 keys protected against disclosure and misuse</source>
        <translation>PCI DSS 4.0 3.6.1 clés protégées contre la divulgation et l&apos;usage abusif</translation>
    </message>
    <message>
        <source>Encrypted vault; two-person rule for every governed change</source>
        <translation>Coffre chiffré&#xa0;; règle des deux personnes pour chaque modification encadrée</translation>
    </message>
    <message>
        <source>audit.jsonl: request.created / request.approved (details.approvals)</source>
        <translation>audit.jsonl&#xa0;: request.created / request.approved (details.approvals)</translation>
    </message>
    <message>
        <source>PCI DSS 4.0 3.6.1.1 test and production keys differ</source>
        <translation>PCI DSS 4.0 3.6.1.1 clés de test et de production distinctes</translation>
    </message>
    <message>
        <source>Same key material refused in two environments</source>
        <translation>Même matériel de clé refusé dans deux environnements</translation>
    </message>
    <message>
        <source>report.pdf inventory (Env); audit.jsonl key.generated details</source>
        <translation>report.pdf inventaire (Env.)&#xa0;; audit.jsonl key.generated details</translation>
    </message>
    <message>
        <source>PCI DSS 4.0 3.6.1.2 secret keys stored encrypted</source>
        <translation>PCI DSS 4.0 3.6.1.2 clés secrètes stockées chiffrées</translation>
    </message>
    <message>
        <source>SQLCipher vault, master key wrapped per officer (Argon2id)</source>
        <translation>Coffre SQLCipher, clé maîtresse encapsulée pour chaque responsable (Argon2id)</translation>
    </message>
    <message>
        <source>jwks.json public members only; audit.jsonl vault.created</source>
        <translation>jwks.json membres publics uniquement&#xa0;; audit.jsonl vault.created</translation>
    </message>
    <message>
        <source>PCI DSS 4.0 3.6.1.3 fewest custodians</source>
        <translation>PCI DSS 4.0 3.6.1.3 nombre minimal de dépositaires</translation>
    </message>
    <message>
        <source>Signed officer roster</source>
        <translation>Liste signée des responsables</translation>
    </message>
    <message>
        <source>roster.jsonl; report.pdf Officers</source>
        <translation>roster.jsonl&#xa0;; report.pdf Responsables</translation>
    </message>
    <message>
        <source>PCI DSS 4.0 3.6.1.4 fewest locations</source>
        <translation>PCI DSS 4.0 3.6.1.4 nombre minimal d&apos;emplacements</translation>
    </message>
    <message>
        <source>Private export only by approved request</source>
        <translation>Export privé uniquement sur demande approuvée</translation>
    </message>
    <message>
        <source>audit.jsonl key.exported-private, request.approved</source>
        <translation>audit.jsonl key.exported-private, request.approved</translation>
    </message>
    <message>
        <source>PCI DSS 4.0 3.7.1 strong key generation</source>
        <translation>PCI DSS 4.0 3.7.1 génération de clés robustes</translation>
    </message>
    <message>
        <source>In-vault generation, RSA ≥ 2048, strength derived</source>
        <translation>Génération dans le coffre, RSA ≥ 2048, robustesse déduite</translation>
    </message>
    <message>
        <source>audit.jsonl key.generated; report.pdf inventory (alg)</source>
        <translation>audit.jsonl key.generated&#xa0;; report.pdf inventaire (alg)</translation>
    </message>
    <message>
        <source>PCI DSS 4.0 3.7.2 secure distribution</source>
        <translation>PCI DSS 4.0 3.7.2 distribution sécurisée</translation>
    </message>
    <message>
        <source>Signed JWKS bundles</source>
        <translation>Lots JWKS signés</translation>
    </message>
    <message>
        <source>jwks.jws; manifest.json signer</source>
        <translation>jwks.jws&#xa0;; manifest.json signer</translation>
    </message>
    <message>
        <source>PCI DSS 4.0 3.7.3 secure storage</source>
        <translation>PCI DSS 4.0 3.7.3 stockage sécurisé</translation>
    </message>
    <message>
        <source>Encrypted vault, keyslots bound to the roster</source>
        <translation>Coffre chiffré, emplacements de clé liés à la liste des responsables</translation>
    </message>
    <message>
        <source>audit.jsonl vault.created, officer.added</source>
        <translation>audit.jsonl vault.created, officer.added</translation>
    </message>
    <message>
        <source>PCI DSS 4.0 3.7.4 change at end of cryptoperiod</source>
        <translation>PCI DSS 4.0 3.7.4 changement en fin de cryptopériode</translation>
    </message>
    <message>
        <source>Cryptoperiod policy, rotation drafted when due</source>
        <translation>Politique de cryptopériode, rotation préparée à l&apos;échéance</translation>
    </message>
    <message>
        <source>report.pdf Overdue keys, Rotations; audit.jsonl key.rotated</source>
        <translation>report.pdf Clés en retard, Rotations&#xa0;; audit.jsonl key.rotated</translation>
    </message>
    <message>
        <source>PCI DSS 4.0 3.7.5 retire, replace, destroy</source>
        <translation>PCI DSS 4.0 3.7.5 retirer, remplacer, détruire</translation>
    </message>
    <message>
        <source>Retirement gate, waiting period before destruction, revocation</source>
        <translation>Contrôle de retrait, délai d&apos;attente avant destruction, révocation</translation>
    </message>
    <message>
        <source>audit.jsonl key.retired, key.destroyed, key.revoked</source>
        <translation>audit.jsonl key.retired, key.destroyed, key.revoked</translation>
    </message>
    <message>
        <source>PCI DSS 4.0 3.7.6 split knowledge and dual control</source>
        <translation>PCI DSS 4.0 3.7.6 connaissance partagée et double contrôle</translation>
    </message>
    <message>
        <source>Requests approved by another officer&apos;s signature</source>
        <translation>Demandes approuvées par la signature d&apos;un autre responsable</translation>
    </message>
    <message>
        <source>report.pdf Rotations (Approval signature); treehead.json two signatures</source>
        <translation>report.pdf Rotations (Signature d&apos;approbation)&#xa0;; treehead.json deux signatures</translation>
    </message>
    <message>
        <source>PCI DSS 4.0 3.7.7 no unauthorized substitution</source>
        <translation>PCI DSS 4.0 3.7.7 aucune substitution non autorisée</translation>
    </message>
    <message>
        <source>Signed roster, hash chain, Merkle tree, signed exports</source>
        <translation>Liste signée des responsables, chaîne de hachage, arbre de Merkle, exports signés</translation>
    </message>
    <message>
        <source>manifest.jws; treehead.json; proofs.json; audit.jsonl hash, prev</source>
        <translation>manifest.jws&#xa0;; treehead.json&#xa0;; proofs.json&#xa0;; audit.jsonl hash, prev</translation>
    </message>
    <message>
        <source>PCI DSS 4.0 3.7.8 custodians acknowledge</source>
        <translation>PCI DSS 4.0 3.7.8 les dépositaires reconnaissent leurs devoirs</translation>
    </message>
    <message>
        <source>Acknowledgement at first unlock</source>
        <translation>Reconnaissance au premier déverrouillage</translation>
    </message>
    <message>
        <source>audit.jsonl officer.acknowledged</source>
        <translation>audit.jsonl officer.acknowledged</translation>
    </message>
    <message>
        <source>PCI DSS 4.0 3.7.9 guidance to customers</source>
        <translation>PCI DSS 4.0 3.7.9 consignes aux clients</translation>
    </message>
    <message>
        <source>Cache lifetime and verification guidance</source>
        <translation>Durée de vie du cache et consignes de vérification</translation>
    </message>
    <message>
        <source>manifest.json cache_control; this report&apos;s verification page</source>
        <translation>manifest.json cache_control&#xa0;; page de vérification de ce rapport</translation>
    </message>
    <message>
        <source>NIST SP 800-57 pre-activation</source>
        <translation>NIST SP 800-57 pré-activation</translation>
    </message>
    <message>
        <source>state pending</source>
        <translation>état «&#xa0;en attente&#xa0;»</translation>
    </message>
    <message>
        <source>report.pdf inventory (NIST SP 800-57); audit.jsonl key.pending</source>
        <translation>report.pdf inventaire (NIST SP 800-57)&#xa0;; audit.jsonl key.pending</translation>
    </message>
    <message>
        <source>NIST SP 800-57 active</source>
        <translation>NIST SP 800-57 active</translation>
    </message>
    <message>
        <source>state active (primary signs and encrypts)</source>
        <translation>état «&#xa0;active&#xa0;» (la clé principale signe et chiffre)</translation>
    </message>
    <message>
        <source>report.pdf inventory; audit.jsonl key.activated, key.rotated</source>
        <translation>report.pdf inventaire&#xa0;; audit.jsonl key.activated, key.rotated</translation>
    </message>
    <message>
        <source>NIST SP 800-57 deactivated</source>
        <translation>NIST SP 800-57 désactivée</translation>
    </message>
    <message>
        <source>states grace and retired</source>
        <translation>états «&#xa0;en grâce&#xa0;» et «&#xa0;retirée&#xa0;»</translation>
    </message>
    <message>
        <source>report.pdf inventory; audit.jsonl key.grace, key.retired</source>
        <translation>report.pdf inventaire&#xa0;; audit.jsonl key.grace, key.retired</translation>
    </message>
    <message>
        <source>NIST SP 800-57 compromised</source>
        <translation>NIST SP 800-57 compromise</translation>
    </message>
    <message>
        <source>state revoked, break-glass review</source>
        <translation>état «&#xa0;révoquée&#xa0;», revue «&#xa0;bris de glace&#xa0;»</translation>
    </message>
    <message>
        <source>report.pdf Unreviewed break-glass acts; audit.jsonl key.revoked</source>
        <translation>report.pdf Actes «&#xa0;bris de glace&#xa0;» non revus&#xa0;; audit.jsonl key.revoked</translation>
    </message>
    <message>
        <source>NIST SP 800-57 destroyed</source>
        <translation>NIST SP 800-57 détruite</translation>
    </message>
    <message>
        <source>state destroyed after the waiting period</source>
        <translation>état «&#xa0;détruite&#xa0;» après le délai d&apos;attente</translation>
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
        <translation>Le rapport PDF exige un objet d&apos;application graphique.</translation>
    </message>
    <message>
        <source>Keyward audit evidence %1</source>
        <translation>Preuves d&apos;audit Keyward %1</translation>
    </message>
    <message>
        <source>The PDF report could not be rendered.</source>
        <translation>Le rapport PDF n&apos;a pas pu être généré.</translation>
    </message>
</context>
<context>
    <name>keyward::ui::AddOfficerDialog</name>
    <message>
        <source>Adding the officer</source>
        <translation>Ajout du responsable</translation>
    </message>
    <message>
        <source>&amp;Add officer</source>
        <translation>Ajou&amp;ter le responsable</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 was not added.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1 n&apos;a pas été ajouté.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>&amp;Request officer</source>
        <translation>&amp;Demander l&apos;ajout</translation>
    </message>
    <message>
        <source>Adding an officer is a two-person request. Once a different officer with the approver role approves it, the new officer enrolls with half A (shown here after you submit) and half B (the approver&apos;s), and chooses their own passphrase then.</source>
        <translation>L&apos;ajout d&apos;un responsable est une demande soumise à la règle des deux personnes. Dès qu&apos;un autre responsable ayant le rôle d&apos;approbateur l&apos;a approuvée, le nouveau responsable s&apos;enrôle avec la moitié A (affichée ici après l&apos;envoi) et la moitié B (celle de l&apos;approbateur), et choisit alors sa propre phrase secrète.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The new officer chooses their own passphrase&lt;/b&gt; when they enroll: nobody else ever knows it.</source>
        <translation>&lt;b&gt;Le nouveau responsable choisit sa propre phrase secrète&lt;/b&gt; lors de son enrôlement&#xa0;: personne d&apos;autre ne la connaît jamais.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Adding %1 was not requested.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;L&apos;ajout de %1 n&apos;a pas été demandé.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Request %1 submitted.&lt;/b&gt; Give half A below to %2 in person; it is shown only now. The approver gives %2 half B.</source>
        <translation>&lt;b&gt;Demande %1 soumise.&lt;/b&gt; Remettez en main propre la moitié A ci-dessous à %2&#xa0;; elle n&apos;est affichée que maintenant. L&apos;approbateur remet la moitié B à %2.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
</context>
<context>
    <name>keyward::ui::AppController</name>
    <message>
        <source>Could not create a temporary folder for the demo vault: %1</source>
        <translation>Impossible de créer un dossier temporaire pour le coffre de démonstration&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not create the demo vault: %1</source>
        <translation>Impossible de créer le coffre de démonstration&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your acknowledgement could not be recorded: %1</source>
        <translation>Votre acceptation n&apos;a pas pu être consignée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Vault locked: custodian duties must be acknowledged before you can work with it.</source>
        <translation>Coffre verrouillé&#xa0;: les devoirs de dépositaire doivent être acceptés avant de pouvoir l&apos;utiliser.</translation>
    </message>
    <message>
        <source>The vault was locked.</source>
        <translation>Le coffre a été verrouillé.</translation>
    </message>
    <message>
        <source>Locked after %1 min without activity.</source>
        <translation>Verrouillé après %1 min d&apos;inactivité.</translation>
    </message>
    <message>
        <source>Locked after a period without activity.</source>
        <translation>Verrouillé après une période d&apos;inactivité.</translation>
    </message>
    <message>
        <source>Due keys could not be activated: %1</source>
        <translation>Les clés arrivées à échéance n&apos;ont pas pu être activées&#xa0;: %1</translation>
    </message>
    <message>
        <source>The due work could not run: %1</source>
        <translation>Les tâches dues n&apos;ont pas pu être exécutées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rotation request #%1 was drafted for %2 in %3: it reached the end of its cryptoperiod and waits for an approver.</source>
        <translation>La demande de rotation n° %1 a été préparée pour %2 dans %3&#xa0;: la clé a atteint la fin de sa cryptopériode et attend un approbateur.</translation>
    </message>
    <message>
        <source>Scheduled destruction #%1 ran: the private part of %2 in %3 was erased.</source>
        <translation>La destruction planifiée n° %1 a été exécutée&#xa0;: la partie privée de %2 dans %3 a été effacée.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) expired without approval: %1.</source>
        <translation>
            <numerusform>%n demande a expiré sans approbation&#xa0;: %1.</numerusform>
            <numerusform>%n demandes ont expiré sans approbation&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Done on unlock:&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;&lt;a href=&quot;page:requests&quot;&gt;Open Requests&lt;/a&gt;</source>
        <translation>&lt;b&gt;Fait au déverrouillage&#xa0;:&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;&lt;a href=&quot;page:requests&quot;&gt;Ouvrir les demandes&lt;/a&gt;</translation>
    </message>
    <message>
        <source>On unlock: %1, %2, %3 — details on the Keys page.</source>
        <extracomment>Status bar after unlock: %1, %2 and %3 are the three counts translated just below.</extracomment>
        <translation>Au déverrouillage&#xa0;: %1, %2, %3 — détails sur la page Clés.</translation>
    </message>
    <message numerus="yes">
        <source>%n rotation(s) drafted</source>
        <translation>
            <numerusform>%n rotation préparée</numerusform>
            <numerusform>%n rotations préparées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n destruction(s) run</source>
        <translation>
            <numerusform>%n destruction exécutée</numerusform>
            <numerusform>%n destructions exécutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) expired</source>
        <translation>
            <numerusform>%n demande expirée</numerusform>
            <numerusform>%n demandes expirées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending key(s) whose activation time had come became active.</source>
        <translation>
            <numerusform>%n clé en attente dont l&apos;heure d&apos;activation était venue est devenue active.</numerusform>
            <numerusform>%n clés en attente dont l&apos;heure d&apos;activation était venue sont devenues actives.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::ui::ApprovalDialog</name>
    <message>
        <source>What changes</source>
        <translation>Ce qui change</translation>
    </message>
    <message>
        <source>&amp;Deciding officer:</source>
        <translation>&amp;Responsable qui décide&#xa0;:</translation>
    </message>
    <message>
        <source>Request #%1 could not be read: %2</source>
        <translation>La demande n° %1 n&apos;a pas pu être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Demandée par</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>approuvée par %1</translation>
    </message>
    <message>
        <source>rejected by %1</source>
        <translation>rejetée par %1</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <source>%1 of %2 required%3</source>
        <translation>%1 sur %2 requises%3</translation>
    </message>
    <message>
        <source>it still needs more approvals after yours.</source>
        <translation>il lui faut encore d&apos;autres approbations après la vôtre.</translation>
    </message>
    <message>
        <source>&lt;b&gt;lets %1 collect the encrypted export&lt;/b&gt;.</source>
        <translation>&lt;b&gt;permet à %1 de récupérer l&apos;export chiffré&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;applies the change at once&lt;/b&gt;.</source>
        <translation>&lt;b&gt;applique le changement immédiatement&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Approving signs this request with your personal key and %1 Choose yourself and type your own passphrase.</source>
        <translation>L&apos;approbation signe cette demande avec votre clé personnelle et %1 Choisissez-vous et saisissez votre propre phrase secrète.</translation>
    </message>
    <message>
        <source>This request is %1: it can no longer be approved or rejected.</source>
        <translation>Cette demande est %1&#xa0;: elle ne peut plus être approuvée ni rejetée.</translation>
    </message>
    <message>
        <source>This request expired: it can no longer be approved. Ask for a new one.</source>
        <translation>Cette demande a expiré&#xa0;: elle ne peut plus être approuvée. Déposez-en une nouvelle.</translation>
    </message>
    <message>
        <source>Not approved.</source>
        <translation>Non approuvée.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Say why you reject it.&lt;/b&gt; The reason is signed with the rejection and recorded in the audit log.</source>
        <translation>&lt;b&gt;Indiquez pourquoi vous la rejetez.&lt;/b&gt; La raison est signée avec le rejet et consignée dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Not rejected.</source>
        <translation>Non rejetée.</translation>
    </message>
    <message>
        <source>&lt;b&gt;schedules the destruction&lt;/b&gt;; any officer can cancel it until it runs. Copies and backups of the vault made before it still hold the private part.</source>
        <translation>&lt;b&gt;planifie la destruction&lt;/b&gt;&#xa0;; tout responsable peut l&apos;annuler jusqu&apos;à son exécution. Les copies et sauvegardes du coffre faites avant contiennent toujours la partie privée.</translation>
    </message>
    <message>
        <source>Request #%1 was changed by another Keyward program since you opened this dialog (it is now %2). Nothing was changed; review it and try again.</source>
        <translation>La demande n° %1 a été modifiée par un autre programme Keyward depuis l&apos;ouverture de cette fenêtre (elle est maintenant %2). Rien n&apos;a été modifié&#xa0;; examinez-la et réessayez.</translation>
    </message>
</context>
<context>
    <name>keyward::ui::AuditEventModel</name>
    <message>
        <source>The audit log ended at event %1.</source>
        <translation>Le journal d&apos;audit s&apos;arrêtait à l&apos;événement %1.</translation>
    </message>
    <message>
        <source>Event %1 at %2
Hash: %3
Previous: %4</source>
        <translation>Événement %1 le %2
Hachage&#xa0;: %3
Précédent&#xa0;: %4</translation>
    </message>
    <message>
        <source>(first event)</source>
        <translation>(premier événement)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>keyward::ui::AuditPage</name>
    <message>
        <source>Filter loaded events by officer, action, subject or details…</source>
        <translation>Filtrer les événements chargés par responsable, action, objet ou détails…</translation>
    </message>
    <message>
        <source>Filter audit events</source>
        <translation>Filtrer les événements d&apos;audit</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Re-check every event&apos;s hash and link in the audit chain</source>
        <translation>Revérifier le hachage et le lien de chaque événement de la chaîne d&apos;audit</translation>
    </message>
    <message>
        <source>Read the audit log again</source>
        <translation>Relire le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Some events could not be read: %1</source>
        <translation>Certains événements n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>Le journal d&apos;audit n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The audit chain has not been verified in this session.</source>
        <translation>La chaîne d&apos;audit n&apos;a pas été vérifiée pendant cette session.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Audit chain intact.&lt;/b&gt; All %1 events verified: every hash and link matches. Head: &lt;code&gt;%2&lt;/code&gt;</source>
        <translation>&lt;b&gt;Chaîne d&apos;audit intacte.&lt;/b&gt; Les %1 événements sont vérifiés&#xa0;: chaque hachage et chaque lien concordent. Tête&#xa0;: &lt;code&gt;%2&lt;/code&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Audit chain broken at event %1.&lt;/b&gt; %2 Events from there on cannot be trusted; restore the vault from a backup and investigate.</source>
        <translation>&lt;b&gt;Chaîne d&apos;audit rompue à l&apos;événement %1.&lt;/b&gt; %2 Les événements à partir de là ne sont pas fiables&#xa0;; restaurez le coffre depuis une sauvegarde et enquêtez.</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Événements d&apos;audit</translation>
    </message>
</context>
<context>
    <name>keyward::ui::BackupAction</name>
    <message>
        <source>&amp;Back up vault…</source>
        <translation>&amp;Sauvegarder le coffre…</translation>
    </message>
    <message>
        <source>Copy the vault — database and keyslots of one moment — into a new or empty folder</source>
        <translation>Copier le coffre — base de données et emplacements de clé d&apos;un même instant — dans un dossier nouveau ou vide</translation>
    </message>
    <message>
        <source>Choose a new or empty folder for the backup</source>
        <translation>Choisissez un dossier nouveau ou vide pour la sauvegarde</translation>
    </message>
    <message>
        <source>The vault was not backed up: %1</source>
        <translation>Le coffre n&apos;a pas été sauvegardé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Backed up the vault to %1 (%n audit event(s)). Keep the copy away from this computer; &quot;keyward-cli vault check&quot; tells whether a copy is whole.</source>
        <extracomment>%1 is a folder; the command in quotes is not translated.</extracomment>
        <translation>
            <numerusform>Coffre sauvegardé dans %1 (%n événement d&apos;audit). Gardez la copie loin de cet ordinateur&#xa0;; &quot;keyward-cli vault check&quot; indique si une copie est complète.</numerusform>
            <numerusform>Coffre sauvegardé dans %1 (%n événements d&apos;audit). Gardez la copie loin de cet ordinateur&#xa0;; &quot;keyward-cli vault check&quot; indique si une copie est complète.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::ui::ChainMonitor</name>
    <message>
        <source>Audit chain not verified yet</source>
        <translation>Chaîne d&apos;audit pas encore vérifiée</translation>
    </message>
    <message>
        <source>Audit chain intact · %1 events</source>
        <extracomment>Status bar; %1 is the number of events in the chain.</extracomment>
        <translation>Chaîne d&apos;audit intacte · %1 événements</translation>
    </message>
    <message>
        <source>Audit chain broken at event %1</source>
        <translation>Chaîne d&apos;audit rompue à l&apos;événement %1</translation>
    </message>
</context>
<context>
    <name>keyward::ui::ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Modifier la phrase secrète</translation>
    </message>
    <message>
        <source>Choose a new passphrase for %1. Only your own keyslot changes; the other officers keep theirs.</source>
        <translation>Choisissez une nouvelle phrase secrète pour %1. Seul votre propre emplacement de clé change&#xa0;; les autres responsables conservent le leur.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Phrase secrète ac&amp;tuelle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>&amp;Modifier la phrase secrète</translation>
    </message>
    <message>
        <source>&lt;b&gt;The passphrase was not changed.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;La phrase secrète n&apos;a pas été modifiée.&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>keyward::ui::CountersignDialog</name>
    <message>
        <source>&amp;Countersigning officer:</source>
        <translation>&amp;Responsable qui contresigne&#xa0;:</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;%1: %2&lt;/b&gt; &lt;span style=&apos;color:#55606b&apos;&gt;review #%3&lt;/span&gt;&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td style=&apos;color:#55606b;padding-right:10px&apos;&gt;Done alone by&lt;/td&gt;&lt;td&gt;%4 at %5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td style=&apos;color:#55606b;padding-right:10px&apos;&gt;Their reason&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Countersigning records that a second officer reviewed this act. It changes nothing else; the act stays flagged until someone other than %4 countersigns.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;%1&#xa0;: %2&lt;/b&gt; &lt;span style=&apos;color:#55606b&apos;&gt;revue n° %3&lt;/span&gt;&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td style=&apos;color:#55606b;padding-right:10px&apos;&gt;Fait seul par&lt;/td&gt;&lt;td&gt;%4 le %5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td style=&apos;color:#55606b;padding-right:10px&apos;&gt;Sa raison&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;La contre-signature consigne qu&apos;un second responsable a revu cet acte. Elle ne change rien d&apos;autre&#xa0;; l&apos;acte reste signalé jusqu&apos;à ce qu&apos;une autre personne que %4 contresigne.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 already countersigned this review.</source>
        <translation>%1 a déjà contresigné cette revue.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not countersigned.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Non contresignée.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Review #%1 was changed by another Keyward program since you opened this dialog (it is now countersigned by %2). Nothing was changed; review it and try again.</source>
        <translation>La revue n° %1 a été modifiée par un autre programme Keyward depuis l&apos;ouverture de cette fenêtre (elle est maintenant contresignée par %2). Rien n&apos;a été modifié&#xa0;; examinez-la et réessayez.</translation>
    </message>
</context>
<context>
    <name>keyward::ui::CustodianDutiesDialog</name>
    <message>
        <source>&lt;b&gt;Welcome, %1.&lt;/b&gt; This is your first unlock. As an officer of this vault you are a key custodian; before you continue, please confirm your duties:</source>
        <translation>&lt;b&gt;Bienvenue, %1.&lt;/b&gt; C&apos;est votre premier déverrouillage. En tant que responsable de ce coffre, vous êtes dépositaire de clés&#xa0;; avant de continuer, veuillez confirmer vos devoirs&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>&amp;Lock the vault</source>
        <translation>&amp;Verrouiller le coffre</translation>
    </message>
</context>
<context>
    <name>keyward::ui::EnrollOfficerDialog</name>
    <message>
        <source>Enroll as a new officer</source>
        <translation>S&apos;enrôler comme nouveau responsable</translation>
    </message>
    <message>
        <source>Your addition was approved. Enter half A (from the officer who requested it) and half B (from the officer who approved it), then choose your own passphrase: nobody else knows it, and your personal signing key is made now, on this computer.</source>
        <translation>Votre ajout a été approuvé. Saisissez la moitié A (du responsable qui l&apos;a demandé) et la moitié B (du responsable qui l&apos;a approuvé), puis choisissez votre propre phrase secrète&#xa0;: personne d&apos;autre ne la connaît, et votre clé de signature personnelle est créée maintenant, sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>Half &amp;A:</source>
        <translation>Moitié &amp;A&#xa0;:</translation>
    </message>
    <message>
        <source>Half &amp;B:</source>
        <translation>Moitié &amp;B&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Your passphrase:</source>
        <translation>&amp;Votre phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation>&amp;Enrôler</translation>
    </message>
    <message>
        <source>Nobody is waiting to enroll in this vault.</source>
        <translation>Personne n&apos;attend d&apos;enrôlement dans ce coffre.</translation>
    </message>
    <message>
        <source>Nobody is waiting to enroll.</source>
        <translation>Personne n&apos;attend d&apos;enrôlement.</translation>
    </message>
    <message>
        <source>Enrolling needs both halves.</source>
        <translation>L&apos;enrôlement exige les deux moitiés.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is not enrolled.&lt;/b&gt; %2 Enter both halves and your passphrase again.</source>
        <translation>&lt;b&gt;L&apos;enrôlement de %1 n&apos;a pas abouti.&lt;/b&gt; %2 Saisissez à nouveau les deux moitiés et votre phrase secrète.</translation>
    </message>
</context>
<context>
    <name>keyward::ui::EvidenceMenu</name>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Preuves</translation>
    </message>
    <message>
        <source>Export &amp;JWKS bundle…</source>
        <translation>Exporter le lot &amp;JWKS…</translation>
    </message>
    <message>
        <source>Export &amp;audit evidence…</source>
        <translation>Exporter les preuves d&apos;&amp;audit…</translation>
    </message>
    <message>
        <source>&amp;Verify an export…</source>
        <translation>&amp;Vérifier un export…</translation>
    </message>
</context>
<context>
    <name>keyward::ui::ExportEvidenceDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Export JWKS bundle</source>
        <translation>Exporter le lot JWKS</translation>
    </message>
    <message>
        <source>Export audit evidence</source>
        <translation>Exporter les preuves d&apos;audit</translation>
    </message>
    <message>
        <source>Writes jwks.json (public keys only), jwks.jws signed by the set&apos;s bundle-signing key, and manifest.json with each file&apos;s SHA-256 and the recommended cache lifetime.</source>
        <translation>Écrit jwks.json (clés publiques uniquement), jwks.jws signé par la clé de signature du lot du jeu, et manifest.json avec le SHA-256 de chaque fichier et la durée de cache recommandée.</translation>
    </message>
    <message>
        <source>Writes audit.jsonl and audit.csv, the signed roster, the officers&apos; signed heads, Merkle proofs, report.pdf, a tree head signed by you and manifest.jws. A second officer co-signs the tree head afterwards (keyward-cli export cosign).</source>
        <translation>Écrit audit.jsonl et audit.csv, la liste signée des responsables, les têtes de chaîne signées des responsables, les preuves de Merkle, report.pdf, une tête d&apos;arbre signée par vous et manifest.jws. Un second responsable contresigne ensuite la tête d&apos;arbre (keyward-cli export cosign).</translation>
    </message>
    <message>
        <source>Key &amp;set:</source>
        <translation>&amp;Jeu de clés&#xa0;:</translation>
    </message>
    <message>
        <source>Only events between</source>
        <translation>Uniquement les événements entre</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <source>An empty or new folder</source>
        <translation>Un dossier vide ou nouveau</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>Exporter dans le dossier</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Choose a folder to export into.</source>
        <translation>Choisissez un dossier de destination pour l&apos;export.</translation>
    </message>
    <message numerus="yes">
        <source>The JWKS bundle of %1 holds %n key(s) and is signed by %2. Publish jwks.json with Cache-Control: max-age=%3.</source>
        <translation>
            <numerusform>Le lot JWKS de %1 contient %n clé et est signé par %2. Publiez jwks.json avec Cache-Control: max-age=%3.</numerusform>
            <numerusform>Le lot JWKS de %1 contient %n clés et est signé par %2. Publiez jwks.json avec Cache-Control: max-age=%3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit event(s) exported; the tree head covers %1 events. Ask a second officer to co-sign it: keyward-cli export cosign &quot;%2&quot; --as OTHER</source>
        <translation>
            <numerusform>%n événement d&apos;audit exporté&#xa0;; la tête d&apos;arbre couvre %1 événements. Demandez à un second responsable de la contresigner&#xa0;: keyward-cli export cosign &quot;%2&quot; --as OTHER</numerusform>
            <numerusform>%n événements d&apos;audit exportés&#xa0;; la tête d&apos;arbre couvre %1 événements. Demandez à un second responsable de la contresigner&#xa0;: keyward-cli export cosign &quot;%2&quot; --as OTHER</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::ui::FirstRunWizard</name>
    <message>
        <source>Create a Keyward vault</source>
        <translation>Créer un coffre Keyward</translation>
    </message>
    <message>
        <source>The vault could not be created: %1</source>
        <translation>Le coffre n&apos;a pas pu être créé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>keyward::ui::GenerateKeyDialog</name>
    <message>
        <source>The kid &quot;%1&quot; already names a key in key set %2; a kid is never reused for other key material.</source>
        <translation>Le kid «&#xa0;%1&#xa0;» désigne déjà une clé du jeu de clés %2&#xa0;; un kid n&apos;est jamais réutilisé pour un autre matériel de clé.</translation>
    </message>
    <message>
        <source>Generating the key</source>
        <translation>Génération de la clé</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>sig — signatures (JWS)</source>
        <translation>sig — signatures (JWS)</translation>
    </message>
    <message>
        <source>enc — encryption (JWE)</source>
        <translation>enc — chiffrement (JWE)</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 bits</translation>
    </message>
    <message>
        <source>%1 fixes its key size</source>
        <translation>%1 impose sa taille de clé</translation>
    </message>
    <message>
        <source>Name the owner: the team or person responsible for this key.</source>
        <translation>Indiquez le propriétaire&#xa0;: l&apos;équipe ou la personne responsable de cette clé.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The key was not generated.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;La clé n&apos;a pas été générée.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The key was refused.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;La clé a été refusée.&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>keyward::ui::ImportKeyDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>from the key (its use or alg)</source>
        <translation>d&apos;après la clé (son use ou son alg)</translation>
    </message>
    <message>
        <source>sig — signatures</source>
        <translation>sig — signatures</translation>
    </message>
    <message>
        <source>enc — encryption</source>
        <translation>enc — chiffrement</translation>
    </message>
    <message>
        <source>Import keys</source>
        <translation>Importer des clés</translation>
    </message>
    <message>
        <source>Key files (*.jwk *.jwks *.json *.pem *.key *.p8 *.crt *.cer *.der);;All files (*)</source>
        <translation>Fichiers de clés (*.jwk *.jwks *.json *.pem *.key *.p8 *.crt *.cer *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Not read (missing, unreadable or over 4 MiB): %1</source>
        <translation>Non lu (absent, illisible ou de plus de 4 Mio)&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (encrypted)</source>
        <translation>%1 (chiffré)</translation>
    </message>
    <message>
        <source>Add a key file, or drop one here.</source>
        <translation>Ajoutez un fichier de clé, ou déposez-en un ici.</translation>
    </message>
    <message>
        <source>Name the owner: the team or person responsible for these keys.</source>
        <translation>Indiquez le propriétaire&#xa0;: l&apos;équipe ou la personne responsable de ces clés.</translation>
    </message>
    <message>
        <source>%1: enter the passphrase of this encrypted key</source>
        <translation>%1&#xa0;: saisissez la phrase secrète de cette clé chiffrée</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>✓ %1: %2 (%3 %4) → %5 in %6</source>
        <translation>✓ %1&#xa0;: %2 (%3 %4) → %5 dans %6</translation>
    </message>
    <message>
        <source>active, primary</source>
        <translation>active, principale</translation>
    </message>
    <message>
        <source>not primary</source>
        <translation>non principale</translation>
    </message>
    <message>
        <source>✗ %1: %2 — %3</source>
        <translation>✗ %1&#xa0;: %2 — %3</translation>
    </message>
    <message>
        <source>Nothing here can be imported; the list above says why.</source>
        <translation>Rien ici ne peut être importé&#xa0;; la liste ci-dessus indique pourquoi.</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1&#xa0;: %2 — %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing was imported.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Rien n&apos;a été importé.&lt;/b&gt; %1</translation>
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
        <translation>&amp;Copier la JWK publique</translation>
    </message>
    <message>
        <source>Select a key to see its public JWK, lineage and history.</source>
        <translation>Sélectionnez une clé pour voir sa JWK publique, sa filiation et son historique.</translation>
    </message>
    <message>
        <source>Public JWK</source>
        <translation>JWK publique</translation>
    </message>
    <message>
        <source>Copies the public JWK only; private material never leaves the vault this way</source>
        <translation>Copie uniquement la JWK publique&#xa0;; le matériel privé ne quitte jamais le coffre par ce moyen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>★ %1</source>
        <translation>★ %1</translation>
    </message>
    <message>
        <source>Key set</source>
        <translation>Jeu de clés</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source> — primary %1 key</source>
        <translation> — clé %1 principale</translation>
    </message>
    <message>
        <source>Use / alg</source>
        <translation>Usage / alg</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>— (no alg pinned)</source>
        <translation>— (aucun alg fixé)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>%1 %2, %3-bit strength</source>
        <translation>%1 %2, niveau de sécurité de %3 bits</translation>
    </message>
    <message>
        <source>Owner / env</source>
        <translation>Propriétaire / env.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Activates</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Retires after</source>
        <translation>Retrait après</translation>
    </message>
    <message>
        <source>Private part</source>
        <translation>Partie privée</translation>
    </message>
    <message>
        <source>held in the vault</source>
        <translation>conservée dans le coffre</translation>
    </message>
    <message>
        <source>none (public key registered)</source>
        <translation>aucune (clé publique enregistrée)</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Créée par</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Thumbprint (RFC 7638, SHA-256): %1</source>
        <translation>Empreinte (RFC 7638, SHA-256)&#xa0;: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Lineage: version %1 — predecessor %2, successor %3</source>
        <translation>Filiation&#xa0;: version %1 — prédécesseur %2, successeur %3</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>L&apos;historique n&apos;a pas pu être lu&#xa0;: %1</translation>
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
        <translation>&amp;Soumettre la demande</translation>
    </message>
    <message>
        <source>Encrypted PKCS#8 (passphrase chosen when you collect it)</source>
        <translation>PKCS#8 chiffré (phrase secrète choisie à la récupération)</translation>
    </message>
    <message>
        <source>JWE-wrapped JWK to a recipient&apos;s public key</source>
        <translation>JWK encapsulée en JWE pour la clé publique d&apos;un destinataire</translation>
    </message>
    <message>
        <source>Request retirement of %1 — Keyward</source>
        <translation>Demander le retrait de %1 — Keyward</translation>
    </message>
    <message>
        <source>Request destruction of %1 — Keyward</source>
        <translation>Demander la destruction de %1 — Keyward</translation>
    </message>
    <message>
        <source>Request private key export of %1 — Keyward</source>
        <translation>Demander l&apos;export de la clé privée de %1 — Keyward</translation>
    </message>
    <message>
        <source>Why, in a sentence the approver can check</source>
        <translation>Pourquoi, en une phrase que l&apos;approbateur peut vérifier</translation>
    </message>
    <message>
        <source>Recipient public JWK</source>
        <translation>JWK publique du destinataire</translation>
    </message>
    <message>
        <source>JWK files (*.json *.jwk);;All files (*)</source>
        <translation>Fichiers JWK (*.json *.jwk);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the file with the recipient&apos;s public JWK.</source>
        <translation>Choisissez le fichier contenant la JWK publique du destinataire.</translation>
    </message>
    <message>
        <source>The recipient file %1 cannot be read.</source>
        <translation>Le fichier du destinataire %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The recipient file is not a JWK: %1</source>
        <translation>Le fichier du destinataire n&apos;est pas une JWK&#xa0;: %1</translation>
    </message>
    <message>
        <source>The recipient file holds a private or secret key; give the recipient&apos;s public JWK only.</source>
        <translation>Le fichier du destinataire contient une clé privée ou secrète&#xa0;; fournissez uniquement la JWK publique du destinataire.</translation>
    </message>
    <message>
        <source>Request the retirement of %1 in %2</source>
        <translation>Demander le retrait de %1 dans %2</translation>
    </message>
    <message>
        <source>On approval %1 leaves the JWKS of %2: tokens it signed no longer verify.</source>
        <translation>À l&apos;approbation, %1 quitte le JWKS de %2&#xa0;: les jetons qu&apos;elle a signés ne sont plus vérifiés.</translation>
    </message>
    <message>
        <source>On approval %1 leaves the JWKS of %2 and is kept for decryption of archived data only.</source>
        <translation>À l&apos;approbation, %1 quitte le JWKS de %2 et n&apos;est conservée que pour déchiffrer des données archivées.</translation>
    </message>
    <message>
        <source>The retirement gate has passed: a successor is primary and the overlap is over.</source>
        <translation>Le contrôle de retrait est franchi&#xa0;: un successeur est principal et le chevauchement est terminé.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The retirement gate has not passed yet:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Le contrôle de retrait n&apos;est pas encore franchi&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Request the destruction of the private part of %1 in %2</source>
        <translation>Demander la destruction de la partie privée de %1 dans %2</translation>
    </message>
    <message numerus="yes">
        <source>On approval the destruction is scheduled %n day(s) later; until then any officer can cancel it.</source>
        <translation>
            <numerusform>À l&apos;approbation, la destruction est planifiée %n jour plus tard&#xa0;; d&apos;ici là, tout responsable peut l&apos;annuler.</numerusform>
            <numerusform>À l&apos;approbation, la destruction est planifiée %n jours plus tard&#xa0;; d&apos;ici là, tout responsable peut l&apos;annuler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Then the private part is erased from the vault (crypto-shred): %1 becomes destroyed and can never sign or decrypt again. Its metadata and public key are kept.</source>
        <translation>La partie privée est alors effacée du coffre (effacement cryptographique)&#xa0;: %1 devient détruite et ne pourra plus jamais signer ni déchiffrer. Ses métadonnées et sa clé publique sont conservées.</translation>
    </message>
    <message>
        <source>Request an export of the private key %1 in %2</source>
        <translation>Demander un export de la clé privée %1 dans %2</translation>
    </message>
    <message>
        <source>The key is exported as a JWE-wrapped JWK to the recipient&apos;s public key.</source>
        <translation>La clé est exportée sous forme de JWK encapsulée en JWE pour la clé publique du destinataire.</translation>
    </message>
    <message>
        <source>The key is exported as a JWE-wrapped JWK to the recipient key with thumbprint %1; only its holder can unwrap it.</source>
        <translation>La clé est exportée sous forme de JWK encapsulée en JWE pour la clé du destinataire d&apos;empreinte %1&#xa0;; seul son détenteur peut la désencapsuler.</translation>
    </message>
    <message>
        <source>The key is exported as encrypted PKCS#8; you choose its passphrase (at least 12 characters) when you collect it.</source>
        <translation>La clé est exportée en PKCS#8 chiffré&#xa0;; vous choisissez sa phrase secrète (au moins 12 caractères) lors de la récupération.</translation>
    </message>
    <message>
        <source>After approval only you, the requester, can collect it, from the Requests page. It is never exported in clear.</source>
        <translation>Après l&apos;approbation, vous seul, le demandeur, pouvez la récupérer, depuis la page Demandes. Elle n&apos;est jamais exportée en clair.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing changes until a different officer with the approver role approves with their passphrase; unapproved, the request expires in %n hour(s).</source>
        <translation>
            <numerusform>Rien ne change tant qu&apos;un autre responsable ayant le rôle d&apos;approbateur n&apos;a pas approuvé avec sa phrase secrète&#xa0;; sans approbation, la demande expire dans %n heure.</numerusform>
            <numerusform>Rien ne change tant qu&apos;un autre responsable ayant le rôle d&apos;approbateur n&apos;a pas approuvé avec sa phrase secrète&#xa0;; sans approbation, la demande expire dans %n heures.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the reason the approver will read and sign.</source>
        <translation>Saisissez la raison que l&apos;approbateur lira et signera.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The request was not submitted.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;La demande n&apos;a pas été soumise.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copies and backups of the vault made before the destruction still hold the private part&lt;/b&gt;; destroy those too. In this vault its row is wiped and the freed pages are overwritten.</source>
        <translation>&lt;b&gt;Les copies et sauvegardes du coffre faites avant la destruction contiennent toujours la partie privée&lt;/b&gt;&#xa0;; détruisez-les aussi. Dans ce coffre, sa ligne est effacée et les pages libérées sont écrasées.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The crypto-shred names %n archived sample(s)&lt;/b&gt; that become unreadable for good.</source>
        <translation>
            <numerusform>&lt;b&gt;L&apos;effacement cryptographique nomme %n échantillon archivé&lt;/b&gt; qui devient illisible pour de bon.</numerusform>
            <numerusform>&lt;b&gt;L&apos;effacement cryptographique nomme %n échantillons archivés&lt;/b&gt; qui deviennent illisibles pour de bon.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name every listed sample for the crypto-shred, or re-wrap them to a successor key first.</source>
        <translation>Nommez chaque échantillon listé pour l&apos;effacement cryptographique, ou rechiffrez-les d&apos;abord vers une clé successeur.</translation>
    </message>
</context>
<context>
    <name>keyward::ui::KeySetPolicyDialog</name>
    <message>
        <source>&amp;Save policy</source>
        <translation>Enregi&amp;strer la politique</translation>
    </message>
    <message>
        <source>Saving creates the key set %1 with this policy (audited).</source>
        <translation>L&apos;enregistrement crée le jeu de clés %1 avec cette politique (consigné dans le journal d&apos;audit).</translation>
    </message>
    <message>
        <source>Change a value first: this is the policy %1 has now.</source>
        <translation>Modifiez d&apos;abord une valeur&#xa0;: c&apos;est la politique actuelle de %1.</translation>
    </message>
    <message>
        <source>Enter the reason for the change; the approver signs it.</source>
        <translation>Saisissez la raison du changement&#xa0;; l&apos;approbateur la signe.</translation>
    </message>
    <message>
        <source>&amp;Request change</source>
        <translation>Dem&amp;ander le changement</translation>
    </message>
    <message>
        <source>&amp;Create key set</source>
        <translation>Créer le je&amp;u de clés</translation>
    </message>
    <message>
        <source>This requests a change of the policy of %1. Nothing changes until a different officer with the approver role approves; then the flags of its keys are recomputed at once, and keys already issued keep their expiry.</source>
        <translation>Ceci demande un changement de la politique de %1. Rien ne change tant qu&apos;un autre responsable ayant le rôle d&apos;approbateur n&apos;a pas approuvé&#xa0;; les signalements de ses clés sont alors recalculés immédiatement, et les clés déjà émises gardent leur expiration.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The change was not requested.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Le changement n&apos;a pas été demandé.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The key set was not created.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Le jeu de clés n&apos;a pas été créé.&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>keyward::ui::KeyTableModel</name>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>grace</source>
        <translation>en grâce</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoquée</translation>
    </message>
    <message>
        <source>destroyed</source>
        <translation>détruite</translation>
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
        <translation>expirée</translation>
    </message>
    <message>
        <source>expires ≤ final window</source>
        <translation>expire ≤ dernière fenêtre</translation>
    </message>
    <message>
        <source>expiring soon</source>
        <translation>expire bientôt</translation>
    </message>
    <message>
        <source>past cryptoperiod</source>
        <translation>cryptopériode dépassée</translation>
    </message>
    <message>
        <source>no alg pinned</source>
        <translation>aucun alg fixé</translation>
    </message>
    <message>
        <source>no alg pinned: usable with every algorithm its type and use allow</source>
        <translation>aucun alg fixé&#xa0;: utilisable avec tout algorithme que son type et son usage permettent</translation>
    </message>
    <message>
        <source>%1-bit security strength</source>
        <translation>niveau de sécurité de %1 bits</translation>
    </message>
    <message>
        <source>%1 (NIST SP 800-57: %2)</source>
        <translation>%1 (NIST SP 800-57&#xa0;: %2)</translation>
    </message>
    <message>
        <source>The primary %1 key of %2: new operations use it</source>
        <translation>La clé %1 principale de %2&#xa0;: les nouvelles opérations l&apos;utilisent</translation>
    </message>
    <message>
        <source>Kid</source>
        <translation>Kid</translation>
    </message>
    <message>
        <source>Key set</source>
        <translation>Jeu de clés</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Us.</translation>
    </message>
    <message>
        <source>Alg</source>
        <translation>Alg</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Env</source>
        <translation>Env.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
</context>
<context>
    <name>keyward::ui::KeyTimelineView</name>
    <message>
        <source>Key timeline</source>
        <translation>Chronologie des clés</translation>
    </message>
    <message>
        <source>No keys to show on the timeline.</source>
        <translation>Aucune clé à afficher sur la chronologie.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message numerus="yes">
        <source>%n more key(s) not drawn</source>
        <translation>
            <numerusform>%n clé de plus non dessinée</numerusform>
            <numerusform>%n clés de plus non dessinées</numerusform>
        </translation>
    </message>
    <message>
        <source>grace window</source>
        <translation>période de grâce</translation>
    </message>
    <message>
        <source>cryptoperiod end</source>
        <translation>fin de cryptopériode</translation>
    </message>
    <message>
        <source>expiry</source>
        <translation>expiration</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;state: %3&lt;br&gt;activates: %4&lt;br&gt;expires: %5&lt;br&gt;cryptoperiod ends: %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;état&#xa0;: %3&lt;br&gt;activation&#xa0;: %4&lt;br&gt;expiration&#xa0;: %5&lt;br&gt;fin de cryptopériode&#xa0;: %6</translation>
    </message>
</context>
<context>
    <name>keyward::ui::KeysPage</name>
    <message>
        <source>&amp;Generate…</source>
        <translation>&amp;Générer…</translation>
    </message>
    <message>
        <source>Generate a key pair or secret inside the vault</source>
        <translation>Générer une paire de clés ou un secret dans le coffre</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import keys from JWK, JWKS, PEM, encrypted PKCS#8 or X.509 files (or drop files here)</source>
        <translation>Importer des clés depuis des fichiers JWK, JWKS, PEM, PKCS#8 chiffré ou X.509 (ou déposer des fichiers ici)</translation>
    </message>
    <message>
        <source>&amp;Register public key…</source>
        <translation>&amp;Enregistrer une clé publique…</translation>
    </message>
    <message>
        <source>Register a key held elsewhere from its public JWK or PEM</source>
        <translation>Enregistrer une clé détenue ailleurs à partir de sa JWK publique ou de son PEM</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Révoquer…</translation>
    </message>
    <message>
        <source>Emergency revocation of the selected key</source>
        <translation>Révocation d&apos;urgence de la clé sélectionnée</translation>
    </message>
    <message>
        <source>Key set &amp;policy…</source>
        <translation>&amp;Politique du jeu de clés…</translation>
    </message>
    <message>
        <source>Cryptoperiod, warning windows, token TTL, skew and overlap of a key set</source>
        <translation>Cryptopériode, fenêtres d&apos;alerte, TTL des jetons, décalage d&apos;horloge et chevauchement d&apos;un jeu de clés</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>&amp;Chronologie</translation>
    </message>
    <message>
        <source>The public JWK was copied to the clipboard.</source>
        <translation>La JWK publique a été copiée dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Search kid, owner, key set or notes…</source>
        <translation>Rechercher un kid, un propriétaire, un jeu de clés ou des notes…</translation>
    </message>
    <message>
        <source>Search keys</source>
        <translation>Rechercher des clés</translation>
    </message>
    <message>
        <source>Filter by key set</source>
        <translation>Filtrer par jeu de clés</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Filtrer par état</translation>
    </message>
    <message>
        <source>Filter by use</source>
        <translation>Filtrer par usage</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Filtrer par propriétaire</translation>
    </message>
    <message>
        <source>Filter by expiry</source>
        <translation>Filtrer par expiration</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>sig and enc</source>
        <translation>sig et enc</translation>
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
        <translation>Toute expiration</translation>
    </message>
    <message>
        <source>Expiring within 7 days</source>
        <translation>Expire sous 7 jours</translation>
    </message>
    <message>
        <source>Expiring within 30 days</source>
        <translation>Expire sous 30 jours</translation>
    </message>
    <message>
        <source>Expiring within 90 days</source>
        <translation>Expire sous 90 jours</translation>
    </message>
    <message>
        <source>Due keys could not be activated: %1</source>
        <translation>Les clés arrivées à échéance n&apos;ont pas pu être activées&#xa0;: %1</translation>
    </message>
    <message>
        <source>The keys could not be read: %1</source>
        <translation>Les clés n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>All key sets</source>
        <translation>Tous les jeux de clés</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Tous les propriétaires</translation>
    </message>
    <message>
        <source>Generated %1 in %2 (%3).</source>
        <translation>%1 générée dans %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n key(s).</source>
        <translation>
            <numerusform>%n clé importée.</numerusform>
            <numerusform>%n clés importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Imported %n key(s); refused:&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>
            <numerusform>&lt;b&gt;%n clé importée&#xa0;; refusées&#xa0;:&lt;/b&gt;&lt;br&gt;%1</numerusform>
            <numerusform>&lt;b&gt;%n clés importées&#xa0;; refusées&#xa0;:&lt;/b&gt;&lt;br&gt;%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the key to revoke first.</source>
        <translation>Sélectionnez d&apos;abord la clé à révoquer.</translation>
    </message>
    <message>
        <source>Revoked %1 in %2. Break-glass review #%3 waits for a second officer&apos;s countersignature.</source>
        <translation>%1 révoquée dans %2. La revue «&#xa0;bris de glace&#xa0;» n° %3 attend la contre-signature d&apos;un second responsable.</translation>
    </message>
    <message>
        <source>Created key set %1.</source>
        <translation>Jeu de clés %1 créé.</translation>
    </message>
    <message>
        <source>Saved the policy of %1; flags were recomputed.</source>
        <translation>Politique de %1 enregistrée&#xa0;; les signalements ont été recalculés.</translation>
    </message>
    <message>
        <source>Request r&amp;otation…</source>
        <translation>Demander une r&amp;otation…</translation>
    </message>
    <message>
        <source>Ask for a successor to become primary; a second officer approves</source>
        <translation>Demander qu&apos;un successeur devienne principal&#xa0;; un second responsable approuve</translation>
    </message>
    <message>
        <source>Request re&amp;tirement…</source>
        <translation>Demander le re&amp;trait…</translation>
    </message>
    <message>
        <source>Ask for a grace or non-primary key to leave service once the retirement gate passed</source>
        <translation>Demander qu&apos;une clé en grâce ou non principale quitte le service une fois le contrôle de retrait franchi</translation>
    </message>
    <message>
        <source>Request &amp;destruction…</source>
        <translation>Demander la &amp;destruction…</translation>
    </message>
    <message>
        <source>Ask for the private part to be erased after a waiting period</source>
        <translation>Demander que la partie privée soit effacée après un délai d&apos;attente</translation>
    </message>
    <message>
        <source>Request private key &amp;export…</source>
        <translation>Demander l&apos;e&amp;xport de la clé privée…</translation>
    </message>
    <message>
        <source>Ask for an encrypted export of the private key (PKCS#8 or JWE), never in clear</source>
        <translation>Demander un export chiffré de la clé privée (PKCS#8 ou JWE), jamais en clair</translation>
    </message>
    <message>
        <source>Select the primary key to rotate first.</source>
        <translation>Sélectionnez d&apos;abord la clé principale à faire tourner.</translation>
    </message>
    <message>
        <source>Select a key first.</source>
        <translation>Sélectionnez d&apos;abord une clé.</translation>
    </message>
    <message numerus="yes">
        <source>Registered %n public key(s), without a private part in Keyward.</source>
        <translation>
            <numerusform>%n clé publique enregistrée, sans partie privée dans Keyward.</numerusform>
            <numerusform>%n clés publiques enregistrées, sans partie privée dans Keyward.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>keyward::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>The language changes when Keyward is started again.</source>
        <translation>La langue change au prochain démarrage de Keyward.</translation>
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
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Trust map</source>
        <translation>Carte de confiance</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Échantillons</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Verrouiller le coffre maintenant (Ctrl+L)</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Dossier du coffre</translation>
    </message>
    <message>
        <source>Search %1 (Ctrl+F)</source>
        <translation>Rechercher dans %1 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Nothing to search on this page</source>
        <translation>Rien à rechercher sur cette page</translation>
    </message>
    <message>
        <source>Unlocked as %1 (%2)</source>
        <translation>Déverrouillé en tant que %1 (%2)</translation>
    </message>
    <message>
        <source>Auto-lock off</source>
        <translation>Verrouillage automatique désactivé</translation>
    </message>
    <message>
        <source>Locks in %1:%2</source>
        <extracomment>Status bar: time left before the vault locks itself, as m:ss.</extracomment>
        <translation>Verrouillage dans %1:%2</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Coffre</translation>
    </message>
    <message>
        <source>V&amp;iew</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Changer la &amp;phrase secrète…</translation>
    </message>
    <message>
        <source>Your passphrase is changed.</source>
        <translation>Votre phrase secrète a été changée.</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>A&amp;ctions</translation>
    </message>
</context>
<context>
    <name>keyward::ui::MessageWidget</name>
    <message>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>keyward::ui::NavigationRail</name>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n waiting</source>
        <extracomment>Accessible text of a navigation item with a badge: page name, number of waiting items.</extracomment>
        <translation>
            <numerusform>%1, %n en attente</numerusform>
            <numerusform>%1, %n en attente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::ui::NewPassphraseFields</name>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-la&#xa0;:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Robustesse&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase secrète</translation>
    </message>
    <message>
        <source>The new passphrase needs at least %1 characters.</source>
        <translation>La nouvelle phrase secrète doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>Les deux nouvelles phrases secrètes ne concordent pas.</translation>
    </message>
</context>
<context>
    <name>keyward::ui::OfficerForm</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase secrète</translation>
    </message>
    <message>
        <source>Required for this officer</source>
        <translation>Obligatoire pour ce responsable</translation>
    </message>
    <message>
        <source>Enter the officer&apos;s name.</source>
        <translation>Saisissez le nom du responsable.</translation>
    </message>
    <message>
        <source>A name uses letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; and starts with a letter or digit.</source>
        <translation>Un nom se compose de lettres, de chiffres, de «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;» et commence par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>An officer named &quot;%1&quot; already exists.</source>
        <translation>Un responsable nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Choisissez au moins un rôle.</translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>Saisissez une phrase secrète.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>La phrase secrète doit compter au moins %n caractère.</numerusform>
            <numerusform>La phrase secrète doit compter au moins %n caractères.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::ui::OfficerModel</name>
    <message>
        <source>%1 (you)</source>
        <extracomment>An officer&apos;s name in the list, marking the officer who is signed in.</extracomment>
        <translation>%1 (vous)</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(illisible)</translation>
    </message>
    <message>
        <source>(vault creation)</source>
        <translation>(création du coffre)</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acceptés</translation>
    </message>
    <message>
        <source>Pending first unlock</source>
        <translation>En attente du premier déverrouillage</translation>
    </message>
    <message>
        <source>RFC 7638 thumbprint (SHA-256) of the officer&apos;s signing key:
%1</source>
        <translation>Empreinte RFC 7638 (SHA-256) de la clé de signature du responsable&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Clé de signature</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Ajouté par</translation>
    </message>
    <message>
        <source>Custodian duties</source>
        <translation>Devoirs de dépositaire</translation>
    </message>
</context>
<context>
    <name>keyward::ui::OfficerPage</name>
    <message>
        <source>First officer</source>
        <translation>Premier responsable</translation>
    </message>
    <message>
        <source>You: the officer who sets up the vault. Admin and key officer are usual roles.</source>
        <translation>Vous&#xa0;: le responsable qui met en place le coffre. Administrateur et responsable des clés sont les rôles habituels.</translation>
    </message>
    <message>
        <source>Second officer (approver)</source>
        <translation>Second responsable (approbateur)</translation>
    </message>
    <message>
        <source>A different person who approves the first officer&apos;s requests.</source>
        <translation>Une autre personne, qui approuve les demandes du premier responsable.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hand the keyboard to the second officer now.&lt;/b&gt; They type their own passphrase below; nobody else, including you, should know it.</source>
        <translation>&lt;b&gt;Confiez maintenant le clavier au second responsable.&lt;/b&gt; Il saisit ci-dessous sa propre phrase secrète&#xa0;; personne d&apos;autre, vous compris, ne doit la connaître.</translation>
    </message>
    <message>
        <source>Measuring how hard this computer can make passphrase guessing, then creating the vault. This takes a moment…</source>
        <translation>Mesure de la difficulté que cet ordinateur peut opposer à la devinette des phrases secrètes, puis création du coffre. Cela prend un instant…</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>Création du coffre</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>Cré&amp;er le coffre</translation>
    </message>
</context>
<context>
    <name>keyward::ui::OfficerReauthWidget</name>
    <message>
        <source>&amp;Approving officer:</source>
        <translation>&amp;Responsable qui approuve&#xa0;:</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Passphrase of the chosen officer</source>
        <translation>Phrase secrète du responsable choisi</translation>
    </message>
    <message>
        <source>Their own passphrase, typed now</source>
        <translation>Sa propre phrase secrète, saisie maintenant</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>An officer in the re-authentication combo: name — roles.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Wrong passphrase for %1.&lt;/b&gt; Nothing was signed. Check the officer and Caps Lock, then type the passphrase again.</source>
        <translation>&lt;b&gt;Phrase secrète erronée pour %1.&lt;/b&gt; Rien n&apos;a été signé. Vérifiez le responsable et la touche Verr. Maj, puis saisissez à nouveau la phrase secrète.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 could not be authenticated.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1 n&apos;a pas pu être authentifié.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Checking the passphrase</source>
        <translation>Vérification de la phrase secrète</translation>
    </message>
    <message>
        <source>Checking %1&apos;s passphrase…</source>
        <translation>Vérification de la phrase secrète de %1…</translation>
    </message>
</context>
<context>
    <name>keyward::ui::OfficerRequestDialog</name>
    <message>
        <source>&amp;Submit request</source>
        <translation>&amp;Soumettre la demande</translation>
    </message>
    <message>
        <source>Request removal of %1 — Keyward</source>
        <translation>Demander le retrait de %1 — Keyward</translation>
    </message>
    <message>
        <source>Change roles of %1 — Keyward</source>
        <translation>Modifier les rôles de %1 — Keyward</translation>
    </message>
    <message>
        <source>On approval %1 (%2) loses access: their keyslot is removed and the vault is re-keyed, so their passphrase opens nothing any more.</source>
        <translation>À l&apos;approbation, %1 (%2) perd l&apos;accès&#xa0;: son emplacement de clé est retiré et le coffre rechiffré, si bien que sa phrase secrète n&apos;ouvre plus rien.</translation>
    </message>
    <message>
        <source>An offboarding review opens: consider rotating the keys %1 could reach.</source>
        <translation>Une revue de départ s&apos;ouvre&#xa0;: envisagez la rotation des clés auxquelles %1 avait accès.</translation>
    </message>
    <message>
        <source>On approval the roles of %1 change from &lt;b&gt;%2&lt;/b&gt; to &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>À l&apos;approbation, les rôles de %1 passent de &lt;b&gt;%2&lt;/b&gt; à &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Nothing changes until a different officer with the approver role approves with their passphrase.</source>
        <translation>Rien ne change tant qu&apos;un autre responsable ayant le rôle d&apos;approbateur n&apos;a pas approuvé avec sa phrase secrète.</translation>
    </message>
    <message>
        <source>An officer holds at least one role; to take every role away, request their removal.</source>
        <translation>Un responsable a au moins un rôle&#xa0;; pour lui retirer tous ses rôles, demandez son retrait.</translation>
    </message>
    <message>
        <source>Tick or untick a role first: these are the roles %1 holds now.</source>
        <translation>Cochez ou décochez d&apos;abord un rôle&#xa0;: ce sont les rôles que %1 a actuellement.</translation>
    </message>
    <message>
        <source>Enter the reason the approver will read and sign.</source>
        <translation>Saisissez la raison que l&apos;approbateur lira et signera.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The request was not submitted.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;La demande n&apos;a pas été soumise.&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>keyward::ui::OfficersPage</name>
    <message>
        <source>Filter officers by name or role…</source>
        <translation>Filtrer les responsables par nom ou rôle…</translation>
    </message>
    <message>
        <source>Filter officers</source>
        <translation>Filtrer les responsables</translation>
    </message>
    <message>
        <source>&amp;Add officer…</source>
        <translation>&amp;Ajouter un responsable…</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>The officers could not be read: %1</source>
        <translation>Les responsables n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 was added. They acknowledge their custodian duties on their first unlock.</source>
        <translation>%1 a été ajouté. Il accepte ses devoirs de dépositaire lors de son premier déverrouillage.</translation>
    </message>
    <message>
        <source>Only an officer with the admin role can add officers</source>
        <translation>Seul un responsable ayant le rôle d&apos;administrateur peut ajouter des responsables</translation>
    </message>
    <message>
        <source>&lt;b&gt;This vault is not operational yet.&lt;/b&gt; Governed operations need a second officer with the approver role. Add one now.</source>
        <translation>&lt;b&gt;Ce coffre n&apos;est pas encore opérationnel.&lt;/b&gt; Les opérations encadrées exigent un second responsable ayant le rôle d&apos;approbateur. Ajoutez-en un maintenant.</translation>
    </message>
    <message>
        <source>Request &amp;removal…</source>
        <translation>Demander le re&amp;trait…</translation>
    </message>
    <message>
        <source>Change &amp;roles…</source>
        <translation>Modifier les &amp;rôles…</translation>
    </message>
    <message>
        <source>Add the second officer; they type their own passphrase</source>
        <translation>Ajouter le second responsable&#xa0;; il saisit sa propre phrase secrète</translation>
    </message>
    <message>
        <source>Request a new officer; they type their own passphrase, a second officer approves</source>
        <translation>Demander un nouveau responsable&#xa0;; il saisit sa propre phrase secrète, un second responsable approuve</translation>
    </message>
    <message>
        <source>Request a change of the selected officer&apos;s roles</source>
        <translation>Demander un changement des rôles du responsable sélectionné</translation>
    </message>
    <message>
        <source>You cannot request your own removal</source>
        <translation>Vous ne pouvez pas demander votre propre retrait</translation>
    </message>
    <message>
        <source>Request the removal of the selected officer</source>
        <translation>Demander le retrait du responsable sélectionné</translation>
    </message>
    <message>
        <source>Vault fingerprint: none yet (an admin&apos;s next unlock signs the roster).</source>
        <translation>Empreinte du coffre&#xa0;: pas encore (le prochain déverrouillage par un administrateur signe la liste des responsables).</translation>
    </message>
    <message>
        <source>Vault fingerprint: %1</source>
        <translation>Empreinte du coffre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enrollment &amp;half…</source>
        <translation>&amp;Moitié d&apos;enrôlement…</translation>
    </message>
    <message>
        <source>Your half of %1&apos;s enrollment: &lt;code&gt;%2&lt;/code&gt;&lt;br&gt;Give it to %1 in person; they need it and the other officer&apos;s half to enroll.</source>
        <translation>Votre moitié de l&apos;enrôlement de %1&#xa0;: &lt;code&gt;%2&lt;/code&gt;&lt;br&gt;Remettez-la en main propre à %1&#xa0;; pour s&apos;enrôler, %1 en a besoin ainsi que de la moitié de l&apos;autre responsable.</translation>
    </message>
    <message>
        <source>Show your half of the selected officer&apos;s enrollment, to hand over</source>
        <translation>Afficher votre moitié de l&apos;enrôlement du responsable sélectionné, pour la lui remettre</translation>
    </message>
</context>
<context>
    <name>keyward::ui::OutcomeChart</name>
    <message>
        <source>(no kid)</source>
        <translation>(pas de kid)</translation>
    </message>
</context>
<context>
    <name>keyward::ui::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Coffre</translation>
    </message>
    <message>
        <source>Audit chain</source>
        <translation>Chaîne d&apos;audit</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Événements d&apos;audit</translation>
    </message>
    <message>
        <source>Trust map</source>
        <translation>Carte de confiance</translation>
    </message>
    <message>
        <source>Approvers: %1 · </source>
        <translation>Approbateurs&#xa0;: %1 · </translation>
    </message>
    <message>
        <source>Manage officers</source>
        <translation>Gérer les responsables</translation>
    </message>
    <message>
        <source>Could not read the officers: %1</source>
        <translation>Impossible de lire les responsables&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open the audit log</source>
        <translation>Ouvrir le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Not verified yet. %1</source>
        <translation>Pas encore vérifiée. %1</translation>
    </message>
    <message>
        <source>Verify now</source>
        <translation>Vérifier maintenant</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>Intacte</translation>
    </message>
    <message>
        <source>Every hash and link verified · </source>
        <translation>Chaque hachage et chaque lien vérifiés · </translation>
    </message>
    <message>
        <source>Show events</source>
        <translation>Afficher les événements</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Rompue</translation>
    </message>
    <message>
        <source>At event %1: %2 · </source>
        <translation>À l&apos;événement %1&#xa0;: %2 · </translation>
    </message>
    <message>
        <source>Investigate</source>
        <translation>Enquêter</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Opérationnel</translation>
    </message>
    <message>
        <source>Two-person rule in force: a second approver exists.</source>
        <translation>Règle des deux personnes en vigueur&#xa0;: un second approbateur existe.</translation>
    </message>
    <message>
        <source>Needs an approver</source>
        <translation>Il faut un approbateur</translation>
    </message>
    <message>
        <source>Governed operations wait for a second officer with the approver role. </source>
        <translation>Les opérations encadrées attendent un second responsable ayant le rôle d&apos;approbateur. </translation>
    </message>
    <message>
        <source>Add one</source>
        <translation>En ajouter un</translation>
    </message>
    <message>
        <source>Requests waiting for me</source>
        <translation>Demandes qui m&apos;attendent</translation>
    </message>
    <message>
        <source>Unreviewed acts</source>
        <translation>Actes non revus</translation>
    </message>
    <message>
        <source>Approve or reject</source>
        <translation>Approuver ou rejeter</translation>
    </message>
    <message>
        <source>Nothing to decide · </source>
        <translation>Rien à décider · </translation>
    </message>
    <message>
        <source>Show requests</source>
        <translation>Afficher les demandes</translation>
    </message>
    <message>
        <source>Acts done alone that a second officer must countersign · </source>
        <translation>Actes faits seuls qu&apos;un second responsable doit contresigner · </translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revoir</translation>
    </message>
    <message>
        <source>Every break-glass act was countersigned</source>
        <translation>Chaque acte «&#xa0;bris de glace&#xa0;» a été contresigné</translation>
    </message>
    <message>
        <source>Stale trust</source>
        <translation>Confiance périmée</translation>
    </message>
    <message>
        <source>Rotations converging</source>
        <translation>Rotations en convergence</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the trust map: %1</source>
        <translation>Impossible de lire la carte de confiance&#xa0;: %1</translation>
    </message>
    <message>
        <source>No workload registered yet · </source>
        <translation>Aucune charge de travail enregistrée pour l&apos;instant · </translation>
    </message>
    <message>
        <source>Open the trust map</source>
        <translation>Ouvrir la carte de confiance</translation>
    </message>
    <message>
        <source>Nothing to converge: no workload trusts a key set yet.</source>
        <translation>Rien à faire converger&#xa0;: aucune charge de travail ne fait encore confiance à un jeu de clés.</translation>
    </message>
    <message>
        <source>Workloads still using a retired or revoked kid:</source>
        <translation>Charges de travail qui utilisent encore un kid retiré ou révoqué&#xa0;:</translation>
    </message>
    <message>
        <source>Show on the trust map</source>
        <translation>Afficher sur la carte de confiance</translation>
    </message>
    <message>
        <source>No workload uses a retired or revoked kid · </source>
        <translation>Aucune charge de travail n&apos;utilise de kid retiré ou révoqué · </translation>
    </message>
    <message>
        <source>Keys in grace that may not be retired yet:</source>
        <translation>Clés en grâce qui ne peuvent pas encore être retirées&#xa0;:</translation>
    </message>
    <message>
        <source>See what blocks them</source>
        <translation>Voir ce qui les bloque</translation>
    </message>
    <message>
        <source>Every rotation has converged · </source>
        <translation>Toutes les rotations ont convergé · </translation>
    </message>
</context>
<context>
    <name>keyward::ui::PassphraseStrength</name>
    <message>
        <source>Weak: add words or characters</source>
        <translation>Faible&#xa0;: ajoutez des mots ou des caractères</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Très forte</translation>
    </message>
    <message numerus="yes">
        <source>Too short: at least %n character(s)</source>
        <translation>
            <numerusform>Trop courte&#xa0;: au moins %n caractère</numerusform>
            <numerusform>Trop courte&#xa0;: au moins %n caractères</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::ui::RegisterKeyDialog</name>
    <message>
        <source>&amp;Register</source>
        <translation>En&amp;registrer</translation>
    </message>
    <message>
        <source>from the key (its use or alg)</source>
        <translation>d&apos;après la clé (son use ou son alg)</translation>
    </message>
    <message>
        <source>sig — verify their signatures</source>
        <translation>sig — vérifier ses signatures</translation>
    </message>
    <message>
        <source>enc — encrypt to them</source>
        <translation>enc — chiffrer pour elle</translation>
    </message>
    <message>
        <source>Paste a public JWK, JWK Set, SPKI PEM or certificate.</source>
        <translation>Collez une JWK publique, un JWK Set, un PEM SPKI ou un certificat.</translation>
    </message>
    <message>
        <source>Name the owner: who holds the private part of this key.</source>
        <translation>Indiquez le propriétaire&#xa0;: qui détient la partie privée de cette clé.</translation>
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
        <translation>Rien ici ne peut être enregistré.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing was registered.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Rien n&apos;a été enregistré.&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>keyward::ui::RequestDetailPane</name>
    <message>
        <source>Select a request to see exactly what it changes, who decided and whether their signatures verify.</source>
        <translation>Sélectionnez une demande pour voir exactement ce qu&apos;elle change, qui a décidé et si les signatures se vérifient.</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Ce qui change</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Decisions and their signatures</source>
        <translation>Décisions et leurs signatures</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>&lt;b&gt;Outcome&lt;/b&gt;&lt;table&gt;%1&lt;/table&gt;</source>
        <translation>&lt;b&gt;Résultat&lt;/b&gt;&lt;table&gt;%1&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c0392b&apos;&gt;&lt;b&gt;Execution failed:&lt;/b&gt; %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c0392b&apos;&gt;&lt;b&gt;Échec de l&apos;exécution&#xa0;:&lt;/b&gt; %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>n° %1 · %2</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Demandée par</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <source>%1 of %2 required</source>
        <translation>%1 sur %2 requises</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>Planifiée pour</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Exécutée</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifiée</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rejetée&#xa0;: %1</translation>
    </message>
    <message>
        <source>✔ verifies with %1&apos;s public key</source>
        <translation>✔ vérifiée avec la clé publique de %1</translation>
    </message>
    <message>
        <source>✘ does not verify: %1</source>
        <translation>✘ ne se vérifie pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>EdDSA JWS by %1 over the canonical request, %2 bytes</source>
        <translation>JWS EdDSA de %1 sur la demande canonique, %2 octets</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>Pas encore de décision</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>Détails de la demande</translation>
    </message>
</context>
<context>
    <name>keyward::ui::RequestPresenter</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>planifiée</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>incident</translation>
    </message>
    <message>
        <source>offboarding</source>
        <translation>départ</translation>
    </message>
    <message>
        <source>expiry</source>
        <translation>expiration</translation>
    </message>
    <message>
        <source>%1 (pre-published)</source>
        <translation>%1 (prépubliée)</translation>
    </message>
    <message>
        <source>%1 (generated at approval)</source>
        <translation>%1 (générée à l&apos;approbation)</translation>
    </message>
    <message>
        <source>a new key generated at approval (kid: its RFC 7638 thumbprint)</source>
        <translation>une nouvelle clé générée à l&apos;approbation (kid&#xa0;: son empreinte RFC 7638)</translation>
    </message>
    <message>
        <source>Primary %1 key of %2</source>
        <translation>Clé %1 principale de %2</translation>
    </message>
    <message>
        <source>State of %1</source>
        <translation>État de %1</translation>
    </message>
    <message>
        <source>active, primary</source>
        <translation>active, principale</translation>
    </message>
    <message>
        <source>grace; retirable after an overlap of %1</source>
        <translation>en grâce&#xa0;; retirable après un chevauchement de %1</translation>
    </message>
    <message>
        <source>grace; retirable once the overlap has passed</source>
        <translation>en grâce&#xa0;; retirable une fois le chevauchement passé</translation>
    </message>
    <message>
        <source>the predecessor&apos;s</source>
        <translation>ceux du prédécesseur</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>New key&apos;s algorithm</source>
        <translation>Algorithme de la nouvelle clé</translation>
    </message>
    <message>
        <source>%1 (same as the predecessor)</source>
        <translation>%1 (comme le prédécesseur)</translation>
    </message>
    <message>
        <source>New key&apos;s owner / environment</source>
        <translation>Propriétaire / environnement de la nouvelle clé</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>New key expires</source>
        <translation>Expiration de la nouvelle clé</translation>
    </message>
    <message>
        <source>after the key set&apos;s cryptoperiod</source>
        <translation>après la cryptopériode du jeu de clés</translation>
    </message>
    <message>
        <source>Reason category</source>
        <translation>Catégorie de raison</translation>
    </message>
    <message>
        <source>Cryptoperiod</source>
        <translation>Cryptopériode</translation>
    </message>
    <message>
        <source>First expiry warning</source>
        <translation>Première alerte d&apos;expiration</translation>
    </message>
    <message>
        <source>Final expiry warning</source>
        <translation>Dernière alerte d&apos;expiration</translation>
    </message>
    <message>
        <source>Longest token TTL</source>
        <translation>TTL de jeton la plus longue</translation>
    </message>
    <message>
        <source>Clock skew</source>
        <translation>Décalage d&apos;horloge</translation>
    </message>
    <message>
        <source>Minimum overlap</source>
        <translation>Chevauchement minimal</translation>
    </message>
    <message>
        <source>Default environment</source>
        <translation>Environnement par défaut</translation>
    </message>
    <message>
        <source>Bundle signing key</source>
        <translation>Clé de signature du lot</translation>
    </message>
    <message>
        <source>Rotate %1 in %2</source>
        <translation>Rotation de %1 dans %2</translation>
    </message>
    <message>
        <source>Rotate %1 in %2 (%3)</source>
        <translation>Rotation de %1 dans %2 (%3)</translation>
    </message>
    <message>
        <source>Retire %1 in %2</source>
        <translation>Retrait de %1 dans %2</translation>
    </message>
    <message>
        <source>Destroy the private material of %1 in %2</source>
        <translation>Destruction du matériel privé de %1 dans %2</translation>
    </message>
    <message>
        <source>Export the private key of %1 in %2 (%3)</source>
        <translation>Export de la clé privée de %1 dans %2 (%3)</translation>
    </message>
    <message>
        <source>Add officer %1 (%2)</source>
        <translation>Ajout du responsable %1 (%2)</translation>
    </message>
    <message>
        <source>Remove officer %1</source>
        <translation>Retrait du responsable %1</translation>
    </message>
    <message>
        <source>Change the roles of %1 to %2</source>
        <translation>Changement des rôles de %1 en %2</translation>
    </message>
    <message>
        <source>Change the policy of key set %1</source>
        <translation>Changement de la politique du jeu de clés %1</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>In the JWKS of %1</source>
        <translation>Dans le JWKS de %1</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publiée</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>Private material of %1</source>
        <translation>Matériel privé de %1</translation>
    </message>
    <message>
        <source>held in the vault</source>
        <translation>conservé dans le coffre</translation>
    </message>
    <message>
        <source>erased (crypto-shred) %1 after approval; any officer may cancel until then</source>
        <translation>effacé (effacement cryptographique) %1 après l&apos;approbation&#xa0;; d&apos;ici là, tout responsable peut annuler</translation>
    </message>
    <message>
        <source>as now</source>
        <translation>comme maintenant</translation>
    </message>
    <message>
        <source>destroyed</source>
        <translation>détruit</translation>
    </message>
    <message>
        <source>also in a JWE-wrapped JWK for the key %1</source>
        <translation>aussi dans une JWK encapsulée en JWE pour la clé %1</translation>
    </message>
    <message>
        <source>also in a passphrase-encrypted PKCS#8 file the requester writes</source>
        <translation>aussi dans un fichier PKCS#8 chiffré par phrase secrète qu&apos;écrit le demandeur</translation>
    </message>
    <message>
        <source>Private key of %1</source>
        <translation>Clé privée de %1</translation>
    </message>
    <message>
        <source>only in the vault</source>
        <translation>uniquement dans le coffre</translation>
    </message>
    <message>
        <source>Officer %1</source>
        <translation>Responsable %1</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Personal signing key</source>
        <translation>Clé de signature personnelle</translation>
    </message>
    <message>
        <source>removed; the vault is re-keyed without their keyslot</source>
        <translation>retiré&#xa0;; le coffre est rechiffré sans son emplacement de clé</translation>
    </message>
    <message>
        <source>Offboarding review</source>
        <translation>Revue de départ</translation>
    </message>
    <message>
        <source>opens; a second officer countersigns it</source>
        <translation>s&apos;ouvre&#xa0;; un second responsable la contresigne</translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>Rôles de %1</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>Successeur</translation>
    </message>
    <message>
        <source>Successor version</source>
        <translation>Version du successeur</translation>
    </message>
    <message>
        <source>Successor thumbprint</source>
        <translation>Empreinte du successeur</translation>
    </message>
    <message>
        <source>Successor generated</source>
        <translation>Successeur généré</translation>
    </message>
    <message>
        <source>Predecessor retires after</source>
        <translation>Retrait du prédécesseur après</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Chevauchement</translation>
    </message>
    <message>
        <source>Why this overlap</source>
        <translation>Pourquoi ce chevauchement</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>After approval</source>
        <translation>Après approbation</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Exécutée</translation>
    </message>
    <message>
        <source>Expiry %1</source>
        <translation>Expiration %1</translation>
    </message>
    <message>
        <source>Expired %1 ago, at %2</source>
        <translation>Expirée depuis %1, le %2</translation>
    </message>
    <message>
        <source>Expires in %1, at %2</source>
        <translation>Expire dans %1, le %2</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 heures</translation>
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
        <translation>aucune (%1 a été révoquée)</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoquée</translation>
    </message>
    <message>
        <source>revoked (unchanged; no overlap)</source>
        <translation>révoquée (inchangée&#xa0;; pas de chevauchement)</translation>
    </message>
    <message>
        <source>Copies and backups of the vault</source>
        <translation>Copies et sauvegardes du coffre</translation>
    </message>
    <message>
        <source>hold the private material</source>
        <translation>contiennent le matériel privé</translation>
    </message>
    <message>
        <source>still hold it: only this vault is wiped</source>
        <translation>le contiennent toujours&#xa0;: seul ce coffre est effacé</translation>
    </message>
    <message>
        <source>Archived samples only %1 decrypts</source>
        <translation>Échantillons archivés que seule %1 déchiffre</translation>
    </message>
    <message numerus="yes">
        <source>%n readable</source>
        <translation>
            <numerusform>%n lisible</numerusform>
            <numerusform>%n lisibles</numerusform>
        </translation>
    </message>
    <message>
        <source>unreadable for good (crypto-shred), SHA-256 %1</source>
        <translation>illisible pour de bon (effacement cryptographique), SHA-256 %1</translation>
    </message>
</context>
<context>
    <name>keyward::ui::RequestService</name>
    <message>
        <source>Request #%1 (%2 of %3) waits for a second officer with the approver role; nothing changes until then. &lt;a href=&quot;page:requests&quot;&gt;Open Requests&lt;/a&gt;</source>
        <translation>La demande n° %1 (%2 sur %3) attend un second responsable ayant le rôle d&apos;approbateur&#xa0;; rien ne change d&apos;ici là. &lt;a href=&quot;page:requests&quot;&gt;Ouvrir les demandes&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>keyward::ui::RequestTableModel</name>
    <message>
        <source>%1 (you)</source>
        <extracomment>The requester column, marking the unlocked officer&apos;s own requests.</extracomment>
        <translation>%1 (vous)</translation>
    </message>
    <message>
        <source>Approved — execution failed</source>
        <translation>Approuvée — échec de l&apos;exécution</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>Approvals received of approvals required, e.g. &quot;0 / 1&quot;.</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>%1
Reason: %2</source>
        <translation>%1
Raison&#xa0;: %2</translation>
    </message>
    <message>
        <source>Approved; runs at %1 unless an officer cancels it first</source>
        <translation>Approuvée&#xa0;; s&apos;exécute le %1 sauf si un responsable l&apos;annule avant</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
</context>
<context>
    <name>keyward::ui::RequestsPage</name>
    <message>
        <source>&amp;Approve or reject…</source>
        <translation>&amp;Approuver ou rejeter…</translation>
    </message>
    <message>
        <source>Decide the selected request: the deciding officer types their own passphrase</source>
        <translation>Décider de la demande sélectionnée&#xa0;: le responsable qui décide saisit sa propre phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation>A&amp;nnuler la demande</translation>
    </message>
    <message>
        <source>Withdraw your pending request, or stop a scheduled destruction</source>
        <translation>Retirer votre demande en attente, ou arrêter une destruction planifiée</translation>
    </message>
    <message>
        <source>C&amp;ountersign…</source>
        <translation>&amp;Contresigner…</translation>
    </message>
    <message>
        <source>A second officer countersigns an act done alone</source>
        <translation>Un second responsable contresigne un acte fait seul</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Search kid, officer, key set or reason…</source>
        <translation>Rechercher un kid, un responsable, un jeu de clés ou une raison…</translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>Rechercher des demandes</translation>
    </message>
    <message>
        <source>The requests could not be read: %1</source>
        <translation>Les demandes n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>The reviews could not be read: %1</source>
        <translation>Les revues n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>Waiting for me (%1)</source>
        <translation>M&apos;attendent (%1)</translation>
    </message>
    <message>
        <source>Waiting for me</source>
        <translation>M&apos;attendent</translation>
    </message>
    <message>
        <source>My requests</source>
        <translation>Mes demandes</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Reviews (%1 open)</source>
        <translation>Revues (%1 ouvertes)</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revues</translation>
    </message>
    <message>
        <source>Select a pending request first.</source>
        <translation>Sélectionnez d&apos;abord une demande en attente.</translation>
    </message>
    <message>
        <source>&lt;b&gt;#%1 was approved by %2, but executing it failed:&lt;/b&gt; %3. Nothing else changed.</source>
        <translation>&lt;b&gt;La n° %1 a été approuvée par %2, mais son exécution a échoué&#xa0;:&lt;/b&gt; %3. Rien d&apos;autre n&apos;a changé.</translation>
    </message>
    <message>
        <source>#%1 was approved by %2 and applied: %3.</source>
        <translation>La n° %1 a été approuvée par %2 et appliquée&#xa0;: %3.</translation>
    </message>
    <message>
        <source>#%1 was rejected by %2.</source>
        <translation>La n° %1 a été rejetée par %2.</translation>
    </message>
    <message>
        <source>#%1 was approved by %2; it runs at %3 unless an officer cancels it first.</source>
        <translation>La n° %1 a été approuvée par %2&#xa0;; elle s&apos;exécute le %3 sauf si un responsable l&apos;annule avant.</translation>
    </message>
    <message>
        <source>#%1 was approved by %2 (%3 of %4 approvals).</source>
        <translation>La n° %1 a été approuvée par %2 (%3 approbations sur %4).</translation>
    </message>
    <message>
        <source>&lt;b&gt;#%1 was not cancelled.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;La n° %1 n&apos;a pas été annulée.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>#%1 was cancelled; nothing changes.</source>
        <translation>La n° %1 a été annulée&#xa0;; rien ne change.</translation>
    </message>
    <message>
        <source>Review #%1 was countersigned by %2.</source>
        <translation>La revue n° %1 a été contresignée par %2.</translation>
    </message>
    <message>
        <source>Request #%1 was changed by another Keyward program since it was shown here (it is now %2). Nothing was changed; review it and try again.</source>
        <translation>La demande n° %1 a été modifiée par un autre programme Keyward depuis son affichage ici (elle est maintenant %2). Rien n&apos;a été modifié&#xa0;; examinez-la et réessayez.</translation>
    </message>
    <message>
        <source>Acts awaiting countersignature</source>
        <translation>Actes en attente de contre-signature</translation>
    </message>
</context>
<context>
    <name>keyward::ui::ReviewTableModel</name>
    <message>
        <source>Break-glass revocation</source>
        <translation>Révocation «&#xa0;bris de glace&#xa0;»</translation>
    </message>
    <message>
        <source>Offboarding</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>Open — needs a countersignature</source>
        <translation>Ouverte — contre-signature requise</translation>
    </message>
    <message>
        <source>Countersigned by %1 at %2</source>
        <translation>Contresignée par %1 le %2</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Opened by</source>
        <translation>Ouverte par</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
</context>
<context>
    <name>keyward::ui::RevokeKeyDialog</name>
    <message>
        <source>&amp;Revoke now</source>
        <translation>&amp;Révoquer maintenant</translation>
    </message>
    <message>
        <source>It leaves the JWKS of &lt;b&gt;%1&lt;/b&gt; at once; verifiers stop trusting it on their next fetch.</source>
        <translation>Elle quitte immédiatement le JWKS de &lt;b&gt;%1&lt;/b&gt;&#xa0;; les vérificateurs cessent de lui faire confiance à leur prochaine récupération.</translation>
    </message>
    <message>
        <source>Signatures it made are flagged when verified.</source>
        <translation>Les signatures qu&apos;elle a produites sont signalées à la vérification.</translation>
    </message>
    <message>
        <source>Tokens encrypted to it are flagged when decrypted.</source>
        <translation>Les jetons chiffrés pour elle sont signalés au déchiffrement.</translation>
    </message>
    <message>
        <source>A revoked key is never reactivated.</source>
        <translation>Une clé révoquée n&apos;est jamais réactivée.</translation>
    </message>
    <message>
        <source>You act alone: a break-glass review opens, and a second officer must countersign it.</source>
        <translation>Vous agissez seul&#xa0;: une revue «&#xa0;bris de glace&#xa0;» s&apos;ouvre, et un second responsable doit la contresigner.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Revoke %1 in %2?&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%3&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Révoquer %1 dans %2&#xa0;?&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%3&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 was not revoked.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1 n&apos;a pas été révoquée.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>It stops being the primary %1 key: &lt;b&gt;%2 has no primary %1 key&lt;/b&gt; until a rotation to a successor is approved by a second officer.</source>
        <translation>Elle cesse d&apos;être la clé %1 principale&#xa0;: &lt;b&gt;%2 n&apos;a plus de clé %1 principale&lt;/b&gt; tant qu&apos;un second responsable n&apos;a pas approuvé une rotation vers un successeur.</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <extracomment>A successor offered in the revoke dialog: kid, alg and state (&quot;active&quot; or &quot;pending&quot;).</extracomment>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>no alg pinned</source>
        <translation>aucun alg fixé</translation>
    </message>
    <message>
        <source>a new key like this one</source>
        <translation>une nouvelle clé comme celle-ci</translation>
    </message>
    <message>
        <source>&amp;Revoke and request rotation</source>
        <translation>Révoquer et &amp;demander la rotation</translation>
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
        <translation>Le chevauchement n&apos;a pas pu être calculé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 after the handover (requested; the retirement gate computes %2).</source>
        <translation>%1 après la relève (demandé&#xa0;; le contrôle de retrait calcule %2).</translation>
    </message>
    <message>
        <source>%1 after the handover, the overlap the retirement gate computes (again at execution). %2</source>
        <translation>%1 après la relève, le chevauchement calculé par le contrôle de retrait (de nouveau à l&apos;exécution). %2</translation>
    </message>
    <message>
        <source>Choose an overlap: the computed one is not available.</source>
        <translation>Choisissez un chevauchement&#xa0;: celui calculé n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>The overlap cannot be shorter than what the gate computes (%1): verifiers could still hold tokens signed by the old key.</source>
        <translation>Le chevauchement ne peut pas être plus court que celui calculé par le contrôle (%1)&#xa0;: des vérificateurs pourraient encore détenir des jetons signés par l&apos;ancienne clé.</translation>
    </message>
</context>
<context>
    <name>keyward::ui::RotationReasonPage</name>
    <message>
        <source>Rotating &lt;b&gt;%1&lt;/b&gt;, the primary %2 key of &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>Rotation de &lt;b&gt;%1&lt;/b&gt;, la clé %2 principale de &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <extracomment>Rotation reason categories (SPEC §4); the key in brackets is stored.</extracomment>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Offboarding</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>A planned rotation, e.g. at the end of the key set&apos;s cryptoperiod.</source>
        <translation>Une rotation prévue, p. ex. à la fin de la cryptopériode du jeu de clés.</translation>
    </message>
    <message>
        <source>Suspected exposure. If the key is known to be compromised, revoke it at once instead: revocation does not wait for an approver.</source>
        <translation>Exposition soupçonnée. Si la clé est avérée compromise, révoquez-la plutôt immédiatement&#xa0;: la révocation n&apos;attend pas d&apos;approbateur.</translation>
    </message>
    <message>
        <source>Someone who could reach the key&apos;s private part has left.</source>
        <translation>Une personne qui avait accès à la partie privée de la clé est partie.</translation>
    </message>
    <message>
        <source>The key expires soon and must be replaced before it does.</source>
        <translation>La clé expire bientôt et doit être remplacée avant.</translation>
    </message>
    <message>
        <source>Enter the reason the approver will read and sign.</source>
        <translation>Saisissez la raison que l&apos;approbateur lira et signera.</translation>
    </message>
    <message>
        <source>Rotating &lt;b&gt;%1&lt;/b&gt;, the revoked former primary %2 key of &lt;b&gt;%3&lt;/b&gt;: the set has no primary %2 key until this rotation is approved.</source>
        <translation>Rotation de &lt;b&gt;%1&lt;/b&gt;, l&apos;ancienne clé %2 principale révoquée de &lt;b&gt;%3&lt;/b&gt;&#xa0;: le jeu n&apos;a pas de clé %2 principale tant que cette rotation n&apos;est pas approuvée.</translation>
    </message>
</context>
<context>
    <name>keyward::ui::RotationSuccessorPage</name>
    <message>
        <source>%1, %2 %3, owner %4, environment %5</source>
        <translation>%1, %2 %3, propriétaire %4, environnement %5</translation>
    </message>
    <message>
        <source>no alg pinned</source>
        <translation>aucun alg fixé</translation>
    </message>
    <message>
        <source>A new key generated at execution: %1.</source>
        <translation>Une nouvelle clé générée à l&apos;exécution&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 — %2 %3, owner %4</source>
        <translation>%1 — %2 %3, propriétaire %4</translation>
    </message>
    <message>
        <source>No active non-primary %1 key in %2</source>
        <translation>Aucune clé %1 active non principale dans %2</translation>
    </message>
    <message>
        <source>Choose the pre-published key.</source>
        <translation>Choisissez la clé prépubliée.</translation>
    </message>
    <message>
        <source>Enter the owner of the new key (a team or a person).</source>
        <translation>Saisissez le propriétaire de la nouvelle clé (une équipe ou une personne).</translation>
    </message>
    <message>
        <source>Enter the environment of the new key (e.g. prod).</source>
        <translation>Saisissez l&apos;environnement de la nouvelle clé (p. ex. prod).</translation>
    </message>
    <message>
        <source>The expiry must be in the future.</source>
        <translation>L&apos;expiration doit se situer dans le futur.</translation>
    </message>
    <message>
        <source>The kid &quot;%1&quot; already names a key in key set %2; a kid is never reused for other key material.</source>
        <translation>Le kid «&#xa0;%1&#xa0;» désigne déjà une clé du jeu de clés %2&#xa0;; un kid n&apos;est jamais réutilisé pour un autre matériel de clé.</translation>
    </message>
    <message>
        <source>the pre-published key &lt;b&gt;%1&lt;/b&gt;, already in the JWKS of %2</source>
        <translation>la clé prépubliée &lt;b&gt;%1&lt;/b&gt;, déjà dans le JWKS de %2</translation>
    </message>
    <message>
        <source>a new key generated at execution with the same parameters (%1), expiring one cryptoperiod (%2) after execution</source>
        <translation>une nouvelle clé générée à l&apos;exécution avec les mêmes paramètres (%1), qui expire une cryptopériode (%2) après l&apos;exécution</translation>
    </message>
    <message>
        <source>expiring %1</source>
        <translation>expire le %1</translation>
    </message>
    <message>
        <source>expiring one cryptoperiod (%1) after execution</source>
        <translation>expire une cryptopériode (%1) après l&apos;exécution</translation>
    </message>
    <message>
        <source>its RFC 7638 thumbprint as kid</source>
        <translation>son empreinte RFC 7638 comme kid</translation>
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
        <translation>une nouvelle clé %1 générée à l&apos;exécution, propriétaire %2, environnement %3, avec %4, %5</translation>
    </message>
</context>
<context>
    <name>keyward::ui::RotationWizard</name>
    <message>
        <source>Request rotation of %1 — Keyward</source>
        <translation>Demander la rotation de %1 — Keyward</translation>
    </message>
    <message>
        <source>&amp;Submit request</source>
        <translation>&amp;Soumettre la demande</translation>
    </message>
    <message>
        <source>Reason: %1 — %2</source>
        <translation>Raison&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source>Successor: %1.</source>
        <translation>Successeur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>On execution the successor becomes the primary %1 key of %2, and &lt;b&gt;%3&lt;/b&gt; goes to grace: still published for verifiers, no longer used for new operations.</source>
        <translation>À l&apos;exécution, le successeur devient la clé %1 principale de %2, et &lt;b&gt;%3&lt;/b&gt; passe en période de grâce&#xa0;: toujours publiée pour les vérificateurs, plus utilisée pour de nouvelles opérations.</translation>
    </message>
    <message>
        <source>%1 may be retired %2 Its retirement date is set at execution and shown in the inventory.</source>
        <translation>%1 pourra être retirée&#xa0;: %2 Sa date de retrait est fixée à l&apos;exécution et affichée dans l&apos;inventaire.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing changes until a different officer with the approver role approves with their passphrase; unapproved, the request expires in %n hour(s).</source>
        <translation>
            <numerusform>Rien ne change tant qu&apos;un autre responsable ayant le rôle d&apos;approbateur n&apos;a pas approuvé avec sa phrase secrète&#xa0;; sans approbation, la demande expire dans %n heure.</numerusform>
            <numerusform>Rien ne change tant qu&apos;un autre responsable ayant le rôle d&apos;approbateur n&apos;a pas approuvé avec sa phrase secrète&#xa0;; sans approbation, la demande expire dans %n heures.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Request the rotation of %1 in %2&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%3&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Demander la rotation de %1 dans %2&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%3&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The rotation was not requested.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;La rotation n&apos;a pas été demandée.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>On execution the successor becomes the primary %1 key of %2, which has none since &lt;b&gt;%3&lt;/b&gt; was revoked; %3 stays revoked.</source>
        <translation>À l&apos;exécution, le successeur devient la clé %1 principale de %2, qui n&apos;en a plus depuis la révocation de &lt;b&gt;%3&lt;/b&gt;&#xa0;; %3 reste révoquée.</translation>
    </message>
</context>
<context>
    <name>keyward::ui::SamplesPage</name>
    <message>
        <source>not tested</source>
        <translation>non testé</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Importer des fichiers…</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>Importer un dossier…</translation>
    </message>
    <message>
        <source>Run test-decrypt</source>
        <translation>Lancer l&apos;essai de déchiffrement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Folder contains…</source>
        <translation>Le dossier contient…</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
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
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Archived samples&lt;/h2&gt;Test-decrypt archived JWE payloads with the vault&apos;s keys, chosen by kid, before a key is retired or destroyed. Drop files or folders here to import them.</source>
        <translation>&lt;h2&gt;Échantillons archivés&lt;/h2&gt;Effectuez un essai de déchiffrement des charges utiles JWE archivées avec les clés du coffre, choisies par kid, avant le retrait ou la destruction d&apos;une clé. Déposez ici des fichiers ou des dossiers pour les importer.</translation>
    </message>
    <message>
        <source>Import JWE samples</source>
        <translation>Importer des échantillons JWE</translation>
    </message>
    <message>
        <source>Import a folder of JWE samples</source>
        <translation>Importer un dossier d&apos;échantillons JWE</translation>
    </message>
    <message>
        <source>Decrypts with %1.</source>
        <translation>Se déchiffre avec %1.</translation>
    </message>
    <message>
        <source>Decrypts, but only with %1, which is retired: re-wrap it to the successor key.</source>
        <translation>Se déchiffre, mais uniquement avec %1, qui est retirée&#xa0;: rechiffrez l&apos;échantillon pour la clé successeur.</translation>
    </message>
    <message>
        <source>Decrypts with %1, which was revoked: presume its content exposed.</source>
        <translation>Se déchiffre avec %1, qui a été révoquée&#xa0;: considérez son contenu comme exposé.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Run %1&lt;/b&gt; by %2, %3 — %4 of %5 samples tested%6.</source>
        <translation>&lt;b&gt;Essai %1&lt;/b&gt; par %2, %3 — %4 échantillons testés sur %5%6.</translation>
    </message>
    <message>
        <source> (cancelled: partial run)</source>
        <translation> (annulé&#xa0;: essai partiel)</translation>
    </message>
    <message>
        <source>No test run yet.</source>
        <translation>Aucun essai pour l&apos;instant.</translation>
    </message>
    <message>
        <source>All kids</source>
        <translation>Tous les kids</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 bytes, %3 serialization, SHA-256 %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 octets, sérialisation %3, SHA-256 %4</translation>
    </message>
    <message>
        <source>&lt;br&gt;Plaintext: %1 bytes, SHA-256 %2 (the plaintext itself is never kept or shown).</source>
        <translation>&lt;br&gt;Texte en clair&#xa0;: %1 octets, SHA-256 %2 (le texte en clair lui-même n&apos;est jamais conservé ni affiché).</translation>
    </message>
    <message>
        <source>%1 of %2 — about %3 s left</source>
        <translation>%1 sur %2 — environ %3 s restantes</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Reading sample files…</source>
        <translation>Lecture des fichiers d&apos;échantillons…</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>%1 ignoré&#xa0;: %2</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Run %1 cancelled: %2 of %3 samples tested and kept as a partial run.</source>
        <translation>Essai %1 annulé&#xa0;: %2 échantillons sur %3 testés et conservés comme essai partiel.</translation>
    </message>
    <message>
        <source>Run %1: %2 of %3 samples decrypt with a current key.</source>
        <translation>Essai %1&#xa0;: %2 échantillons sur %3 se déchiffrent avec une clé actuelle.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new sample(s); files read: %1, duplicates: %2.</source>
        <translation>
            <numerusform>%n nouvel échantillon importé&#xa0;; fichiers lus&#xa0;: %1, doublons&#xa0;: %2.</numerusform>
            <numerusform>%n nouveaux échantillons importés&#xa0;; fichiers lus&#xa0;: %1, doublons&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by folder</source>
        <translation>Filtrer par dossier</translation>
    </message>
    <message>
        <source>Filter by outcome</source>
        <translation>Filtrer par résultat</translation>
    </message>
    <message>
        <source>Filter by kid</source>
        <translation>Filtrer par kid</translation>
    </message>
    <message>
        <source>Archived samples and their outcomes</source>
        <translation>Échantillons archivés et leurs résultats</translation>
    </message>
    <message>
        <source> (stored before runs were sealed by the audit log: no gate counts it)</source>
        <translation> (enregistré avant que les tests ne soient scellés par le journal d&apos;audit&#xa0;: aucun contrôle n&apos;en tient compte)</translation>
    </message>
</context>
<context>
    <name>keyward::ui::ShredSampleList</name>
    <message>
        <source>&amp;Name all for crypto-shred</source>
        <translation>&amp;Tous les nommer pour l&apos;effacement cryptographique</translation>
    </message>
    <message>
        <source>Archived samples the crypto-shred makes unreadable</source>
        <translation>Échantillons archivés que l&apos;effacement cryptographique rend illisibles</translation>
    </message>
    <message numerus="yes">
        <source>%n archived sample(s) can be decrypted with %1 alone: destroying it makes them unreadable for good. Re-wrap them to a successor key first, or name each one here for the crypto-shred the approver signs.</source>
        <translation>
            <numerusform>%n échantillon archivé ne peut être déchiffré qu&apos;avec %1&#xa0;: la détruire le rend illisible pour de bon. Rechiffrez-le d&apos;abord vers une clé successeur, ou nommez-le ici pour l&apos;effacement cryptographique que l&apos;approbateur signe.</numerusform>
            <numerusform>%n échantillons archivés ne peuvent être déchiffrés qu&apos;avec %1&#xa0;: la détruire les rend illisibles pour de bon. Rechiffrez-les d&apos;abord vers une clé successeur, ou nommez chacun ici pour l&apos;effacement cryptographique que l&apos;approbateur signe.</numerusform>
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
        <translation>Carte de confiance sous forme de tableau</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Exporter en &amp;PNG…</translation>
    </message>
    <message>
        <source>Save the whole map as a PNG picture</source>
        <translation>Enregistrer toute la carte en image PNG</translation>
    </message>
    <message>
        <source>Export &amp;SVG…</source>
        <translation>Exporter en &amp;SVG…</translation>
    </message>
    <message>
        <source>Save the whole map as an SVG drawing</source>
        <translation>Enregistrer toute la carte en dessin SVG</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <source>Trust map</source>
        <translation>Carte de confiance</translation>
    </message>
    <message>
        <source>&amp;Graph</source>
        <translation>&amp;Graphe</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Fit the whole map</source>
        <translation>Ajuster à la carte entière</translation>
    </message>
    <message>
        <source>Click a kid to see its blast radius · drag to pan · wheel to zoom · arrows to walk</source>
        <translation>Cliquez sur un kid pour voir son rayon d&apos;impact · faites glisser pour vous déplacer · molette pour zoomer · flèches pour naviguer</translation>
    </message>
    <message>
        <source>Retire readiness</source>
        <translation>Préparation au retrait</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Could not read the trust map: %1</source>
        <translation>Impossible de lire la carte de confiance&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n key set(s)</source>
        <translation>
            <numerusform>%n jeu de clés</numerusform>
            <numerusform>%n jeux de clés</numerusform>
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
            <numerusform>%n charge de travail</numerusform>
            <numerusform>%n charges de travail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with stale trust</source>
        <translation>
            <numerusform>%n avec une confiance périmée</numerusform>
            <numerusform>%n avec une confiance périmée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rotation(s) converging</source>
        <translation>
            <numerusform>%n rotation en cours de convergence</numerusform>
            <numerusform>%n rotations en cours de convergence</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyward trust map — %1</source>
        <translation>Carte de confiance Keyward — %1</translation>
    </message>
    <message>
        <source>Choose a file name ending in .png or .svg.</source>
        <translation>Choisissez un nom de fichier se terminant par .png ou .svg.</translation>
    </message>
    <message>
        <source>Export the trust map</source>
        <translation>Exporter la carte de confiance</translation>
    </message>
    <message>
        <source>Saved the trust map to %1.</source>
        <translation>Carte de confiance enregistrée dans %1.</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>No workload is registered yet. Register them with “Add workload…” or “Import workloads…” (a CSV/JSON list), then bring in what they use with “Import observations…” — or the same from “keyward-cli workload” and “keyward-cli observe import”.</source>
        <translation>Aucune charge de travail n&apos;est encore enregistrée. Enregistrez-les avec «&#xa0;Ajouter une charge de travail…&#xa0;» ou «&#xa0;Importer des charges de travail…&#xa0;» (une liste CSV/JSON), puis importez ce qu&apos;elles utilisent avec «&#xa0;Importer des observations…&#xa0;» — ou faites de même avec «&#xa0;keyward-cli workload&#xa0;» et «&#xa0;keyward-cli observe import&#xa0;».</translation>
    </message>
    <message>
        <source>Import &amp;observations…</source>
        <translation>Importer des &amp;observations…</translation>
    </message>
    <message>
        <source>Import which workloads used which kids (CSV or JSON Lines)</source>
        <translation>Importer quelles charges de travail ont utilisé quels kids (CSV ou JSON Lines)</translation>
    </message>
    <message>
        <source>&amp;Add workload…</source>
        <translation>&amp;Ajouter une charge de travail…</translation>
    </message>
    <message>
        <source>Register a workload and what it trusts</source>
        <translation>Enregistrer une charge de travail et ce à quoi elle fait confiance</translation>
    </message>
    <message>
        <source>&amp;Edit workload…</source>
        <translation>&amp;Modifier la charge de travail…</translation>
    </message>
    <message>
        <source>Change the workload selected in the graph or the table</source>
        <translation>Modifier la charge de travail sélectionnée dans le graphe ou le tableau</translation>
    </message>
    <message>
        <source>&amp;Remove workload…</source>
        <translation>&amp;Supprimer la charge de travail…</translation>
    </message>
    <message>
        <source>Remove the selected workload and its observations</source>
        <translation>Supprimer la charge de travail sélectionnée et ses observations</translation>
    </message>
    <message>
        <source>Import &amp;workloads…</source>
        <translation>Importer des &amp;charges de travail…</translation>
    </message>
    <message>
        <source>Register workloads from a CSV or JSON file: all or nothing</source>
        <translation>Enregistrer des charges de travail depuis un fichier CSV ou JSON&#xa0;: tout ou rien</translation>
    </message>
    <message>
        <source>Registered workload %1.</source>
        <translation>Charge de travail %1 enregistrée.</translation>
    </message>
    <message>
        <source>Workload %1 is no longer registered.</source>
        <translation>La charge de travail %1 n&apos;est plus enregistrée.</translation>
    </message>
    <message>
        <source>Saved workload %1.</source>
        <translation>Charge de travail %1 enregistrée.</translation>
    </message>
    <message>
        <source>Remove workload</source>
        <translation>Supprimer la charge de travail</translation>
    </message>
    <message>
        <source>Remove workload %1 and everything observed about it? Its trust no longer counts for the blast radius or for the retirement gate.</source>
        <translation>Supprimer la charge de travail %1 et tout ce qui a été observé à son sujet&#xa0;? Sa confiance ne comptera plus ni pour le rayon d&apos;impact ni pour le contrôle de retrait.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Workload %1 was not removed.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;La charge de travail %1 n&apos;a pas été supprimée.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Removed workload %1 and its observations.</source>
        <translation>Charge de travail %1 et ses observations supprimées.</translation>
    </message>
    <message>
        <source>CSV or JSON files (*.csv *.json *.jsonl *.ndjson *.log *.txt);;All files (*)</source>
        <translation>Fichiers CSV ou JSON (*.csv *.json *.jsonl *.ndjson *.log *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Import observations</source>
        <translation>Importer des observations</translation>
    </message>
    <message>
        <source>Reading observations from %1…</source>
        <translation>Lecture des observations depuis %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import of %1 cancelled: nothing was added.</source>
        <translation>Import de %1 annulé&#xa0;: rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 was not imported.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1 n&apos;a pas été importé.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>%1 was imported before: nothing was added.</source>
        <translation>%1 a déjà été importé&#xa0;: rien n&apos;a été ajouté.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n line(s) read</source>
        <translation>
            <numerusform>%1 importé&#xa0;: %n ligne lue</numerusform>
            <numerusform>%1 importé&#xa0;: %n lignes lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n observation(s) accepted</source>
        <translation>
            <numerusform>, %n observation acceptée</numerusform>
            <numerusform>, %n observations acceptées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n workload–kid pair(s)</source>
        <translation>
            <numerusform>, %n paire charge de travail–kid</numerusform>
            <numerusform>, %n paires charge de travail–kid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n line(s) skipped.</source>
        <translation>
            <numerusform>, %n ligne ignorée.</numerusform>
            <numerusform>, %n lignes ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import workloads</source>
        <translation>Importer des charges de travail</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MiB.</source>
        <translation>%1 dépasse 64 Mio.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Nothing was imported: %n line(s) need fixing.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Rien n&apos;a été importé&#xa0;: %n ligne doit être corrigée.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Rien n&apos;a été importé&#xa0;: %n lignes doivent être corrigées.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n workload(s) from %1.</source>
        <translation>
            <numerusform>%n charge de travail importée depuis %1.</numerusform>
            <numerusform>%n charges de travail importées depuis %1.</numerusform>
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
        <translation>Observations</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>toolbar label of Add workload</comment>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>toolbar label of Edit workload</comment>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>toolbar label of Remove workload</comment>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Workloads</source>
        <comment>toolbar label of Import workloads</comment>
        <translation>Charges de travail</translation>
    </message>
</context>
<context>
    <name>keyward::ui::UnlockDialog</name>
    <message>
        <source>Unlocking</source>
        <translation>Déverrouillage</translation>
    </message>
    <message>
        <source>&lt;b&gt;This vault cannot be opened.&lt;/b&gt; %1&lt;br&gt;Nothing was changed. Restore the vault folder from a backup, or start Keyward with --vault to choose another one.</source>
        <translation>&lt;b&gt;Ce coffre ne peut pas être ouvert.&lt;/b&gt; %1&lt;br&gt;Rien n&apos;a été modifié. Restaurez le dossier du coffre depuis une sauvegarde, ou lancez Keyward avec --vault pour en choisir un autre.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo vault&lt;/b&gt; — a throwaway vault in a temporary folder, deleted when Keyward exits. Its officers and passphrases:</source>
        <translation>&lt;b&gt;Coffre de démonstration&lt;/b&gt; — un coffre jetable dans un dossier temporaire, supprimé à la fermeture de Keyward. Ses responsables et leurs phrases secrètes&#xa0;:</translation>
    </message>
    <message>
        <source>Unlocking as %1…</source>
        <translation>Déverrouillage en tant que %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Wrong passphrase for %1.&lt;/b&gt; Check the officer and Caps Lock, then try again.</source>
        <translation>&lt;b&gt;Phrase secrète erronée pour %1.&lt;/b&gt; Vérifiez le responsable et la touche Verr. Maj, puis réessayez.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The vault is damaged.&lt;/b&gt; %1&lt;br&gt;Nothing was changed. Restore it from a backup.</source>
        <translation>&lt;b&gt;Le coffre est endommagé.&lt;/b&gt; %1&lt;br&gt;Rien n&apos;a été modifié. Restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This vault was written by a newer Keyward.&lt;/b&gt; %1&lt;br&gt;Update Keyward to open it; nothing was changed.</source>
        <translation>&lt;b&gt;Ce coffre a été écrit par un Keyward plus récent.&lt;/b&gt; %1&lt;br&gt;Mettez Keyward à jour pour l&apos;ouvrir&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The vault could not be unlocked.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Le coffre n&apos;a pas pu être déverrouillé.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>You can try again in %1 s.</source>
        <extracomment>Shown after a wrong passphrase while the unlock button waits.</extracomment>
        <translation>Vous pourrez réessayer dans %1 s.</translation>
    </message>
    <message>
        <source>&amp;Enroll…</source>
        <translation>&amp;Enrôlement…</translation>
    </message>
    <message>
        <source>First run of a new officer: enroll with both halves and choose your passphrase.</source>
        <translation>Premier lancement d&apos;un nouveau responsable&#xa0;: enrôlez-vous avec les deux moitiés et choisissez votre phrase secrète.</translation>
    </message>
</context>
<context>
    <name>keyward::ui::VaultChangeWatcher</name>
    <message>
        <source>Another Keyward program removed an officer and re-keyed this vault, so this window was locked. Unlock again with your passphrase.</source>
        <translation>Un autre programme Keyward a retiré un responsable et rechiffré ce coffre&#xa0;; cette fenêtre a donc été verrouillée. Déverrouillez à nouveau avec votre phrase secrète.</translation>
    </message>
</context>
<context>
    <name>keyward::ui::VerifyExportDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Verify an export</source>
        <translation>Vérifier un export</translation>
    </message>
    <message>
        <source>Checks a JWKS bundle or an audit export folder exactly as an auditor would, without opening any vault: digests, signatures, the officer roster, the hash chain and the Merkle tree.</source>
        <translation>Vérifie un lot JWKS ou un dossier d&apos;export d&apos;audit exactement comme le ferait un auditeur, sans ouvrir aucun coffre&#xa0;: condensés, signatures, liste des responsables, chaîne de hachage et arbre de Merkle.</translation>
    </message>
    <message>
        <source>Optional: the previous audit export you received</source>
        <translation>Facultatif&#xa0;: le précédent export d&apos;audit que vous avez reçu</translation>
    </message>
    <message>
        <source>Optional: the vault fingerprint your officers gave you</source>
        <translation>Facultatif&#xa0;: l&apos;empreinte du coffre que vos responsables vous ont communiquée</translation>
    </message>
    <message>
        <source>Export folder:</source>
        <translation>Dossier d&apos;export&#xa0;:</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Dossier d&apos;export</translation>
    </message>
    <message>
        <source>Earlier export:</source>
        <translation>Export précédent&#xa0;:</translation>
    </message>
    <message>
        <source>Earlier export</source>
        <translation>Export précédent</translation>
    </message>
    <message>
        <source>Vault &amp;fingerprint:</source>
        <translation>&amp;Empreinte du coffre&#xa0;:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Ce qui a été vérifié</translation>
    </message>
    <message>
        <source>audit export</source>
        <translation>export d&apos;audit</translation>
    </message>
    <message>
        <source>JWKS bundle</source>
        <translation>lot JWKS</translation>
    </message>
    <message>
        <source>%1 holds neither manifest.jws (an audit export) nor manifest.json (a JWKS bundle).</source>
        <translation>%1 ne contient ni manifest.jws (un export d&apos;audit) ni manifest.json (un lot JWKS).</translation>
    </message>
    <message>
        <source>✓ passed</source>
        <translation>✓ réussi</translation>
    </message>
    <message>
        <source>✗ FAILED</source>
        <translation>✗ ÉCHEC</translation>
    </message>
    <message>
        <source>! note</source>
        <translation>! remarque</translation>
    </message>
    <message>
        <source>This %1 verifies: nothing in it was changed, added, removed or reordered.</source>
        <translation>Ce %1 est vérifié&#xa0;: rien n&apos;y a été modifié, ajouté, supprimé ni réordonné.</translation>
    </message>
    <message>
        <source>This %1 does NOT verify: %2</source>
        <translation>Ce %1 ne se vérifie PAS&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>keyward::ui::WelcomePage</name>
    <message>
        <source>Create a Keyward vault</source>
        <translation>Créer un coffre Keyward</translation>
    </message>
    <message>
        <source>No vault was found, so Keyward will create one.</source>
        <translation>Aucun coffre n&apos;a été trouvé&#xa0;: Keyward va en créer un.</translation>
    </message>
    <message>
        <source>A vault is an encrypted folder that holds your key inventory, the officers who govern it and a tamper-evident audit log. Each officer unlocks it with their own passphrase.</source>
        <translation>Un coffre est un dossier chiffré qui contient votre inventaire de clés, les responsables qui le gouvernent et un journal d&apos;audit infalsifiable. Chaque responsable le déverrouille avec sa propre phrase secrète.</translation>
    </message>
    <message>
        <source>The vault will be created in:</source>
        <translation>Le coffre sera créé dans&#xa0;:</translation>
    </message>
    <message>
        <source>Start Keyward with --vault PATH (or set KEYWARD_VAULT) to use another folder.</source>
        <translation>Lancez Keyward avec --vault CHEMIN (ou définissez KEYWARD_VAULT) pour utiliser un autre dossier.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Two officers are needed.&lt;/b&gt; Keyward enforces a two-person rule: rotations, retirements and other governed changes are requested by one officer and approved by another. You will set up the first officer, then the second officer (an approver) types their own passphrase.</source>
        <translation>&lt;b&gt;Deux responsables sont nécessaires.&lt;/b&gt; Keyward applique la règle des deux personnes&#xa0;: rotations, retraits et autres changements encadrés sont demandés par un responsable et approuvés par un autre. Vous créez le premier responsable, puis le second (un approbateur) saisit sa propre phrase secrète.</translation>
    </message>
</context>
<context>
    <name>keyward::ui::appearance::HighContrastAction</name>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Contraste élevé</translation>
    </message>
    <message>
        <source>White text on black, yellow selection and focus</source>
        <translation>Texte blanc sur noir, sélection et focus en jaune</translation>
    </message>
    <message>
        <source>High contrast is on: white on black, with a yellow frame around the focus.</source>
        <translation>Le contraste élevé est activé&#xa0;: blanc sur noir, avec un cadre jaune autour du focus.</translation>
    </message>
    <message>
        <source>High contrast is off.</source>
        <translation>Le contraste élevé est désactivé.</translation>
    </message>
</context>
<context>
    <name>keyward::ui::trustmap::NodeItem</name>
    <message>
        <source>converging</source>
        <extracomment>Trust map: tag on a key in grace whose rotation has not converged (it may not be retired yet).</extracomment>
        <translation>en convergence</translation>
    </message>
    <message>
        <source>stale</source>
        <extracomment>Trust map: tag on a workload still using a retired or revoked kid.</extracomment>
        <translation>périmé</translation>
    </message>
</context>
<context>
    <name>keyward::ui::trustmap::RetireReadinessPanel</name>
    <message>
        <source>What still blocks the retirement</source>
        <translation>Ce qui bloque encore le retrait</translation>
    </message>
    <message>
        <source>Retire readiness</source>
        <translation>Préparation au retrait</translation>
    </message>
    <message>
        <source>Select a kid on the map or in the table to see whether it may be retired and what still blocks it.</source>
        <translation>Sélectionnez un kid sur la carte ou dans le tableau pour voir s&apos;il peut être retiré et ce qui le bloque encore.</translation>
    </message>
    <message>
        <source>Retire %1?</source>
        <translation>Retirer %1&#xa0;?</translation>
    </message>
    <message>
        <source>pins this kid</source>
        <translation>fixe ce kid</translation>
    </message>
    <message>
        <source>trusts the key set</source>
        <translation>fait confiance au jeu de clés</translation>
    </message>
    <message>
        <source>was seen using this kid</source>
        <translation>utilise ce kid d&apos;après les observations</translation>
    </message>
    <message>
        <source>has not refreshed its JWKS since %1 was published</source>
        <translation>n&apos;a pas rafraîchi son JWKS depuis la publication de %1</translation>
    </message>
    <message>
        <source>pins this kid: it must be unpinned</source>
        <translation>fixe ce kid&#xa0;: cette fixation doit être levée</translation>
    </message>
    <message>
        <source>tokens signed before the handover may still be valid</source>
        <translation>des jetons signés avant la relève peuvent encore être valides</translation>
    </message>
    <message>
        <source>Already out of service (%1). Workloads still using it are stale trust:</source>
        <translation>Déjà hors service (%1). Les charges de travail qui l&apos;utilisent encore relèvent de la confiance périmée&#xa0;:</translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation>dernière observation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Already out of service (%1); no workload still uses it.</source>
        <translation>Déjà hors service (%1)&#xa0;; plus aucune charge de travail ne l&apos;utilise.</translation>
    </message>
    <message>
        <source>Token lifetime:</source>
        <translation>Durée de vie des jetons&#xa0;:</translation>
    </message>
    <message>
        <source>clears %1</source>
        <translation>se lève le %1</translation>
    </message>
    <message>
        <source>never clears by itself</source>
        <translation>ne se lève jamais de lui-même</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not yet:&lt;/b&gt; %1 is the primary of %2; rotate it first. After the rotation the map shows when every workload has converged.</source>
        <translation>&lt;b&gt;Pas encore&#xa0;:&lt;/b&gt; %1 est la clé principale de %2&#xa0;; faites-en d&apos;abord la rotation. Après la rotation, la carte indique quand toutes les charges de travail ont convergé.</translation>
    </message>
    <message>
        <source>Ready to retire.</source>
        <translation>Prête pour le retrait.</translation>
    </message>
    <message>
        <source>Every workload converged at %1.</source>
        <translation>Toutes les charges de travail ont convergé le %1.</translation>
    </message>
    <message>
        <source>No workload still depends on it.</source>
        <translation>Plus aucune charge de travail n&apos;en dépend.</translation>
    </message>
    <message>
        <source>Not yet.</source>
        <translation>Pas encore.</translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s) left</source>
        <translation>
            <numerusform>%n blocage restant</numerusform>
            <numerusform>%n blocages restants</numerusform>
        </translation>
    </message>
    <message>
        <source>; converges at %1 if nothing changes.</source>
        <translation>; convergence le %1 si rien ne change.</translation>
    </message>
    <message>
        <source>; one of them does not clear by itself.</source>
        <translation>; l&apos;un d&apos;eux ne se lève pas de lui-même.</translation>
    </message>
    <message>
        <source>State: %1. </source>
        <translation>État&#xa0;: %1. </translation>
    </message>
</context>
<context>
    <name>keyward::ui::trustmap::TrustGraphExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not encode the map as PNG (%1 × %2 pixels).</source>
        <translation>Impossible d&apos;encoder la carte en PNG (%1 × %2 pixels).</translation>
    </message>
    <message>
        <source>Keyward trust map: key sets, kids and the workloads that trust them.</source>
        <translation>Carte de confiance Keyward&#xa0;: jeux de clés, kids et charges de travail qui leur font confiance.</translation>
    </message>
</context>
<context>
    <name>keyward::ui::trustmap::TrustGraphScene</name>
    <message>
        <source>Key set %1</source>
        <translation>Jeu de clés %1</translation>
    </message>
    <message>
        <source>Workload %1 (%2), still using a retired or revoked kid</source>
        <translation>Charge de travail %1 (%2), utilise encore un kid retiré ou révoqué</translation>
    </message>
    <message>
        <source>Workload %1 (%2)</source>
        <translation>Charge de travail %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Kid %1 in %2, %3%4: %n workload(s) break if it vanishes</source>
        <extracomment>Kid summary: kid, key set, state, then how many workloads break / are exposed.</extracomment>
        <translation>
            <numerusform>Kid %1 dans %2, %3%4&#xa0;: %n charge de travail tombe en panne s&apos;il disparaît</numerusform>
            <numerusform>Kid %1 dans %2, %3%4&#xa0;: %n charges de travail tombent en panne s&apos;il disparaît</numerusform>
        </translation>
    </message>
    <message>
        <source>, primary</source>
        <translation>, principale</translation>
    </message>
    <message numerus="yes">
        <source>, %n exposed if it leaks</source>
        <translation>
            <numerusform>, %n exposée s&apos;il fuit</numerusform>
            <numerusform>, %n exposées s&apos;il fuit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::ui::trustmap::TrustGraphView</name>
    <message>
        <source>Trust map graph</source>
        <translation>Graphe de la carte de confiance</translation>
    </message>
    <message>
        <source>Key sets, their kids and the workloads that trust them. Arrow keys move between nodes; plus and minus zoom; 0 fits the map.</source>
        <translation>Jeux de clés, leurs kids et les charges de travail qui leur font confiance. Les touches fléchées passent d&apos;un nœud à l&apos;autre&#xa0;; plus et moins zooment&#xa0;; 0 ajuste la carte à la fenêtre.</translation>
    </message>
    <message>
        <source>Nothing selected. Arrow keys move between nodes.</source>
        <translation>Aucune sélection. Les touches fléchées passent d&apos;un nœud à l&apos;autre.</translation>
    </message>
</context>
<context>
    <name>keyward::ui::trustmap::TrustLegend</name>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Kid: %1</source>
        <translation>Kid&#xa0;: %1</translation>
    </message>
    <message>
        <source>Workload with stale trust</source>
        <translation>Charge de travail à la confiance périmée</translation>
    </message>
    <message>
        <source>Declared trust, not observed</source>
        <translation>Confiance déclarée, non observée</translation>
    </message>
    <message>
        <source>Observed, not declared</source>
        <translation>Observée, non déclarée</translation>
    </message>
    <message>
        <source>Declared and observed</source>
        <translation>Déclarée et observée</translation>
    </message>
    <message>
        <source>Breaks if the selected kid vanishes</source>
        <translation>Cesse de fonctionner si le kid sélectionné disparaît</translation>
    </message>
    <message>
        <source>Exposed if the selected kid leaks</source>
        <translation>Exposée en cas de fuite du kid sélectionné</translation>
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
            <numerusform>%1&#xa0;: %n point bloquant, convergence d&apos;ici %2</numerusform>
            <numerusform>%1&#xa0;: %n points bloquants, convergence d&apos;ici %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n blocker(s), one never clears by itself</source>
        <translation>
            <numerusform>%1&#xa0;: %n point bloquant, qui ne se lèvera jamais de lui-même</numerusform>
            <numerusform>%1&#xa0;: %n points bloquants, dont un qui ne se lèvera jamais de lui-même</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::ui::trustmap::TrustTableModel</name>
    <message>
        <source>declared and observed</source>
        <translation>déclarée et observée</translation>
    </message>
    <message>
        <source>observed only</source>
        <translation>observée uniquement</translation>
    </message>
    <message>
        <source>declared, not observed</source>
        <translation>déclarée, non observée</translation>
    </message>
    <message>
        <source>, pinned</source>
        <translation>, fixée</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (obsolète)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Kid</source>
        <translation>Kid</translation>
    </message>
    <message>
        <source>Key set</source>
        <translation>Jeu de clés</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Charge de travail</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernière observation</translation>
    </message>
</context>
<context>
    <name>keyward::ui::trustmap::WorkloadDialog</name>
    <message>
        <source>Workload name</source>
        <translation>Nom de la charge de travail</translation>
    </message>
    <message>
        <source>e.g. checkout-api</source>
        <translation>p. ex. checkout-api</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>the team that runs it</source>
        <translation>l&apos;équipe qui l&apos;exploite</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Trusted key sets</source>
        <translation>Jeux de clés de confiance</translation>
    </message>
    <message>
        <source>key set names, separated by commas</source>
        <translation>noms de jeux de clés, séparés par des virgules</translation>
    </message>
    <message>
        <source>Pinned kids</source>
        <translation>kids épinglés</translation>
    </message>
    <message>
        <source>kids trusted one by one, separated by commas</source>
        <translation>kids approuvés un par un, séparés par des virgules</translation>
    </message>
    <message>
        <source>JWKS cache TTL</source>
        <translation>TTL du cache JWKS</translation>
    </message>
    <message>
        <source>e.g. 300, 5m, 1h, 1d</source>
        <translation>p. ex. 300, 5m, 1h, 1d</translation>
    </message>
    <message>
        <source>Maximum token TTL</source>
        <translation>TTL maximal des jetons</translation>
    </message>
    <message>
        <source>0: the key set&apos;s policy applies</source>
        <translation>0&#xa0;: la politique du jeu de clés s&apos;applique</translation>
    </message>
    <message>
        <source>Edit workload %1</source>
        <translation>Modifier la charge de travail %1</translation>
    </message>
    <message>
        <source>Add a workload</source>
        <translation>Ajouter une charge de travail</translation>
    </message>
    <message>
        <source>Refresh mode</source>
        <translation>Mode de rafraîchissement</translation>
    </message>
    <message>
        <source>Poll (refetch when the cache TTL ends)</source>
        <translation>Interrogation (recharger à l&apos;expiration du TTL du cache)</translation>
    </message>
    <message>
        <source>On unknown kid (refetch when a token names a new kid)</source>
        <translation>Sur kid inconnu (recharger quand un jeton nomme un nouveau kid)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Propriétaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement&#xa0;:</translation>
    </message>
    <message>
        <source>Trusted key &amp;sets:</source>
        <translation>&amp;Jeux de clés de confiance&#xa0;:</translation>
    </message>
    <message>
        <source>Pinned &amp;kids:</source>
        <translation>kids é&amp;pinglés&#xa0;:</translation>
    </message>
    <message>
        <source>JWKS &amp;cache TTL:</source>
        <translation>TTL du &amp;cache JWKS&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Refresh mode:</source>
        <translation>Mode de &amp;rafraîchissement&#xa0;:</translation>
    </message>
    <message>
        <source>Maximum &amp;token TTL:</source>
        <translation>TTL &amp;maximal des jetons&#xa0;:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Enter the JWKS cache TTL (e.g. 300, 5m, 1h, 1d).</source>
        <translation>Saisissez le TTL du cache JWKS (p. ex. 300, 5m, 1h, 1d).</translation>
    </message>
    <message>
        <source>The JWKS cache TTL “%1” is not a duration (e.g. 300, 5m, 1h, 1d).</source>
        <translation>Le TTL du cache JWKS «&#xa0;%1&#xa0;» n&apos;est pas une durée (p. ex. 300, 5m, 1h, 1d).</translation>
    </message>
    <message>
        <source>The maximum token TTL “%1” is not a duration (e.g. 300, 5m, 1h, 1d).</source>
        <translation>Le TTL maximal des jetons «&#xa0;%1&#xa0;» n&apos;est pas une durée (p. ex. 300, 5m, 1h, 1d).</translation>
    </message>
    <message>
        <source>“%1” is a kid, not a key set: list it under pinned kids.</source>
        <translation>«&#xa0;%1&#xa0;» est un kid, pas un jeu de clés&#xa0;: indiquez-le parmi les kids épinglés.</translation>
    </message>
    <message>
        <source>“%1” is a key set, not a kid: list it under trusted key sets.</source>
        <translation>«&#xa0;%1&#xa0;» est un jeu de clés, pas un kid&#xa0;: indiquez-le parmi les jeux de clés de confiance.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing was changed.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Rien n&apos;a été modifié.&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Governs the keys behind JWTs and JWE.</source>
        <translation>Gouverne les clés derrière les JWT et les JWE.</translation>
    </message>
    <message>
        <source>Use the vault folder &lt;path&gt;.</source>
        <translation>Utiliser le dossier de coffre &lt;path&gt;.</translation>
    </message>
    <message>
        <source>Open a throwaway demo vault with example officers.</source>
        <translation>Ouvrir un coffre de démonstration jetable avec des responsables d&apos;exemple.</translation>
    </message>
    <message>
        <source>Lock after &lt;minutes&gt; without activity (0: never; default 5).</source>
        <translation>Verrouiller après &lt;minutes&gt; d&apos;inactivité (0&#xa0;: jamais&#xa0;; 5 par défaut).</translation>
    </message>
    <message>
        <source>Keyward</source>
        <translation>Keyward</translation>
    </message>
    <message>
        <source>govern the keys behind JWTs and JWE</source>
        <translation>gérer les clés qui sous-tendent les JWT et les JWE</translation>
    </message>
    <message>
        <source>Keyward keeps an inventory of JOSE signing and encryption keys in an encrypted vault, rotates them under a two-person rule and keeps a signed audit log. Without options it opens the default vault, or starts the first-run wizard when there is none.</source>
        <translation>Keyward tient l&apos;inventaire des clés de signature et de chiffrement JOSE dans un coffre chiffré, en fait la rotation selon la règle des deux personnes et tient un journal d&apos;audit signé. Sans option, il ouvre le coffre par défaut, ou lance l&apos;assistant de premier démarrage s&apos;il n&apos;y en a aucun.</translation>
    </message>
    <message>
        <source>Print the options and exit.</source>
        <translation>Afficher les options et quitter.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Show white on black with a yellow focus, whatever View ▸ High contrast says.</source>
        <translation>Afficher en blanc sur noir avec un focus jaune, quel que soit Affichage ▸ Contraste élevé.</translation>
    </message>
</context>
</TS>
