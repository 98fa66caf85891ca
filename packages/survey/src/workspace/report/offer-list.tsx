import type { AnyFigure, OfferColumnValue, OfferListItem } from "@afrapport/schema";
import { useReportMessages } from "./use-report-messages.js";
import { FigureValue } from "./figure-value.js";

/** The offers the municipalities named, de-duplicated: name (and other spellings), operator, details, who named it. */
export function OfferList({ item, title }: { item: OfferListItem<AnyFigure>; title: string }) {
  const { r, locale } = useReportMessages();
  if (item.offers.length === 0) return <p className="af-hint">{r.noOffers}</p>;
  const valueText = (value: OfferColumnValue<AnyFigure>) => value.text?.[locale] ?? String(value.value);
  return (
    <>
      <p>
        {r.offerCount}: <FigureValue figure={item.offerCount} />
      </p>
      <div className="af-table-wrap">
        <table className="af-table af-table--offers">
          <caption className="af-visually-hidden">{r.tableCaptionChoices(title)}</caption>
          <thead>
            <tr>
              <th scope="col">{r.offer}</th>
              <th scope="col">{r.operator}</th>
              {item.columns.map((column) => (
                <th scope="col" key={column.name}>
                  {column.title[locale]}
                </th>
              ))}
              <th scope="col">{r.namedBy}</th>
            </tr>
          </thead>
          <tbody>
            {item.offers.map((offer) => (
              <tr key={offer.key}>
                <th scope="row">
                  <span lang="da">{offer.name}</span>
                  {offer.otherSpellings.length > 0 ? (
                    <span className="af-hint">
                      {r.otherSpellings}: <span lang="da">{offer.otherSpellings.join("; ")}</span>
                    </span>
                  ) : null}
                </th>
                <td>{offer.operatorText?.[locale] ?? offer.operator}</td>
                {item.columns.map((column) => {
                  const values = offer.details.find((d) => d.column === column.name)?.values ?? [];
                  return <td key={column.name}>{values.map(valueText).join(", ")}</td>;
                })}
                <td>
                  <FigureValue figure={offer.namedByCount} />
                  <span className="af-hint" lang="da">
                    {offer.namedBy.map((ref) => ref.respondentName).join(", ")}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
