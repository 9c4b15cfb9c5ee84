"""Unit tests of tools/doctor.py's diagnosis (tools/doctor_diagnosis.py): each stale case names its true
cause and the one command that fixes it, and nothing is reported when all is current.
Run: python3 -m unittest discover tools/tests
"""
import sys
import unittest
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import doctor_diagnosis as doctor  # noqa: E402 (the tools folder is not a package)

T0 = 1_800_000_000  # an epoch second; the facts below are minutes around it
JAVA = ROOT / "backend/src/main/java/org/example/zoo/info/MessageResource.java"


def iso(t):
    return doctor.datetime.fromtimestamp(t, doctor.timezone.utc).isoformat().replace("+00:00", "Z")


def info(source="dev", built=T0, started=T0 + 1, trigger="polled", revision="abc1234"):
    return {"buildSource": source, "buildTime": iso(built), "startedAt": iso(started), "updateTrigger": trigger,
            "revision": revision, "serverStartedAt": iso(T0 - 60), "database": {"status": "READY"}}


def tree(**facts):
    base = {"head": "abc1234", "source": (T0 - 10, JAVA), "classes": T0, "ui": (None, None), "dist": None,
            "dockerfile": T0 - 3600, "war": T0 - 600, "env": T0 - 3600, "vite": False, "event": None,
            "config_hash": None}
    base.update(facts)
    return base


DEVC = {"name": "zoo-backend-dev", "kind": "devc", "created": T0 - 120, "image_created": T0 - 180}
COMPOSE = {"name": "zoo_backend_1", "kind": "compose", "created": T0 - 120, "image_created": T0 - 300,
           "config_hash": "old"}


