#!/usr/bin/env python3
"""Drives the running suite with a national year of generated township reports and measures each stage.

Reports are made from the five real seed reports (../shared/seeds): the seed's own township, county and city names
are replaced by the target township's, its years are moved to the benchmark year, and every other number is varied
(0.5x to 1.6x, percentages at most 100), so each report keeps a real report's sentence shapes and length. One report
per township of the registry, submitted over HTTP as JSON by a country-wide county-admin token.

While submitting, every SAMPLE seconds it records from each service's database how far the stage has come, the
consumer lag derived from it (events a stage has produced that the next has not yet processed), and each service's
CPU and resident memory from /proc. At the end it checks that every report is in the read model exactly once.

Usage: national_load.py --registry CSV --seeds DIR --submission URL --token TOKEN --pids name=pid,... [--reports N]
Modes: national (default) and latency (--latency RATE --seconds S --area CODE --watch URL).
"""
import argparse
import csv
import http.client
import json
import os
import queue
import random
import re
import subprocess
import sys
import threading
import time
import urllib.parse

# the seeds' own place names and report year (read off their title lines)
SEEDS = {
    "000_9d32a2e4d44ef17e.txt": {"township": "历洞镇", "county": "郁南县", "city": "云浮市", "year": 2021},
    "001_4cda7b45264484a7.txt": {"township": "法镇", "county": "南郑区", "city": "汉中市", "year": 2022},
    "002_6d5c20f5be3252bc.txt": {"township": "邦均镇", "county": "蓟州区", "city": "天津市", "year": 2021},
    "003_621cb3420cf20d40.txt": {"township": "双龙镇", "county": "丰都县", "city": "重庆市", "year": 2020},
    "004_30feef353e3222d7.txt": {"township": "沙窝镇", "county": "新县", "city": "信阳市", "year": 2023},
}
NUMBER = re.compile(r"\d+(?:\.\d+)?(%|％)?")


def read_registry(path):
    with open(path, encoding="utf-8") as f:
        return [row for row in csv.DictReader(f)]


def read_seeds(folder):
    seeds = []
    for name, meta in sorted(SEEDS.items()):
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            seeds.append((f.read(), meta))
    return seeds


def make_report(seed, township, year, rng):
    text, meta = seed
    delta = year - meta["year"]

    def vary(m):
        token = m.group(0)
        digits = token.rstrip("%％")
        if "." not in digits and len(digits) == 4 and 1990 <= int(digits) <= 2035:
            return str(int(digits) + delta) + token[len(digits):]
        value = float(digits) * rng.uniform(0.5, 1.6)
        if m.group(1):
            value = min(value, 100.0)
        if "." in digits:
            decimals = len(digits.split(".")[1])
            return f"{value:.{decimals}f}" + token[len(digits):]
        return str(max(1, round(value))) + token[len(digits):]

    text = NUMBER.sub(vary, text)
    text = text.replace(meta["township"], township["name"]).replace(meta["county"], township["county_name"])
    text = text.replace(meta["city"], township["city_name"])
    return text


class Client(threading.local):
    """One keep-alive connection per thread."""

    def __init__(self, base):
        u = urllib.parse.urlparse(base)
        self.host, self.port = u.hostname, u.port

    def request(self, method, path, body=None, headers=None):
        for attempt in range(3):
            try:
                if not hasattr(self, "conn"):
                    self.conn = http.client.HTTPConnection(self.host, self.port, timeout=120)
                self.conn.request(method, path, body=body, headers=headers or {})
                r = self.conn.getresponse()
                return r.status, r.read()
            except (ConnectionError, http.client.HTTPException, OSError):
                if hasattr(self, "conn"):
                    self.conn.close()
                    del self.conn
                if attempt == 2:
                    raise
                time.sleep(0.5)


def psql(db, sql):
    out = subprocess.run(["psql", "-h", "127.0.0.1", "-U", "fazhi", "-d", db, "-At", "-F", "|", "-c", sql],
                         env={**os.environ, "PGPASSWORD": "fazhi"}, capture_output=True, text=True, timeout=60)
    if out.returncode != 0:
        raise RuntimeError(out.stderr.strip())
    return [line.split("|") for line in out.stdout.strip().splitlines() if line]


