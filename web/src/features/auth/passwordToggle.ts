import type { Translate } from '../../app/messages.ts';

/** Props naming the show/hide button of a password field (Mantine leaves it unlabelled). */
export function passwordToggleProps(t: Translate) {
  return { visibilityToggleButtonProps: { 'aria-label': t('ui.auth.showPassword') } };
}
