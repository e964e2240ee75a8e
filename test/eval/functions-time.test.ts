import { describe, expect, it } from "vitest";
import { evalLocal, js } from "./helpers.js";

// Expected values from Terraform's documentation of the functions.
const cases: [string, unknown][] = [
  ['timeadd("2017-11-22T00:00:00Z", "10m")', "2017-11-22T00:10:00Z"],
  ['timeadd("2017-11-22T00:00:00Z", "-1h30m")', "2017-11-21T22:30:00Z"],
  ['timeadd("2017-11-22T00:00:00+05:00", "1.5h")', "2017-11-22T01:30:00+05:00"],
  ['timeadd("2017-11-22T23:59:59.9Z", "200ms")', "2017-11-23T00:00:00Z"],
  ['timecmp("2017-11-22T00:00:00Z", "2017-11-22T00:00:00Z")', 0],
  ['timecmp("2017-11-22T00:00:00Z", "2017-11-22T01:00:00Z")', -1],
  ['timecmp("2017-11-22T01:00:00Z", "2017-11-22T00:00:00Z")', 1],
  ['timecmp("2017-11-22T01:00:00Z", "2017-11-22T00:00:00-01:00")', 0],
  ['formatdate("DD MMM YYYY hh:mm ZZZ", "2018-01-02T23:12:01Z")', "02 Jan 2018 23:12 UTC"],
  ['formatdate("EEEE, DD-MMM-YY hh:mm:ss ZZZ", "2018-01-02T23:12:01Z")', "Tuesday, 02-Jan-18 23:12:01 UTC"],
  ['formatdate("EEE, DD MMM YYYY hh:mm:ss ZZZ", "2018-01-02T23:12:01-08:00")', "Tue, 02 Jan 2018 23:12:01 -0800"],
  ['formatdate("MMM DD, YYYY", "2018-01-02T23:12:01Z")', "Jan 02, 2018"],
  ['formatdate("HH:mmaa", "2018-01-02T23:12:01Z")', "11:12pm"],
  ["formatdate(\"h 'o''clock'\", \"2018-01-02T09:00:00Z\")", "9 o'clock"],
];

describe("date functions", () => {
  it.each(cases)("%s", (expr, expected) => {
    expect(js(expr)).toEqual(expected);
  });

  it.each(['timeadd("2017-11-22", "1h")', 'timeadd("2017-11-22T00:00:00Z", "1d")', 'formatdate("YYYYY", "2018-01-02T23:12:01Z")', 'timecmp("x", "2018-01-02T23:12:01Z")'])(
    "%s is an error, so unknown",
    (expr) => {
      const v = evalLocal(expr);
      expect(v.kind === "unknown" && v.error).toBe(true);
    },
  );
});
