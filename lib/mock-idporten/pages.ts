import { type KoaContextWithOIDC } from "oidc-provider";
import { EIDS, type Eid } from "../domain/security-level";
import { type Scenario } from "../../prisma/scenarios";

const EID_NAMES: Record<Eid, string> = {
  minid: "MinID",
  bankid: "BankID",
  "bankid-mobile": "BankID på mobil",
  buypass: "Buypass",
  commfides: "Commfides",
  eidas: "Utenlandsk eID (eIDAS)",
};

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

const STYLE = `body{font-family:system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;color:#23262a;line-height:1.5}
fieldset{border:1px solid #6a6a6a;border-radius:6px;margin:0 0 1.5rem;padding:1rem}legend{font-weight:700;padding:0 .25rem}
label{display:block;padding:.35rem 0}button{font:inherit;font-weight:600;padding:.6rem 1.4rem;border:0;border-radius:6px;background:#0063c1;color:#fff;cursor:pointer}
button:focus-visible,input:focus-visible{outline:3px solid #23262a;outline-offset:2px}.note{background:#fff5e6;border-left:4px solid #c77300;padding:.5rem 1rem}
.error{background:#ffe6e6;border-left:4px solid #c30000;padding:.5rem 1rem}small{color:#4f4f4f}`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}

export function loginPage(opts: {
  uid: string;
  eids: Eid[];
  persons: Scenario[];
  highOnly: boolean;
  error?: string;
  chosenEid?: string;
  chosenPerson?: string;
  typedPid?: string;
}): string {
  const eidRadios = opts.eids
    .map((eid, i) => {
      const checked = opts.chosenEid ? opts.chosenEid === eid : i === 0;
      return `<label><input type="radio" name="eid" value="${eid}"${checked ? " checked" : ""}> ${EID_NAMES[eid]} <small>(${EIDS[eid].level === "high" ? "høyt nivå" : "betydelig nivå"})</small></label>`;
    })
    .join("");
  const personRadios = opts.persons
    .map((p, i) => {
      const checked = opts.chosenPerson ? opts.chosenPerson === p.key : i === 0;
      return `<label><input type="radio" name="person" value="${escapeHtml(p.key)}"${checked ? " checked" : ""}> ${escapeHtml(`${p.givenName} ${p.familyName}`)} <small>– ${escapeHtml(p.situation)}</small></label>`;
    })
    .join("");
  return page(
    "Mock ID-porten – logg inn",
    `<h1>Mock ID-porten</h1>
<p class="note">Dette er en testinnlogging for utviklere, med syntetiske testpersoner. Ingen ekte personer eller eID-er brukes.</p>
${opts.highOnly ? `<p>Tjenesten krever høyeste sikkerhetsnivå. Velg BankID, Buypass eller Commfides.</p>` : ""}
${opts.error ? `<p class="error" role="alert">${escapeHtml(opts.error)}</p>` : ""}
<form method="post" action="/interaction/${escapeHtml(opts.uid)}/login">
<fieldset><legend>Velg elektronisk ID</legend>${eidRadios}</fieldset>
<fieldset><legend>Velg testperson</legend>${personRadios}
<label for="pid">Eller skriv et syntetisk fødselsnummer (TestID)</label>
<input id="pid" name="pid" inputmode="numeric" autocomplete="off" value="${escapeHtml(opts.typedPid ?? "")}"></fieldset>
<button type="submit">Logg inn</button>
</form>
<form method="post" action="/interaction/${escapeHtml(opts.uid)}/abort"><p><button type="submit" style="background:#6a6a6a">Avbryt</button></p></form>`,
  );
}

/** RP-initiated logout: confirm and submit at once; the button covers browsers without JavaScript. */
export async function logoutPage(ctx: KoaContextWithOIDC, form: string): Promise<void> {
  ctx.type = "html";
  ctx.body = page(
    "Mock ID-porten – logger ut",
    `<h1>Logger ut</h1>${form}
<p><button type="submit" form="op.logoutForm" name="logout" value="yes" id="confirm">Logg ut av ID-porten</button></p>
<script>document.getElementById("confirm").click()</script>`,
  );
}
