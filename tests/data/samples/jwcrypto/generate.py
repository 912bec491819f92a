#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Generates the independent-implementation sample corpus (issue #14) with python3-jwcrypto from
# Debian 12. Run once; its output is committed so the test suite needs nothing installed:
#   /usr/bin/python3 tests/data/samples/jwcrypto/generate.py tests/data/samples/jwcrypto
# Writes keys.json (TEST-ONLY private JWKs, kid → key, with the state the test puts each key in),
# tokens/<name>.jwe and expected.json (file → SPEC §6 outcome).
import json, os, sys, zlib
from jwcrypto import jwk, jwe
from jwcrypto.common import json_encode, base64url_encode, base64url_decode

out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(os.path.join(out, 'tokens'), exist_ok=True)
PLAINTEXT = b'archived invoice 2023-0042 (jwcrypto corpus)'
ENCS = ['A128GCM', 'A192GCM', 'A256GCM', 'A128CBC-HS256', 'A192CBC-HS384', 'A256CBC-HS512']

keys = {}      # kid -> (jwk, alg, state)
expected = {}

def make(kid, alg, state='active', **params):
    k = jwk.JWK.generate(kid=kid, alg=alg, use='enc', **params)
    keys[kid] = (k, alg, state)
    return k

def write(name, text, outcome):
    with open(os.path.join(out, 'tokens', name), 'w') as f:
        f.write(text)
    expected['tokens/' + name] = outcome

def encrypt(key, alg, enc, compact=True, kid=True, zip_=False, plaintext=PLAINTEXT, allowed=None):
    header = {'alg': alg, 'enc': enc}
    if kid:
        header['kid'] = key.key_id
    if zip_:
        header['zip'] = 'DEF'
    token = jwe.JWE(plaintext, protected=json_encode(header))
    if allowed:
        token.allowed_algs = allowed
    pub = key if key['kty'] == 'oct' else jwk.JWK(**key.export_public(as_dict=True))
    token.add_recipient(pub)
    return token.serialize(compact=compact)

specs = [
    ('jc-rsa-oaep', 'RSA-OAEP', dict(kty='RSA', size=2048)),
    ('jc-rsa-oaep-256', 'RSA-OAEP-256', dict(kty='RSA', size=2048)),
    ('jc-ecdh-p256', 'ECDH-ES', dict(kty='EC', crv='P-256')),
    ('jc-ecdh-p384', 'ECDH-ES', dict(kty='EC', crv='P-384')),
    ('jc-ecdh-p521', 'ECDH-ES', dict(kty='EC', crv='P-521')),
    ('jc-ecdh-x25519', 'ECDH-ES', dict(kty='OKP', crv='X25519')),
    ('jc-ecdh-a128kw', 'ECDH-ES+A128KW', dict(kty='EC', crv='P-256')),
    ('jc-ecdh-a192kw', 'ECDH-ES+A192KW', dict(kty='EC', crv='P-384')),
    ('jc-ecdh-a256kw', 'ECDH-ES+A256KW', dict(kty='OKP', crv='X25519')),
    ('jc-a128kw', 'A128KW', dict(kty='oct', size=128)),
    ('jc-a192kw', 'A192KW', dict(kty='oct', size=192)),
    ('jc-a256kw', 'A256KW', dict(kty='oct', size=256)),
    ('jc-a128gcmkw', 'A128GCMKW', dict(kty='oct', size=128)),
    ('jc-a256gcmkw', 'A256GCMKW', dict(kty='oct', size=256)),
]
for kid, alg, params in specs:
    k = make(kid, alg, **params)
    for enc in ENCS:
        write('%s-%s-compact.jwe' % (kid, enc), encrypt(k, alg, enc), 'ok')
        write('%s-%s-json.jwe' % (kid, enc), encrypt(k, alg, enc, compact=False), 'ok')
dir256 = make('jc-dir-256', 'dir', kty='oct', size=256)
write('jc-dir-256-A256GCM-compact.jwe', encrypt(dir256, 'dir', 'A256GCM'), 'ok')
write('jc-dir-256-A128CBC-HS256-json.jwe', encrypt(dir256, 'dir', 'A128CBC-HS256', compact=False), 'ok')

