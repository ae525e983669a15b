import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Where keyboard focus goes in the grid: arrow keys between rows, and a place kept on the pager. A
 * focused page button that an update disables (Next on reaching the last page) would drop focus to
 * the body, so focus moves to the nearest button that still moves.
 */
export class GridFocus implements ReactiveController {
  /** The pager button that had focus when this update began. */
  private focusedPageButton?: string;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Arrow up / down in the body move to the same column in the next or previous row. */
  readonly onBodyKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const cell = (event.target as HTMLElement).closest('td');
    const row = cell?.parentElement as HTMLTableRowElement | null;
    if (!cell || !row) return;
    const sibling = (
      event.key === 'ArrowDown' ? row.nextElementSibling : row.previousElementSibling
    ) as HTMLTableRowElement | null;
    const next =
      sibling?.cells[cell.cellIndex]?.querySelector<HTMLElement>('button, sl-icon-button');
    if (!next) return;
    event.preventDefault();
    next.focus();
  };

  hostUpdate(): void {
    const active = this.host.shadowRoot?.activeElement as HTMLElement | null | undefined;
    this.focusedPageButton = active?.dataset.page;
  }

  hostUpdated(): void {
    const to = this.focusedPageButton;
    this.focusedPageButton = undefined;
    if (!to) return;
    const root = this.host.shadowRoot!;
    const was = root.querySelector<HTMLButtonElement>(`[data-page="${to}"]`);
    if (!was?.disabled) return;
    const forward = to === 'next' || to === 'last';
    for (const name of forward ? ['previous', 'first'] : ['next', 'last']) {
      const button = root.querySelector<HTMLButtonElement>(`[data-page="${name}"]`);
      if (button && !button.disabled) {
        button.focus();
        return;
      }
    }
  }
}
