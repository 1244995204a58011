#!/usr/bin/env python3
"""Prints the module graph of each crate (which module uses which, from the
`crate::` paths in its code, comments left out) and every import cycle.

    python3 scripts/module-graph.py            # all crates
    python3 scripts/module-graph.py --check    # exits 1 if any crate has a cycle

A module is a file of a crate's `src/` (a folder's `mod.rs` is the folder);
`crate::a::b` in `x.rs` is an edge x -> a.
"""
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
CRATES = {"engine": "crates/engine/src", "model": "crates/model/src", "app": "src"}
PATH = re.compile(r"\bcrate::(\w+)")
USE_GROUP = re.compile(r"\buse crate::\{([^;]*)\};", re.S)


def code_of(path):
    text = open(path, encoding="utf-8").read()
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    return "\n".join(line.split("//")[0] for line in text.splitlines())


def module_of(src, path):
    rel = os.path.relpath(path, src)[:-3]
    rel = rel[:-4] if rel.endswith("/mod") else rel
    return rel.split("/")[0]


def graph(src):
    edges = {}
    for folder, _, files in os.walk(src):
        for name in files:
            if not name.endswith(".rs"):
                continue
            path = os.path.join(folder, name)
            module = module_of(src, path)
            if module in ("lib", "main"):
                continue
            code = code_of(path)
            used = set(PATH.findall(code))
            for group in USE_GROUP.findall(code):
                used.update(re.findall(r"(?:^|[{,\s])(\w+)(?=::|\s*[,}]|$)", group))
            used -= {module, "self", "super", "crate"}
            modules = {module_of(src, os.path.join(src, f)) for f in os.listdir(src) if f.endswith(".rs")}
            modules |= {d for d in os.listdir(src) if os.path.isdir(os.path.join(src, d))}
            edges.setdefault(module, set()).update(u for u in used if u in modules and u not in ("lib", "main"))
    return edges


def cycles(edges):
    """Strongly connected components of more than one module (Tarjan)."""
    index, low, stack, on, found, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return found


def main():
    check = "--check" in sys.argv
    bad = False
    for crate, src in CRATES.items():
        edges = graph(os.path.join(ROOT, src))
        print(f"## {crate} ({src})")
        for module in sorted(edges):
            print(f"  {module} -> {', '.join(sorted(edges[module])) or '(none)'}")
        found = cycles(edges)
        for component in found:
            print(f"  CYCLE: {' <-> '.join(component)}")
        bad |= bool(found)
        print()
    if check and bad:
        sys.exit(1)


if __name__ == "__main__":
    main()
