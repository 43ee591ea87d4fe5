import { TRPCClientError } from "@trpc/client";
import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { messages } from "~/i18n/messages";
import type { TLocale } from "~/i18n/routing";
import { useFormErrors } from "./form-errors";

/** A refusal as the tRPC client receives it from our error formatter. */
function refusal(message: string, fieldErrors?: Record<string, string[]>) {
  return new TRPCClientError(message, {
    result: {
      error: {
        message,
        code: -32600,
        data: { code: "BAD_REQUEST", httpStatus: 400, fieldErrors },
      },
    },
  });
}

/** What a form shows for a server error: each field's message, as it renders `setError` values. */
function Probe({ error }: { error: unknown }) {
  const errors = useFormErrors();
  const problem = errors.server(error);
  const fields = Object.entries(problem.fields).map(([name, key]) => `${name}: ${errors.field(key)}`);
  return <>{[...fields, `form: ${problem.form}`].join("\n")}</>;
}

function shown(error: unknown, locale: TLocale = "fr") {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={messages[locale]} timeZone="UTC">
      <Probe error={error} />
    </NextIntlClientProvider>,
  )
    .replaceAll("&#x27;", "'")
    .split("\n");
}

describe("useFormErrors", () => {
  it("shows the server's field errors on their fields, in the reader's language", () => {
    expect(shown(refusal("Bad Request", { email: ["invalidEmail"], name: ["nameTooLong"] }))).toEqual([
      "email: Saisissez une adresse électronique, par exemple nom@exemple.org.",
      "name: Utilisez au plus 200 caractères.",
      "form: null",
    ]);
  });

  it("shows a name refused for its control characters on the name field, in the reader's language", () => {
    expect(shown(refusal("Bad Request", { name: ["invalidCharacters"] }))).toEqual([
      "name: Retirez les caractères de contrôle de ce champ.",
      "form: null",
    ]);
    expect(shown(refusal("Bad Request", { name: ["invalidCharacters"] }), "es")[0]).toBe(
      "name: Quite los caracteres de control de este campo.",
    );
  });

  it("shows a password the server refused on the password field", () => {
    expect(shown(refusal("guessable"))).toEqual([
      "password: Ce mot de passe est trop facile à deviner : il reprend le nom de la plateforme, votre nom ou votre adresse électronique.",
      "form: null",
    ]);
  });

  it("translates a domain refusal a form puts on one of its fields", () => {
    expect(shown(refusal("Bad Request", { rcp: ["noTarget"] }), "es")).toEqual([
      `rcp: ${messages.es.AccountErrors.noTarget}`,
      "form: null",
    ]);
  });

  it("falls back to a sentence about the whole form for anything else", () => {
    expect(shown(refusal("alreadyInvited"), "en")).toEqual([
      `form: ${messages.en.AccountErrors.alreadyInvited}`,
    ]);
    expect(shown(new Error("network"), "en")).toEqual([`form: ${messages.en.Errors.generic}`]);
  });
});
