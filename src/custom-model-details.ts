import './confirm-dialog.js';
import './model-status-badge.js';
import './dataset-upload.js';
import { defineElement } from './internal/define.js';
import { CustomModelDetails } from './custom-model-details/custom-model-details.component.js';

export {
  CustomModelDetails,
  TRAINABLE_STATUSES,
  isBusyStatus,
  isTrainableStatus,
} from './custom-model-details/custom-model-details.component.js';

defineElement('custom-model-details', CustomModelDetails);

declare global {
  interface HTMLElementTagNameMap {
    'custom-model-details': CustomModelDetails;
  }
}
