#!/usr/bin/env python3
"""Executes one notebook headless with a Jupyter kernel and exports it as HTML, showing in the
terminal which notebook and step are running and the library's progress line (done/total, rate,
ETA) for long work. On a terminal the line is updated in place; in a log (CI) at most one line
is written every 10 seconds. The kernel's own stderr goes to this script's stderr.

The progress comes from org.emogap.notebook.Progress, which writes its current line to the file
named by EMOGAP_PROGRESS_FILE; this script sets that variable for the kernel it starts.

Usage: run_notebook.py NOTEBOOK.ipynb OUT.html [--kernel emogap] [--timeout 3600]
Exit status: 0 executed, 1 a cell failed (the partly executed notebook is still exported).
"""
import argparse
import os
import re
import shutil
import sys
import threading
import time

import nbformat
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


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("notebook")
    ap.add_argument("html")
    ap.add_argument("--kernel", default="emogap")
    ap.add_argument("--timeout", type=int, default=3600)
    args = ap.parse_args()

    nb = nbformat.read(args.notebook, as_version=4)
    name = os.path.splitext(os.path.basename(args.notebook))[0]
    progress_file = os.path.abspath(args.html) + ".progress"
    if os.path.exists(progress_file):
        os.remove(progress_file)
    os.environ["EMOGAP_PROGRESS_FILE"] = progress_file
    steps = headings(nb)
    code_cells = [i for i, c in enumerate(nb.cells) if c.cell_type == "code"]
    term = Terminal(name, len(code_cells), progress_file)

    def on_cell_start(cell, cell_index, **_):
        term.started = True
        term.step = steps[cell_index]
        term.code_done = code_cells.index(cell_index) if cell_index in code_cells else term.code_done
        if os.path.exists(progress_file):
            os.remove(progress_file)  # a new cell starts without the last cell's bar
        term.show(force=True)

    client = NotebookClient(nb, kernel_name=args.kernel, timeout=args.timeout,
                            resources={"metadata": {"path": os.path.dirname(os.path.abspath(args.notebook))}},
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
        for f in (progress_file, progress_file + ".tmp"):
            if os.path.exists(f):
                os.remove(f)
    slow = slowest(nb, steps)
    if slow:
        print("  slowest cells: " + "; ".join(slow), flush=True)
    body, _ = HTMLExporter().from_notebook_node(nb)
    os.makedirs(os.path.dirname(os.path.abspath(args.html)), exist_ok=True)
    with open(args.html, "w", encoding="utf-8") as f:
        f.write(body)
    if failed is not None:
        print(str(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
