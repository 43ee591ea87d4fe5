"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Section } from "~/components/ui/section";

type TName =
  "basics" | "texts" | "participants" | "secretariat" | "chairs" | "themes" | "documents" | "annexB";

/** One card of the edit form, titled from its name; the table of contents links to its id. */
export function EditSection({ name, children }: { name: TName; children: ReactNode }) {
  const t = useTranslations("EditProfile.sections");
  // The anchors predate the message names: "annexB" is "#annex-b" in links already shared.
  const id = name === "annexB" ? "annex-b" : name;
  return (
    <Section id={id} variant="card" title={t(name)}>
      {children}
    </Section>
  );
}
