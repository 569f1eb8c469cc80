import { useRef, type KeyboardEvent, type ReactNode } from 'react';

/** One tab: an id, its label and an optional badge (a count). */
export interface TabSpec<Id extends string> {
  readonly id: Id;
  readonly label: string;
  readonly badge?: ReactNode;
}

export interface TabsProps<Id extends string> {
  readonly tabs: ReadonlyArray<TabSpec<Id>>;
  readonly selected: Id;
  readonly onSelect: (id: Id) => void;
}

/** ARIA tabs: arrow keys, Home and End move between them; the panels use `tabPanelProps`. */
export function Tabs<Id extends string>({ tabs, selected, onSelect }: TabsProps<Id>) {
  const refs = useRef(new Map<Id, HTMLButtonElement>());
  const move = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const target = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const tab = tabs[target]!;
    onSelect(tab.id);
    refs.current.get(tab.id)?.focus();
  };
  return (
    // A landmark around the tab list (role="tablist" on the nav itself would remove the landmark).
    <nav className="tabs" aria-label="Sections">
      <div className="tab-list" role="tablist" aria-label="Sections">
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            ref={(element) => void (element ? refs.current.set(tab.id, element) : refs.current.delete(tab.id))}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={tab.id === selected}
            aria-controls={`panel-${tab.id}`}
            tabIndex={tab.id === selected ? 0 : -1}
            className="tab"
            onClick={() => onSelect(tab.id)}
            onKeyDown={(event) => move(event, index)}
          >
            {tab.label}
            {tab.badge}
          </button>
        ))}
      </div>
    </nav>
  );
}

/** Props for the panel of tab `id`. */
export const tabPanelProps = (id: string) =>
  ({ role: 'tabpanel', id: `panel-${id}`, 'aria-labelledby': `tab-${id}`, tabIndex: -1 }) as const;
