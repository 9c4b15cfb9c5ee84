#!/usr/bin/env python3
"""Does the dev-mode server run the code you saved? Asks the dev loop's status (GET
<URL>/devloop/status, <URL> being the application's root) and says so in one line, or why not
and what to do.

Exit code 0: what answers is the saved code; 1: it is not (compiling, restarting, a compile error,
a failed start, never reloaded); 2: nothing answers, or the server answers without the dev loop.
Needs Python 3 alone: copy this file anywhere.

Usage: doctor.py [URL]   (default $DEVLOOP_URL, else http://localhost:9080)
"""
import json
import os
import sys
import urllib.error
import urllib.request

# What to do for each state that is not current.
ADVICE = {
    "compiling": "wait a moment: dev mode is compiling the saved sources",
    "restarting": "wait a moment: the application restarts to take the save up",
    "compile-failed": "fix the compiler's errors above and save",
    "start-failed": "fix the cause above and save: the application restarts by itself",
    "not-compiled": "read the dev-mode terminal for the compiler's output",
    "not-reloading": "restart dev mode with recompiled classes taken up (see the problem above)",
}


def status(url, timeout=5):
    """The dev loop's status at url (a dict); raises OSError or ValueError when there is none."""
    with urllib.request.urlopen(url.rstrip("/") + "/devloop/status", timeout=timeout) as answer:
        return json.load(answer)


def report(dev):
    """The lines to print and the exit code for a status."""
    if dev.get("state") == "current":
        swap = dev.get("lastSwap")
        how = f", last swapped {', '.join(swap['classes'])}" if swap and swap.get("classes") else ""
        return [f"CURRENT: what answers is the code you saved (reload: {dev.get('reload')}{how})."], 0
    lines = [f"NOT CURRENT ({dev.get('state')}): {dev.get('problem')}"]
    for error in (dev.get("lastCompile") or {}).get("errors") or []:
        lines.append(f"  {error['file']}:{error['line']}: {error['message']}")
    advice = ADVICE.get(dev.get("state"))
    if advice:
        lines.append(f"  Fix: {advice}.")
    return lines, 1


def main(argv):
    url = argv[1] if len(argv) > 1 else os.environ.get("DEVLOOP_URL", "http://localhost:9080")
    try:
        dev = status(url)
    except urllib.error.HTTPError as e:
        print(f"NO DEV LOOP at {url} (GET /devloop/status: HTTP {e.code}): the server answers, but"
              " not with an application in dev mode that holds the dev loop (or it is restarting).")
        return 2
    except ValueError as e:  # an answer, but not the status (e.g. a web UI's page for any path)
        print(f"NO DEV LOOP at {url} (GET /devloop/status answered something else than its JSON: {e}):"
              " is URL the application's root, and does it run in dev mode with the dev loop?")
        return 2
    except OSError as e:
        print(f"NOTHING ANSWERS at {url} ({e}): start dev mode (mvn liberty:dev).")
        return 2
    lines, code = report(dev)
    print("\n".join(lines))
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv))
