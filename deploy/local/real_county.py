#!/usr/bin/env python3
"""A real county through the running suite: the five seed reports and the 29 reports of the shared development set
(real township reports from public government sites) are submitted as 34 townships of 重庆市万州区 for 2024, their
township and county names and their report year changed in the text to the registry names and year they are given
(街道 reports to 街道, 镇 to 镇); nothing else in the text is touched.
The script then waits until the dashboard ranks them and checks what a county office relies on:

- every submitter is ranked, in the composite and in every dimension, with its rank in each dimension;
- every rank has a Monte-Carlo interval that contains it, and intervals are wider where fewer facts are stated
  (Spearman correlation of facts stated and interval width below 0);
- the treatments list each rule applied; ranks within peer groups (街道 versus 镇/乡) on request;
- the CSV export carries the same ranks as the JSON.

Usage: real_county.py [--shared ../shared] [--submission URL] [--dashboard URL] TOKEN
  (TOKEN: a county-admin token whose area covers 500101, e.g. COUNTRY_ADMIN_TOKEN from data/tokens.env)
"""
import argparse
import csv
import glob
import io
import json
import os
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

AREA, YEAR = "500101", 2024
COUNTY = "万州区"
HERE = os.path.dirname(os.path.abspath(__file__))
REGISTRY = os.path.join(HERE, "../../submission-service/src/main/resources/registry/townships.csv")
SEEDS = {  # the seeds' townships, counties and report years, as their titles name them
    "000_9d32a2e4d44ef17e": ("历洞镇", "郁南县", 2021), "001_4cda7b45264484a7": ("法镇", "南郑区", 2022),
    "002_6d5c20f5be3252bc": ("邦均镇", "蓟州区", 2021), "003_621cb3420cf20d40": ("双龙镇", "丰都县", 2020),
    "004_30feef353e3222d7": ("沙窝镇", "新县", 2023)}


def kind(name):
    return "街道" if name.endswith("街道") else "镇" if name.endswith("镇") else "乡" if name.endswith("乡") else "other"


def reports(shared):
    out = []
    for sid, (township, county, year) in sorted(SEEDS.items()):
        with open(os.path.join(shared, "seeds", sid + ".txt"), encoding="utf-8") as f:
            out.append((sid, township, county, year, f.read()))
    for path in sorted(glob.glob(os.path.join(shared, "dev-set", "cases", "d*.json"))):
        with open(path, encoding="utf-8") as f:
            c = json.load(f)
        out.append((c["id"], c["township"], c["county"], int(c["year"]), c["text"]))
    return out


def fixture(shared):
    """(registry code, registry name, source id, text with names and report year changed) for each real report."""
    with open(REGISTRY, encoding="utf-8") as f:
        units = [r for r in csv.DictReader(f) if r["county_code"] == AREA]
    free = {k: [u for u in units if u["kind"] == k] for k in ("街道", "镇", "乡")}
    out = []
    for rid, township, county, year, text in reports(shared):
        k = kind(township)
        pool = free[k] if free.get(k) else free["镇"] or free["乡"]
        unit = pool.pop(0)
        renamed = text.replace(township, unit["name"]).replace(county, COUNTY)
        renamed = re.sub(r"(?<!\d)%d(?=\s*年)" % year, str(YEAR), renamed)
        out.append((unit["code"], unit["name"], rid, renamed))
    return out


