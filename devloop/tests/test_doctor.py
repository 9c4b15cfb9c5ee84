"""The dev loop's doctor: what it says and its exit code, for each kind of answer."""
import http.server
import importlib.util
import io
import threading
import unittest
from contextlib import redirect_stdout
from pathlib import Path

spec = importlib.util.spec_from_file_location("doctor", Path(__file__).resolve().parent.parent / "doctor.py")
doctor = importlib.util.module_from_spec(spec)
spec.loader.exec_module(doctor)

CURRENT = {"state": "current", "problem": None, "reload": "swap",
           "lastSwap": {"at": "2026-01-01T00:00:00Z", "classes": ["shop.Greeter"]}}
FAILED = {"state": "compile-failed", "problem": "the saved code does not compile: app/src/main/java/shop/A.java:4: ';' expected",
          "reload": "swap", "lastSwap": None,
          "lastCompile": {"errors": [{"file": "app/src/main/java/shop/A.java", "line": 4, "message": "';' expected"}]}}


class Answering(http.server.BaseHTTPRequestHandler):
    body = b""
    status = 200

    def do_GET(self):
        self.send_response(self.status)
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args):
        pass


class DoctorTest(unittest.TestCase):
    def test_current_names_the_reload_and_the_last_swap(self):
        lines, code = doctor.report(CURRENT)
        self.assertEqual(0, code)
        self.assertIn("CURRENT", lines[0])
        self.assertIn("shop.Greeter", lines[0])

    def test_a_compile_error_is_named_with_file_and_line_and_what_to_do(self):
        lines, code = doctor.report(FAILED)
        self.assertEqual(1, code)
        self.assertIn("  app/src/main/java/shop/A.java:4: ';' expected", lines)
        self.assertTrue(lines[-1].startswith("  Fix: fix the compiler's errors"))

    def serve(self, status, body):
        handler = type("H", (Answering,), {"status": status, "body": body})
        server = http.server.HTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        self.addCleanup(server.shutdown)
        return f"http://127.0.0.1:{server.server_address[1]}"

    def run_main(self, url):
        out = io.StringIO()
        with redirect_stdout(out):
            code = doctor.main(["doctor.py", url])
        return code, out.getvalue()

    def test_a_page_instead_of_the_status_is_no_dev_loop_not_nothing(self):
        code, out = self.run_main(self.serve(200, b"<!doctype html><title>app</title>"))
        self.assertEqual(2, code)
        self.assertTrue(out.startswith("NO DEV LOOP"), out)

    def test_a_404_is_no_dev_loop(self):
        code, out = self.run_main(self.serve(404, b"not here"))
        self.assertEqual(2, code)
        self.assertTrue(out.startswith("NO DEV LOOP"), out)

    def test_the_status_over_http_gives_its_exit_code(self):
        import json
        code, out = self.run_main(self.serve(200, json.dumps(FAILED).encode()))
        self.assertEqual(1, code)
        self.assertIn("NOT CURRENT (compile-failed)", out)


if __name__ == "__main__":
    unittest.main()
