import { describe, expect, it } from "vitest";
import { isWellFormedPath } from "./path-shape";

describe("isWellFormedPath", () => {
  it.each([
    "/",
    "/en",
    "/fr/rcps",
    "/es/rcps/bali-process",
    "/en/countries/TH",
    "/en/countries/th",
    "/en/manage/bali-process/edit",
    "/en/invitation/Ab3_x-9Qz",
    "/en/no-such-page/at-all",
    "/en/rcps/",
  ])("lets %s through", (path) => {
    expect(isWellFormedPath(path)).toBe(true);
  });

  it.each([
    "/en/rcps/%00",
    "/en/countries/%00",
    "/fr/countries/%00/x",
    "/en/rcps/bali%20process",
    "/en/rcps/bali_process",
    "/en/countries/THA",
    "/en/countries/T1",
    "/en//rcps",
    "/en/%2e%2e",
    "/en/rcps/%C3%A9",
  ])("refuses %s", (path) => {
    expect(isWellFormedPath(path)).toBe(false);
  });
});
