import { Link } from "~/i18n/navigation";

export type TNavTab<K extends string> = { key: K; href: string; label: string };

type TProps<K extends string> = {
  /** Names the navigation. */
  label: string;
  tabs: readonly TNavTab<K>[];
  current: K;
};

/**
 * Links between the pages of one area, drawn as tabs. They are links to other pages, not ARIA tabs:
 * the current one is marked with aria-current.
 */
export function NavTabs<K extends string>({ label, tabs, current }: TProps<K>) {
  return (
    <nav aria-label={label} className="border-b border-line">
      <ul className="-mb-px flex flex-wrap gap-1 text-sm font-medium">
        {tabs.map((tab) => (
          <li key={tab.key}>
            <Link
              href={tab.href}
              aria-current={tab.key === current ? "page" : undefined}
              className="block border-b-2 border-transparent px-3 py-2 no-underline hover:border-line aria-[current=page]:border-brand aria-[current=page]:text-ink"
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
