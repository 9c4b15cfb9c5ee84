#!/usr/bin/env python3
"""Dev-loop benchmark: how long from saving a Java file to the new code answering.

Starts `./mvnw liberty:dev` (or, with --container, `./mvnw liberty:devc`: the image built from
backend/Dockerfile, run with the pom's dev settings) non-interactively (its stdin is a pipe that
stays open; writing "q" ends it), waits until /health/ready is UP, records start-up time and the
server's resident memory, then edits the Java source behind /api/message N times and measures, for
each edit, the seconds from the save to (a) the recompiled class file appearing and (b) the new
text being served. Two kinds of edit (--edit):
  body        (default) the string the method returns, as the reference apps' benchmark edits
              (../shared/peers/measure.sh): a method body, which local dev mode's file change
              agent swaps into the running application without restarting it;
  annotation  the @ConfigProperty default behind the greeting: an annotation, which always
              restarts the application. Both modes use the embedded database. The source file is restored afterwards,
whatever happens. Exit 1 if an edit is not served within 60 s.

Usage: bench/dev-loop.py [--container] [--edits N] [--edit body|annotation] [--port P] [--json FILE]
Environment: JAVA_HOME (which JDK runs Maven and the server), plus anything liberty:dev reads.
"""
import argparse
import json
import os
import platform
import re
import signal
import statistics
import subprocess
import sys
import time
import urllib.request
from datetime import datetime, timezone
from pathlib import Path

from benchlib import get, login, rss_mb, stop_dev_mode, wait_until

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "backend/src/main/java/org/example/zoo/info/MessageResource.java"
CLASS = ROOT / "backend/target/classes/org/example/zoo/info/MessageResource.class"
EDITS = {
    # (what to find in the source, how the edited text looks, what /api/message then answers)
    "annotation": (re.compile(r'(@ConfigProperty\(name = "zoo.message", defaultValue = ")([^"]*)(")'),
                   lambda m, text: m.group(1) + text + m.group(3)),
    "body": (re.compile(r'(\n    )return message;(\n)'),
             lambda m, text: m.group(1) + 'return "' + text + '";' + m.group(2)),
}


CONTAINER = "zoo-backend-dev"


def liberty_pid(container=False):
    """The server JVM's process id: dev mode's server `zoo`, or the JVM inside devc's container (its
    processes are visible from the host: the descendant of the container's first process)."""
    out = subprocess.run(["ps", "-eo", "pid,ppid,args"], capture_output=True, text=True).stdout
    rows = [line.split(None, 2) for line in out.splitlines()[1:] if len(line.split(None, 2)) == 3]
    if not container:
        for pid, _, args in rows:
            if "ws-server.jar" in args and " zoo" in args and "zoo-" not in args:
                return int(pid)
        return None
    root = subprocess.run(["docker", "inspect", "--format", "{{.State.Pid}}", CONTAINER],
                          capture_output=True, text=True).stdout.strip()
    family = {root}
    for _ in range(5):
        family |= {pid for pid, ppid, _ in rows if ppid in family}
    for pid, _, args in rows:
        if pid in family and "ws-server.jar" in args:
            return int(pid)
    return None


def container_started_at():
    out = subprocess.run(["docker", "inspect", "--format", "{{.State.StartedAt}}", CONTAINER],
                         capture_output=True, text=True).stdout.strip()
    out = re.sub(r"(\.\d{6})\d+", r"\1", out.replace("Z", "+00:00"))
    return datetime.fromisoformat(out).timestamp() if out else None


