import { getTranslations } from "next-intl/server";
import { Button } from "./ui/button";

/**
 * The warning before the session ends, as markup: a closed modal dialog that
 * the page's own script (browser/enhance.ts) opens, fills with the minutes
 * left and answers. Without JavaScript it stays closed; the session then ends
 * as the server says, and the next page tells the user why.
 */
export async function SessionTimeout() {
  const t = await getTranslations("session");
  return (
    <dialog
      id="session-timeout"
      role="alertdialog"
      aria-labelledby="session-timeout-heading"
      aria-describedby="session-timeout-text"
      className="session-timeout"
    >
      <h2 id="session-timeout-heading" className="aksel-heading aksel-heading--medium">
        {t("heading")}
      </h2>
      <p id="session-timeout-text" data-session-text className="aksel-body-long aksel-body-long--medium" />
      <p role="alert" hidden data-session-failed className="aksel-body-long aksel-body-long--medium">
        {t("failed")}
      </p>
      <div className="session-timeout__buttons">
        <Button type="button" data-session="stay">
          {t("stay")}
        </Button>
        <Button type="button" data-session="ok" hidden>
          {t("ok")}
        </Button>
        <form action="/logg-ut" method="post">
          <Button type="submit" variant="secondary">
            {t("logout")}
          </Button>
        </form>
      </div>
    </dialog>
  );
}
