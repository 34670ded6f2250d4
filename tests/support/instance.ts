/**
 * One portal instance, as a process of its own with its own database pool:
 * runs one data-layer command against DATABASE_URL and prints the result as
 * JSON. tests/integration/instances.test.ts starts two at once to show that
 * nothing the portal relies on lives in one process's memory.
 *   node --conditions=react-server --import tsx tests/support/instance.ts '<json>'
 */
import { createSession, findActiveSession, revokeByIdpSid } from "../../lib/server/auth/sessions";
import { checkRateLimit } from "../../lib/server/rate-limit";
import { registerVoluntaryTax } from "../../lib/server/data/voluntary-tax-change";
import { db } from "../../lib/server/db";

type Command =
  | { run: "createSession"; fnr: string; idpSid: string }
  | { run: "findSession"; id: string }
  | { run: "backchannelLogout"; idpSid: string }
  | { run: "rateLimit"; subject: string; times: number }
  | { run: "voluntaryTax"; personId: string; key: string; today: string };

async function main(command: Command): Promise<unknown> {
  switch (command.run) {
    case "createSession":
      return createSession({ fnr: command.fnr, acr: "idporten-loa-high", idpSid: command.idpSid });
    case "findSession":
      return Boolean(await findActiveSession(command.id));
    case "backchannelLogout":
      return revokeByIdpSid(command.idpSid);
    case "rateLimit": {
      let allowed = 0;
      for (let i = 0; i < command.times; i++) if (await checkRateLimit("login", command.subject)) allowed++;
      return allowed;
    }
    case "voluntaryTax": {
      const user = { sessionId: "instance", personId: command.personId, actorId: command.personId, name: "Instance", level: "high" as const, acting: null };
      return registerVoluntaryTax(user, { kind: "amount", amountOre: 70_000 }, { idempotencyKey: command.key, basedOn: "none", today: command.today });
    }
  }
}

main(JSON.parse(process.argv[2]) as Command).then(
  async (result) => {
    await db().$disconnect();
    process.stdout.write(JSON.stringify({ result }));
    process.exit(0);
  },
  (error) => {
    process.stderr.write(String(error instanceof Error ? error.stack : error));
    process.exit(1);
  },
);
