#!/usr/bin/env python3
"""Validates every notebook against its nbformat schema, warnings included (a code cell without an
id is a warning today and an error in a later nbformat). Usage: check_notebooks.py notebooks/*.ipynb"""
import sys
import warnings

import nbformat


def main(paths):
    problems = []
    for p in paths:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            nb = nbformat.read(p, as_version=4)
            try:
                nbformat.validate(nb)
            except nbformat.ValidationError as e:
                problems.append(f"{p}: {e.message}")
        problems += [f"{p}: {w.message}" for w in caught]
    for x in problems:
        print("FAIL:", x, file=sys.stderr)
    if not problems:
        print(f"{len(paths)} notebooks valid")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
