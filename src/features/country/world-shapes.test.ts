import { describe, expect, it } from "vitest";
import { worldShapes } from "./world-shapes";

describe("the world map's shapes", () => {
  const world = worldShapes();
  const byCode = new Map(world.shapes.map((shape) => [shape.code, shape]));

  it("keys Natural Earth's countries by ISO alpha-2 code", () => {
    expect(byCode.get("TH")?.d).toMatch(/^M\d+ \d+(l-?\d+ -?\d+)+z/);
    expect(byCode.has("NC")).toBe(true);
    expect(world.shapes.filter((shape) => shape.code !== null).length).toBeGreaterThan(170);
  });

  it("has no shape for places too small for the 1:110m map, which the table must carry", () => {
    expect(byCode.has("HK")).toBe(false);
    expect(byCode.has("MO")).toBe(false);
    expect(byCode.has("SG")).toBe(false);
  });

  it("draws within the frame", () => {
    expect(world.width).toBe(960);
    expect(world.height).toBeGreaterThan(400);
    expect(world.height).toBeLessThan(500);
    for (const shape of world.shapes) {
      const [, x, y] = /^M(\d+) (\d+)/.exec(shape.d) ?? [];
      expect(Number(x)).toBeLessThanOrEqual(world.width);
      expect(Number(y)).toBeLessThanOrEqual(world.height);
    }
  });
});
