import { describe, expect, it } from "vitest";
import { ACR, EIDS, isForeignEid, levelOf, satisfies } from "./security-level";

describe("security levels", () => {
  it("maps acr values to levels and rejects anything else", () => {
    expect(levelOf(ACR.substantial)).toBe("substantial");
    expect(levelOf(ACR.high)).toBe("high");
    expect(levelOf("Level4")).toBeNull();
    expect(levelOf(undefined)).toBeNull();
  });

  it("high satisfies both; substantial only itself", () => {
    expect(satisfies("high", "high")).toBe(true);
    expect(satisfies("high", "substantial")).toBe(true);
    expect(satisfies("substantial", "substantial")).toBe(true);
    expect(satisfies("substantial", "high")).toBe(false);
  });

  it("MinID gives substantial; every other eID gives high", () => {
    expect(EIDS.minid.level).toBe("substantial");
    for (const eid of ["bankid", "bankid-mobile", "buypass", "commfides"] as const) expect(EIDS[eid].level).toBe("high");
  });
});

describe("foreign eID (eIDAS)", () => {
  it("gives the substantial level, and is recognised from the amr whatever else is in it", () => {
    expect(EIDS.eidas.level).toBe("substantial");
    expect(isForeignEid("eIDAS")).toBe(true);
    expect(isForeignEid("eIDAS otp")).toBe(true);
    expect(isForeignEid("BankID")).toBe(false);
    expect(isForeignEid(null)).toBe(false);
    expect(isForeignEid("eIDASX")).toBe(false);
  });
});
