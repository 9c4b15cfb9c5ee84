#!/usr/bin/env python3
"""Is what runs what you wrote? Compares the running backend (/api/info: revision, build and start
times, update trigger), the container that runs it (image and container ages) and the UI bundle with
the working tree, and says what is stale, why, and the one command that fixes it.
Exit code 0: up to date; 1: something is stale, or a server answers without the application (after
waiting for a restart to end); 2: nothing answers.

Usage: tools/doctor.py [URL]   (default $ZOO_URL; without either, dev mode at http://localhost:9080,
                              then the production stack's UI at http://localhost:8080)
"""
import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from datetime import datetime, timezone

from doctor_diagnosis import ROOT, diagnose, parse

# The dev server's port as dev mode takes it (HTTP_PORT), then the usual ones.
CANDIDATES = list(
    dict.fromkeys(
        [f"http://localhost:{os.environ.get('HTTP_PORT', '9080')}", "http://localhost:9080", "http://localhost:8080"]
    )
)
BACKEND_SOURCES = [ROOT / "backend/src/main", ROOT / "backend/pom.xml", ROOT / "pom.xml"]
UI_SOURCES = [ROOT / "frontend/src", ROOT / "frontend/index.html", ROOT / "frontend/package.json"]
CLASSES = ROOT / "backend/target/classes"
MESSAGES_LOG = ROOT / "backend/target/liberty/wlp/usr/servers/zoo/logs/messages.log"
DEVC_CONTAINER = "zoo-backend-dev"
# How long a server that answers without the application is given to finish a restart (dev mode
# restarts the application after most saves; Liberty answers 404 meanwhile).
RESTART_WAIT_SECONDS = 15


def git(*args):
    try:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None


def newest(paths, suffix=None):
    """The most recently modified file below paths: (time, path) or (None, None)."""
    best = (None, None)
    for base in paths:
        files = [base] if base.is_file() else (p for p in base.rglob("*") if p.is_file()) if base.exists() else []
        for f in files:
            if suffix and f.suffix != suffix:
                continue
            t = f.stat().st_mtime
            if best[0] is None or t > best[0]:
                best = (t, f)
    return best


def mtime(path):
    return path.stat().st_mtime if path.exists() else None


def docker_json(*args):
    if not shutil.which("docker"):
        return None
    done = subprocess.run(["docker", *args], capture_output=True, text=True)
    if done.returncode != 0:
        return None
    try:
        return json.loads(done.stdout)
    except ValueError:
        return None


def serving_container(info):
    """The container whose JVM is the one answering: devc's by name, else the backend container that
    started when the server did. Returns {name, kind, created, image_created, started} or None."""
    server_started = parse(info.get("serverStartedAt"))
    ids = subprocess.run(["docker", "ps", "-q"], capture_output=True, text=True).stdout.split() \
        if shutil.which("docker") else []
    containers = docker_json("inspect", *ids) if ids else None
    for c in containers or []:
        started = parse(c["State"]["StartedAt"])
        name = c["Name"].lstrip("/")
        labels = c["Config"].get("Labels") or {}
        is_backend = name == DEVC_CONTAINER or labels.get("com.docker.compose.service") == "backend"
        if not is_backend or server_started is None or started is None or abs(started - server_started) > 30:
            continue
        image = docker_json("image", "inspect", c["Image"]) or [{}]
        return {
            "name": name,
            "kind": "devc" if name == DEVC_CONTAINER else "compose",
            "labels": labels,
            "config_hash": labels.get("com.docker.compose.config-hash"),
            "created": parse(c["Created"]),
            "image_created": parse(image[0].get("Created")),
        }
    return None


