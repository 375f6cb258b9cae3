// Opening a share link: its choices become this browser's kept choices (the mapping the review will
// use, the ICP, the settings and answers), then the fragment leaves the address bar so a reload or a
// bookmark does not apply it again over later changes.
import { keepMapping } from '../review/mapping_store';
import { keepChoices, restoreChoices } from './choices_store';
import { describeShared, readShareFragment } from './share_link';

type Store = Parameters<typeof keepChoices>[0];

export type ShareOutcome = { kind: 'none' } | { kind: 'applied'; message: string } | { kind: 'refused'; message: string };

export function applyShareLink(hash: string, store: Store): ShareOutcome {
  const read = readShareFragment(hash);
  if (read === null) return { kind: 'none' };
  if (!read.ok) return { kind: 'refused', message: `This share link could not be used: ${read.message}. Your own settings are unchanged.` };
  const shared = read.shared;
  const choices = restoreChoices(store);
  if (shared.icp !== undefined) choices.icp = shared.icp;
  choices.settings = shared.settings;
  choices.answers = shared.answers;
  if (!store || !keepChoices(store, choices) || (shared.mapping && !keepMapping(store, shared.mapping))) {
    return { kind: 'refused', message: 'This share link could not be used: this browser does not let the page keep settings (private mode or storage switched off).' };
  }
  return {
    kind: 'applied',
    message: `Settings from a share link are in use: ${describeShared(shared)}. Drop your exports: they are analysed with these settings. No data came with the link.`,
  };
}
