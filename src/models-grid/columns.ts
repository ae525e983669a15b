import type { AdapterCapabilities, FilterField, SortField } from '../api/types.js';
import type { TermKey } from '../i18n/localize.js';

/** The grid's columns, in display order. */
export const GRID_COLUMNS = [
  'name',
  'key',
  'trainingStatus',
  'baseLanguage',
  'lastModified',
  'wordErrorRate',
  'actions',
] as const;
export type GridColumn = (typeof GRID_COLUMNS)[number];

/** Columns hidden until the user shows them. */
export const DEFAULT_HIDDEN_COLUMNS: readonly GridColumn[] = ['key', 'wordErrorRate'];

/** Columns that can be hidden through the column menu (Name and Actions always show). */
export const HIDEABLE_COLUMNS: readonly GridColumn[] = [
  'key',
  'trainingStatus',
  'baseLanguage',
  'lastModified',
  'wordErrorRate',
];

export type FilterKind = 'text' | 'statuses' | 'language';

export interface ColumnDef {
  id: GridColumn;
  label: TermKey;
  /** The server sort field behind this column. */
  sort?: SortField;
  /** The server filter behind this column and how it is edited. */
  filter?: { field: FilterField; kind: FilterKind };
  /** Clicking (or pressing Enter on) the cell opens the model. */
  opens?: boolean;
}

export const COLUMN_DEFS: Record<GridColumn, ColumnDef> = {
  name: {
    id: 'name',
    label: 'cm.grid.column.name',
    sort: 'name',
    filter: { field: 'name', kind: 'text' },
    opens: true,
  },
  key: {
    id: 'key',
    label: 'cm.grid.column.key',
    filter: { field: 'key', kind: 'text' },
    opens: true,
  },
  trainingStatus: {
    id: 'trainingStatus',
    label: 'cm.grid.column.trainingStatus',
    sort: 'trainingStatus',
    filter: { field: 'trainingStatus', kind: 'statuses' },
  },
  baseLanguage: {
    id: 'baseLanguage',
    label: 'cm.grid.column.baseLanguage',
    sort: 'baseLanguage',
    filter: { field: 'baseLanguageKey', kind: 'language' },
    opens: true,
  },
  lastModified: { id: 'lastModified', label: 'cm.grid.column.lastModified', sort: 'lastModified' },
  // The custom model's word error rate (lower is better), offered when the adapter's models say
  // it; sortable when the adapter declares `wordErrorRate` in `capabilities.sort`.
  wordErrorRate: {
    id: 'wordErrorRate',
    label: 'cm.grid.column.wordErrorRate',
    sort: 'wordErrorRate',
  },
  actions: { id: 'actions', label: 'cm.grid.column.actions' },
};

/**
 * The columns the adapter can fill: Accuracy only when its models say their word error rate
 * (`capabilities.wordErrorRate`, or `evaluations`, which writes it).
 */
export function offeredColumns(capabilities: AdapterCapabilities | undefined): GridColumn[] {
  const werKnown = capabilities?.wordErrorRate || capabilities?.evaluations;
  return HIDEABLE_COLUMNS.filter((column) => werKnown || column !== 'wordErrorRate');
}

/** The column a filter field belongs to. */
export const FILTER_COLUMN: Record<FilterField, GridColumn> = {
  name: 'name',
  key: 'key',
  trainingStatus: 'trainingStatus',
  baseLanguageKey: 'baseLanguage',
};

/** `"key lastModified"` or `"key,lastModified"` → known column ids. */
export function parseColumns(value: string | null | undefined): GridColumn[] {
  if (!value) return [];
  return value
    .split(/[\s,]+/)
    .filter((part): part is GridColumn => (GRID_COLUMNS as readonly string[]).includes(part));
}
