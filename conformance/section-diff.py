#!/usr/bin/env python3
"""Prints, per conformance program, whether Mayfly's section equals HotSpot's (files from try-on-mayfly)."""
import sys, re
def sections(path):
    out, name = {}, None
    for line in open(path, encoding='utf-8', errors='replace'):
        m = re.match(r'^=== (\S+) ===$', line.rstrip('\n'))
        if m:
            name = m.group(1); out[name] = []
        elif name:
            out[name].append(line)
    return out
h, m = sections(sys.argv[1]), sections(sys.argv[2])
for name in h:
    if name == 'end': continue
    print(('SAME  ' if h[name] == m.get(name) else 'DIFF  ') + name)