# General serialization with two recipients: one the vault does not know, one it does.
stranger = jwk.JWK.generate(kty='RSA', size=2048, kid='jc-stranger')
multi = jwe.JWE(PLAINTEXT, protected=json_encode({'enc': 'A256GCM'}))
multi.add_recipient(jwk.JWK(**stranger.export_public(as_dict=True)), header=json_encode({'alg': 'RSA-OAEP-256', 'kid': 'jc-stranger'}))
rsa256 = keys['jc-rsa-oaep-256'][0]
multi.add_recipient(jwk.JWK(**rsa256.export_public(as_dict=True)), header=json_encode({'alg': 'RSA-OAEP-256', 'kid': 'jc-rsa-oaep-256'}))
write('multi-recipient-general.jwe', multi.serialize(), 'ok')

# Negative kinds.
kw = keys['jc-a256kw'][0]
good = encrypt(kw, 'A256KW', 'A256GCM')
parts = good.split('.')
mid = len(parts[3]) // 2
parts_t = list(parts); parts_t[3] = parts[3][:mid] + ('A' if parts[3][mid] != 'A' else 'B') + parts[3][mid + 1:]
write('neg-tamper.jwe', '.'.join(parts_t), 'integrity-failure')
write('neg-unknown-kid.jwe', encrypt(stranger, 'RSA-OAEP-256', 'A128GCM'), 'unknown-kid')
write('neg-missing-kid.jwe', encrypt(kw, 'A256KW', 'A256GCM', kid=False), 'missing-kid')
parts_b = list(parts); parts_b[2] = '+' + parts[2][1:]
write('neg-bad-base64url.jwe', '.'.join(parts_b), 'malformed')
write('neg-truncated.jwe', good[: len(good) * 3 // 5], 'malformed')
write('neg-rsa1_5.jwe', encrypt(rsa256, 'RSA1_5', 'A128CBC-HS256', allowed=['RSA1_5', 'A128CBC-HS256']), 'deprecated-alg')
write('neg-zip-bomb.jwe', encrypt(kw, 'A256KW', 'A256GCM', zip_=True, plaintext=b'\0' * (40 * 1024 * 1024)), 'policy-refused')
p2c = {'alg': 'PBES2-HS256+A128KW', 'enc': 'A128GCM', 'p2s': base64url_encode(b'saltsaltsalt'), 'p2c': 2000000000}
write('neg-p2c-bomb.jwe', '.'.join([base64url_encode(json_encode(p2c))] + parts[1:]), 'policy-refused')
# An ECDH-ES P-256 sample whose epk is moved off the curve.
ec = keys['jc-ecdh-p256'][0]
ecjwe = encrypt(ec, 'ECDH-ES', 'A128GCM').split('.')
hdr = json.loads(base64url_decode(ecjwe[0]))
y = bytearray(base64url_decode(hdr['epk']['y'])); y[-1] ^= 1
hdr['epk']['y'] = base64url_encode(bytes(y))
write('neg-off-curve-epk.jwe', '.'.join([base64url_encode(json_encode(hdr))] + ecjwe[1:]), 'policy-refused')
x = keys['jc-ecdh-x25519'][0]
xjwe = encrypt(x, 'ECDH-ES', 'A128GCM').split('.')
hdr = json.loads(base64url_decode(xjwe[0]))
hdr['epk']['x'] = base64url_encode(b'\0' * 32)
write('neg-low-order-epk.jwe', '.'.join([base64url_encode(json_encode(hdr))] + xjwe[1:]), 'policy-refused')

# Keys the test moves to another state after import.
for kid, alg, state in [('jc-old-2024', 'ECDH-ES+A256KW', 'retired'), ('jc-leaked-2025', 'RSA-OAEP-256', 'revoked'),
                        ('jc-pay-2023', 'A256KW', 'destroyed')]:
    params = dict(kty='EC', crv='P-256') if alg.startswith('ECDH') else dict(kty='RSA', size=2048) if alg.startswith('RSA') else dict(kty='oct', size=256)
    k = make(kid, alg, state, **params)
    write('state-%s.jwe' % state, encrypt(k, alg, 'A256GCM'), 'key-' + state)

with open(os.path.join(out, 'keys.json'), 'w') as f:
    json.dump({kid: {'jwk': json.loads(k.export(private_key=True)), 'state': state} for kid, (k, alg, state) in keys.items()}, f, indent=1, sort_keys=True)
with open(os.path.join(out, 'expected.json'), 'w') as f:
    json.dump(expected, f, indent=1, sort_keys=True)
print('wrote %d tokens, %d keys' % (len(expected), len(keys)))
