"""The doctor's diagnosis (tools/doctor.py gathers the facts): from what the running backend says
about itself (/api/info), the working tree's facts and the serving container's, what is stale, why,
and the one command that fixes it. Pure: no I/O, so each case is a unit test (tools/tests).
Times are epoch seconds; paths are pathlib.Path objects.
"""
import re
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SLACK_SECONDS = 2  # file systems and clocks: a save within 2 s of the start is not "newer"


def parse(ts):
    """An ISO-8601 instant (Java's and Docker's, up to nanoseconds) as epoch seconds, or None."""
    try:
        ts = re.sub(r"(\.\d{6})\d+", r"\1", ts.replace("Z", "+00:00"))
        return datetime.fromisoformat(ts).timestamp()
    except (AttributeError, ValueError, TypeError):
        return None


def when(t):
    return datetime.fromtimestamp(t, timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")


def rel(path):
    return path.relative_to(ROOT) if path and str(path).startswith(str(ROOT)) else path


def diagnose(info, tree, container):
    """What is stale and how to fix it: a list of (what, fix). Pure: `tree` holds the working tree's
    facts (times as epoch seconds, paths), `container` the serving container's (or None)."""
    stale = []
    source = info.get("buildSource")
    started = parse(info.get("startedAt"))
    built = parse(info.get("buildTime"))
    trigger = info.get("updateTrigger")
    src_time, src_file = tree.get("source", (None, None))
    cls_time = tree.get("classes")

    if tree.get("head") and info.get("revision") not in ("unknown", tree["head"]) and source != "dev":
        stale.append((f"the backend runs revision {info['revision']}, the working tree is at {tree['head']}",
                      "make prod (rebuilds the images from the working tree)"))

    dev = info.get("dev")
    if source == "dev" and dev:
        # The server's own build status (/api/info "dev"): it sees its sources, classes and start.
        in_container = container is not None and container["kind"] == "devc"
        stale.extend(dev_status(dev, "make dev" if in_container else "./mvnw (dev mode)"))
    elif source == "dev":
        in_container = container is not None and container["kind"] == "devc"
        restart = "make dev" if in_container else "./mvnw (dev mode)"
        if trigger == "disabled":
            stale.append(("the server's application monitor is disabled (APP_UPDATE_TRIGGER=disabled, the production"
                          " image's setting): recompiled classes are never loaded, every save stays unserved",
                          f"quit this dev mode (q), then {restart} (its dev settings enable the monitor; with"
                          " liberty:devc by hand, do not pass -e APP_UPDATE_TRIGGER=disabled)"))
        elif built is not None and started is not None and built > started + SLACK_SECONDS:
            event = tree.get("event")
            if event and event[0] == "failed":
                stale.append((f"classes were compiled at {when(built)} but the application failed to start with them:"
                              f" {event[1].strip()}", "fix that error and save again (dev mode restarts the application)"))
            else:
                stale.append((f"classes were compiled at {when(built)}, after the application last started"
                              f" ({when(started)}), and it has not restarted with them", "wait a few seconds; if it"
                              f" stays so, read the {'container' if in_container else 'dev-mode'} log for the"
                              f" application's restart, or restart {restart}"))
        if src_time is not None and cls_time is not None and src_time > cls_time + SLACK_SECONDS \
                and src_file is not None and src_file.suffix == ".java":
            stale.append((f"{rel(src_file)} was saved at {when(src_time)}, after the newest compiled class"
                          f" ({when(cls_time)}): it did not compile, or dev mode is not watching",
                          f"read the compile error in the {'make dev' if in_container else 'dev-mode'} terminal;"
                          " a pom.xml change needs a restart of dev mode"))
    elif source == "build":
        if src_time is not None and built is not None and src_time > built + SLACK_SECONDS:
            where = "the production stack's image" if container and container["kind"] == "compose" else "a packaged build"
            stale.append((f"{rel(src_file)} changed at {when(src_time)}, after the build this server runs"
                          f" ({when(built)}); this is {where}, which never picks up edits",
                          "develop with make dev (containers, edits served in seconds) or ./mvnw (local);"
                          " to update this stack: make prod"))

    if container and container["kind"] == "compose" and container.get("image_created"):
        image_time = container["image_created"]
        for label, t in (("backend/Dockerfile", tree.get("dockerfile")), ("backend/target/zoo.war", tree.get("war"))):
            if t is not None and t > image_time + SLACK_SECONDS:
                stale.append((f"{label} changed at {when(t)}, after the image of {container['name']} was built"
                              f" ({when(image_time)})", "make prod (rebuilds the image and recreates the container)"))
    if container and container["kind"] == "compose" and container.get("config_hash") \
            and tree.get("config_hash") and tree["config_hash"] != container["config_hash"]:
        stale.append((f"the stack's configuration (.env or a compose file) differs from the one {container['name']}"
                      " was created with (compose's configuration hash)",
                      "make prod (compose recreates containers whose configuration changed)"))

    database = (info.get("database") or {}).get("status")
    if database and database != "READY":
        stale.append((f"the application runs but its database is {database}: it answers 503 to API calls",
                      "read the reason in /health/ready (data.reason) and the server log; a migration that"
                      " failed, or one removed after it ran, keeps it so until the database is fixed or recreated"))

    ui_time, ui_file = tree.get("ui", (None, None))
    dist = tree.get("dist")
    if ui_time is not None and dist is not None and ui_time > dist + SLACK_SECONDS and not tree.get("vite"):
        stale.append((f"{rel(ui_file)} changed after the UI bundle that the backend serves was built"
                      f" ({when(dist)})", "use the Vite dev server (make dev / npm run dev: port 5173, hot reload),"
                      " or npm --prefix frontend run build (dev mode serves the new bundle at once)"))
    return stale


def dev_status(dev, restart):
    """What the server's build status says is stale: (what, fix) pairs, the compiler's errors as
    file:line: message, a failed start with its cause."""
    state = dev.get("state")
    if state in (None, "current"):
        return []
    compile_ = dev.get("lastCompile") or {}
    if state == "compile-failed":
        errors = [f"{e.get('file')}:{e.get('line')}: {e.get('message')}" for e in compile_.get("errors") or []]
        return [("the saved code does not compile, the server still runs the previous classes:\n    "
                  + "\n    ".join(errors), "fix the error at that line and save (dev mode compiles it again)")]
    if state == "start-failed":
        cause = (dev.get("lastStart") or {}).get("cause")
        return [(f"the application failed to start: {cause}",
                 "fix that code and save (dev mode restarts the application)")]
    if state == "not-reloading":
        return [(dev.get("problem"), f"quit this dev mode (q), then {restart} (its dev settings enable the monitor)")]
    if state in ("compiling", "restarting"):
        return [(dev.get("problem"), "wait a few seconds and ask again; if it stays so, read the dev-mode log,"
                 f" or restart {restart}")]
    return [(dev.get("problem") or f"build state {state}", f"read the dev-mode log, or restart {restart}")]
