import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { ARTIFACTS_DIR, e2eEnv } from "./env";

const { baseUrl } = e2eEnv();
test.use({ baseURL: baseUrl, actionTimeout: 15_000 });

// Two made-up reports (fictional officers, real states) of two meetings of the same two people:
// one in Cairo, one in Amman. Written for this test.
const RUN = randomUUID().slice(0, 8);
const MINISTER = "سامح المنصوري";
const CHIEF = "ناصر العتيبي";
const ARTICLES = [
  `القاهرة - استقبل الفريق أول ${MINISTER} وزير الدفاع المصري، يوم الأحد 11 يناير 2026 في القاهرة، اللواء ركن ${CHIEF} رئيس أركان الجيش الأردني والوفد المرافق له. وبحث الجانبان سبل تعزيز التعاون العسكري بين البلدين. (مرجع الاختبار ${RUN})`,
  `عمّان - التقى اللواء ركن ${CHIEF} رئيس أركان الجيش الأردني، يوم الثلاثاء 20 يناير 2026 في عمّان، الفريق أول ${MINISTER} وزير الدفاع المصري، وبحثا تطوير التدريب المشترك. (مرجع الاختبار ${RUN})`,
];

async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`), fullPage: true });
}

async function submit(request: APIRequestContext, body: Record<string, string>): Promise<string> {
  const response = await request.post("/api/v1/articles", { data: body });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

async function waitForStatus(request: APIRequestContext, id: string, status: "done" | "failed") {
  await expect
    .poll(async () => ((await (await request.get(`/api/v1/articles/${id}`)).json()) as { status: string }).status, {
      timeout: 60_000,
    })
    .toBe(status);
}

test("the network, the map, the queue and the exports show two processed meetings", async ({ page }) => {
  test.setTimeout(150_000);
  const cspViolations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });

  const ids = await test.step("submit two articles and one that must fail", async () => {
    const first = await submit(page.request, { text: ARTICLES[0]!, source: "وكالة الاختبار" });
    const second = await submit(page.request, { text: ARTICLES[1]!, source: "وكالة الاختبار" });
    // Nothing listens on port 9 (discard): every attempt fails, and after the last one the job is failed.
    const failing = await submit(page.request, { url: `http://127.0.0.1:9/article-${RUN}` });
    await waitForStatus(page.request, first, "done");
    await waitForStatus(page.request, second, "done");
    return { first, second, failing };
  });

  await test.step("the network shows both people, their states and the link between them", async () => {
    await page.goto("/network");
    const graph = page.getByTestId("network-graph");
    await expect(graph).toBeVisible();
    // Other browser tests share the database: look at January 2026, when only these meetings happen.
    await page.getByLabel(/من . From/).fill("2026-01-01");
    await page.getByLabel(/إلى . To/).fill("2026-01-31");
    const minister = graph.locator(`[data-node-kind="person"][data-node-label="${MINISTER}"]`);
    const chief = graph.locator(`[data-node-kind="person"][data-node-label="${CHIEF}"]`);
    await expect(minister).toHaveCount(1);
    await expect(chief).toHaveCount(1);
    await expect(graph.locator('[data-node-id="state:EG"]')).toHaveCount(1);
    await expect(graph.locator('[data-node-id="state:JO"]')).toHaveCount(1);
    await expect(graph.locator("line.graph-edge.met")).toHaveCount(1);
    await expect(graph.locator("line.graph-edge.serves")).toHaveCount(2);
    // Both attended two events: the person circles are larger than a one-event circle (radius 6.5).
    expect(Number(await minister.locator("circle").getAttribute("r"))).toBeGreaterThan(6.5);

    await minister.locator("circle").click();
    const card = page.getByTestId("node-card");
    await expect(card).toContainText(MINISTER);
    await expect(card).toContainText("2 events, 1 link");
    const ministerId = await minister.getAttribute("data-node-id");
    await expect(card.getByRole("link")).toHaveAttribute("href", `/entities/${ministerId}`);
    await screenshot(page, "network");

    // A filter that leaves out both meetings empties the graph.
    await page.getByLabel(/إلى . To/).fill("2026-01-10");
    await expect(page.getByTestId("network-empty")).toBeVisible();
    await page.getByLabel(/إلى . To/).fill("2026-01-31");
    await expect(graph.locator("[data-node-kind=person]")).toHaveCount(2);

    await test.step("the country filter is a list of state names", async () => {
      const country = page.getByLabel(/الدولة · Country/);
      await expect(country.locator("option", { hasText: "الأردن · Jordan" })).toHaveCount(1);
      await country.selectOption({ label: "الأردن · Jordan" });
      await expect(graph.locator('[data-node-id="state:JO"]')).toHaveCount(1);
      await expect(page.getByTestId("export-links").getByRole("link", { name: "People CSV" })).toHaveAttribute("href", /country=JO/);
      await country.selectOption("");
      await expect(graph.locator("[data-node-kind=person]")).toHaveCount(2);
    });

    await test.step("zooming in enables 'fit all', which brings the whole graph back", async () => {
      const reset = page.getByTestId("network-reset");
      await expect(reset).toBeDisabled();
      const viewport = graph.locator(":scope > g").first();
      const before = await viewport.getAttribute("transform");
      // Over the drawing, scrolled into view: a wheel below the window's edge reaches nothing.
      await graph.hover();
      await page.mouse.wheel(0, -400);
      await expect(reset).toBeEnabled();
      expect(await viewport.getAttribute("transform")).not.toBe(before);
      await reset.click();
      await expect(viewport).toHaveAttribute("transform", before!);
      await expect(reset).toBeDisabled();
    });

    await test.step("the people export downloads the two people as CSV", async () => {
      const [download] = await Promise.all([
        page.waitForEvent("download", { timeout: 15_000 }),
        page.getByTestId("export-links").getByRole("link", { name: "People CSV" }).click(),
      ]);
      const csv = await readFile(await download.path(), "utf8");
      expect(csv.startsWith("\uFEFF")).toBe(true);
      const lines = csv.slice(1).trimEnd().split("\r\n");
      expect(lines[0]).toBe("id,name,rank,role,country,mention_count,event_count,first_event,last_event,undated_event_count");
      expect(lines).toHaveLength(3);
      expect(lines.find((l) => l.includes(MINISTER))).toMatch(/,EG,\d+,2,2026-01-11,2026-01-20,0$/);
      expect(lines.find((l) => l.includes(CHIEF))).toMatch(/,JO,\d+,2,2026-01-11,2026-01-20,0$/);
      // Rank and role as the articles print them, beside the name.
      expect(lines.find((l) => l.includes(MINISTER))).toContain(`${MINISTER},الفريق أول,وزير الدفاع`);
    });
  });

  await test.step("the map draws the world offline, the two meetings and the visits", async () => {
    const external: string[] = [];
    page.on("request", (r) => {
      if (!r.url().startsWith(baseUrl ?? "")) external.push(r.url());
    });
    await page.goto("/map");
    const map = page.getByTestId("world-map");
    await expect(map).toBeVisible();
    await page.getByLabel(/من . From/).fill("2026-01-01");
    await page.getByLabel(/إلى . To/).fill("2026-01-31");
    expect(await map.locator("path.map-land").count()).toBeGreaterThan(150);
    await expect(map.locator('path.map-land[data-country="EG"]')).toHaveClass(/active/);
    const markers = map.getByTestId("map-event");
    await expect(markers).toHaveCount(2);
    await expect(map.locator('[data-testid="map-visit"][data-from="JO"][data-to="EG"]')).toHaveCount(1);
    await expect(map.locator('[data-testid="map-visit"][data-from="EG"][data-to="JO"]')).toHaveCount(1);
    await markers.first().click();
    await expect(page.getByTestId("event-card")).toContainText(/استقبل|التقى/);
    await expect(page.getByTestId("event-card").getByRole("link").first()).toHaveAttribute("href", /^\/events\/[0-9a-f-]{36}$/);
    await screenshot(page, "map");
    expect(external).toEqual([]);

    await page.getByLabel(/النوع · Type/).selectOption("agreement");
    await expect(markers).toHaveCount(0);
  });

  await test.step("the queue counts the jobs and retries and removes a failed one", async () => {
    await page.goto("/queue");
    await expect
      .poll(async () => Number(await page.getByTestId("count-completed").textContent()), { timeout: 30_000 })
      .toBeGreaterThanOrEqual(2);
    const row = page.locator(`[data-job-id="${ids.failing}"]`);
    await expect(row).toBeVisible({ timeout: 30_000 });
    await expect(row.locator(".reason")).toContainText("127.0.0.1:9");
    // The job is named by its article (a link not fetched: its URL), not by an id.
    await expect(row.getByTestId("job-article")).toHaveText(`http://127.0.0.1:9/article-${RUN}`);
    await expect(row.locator(".reason")).toContainText("رسالة الخطأ (بالإنجليزية) · Error message:");
    expect(Number(await page.getByTestId("count-failed").textContent())).toBeGreaterThanOrEqual(1);
    await screenshot(page, "queue");

    const attemptsBefore = ((await (await page.request.get(`/api/v1/articles/${ids.failing}`)).json()) as { attempts: number })
      .attempts;
    await row.getByRole("button", { name: /Retry/ }).click();
    // The worker takes the job again (and fails it again: the address is still refused).
    await expect
      .poll(
        async () => ((await (await page.request.get(`/api/v1/articles/${ids.failing}`)).json()) as { attempts: number }).attempts,
        { timeout: 30_000 },
      )
      .toBeGreaterThan(attemptsBefore);
    await expect(row.getByRole("button", { name: /Remove/ })).toBeVisible({ timeout: 30_000 });
    await row.getByRole("button", { name: /Remove/ }).click();
    // Remove asks first, then says what it did.
    await expect(row).toBeVisible();
    await row.getByRole("button", { name: /Confirm remove/ }).click();
    await expect(row).toHaveCount(0);
    await expect(page.getByTestId("queue-action-result")).toContainText("the article stays stored");
    await expect(page.getByTestId("failed-jobs")).toContainText("No failed jobs");
  });

  await test.step("exports follow the filters and refuse bad ones", async () => {
    const events = await page.request.get("/api/v1/export/events.json?country=jo&from=2026-01-01&to=2026-01-31");
    expect(events.status()).toBe(200);
    const body = (await events.json()) as {
      items: { participants: string[]; locationCountry: string; dateKnown: boolean; articleIds: string[]; evidence: string | null }[];
      truncated: boolean;
    };
    expect(body.truncated).toBe(false);
    expect(body.items).toHaveLength(2);
    expect(body.items.map((e) => e.dateKnown)).toEqual([true, true]);
    for (const item of body.items) expect([...item.participants].sort()).toEqual([MINISTER, CHIEF].sort());
    // Each meeting names the article that reports it and quotes its sentence (newest first: Amman).
    expect(body.items.map((e) => e.articleIds)).toEqual([[ids.second], [ids.first]]);
    expect(body.items[0]!.evidence).toContain(`التقى اللواء ركن ${CHIEF}`);
    expect(body.items[1]!.evidence).toContain(`استقبل الفريق أول ${MINISTER}`);
    const eventsCsv = await (await page.request.get("/api/v1/export/events.csv?country=jo&from=2026-01-01&to=2026-01-31")).text();
    expect(eventsCsv.slice(1).split("\r\n")[0]).toMatch(/,summary,evidence,article_count,article_ids$/);
    expect(eventsCsv).toContain(ids.first);

    const later = (await (await page.request.get("/api/v1/export/events.json?from=2026-01-15&to=2026-01-31")).json()) as { items: unknown[] };
    expect(later.items).toHaveLength(1);

    const articles = await page.request.get("/api/v1/export/articles.csv?status=done");
    expect(articles.headers()["content-type"]).toContain("text/csv");
    expect(articles.headers()["x-export-limit"]).toBe("2000");
    const articleCsv = await articles.text();
    expect(articleCsv.match(new RegExp(`مرجع الاختبار ${RUN}`, "g"))).toHaveLength(2);

    const graphml = await (await page.request.get("/api/v1/export/network.graphml?from=2026-01-01&to=2026-01-31")).text();
    expect(graphml).toContain(`<data key="label">${MINISTER}</data>`);
    expect(graphml).toMatch(/<edge id="e\d+" source="[0-9a-f-]{36}" target="[0-9a-f-]{36}"><data key="weight">2<\/data><data key="relation">met<\/data><\/edge>/);

    for (const bad of ["events.csv?from=2026-13", "people.json?country=EGY", "articles.csv?nope=1", "events.csv?from=2026-02-01&to=2026-01-01"]) {
      const response = await page.request.get(`/api/v1/export/${bad}`);
      expect(response.status(), bad).toBe(400);
    }
    expect((await page.request.get("/api/v1/export/secrets.csv")).status()).toBe(404);
  });

  expect(cspViolations).toEqual([]);
});

test("the articles page links its export, carrying the list's filters", async ({ page }) => {
  await page.goto("/articles?status=done");
  const link = page.getByTestId("export-links").getByRole("link", { name: "CSV" });
  await expect(link).toHaveAttribute("href", "/api/v1/export/articles.csv?status=done");
  const response = await page.request.get((await link.getAttribute("href"))!);
  expect(response.status()).toBe(200);
  const csv = await response.text();
  expect(csv.startsWith("\uFEFFid,status,title,source,url,language,published_at,published_source,date_known,submitted_at,error,text\r\n")).toBe(true);
  // Only processed articles: every data line's second cell is "done".
  const statuses = [...csv.matchAll(/\r\n[0-9a-f-]{36},(\w+),/g)].map((m) => m[1]);
  expect(new Set(statuses)).toEqual(new Set(statuses.length ? ["done"] : []));
});
