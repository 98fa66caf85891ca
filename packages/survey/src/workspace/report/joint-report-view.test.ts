import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LocaleProvider } from "../../i18n/locale-context.js";
import { JointReportView } from "./joint-report-view.js";
import { fixtureReport } from "./report-fixture.js";

function render(report: ReturnType<typeof fixtureReport>, locale: "da" | "en" = "da"): string {
  return renderToStaticMarkup(
    createElement(LocaleProvider, { initial: locale, children: createElement(JointReportView, { report, audience: "offer", texts: new Map(), level: 3 }) }),
  );
}

describe("JointReportView", () => {
  it("says there are no responses yet in each section instead of showing figures of zeros", () => {
    const html = render(fixtureReport({}));
    const sections = fixtureReport({}).sections.length;
    expect(sections).toBeGreaterThan(1);
    expect(html.match(/Ingen besvarelser endnu fra tilbuddene\./g)).toHaveLength(sections);
    expect(html).not.toContain("af-report-item");
    expect(render(fixtureReport({}), "en")).toContain("No responses from the offers yet.");
  });

  it("shows the figures once a response is there", () => {
    const html = render(fixtureReport());
    expect(html).not.toContain("Ingen besvarelser endnu");
    expect(html).toContain("København");
  });
});
