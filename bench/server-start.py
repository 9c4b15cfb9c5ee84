#!/usr/bin/env python3
"""Start-up benchmark of the packaged server: seconds from launching the JVM to /health/ready UP,
and resident memory once ready, median of several runs.

Runs target/liberty/wlp/bin/server run zoo (created by ./mvnw verify or ./mvnw package
liberty:create liberty:deploy) in the foreground, once per run, killing it afterwards. The H2 data
stays between runs, so runs 2.. measure a warm start on a migrated database (as a restart does).

Usage: bench/server-start.py [--runs N] [--port P] [--label TEXT] [--json FILE]
Environment: JAVA_HOME picks the JDK; JVM_ARGS adds JVM options (read by Liberty's server script).
"""
import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from benchlib import get, login, rss_mb

ROOT = Path(__file__).resolve().parent.parent
WLP = ROOT / "backend/target/liberty/wlp"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--port", type=int, default=9080)
    parser.add_argument("--label", default=os.environ.get("JVM_ARGS", "default"))
    parser.add_argument("--json")
    args = parser.parse_args()
    if not (WLP / "usr/servers/zoo/server.xml").exists():
        sys.exit("no server: run ./mvnw verify (or package liberty:create liberty:deploy) first")
    base = f"http://127.0.0.1:{args.port}"
    if get(base + "/health/live")[0] is not None:
        sys.exit(f"port {args.port} is in use")
    env = dict(os.environ, HTTP_PORT=str(args.port))
    runs = []
    for i in range(args.runs):
        t0 = time.monotonic()
        proc = subprocess.Popen([str(WLP / "bin/server"), "run", "zoo"], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            ready = None
            while time.monotonic() - t0 < 120:
                if get(base + "/health/ready", timeout=5)[0] == 200:
                    ready = time.monotonic() - t0
                    break
                time.sleep(0.02)
            if ready is None:
                sys.exit("not ready in 120 s")
            token = login(base)
            for path in ["/api/animals", "/api/enclosures", "/api/species", "/api/feedings?due=true"] * 5:
                assert get(base + path, timeout=5, token=token)[0] == 200, path
            time.sleep(2)
            rss = rss_mb(proc.pid)
            runs.append({"readySeconds": round(ready, 2), "rssMb": round(rss, 1)})
            print(f"run {i + 1}: ready after {ready:.2f} s, RSS {rss:.0f} MB", flush=True)
        finally:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=60)
            time.sleep(1)
    result = {
        "label": args.label,
        "java": os.environ.get("JAVA_HOME", "default"),
        "runs": runs,
        "readyMedianSeconds": round(statistics.median(r["readySeconds"] for r in runs), 2),
        "rssMedianMb": round(statistics.median(r["rssMb"] for r in runs), 1),
    }
    print(json.dumps(result, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
