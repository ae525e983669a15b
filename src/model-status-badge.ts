import { defineElement } from './internal/define.js';
import { registerStatusStrings } from './internal/register-strings.js';
import { ModelStatusBadge } from './model-status-badge/model-status-badge.component.js';

export { ModelStatusBadge };

registerStatusStrings();
defineElement('model-status-badge', ModelStatusBadge);

declare global {
  interface HTMLElementTagNameMap {
    'model-status-badge': ModelStatusBadge;
  }
}
