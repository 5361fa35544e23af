#!/usr/bin/env python3
"""The county's review of its real year through the running suite, after real_county.py has submitted it:

- an outlier planted in a real report (a new version of one township's report that adds "全年共开展普法宣传活动
  9000次") appears in the review queue with its rule and the median it was compared with;
- a reviewer corrects a value of the last-ranked township with a reason: the composite moves (the time from the
  correction's answer to the ranking that shows it is printed), the value says `reviewed` and by whom, and the
  audit trail has the step;
- one report is returned with a reason and another accepted: coverage counts them;
- the county locks the year: the rankings name the lock; a burst of writes (new versions, corrections, returns,
  accepts) is refused with 409 year-locked and the ranking is byte-identical before and after; an administrator
  unlocks it with a reason, and the lock history lists both steps.

Usage: county_review.py [--submission URL] [--indicators URL] [--dashboard URL] TOKEN
  (TOKEN: a county-admin token whose area covers 500101, e.g. COUNTRY_ADMIN_TOKEN from data/tokens.env)
"""
import argparse
import json
import sys
import time
import urllib.parse

from real_county import AREA, YEAR, call, check, ranking


def until(what, timeout=30, every=0.05):
    deadline = time.time() + timeout
    while True:
        value = what()
        if value or time.time() > deadline:
            return value
        time.sleep(every)


def correct_last(a, failures):
    r = ranking(a.dashboard)
    last = r["entries"][-1]
    code = last["townshipCode"]
    path = "%s/api/v1/indicators/%s/%d" % (a.indicators, code, YEAR)
    status, body = call("GET", path)
    values = {v["key"]: v for v in json.loads(body)["values"]} if status == 200 else {}
    key = "publicity.events"
    action = "correct" if key in values else "add"
    started = time.time()
    status, body = call("POST", path + "/corrections", a.token, {"key": key, "action": action, "value": 500,
                                                                  "reason": "台账记载全年开展普法宣传活动500次"})
    check(status == 201, "a reviewer's %s of %s for %s answered %d" % (action, key, last["township"], status),
          failures)
    answered = time.time()
    moved = until(lambda: next((e for e in ranking(a.dashboard)["entries"] if e["townshipCode"] == code
                                and e["score"] > last["score"]), None))
    seen = time.time()
    check(moved is not None, "the correction moved %s from rank %d (score %.2f) to rank %s (score %s) %d ms after "
          "its answer (%d ms after it was sent)" % (last["township"], last["rank"], last["score"],
                                                   moved and moved["rank"], moved and "%.2f" % moved["score"],
                                                   (seen - answered) * 1000, (seen - started) * 1000), failures)
    status, body = call("GET", path)
    value = {v["key"]: v for v in json.loads(body)["values"]}.get(key, {})
    check(value.get("source") == "reviewed" and value.get("value") == 500,
          "the value says reviewed by %s" % value.get("reviewedBy"), failures)
    status, body = call("GET", path + "/audit", a.token)
    check(status == 200 and any(s["step"] == "corrected" for s in json.loads(body)),
          "the audit trail has the correction", failures)
    return code, path


def reports_of_the_year(a):
    status, body = call("GET", "%s/api/v1/reports?area=%s&year=%d&size=100" % (a.submission, AREA, YEAR), a.token)
    return json.loads(body)["items"]


def plant_outlier(a, report, failures):
    status, text = call("GET", "%s/api/v1/reports/%d/text" % (a.submission, report["id"]), a.token, accept="text/plain")
    status, _ = call("POST", a.submission + "/api/v1/reports", a.token, {
        "townshipCode": report["townshipCode"], "year": YEAR,
        "text": text.decode("utf-8") + "\n全年共开展普法宣传活动9000次。"})
    check(status == 201, "a new version of %s's real report with 9000 publicity events (%d)" % (report["township"],
                                                                                           status), failures)
    queue = "%s/api/v1/indicators/review-queue?area=%s&year=%d" % (a.indicators, AREA, YEAR)

    def flagged():
        s, b = call("GET", queue, a.token)
        items = json.loads(b) if s == 200 else []
        return next(((n, i, len(items)) for n, i in enumerate(items) if i["townshipCode"] == report["townshipCode"]
                     and i["why"] == "outlier" and i["key"] == "publicity.events"), None)
    found = until(flagged, timeout=60, every=0.5)
    place, item, size = found if found else (None, None, 0)
    check(item is not None, "the review queue names it: %s" % (item and "%s %s, %s" % (item["why"], item["value"],
                                                                                     item["reasons"][0])), failures)
    if item is not None:
        check(item["rankShift"] > 0, "it could move %d of the %d townships stating it; item %d of %d in the queue"
              % (item["rankShift"], item["townshipsStating"], place + 1, size), failures)


