#!/usr/bin/env python3
"""Executes notebooks headless with a Jupyter kernel, in the order given, and exports each as
OUT/NAME.html, showing in the terminal which notebook and step are running and the library's
progress line (done/total, rate, ETA) for long work. On a terminal the line is updated in place;
in a log (CI) at most one line is written every 10 seconds. Each kernel's stderr goes to
OUT/NAME.log. It stops at the first notebook that fails.

Each notebook gets a fresh kernel, started while the notebook before it still runs, so that a
kernel's start (about two seconds of JVM and JShell set-up) does not add to the run time.

The progress comes from org.emogap.notebook.Progress, which writes its current line to the file
named by EMOGAP_PROGRESS_FILE; this script sets that variable for each kernel it starts.

Usage: run_notebook.py --out DIR [--kernel emogap] [--timeout 3600] [--timings FILE] NOTEBOOK.ipynb...
Exit status: 0 all executed, 1 a cell failed (the partly executed notebook is still exported),
2 no such notebook.
"""
import argparse
import os
import re
import shutil
import sys
import threading
import time

import nbformat
from jupyter_client.manager import AsyncKernelManager
from jupyter_core.utils import run_sync
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError
from nbconvert import HTMLExporter

LOG_EVERY = 10.0  # seconds between lines when stdout is not a terminal


def headings(nb):
    """For each cell index, the last markdown heading at or before it (the step a reader is in)."""
    out, current = [], ""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                m = re.match(r"#{1,3}\s+(.*)", line)
                if m:
                    current = m.group(1).strip()
        out.append(current)
    return out


class Terminal:
    """One status line: in place on a terminal, rate-limited lines otherwise."""

    def __init__(self, name, n_code, progress_file):
        self.name, self.n_code, self.progress_file = name, n_code, progress_file
        self.tty = sys.stdout.isatty()
        self.start = time.time()
        self.step, self.code_done, self.started = "", 0, False
        self.last_line, self.last_print = "", 0.0
        self.lock = threading.Lock()
        self.stop = threading.Event()

    def progress(self):
        try:
            with open(self.progress_file, encoding="utf-8") as f:
                return f.read().strip()
        except OSError:
            return ""

    def line(self):
        elapsed = int(time.time() - self.start)
        parts = [self.name, f"cell {self.code_done + 1}/{self.n_code}", f"{elapsed // 60}m{elapsed % 60:02d}s"]
        if self.step:
            parts.insert(1, self.step)
        p = self.progress()
        if p:
            parts.append(p)
        return "  " + " · ".join(parts)

    def show(self, force=False):
        if not self.started:
            return
        with self.lock:
            text = self.line()
            now = time.time()
            if self.tty:
                width = shutil.get_terminal_size((120, 20)).columns
                sys.stdout.write("\r" + text[: width - 1].ljust(width - 1))
                sys.stdout.flush()
            elif text != self.last_line and (now - self.last_print >= LOG_EVERY or (force and self.last_print == 0)):
                print(text, flush=True)
                self.last_print = now
            self.last_line = text

    def watch(self):
        while not self.stop.wait(0.5):
            self.show()

    def done(self):
        self.stop.set()
        if self.tty:
            sys.stdout.write("\r" + " " * (shutil.get_terminal_size((120, 20)).columns - 1) + "\r")
            sys.stdout.flush()


def slowest(nb, steps, n=3, at_least=2.0):
    """The n slowest code cells that took at least `at_least` seconds, from nbclient's timing metadata."""
    from datetime import datetime
    out = []
    for i, c in enumerate(nb.cells):
        t = c.get("metadata", {}).get("execution", {})
        a, b = t.get("iopub.execute_input"), t.get("shell.execute_reply")
        if c.cell_type != "code" or not a or not b:
            continue
        secs = (datetime.fromisoformat(b.replace("Z", "+00:00")) - datetime.fromisoformat(a.replace("Z", "+00:00"))).total_seconds()
        if secs >= at_least:
            out.append((secs, i))
    out.sort(reverse=True)
    return [f"{secs:.1f}s in cell {i} ({steps[i] or 'top'})" for secs, i in out[:n]]


def say(text):
    print(f"[emogap] {text}", file=sys.stderr, flush=True)


