"""What the benchmarks share: HTTP calls to the API (signed in as the demo administrator), waiting
for a condition, and the resident memory of a process with everything it started.

Imported by bench/dev-loop.py and bench/server-start.py (Python puts the script's folder on the
import path).
"""
import json
import os
import signal
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path


def login(base):
    """A token of the demo administrator: the API calls read like the UI's, signed in."""
    body = json.dumps({"username": "admin", "password": "zoo-demo-admin"}).encode()
    request = urllib.request.Request(base + "/api/auth/login", data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as r:
        return json.loads(r.read())["token"]


def get(url, timeout=2.0, token=None):
    """(status, body) of a GET; (None, None) when nothing answers."""
    headers = {"Authorization": "Bearer " + token} if token else {}
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=timeout) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()
    except OSError:
        return None, None


def wait_until(predicate, timeout, interval=0.01):
    """The predicate's first truthy result within timeout seconds, else None."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = predicate()
        if result:
            return result
        time.sleep(interval)
    return None


def descendants(pid):
    """The process ids that pid started, their children, and so on."""
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True).stdout
    result = []
    for c in out.split():
        result.append(int(c))
        result.extend(descendants(int(c)))
    return result


def rss_mb(pid):
    """Resident memory (VmRSS) in MiB of the process and its descendants: the server's JVM is the
    launcher script's child in one benchmark and the measured process itself in the other, and
    both count the same this way."""
    total = 0
    for p in [pid] + descendants(pid):
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except FileNotFoundError:
            pass
    return total / 1024


def stop_dev_mode(dev, timeout):
    """Ends a dev mode started with stdin as a pipe: "q" as a developer types it, else SIGTERM to its
    process group after `timeout` seconds."""
    try:
        dev.stdin.write(b"q\n")
        dev.stdin.flush()
        dev.wait(timeout=timeout)
    except Exception:
        os.killpg(dev.pid, signal.SIGTERM)
