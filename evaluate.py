"""Thin wrapper: `python evaluate.py ...` is `diplostance evaluate ...` (see `--help`)."""
import sys

from diplostance.cli import main

if __name__ == "__main__":
    sys.exit(main(["evaluate", *sys.argv[1:]]))
