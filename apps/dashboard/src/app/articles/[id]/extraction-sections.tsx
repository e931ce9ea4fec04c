import Link from "next/link";
import { isEmptyExtraction, readExtraction } from "./read-extraction";
import { T } from "../../_components/t";

/**
 * What the extractor found in the article, as plain tables and lists; every value is text. A
 * person whose entity is known (`profiles`: name in the article or canonical name → entity id)
 * links to the profile.
 */
export function ExtractionSections({ document, profiles }: { document: unknown; profiles?: ReadonlyMap<string, string> }) {
  const view = readExtraction(document);
  if (!view || isEmptyExtraction(view)) return null;
  return (
    <section className="panel extraction" data-testid="extraction">
      <h2>
        <T ar="ما استُخرج" en="Extracted" />
      </h2>
      {view.summary ? (
        <p className="summary" dir="auto">
          {view.summary}
        </p>
      ) : null}

      {view.persons.length ? (
        <>
          <h3>
            <T ar="الأشخاص" en="Persons" />
          </h3>
          <table>
            <thead>
              <tr>
                <th>
                  <T ar="الاسم" en="Name" />
                </th>
                <th>
                  <T ar="الرتبة" en="Rank" />
                </th>
                <th>
                  <T ar="المنصب" en="Role" />
                </th>
                <th>
                  <T ar="البلد" en="Country" />
                </th>
              </tr>
            </thead>
            <tbody>
              {view.persons.map((p, i) => (
                <tr key={`${p.name}-${i}`}>
                  <td dir="auto">
                    {profiles?.get(p.name) ? (
                      <Link href={`/entities/${profiles.get(p.name)}`} data-testid="person-profile-link">
                        {p.name}
                      </Link>
                    ) : (
                      p.name
                    )}
                  </td>
                  <td dir="auto">{p.rank ?? "—"}</td>
                  <td dir="auto">{p.role ?? "—"}</td>
                  <td dir="auto">{p.country ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}

      {view.organizations.length ? (
        <>
          <h3>
            <T ar="المنظمات" en="Organizations" />
          </h3>
          <NamedList items={view.organizations} />
        </>
      ) : null}

      {view.locations.length ? (
        <>
          <h3>
            <T ar="الأماكن" en="Locations" />
          </h3>
          <NamedList items={view.locations} />
        </>
      ) : null}

      {view.events.length ? (
        <>
          <h3>
            <T ar="الأحداث" en="Events" />
          </h3>
          <table>
            <thead>
              <tr>
                <th>
                  <T ar="النوع" en="Type" />
                </th>
                <th>
                  <T ar="المشاركون" en="Participants" />
                </th>
                <th>
                  <T ar="التاريخ" en="Date" />
                </th>
                <th>
                  <T ar="المكان" en="Location" />
                </th>
                <th>
                  <T ar="الملخص" en="Summary" />
                </th>
              </tr>
            </thead>
            <tbody>
              {view.events.map((e, i) => (
                <tr key={i}>
                  <td dir="auto">{e.type ?? "—"}</td>
                  <td dir="auto">{e.participants.length ? e.participants.join("، ") : "—"}</td>
                  <td>{e.date ? <bdi>{e.date}</bdi> : "—"}</td>
                  <td dir="auto">{e.location ?? "—"}</td>
                  <td dir="auto">{e.summary ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}

      {view.topics.length ? (
        <>
          <h3>
            <T ar="المواضيع" en="Topics" />
          </h3>
          <Tags values={view.topics} />
        </>
      ) : null}
      {view.keywords.length ? (
        <>
          <h3>
            <T ar="الكلمات المفتاحية" en="Keywords" />
          </h3>
          <Tags values={view.keywords} />
        </>
      ) : null}
    </section>
  );
}

function NamedList({ items }: { items: { name: string; detail: string | null }[] }) {
  return (
    <ul className="named-list">
      {items.map((item, i) => (
        <li key={`${item.name}-${i}`} dir="auto">
          {item.name}
          {item.detail ? <span className="muted"> ({item.detail})</span> : null}
        </li>
      ))}
    </ul>
  );
}

function Tags({ values }: { values: string[] }) {
  return (
    <ul className="tags">
      {values.map((v, i) => (
        <li key={`${v}-${i}`} dir="auto">
          {v}
        </li>
      ))}
    </ul>
  );
}
