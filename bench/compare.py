#!/usr/bin/env python3
"""This project next to the reference apps (../shared/peers: Quarkus, Spring Boot, plain Liberty),
measured interleaved in one run on one machine, reported as ratios.

Absolute times on a shared 2-core machine drift by tens of percent from hour to hour; a ratio of two
measurements taken minutes apart does not. Each round measures every stack once per phase, in turn:

  cold  packaged server: launch -> first 200 of GET /api/message, -> first 200 of a database-backed
        GET (the peers: /api/animals/1; the zoo: /api/health/ready UP, i.e. migrated, then an
        authenticated /api/animals/{id}); resident memory (process tree, MiB) after start and after
        200 requests (100 x /api/message, 100 x /api/animals/{id}). The zoo runs as its production
        image does (bench/zoo_server.py: production profile, the image's jvm.options, a 768 MiB
        memory limit as in k8s/), the peers as ../shared/peers/measure.sh runs them (JVM defaults);
        --peer-jvm-options gives the peers JVM options too.
  dev   dev mode: start -> first 200, then edits of the Java source behind /api/message, save ->
        new text served (the peers: measure.sh's dev phase; the zoo: bench/dev-loop.py). Both edit
        the string that the method returns (--zoo-edit annotation: the zoo's restart path instead).
        --zoo-baseline DIR measures another checkout of the zoo (e.g. an earlier revision: `git
        worktree add /tmp/zoo-before <rev>`, built once with `./mvnw -o install -DskipTests` there)
        in the same rounds as stack "baseline": the ratio zoo / baseline says whether a change
        made the dev loop slower, with the machine's drift cancelled as for the peers.
  load  DB-backed GET vs /api/message throughput and latency at 64 connections (wrk), zoo only:
        bench/zoo_server.py's production settings.

Usage: bench/compare.py [--rounds N] [--phases cold,dev,load] [--peers quarkus[,spring,liberty]|none]
                        [--edits N] [--zoo-edit body|annotation] [--zoo-baseline DIR]
                        [--peers-work DIR] [--json FILE]
Needs: ./mvnw package (the zoo's server in backend/target/liberty), the peers built by measure.sh
(done here on first use into --peers-work), wrk for the load phase (Debian package wrk).
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

from benchlib import get, login, rss_mb, wait_until
from zoo_server import ZooServer

ROOT = Path(__file__).resolve().parent.parent
PEERS = (ROOT / "../shared/peers").resolve()
PORTS = {"quarkus": 8081, "spring": 8082, "liberty": 9080}


def measure_sh(args, stack, phase, extra_env=None):
    """One round of measure.sh for one stack and phase; {metric: value} from its results.tsv."""
    env = dict(os.environ, W=str(args.peers_work), STACKS=stack, PHASES=phase, ROUNDS="1", SKIP_BUILD="1",
               EDITS_PER_SESSION=str(args.edits), **(extra_env or {}))
    subprocess.run([str(PEERS / "measure.sh")], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    results = {}
    for line in (args.peers_work / "results.tsv").read_text().splitlines():
        metric, s, _, value = line.split("\t")
        if s == stack and value:
            results[metric] = float(value)
    return results


def peer_cold(args, stack):
    if not args.peer_jvm_options:
        return measure_sh(args, stack, "cold")
    # The same procedure as measure.sh's cold phase, with JVM options (measure.sh takes none).
    jar = {"quarkus": "quarkus/target/quarkus-app/quarkus-run.jar", "spring": "spring/target/spring-peer.jar"}[stack]
    work = args.peers_work / stack
    subprocess.run(["rm", "-rf", str(work / "target/data")])
    base = f"http://localhost:{PORTS[stack]}"
    t0 = time.monotonic()
    proc = subprocess.Popen(["java", *args.peer_jvm_options.split(), "-jar", str(args.peers_work / jar)], cwd=work,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until(lambda: get(base + "/api/message", timeout=5)[0] == 200, 120, 0.05)
        result = {"cold_msg_ms": (time.monotonic() - t0) * 1000}
        wait_until(lambda: get(base + "/api/animals/1", timeout=5)[0] == 200, 30, 0.05)
        result["cold_animal_ms"] = (time.monotonic() - t0) * 1000
        result["rss_start_mb"] = rss_mb(proc.pid)
        for i in range(1, 101):
            get(base + "/api/message")
            get(base + f"/api/animals/{i}")
        result["rss_200req_mb"] = rss_mb(proc.pid)
        return result
    finally:
        proc.terminate()
        proc.wait(timeout=60)


def zoo_cold(args):
    with ZooServer(fresh_database=True, extra_jvm_options=args.zoo_jvm_options) as server:
        base = server.base
        result = {"cold_msg_ms": server.wait_for("/api/message") * 1000}
        result["cold_ready_ms"] = server.wait_for("/api/health/ready") * 1000
        token = login(base)
        ids = server.animal_ids(token)
        result["cold_animal_ms"] = server.wait_for(f"/api/animals/{ids[0]}", token=token) * 1000
        result["rss_start_mb"] = rss_mb(server.pid)
        for i in range(100):
            get(base + "/api/message")
            get(base + f"/api/animals/{ids[i % len(ids)]}", token=token)
        result["rss_200req_mb"] = rss_mb(server.pid)
        return result


def zoo_dev(args, root=ROOT):
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        # --edit body: the same kind of edit as the reference apps' (a string a method returns)
        subprocess.run([sys.executable, str(root / "bench/dev-loop.py"), "--edits", str(args.edits),
                        "--edit", args.zoo_edit, "--json", out.name],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        data = json.loads(Path(out.name).read_text())
    result = {"devstart_ms": data["startup"]["devModeLaunchToReadySeconds"] * 1000}
    for sample in data["edits"]:
        if sample["servedSeconds"] is not None:
            result[f"edit{sample['edit']}_ms"] = sample["servedSeconds"] * 1000
    return result


def wrk(url, token, seconds=20):
    """wrk's requests/s, p50 and p99 in ms and error count, 64 connections on 2 threads."""
    script = Path(tempfile.mkstemp(suffix=".lua")[1])
    script.write_text(
        'done = function(summary, latency, requests)\n'
        '  io.write(string.format("RESULT %f %f %f %d\\n", summary.requests / (summary.duration / 1e6),'
        ' latency:percentile(50) / 1000, latency:percentile(99) / 1000,'
        ' summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status'
        ' + summary.errors.timeout))\nend\n')
    command = ["wrk", "-t2", "-c64", f"-d{seconds}s", "--latency", "-s", str(script), "-H", f"Authorization: Bearer {token}", url]
    out = subprocess.run(command, capture_output=True, text=True).stdout
    script.unlink()
    line = next(l for l in out.splitlines() if l.startswith("RESULT"))
    rps, p50, p99, errors = line.split()[1:]
    return {"rps": float(rps), "p50_ms": float(p50), "p99_ms": float(p99), "errors": int(errors)}


