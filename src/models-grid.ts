import { defineElement } from './internal/define.js';
import { registerLibrary } from './internal/register.js';
import { ModelsGrid } from './models-grid/models-grid.component.js';

export { ModelsGrid };
export { GRID_COLUMNS, type GridColumn } from './models-grid/columns.js';
export { PAGE_SIZES } from './models-grid/grid-state.js';

registerLibrary();
defineElement('models-grid', ModelsGrid);

declare global {
  interface HTMLElementTagNameMap {
    'models-grid': ModelsGrid;
  }
}
