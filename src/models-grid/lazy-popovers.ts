import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FilterField } from '../api/types.js';

type Dropdown = HTMLElement & { show(): Promise<void>; updateComplete: Promise<unknown> };

/**
 * The filter popovers and the Columns menu, created on first use: until then each trigger is a
 * plain button (an `<sl-dropdown>` per header was most of the grid's first-render cost, see
 * BENCHMARKS.md). The first activation loads the popovers' Shoelace components (popover-parts.ts),
 * has the host render the dropdown, and opens it with focus on its new trigger.
 */
export class LazyPopovers implements ReactiveController {
  /** Popovers opened at least once: their controls are rendered from then on, not before. */
  openedFilters: ReadonlySet<FilterField> = new Set();
  columnsMenuOpened = false;

  /** A dropdown to open once rendered: its trigger was activated before it existed. */
  private pendingDropdown?: string;
  /** The popovers' Shoelace components, loaded on the first open of one (popover-parts.ts). */
  private popoverParts?: Promise<unknown>;

  /** `onFilterOpen` hears every open of a filter popover, the first one included. */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onFilterOpen: (field: FilterField) => void,
  ) {
    host.addController(this);
  }

  /** A filter's trigger was activated before its popover exists. */
  readonly firstOpenFilter = (field: FilterField) => {
    this.onFilterOpen(field);
    this.popoverParts ??= import('./popover-parts.js');
    void this.popoverParts.then(() => {
      if (this.openedFilters.has(field)) return;
      this.pendingDropdown = `sl-dropdown.filter[data-filter="${field}"]`;
      this.markOpened(field);
    });
  };

  /** A filter's popover is showing. */
  readonly filterOpened = (field: FilterField) => {
    this.onFilterOpen(field);
    if (!this.openedFilters.has(field)) this.markOpened(field);
  };

  /** The Columns trigger was activated before its menu exists. */
  readonly firstOpenColumnsMenu = () => {
    this.popoverParts ??= import('./popover-parts.js');
    void this.popoverParts.then(() => {
      if (this.columnsMenuOpened) return;
      this.pendingDropdown = 'sl-dropdown.columns-menu';
      this.columnsMenuOpened = true;
      this.host.requestUpdate();
    });
  };

  hostUpdated(): void {
    if (this.pendingDropdown) this.openPendingDropdown();
  }

  private markOpened(field: FilterField): void {
    this.openedFilters = new Set([...this.openedFilters, field]);
    this.host.requestUpdate();
  }

  /** Opens the dropdown just created for an activated trigger, focus on its (new) trigger. */
  private openPendingDropdown(): void {
    const selector = this.pendingDropdown;
    this.pendingDropdown = undefined;
    const dropdown = selector ? this.host.shadowRoot!.querySelector<Dropdown>(selector) : null;
    if (!dropdown) return;
    dropdown.querySelector<HTMLElement>('[slot="trigger"]')?.focus();
    void dropdown.updateComplete.then(() => {
      if (dropdown.isConnected) void dropdown.show();
    });
  }
}