def zoo_load(args):
    with ZooServer(fresh_database=False, extra_jvm_options=args.zoo_jvm_options) as server:
        server.wait_for("/api/health/ready")
        token = login(server.base)
        ids = server.animal_ids(token)
        animal = f"{server.base}/api/animals/{ids[0]}"
        for url in [server.base + "/api/message", animal]:  # warm-up: the JIT compiles the hot paths
            wrk(url, token, seconds=10)
        message = wrk(server.base + "/api/message", token)
        db = wrk(animal, token)
        return {"load_message_rps": message["rps"], "load_db_rps": db["rps"], "load_db_p50_ms": db["p50_ms"],
                "load_db_p99_ms": db["p99_ms"], "load_message_p99_ms": message["p99_ms"],
                "load_errors": message["errors"] + db["errors"],
                "load_db_share": db["rps"] / message["rps"]}


def ensure_peers_built(args):
    if (args.peers_work / "quarkus/target/quarkus-app/quarkus-run.jar").exists():
        return
    print("building the reference apps (once) ...", flush=True)
    env = dict(os.environ, W=str(args.peers_work), PHASES="", STACKS="quarkus spring liberty")
    subprocess.run([str(PEERS / "measure.sh")], env=env, check=True, stdout=subprocess.DEVNULL)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--phases", default="cold,dev,load")
    parser.add_argument("--peers", default="quarkus")
    parser.add_argument("--edits", type=int, default=4)
    parser.add_argument("--zoo-edit", choices=["body", "annotation"], default="body",
                        help="the zoo's kind of edit (bench/dev-loop.py --edit); the references edit a body")
    parser.add_argument("--peers-work", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "peers_work")
    parser.add_argument("--peer-jvm-options", default="")
    parser.add_argument("--zoo-jvm-options", default="", help="added to the image's jvm.options (experiments)")
    parser.add_argument("--zoo-baseline", type=Path,
                        help="another checkout of the zoo, measured in the dev phase as stack 'baseline'")
    parser.add_argument("--json")
    args = parser.parse_args()
    args.peers_work = args.peers_work.resolve()
    phases, peers = args.phases.split(","), [p for p in args.peers.split(",") if p and p != "none"]
    if peers:
        ensure_peers_built(args)
    if "cold" in phases or "load" in phases:
        with ZooServer() as server:  # fills the OSGi caches, as the image's build does; not counted
            server.wait_for("/api/health/ready")
    samples = []  # (phase, stack, metric, value)
    for r in range(1, args.rounds + 1):
        for phase in phases:
            runs = [("zoo", None)] + [(p, p) for p in peers] if phase != "load" else [("zoo", None)]
            if phase == "dev" and args.zoo_baseline:
                runs.insert(1, ("baseline", None))
            if r % 2 == 0:
                runs.reverse()  # alternate who goes first
            for stack, peer in runs:
                if peer:
                    values = peer_cold(args, peer) if phase == "cold" else measure_sh(args, peer, "dev")
                elif stack == "baseline":
                    values = zoo_dev(args, args.zoo_baseline.resolve())
                else:
                    values = {"cold": zoo_cold, "dev": zoo_dev, "load": zoo_load}[phase](args)
                for metric, value in values.items():
                    samples.append((phase, stack, metric, value))
                print(f"round {r} {phase} {stack}: " + ", ".join(f"{k}={v:.0f}" if v > 10 else f"{k}={v:.2f}"
                                                                 for k, v in values.items()), flush=True)
    report = summarize(samples, peers + (["baseline"] if args.zoo_baseline else []))
    report["machine"] = {"cpus": os.cpu_count(), "loadAverage1m": round(os.getloadavg()[0], 2),
                         "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                         "java": subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0],
                         "peerJvmOptions": args.peer_jvm_options or "JVM defaults",
                         "zooJvmOptions": "backend/src/main/container/jvm.options " + args.zoo_jvm_options}
    print(json.dumps(report, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2) + "\n")


