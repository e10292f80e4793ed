"""Opens executed notebooks in headless Chromium, as a reader would, and checks what is drawn.

For each HTML file: every emogap chart div must contain a drawn plotly <svg> with a title, and
both axis titles when it has axes; every emogap table must have at least one row; no cell may
have written to stderr or failed. A screenshot of each page is saved beside it (<name>.png).
With --index FOLDER, also checks that folder's index page: it exists, links every NN-*.html in
the folder (and no missing file), and has the run's settings and a findings section.
Usage: check_html.py [--index results/html] results/html/00-environment.html [...]
"""
import html.parser
import os
import re
import shutil
import subprocess
import sys
import tempfile

CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--hide-scrollbars",
]


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    sys.exit("chromium not found: on Debian/Ubuntu 'apt-get install chromium' (environment/test does it)")


def run(page, *extra):
    with tempfile.TemporaryDirectory() as profile:
        cmd = [chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--virtual-time-budget=20000", *extra,
               "file://" + os.path.abspath(page)]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=300)


# HTML elements without an end tag; the serialised DOM closes every SVG element explicitly
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Drawn(html.parser.HTMLParser):
    """Collects, per emogap chart div, whether it holds an svg and the text of its title."""

    def __init__(self):
        super().__init__()
        self.charts = {}      # id -> {"svg": bool, "title": str, "axes": bool, "xtitle": str, "ytitle": str}
        self.tables = 0
        self.empty_tables = 0
        self.stderr = 0
        self.stack = []       # open elements: (tag, chart id or None)
        self.in_title = None
        self.in_axis = None   # (chart id, "xtitle" or "ytitle")
        self.table_rows = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        chart = None
        classes = (a.get("class") or "").split()
        if tag == "div" and (a.get("id") or "").startswith("emogap_chart_"):
            chart = a["id"]
            self.charts[chart] = {"svg": False, "title": "", "axes": False, "xtitle": "", "ytitle": ""}
        owner = chart or next((c for _, c in reversed(self.stack) if c), None)
        if owner and tag == "svg":
            self.charts[owner]["svg"] = True
        if owner and "gtitle" in classes:
            self.in_title = owner
        if owner and any(c.startswith("xaxislayer") for c in classes):
            self.charts[owner]["axes"] = True
        if owner and tag == "text" and ("xtitle" in classes or "ytitle" in classes):
            self.in_axis = (owner, "xtitle" if "xtitle" in classes else "ytitle")
        if tag == "div" and "emogap-table" in classes:
            self.tables += 1
            self.table_rows = 0
        if tag == "tr" and self.table_rows is not None and any(t == "tbody" for t, _ in self.stack):
            self.table_rows += 1
        if a.get("data-mime-type") == "application/vnd.jupyter.stderr":
            self.stderr += 1
        if tag not in VOID:
            self.stack.append((tag, owner))

    def handle_endtag(self, tag):
        if tag == "table" and self.table_rows is not None:
            if self.table_rows == 0:
                self.empty_tables += 1
            self.table_rows = None
        if any(t == tag for t, _ in self.stack):
            while self.stack and self.stack.pop()[0] != tag:
                pass
        if tag == "text":
            self.in_title = None
            self.in_axis = None

    def handle_data(self, data):
        if self.in_title:
            self.charts[self.in_title]["title"] += data
        if self.in_axis:
            self.charts[self.in_axis[0]][self.in_axis[1]] += data


def check(page):
    dom = run(page, "--dump-dom")
    if dom.returncode != 0:
        return [f"{page}: chromium failed ({dom.returncode}): {dom.stderr[-500:]}"]
    parser = Drawn()
    parser.feed(dom.stdout)
    problems = []
    if not parser.charts and not parser.tables:
        problems.append(f"{page}: no emogap chart or table found")
    for cid, c in parser.charts.items():
        if not c["svg"]:
            problems.append(f"{page}: chart {cid} was not drawn (no svg inside its div)")
        elif not c["title"].strip():
            problems.append(f"{page}: chart {cid} has no visible title")
        elif c["axes"] and not (c["xtitle"].strip() and c["ytitle"].strip()):
            problems.append(f"{page}: chart {cid} ({c['title'].strip()}) lacks an axis title (x: '{c['xtitle'].strip()}', y: '{c['ytitle'].strip()}')")
    if parser.empty_tables:
        problems.append(f"{page}: {parser.empty_tables} table(s) with no rows (a section with nothing to show says so in a sentence)")
    if parser.stderr:
        problems.append(f"{page}: {parser.stderr} output(s) written to stderr or raised an error")
    shot = os.path.splitext(page)[0] + ".png"
    run(page, f"--screenshot={shot}", "--window-size=1280,4000")
    titles = "; ".join(c["title"].strip() for c in parser.charts.values())
    print(f"{page}: {len(parser.charts)} charts ({titles}), {parser.tables} tables; screenshot {shot}")
    return problems


class Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.hrefs.append(dict(attrs).get("href", ""))


def check_index(folder):
    index = os.path.join(folder, "index.html")
    if not os.path.isfile(index):
        return [f"{folder}: no index.html"]
    text = open(index, encoding="utf-8").read()
    parser = Links()
    parser.feed(text)
    pages = sorted(f for f in os.listdir(folder) if re.fullmatch(r"\d\d-.*\.html", f))
    problems = [f"{index}: does not link {p}" for p in pages if p not in parser.hrefs]
    problems += [f"{index}: links {h}, which does not exist" for h in parser.hrefs if not os.path.isfile(os.path.join(folder, h))]
    for needed in ("This run", "Notebooks", "Findings"):
        if f"<h2>{needed}</h2>" not in text:
            problems.append(f"{index}: no '{needed}' section")
    if not problems:
        print(f"{index}: links all {len(pages)} notebooks")
    return problems


def main(args):
    folders = [args[i + 1] for i, a in enumerate(args) if a == "--index"]
    pages = [a for i, a in enumerate(args) if a != "--index" and (i == 0 or args[i - 1] != "--index")]
    problems = [p for f in folders for p in check_index(f)] + [p for page in pages for p in check(page)]
    for p in problems:
        print("FAIL:", p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
