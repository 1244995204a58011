#!/usr/bin/env python3
"""Lists the functions longer than a limit (default 60 lines, signature to
closing brace) in the app (src/) and the model (crates/model/src), longest
first; with --check, exits 1 when there is one.

    python3 scripts/long-functions.py [--limit N] [--check] [DIR...]

Tests (`#[cfg(test)]` modules, files under tests/) are left out: a table
test is long by nature. Braces inside strings, chars and comments are not
counted.
"""
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DIRS = ["src", "crates/model/src"]
FN = re.compile(r"^\s*(pub(\([^)]*\))?\s+)?(const\s+)?(async\s+)?fn\s+(\w+)")


def code_chars(line, state):
    """The line's characters outside strings and comments; `state` carries a
    block comment or a string across lines."""
    out, i = [], 0
    while i < len(line):
        c, nxt = line[i], line[i + 1 : i + 2]
        if state["in"] == "block":
            if c == "*" and nxt == "/":
                state["in"], i = None, i + 2
                continue
        elif state["in"] == "str":
            if c == "\\":
                i += 2
                continue
            if c == '"':
                state["in"] = None
        elif c == "/" and nxt == "/":
            break
        elif c == "/" and nxt == "*":
            state["in"], i = "block", i + 2
            continue
        elif c == '"':
            state["in"] = "str"
        elif c == "'" and re.match(r"'(\\.|[^\\'])'", line[i:]):
            i += len(re.match(r"'(\\.|[^\\'])'", line[i:]).group(0))
            continue
        else:
            out.append(c)
        i += 1
    return "".join(out)


def functions(path):
    lines = open(path, encoding="utf-8").read().splitlines()
    state = {"in": None}
    stack = []  # (name, start line, depth at which its body opened)
    depth, found, test_depth = 0, [], None
    pending = None
    for n, line in enumerate(lines, 1):
        if test_depth is None and re.match(r"\s*#\[cfg\(test\)\]", line):
            test_depth = "next"
        m = FN.match(line) if state["in"] is None else None
        if m and test_depth is None:
            pending = (m.group(5), n)
        for c in code_chars(line, state):
            if c == "{":
                depth += 1
                if test_depth == "next":
                    test_depth = depth
                if pending:
                    stack.append((pending[0], pending[1], depth))
                    pending = None
            elif c == "}":
                if stack and stack[-1][2] == depth:
                    name, start, _ = stack.pop()
                    found.append((n - start + 1, name, start))
                if test_depth not in (None, "next") and depth == test_depth:
                    test_depth = None
                depth -= 1
            elif c == ";" and pending:
                pending = None  # a declaration without a body
    return found


def main():
    args = sys.argv[1:]
    limit = 60
    if "--limit" in args:
        limit = int(args[args.index("--limit") + 1])
    dirs = [a for a in args if not a.startswith("--") and not a.isdigit()] or DIRS
    long = []
    for d in dirs:
        for base, _, files in os.walk(os.path.join(ROOT, d)):
            for f in files:
                if f.endswith(".rs"):
                    path = os.path.join(base, f)
                    for size, name, start in functions(path):
                        if size > limit:
                            long.append((size, f"{os.path.relpath(path, ROOT)}:{start}", name))
    for size, where, name in sorted(long, reverse=True):
        print(f"{size:4} {name:32} {where}")
    print(f"{len(long)} functions over {limit} lines")
    if "--check" in args and long:
        sys.exit(1)


main()
