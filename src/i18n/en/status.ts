/** The status names: all `<model-status-badge>` registers, so its entry carries no more. */
export const statusStrings = {
  'cm.status.1': 'Not Running',
  'cm.status.2': 'Ready to Run',
  'cm.status.3': 'Running',
  'cm.status.4': 'Success',
  'cm.status.5': 'Failed',
  'cm.status.unknown': 'Unknown',
  /** Read by screen readers before the status name. */
  'cm.status.prefix': 'Training status:',
};
