#!/usr/bin/env python3
"""Dev-mode memory over a long session: what the server JVM holds after N application restarts.

Starts `./mvnw liberty:dev` non-interactively (its stdin is a pipe that stays open; writing "q"
ends it; no empty line is ever written, which would run the tests) with Native Memory Tracking on
for the server JVM (JVM_ARGS=-XX:NativeMemoryTracking=summary, which Liberty's server script adds
to the server's command line), waits until /health/ready is UP, then N times rewrites the
@ConfigProperty default behind /api/message (an annotation edit: dev mode's agent restarts the
application for it, as `bench/dev-loop.py --edit annotation` does) and waits until the new text is
served; then, with --swaps M, M times makes the method behind it return a new literal instead (a
method body: the agent swaps it in without a restart). At the start and after every K edits it
runs a full GC (`jcmd GC.run`) and records:

  - the server JVM's resident memory (VmRSS) and that of dev mode's Maven JVM;
  - the heap in use after the GC (`jcmd GC.heap_info`);
  - the committed memory of each Native Memory Tracking category (`jcmd VM.native_memory summary`):
    Java Heap, Class (metaspace), Code, Thread, GC, Compiler, Internal, Other, Symbol, ...;
  - metaspace as `jcmd VM.metaspace` sees it (committed, used, class loaders, classes);
  - the code cache (`jcmd Compiler.codecache`: used, max used, nmethods);
  - the loaded class count and the live class loaders of the application (instances of Liberty's
    AppClassLoader and ThreadContextClassLoader in `jcmd GC.class_histogram`; each start of the
    application makes new ones, so after the GC this says whether old ones are still reachable).

Prints a table and the JSON (also written to --json). The source file is restored afterwards,
whatever happens. Exit 1 if a restart is not served within 90 s.

Usage: bench/dev-memory.py [--restarts N] [--swaps M] [--every K] [--port P] [--https-port P] [--json FILE]
                           [--no-nmt] [--jvm-args ARGS]
Environment: JAVA_HOME (the JDK of Maven, the server and jcmd), plus anything liberty:dev reads.
"""
import argparse
import json
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

from benchlib import descendants, get, rss_mb, stop_dev_mode, wait_until

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "backend/src/main/java/org/example/zoo/info/MessageResource.java"
LOG = ROOT / "backend/target/dev-memory-bench.log"
BODY = re.compile(r'(\n    )return message;(\n)')
PATTERN = re.compile(r'(@ConfigProperty\(name = "zoo.message", defaultValue = ")([^"]*)(")')
# Liberty's class loaders that each start of an application makes anew.
APP_LOADERS = ("com.ibm.ws.classloading.internal.AppClassLoader",
               "com.ibm.ws.classloading.internal.ThreadContextClassLoader")
# The NMT categories shown in the table (all are in the JSON).
TABLE_NMT = ["Class", "Metaspace", "Code", "Thread", "Symbol", "Arena Chunk", "Native Memory Tracking"]


def jcmd_path():
    home = os.environ.get("JAVA_HOME")
    if home and (Path(home) / "bin/jcmd").exists():
        return str(Path(home) / "bin/jcmd")
    found = shutil.which("jcmd")
    if not found:
        sys.exit("no jcmd: set JAVA_HOME to a JDK")
    return found


def jcmd(pid, *command):
    out = subprocess.run([JCMD, str(pid), *command], capture_output=True, text=True, timeout=180)
    return out.stdout


def server_pid(maven_pid):
    """The server JVM that this dev mode started (never another server on the machine)."""
    for pid in descendants(maven_pid):
        try:
            args = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if "ws-server.jar" in args:
            return pid
    return None


def to_mb(value, unit):
    factor = {"": 1 / 2**20, "B": 1 / 2**20, "K": 1 / 1024, "KB": 1 / 1024, "M": 1, "MB": 1,
              "G": 1024, "GB": 1024}[unit.upper()]
    return float(value) * factor