class DiagnoseTest(unittest.TestCase):
    def assertOne(self, stale, *words):
        self.assertEqual(len(stale), 1, f"exactly one finding expected: {stale}")
        text = " ".join(stale[0])
        for word in words:
            self.assertIn(word, text, f"{word!r} missing from: {text}")

    def test_current_dev_mode_is_up_to_date(self):
        self.assertEqual(doctor.diagnose(info(), tree(), DEVC), [])

    def test_disabled_update_trigger_is_the_cause_and_make_dev_the_fix(self):
        stale = doctor.diagnose(info(trigger="disabled", built=T0 + 30), tree(classes=T0 + 30), DEVC)
        self.assertOne(stale, "APP_UPDATE_TRIGGER=disabled", "quit this dev mode", "make dev")
        self.assertNotIn("compile error", " ".join(stale[0]))

    def test_classes_newer_than_the_application_with_a_failed_start_cite_the_error(self):
        line = "[11/30/26, 14:00:00:000 UTC] 00000025 AppMessageHelper E CWWKZ0002E: An exception occurred while starting the application zoo."
        stale = doctor.diagnose(info(built=T0 + 30), tree(classes=T0 + 30, event=("failed", line)), DEVC)
        self.assertOne(stale, "CWWKZ0002E", "failed to start")

    def test_classes_newer_than_the_application_without_an_error_say_it_has_not_restarted(self):
        stale = doctor.diagnose(info(built=T0 + 30), tree(classes=T0 + 30), DEVC)
        self.assertOne(stale, "has not restarted", "make dev")

    def test_a_source_newer_than_every_class_is_a_compile_error(self):
        stale = doctor.diagnose(info(), tree(source=(T0 + 60, JAVA)), None)
        self.assertOne(stale, "MessageResource.java", "did not compile", "compile error")

    def test_the_production_stack_never_serves_edits_and_names_make_dev(self):
        stale = doctor.diagnose(info(source="build", built=T0 - 600, started=T0 - 100),
                                tree(source=(T0 + 60, JAVA)), COMPOSE)
        self.assertOne(stale, "MessageResource.java", "never picks up edits", "make dev", "make prod")

    def test_an_image_older_than_the_dockerfile_or_the_war(self):
        for fact, label in (("dockerfile", "backend/Dockerfile"), ("war", "backend/target/zoo.war")):
            with self.subTest(fact):
                stale = doctor.diagnose(info(source="build", built=T0 - 900, started=T0 - 100),
                                        tree(source=(T0 - 1000, JAVA), **{fact: T0}), COMPOSE)
                self.assertOne(stale, label, "after the image", "make prod")

    def test_a_configuration_changed_after_the_container_was_created(self):
        stale = doctor.diagnose(info(source="build", built=T0 - 900, started=T0 - 100),
                                tree(source=(T0 - 1000, JAVA), config_hash="new"), COMPOSE)
        self.assertOne(stale, ".env", "configuration", "make prod")

    def test_an_unchanged_configuration_is_not_reported_whatever_the_file_times(self):
        stale = doctor.diagnose(info(source="build", built=T0 - 900, started=T0 - 100),
                                tree(source=(T0 - 1000, JAVA), config_hash="old", env=T0 + 60), COMPOSE)
        self.assertEqual(stale, [])

    def test_a_database_that_is_not_ready_is_reported(self):
        failed = info()
        failed["database"] = {"status": "FAILED"}
        self.assertOne(doctor.diagnose(failed, tree(), DEVC), "database is FAILED", "/health/ready")

    def test_a_stale_ui_bundle_is_not_reported_while_vite_serves_the_sources(self):
        ui = (T0, ROOT / "frontend/src/App.tsx")
        self.assertOne(doctor.diagnose(info(), tree(ui=ui, dist=T0 - 60), DEVC), "App.tsx", "Vite")
        self.assertEqual(doctor.diagnose(info(), tree(ui=ui, dist=T0 - 60, vite=True), DEVC), [])

    def test_the_servers_build_status_names_file_line_and_message_of_a_compile_error(self):
        served = info()
        served["dev"] = {"state": "compile-failed", "problem": "the saved code does not compile: …",
                         "lastCompile": {"status": "failed", "errors": [
                             {"file": "backend/src/main/java/org/example/zoo/info/MessageResource.java",
                              "line": 22, "message": "illegal start of expression"}]}}
        # The server's answer wins over the guess from file times (which would say the same less well).
        stale = doctor.diagnose(served, tree(source=(T0 + 60, JAVA)), None)
        self.assertOne(stale, "MessageResource.java:22: illegal start of expression", "save")

    def test_the_servers_build_status_gives_the_cause_of_a_failed_start(self):
        served = info()
        served["dev"] = {"state": "start-failed", "problem": "…",
                         "lastStart": {"status": "failed", "cause": "Boot: java.lang.IllegalStateException: x"}}
        self.assertOne(doctor.diagnose(served, tree(), DEVC), "failed to start", "IllegalStateException: x")

    def test_a_current_build_status_reports_nothing(self):
        served = info()
        served["dev"] = {"state": "current", "lastCompile": {"status": "compiled", "errors": []}}
        self.assertEqual(doctor.diagnose(served, tree(), DEVC), [])


if __name__ == "__main__":
    unittest.main()


class FindServerTest(unittest.TestCase):
    """tools/doctor.py's search for the running backend, against stand-in servers on 127.0.0.1."""

    def serve(self, status, body):
        import http.server
        import threading

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                self.send_response(status)
                self.end_headers()
                self.wfile.write(body.encode())

            def log_message(self, *args):
                pass

        server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        self.addCleanup(server.server_close)
        self.addCleanup(server.shutdown)
        return f"http://127.0.0.1:{server.server_port}"

    def closed_port(self):
        import socket

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            return f"http://127.0.0.1:{s.getsockname()[1]}"

    def test_a_server_without_the_application_is_told_from_nothing_running(self):
        import doctor as tool

        liberty = self.serve(404, "Error 404: SRVE0190E: File not found: /api/info")
        info, url, error = tool.find_server([liberty, self.closed_port()])
        self.assertIsNone(info)
        self.assertEqual(liberty, url, "the server that answered, not the closed port")
        self.assertIn("404", str(error))

    def test_nothing_answers(self):
        import doctor as tool

        info, url, error = tool.find_server([self.closed_port()])
        self.assertEqual((None, None), (info, url))
        self.assertIsNotNone(error)

    def test_the_application_answers(self):
        import doctor as tool

        app = self.serve(200, '{"revision": "abc1234"}')
        self.assertEqual(({"revision": "abc1234"}, app, None), tool.find_server([self.closed_port(), app]))
