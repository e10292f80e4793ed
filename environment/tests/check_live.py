"""Checks that charts draw in the live Jupyter Notebook page too, not only in nbconvert's HTML.

Executes a notebook with the emogap kernel, signs it (so the page trusts its outputs and runs
their scripts, as it does for outputs produced live), serves it with `jupyter notebook` on
loopback, opens it in headless Chromium and checks every chart div holds a drawn svg with a title.
Usage: check_live.py notebooks/00-environment.ipynb
"""
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

import nbformat
from nbclient import NotebookClient
from nbformat.sign import NotebookNotary

from check_html import Drawn, chromium, CHROMIUM_FLAGS


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main(notebook):
    work = tempfile.mkdtemp(prefix="emogap-live-")
    try:
        nb = nbformat.read(notebook, as_version=4)
        NotebookClient(nb, kernel_name="emogap", timeout=600,
                       resources={"metadata": {"path": os.path.dirname(os.path.abspath(notebook))}}).execute()
        data_dir = os.path.join(work, "jupyter-data")  # a private signing key, not the user's
        os.makedirs(data_dir)
        os.environ["JUPYTER_DATA_DIR"] = data_dir
        NotebookNotary(data_dir=data_dir).sign(nb)
        nbformat.write(nb, os.path.join(work, "live.ipynb"))
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "notebook", "--no-browser", "--allow-root", f"--port={port}", "--ip=127.0.0.1",
             "--NotebookApp.token=", "--NotebookApp.password=", f"--notebook-dir={work}"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=dict(os.environ, JUPYTER_DATA_DIR=data_dir))
        try:
            url = f"http://127.0.0.1:{port}/notebooks/live.ipynb"
            for _ in range(60):
                try:
                    urllib.request.urlopen(f"http://127.0.0.1:{port}/api", timeout=2)
                    break
                except OSError:
                    time.sleep(0.5)
            with tempfile.TemporaryDirectory() as profile:
                dom = subprocess.run([chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}",
                                      "--virtual-time-budget=30000", "--dump-dom", url],
                                     capture_output=True, text=True, timeout=300)
        finally:
            server.terminate()
            server.wait(timeout=30)
        parser = Drawn()
        parser.feed(dom.stdout)
        problems = []
        if not parser.charts:
            problems.append("no emogap chart found in the live page")
        for cid, c in parser.charts.items():
            if not c["svg"]:
                problems.append(f"chart {cid} was not drawn in the live page")
            elif not c["title"].strip():
                problems.append(f"chart {cid} has no visible title in the live page")
        for p in problems:
            print("FAIL:", p, file=sys.stderr)
        if not problems:
            titles = "; ".join(c["title"].strip() for c in parser.charts.values())
            print(f"live notebook page: {len(parser.charts)} charts drawn ({titles})")
        return 1 if problems else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
