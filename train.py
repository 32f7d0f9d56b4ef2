"""Thin wrapper: `python train.py ...` is `diplostance train ...` (see `--help`)."""
import sys

from diplostance.cli import main

if __name__ == "__main__":
    sys.exit(main(["train", *sys.argv[1:]]))