def nmt_summary(pid):
    """{category: committed MB} and the class and thread counts, from VM.native_memory summary."""
    text = jcmd(pid, "VM.native_memory", "summary", "scale=KB")
    if "not enabled" in text:
        return None
    categories = {}
    total = re.search(r"Total: reserved=(\d+)KB, committed=(\d+)KB", text)
    if total:
        categories["Total"] = round(int(total.group(2)) / 1024, 1)
    for name, committed in re.findall(r"^-\s+(.+?) \(reserved=\d+KB, committed=(\d+)KB\)", text, re.M):
        categories[name.strip()] = round(int(committed) / 1024, 1)
    classes = re.search(r"\(classes #(\d+)\)", text)
    threads = re.search(r"\(thread #(\d+)\)", text)
    malloc = re.search(r"^\s+malloc: (\d+)KB", text, re.M)
    return {"committedMb": categories,
            "classes": int(classes.group(1)) if classes else None,
            "threads": int(threads.group(1)) if threads else None,
            "totalMallocMb": round(int(malloc.group(1)) / 1024, 1) if malloc else None}


def heap_used_mb(pid):
    """The heap in use (the generations' "used", metaspace excluded), from GC.heap_info."""
    text = jcmd(pid, "GC.heap_info")
    used = 0.0
    for line in text.splitlines():
        if "Metaspace" in line or "class space" in line:
            continue
        m = re.search(r"total \d+K, used (\d+)K", line)
        if m:
            used += int(m.group(1)) / 1024
    return round(used, 1)


def metaspace(pid):
    """Loaders, classes, and the committed and used metaspace (both class and non-class)."""
    text = jcmd(pid, "VM.metaspace")
    result = {}
    m = re.search(r"Total Usage - (\d+) loaders, (\d+) classes", text)
    if m:
        result["loaders"], result["classes"] = int(m.group(1)), int(m.group(2))
    # The "Total Usage" block ends with a "Both:" line: "<n> chunks, <x> MB capacity, <y> MB (..%)
    # committed, <z> MB (..%) used, ..."
    block = text.split("Total Usage", 1)[-1]
    m = re.search(r"Both:\s+.*?([\d.]+) ([KMG]?B) capacity,\s+([\d.]+) ([KMG]?B) \([^)]*\) committed,"
                  r"\s+([\d.]+) ([KMG]?B) \([^)]*\) used", block, re.S)
    if m:
        result["capacityMb"] = round(to_mb(m.group(1), m.group(2)), 1)
        result["committedMb"] = round(to_mb(m.group(3), m.group(4)), 1)
        result["usedMb"] = round(to_mb(m.group(5), m.group(6)), 1)
    m = re.search(r"Virtual space:.*?Both:\s+([\d.]+) ([KMG]?B) reserved,\s+([\d.]+) ([KMG]?B)", text, re.S)
    if m:
        result["virtualCommittedMb"] = round(to_mb(m.group(3), m.group(4)), 1)
    m = re.search(r"Free chunks:\s+([\d.]+) ([KMG]?B)", text)
    if m:
        result["freeChunksMb"] = round(to_mb(m.group(1), m.group(2)), 1)
    m = re.search(r"Waste.*?Total waste:\s+([\d.]+) ([KMG]?B)|Total waste:\s+([\d.]+) ([KMG]?B)", text, re.S)
    if m and (m.group(1) or m.group(3)):
        result["wasteMb"] = round(to_mb(m.group(1) or m.group(3), m.group(2) or m.group(4)), 1)
    return result


def code_cache(pid):
    """Used and max-used code cache (all segments) and the number of compiled methods."""
    text = jcmd(pid, "Compiler.codecache")
    used = max_used = size = 0.0
    for m in re.finditer(r"size=(\d+)Kb used=(\d+)Kb max_used=(\d+)Kb", text):
        size += int(m.group(1)) / 1024
        used += int(m.group(2)) / 1024
        max_used += int(m.group(3)) / 1024
    nmethods = re.search(r"nmethods=(\d+)", text)
    return {"sizeMb": round(size, 1), "usedMb": round(used, 1), "maxUsedMb": round(max_used, 1),
            "nmethods": int(nmethods.group(1)) if nmethods else None}


