"use client";

import * as TabsPrimitive from "@radix-ui/react-tabs";
import type { ReactNode } from "react";

export type TTab = { value: string; label: ReactNode; content: ReactNode };

type TProps = {
  /** Names the list of tabs. */
  label: string;
  tabs: readonly TTab[];
  defaultValue?: string;
};

/**
 * Panels of one page shown one at a time (ARIA tabs, on Radix's primitive: arrow keys move between
 * tabs). For links to other pages use a navigation with aria-current instead.
 */
export function Tabs({ label, tabs, defaultValue }: TProps) {
  return (
    <TabsPrimitive.Root defaultValue={defaultValue ?? tabs[0]?.value} className="space-y-4">
      <TabsPrimitive.List aria-label={label} className="flex flex-wrap gap-1 border-b border-line">
        {tabs.map((tab) => (
          <TabsPrimitive.Trigger
            key={tab.value}
            value={tab.value}
            className="-mb-px border-b-2 border-transparent px-3 py-2 font-medium text-muted hover:text-ink data-[state=active]:border-brand data-[state=active]:text-brand"
          >
            {tab.label}
          </TabsPrimitive.Trigger>
        ))}
      </TabsPrimitive.List>
      {tabs.map((tab) => (
        <TabsPrimitive.Content key={tab.value} value={tab.value}>
          {tab.content}
        </TabsPrimitive.Content>
      ))}
    </TabsPrimitive.Root>
  );
}
