import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Tabs } from "./tabs";

describe("Tabs", () => {
  const html = renderToStaticMarkup(
    <Tabs
      label="Views"
      tabs={[
        { value: "list", label: "List", content: <p>the list</p> },
        { value: "map", label: "Map", content: <p>the map</p> },
      ]}
    />,
  );

  it("is a named tab list whose first tab is selected", () => {
    expect(html).toMatch(/role="tablist"[^>]*aria-label="Views"/);
    expect(html.match(/role="tab"/g)).toHaveLength(2);
    expect(html).toMatch(/aria-selected="true"[^>]*>List</);
  });

  it("shows only the selected tab's panel", () => {
    expect(html).toContain("the list");
    expect(html).not.toContain("the map");
  });
});
