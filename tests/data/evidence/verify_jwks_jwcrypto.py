#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Verifies a Keyward JWKS bundle folder with python3-jwcrypto (an independent JOSE implementation
# from Debian), using nothing of Keyward: sha256 of each file against manifest.json, the compact
# JWS against the signer's public JWK, the typ header and the claims. Prints "OK jwk-set+jwt" and
# the published kids, exit 0; anything else exits 1. Usage: verify_jwks_jwcrypto.py DIR
import hashlib, json, os, sys
from jwcrypto import jwk, jws

folder = sys.argv[1]
manifest = json.load(open(os.path.join(folder, "manifest.json")))
for entry in manifest["files"]:
    data = open(os.path.join(folder, entry["name"]), "rb").read()
    if hashlib.sha256(data).hexdigest() != entry["sha256"]:
        sys.exit("digest mismatch: " + entry["name"])
key = jwk.JWK(**manifest["signer"]["jwk"])
token = jws.JWS()
token.deserialize(open(os.path.join(folder, "jwks.jws")).read().strip())
token.verify(key)
header = token.jose_header
if header.get("typ") != "jwk-set+jwt":
    sys.exit("typ is not jwk-set+jwt")
claims = json.loads(token.payload)
for claim in ("iss", "iat", "exp", "keys"):
    if claim not in claims:
        sys.exit("missing claim " + claim)
published = json.load(open(os.path.join(folder, "jwks.json")))
if published["keys"] != claims["keys"]:
    sys.exit("jwks.json differs from the signed keys")
for k in published["keys"]:
    jwk.JWK(**k)  # every published key parses as a public JWK
    if any(m in k for m in ("d", "p", "q", "dp", "dq", "qi", "k", "oth")):
        sys.exit("private member in " + k["kid"])
print("OK jwk-set+jwt", " ".join(k["kid"] for k in published["keys"]))