def call(method, url, token=None, body=None, accept="application/json"):
    headers = {"Accept": accept}
    if token:
        headers["Authorization"] = "Bearer " + token
    data = None
    if body is not None:
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        headers["Content-Type"] = "application/json"
    req = urllib.request.Request(url, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def ranking(dashboard, **params):
    query = urllib.parse.urlencode(dict(area=AREA, year=YEAR, **params))
    status, body = call("GET", dashboard + "/api/v1/rankings?" + query)
    if status != 200:
        raise SystemExit("ranking %s answered %d: %s" % (query, status, body[:300]))
    return body if params.get("format") == "csv" else json.loads(body)


def spearman(xs, ys):
    def ranks(v):
        order = sorted(range(len(v)), key=lambda i: v[i])
        r = [0.0] * len(v)
        i = 0
        while i < len(order):
            j = i
            while j < len(order) and v[order[j]] == v[order[i]]:
                j += 1
            for k in range(i, j):
                r[order[k]] = (i + j + 1) / 2.0
            i = j
        return r
    rx, ry = ranks(xs), ranks(ys)
    mx, my = sum(rx) / len(rx), sum(ry) / len(ry)
    sxy = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
    sxx = sum((a - mx) ** 2 for a in rx)
    syy = sum((b - my) ** 2 for b in ry)
    return sxy / (sxx * syy) ** 0.5


def check(ok, message, failures):
    print(("ok    " if ok else "FAIL  ") + message)
    if not ok:
        failures.append(message)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--shared", default=os.path.join(HERE, "../../../shared"))
    p.add_argument("--submission", default="http://localhost:8081")
    p.add_argument("--dashboard", default="http://localhost:8083")
    p.add_argument("token")
    a = p.parse_args()
    failures = []
    units = fixture(a.shared)
    accepted = 0
    for code, name, rid, text in units:
        status, body = call("POST", a.submission + "/api/v1/reports", a.token,
                            {"townshipCode": code, "township": name, "county": COUNTY, "year": YEAR, "text": text})
        accepted += 1 if status in (200, 201, 202) else 0
        if status not in (200, 201, 202):
            print("refused %s (%s as %s): %d %s" % (rid, code, name, status, body[:300]))
    check(accepted == len(units), "%d of %d real reports accepted as townships of %s" % (accepted, len(units), COUNTY),
          failures)
    deadline = time.time() + 180
    r = ranking(a.dashboard)
    while len(r["entries"]) < accepted and time.time() < deadline:
        time.sleep(1)
        r = ranking(a.dashboard)
    entries = r["entries"]
    check(len(entries) == accepted and r["ranked"] == accepted and r["insufficient"] == 0,
          "composite (%s): %d entries, %d ranked, %d insufficient" % (r["methodology"]["missing"], len(entries),
                                                                     r["ranked"], r["insufficient"]), failures)
    dims = sorted({i["dimension"] for i in r["indicators"] if i["weight"] > 0})
    check(all(e["rank"] is not None and e["rankLow"] <= e["rank"] <= e["rankHigh"] for e in entries),
          "every rank lies in its interval rankLow..rankHigh", failures)
    check(all(sorted(e["dimensionRanks"]) == dims for e in entries),
          "every entry has a rank in each of the %d dimensions: %s" % (len(dims), ", ".join(dims)), failures)
    for d in dims:
        rd = ranking(a.dashboard, dimension=d, runs=0)
        check(rd["ranked"] == accepted, "dimension %s ranks %d of %d" % (d, rd["ranked"], accepted), failures)
    kinds = {t["kind"] for t in r["treatments"]}
    check({"MISSING_DATA_RULE", "NO_CREDIT", "DISCLOSURE_ADDED"} <= kinds,
          "treatments list the rules applied: " + ", ".join(sorted(kinds)), failures)
    widths = [e["rankHigh"] - e["rankLow"] for e in entries]
    stated = [e["indicatorsReported"] for e in entries]
    rho = spearman(stated, widths)
    check(rho < 0, "intervals are wider where fewer facts are stated: Spearman(stated, width) = %.2f" % rho,
          failures)
    text = ranking(a.dashboard, format="csv").decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    csv_ranks = {row["townshipCode"]: row["rank"] for row in rows}
    check(all(csv_ranks.get(e["townshipCode"]) == str(e["rank"]) for e in entries) and len(rows) == len(entries),
          "the CSV carries the same %d ranks" % len(rows), failures)
    peers = ranking(a.dashboard, peerGroup="kind", runs=0)
    groups = {}
    for e in peers["entries"]:
        groups.setdefault(e["peerGroup"], []).append(e["rank"])
    check(all(min(v) == 1 for v in groups.values()) and len(groups) >= 2,
          "peer groups ranked on their own: " + ", ".join("%s %d" % (g, len(v)) for g, v in sorted(groups.items())),
          failures)
    print("\nrank  interval  score  stated  township")
    for e in entries:
        print("%4d  %3d-%-4d %6.2f  %4d    %s" % (e["rank"], e["rankLow"], e["rankHigh"], e["score"],
                                              e["indicatorsReported"], e["township"]))
    if failures:
        raise SystemExit("real county: %d checks failed" % len(failures))
    print("real county ok: %d real reports ranked in %s" % (accepted, COUNTY))


if __name__ == "__main__":
    main()
