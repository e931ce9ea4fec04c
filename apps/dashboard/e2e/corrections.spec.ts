import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { ARTIFACTS_DIR, e2eEnv } from "./env";

const { baseUrl } = e2eEnv();
test.use({ baseURL: baseUrl });

const RUN = randomUUID().slice(0, 8);
// An invented report: two fictional officers meet in Tunis.
const HOST = "مازن الرقيبي";
const GUEST = "حاتم البوزيدي";
const TEXT = `تونس - استقبل اللواء ${HOST} رئيس أركان جيش البر التونسي، يوم 3 مارس 2026 في تونس العاصمة، العميد ${GUEST} قائد القوات الجوية الليبية، وبحث الجانبان التعاون في مجال التدريب. (مرجع ${RUN})`;

test("an analyst corrects a role and a participant, with a log and undo", async ({ page, request }) => {
  test.setTimeout(120_000);
  const submitted = await request.post("/api/v1/articles", { data: { text: TEXT, publishedAt: "2026-03-03" } });
  expect(submitted.status()).toBe(201);
  const { id: articleId } = (await submitted.json()) as { id: string };
  await expect
    .poll(async () => ((await (await request.get(`/api/v1/articles/${articleId}`)).json()) as { status: string }).status, { timeout: 60_000 })
    .toBe("done");

  const people = (await (await request.get(`/api/v1/entities?type=person&q=${encodeURIComponent(GUEST)}`)).json()) as {
    items: { id: string; name: string }[];
  };
  const guest = people.items.find((p) => p.name.includes("البوزيدي"))!;
  expect(guest).toBeDefined();

  await test.step("edit the role the article gives the guest", async () => {
    await page.goto(`/entities/${guest.id}`);
    const row = page.getByTestId("profile-articles").locator("li").first();
    await row.getByRole("button", { name: /correct rank and role/ }).click();
    const form = row.getByTestId("title-correction");
    await form.getByLabel(/Role/).fill(`قائد سلاح الجو المصحح ${RUN}`);
    await form.getByRole("button", { name: /Save/ }).click();
    await expect(row).toContainText(`قائد سلاح الجو المصحح ${RUN}`);
  });

  await test.step("take the guest off the meeting, see it logged, undo it", async () => {
    const events = (await (await request.get(`/api/v1/events?personId=${guest.id}`)).json()) as { items: { id: string }[] };
    const eventId = events.items[0]!.id;
    await page.goto(`/events/${eventId}`);
    const participants = page.getByTestId("event-participants");
    await expect(participants).toContainText(GUEST);
    const corrections = page.getByTestId("event-corrections");
    await corrections.locator("li", { hasText: GUEST }).getByRole("button", { name: /Not a participant/ }).click();
    await expect(participants).not.toContainText(GUEST);
    const log = page.getByTestId("correction-log");
    await expect(log).toContainText("rejected");
    await page.screenshot({ path: join(ARTIFACTS_DIR, "event-corrections.png"), fullPage: true });
    await log.getByRole("button", { name: /undo/ }).first().click();
    await expect(participants).toContainText(GUEST);
    await expect(log).toContainText("accepted");
  });
});
