"""Thin wrapper: `python predict.py ...` is `diplostance predict ...` (see `--help`)."""
import sys

from diplostance.cli import main

if __name__ == "__main__":
    sys.exit(main(["predict", *sys.argv[1:]]))