def return_and_accept(a, items, failures):
    returned, accepted = items[0], items[1]
    s1, _ = call("POST", "%s/api/v1/reports/%d/return" % (a.submission, returned["id"]), a.token,
                 {"reason": "请补充行政执法“三项制度”落实情况"})
    s2, _ = call("POST", "%s/api/v1/reports/%d/accept" % (a.submission, accepted["id"]), a.token, {})
    check(s1 == 200 and s2 == 200, "one report returned (%d), one accepted (%d)" % (s1, s2), failures)

    def coverage():
        s, b = call("GET", "%s/api/v1/coverage?area=%s&year=%d" % (a.dashboard, AREA, YEAR))
        c = json.loads(b) if s == 200 else {}
        return c if c.get("returned") == 1 and c.get("accepted") == 1 else None
    c = until(coverage)
    check(c is not None, "coverage counts them: %s" % (c and "submitted %d, returned %d, accepted %d, awaiting "
                                                      "extraction %d" % (c["submitted"], c["returned"],
                                                                         c["accepted"], c["awaitingExtraction"])),
          failures)


def lock_burst_unlock(a, items, corrected, failures):
    lock = "%s/api/v1/locks/%s/%d" % (a.submission, AREA, YEAR)
    status, _ = call("POST", lock, a.token, {"reason": "%d年度法治政府建设考核结果发布" % YEAR})
    check(status == 200, "the county locks %d (%d)" % (YEAR, status), failures)
    query = urllib.parse.urlencode({"area": AREA, "year": YEAR})
    check(until(lambda: ranking(a.dashboard).get("lock")) is not None, "the ranking names the lock", failures)
    code, path = corrected
    correction = {"key": "publicity.events", "action": "correct", "value": 1, "reason": "锁定后的更正"}
    check(until(lambda: call("POST", path + "/corrections", a.token, correction)[0] == 409) is True,
          "indicator-service refuses corrections once it knows of the lock", failures)
    before = call("GET", a.dashboard + "/api/v1/rankings?" + query)[1]
    refused, other = 0, []
    for i in range(10):
        report = items[i % len(items)]
        attempts = [
            call("POST", a.submission + "/api/v1/reports", a.token, {"townshipCode": report["townshipCode"],
                 "year": YEAR, "text": "锁定期间提交的新版本%d：全年开展普法宣传活动%d次。" % (i, i)}),
            call("POST", path + "/corrections", a.token, correction),
            call("POST", "%s/api/v1/reports/%d/accept" % (a.submission, report["id"]), a.token, {}),
            call("POST", "%s/api/v1/reports/%d/return" % (a.submission, report["id"]), a.token, {"reason": "x"})]
        for status, body in attempts:
            if status == 409 and b"year-locked" in body:
                refused += 1
            else:
                other.append(status)
    time.sleep(1.5)
    after = call("GET", a.dashboard + "/api/v1/rankings?" + query)[1]
    check(refused == 40 and not other, "40 writes to the locked year refused with 409 year-locked (%s other)"
          % (other or "none"), failures)
    check(before == after, "the ranking is byte-identical before and after the burst (%d bytes)" % len(after),
          failures)
    status, _ = call("POST", lock + "/unlock", a.token, {"reason": "更正一处数据后重新发布"})
    check(status == 200, "an administrator unlocks it with a reason (%d)" % status, failures)
    status, body = call("GET", lock, a.token)
    history = [h["action"] for h in json.loads(body)["history"]] if status == 200 else []
    check(history == ["LOCK", "UNLOCK"], "the lock history lists %s" % history, failures)
    check(until(lambda: ranking(a.dashboard).get("lock") is None) is True, "the ranking is open again", failures)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--submission", default="http://localhost:8081")
    p.add_argument("--indicators", default="http://localhost:8082")
    p.add_argument("--dashboard", default="http://localhost:8083")
    p.add_argument("token")
    a = p.parse_args()
    failures = []
    items = reports_of_the_year(a)
    plant_outlier(a, items[-1], failures)
    corrected = correct_last(a, failures)
    return_and_accept(a, items, failures)
    lock_burst_unlock(a, items[:10], corrected, failures)
    if failures:
        raise SystemExit("county review: %d checks failed" % len(failures))
    print("county review ok")


if __name__ == "__main__":
    sys.path.insert(0, __file__.rsplit("/", 1)[0])
    main()
