import { expect, test } from "./fixtures";
import { expectAccessible } from "./helpers";

test("nothing is counted before consent; the choice is remembered and can be changed from the footer", async ({ page }) => {
  const beacons: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/api/statistikk")) beacons.push(r.postData() ?? "");
  });
  await page.goto("/");
  const banner = page.getByRole("region", { name: "Informasjonskapsler for statistikk" });
  await expect(banner).toBeVisible();
  await expectAccessible(page);
  await page.goto("/utbetalingskalender");
  expect(beacons).toEqual([]);

  await banner.getByRole("button", { name: "Nei takk" }).click();
  await expect(page).toHaveURL(/\/utbetalingskalender$/);
  await expect(banner).toBeHidden();
  await page.goto("/personvern");
  expect(beacons).toEqual([]);

  await page.getByRole("link", { name: "Innstillinger for informasjonskapsler" }).click();
  await expect(page.getByText("Du har sagt nei til statistikk.")).toBeVisible();
  await page.getByRole("button", { name: "Godta statistikk" }).click();
  await expect(page.getByText("Du har sagt ja til statistikk.")).toBeVisible();
  await page.goto("/utbetalingskalender");
  await expect.poll(() => beacons).toContain("/utbetalingskalender");
  await expectAccessible(page);
});
