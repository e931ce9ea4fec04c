import type { AppRouter } from "@marsad/api";
import type { inferRouterOutputs } from "@trpc/server";
import { T, useText } from "../../_components/t";
import { useFormat } from "../../_components/use-format";

type Profile = inferRouterOutputs<AppRouter>["entities"]["byId"];

const day = (t: Date | string) => new Date(t).toISOString().slice(0, 10);

/** The rank as most articles print it, with its other printed forms as evidence. */
function PrintedRank({ rank, printed }: { rank: string | null; printed: string[] }) {
  const format = useFormat();
  const others = printed.filter((p) => p !== rank);
  return (
    <>
      <bdi>{rank ?? "—"}</bdi>
      {others.length ? <span className="muted small"> ({format.list(others)})</span> : null}
    </>
  );
}

/**
 * A career in order: ranks and roles told by articles of known date, by when they were first
 * told, then by rank, promotions marked; those told only by undated articles listed apart with
 * when they arrived — never placed on that day.
 */
export function CareerTable({ titles, undatedTitles }: Pick<Profile, "titles" | "undatedTitles">) {
  const say = useText();
  if (!titles.length && !undatedTitles.length) return null;
  return (
    <section className="panel" aria-labelledby="titles">
      <h2 id="titles">
        <T k="entities.item.careerTable.ranksAndRolesOverTime" />
      </h2>
      {titles.length ? (
        <table className="data-table stacked-on-phone" data-testid="titles" tabIndex={0}>
          <thead>
            <tr>
              <th scope="col">
                <T k="entities.item.careerTable.rank" />
              </th>
              <th scope="col">
                <T k="entities.item.careerTable.role" />
              </th>
              <th scope="col">
                <T k="entities.item.careerTable.firstSeen" />
              </th>
              <th scope="col">
                <T k="entities.item.careerTable.lastSeen" />
              </th>
              <th scope="col" className="num">
                <T k="entities.item.careerTable.articles" />
              </th>
            </tr>
          </thead>
          <tbody>
            {titles.map((t, i) => (
              // One card per row on a phone, each value under its column's name (data-label).
              <tr key={`${t.rankKey ?? t.rank}-${t.role}-${i}`} data-promotion={t.promotion || undefined}>
                <td data-label={say("entities.item.careerTable.rank")}>
                  <span>
                    <PrintedRank rank={t.rank} printed={t.printedRanks} />
                    {t.promotion ? (
                      <span className="tag-type small">
                        {" "}
                        <T k="entities.item.careerTable.promotion" />
                      </span>
                    ) : null}
                  </span>
                </td>
                <td data-label={say("entities.item.careerTable.role")} className="cell-prose">
                  <bdi>{t.role ?? "—"}</bdi>
                </td>
                <td data-label={say("entities.item.careerTable.firstSeen")}>
                  <bdi dir="ltr">{t.firstSeen}</bdi>
                </td>
                <td data-label={say("entities.item.careerTable.lastSeen")}>
                  <bdi dir="ltr">{t.lastSeen}</bdi>
                </td>
                <td data-label={say("entities.item.careerTable.articles")} className="num">
                  <bdi>{t.articleIds.length}</bdi>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {undatedTitles.length ? (
        <>
          <h3>
            <T k="entities.item.careerTable.fromArticlesWithNoKnown" />
          </h3>
          <ul className="plain-list" data-testid="undated-titles">
            {undatedTitles.map((t, i) => (
              <li key={`${t.rankKey ?? t.rank}-${t.role}-${i}`} dir="auto">
                <PrintedRank rank={t.rank} printed={t.printedRanks} />
                {t.role ? <> · <bdi>{t.role}</bdi></> : null}
                <span className="muted small">
                  {" "}
                  (<T k="entities.item.careerTable.undatedArrived" /> <bdi dir="ltr">{day(t.firstArrived)}</bdi>)
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
