import { describe, expect, it } from "vitest";
import { freeSeatFor, hasFreeSeat, SHARED, sharedSeats, takeSeat, type TSeatMap } from "./seats";

const map = (): TSeatMap => ({
  capacity: 10,
  quotas: new Map([
    ["bali", 4],
    ["budapest", 4],
  ]),
  taken: new Map(),
});

describe("the seat rule", () => {
  it("seats a quota host's nominee in its quota first, then in a shared seat, then nowhere", () => {
    const seats = map();
    expect(sharedSeats(seats)).toBe(2);
    const taken = Array.from({ length: 7 }, () => {
      const seat = freeSeatFor(seats, "bali");
      if (seat !== null) takeSeat(seats, seat);
      return seat;
    });
    expect(taken).toEqual(["bali", "bali", "bali", "bali", SHARED, SHARED, null]);
    // Budapest's quota is still Budapest's; others find no shared seat.
    expect(freeSeatFor(seats, "budapest")).toBe("budapest");
    expect(freeSeatFor(seats, "colombo")).toBeNull();
    expect(freeSeatFor(seats, null)).toBeNull();
    expect(hasFreeSeat(seats)).toBe(true);
  });
});
