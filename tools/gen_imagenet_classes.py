#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Writes resources/imagenet_classes.txt (one ImageNet-1k class name per line, index order)
from the category list that ships with Debian's python3-torchvision."""
import pathlib
from torchvision.models._meta import _IMAGENET_CATEGORIES

out = pathlib.Path(__file__).resolve().parent.parent / "resources" / "imagenet_classes.txt"
assert len(_IMAGENET_CATEGORIES) == 1000
out.write_text("\n".join(_IMAGENET_CATEGORIES) + "\n", encoding="utf-8")
print(f"wrote {out}")
