import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import type { ModelOpenEvent } from '@scriptix/custom-models-elements';
import { InMemoryCustomModelsApi } from '@scriptix/custom-models-elements/adapters.js';

/**
 * The page in an Angular template: `[api]` sets the adapter as a property, `[attr.lang]` binds the
 * `lang` attribute (the page re-renders in that language), `(model-open)` listens to the DOM event.
 * CUSTOM_ELEMENTS_SCHEMA tells the compiler that unknown dashed tags are custom elements.
 */
@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <p>
        <label>
          Language
          <select name="lang" (change)="lang.set(valueOf($event))">
            <option value="en">English</option>
            <option value="nl">Nederlands</option>
            <option value="fr">Français</option>
            <option value="de">Deutsch</option>
          </select>
        </label>
        Last opened model: <output>{{ openedId() }}</output>
      </p>
      <custom-models-page
        [api]="api"
        [attr.lang]="lang()"
        (model-open)="onModelOpen($event)"
      ></custom-models-page>
    </main>
  `,
})
export class AppComponent {
  readonly api = new InMemoryCustomModelsApi();
  readonly lang = signal('en');
  readonly openedId = signal('none');

  valueOf(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }

  // The page shows the details in place; call event.preventDefault() to route yourself instead.
  onModelOpen(event: Event): void {
    this.openedId.set((event as ModelOpenEvent).detail.id);
  }
}
