"""Writes the benchmark's report (Markdown) from the result lines run.sh collected."""
import sys
import datetime
import subprocess

path, heap, read_s, life_s, clients = sys.argv[1:6]
read_warmup = sys.argv[6] if len(sys.argv) > 6 else "0"
life_warmup = sys.argv[7] if len(sys.argv) > 7 else "30"
cycle_units = sys.argv[8] if len(sys.argv) > 8 else "104"
render = sys.argv[9] if len(sys.argv) > 9 else None
rows = [line.rstrip("\n").split("|") for line in open(path, encoding="utf-8") if "|result|" in line]
sizes = sorted({int(r[0]) for r in rows})


def of(kind):
    return [r for r in rows if r[2] == kind]


def delta(before, after):
    b = [int(x) for x in before.split()]
    a = [int(x) for x in after.split()]
    return [y - x for x, y in zip(b, a)]


out = []
commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
out.append(f"# Benchmark {datetime.datetime.utcnow():%Y-%m-%d %H:%M} UTC (commit {commit})\n")
out.append(f"Command: `benchmarks/run.sh {' '.join(map(str, sizes))}`; MariaDB on this machine; the application with "
           f"`{heap}`; reads: {clients} clients for {read_s} s each, after every read ran {read_warmup} s unmeasured; lifecycles: {life_s} s at each client count. "
           "2 cores, shared with the benchmark's own clients and MariaDB (nothing else should run): ratios are measured side by side.\n")
out.append("## Reads (ms)\n")
out.append("| read | " + " | ".join(f"{n} p50 / p95 / p99 (errors, requests)" for n in sizes) + " | p95 ratio largest/smallest |")
out.append("|---|" + "---|" * len(sizes) + "---|")
names = []
for r in of("read"):
    if r[3] not in names:
        names.append(r[3])
for name in names:
    cells, p95 = [], []
    for n in sizes:
        r = next((r for r in of("read") if int(r[0]) == n and r[3] == name), None)
        if r is None:
            cells.append("—")
            continue
        cells.append(f"{float(r[6]):.0f} / {float(r[7]):.0f} / {float(r[8]):.0f} ({r[9]}, {r[5]})")
        p95.append(float(r[7]))
    ratio = f"{p95[-1] / p95[0]:.2f}×" if len(p95) > 1 and p95[0] > 0 else "—"
    out.append(f"| {name} | " + " | ".join(cells) + f" | {ratio} |")
out.append("")
out.append("## Whole lifecycles (import, checks, submit, internal approval, finance approval, publication) per second\n")
out.append("| evaluations | clients | API (done, failed) | bare engine (done, failed) | ratio |")
out.append("|---|---|---|---|---|")
for n in sizes:
    for c in ("1", "4", "16"):
        a = next((r for r in of("lifecycles") if int(r[0]) == n and r[3] == c), None)
        b = next((r for r in of("bare") if int(r[0]) == n and r[3] == c), None)
        if a is None and b is None:
            continue
        ra = float(a[7]) if a else float("nan")
        rb = float(b[7]) if b else float("nan")
        out.append(f"| {n} | {c} | {ra:.2f} ({a[4] if a else '—'}, {a[5] if a else '—'}) | "
                   f"{rb:.2f} ({b[4] if b else '—'}, {b[5] if b else '—'}) | {ra / rb:.2f}× |")
out.append("")
out.append("## Statements per lifecycle (MariaDB USER_STATISTICS of each side's own database user)\n")
out.append("| evaluations | API: SELECT / UPDATE / other (total) | bare engine: SELECT / UPDATE / other (total) | ratio |")
out.append("|---|---|---|---|")
for n in sizes:
    a = next((r for r in of("statements") if int(r[0]) == n), None)
    b = next((r for r in of("barestatements") if int(r[0]) == n), None)
    if a is None or b is None:
        continue
    da = [x / max(1, int(a[6])) for x in delta(a[4], a[5])]
    db = [x / max(1, int(b[3])) for x in delta(b[4], b[5])]
    out.append(f"| {n} | {da[0]:.0f} / {da[1]:.0f} / {da[2]:.0f} ({sum(da):.0f}) | {db[0]:.0f} / {db[1]:.0f} / {db[2]:.0f} "
               f"({sum(db):.0f}) | {sum(da) / sum(db):.2f}× |")
out.append("\nAs MariaDB counts them: UPDATE is every statement that changes data (INSERT, UPDATE, DELETE), \"other\" the "
           "connection's SET and COMMIT statements. The API side "
           "includes what a client's requests cost beyond the moves: token authentication, reading the checks and the "
           "evaluation's open task.\n")
out.append("## Heap and start-up\n")
out.append("| evaluations (rows in evaluation) | heap used after GC | start-up to health UP on the grown database: extracted jar with its class archive | the same as `java -jar` | first start on an empty database |")
out.append("|---|---|---|---|---|")
for r in of("heap"):
    fat = f"{int(r[7]) / 1000:.1f} s" if len(r) > 7 else "—"
    out.append(f"| {r[0]} ({r[6]}) | {int(r[3] or 0) / 1024:.0f} MB | {int(r[4]) / 1000:.1f} s | {fat} | {int(r[5]) / 1000:.1f} s |")
out.append("")
if render:
    lines = open(render, encoding="utf-8").read().splitlines()
    pdf = next((l.split() for l in lines if l.startswith("PDF ")), None)
    first = next((l.split() for l in lines if l.startswith("first render")), None)
    warmed = next((l.split() for l in lines if l.startswith("after warmUp()")), None)
    out.append("## Rendering (the seed, evaluation-report's `ReportRenderBenchmarkTest`, after the runs above)\n")
    if pdf and first and warmed:
        out.append(f"PDF warm: median {float(pdf[1]):.1f} ms, p90 {float(pdf[2]):.1f} ms. First PDF in a fresh JVM: "
                   f"{int(first[-2])} ms to render ({int(first[-1])} ms from the JVM's start); after the renderer's "
                   f"`warmUp()`, which the application runs at start-up: {int(warmed[-2])} ms ({int(warmed[-1])} ms).\n")
    out.append("```")
    out.extend(lines)
    out.append("```")
    out.append("")
out.append("Growth: by SQL (`run.sh`): N/10 street offices under the demo bureau with 10 published years each (2010–2019), "
           "as after importing past years — their paths have ended, so they have no live Flowable rows; a 2019 campaign "
           f"over all of them (the board); {cycle_units} more units get a submitter and a reviewer each for the lifecycles (past years 2000–2025 each), whose drafts, "
           "tasks and publications are made through the API and the engine. Before the lifecycles are timed, both the "
           f"application and the bare engine run lifecycles at 4 clients for {life_warmup} s, so both are compared "
           "compiled rather than while the JIT compiles.")
print("\n".join(out))
