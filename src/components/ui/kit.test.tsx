import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { messages } from "~/i18n/messages";
import { Alert, InlineMessage } from "./alert";
import { Button, SubmitButton } from "./button";
import { FormField, SelectField } from "./form-field";
import { Pagination } from "./pagination";
import { RowHeader, Table, Td } from "./table";

// Links take their language from the route, as they do under the App Router.
vi.mock("next/navigation", () => ({ useParams: () => ({ locale: "fr" }) }));

const render = (node: ReactNode) =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale="fr" messages={messages.fr} timeZone="UTC">
      {node}
    </NextIntlClientProvider>,
  );

describe("Button", () => {
  it("does not submit its form unless asked to", () => {
    expect(render(<Button>Go</Button>)).toMatch(/^<button type="button"/);
    expect(render(<SubmitButton isPending={false} label="Save" pendingLabel="Saving" />)).toMatch(
      /^<button type="submit"[^>]*>Save<\/button>$/,
    );
  });

  it("is disabled and says so while its form is being sent", () => {
    const html = render(<SubmitButton isPending label="Save" pendingLabel="Saving" />);
    expect(html).toContain('disabled=""');
    expect(html).toContain(">Saving<");
  });

  it("gives a link the button's look without nesting a button in it", () => {
    const html = render(
      <Button asChild variant="secondary">
        <a href="#results">Results</a>
      </Button>,
    );
    expect(html).toMatch(/^<a href="#results" class="[^"]*border-line[^"]*">Results<\/a>$/);
    expect(html).not.toContain("<button");
  });
});

describe("Table", () => {
  const html = render(
    <Table
      caption="RCPs"
      columns={["Name", { label: "Actions", isLabelHidden: true }, { label: "Members", sort: "descending" }]}
    >
      <tr>
        <RowHeader>Bali Process</RowHeader>
        <Td>—</Td>
        <Td>45</Td>
      </tr>
    </Table>,
  );

  it("scrolls in a region keyboard users can reach, named like the table", () => {
    expect(html).toMatch(/^<div role="region" aria-label="RCPs" tabindex="0"/);
    expect(html).toContain('<caption class="sr-only">RCPs</caption>');
  });

  it("marks column and row headers and the sorted column", () => {
    expect(html.match(/scope="col"/g)).toHaveLength(3);
    expect(html).toContain('<th scope="row"');
    expect(html).toContain('aria-sort="descending"');
    expect(html).toContain('<span class="sr-only">Actions</span>');
  });
});

describe("Alert", () => {
  it("interrupts for errors only", () => {
    expect(render(<Alert tone="error">Failed</Alert>)).toContain('role="alert"');
    expect(render(<Alert tone="success">Saved</Alert>)).toContain('role="status"');
    expect(render(<Alert tone="warning">Careful</Alert>)).toContain('role="status"');
    expect(
      render(
        <Alert tone="warning" isUrgent>
          Careful
        </Alert>,
      ),
    ).toContain('role="alert"');
  });

  it("says nothing when there is nothing to say", () => {
    expect(render(<InlineMessage tone="error">{null}</InlineMessage>)).toBe("");
  });
});

describe("form fields", () => {
  it("tie the hint and the error to the input and mark it invalid", () => {
    const html = render(<FormField id="email" label="Email" hint="Your work address" error="Required" />);
    expect(html).toContain('<label for="email"');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('aria-describedby="email-help email-error"');
    expect(html).toContain('<p id="email-error"');
  });

  it("leave a valid input unmarked", () => {
    const html = render(<FormField id="name" label="Name" />);
    expect(html).not.toContain(" aria-invalid=");
    expect(html).not.toContain(" aria-describedby=");
  });

  it("offer a select's empty choice first", () => {
    const html = render(
      <SelectField
        id="role"
        label="Role"
        emptyLabel="Any role"
        options={[{ value: "EDITOR", label: "Editor" }]}
      />,
    );
    expect(html).toMatch(
      /<select[^>]*id="role"[^>]*><option value="">Any role<\/option><option value="EDITOR">Editor<\/option>/,
    );
  });
});

describe("Pagination", () => {
  const hrefFor = (page: number) => `/admin/users?page=${page}`;

  it("is absent when everything fits on one page", () => {
    expect(render(<Pagination page={1} pageCount={1} hrefFor={hrefFor} />)).toBe("");
  });

  it("links only to pages that exist, in the reader's language", () => {
    const first = render(<Pagination page={1} pageCount={3} hrefFor={hrefFor} />);
    expect(first).not.toContain('rel="prev"');
    expect(first).toContain('rel="next"');
    expect(first).toContain("Page 1 sur 3");
    expect(first).toContain('href="/fr/admin/users?page=2"');
    const last = render(<Pagination page={3} pageCount={3} hrefFor={hrefFor} />);
    expect(last).toContain('rel="prev"');
    expect(last).not.toContain('rel="next"');
  });
});