class NextKernel:
    """A kernel started ahead of its notebook, while the previous notebook still runs, so that the
    JVM's start and JShell's first compilation overlap with work instead of adding to it. Each
    kernel gets its own progress file and writes its stderr to its notebook's log."""

    def __init__(self, kernel_name, notebook, html):
        self.progress_file = os.path.abspath(html) + ".progress"
        self.log_path = os.path.splitext(os.path.abspath(html))[0] + ".log"
        for f in (self.progress_file, self.progress_file + ".tmp"):
            if os.path.exists(f):
                os.remove(f)
        os.makedirs(os.path.dirname(self.log_path), exist_ok=True)
        self.log = open(self.log_path, "w", encoding="utf-8")
        self.km = AsyncKernelManager(kernel_name=kernel_name)
        env = dict(os.environ, EMOGAP_PROGRESS_FILE=self.progress_file)
        run_sync(self.km.start_kernel)(cwd=os.path.dirname(os.path.abspath(notebook)), env=env,
                                       stderr=self.log)

    def shutdown(self, unused=False):
        """Stops the kernel; the log of one that never ran a notebook is removed."""
        try:
            run_sync(self.km.shutdown_kernel)(now=False)
        except RuntimeError:
            pass  # already gone
        finally:
            self.log.close()
            if unused and os.path.exists(self.log_path):
                os.remove(self.log_path)
            for f in (self.progress_file, self.progress_file + ".tmp"):
                if os.path.exists(f):
                    os.remove(f)


def execute(nb_path, html, kernel, timeout):
    """Executes one notebook on an already started kernel and exports it. Returns the error, if any."""
    nb = nbformat.read(nb_path, as_version=4)
    name = os.path.splitext(os.path.basename(nb_path))[0]
    steps = headings(nb)
    code_cells = [i for i, c in enumerate(nb.cells) if c.cell_type == "code"]
    term = Terminal(name, len(code_cells), kernel.progress_file)

    def on_cell_start(cell, cell_index, **_):
        term.started = True
        term.step = steps[cell_index]
        term.code_done = code_cells.index(cell_index) if cell_index in code_cells else term.code_done
        if os.path.exists(kernel.progress_file):
            os.remove(kernel.progress_file)  # a new cell starts without the last cell's bar
        term.show(force=True)

    client = NotebookClient(nb, km=kernel.km, timeout=timeout,
                            resources={"metadata": {"path": os.path.dirname(os.path.abspath(nb_path))}},
                            on_cell_start=on_cell_start)
    watcher = threading.Thread(target=term.watch, daemon=True)
    watcher.start()
    failed = None
    try:
        client.execute()
    except CellExecutionError as e:
        failed = e
    finally:
        term.done()
        if client.kc is not None:
            client.kc.stop_channels()
    slow = slowest(nb, steps)
    if slow:
        print("  slowest cells: " + "; ".join(slow), flush=True)
    body, _ = HTMLExporter().from_notebook_node(nb)
    with open(html, "w", encoding="utf-8") as f:
        f.write(body)
    return failed


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("notebooks", nargs="+", metavar="NOTEBOOK.ipynb")
    ap.add_argument("--out", required=True, help="folder for NAME.html and NAME.log")
    ap.add_argument("--kernel", default="emogap")
    ap.add_argument("--timeout", type=int, default=3600)
    ap.add_argument("--timings", help="append 'NAME<tab>seconds' for each notebook executed")
    args = ap.parse_args()

    def html_of(nb_path):
        return os.path.join(args.out, os.path.splitext(os.path.basename(nb_path))[0] + ".html")

    for nb_path in args.notebooks:
        if not os.path.isfile(nb_path):
            say(f"ERROR: no such notebook: {nb_path}")
            return 2
    suffix = f" (EMOGAP_SAMPLE={os.environ['EMOGAP_SAMPLE']})" if os.environ.get("EMOGAP_SAMPLE") else ""
    start = time.time()  # a notebook's time runs from the end of the one before (the first's includes its kernel's start)
    kernel = NextKernel(args.kernel, args.notebooks[0], html_of(args.notebooks[0]))
    for i, nb_path in enumerate(args.notebooks):
        name = os.path.splitext(os.path.basename(nb_path))[0]
        html = html_of(nb_path)
        say(f"running {name}{suffix}")
        nxt = None
        try:
            if i + 1 < len(args.notebooks):
                nxt = NextKernel(args.kernel, args.notebooks[i + 1], html_of(args.notebooks[i + 1]))
            failed = execute(nb_path, html, kernel, args.timeout)
        except BaseException:
            if nxt is not None:
                nxt.shutdown(unused=True)
            raise
        finally:
            kernel.shutdown()
        if failed is not None:
            with open(kernel.log_path, "a", encoding="utf-8") as log:
                log.write(str(failed) + "\n")
            with open(kernel.log_path, encoding="utf-8") as log:
                sys.stderr.write("".join(log.readlines()[-60:]))
            if nxt is not None:
                nxt.shutdown(unused=True)
            say(f"ERROR: notebook {nb_path} failed (full log: {kernel.log_path})")
            return 1
        secs = round(time.time() - start)
        if args.timings:
            with open(args.timings, "a", encoding="utf-8") as t:
                t.write(f"{name}\t{secs}\n")
        say(f"  done in {secs}s -> {html}")
        kernel = nxt
        start = time.time()
    return 0


if __name__ == "__main__":
    sys.exit(main())