def heap_range(pid):
    """[start, end) of the Java heap's reserved addresses, from GC.heap_info's generations."""
    ranges = [(int(a, 16), int(c, 16)) for a, _, c in
              re.findall(r"\[(0x[0-9a-f]+), (0x[0-9a-f]+), (0x[0-9a-f]+)\)", jcmd(pid, "GC.heap_info"))]
    return (min(a for a, _ in ranges), max(c for _, c in ranges)) if ranges else None


def code_cache_range(pid):
    """[start, end) of the code cache's segments, from Compiler.codecache's bounds."""
    ranges = [(int(a, 16), int(c, 16)) for a, _, c in
              re.findall(r"bounds \[(0x[0-9a-f]+), (0x[0-9a-f]+), (0x[0-9a-f]+)\]", jcmd(pid, "Compiler.codecache"))]
    return (min(a for a, _ in ranges), max(c for _, c in ranges)) if ranges else None


def rss_parts(pid):
    """The resident memory split by what the pages are (/proc/PID/smaps): the Java heap, the code
    cache, file mappings (libjvm.so, the CDS archive, ...), thread stacks that the kernel names,
    and every other anonymous mapping (malloc's arenas and brk heap, metaspace, thread stacks)."""
    heap, code = heap_range(pid), code_cache_range(pid)
    parts = {"javaHeap": 0, "codeCache": 0, "files": 0, "otherAnonymous": 0}
    region = None
    for line in Path(f"/proc/{pid}/smaps").read_text().splitlines():
        m = re.match(r"^([0-9a-f]+)-([0-9a-f]+) \S+ \S+ \S+ \S+\s*(.*)$", line)
        if m:
            start, name = int(m.group(1), 16), m.group(3)
            if heap and heap[0] <= start < heap[1]:
                region = "javaHeap"
            elif code and code[0] <= start < code[1]:
                region = "codeCache"
            elif name.startswith("/"):
                region = "files"
            else:
                region = "otherAnonymous"
        elif line.startswith("Rss:") and region:
            parts[region] += int(line.split()[1])
    return {k: round(v / 1024, 1) for k, v in parts.items()}


def app_loaders(pid):
    """Live instances of each of Liberty's per-application class loaders (after a full GC)."""
    text = jcmd(pid, "GC.class_histogram")
    counts = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 4 and parts[3] in APP_LOADERS:
            counts[parts[3].rsplit(".", 1)[1]] = int(parts[1])
    return counts


def sample(pid, maven_pid, restarts):
    jcmd(pid, "GC.run")
    time.sleep(1)
    jcmd(pid, "GC.run")  # a second one: finalizers and references the first one queued
    point = {"restarts": restarts, "at": round(time.time(), 1),
             "rssMb": round(rss_mb(pid), 1),
             # dev mode's Maven JVM (and its launcher script), without the server's processes
             "mavenRssMb": round(rss_mb(maven_pid) - rss_mb(pid), 1),
             "heapUsedMb": heap_used_mb(pid),
             "rssPartsMb": rss_parts(pid),
             "nmt": nmt_summary(pid),
             "metaspace": metaspace(pid),
             "codeCache": code_cache(pid),
             "appClassLoaders": app_loaders(pid)}
    return point


def table(points):
    nmt_names = []
    for name in TABLE_NMT:
        if any(p["nmt"] and name in p["nmt"]["committedMb"] for p in points):
            nmt_names.append(name)
    head = (["restarts", "RSS", "RSS heap", "RSS code", "RSS files", "RSS other anon", "heap used", "NMT total"] + [f"NMT {n}" for n in nmt_names]
            + ["metaspace committed", "metaspace used", "loaders", "classes", "code cache used",
               "nmethods", "app loaders live", "Maven RSS"])
    rows = []
    for p in points:
        nmt = p["nmt"]["committedMb"] if p["nmt"] else {}
        ms = p["metaspace"]
        parts = p.get("rssPartsMb", {})
        label = f'{p["restarts"]} + {p["swaps"]} swaps' if "swaps" in p else p["restarts"]
        rows.append([label, p["rssMb"], parts.get("javaHeap", ""), parts.get("codeCache", ""),
                     parts.get("files", ""), parts.get("otherAnonymous", ""), p["heapUsedMb"],
                     nmt.get("Total", "")]
                    + [nmt.get(n, "") for n in nmt_names]
                    + [ms.get("committedMb", ""), ms.get("usedMb", ""), ms.get("loaders", ""),
                       ms.get("classes", ""), p["codeCache"]["usedMb"], p["codeCache"]["nmethods"],
                       "+".join(str(v) for v in p["appClassLoaders"].values()), p["mavenRssMb"]])
    lines = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
    lines += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(lines)


