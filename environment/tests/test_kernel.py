"""The Jupyter project's kernel conformance suite (jupyter_kernel_test), run against emogap's kernel."""
import time
import unittest

import jupyter_kernel_test


class EmogapKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = "emogap"
    language_name = "java"
    file_extension = ".jshell"

    code_hello_world = 'System.out.println("hello, world");'
    code_stderr = 'System.err.println("oops");'

    completion_samples = [
        {"text": "new StringBuilder().appendCo", "matches": {"appendCodePoint("}},
        {"text": "Math.sq", "matches": {"sqrt("}},
    ]
    complete_code_samples = ["1 + 1", "int x = 1;", "void f() {}"]
    incomplete_code_samples = ["for (int i = 0; i < 3; i++) {", "String s = \"a\" +"]

    code_generate_error = 'throw new IllegalStateException("expected failure");'

    code_execute_result = [
        {"code": "6 * 7", "result": "42"},
        {"code": "\"emo\" + \"gap\"", "result": "emogap"},
        {"code": "int[] a = {1, 2};\na", "result": "[1, 2]"},
    ]

    code_display_data = [
        {"code": 'org.emogap.notebook.Show.html("<b>bold</b>", "bold")', "mime": "text/html"},
        {"code": 'org.emogap.notebook.Show.text("plain")', "mime": "text/plain"},
    ]

    code_inspect_sample = "Math.max"

    def test_kernel_info_status_ok(self):
        self.flush_channels()
        msg_id = self.kc.kernel_info()
        reply = self.kc.get_shell_msg(timeout=30)
        self.assertEqual(reply["parent_header"]["msg_id"], msg_id)
        self.assertEqual(reply["content"]["status"], "ok")

    def test_definitions_persist_across_cells(self):
        self.flush_channels()
        reply, _ = self.execute_helper(code="int persisted = 41;")
        self.assertEqual(reply["content"]["status"], "ok")
        reply, output_msgs = self.execute_helper(code="persisted + 1")
        self.assertEqual(reply["content"]["status"], "ok")
        results = [m for m in output_msgs if m["msg_type"] == "execute_result"]
        self.assertEqual(results[0]["content"]["data"]["text/plain"], "42")

    def test_error_names_cell_line(self):
        self.flush_channels()
        reply, output_msgs = self.execute_helper(code="int ok = 1;\nint bad = \"x\";")
        self.assertEqual(reply["content"]["status"], "error")
        errors = [m for m in output_msgs if m["msg_type"] == "error"]
        self.assertIn("cell line 2", errors[0]["content"]["evalue"])

    def test_interrupt_stops_a_running_cell(self):
        self.flush_channels()
        msg_id = self.kc.execute(code="Thread.sleep(60_000);")
        # wait until the kernel is busy with the cell
        while True:
            msg = self.kc.get_iopub_msg(timeout=30)
            if msg["msg_type"] == "execute_input":
                break
        # as a user would: a moment after the cell started (the kernel ignores interrupts while idle)
        time.sleep(1.0)
        self.km.interrupt_kernel()
        reply = self.kc.get_shell_msg(timeout=30)
        self.assertEqual(reply["parent_header"]["msg_id"], msg_id)
        self.assertEqual(reply["content"]["status"], "error")
        # the kernel is still usable afterwards
        reply, output_msgs = self.execute_helper(code="1 + 2")
        self.assertEqual(reply["content"]["status"], "ok")


if __name__ == "__main__":
    unittest.main()
