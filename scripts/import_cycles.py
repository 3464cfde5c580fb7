"""List the import cycles among the modules of app/ (exit 1 if there is one).

Every import counts: at the top of a module, inside a function (deferred) or under TYPE_CHECKING, since
each of them couples two modules just the same. Run: python scripts/import_cycles.py
"""

from __future__ import annotations

import sys

import grimp


def find_cycles(package: str = "app") -> list[list[str]]:
    """The strongly connected groups of two or more modules (Tarjan's algorithm, iterative)."""
    graph = grimp.build_graph(package, include_external_packages=False, cache_dir=None)
    modules = sorted(graph.modules)
    edges = {m: sorted(graph.find_modules_directly_imported_by(m) & graph.modules) for m in modules}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []
    for root in modules:
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            node, i = work.pop()
            if i == 0:
                index[node] = low[node] = len(index)
                stack.append(node)
                on_stack.add(node)
            if i < len(edges[node]):
                work.append((node, i + 1))
                nxt = edges[node][i]
                if nxt not in index:
                    work.append((nxt, 0))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    cycles.append(sorted(group))
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return cycles


def main() -> int:
    cycles = find_cycles()
    for group in cycles:
        print("cycle:", " <-> ".join(group))
    print(f"{len(cycles)} import cycle(s) in app/")
    return 1 if cycles else 0


if __name__ == "__main__":
    sys.exit(main())
