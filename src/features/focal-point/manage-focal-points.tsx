"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import type { TFocalPointFacts } from "./focal-point-facts";
import { emptyFocalPoint, FocalPointForm, type TRepresentable } from "./focal-point-form";
import { ManagedFocalPoint } from "./managed-focal-point";

type TProps = {
  rcpId: string;
  items: readonly (TFocalPointFacts & { version: number })[];
  representable: readonly TRepresentable[];
};

/** The editors' view: current and former focal points, each to edit, end or remove, and a form to add one. */
export function ManageFocalPoints({ rcpId, items, representable }: TProps) {
  const t = useTranslations("FocalPoints");
  const [isAdding, setIsAdding] = useState(false);
  const current = items.filter((item) => !item.endedAt);
  const former = items.filter((item) => item.endedAt);
  return (
    <div className="space-y-8">
      <section aria-labelledby="add-heading" className="space-y-3">
        <h2 id="add-heading" className="text-xl font-semibold">
          {t("add")}
        </h2>
        {isAdding ? (
          <FocalPointForm
            idPrefix="focal-new"
            representable={representable}
            initial={emptyFocalPoint()}
            target={{ rcpId }}
            onDone={() => setIsAdding(false)}
            onCancel={() => setIsAdding(false)}
          />
        ) : (
          <Button onClick={() => setIsAdding(true)}>{t("add")}</Button>
        )}
      </section>
      {(
        [
          ["current", current, "none"],
          ["former", former, "noneFormer"],
        ] as const
      ).map(([key, list, empty]) => (
        <section key={key} aria-labelledby={`${key}-heading`} className="space-y-3">
          <h2 id={`${key}-heading`} className="text-xl font-semibold">
            {t(key)}
          </h2>
          {list.length === 0 ? (
            <p className="text-muted">{t(empty)}</p>
          ) : (
            <ul className="space-y-3">
              {list.map((person) => (
                <ManagedFocalPoint key={person.id} person={person} representable={representable} />
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
