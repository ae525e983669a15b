import { isTrainingStatus } from '../api/types.js';
import type { LocalizeController } from '../i18n/localize.js';

/** The `data-status` a badge is styled by (model-status-badge.styles.ts): the code, or `unknown`. */
export const statusKey = (status: unknown): string =>
  isTrainingStatus(status) ? String(status) : 'unknown';

/** A status's name as the badge writes it. */
export const statusLabel = (localize: LocalizeController, status: unknown): string =>
  isTrainingStatus(status)
    ? localize.term(`cm.status.${status}`)
    : localize.term('cm.status.unknown');
