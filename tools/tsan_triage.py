#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Reads the ThreadSanitizer reports that tools/sanitize.sh tsan leaves in a folder and fails
(exit 1, each report printed whole) unless every one is the known Qt hand-over that tsan.supp
cannot match because TSan lost the sending thread's stack.

tsan.supp suppresses races whose stacks pass through QMetaType::create / construct: the copy a
queued signal makes of its arguments on the sending thread, read by the receiver after a QMutex
hand-over TSan cannot see (Debian's Qt locks with the futex syscall). When the sender does more
than history_size=7 allows (4M accesses) between the copy and the receiver's read, TSan prints
"[failed to restore the stack]" for the copy and the suppression has no frame to match. Such a
report is excused here only when all of these hold:
  - it is a data race, and the earlier access's stack could not be restored;
  - the memory is a heap block allocated by QMetaType::create or QMetaType::construct;
  - the block was allocated by the very thread whose access was lost (the sender made the copy);
  - the other access is in a slot delivered by QObject::event (the receiver reading its event).
Anything else, including any report with both stacks present, fails the run.

usage: tsan_triage.py LOG_FOLDER
"""
import pathlib
import re
import sys

SEPARATOR = "=================="


def reports(text):
    """Yields each report block between TSan's separator lines."""
    blocks = text.split(SEPARATOR)
    for block in blocks:
        if "WARNING: ThreadSanitizer" in block:
            yield block.strip("\n")


def access_sections(block):
    """The two access sections of a race: (header line, frames text) each."""
    lines = block.splitlines()
    sections, current = [], None
    for line in lines:
        stripped = line.strip()
        if re.match(r"^(Read|Write|Atomic read|Atomic write|Previous read|Previous write|"
                    r"Previous atomic read|Previous atomic write) of size", stripped):
            current = [stripped, []]
            sections.append(current)
        elif stripped.startswith("Location is") or stripped.startswith("Mutex") \
                or stripped.startswith("Thread T") or stripped.startswith("SUMMARY"):
            current = None
        elif current is not None:
            current[1].append(stripped)
    return [(head, "\n".join(frames)) for head, frames in sections]


def thread_of(header):
    match = re.search(r"by (main thread|thread T\d+)", header)
    return match.group(1) if match else None


def excused(block):
    if "WARNING: ThreadSanitizer: data race" not in block:
        return False
    sections = access_sections(block)
    if len(sections) != 2:
        return False
    lost = [s for s in sections if "[failed to restore the stack]" in s[1]]
    kept = [s for s in sections if "[failed to restore the stack]" not in s[1]]
    if len(lost) != 1 or len(kept) != 1:
        return False
    location = re.search(r"Location is heap block of size \d+ at \S+ allocated by "
                         r"(main thread|thread T\d+):\n(.*?)(?:\n\s*\n|\n\s*Thread T|\n\s*SUMMARY)",
                         block, re.S)
    if not location:
        return False
    allocator, frames = location.group(1), location.group(2)
    first_frames = frames.strip().splitlines()[:3]
    if not any(re.search(r"QMetaType::(create|construct)\b", f) for f in first_frames):
        return False
    if thread_of(lost[0][0]) != allocator:
        return False
    return "QObject::event(" in kept[0][1]


def main():
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    folder = pathlib.Path(sys.argv[1])
    if not folder.is_dir():
        print(f"tsan_triage: {folder} is not a folder", file=sys.stderr)
        return 2
    failures, forgiven = [], 0
    for path in sorted(folder.glob("*")):
        if not path.is_file():
            continue
        text = path.read_text(errors="replace")
        found = list(reports(text))
        if not found and text.strip():
            # not a race report (a fatal TSan error, for instance): never excused
            failures.append((path.name, text.strip()))
        for block in found:
            if excused(block):
                forgiven += 1
            else:
                failures.append((path.name, block))
    for name, block in failures:
        print(f"--- {name}\n{SEPARATOR}\n{block}\n{SEPARATOR}")
    if forgiven:
        print(f"tsan_triage: {forgiven} report(s) of Qt's queued-signal copy with the sender's "
              "stack lost (see tools/tsan_triage.py) excused")
    if failures:
        print(f"tsan_triage: {len(failures)} ThreadSanitizer report(s) above fail the run")
        return 1
    print("tsan_triage: no ThreadSanitizer reports" if not forgiven else "tsan_triage: clean")
    return 0


if __name__ == "__main__":
    sys.exit(main())
