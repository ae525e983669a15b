import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TextFilterField } from './filter-popover.js';
import { TEXT_FILTER_DEBOUNCE } from './grid-state.js';

/**
 * Text typed in the search box or a text filter: shown as typed, applied after a pause in typing
 * (`TEXT_FILTER_DEBOUNCE`), or at once on Enter or clear. Removing the grid drops what waits.
 */
export class TextFilterDrafts implements ReactiveController {
  /** Text typed but not yet applied. */
  values: Partial<Record<TextFilterField, string>> = {};
  private readonly timers = new Map<TextFilterField, ReturnType<typeof setTimeout>>();

  /** `onApply` sets the filter when the text is applied. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onApply: (field: TextFilterField, value: string) => void,
  ) {
    host.addController(this);
  }

  readonly onText = (field: TextFilterField, value: string, immediate: boolean) => {
    clearTimeout(this.timers.get(field));
    this.timers.delete(field);
    this.set({ ...this.values, [field]: value });
    const apply = () => {
      this.timers.delete(field);
      const { [field]: _applied, ...rest } = this.values;
      this.set(rest);
      this.onApply(field, value);
    };
    if (immediate) apply();
    else this.timers.set(field, setTimeout(apply, TEXT_FILTER_DEBOUNCE));
  };

  /** Drops the text waiting for `field` (its filter is being cleared). */
  drop(field: TextFilterField): void {
    clearTimeout(this.timers.get(field));
    this.timers.delete(field);
    const { [field]: _dropped, ...rest } = this.values;
    this.set(rest);
  }

  /** Drops all text waiting. */
  clear(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.set({});
  }

  hostDisconnected(): void {
    this.clear();
  }

  private set(values: Partial<Record<TextFilterField, string>>): void {
    this.values = values;
    this.host.requestUpdate();
  }
}
