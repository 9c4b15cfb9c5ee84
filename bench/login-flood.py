#!/usr/bin/env python3
"""Liveness and reads while logins are flooded, on the packaged server run as the image runs it.

Starts the production-profile server (bench/zoo_server.py: the image's JVM options and memory
limit, ZOO_PROFILE=prod, H2 with the demo data) and measures, from a prober that asks every 50 ms,
the latency of GET /health/live and of GET /api/species?size=20 (signed in as the demo
administrator):
  quiet          no other load
  flood-one      50 clients posting wrong logins as fast as they can, all from 127.0.0.1 (the
                 penetration test's flood: the address's rate limit answers most of them)
  flood-many     the same 50 clients, each request naming a new address in X-Forwarded-For (believed
                 from loopback): no rate limit applies, only the bound on password checks
Also the cost of the access-token check (user id and generation, one primary-key read per
request): GET /api/species?size=20, 400 times each, with the login's token (checked) and with a
token of the same key without a user id (not checked), alternating.

Prints one JSON object; docs/benchmarks.md ("Login flood") has the numbers and the machine.
Usage: ./mvnw -q package -DskipTests && python3 bench/login-flood.py [--seconds 20] [--port 9280]
"""
import argparse
import base64
import json
import statistics
import subprocess
import threading
import time
import urllib.error
import urllib.request
import uuid

from benchlib import login
from zoo_server import ROOT, ZooServer

KEY = ROOT / "backend/src/test/liberty/configDropins/it-signing-key.pem"


def b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def token_without_user_id():
    """An admin token signed with the server's key but naming no user id: the check skips it."""
    now = int(time.time())
    header = b64(json.dumps({"alg": "RS256", "typ": "JWT"}).encode())
    claims = b64(json.dumps({"iss": "zoo", "aud": "zoo", "sub": "bench", "upn": "bench", "groups": ["admin"],
                             "iat": now, "exp": now + 3600, "jti": str(uuid.uuid4())}).encode())
    signature = subprocess.run(["openssl", "dgst", "-sha256", "-sign", str(KEY)], input=f"{header}.{claims}".encode(),
                               capture_output=True, check=True).stdout
    return f"{header}.{claims}.{b64(signature)}"


def timed(url, token=None, body=None, headers=None):
    """(status, milliseconds) of one request."""
    h = dict(headers or {})
    if token:
        h["Authorization"] = "Bearer " + token
    if body is not None:
        h["Content-Type"] = "application/json"
    request = urllib.request.Request(url, data=body, headers=h, method="POST" if body is not None else "GET")
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=30) as r:
            r.read()
            status = r.status
    except urllib.error.HTTPError as e:
        e.read()
        status = e.code
    except OSError:
        status = None
    return status, (time.perf_counter() - start) * 1000


def summary(samples):
    ms = sorted(m for _, m in samples)
    if not ms:
        return {}
    return {"n": len(ms), "p50_ms": round(statistics.median(ms), 1),
            "p99_ms": round(ms[min(len(ms) - 1, int(len(ms) * 0.99))], 1), "max_ms": round(ms[-1], 1),
            "non_200": sum(1 for s, _ in samples if s != 200)}


def probe(base, token, seconds):
    live, reads = [], []
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        live.append(timed(base + "/health/live"))
        reads.append(timed(base + "/api/species?size=20", token=token))
        time.sleep(0.05)
    return {"live": summary(live), "read": summary(reads)}


def flood(base, seconds, spread):
    statuses = {}
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def client(i):
        n = 0
        while time.monotonic() < stop:
            n += 1
            headers = {"X-Forwarded-For": f"10.{i}.{n // 250 % 250}.{n % 250 + 1}"} if spread else {}
            body = json.dumps({"username": "nobody-" + uuid.uuid4().hex[:8], "password": "wrong-password"}).encode()
            status, _ = timed(base + "/api/auth/login", body=body, headers=headers)
            with lock:
                statuses[status] = statuses.get(status, 0) + 1

    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(50)]
    for t in threads:
        t.start()
    return threads, statuses


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--port", type=int, default=9280)
    args = parser.parse_args()
    result = {}
    with ZooServer(port=args.port) as server:
        server.wait_for("/health/ready")
        base = server.base
        token = login(base)
        unchecked = token_without_user_id()
        for _ in range(100):  # warm-up
            timed(base + "/api/species?size=20", token=token)
            timed(base + "/api/species?size=20", token=unchecked)
        checked, skipped = [], []
        for _ in range(400):
            checked.append(timed(base + "/api/species?size=20", token=token))
            skipped.append(timed(base + "/api/species?size=20", token=unchecked))
        result["token_check"] = {"checked": summary(checked), "unchecked": summary(skipped)}
        result["quiet"] = probe(base, token, args.seconds)
        for name, spread in (("flood-one", False), ("flood-many", True)):
            threads, statuses = flood(base, args.seconds, spread)
            time.sleep(1)  # the flood under way
            result[name] = probe(base, token, args.seconds - 2)
            for t in threads:
                t.join()
            result[name]["logins"] = {str(k): v for k, v in sorted(statuses.items(), key=lambda kv: str(kv[0]))}
            result[name]["logins_per_s"] = round(sum(statuses.values()) / args.seconds, 1)
            time.sleep(3)
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
