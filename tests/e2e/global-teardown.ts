import fs from "node:fs";
import { scenarios } from "../../prisma/scenarios";
import { E2E_TODAY, FAULT_PORTAL_LOG_FILE, PORTAL_LOG_FILE } from "../../playwright.config";
import { personalDataInLog } from "../support/log-check";

/**
 * After every browser test has run: the portals' whole logs of the run (every
 * login, payment page, form and error the tests caused, and the database
 * failures of faults.spec.ts) hold no identity or account number, token, or
 * test person's name or address. They must hold request lines, or the check
 * would pass on a log that was never written.
 */
export default function checkPortalLogs() {
  const logs = [PORTAL_LOG_FILE, FAULT_PORTAL_LOG_FILE].filter((f) => fs.existsSync(f)).map((f) => [f, fs.readFileSync(f, "utf8")] as const);
  const requests = logs.reduce((n, [, log]) => n + log.split("\n").filter((l) => l.includes('"event":"request"')).length, 0);
  if (requests === 0) throw new Error(`The portal's log has no request lines; is it written to ${PORTAL_LOG_FILE}?`);
  const found = logs.flatMap(([file, log]) => personalDataInLog(log, scenarios(E2E_TODAY)).map((f) => `${file}: ${f}`));
  if (found.length > 0) throw new Error(`Personal data in the portal's log:\n${found.slice(0, 20).join("\n")}`);
}