def main():
    # A SIGTERM (a timeout, a killed benchmark) unwinds like Ctrl-C, so that the edited source is restored.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("dev-memory: terminated"))
    parser = argparse.ArgumentParser()
    parser.add_argument("--restarts", type=int, default=100)
    parser.add_argument("--swaps", type=int, default=0, help="then this many swapped edits (method bodies)")
    parser.add_argument("--every", type=int, default=10, help="measure after every K restarts")
    parser.add_argument("--port", type=int, default=9080)
    parser.add_argument("--https-port", type=int, default=None, help="default: --port + 363")
    parser.add_argument("--pause", type=float, default=1.0, help="seconds between a served edit and the next")
    parser.add_argument("--no-nmt", action="store_true", help="without Native Memory Tracking (RSS as without it)")
    parser.add_argument("--jvm-args", default="", help="more JVM options for the server (JVM_ARGS)")
    parser.add_argument("--json", help="also write the results to this file")
    args = parser.parse_args()
    global JCMD
    JCMD = jcmd_path()
    base = f"http://127.0.0.1:{args.port}"
    if get(base + "/health/live")[0] is not None:
        sys.exit(f"something already answers on port {args.port}; stop it or pass --port")
    original = SOURCE.read_text()
    if not PATTERN.search(original) or not BODY.search(original):
        sys.exit(f"cannot find the zoo.message default or `return message;` in {SOURCE}")
    jvm_args = " ".join(a for a in [os.environ.get("JVM_ARGS", ""), args.jvm_args,
                                    "" if args.no_nmt else "-XX:NativeMemoryTracking=summary"] if a)
    env = dict(os.environ, HTTP_PORT=str(args.port),
               HTTPS_PORT=str(args.https_port or args.port + 363), JVM_ARGS=jvm_args)
    (ROOT / "backend/target").mkdir(parents=True, exist_ok=True)
    log = open(LOG, "w")
    dev = subprocess.Popen(["./mvnw", "-B", "-ntp", "liberty:dev"], cwd=ROOT, env=env,
                           stdin=subprocess.PIPE, stdout=log, stderr=subprocess.STDOUT,
                           start_new_session=True)
    results = {"restarts": args.restarts, "every": args.every, "jvmArgs": jvm_args, "points": []}
    failed = 0
    try:
        if not wait_until(lambda: get(base + "/health/ready")[0] == 200, timeout=600, interval=0.2):
            sys.exit("dev mode did not become ready in 600 s; see backend/target/dev-memory-bench.log")
        assert get(base + "/api/message")[0] == 200
        time.sleep(3)
        pid = server_pid(dev.pid)
        if pid is None:
            sys.exit("cannot find the server JVM among dev mode's processes")
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        results["serverJvmOptions"] = [a.decode() for a in cmdline if a.startswith(b"-X") or a.startswith(b"-javaagent")]
        if not args.no_nmt and nmt_summary(pid) is None:
            sys.exit("Native Memory Tracking is not on in the server JVM: JVM_ARGS did not reach it")
        point = sample(pid, dev.pid, 0)
        results["points"].append(point)
        print(f"restarts 0: RSS {point['rssMb']} MB, heap {point['heapUsedMb']} MB", flush=True)
        restart_seconds = []
        for i in range(1, args.restarts + 1):
            text = f"Hello after restart {i} at {time.time():.3f}"
            SOURCE.write_text(PATTERN.sub(lambda m: m.group(1) + text + m.group(3), original))
            saved = time.monotonic()
            served = wait_until(lambda: get(base + "/api/message", timeout=2) == (200, text),
                                timeout=90, interval=0.05)
            if not served:
                failed += 1
                print(f"restart {i}: not served within 90 s", flush=True)
            else:
                restart_seconds.append(time.monotonic() - saved)
            if server_pid(dev.pid) != pid:
                sys.exit("the server JVM changed: dev mode restarted the server, not the application")
            if i % args.every == 0 or i == args.restarts:
                time.sleep(2)  # the restart's background work (Flyway's check, OpenAPI) settles
                point = sample(pid, dev.pid, i)
                results["points"].append(point)
                nmt = point["nmt"]["committedMb"] if point["nmt"] else {}
                print(f"restarts {i}: RSS {point['rssMb']} MB, heap {point['heapUsedMb']} MB,"
                      f" NMT class {nmt.get('Class')} code {nmt.get('Code')} other {nmt.get('Other')},"
                      f" app loaders {point['appClassLoaders']}", flush=True)
            time.sleep(args.pause)
        # Swapped edits on top: the method body behind /api/message returns a literal (the agent
        # redefines the class without a restart); counted from the agent's lines in the log.
        base_source = SOURCE.read_text()
        swaps_before = LOG.read_text(errors="replace").count("devloop-agent: swapped")
        for j in range(1, args.swaps + 1):
            text = f"Hello from swap {j} at {time.time():.3f}"
            SOURCE.write_text(BODY.sub(lambda m: m.group(1) + 'return "' + text + '";' + m.group(2), base_source))
            if not wait_until(lambda: get(base + "/api/message", timeout=2) == (200, text), timeout=90, interval=0.05):
                failed += 1
                print(f"swap {j}: not served within 90 s", flush=True)
            if j % args.every == 0 or j == args.swaps:
                time.sleep(2)
                point = sample(pid, dev.pid, args.restarts)
                point["swaps"] = j
                point["swappedWithoutRestart"] = LOG.read_text(errors="replace").count("devloop-agent: swapped") - swaps_before
                results["points"].append(point)
                print(f"swaps {j} ({point['swappedWithoutRestart']} without a restart): RSS {point['rssMb']} MB,"
                      f" heap {point['heapUsedMb']} MB", flush=True)
            time.sleep(args.pause)
        points = [p for p in results["points"] if "swaps" not in p]
        results["summary"] = {
            "failed": failed,
            "servedMedianSeconds": round(sorted(restart_seconds)[len(restart_seconds) // 2], 2) if restart_seconds else None,
            "rssStartMb": points[0]["rssMb"], "rssEndMb": points[-1]["rssMb"],
            "rssPerRestartMb": round((points[-1]["rssMb"] - points[0]["rssMb"]) / max(1, points[-1]["restarts"]), 2),
        }
        if len(points) >= 3:
            # the slope of the second half: whether growth levels off
            half = [p for p in points if p["restarts"] >= points[-1]["restarts"] / 2]
            span = half[-1]["restarts"] - half[0]["restarts"]
            if span:
                results["summary"]["rssPerRestartSecondHalfMb"] = round((half[-1]["rssMb"] - half[0]["rssMb"]) / span, 2)
        results["machine"] = {
            "cpus": os.cpu_count(),
            "memoryGb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1),
            "kernel": platform.release(),
            "java": subprocess.run([JCMD, str(pid), "VM.version"], capture_output=True, text=True).stdout.split("\n")[1:3],
            "loadAverage1m": round(os.getloadavg()[0], 2),
            "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        }
    finally:
        SOURCE.write_text(original)
        stop_dev_mode(dev, 90)
        if args.json:
            Path(args.json).write_text(json.dumps(results, indent=2) + "\n")
    print(table(results["points"]))
    print(json.dumps(results.get("summary", {}), indent=2))
    if failed:
        sys.exit(1)


if __name__ == "__main__":
    main()
