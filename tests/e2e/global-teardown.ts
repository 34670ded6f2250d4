import fs from "node:fs";
import { scenarios } from "../../prisma/scenarios";
import { E2E_TODAY, PORTAL_LOG_FILE } from "../../playwright.config";
import { personalDataInLog } from "../support/log-check";

/**
 * After every browser test has run: the portal's whole log of the run (every
 * login, payment page, form and error the tests caused) holds no identity or
 * account number, token, or test person's name or address. It must also hold
 * the request lines, or the check would pass on an empty file.
 */
export default function checkPortalLog() {
  const log = fs.readFileSync(PORTAL_LOG_FILE, "utf8");
  const requests = log.split("\n").filter((l) => l.includes('"event":"request"')).length;
  if (requests < 100) throw new Error(`The portal's log has only ${requests} request lines; is it written to ${PORTAL_LOG_FILE}?`);
  const found = personalDataInLog(log, scenarios(E2E_TODAY));
  if (found.length > 0) throw new Error(`Personal data in the portal's log:\n${found.slice(0, 20).join("\n")}`);
}