def proc_sample(pid):
    """(cpu seconds, resident MB) of a process and its threads."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        ticks = os.sysconf("SC_CLK_TCK")
        cpu = (int(fields[11]) + int(fields[12])) / ticks
        with open(f"/proc/{pid}/status") as f:
            rss = next(int(line.split()[1]) for line in f if line.startswith("VmRSS")) / 1024
        return cpu, rss
    except (OSError, StopIteration):
        return None, None


class Monitor(threading.Thread):
    """Samples stage counts, lags, CPU and memory every `every` seconds into self.rows."""

    def __init__(self, dbs, pids, year, every):
        super().__init__(daemon=True)
        self.dbs, self.pids, self.year, self.every = dbs, pids, year, every
        self.rows, self.stop, self.t0 = [], threading.Event(), time.time()

    def sample(self):
        sub, ind, dash = self.dbs
        stored, relayed = psql(sub, f"select (select count(*) from township_report where report_year = {self.year}), "
                                    "(select count(*) from outbox_event where sent_at is not null "
                                    "and topic = 'fazhi.reports.submitted')")[0]
        extracted, published = psql(ind, f"select (select count(*) from report_extraction where report_year = {self.year}), "
                                         "(select count(*) from outbox_event where sent_at is not null "
                                         "and topic = 'fazhi.indicators.computed')")[0]
        ranked = psql(dash, f"select count(*) from township_year where report_year = {self.year}")[0][0]
        row = {"t": time.time() - self.t0, "stored": int(stored), "relayed": int(relayed),
               "extracted": int(extracted), "published": int(published), "ranked": int(ranked)}
        for name, pid in self.pids.items():
            row[name] = proc_sample(pid)
        return row

    def run(self):
        while not self.stop.is_set():
            try:
                row = self.sample()
                self.rows.append(row)
                print("  t=%5.0fs stored %6d  extracted %6d (lag %5d)  ranked %6d (lag %5d)  %s" % (
                    row["t"], row["stored"], row["extracted"], row["relayed"] - row["extracted"], row["ranked"],
                    row["published"] - row["ranked"],
                    "  ".join(f"{n} {row[n][1]:.0f}MB" for n in self.pids if row[n][1] is not None)), flush=True)
            except Exception as e:  # a sample that fails is reported, the run goes on
                print("  sample failed:", e, flush=True)
            self.stop.wait(self.every)


def submit_all(args, townships, seeds):
    """Submits one report per township from `args.concurrency` threads; returns (statuses, latencies, seconds)."""
    work = queue.Queue()
    for i, t in enumerate(townships):
        work.put((i, t))
    client = Client(args.submission)
    statuses, latencies, lock = {}, [], threading.Lock()
    headers = {"Content-Type": "application/json", "Authorization": "Bearer " + args.token}

    def worker():
        while True:
            try:
                i, t = work.get_nowait()
            except queue.Empty:
                return
            rng = random.Random(i)
            text = make_report(seeds[i % len(seeds)], t, args.year, rng)
            body = json.dumps({"townshipCode": t["code"], "year": args.year, "text": text}, ensure_ascii=False)
            start = time.time()
            status, answer = client.request("POST", "/api/v1/reports", body.encode("utf-8"), headers)
            took = time.time() - start
            with lock:
                statuses[status] = statuses.get(status, 0) + 1
                latencies.append(took)
                if status not in (200, 201) and statuses[status] <= 3:
                    print(f"  {t['code']} {t['name']}: HTTP {status} {answer[:300]!r}", flush=True)

    start = time.time()
    threads = [threading.Thread(target=worker) for _ in range(args.concurrency)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    return statuses, latencies, time.time() - start


def pct(values, p):
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))] if s else float("nan")


def first_reach(rows, key, n):
    return next((r["t"] for r in rows if r[key] >= n), None)


def national(args):
    townships = read_registry(args.registry)[: args.reports]
    seeds = read_seeds(args.seeds)
    n = len(townships)
    lengths = [len(s[0]) for s in seeds]
    print(f"{n} townships; reports made from {len(seeds)} seeds of {min(lengths)}-{max(lengths)} characters")
    pids = dict(p.split("=") for p in args.pids.split(",")) if args.pids else {}
    monitor = Monitor(args.dbs.split(","), pids, args.year, args.sample)
    cpu0 = {name: proc_sample(pid)[0] for name, pid in pids.items()}
    monitor.start()
    statuses, latencies, submit_seconds = submit_all(args, townships, seeds)
    print(f"submitted in {submit_seconds:.1f} s: {statuses}", flush=True)
    accepted = statuses.get(200, 0) + statuses.get(201, 0)
    deadline = time.time() + args.timeout
    sub, ind, dash = args.dbs.split(",")
    while time.time() < deadline:  # every accepted report in the read model (a refused one never will be)
        if int(psql(dash, f"select count(*) from township_year where report_year = {args.year}")[0][0]) >= accepted:
            break
        time.sleep(1)
    end = time.time() - monitor.t0
    time.sleep(args.sample + 0.5)
    monitor.stop.set()
    monitor.join()
    rows = monitor.rows
    cpu1 = {name: proc_sample(pid)[0] for name, pid in pids.items()}

    ranked_rows, applied_max, townships_ranked = psql(dash, "select count(*), coalesce(max(revision), 0), "
                                                    "count(distinct township_code) from township_year "
                                                    f"where report_year = {args.year}")[0]
    duplicate_extractions = psql(ind, "select count(*) from (select report_id from report_extraction "
                                      f"where report_year = {args.year} group by report_id having count(*) > 1) d")[0][0]
    stored = psql(sub, f"select count(*) from township_report where report_year = {args.year}")[0][0]
    sizes = {db: int(psql(db, f"select pg_database_size('{db}')")[0][0]) for db in (sub, ind, dash)}

    out = []
    out.append(f"| stage | reports | done at (s from start) | reports/s |")
    out.append("|---|---|---|---|")
    for key, label in (("stored", "stored (submission-service)"), ("extracted", "extracted (indicator-service)"),
                       ("ranked", "in the read model (dashboard-service)")):
        at = first_reach(rows, key, accepted) or end
        out.append(f"| {label} | {max(r[key] for r in rows)} | {at:.0f} | {accepted / at:.1f} |")
    out.append("")
    out.append(f"end to end: {accepted} of {n} reports submitted, extracted and in the read model in {end:.0f} s "
               f"({end / 60:.1f} min); submission HTTP p50 {pct(latencies, 50) * 1000:.0f} ms, "
               f"p95 {pct(latencies, 95) * 1000:.0f} ms, statuses {statuses}")
    out.append(f"exactly once: stored {stored}, read-model rows {ranked_rows} for {townships_ranked} townships, highest "
               f"revision {applied_max} (1 = every row written once), reports extracted more than once "
               f"{duplicate_extractions}")
    out.append("")
    out.append("| service | CPU seconds | mean cores | peak RSS MB |")
    out.append("|---|---|---|---|")
    for name in pids:
        cpu = (cpu1[name] or 0) - (cpu0[name] or 0)
        peak = max((r[name][1] or 0) for r in rows)
        out.append(f"| {name} | {cpu:.0f} | {cpu / end:.2f} | {peak:.0f} |")
    out.append("")
    out.append("database size: " + ", ".join(f"{db} {size / 2**20:.0f} MB" for db, size in sizes.items()))
    out.append("")
    out.append("consumer lag over time (events produced by a stage and not yet processed by the next; every "
               f"{args.sample:.0f} s):")
    out.append("")
    out.append("| t (s) | stored | ReportSubmitted lag | extracted | IndicatorsComputed lag | ranked |")
    out.append("|---|---|---|---|---|---|")
    step = max(1, len(rows) // 20)
    for r in rows[::step] + ([rows[-1]] if rows and (len(rows) - 1) % step else []):
        out.append(f"| {r['t']:.0f} | {r['stored']} | {r['relayed'] - r['extracted']} | {r['extracted']} | "
                   f"{r['published'] - r['ranked']} | {r['ranked']} |")
    print("\n".join(out))
    with open(args.results, "a", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n\n")
    ok = int(ranked_rows) == n and int(applied_max) == 1 and int(duplicate_extractions) == 0
    return 0 if ok else 1


def latency(args):
    """Steady `rate` submissions per second of new reports; each one's time until it shows in the ranking."""
    registry = [t for t in read_registry(args.registry) if t["code"].startswith(args.area)]
    seeds = read_seeds(args.seeds)
    count = min(len(registry), int(args.latency * args.seconds))
    townships = registry[:count]
    client = Client(args.submission)
    watcher = Client(args.watch)
    headers = {"Content-Type": "application/json", "Authorization": "Bearer " + args.token}
    sent, seen, failures = {}, {}, []
    done = threading.Event()
    path = f"/api/v1/rankings?area={args.area}&year={args.year}&indicator={args.indicator}"

    def watch():
        while not done.is_set():
            status, body = watcher.request("GET", path)
            now = time.time()
            if status == 200:
                for code in re.findall(r'"townshipCode":"(\d{9})"', body.decode("utf-8")):
                    seen.setdefault(code, now)
            time.sleep(0.01)

    th = threading.Thread(target=watch, daemon=True)
    th.start()
    pool = queue.Queue()
    start = time.time()

    def submitter():
        while True:
            item = pool.get()
            if item is None:
                return
            i, t = item
            body = json.dumps({"townshipCode": t["code"], "year": args.year,
                               "text": make_report(seeds[i % len(seeds)], t, args.year, random.Random(i))},
                              ensure_ascii=False).encode("utf-8")
            due = start + i / args.latency
            time.sleep(max(0.0, due - time.time()))
            sent[t["code"]] = time.time()
            status, answer = client.request("POST", "/api/v1/reports", body, headers)
            if status not in (200, 201):
                failures.append((t["code"], status, answer[:200]))

    workers = [threading.Thread(target=submitter) for _ in range(8)]
    for w in workers:
        w.start()
    for i, t in enumerate(townships):
        pool.put((i, t))
    for _ in workers:
        pool.put(None)
    for w in workers:
        w.join()
    wait_until = time.time() + 30
    while time.time() < wait_until and len([c for c in sent if c in seen]) < len(sent) - len(failures):
        time.sleep(0.1)
    done.set()
    delays = [seen[c] - sent[c] for c in sent if c in seen]
    achieved = len(sent) / (max(sent.values()) - min(sent.values()))
    line = (f"latency at {achieved:.1f} submissions/s for {args.seconds:.0f} s ({len(sent)} new reports of area "
            f"{args.area}, seen by polling `{path}` every 10 ms): p50 {pct(delays, 50) * 1000:.0f} ms, "
            f"p95 {pct(delays, 95) * 1000:.0f} ms, p99 {pct(delays, 99) * 1000:.0f} ms, max "
            f"{max(delays) * 1000:.0f} ms; not seen within 30 s: {len(sent) - len(delays)}; refused: {len(failures)}")
    print(line)
    for f in failures[:3]:
        print("  refused:", f)
    with open(args.results, "a", encoding="utf-8") as f:
        f.write(line + "\n\n")
    return 0 if not failures and len(delays) == len(sent) else 1


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--registry", required=True)
    p.add_argument("--seeds", required=True)
    p.add_argument("--submission", required=True)
    p.add_argument("--token", required=True)
    p.add_argument("--year", type=int, default=2023)
    p.add_argument("--reports", type=int, default=10**9)
    p.add_argument("--concurrency", type=int, default=8)
    p.add_argument("--dbs", default="bench_submission,bench_indicator,bench_dashboard")
    p.add_argument("--pids", default="")
    p.add_argument("--sample", type=float, default=5)
    p.add_argument("--timeout", type=float, default=1800)
    p.add_argument("--results", default="/dev/null")
    p.add_argument("--latency", type=float, help="submissions per second (latency mode)")
    p.add_argument("--seconds", type=float, default=60)
    p.add_argument("--area", default="43")
    p.add_argument("--indicator", default="structure.completeness")
    p.add_argument("--watch", help="dashboard base URL (latency mode)")
    args = p.parse_args()
    sys.exit(latency(args) if args.latency else national(args))


if __name__ == "__main__":
    main()
