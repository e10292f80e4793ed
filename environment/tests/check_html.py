"""Opens executed notebooks in headless Chromium, as a reader would, and checks what is drawn.

For each HTML file: every emogap chart div must contain a drawn plotly <svg> with a title, and
every emogap table must be present. A screenshot of each page is saved beside it (<name>.png).
Usage: check_html.py results/html/00-environment.html [...]
"""
import html.parser
import os
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
        self.charts = {}      # id -> {"svg": bool, "title": str}
        self.tables = 0
        self.stack = []       # open elements: (tag, chart id or None)
        self.in_title = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        chart = None
        if tag == "div" and (a.get("id") or "").startswith("emogap_chart_"):
            chart = a["id"]
            self.charts[chart] = {"svg": False, "title": ""}
        owner = chart or next((c for _, c in reversed(self.stack) if c), None)
        if owner and tag == "svg":
            self.charts[owner]["svg"] = True
        if owner and "gtitle" in (a.get("class") or "").split():
            self.in_title = owner
        if tag == "div" and "emogap-table" in (a.get("class") or "").split():
            self.tables += 1
        if tag not in VOID:
            self.stack.append((tag, owner))

    def handle_endtag(self, tag):
        if any(t == tag for t, _ in self.stack):
            while self.stack and self.stack.pop()[0] != tag:
                pass
        if tag == "text":
            self.in_title = None

    def handle_data(self, data):
        if self.in_title:
            self.charts[self.in_title]["title"] += data


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
    shot = os.path.splitext(page)[0] + ".png"
    run(page, f"--screenshot={shot}", "--window-size=1280,4000")
    titles = "; ".join(c["title"].strip() for c in parser.charts.values())
    print(f"{page}: {len(parser.charts)} charts ({titles}), {parser.tables} tables; screenshot {shot}")
    return problems


def main(pages):
    problems = [p for page in pages for p in check(page)]
    for p in problems:
        print("FAIL:", p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
