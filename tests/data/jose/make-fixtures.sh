#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the PEM fixtures of tests/core/tst_pem.cpp with the OpenSSL command line, and
# expected.json with each key's RFC 7638 thumbprint computed independently by Python's
# `cryptography` package (so the test checks Keyward against a second implementation).
# Test keys only: they protect nothing.
set -eu
cd "$(dirname "$0")"
PASS='correct horse battery staple'
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out rsa2048.pkcs8.pem
openssl pkey -in rsa2048.pkcs8.pem -pubout -out rsa2048.spki.pem
openssl pkey -in rsa2048.pkcs8.pem -traditional -out rsa2048.pkcs1.pem
openssl pkcs8 -topk8 -in rsa2048.pkcs8.pem -v2 aes-256-cbc -v2prf hmacWithSHA256 -iter 100000 \
    -passout "pass:$PASS" -out rsa2048.encrypted.pem
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out p256.pkcs8.pem
openssl pkey -in p256.pkcs8.pem -traditional -out p256.sec1.pem
openssl pkcs8 -topk8 -in p256.pkcs8.pem -scrypt -passout "pass:$PASS" -out p256.encrypted-scrypt.pem
openssl req -x509 -new -key p256.pkcs8.pem -subj "/CN=Keyward test signer" -days 3650 -sha256 -out p256.cert.pem
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-384 -out p384.pkcs8.pem
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-521 -out p521.pkcs8.pem
openssl genpkey -algorithm ED25519 -out ed25519.pkcs8.pem
openssl pkey -in ed25519.pkcs8.pem -pubout -out ed25519.spki.pem
openssl genpkey -algorithm X25519 -out x25519.pkcs8.pem
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:1024 -out rsa1024.pkcs8.pem
openssl ecparam -name secp256k1 -genkey -noout | openssl pkcs8 -topk8 -nocrypt -out secp256k1.pkcs8.pem
python3 - <<'PY'
import base64, hashlib, json
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa, ec, ed25519, x25519
from cryptography import x509

def b64(b): return base64.urlsafe_b64encode(b).rstrip(b"=").decode()
def uint(n): return b64(n.to_bytes((n.bit_length() + 7) // 8, "big"))
def thumb(pub):
    if isinstance(pub, rsa.RSAPublicKey):
        n = pub.public_numbers(); m = {"e": uint(n.e), "kty": "RSA", "n": uint(n.n)}
    elif isinstance(pub, ec.EllipticCurvePublicKey):
        size = (pub.curve.key_size + 7) // 8; n = pub.public_numbers()
        crv = {"secp256r1": "P-256", "secp384r1": "P-384", "secp521r1": "P-521"}[pub.curve.name]
        m = {"crv": crv, "kty": "EC", "x": b64(n.x.to_bytes(size, "big")), "y": b64(n.y.to_bytes(size, "big"))}
    else:
        crv = "Ed25519" if isinstance(pub, ed25519.Ed25519PublicKey) else "X25519"
        raw = pub.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        m = {"crv": crv, "kty": "OKP", "x": b64(raw)}
    return b64(hashlib.sha256(json.dumps(m, separators=(",", ":"), sort_keys=True).encode()).digest())

out = {}
for f in ["rsa2048.pkcs8.pem", "p256.pkcs8.pem", "p384.pkcs8.pem", "p521.pkcs8.pem", "ed25519.pkcs8.pem", "x25519.pkcs8.pem"]:
    out[f] = thumb(serialization.load_pem_private_key(open(f, "rb").read(), None).public_key())
cert = x509.load_pem_x509_certificate(open("p256.cert.pem", "rb").read())
out["p256.cert.pem"] = thumb(cert.public_key())
out["p256.cert.pem x5t#S256"] = b64(hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).digest())
json.dump(out, open("expected.json", "w"), indent=2, sort_keys=True)
PY
