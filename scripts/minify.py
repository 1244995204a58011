#!/usr/bin/env python3
"""Trunk post-build hook: minify the release build's JavaScript and CSS, and
the names between the WebAssembly module and its glue.

First the names: wasm-bindgen names each import the module takes from its
glue (`__wbg_addEventListener_847fd86b8c33ec43`, 214 of them) and each
export, and these names ship in both files. wasm-opt (npm's binaryen, the
one Trunk runs) renames them to one or two letters and every import module
to `a`, printing what it renamed; the glue is rewritten to match, each
import where the glue's import object names it (`name: function…`, once
each) and each export where the glue calls it (`wasm.name`). 3.3 KB brotli
less. Then wasm-opt's size passes run four more rounds over the renamed
module (flow analysis, similar functions merged, the control flow flattened
and rebuilt, and to convergence): 3.4 KB brotli less, about two minutes. The
end-to-end tests run this build, the worker included.

wasm-bindgen's glue and the stylesheet ship as written, comments and
indentation included; esbuild (npm, in tests/node_modules, as wasm-opt is)
minifies each in place (2.5 KB brotli less). File names keep Trunk's
content hashes (a new source still gives a new name), and the page's
`integrity` attributes are recomputed for the minified bytes. Debug builds
(`trunk serve`) are left readable.

Run by Trunk with TRUNK_STAGING_DIR and TRUNK_PROFILE set; or by hand:
minify.py DIR.
"""
import base64
import hashlib
import json
import os
import re
import subprocess
import sys

if len(sys.argv) > 1:
    directory = sys.argv[1]
elif os.environ.get("TRUNK_PROFILE") == "release":
    directory = os.environ["TRUNK_STAGING_DIR"]
else:
    sys.exit(0)

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
esbuild = os.path.join(root, "tests", "node_modules", ".bin", "esbuild")
if not os.path.exists(esbuild):
    sys.exit("minify.py: %s is missing; scripts/toolchain.sh installs it (npm ci in tests/)" % esbuild)

# Features the module uses, as Trunk's wasm-opt run enables them.
FEATURES = ["--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext",
            "--enable-mutable-globals", "--enable-reference-types", "--enable-multivalue"]


def shorten_names(directory):
    """Renames the module's imports and exports, and its glue's uses of them."""
    wasm_opt = os.path.join(root, "tests", "node_modules", ".bin", "wasm-opt")
    for wasm_name in [n for n in os.listdir(directory) if n.endswith("_bg.wasm")]:
        wasm = os.path.join(directory, wasm_name)
        glue = os.path.join(directory, wasm_name[: -len("_bg.wasm")] + ".js")
        done = subprocess.run([wasm_opt, wasm, "--minify-imports-and-exports-and-modules", "--skip-pass=memory-packing",
                               *FEATURES, "-o", wasm], check=True, capture_output=True, text=True).stdout
        # Then more rounds of size passes over the renamed module: with
        # whole-program flow analysis (`--gufa`), with near-identical functions
        # merged, with the control flow flattened and rebuilt (`--flatten
        # --rereloop`), and once more to convergence: 3.4 KB brotli less in all.
        rounds = [["-Oz", "--gufa", "--converge"], ["-Oz", "--merge-similar-functions", "--converge"],
                  ["-Oz", "--flatten", "--rereloop", "-Oz"], ["-Oz", "--converge"]]
        for passes in rounds:
            subprocess.run([wasm_opt, wasm, *passes, "--skip-pass=memory-packing", "--low-memory-unused", *FEATURES,
                            "-o", wasm], check=True)
        renamed = json.loads(done[done.index("{"):])
        js = open(glue, encoding="utf-8").read()
        modules = {module for module, _, _ in renamed["imports"]}
        for module in modules:
            js = js.replace('"%s":' % module, '"a":')
        for _, old, new in renamed["imports"]:
            js, n = re.subn(r"(?<![\w$])%s(?=\s*:)" % re.escape(old), new, js)
            if n != 1:
                sys.exit("minify.py: the import %s is named %d times in %s, not once" % (old, n, glue))
        for old, new in renamed["exports"]:
            js = re.sub(r"\bwasm\.%s(?![\w$])" % re.escape(old), "wasm." + new, js)
        open(glue, "w", encoding="utf-8").write(js)


shorten_names(directory)

page_path = os.path.join(directory, "index.html")
page = open(page_path, encoding="utf-8").read()
for name in sorted(os.listdir(directory)):
    if not name.endswith((".js", ".css")):
        continue
    path = os.path.join(directory, name)
    subprocess.run([esbuild, path, "--minify", "--log-level=warning", "--allow-overwrite", "--outfile=" + path],
                   check=True)
    digest = hashlib.sha384(open(path, "rb").read()).digest()
    integrity = "sha384-" + base64.b64encode(digest).decode("ascii")
    # The tag naming this file: its integrity attribute, wherever it stands.
    page = re.sub(r'(<link[^>]*href="\./%s"[^>]*integrity=")[^"]*(")' % re.escape(name),
                  lambda m: m.group(1) + integrity + m.group(2), page)
open(page_path, "w", encoding="utf-8").write(page)
