/** ID-porten's security levels (acr values), lowest first. */
const LEVELS = ["idporten-loa-substantial", "idporten-loa-high"] as const;
export type SecurityLevel = (typeof LEVELS)[number];
export type LevelName = "substantial" | "high";

export const ACR: Record<LevelName, SecurityLevel> = {
  substantial: "idporten-loa-substantial",
  high: "idporten-loa-high",
};

export function levelOf(acr: string | null | undefined): LevelName | null {
  if (acr === ACR.high) return "high";
  if (acr === ACR.substantial) return "substantial";
  return null;
}

export function satisfies(actual: LevelName, required: LevelName): boolean {
  return LEVELS.indexOf(ACR[actual]) >= LEVELS.indexOf(ACR[required]);
}

/** The electronic IDs ID-porten offers and the level each gives. */
export const EIDS = {
  minid: { level: "substantial", amr: "Minid-PIN" },
  bankid: { level: "high", amr: "BankID" },
  "bankid-mobile": { level: "high", amr: "BankID Mobil" },
  buypass: { level: "high", amr: "Buypass" },
  commfides: { level: "high", amr: "Commfides" },
  // A foreign eID through eIDAS, for people abroad without a Norwegian one. The portal
  // takes it at the substantial level: pages that need high ask for a Norwegian eID.
  eidas: { level: "substantial", amr: "eIDAS" },
} as const satisfies Record<string, { level: LevelName; amr: string }>;
export type Eid = keyof typeof EIDS;

/** Whether a login came through a foreign eID (eIDAS), from the amr ID-porten sends. */
export const isForeignEid = (amr: string | null | undefined): boolean => (amr ?? "").split(" ").includes(EIDS.eidas.amr);