def summarize(samples, peers):
    """Medians per stack and metric, and the zoo's ratio to each peer (zoo / peer: below 1 is faster
    or smaller). The zoo's ready time is compared with the peers' first database-backed 200."""
    medians = {}
    for phase, stack, metric, _ in samples:
        values = [v for p, s, m, v in samples if (p, s, m) == (phase, stack, metric)]
        medians.setdefault(stack, {})[metric] = round(statistics.median(values), 3)
    zoo = medians.get("zoo", {})
    if "edit1_ms" in zoo:
        later = [v for p, s, m, v in samples if s == "zoo" and m.startswith("edit") and m != "edit1_ms"]
        zoo["edit_later_ms"] = round(statistics.median(later), 3)
    for peer in peers:
        values = medians.get(peer, {})
        later = [v for p, s, m, v in samples if s == peer and m.startswith("edit") and m != "edit1_ms"]
        if later:
            values["edit_later_ms"] = round(statistics.median(later), 3)
    pairs = {"cold_msg_ms": "cold_msg_ms", "cold_ready_ms": "cold_animal_ms", "cold_animal_ms": "cold_animal_ms",
             "rss_start_mb": "rss_start_mb", "rss_200req_mb": "rss_200req_mb", "devstart_ms": "devstart_ms",
             "edit1_ms": "edit1_ms", "edit_later_ms": "edit_later_ms"}
    ratios = {peer: {m: round(zoo[m] / medians[peer][p], 2) for m, p in pairs.items()
                     if m in zoo and p in medians.get(peer, {}) and medians[peer][p]}
              for peer in peers}
    return {"medians": medians, "ratios": ratios, "samples": [list(s) for s in samples]}


if __name__ == "__main__":
    main()
