import { isEmptyExtraction, readExtraction } from "./read-extraction";
import { En } from "../../_components/en";

/** What the extractor found in the article, as plain tables and lists; every value is text. */
export function ExtractionSections({ document }: { document: unknown }) {
  const view = readExtraction(document);
  if (!view || isEmptyExtraction(view)) return null;
  return (
    <section className="panel extraction" data-testid="extraction">
      <h2>
        ما استُخرج · <En>Extracted</En>
      </h2>
      {view.summary ? (
        <p className="summary" dir="auto">
          {view.summary}
        </p>
      ) : null}

      {view.persons.length ? (
        <>
          <h3>
            الأشخاص · <En>Persons</En>
          </h3>
          <table>
            <thead>
              <tr>
                <th>
                  الاسم · <En>Name</En>
                </th>
                <th>
                  الرتبة · <En>Rank</En>
                </th>
                <th>
                  المنصب · <En>Role</En>
                </th>
                <th>
                  البلد · <En>Country</En>
                </th>
              </tr>
            </thead>
            <tbody>
              {view.persons.map((p, i) => (
                <tr key={`${p.name}-${i}`}>
                  <td dir="auto">{p.name}</td>
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
            المنظمات · <En>Organizations</En>
          </h3>
          <NamedList items={view.organizations} />
        </>
      ) : null}

      {view.locations.length ? (
        <>
          <h3>
            الأماكن · <En>Locations</En>
          </h3>
          <NamedList items={view.locations} />
        </>
      ) : null}

      {view.events.length ? (
        <>
          <h3>
            الأحداث · <En>Events</En>
          </h3>
          <table>
            <thead>
              <tr>
                <th>
                  النوع · <En>Type</En>
                </th>
                <th>
                  المشاركون · <En>Participants</En>
                </th>
                <th>
                  التاريخ · <En>Date</En>
                </th>
                <th>
                  المكان · <En>Location</En>
                </th>
                <th>
                  الملخص · <En>Summary</En>
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
            المواضيع · <En>Topics</En>
          </h3>
          <Tags values={view.topics} />
        </>
      ) : null}
      {view.keywords.length ? (
        <>
          <h3>
            الكلمات المفتاحية · <En>Keywords</En>
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