def compose_config_hash(labels):
    """The configuration hash compose would give this container's service now (from .env and the
    compose files the container was created with), or None when compose cannot tell."""
    project = labels.get("com.docker.compose.project")
    service = labels.get("com.docker.compose.service")
    files = (labels.get("com.docker.compose.project.config_files") or "").split(",")
    workdir = labels.get("com.docker.compose.project.working_dir") or str(ROOT)
    if not project or not service or not files[0]:
        return None
    args = ["-p", project, *[x for f in files for x in ("-f", f)], "config", f"--hash={service}"]
    for compose in (["docker", "compose"], ["docker-compose"]):
        try:
            done = subprocess.run(compose + args, cwd=workdir, capture_output=True, text=True, timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if done.returncode == 0 and done.stdout.strip():
            parts = done.stdout.split()
            return parts[1] if len(parts) >= 2 and parts[0] == service else parts[-1]
    return None


def last_application_event(since):
    """The server log's latest application start, update or failure after `since` (dev mode and
    liberty:devc both write backend/target/.../logs/messages.log): (kind, line) or None."""
    if not MESSAGES_LOG.exists():
        return None
    event = None
    for line in MESSAGES_LOG.read_text(errors="replace").splitlines():
        m = re.match(r"\[(\d+/\d+/\d+), (\d+:\d+:\d+):(\d+) (\S+)\]", line)
        code = re.search(r"\b(CWWKZ\d{4}[IEW])\b", line)
        if not m or not code:
            continue
        try:
            t = datetime.strptime(f"{m.group(1)} {m.group(2)}", "%m/%d/%y %H:%M:%S").replace(tzinfo=timezone.utc)
        except ValueError:
            continue
        if t.timestamp() + 1 < since:
            continue
        c = code.group(1)
        if c in ("CWWKZ0001I", "CWWKZ0003I"):
            event = ("started", line)
        elif c.endswith("E"):
            event = ("failed", line)
    return event


def vite_serving(url="http://localhost:5173/"):
    """Whether a Vite dev server answers there (make dev's or npm run dev's): it serves the sources."""
    try:
        with urllib.request.urlopen(url, timeout=2) as r:
            return "/@vite/client" in r.read().decode(errors="replace")
    except (OSError, ValueError):
        return False


def fetch_info(url):
    with urllib.request.urlopen(url + "/api/info", timeout=5) as r:
        return json.load(r)


def find_server(urls):
    """The first of urls whose /api/info answers: (info, url, None). Otherwise (None, url, error): url
    is the first that answered HTTP without the application (an HTTP error: starting, restarting or
    not deployed) and error its answer, or url is None and error why nothing answered."""
    answering, error = None, None
    for candidate in urls:
        try:
            return fetch_info(candidate), candidate, None
        except urllib.error.HTTPError as e:
            if answering is None:
                answering, error = candidate, e
        except (OSError, ValueError) as e:
            if answering is None:
                error = e
    return None, answering, error


def main():
    given = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("ZOO_URL")
    urls = [given.rstrip("/")] if given else CANDIDATES
    info, url, error = find_server(urls)
    if info is None and url:
        print(f"The server at {url} answers without the application ({error}): waiting up to"
              f" {RESTART_WAIT_SECONDS} s for a restart to end...")
        deadline = time.monotonic() + RESTART_WAIT_SECONDS
        while info is None and url and time.monotonic() < deadline:
            time.sleep(0.5)
            info, url, error = find_server(urls)
    if info is None and url:
        print(f"NO APPLICATION at {url} ({error}): the server runs, but the zoo application did not come back.")
        print("  Read why in the dev-mode terminal (./mvnw and make dev run it in the foreground),"
              " or in the production stack's log (make logs).")
        return 1
    if info is None:
        print(f"NOTHING RUNS at {' or '.join(urls)} ({error}).")
        print("  Start it: ./mvnw (dev mode, local) or make dev (containers) or make prod.")
        return 2

    container = serving_container(info)
    tree = {
        "head": git("rev-parse", "--short", "HEAD"),
        "source": newest(BACKEND_SOURCES),
        "classes": newest([CLASSES], ".class")[0],
        "ui": newest(UI_SOURCES),
        "dist": mtime(ROOT / "frontend/dist/index.html"),
        "dockerfile": mtime(ROOT / "backend/Dockerfile"),
        "war": mtime(ROOT / "backend/target/zoo.war"),
        "config_hash": compose_config_hash(container["labels"]) if container and container["kind"] == "compose" else None,
        "vite": vite_serving(),
    }
    tree["event"] = last_application_event(parse(info.get("startedAt")) or 0)
    where = f" in container {container['name']}" if container else ""
    print(f"Backend at {url}{where}: revision {info['revision']}, {info['buildSource']} build of {info['buildTime']},"
          f" started {info['startedAt']}, update trigger {info.get('updateTrigger', 'unknown')},"
          f" database {info['database']['status']}")
    print(f"Working tree: revision {tree['head']}" + (" with uncommitted changes" if git("status", "--porcelain") else ""))
    if tree["vite"]:
        print("UI: the Vite dev server at http://localhost:5173 serves the sources with hot reload.")
    stale = diagnose(info, tree, container)
    if not stale:
        print("UP TO DATE: what runs is what you wrote.")
        return 0
    for what, fix in stale:
        print(f"STALE: {what}.\n  Fix: {fix}.")
    return 1


if __name__ == "__main__":
    sys.exit(main())
