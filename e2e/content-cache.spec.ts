import { expect, test } from "./fixtures";
import { createUser, signInAs } from "./pages/staff";

const PUBLIC_PATHS = ["/en", "/en/partners", "/en/partners/japan", "/en/sez", "/ru/partners/iran", "/en/map"];

test.describe("public pages come from the cache and follow content edits at once", () => {
  test("the second request of every public page is a cache hit", async ({ request }) => {
    for (const path of PUBLIC_PATHS) {
      await request.get(path);
      const second = await request.get(path);
      expect(second.status(), path).toBe(200);
      expect(second.headers()["x-nextjs-cache"], path).toBe("HIT");
    }
  });

  test("a staff edit of a partner summary is on the public page on the next request", async ({ page, request, sql }) => {
    await request.get("/en/partners/japan");
    expect((await request.get("/en/partners/japan")).headers()["x-nextjs-cache"]).toBe("HIT");

    const staff = await createUser(sql, "staff", "Content Editor");
    await signInAs(page, staff.email);
    await page.goto("/en/admin/content?tab=partners");
    const japan = page.locator("details", { has: page.locator("summary", { hasText: /^Japan$/ }) });
    await japan.locator("summary").click();
    const summary = japan.getByLabel("Summary (English)", { exact: true });
    const original = await summary.inputValue();
    const edited = `${original} (Edited ${Date.now()}.)`;
    await summary.fill(edited);
    await japan.getByRole("button", { name: "Save" }).click();
    await expect(japan.getByText("Saved. The public pages show the change.")).toBeVisible();

    const after = await request.get("/en/partners/japan");
    expect(await after.text()).toContain(edited.slice(-25));
    // Put the seed text back for the other tests.
    await summary.fill(original);
    await japan.getByRole("button", { name: "Save" }).click();
    await expect(japan.getByText("Saved. The public pages show the change.")).toBeVisible();
  });
});
