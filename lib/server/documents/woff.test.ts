import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { woffToSfnt } from "./woff";

const font = path.resolve(import.meta.dirname, "../../../node_modules/@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff");

describe("WOFF to a plain font", () => {
  it("unwraps every table to its original length, with a valid table directory", () => {
    const woff = fs.readFileSync(font);
    const sfnt = woffToSfnt(woff);
    const numTables = woff.readUInt16BE(12);
    expect(sfnt.readUInt32BE(0)).toBe(woff.readUInt32BE(4));
    expect(sfnt.readUInt16BE(4)).toBe(numTables);
    expect(sfnt.length).toBe(woff.readUInt32BE(16)); // totalSfntSize in the WOFF header
    for (let i = 0; i < numTables; i++) {
      const woffEntry = 44 + i * 20;
      const sfntEntry = 12 + i * 16;
      expect(sfnt.subarray(sfntEntry, sfntEntry + 4)).toEqual(woff.subarray(woffEntry, woffEntry + 4));
      expect(sfnt.readUInt32BE(sfntEntry + 12)).toBe(woff.readUInt32BE(woffEntry + 12));
      expect(sfnt.readUInt32BE(sfntEntry + 8) % 4).toBe(0);
    }
  });

  it("refuses what is not a WOFF font", () => {
    expect(() => woffToSfnt(Buffer.from("not a font at all, no header here......................"))).toThrow(/Not a WOFF/);
  });
});