def main():
    # A SIGTERM (a timeout, a killed benchmark) unwinds like Ctrl-C, so that the edited source is restored.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("dev-loop: terminated"))
    parser = argparse.ArgumentParser()
    parser.add_argument("--edits", type=int, default=10)
    parser.add_argument("--edit", choices=sorted(EDITS), default="body",
                        help="what each edit changes (see the module comment)")
    parser.add_argument("--container", action="store_true", help="liberty:devc instead of liberty:dev")
    parser.add_argument("--port", type=int, default=9080)
    parser.add_argument("--pause", type=float, default=2.0, help="seconds between edits")
    parser.add_argument("--json", help="also write the results to this file")
    args = parser.parse_args()
    base = f"http://127.0.0.1:{args.port}"
    if get(base + "/health/live")[0] is not None:
        sys.exit(f"something already answers on port {args.port}; stop it or pass --port")

    original = SOURCE.read_text()
    pattern, replacement = EDITS[args.edit]
    if not pattern.search(original):
        sys.exit(f"cannot find what an edit of kind {args.edit} changes in {SOURCE}")
    env = dict(os.environ, HTTP_PORT=str(args.port))
    log = open(ROOT / "backend/target/dev-loop-bench.log", "w") if (ROOT / "backend/target").exists() else subprocess.DEVNULL
    launched = time.time()
    if args.container:
        if args.port != 9080:
            sys.exit("--container: devc's port is 9080 (backend/pom.xml)")
        # The embedded database, as in dev mode: the image's default is SQL Server.
        command = ["./mvnw", "-B", "-ntp", "liberty:devc", "-Ddebug=false", "-Ddevc.runOpts=-e DB_KIND=h2"]
    else:
        command = ["./mvnw", "-B", "-ntp", "liberty:dev"]
    dev = subprocess.Popen(
        command, cwd=ROOT, env=env, stdin=subprocess.PIPE,
        stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    results = {}
    try:
        ready = wait_until(lambda: get(base + "/health/ready")[0] == 200, timeout=300, interval=0.05)
        if not ready:
            sys.exit("dev mode did not become ready in 300 s; see backend/target/dev-loop-bench.log")
        ready_at = time.time()
        info = json.loads(get(base + "/api/info")[1])
        jvm_started = datetime.fromisoformat(info["serverStartedAt"].replace("Z", "+00:00")).timestamp()
        token = login(base)
        for path in ["/api/animals", "/api/enclosures", "/api/species", "/api/feedings?due=true", "/api/info"] * 4:
            assert get(base + path, token=token)[0] == 200, path
        time.sleep(2)
        pid = liberty_pid(args.container)
        container_start = container_started_at() if args.container else None
        results["mode"] = "liberty:devc (container)" if args.container else "liberty:dev (local)"
        results["edit"] = args.edit
        results["startup"] = {
            "devModeLaunchToReadySeconds": round(ready_at - launched, 2),
            "serverJvmStartToReadySeconds": round(ready_at - jvm_started, 2),
            "containerStartToReadySeconds": round(ready_at - container_start, 2) if container_start else None,
            "serverRssMb": round(rss_mb(pid), 1) if pid else None,
            "javaVersion": info.get("javaVersion"),
        }
        samples = []
        for i in range(1, args.edits + 1):
            text = f"Hello from edit {i} at {time.time():.3f}"
            before = CLASS.stat().st_mtime_ns if CLASS.exists() else 0
            SOURCE.write_text(pattern.sub(lambda m: replacement(m, text), original))
            saved = time.monotonic()
            compiled = None
            served = None
            deadline = saved + 60
            while time.monotonic() < deadline:
                if compiled is None and CLASS.exists() and CLASS.stat().st_mtime_ns != before:
                    compiled = time.monotonic() - saved
                status, body = get(base + "/api/message", timeout=1)
                if status == 200 and body == text:
                    served = time.monotonic() - saved
                    break
                time.sleep(0.01)
            samples.append({"edit": i, "compiledSeconds": compiled and round(compiled, 3),
                            "servedSeconds": served and round(served, 3)})
            print(f"edit {i}: class written after {compiled if compiled is None else round(compiled, 2)} s,"
                  f" served after {served if served is None else round(served, 2)} s", flush=True)
            time.sleep(args.pause)
        served = [s["servedSeconds"] for s in samples if s["servedSeconds"] is not None]
        compiled = [s["compiledSeconds"] for s in samples if s["compiledSeconds"] is not None]
        results["edits"] = samples
        results["summary"] = {
            "edits": len(samples),
            "failed": len(samples) - len(served),
            "servedMedianSeconds": round(statistics.median(served), 3) if served else None,
            "servedFirstSeconds": samples[0]["servedSeconds"] if samples else None,
            "servedMaxSeconds": round(max(served), 3) if served else None,
            "compiledMedianSeconds": round(statistics.median(compiled), 3) if compiled else None,
        }
        results["machine"] = {
            "cpus": os.cpu_count(),
            "memoryGb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1),
            "kernel": platform.release(),
            "loadAverage1m": round(os.getloadavg()[0], 2),
            "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        }
    finally:
        SOURCE.write_text(original)
        stop_dev_mode(dev, 60)
        if args.container:
            subprocess.run(["docker", "rm", "-f", CONTAINER], capture_output=True)
    print(json.dumps(results, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n")
    if results.get("summary", {}).get("failed"):
        sys.exit(1)


if __name__ == "__main__":
    main()
