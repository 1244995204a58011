#!/usr/bin/env python3
"""Trunk post-build hook: minify the release build's JavaScript and CSS.

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
