#!/usr/bin/env python3
"""Checks the index page of executed notebooks: it exists, links every NN-*.html in its folder
(and no missing file), and shows the run's settings and a findings section.
Usage: check_index.py results/html [...]"""
import html.parser
import os
import re
import sys


class Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.hrefs.append(dict(attrs).get("href", ""))


def check(folder):
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


def main(folders):
    problems = [p for f in folders for p in check(f)]
    for p in problems:
        print("FAIL:", p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
