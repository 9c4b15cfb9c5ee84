"""The packaged server run as the production image runs it, for benchmarks.

A copy of the server that ./mvnw package leaves in backend/target/liberty (server `zoo-bench`, the
same runtime, libraries and application), started in the foreground with the image's settings:
the image's JVM options (backend/src/main/container/jvm.options), the environment backend/Dockerfile
sets (production profile, application monitor disabled, /metrics behind its reader), the memory limit
of k8s/base/deployment.yaml given to the JVM as the container's limit would be (-XX:MaxRAM), and the
embedded H2 database (DB_KIND=h2; SQL Server cannot run on this machine) with the demo data, so that
there are rows to read. The OSGi caches (workarea) are kept between runs, as the image's build leaves
them warm; the first run of a benchmark fills them and is not counted. Not the container itself: the JVM and the files are the image's, the
container runtime's own start (~0.3 s) is left out.
"""
import json
import os
import re
import shutil
import signal
import subprocess
import time
import uuid
from pathlib import Path

from benchlib import get

ROOT = Path(__file__).resolve().parent.parent
WLP = ROOT / "backend/target/liberty/wlp"
NAME = "zoo-bench"


def memory_limit():
    """The container memory limit of the Kubernetes manifest, as a JVM size (e.g. 768m)."""
    text = (ROOT / "k8s/base/deployment.yaml").read_text()
    limits = re.findall(r"limits:\s*\n(?:\s+\S.*\n)*?\s+memory:\s*(\d+)Mi", text)
    return f"{max(int(m) for m in limits)}m"


class ZooServer:
    def __init__(self, fresh_database=True, port=9080, extra_jvm_options=""):
        self.extra = extra_jvm_options.split()
        self.port = port
        self.base = f"http://127.0.0.1:{port}"
        self.fresh = fresh_database
        self.directory = WLP / "usr/servers" / NAME
        self.proc = None
        self.t0 = None

    def __enter__(self):
        template = WLP / "usr/servers/zoo"
        if not (template / "server.xml").exists():
            raise SystemExit("no server: run ./mvnw package first (it creates backend/target/liberty)")
        if get(self.base + "/health/live")[0] is not None:
            raise SystemExit(f"port {self.port} is in use")
        # Kept from the last run: the OSGi and feature caches (workarea), which the image's build
        # fills (configure.sh starts the server once), and, unless a fresh database is asked for,
        # the data.
        kept = {"workarea"} | (set() if self.fresh else {"data"})
        saved = WLP / "usr/servers" / (NAME + ".kept")
        shutil.rmtree(saved, ignore_errors=True)
        saved.mkdir()
        for name in kept:
            if (self.directory / name).exists():
                (self.directory / name).rename(saved / name)
        shutil.rmtree(self.directory, ignore_errors=True)
        shutil.copytree(template, self.directory,
                        ignore=shutil.ignore_patterns("logs", "workarea", "data", "tranlog", "it-*.xml"))
        for path in saved.iterdir():
            path.rename(self.directory / path.name)
        saved.rmdir()
        options = (ROOT / "backend/src/main/container/jvm.options").read_text()
        lines = [f"-XX:MaxRAM={memory_limit()}", *self.extra]
        (self.directory / "jvm.options").write_text(options + "\n" + "\n".join(lines) + "\n")
        env = dict(os.environ, HTTP_PORT=str(self.port), HTTPS_PORT=str(self.port + 363), HTTP_HOST="127.0.0.1",
                   ZOO_PROFILE="prod", APP_UPDATE_TRIGGER="disabled", METRICS_AUTH="on",
                   METRICS_USER="bench", METRICS_PASSWORD=str(uuid.uuid4()), DB_KIND="h2", ZOO_DEMO_DATA="true",
                   ZOO_AUTH_SIGNING_KEY_FILE=str(ROOT / "backend/src/test/liberty/configDropins/it-signing-key.pem"),
                   ZOO_AUTH_ADMIN_PASSWORD=str(uuid.uuid4()))
        env.pop("JVM_ARGS", None)
        self.t0 = time.monotonic()
        self.proc = subprocess.Popen([str(WLP / "bin/server"), "run", NAME], env=env, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL, start_new_session=True)
        return self

    @property
    def pid(self):
        return self.proc.pid

    def wait_for(self, path, token=None, timeout=120):
        """Seconds from the launch until GET path answers 200 (polled every 20 ms)."""
        while time.monotonic() - self.t0 < timeout:
            if get(self.base + path, timeout=5, token=token)[0] == 200:
                return time.monotonic() - self.t0
            time.sleep(0.02)
        raise SystemExit(f"{path} did not answer 200 within {timeout} s; see {self.directory}/logs")

    def animal_ids(self, token):
        status, body = get(self.base + "/api/animals?size=100", timeout=10, token=token)
        ids = [a["id"] for a in json.loads(body)["items"]]
        if not ids:
            raise SystemExit("no animals to read: the demo data did not load")
        return ids

    def __exit__(self, *exc):
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
        time.sleep(1)
