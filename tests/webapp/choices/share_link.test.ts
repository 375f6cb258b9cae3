// The share link: choices in the fragment and back, refused links named, and never a row of data.
import { describe, expect, it } from 'vitest';
import { describeShared, readShareFragment, shareFragment, shareLink, type SharedChoices } from '../../../webapp/src/choices/share_link';
import { applyShareLink } from '../../../webapp/src/choices/apply_share_link';
import { restoreChoices } from '../../../webapp/src/choices/choices_store';
import { restoreMapping } from '../../../webapp/src/review/mapping_store';
import { MemoryStore } from '../fakes/memory_store';

const CHOICES: SharedChoices = {
  mapping: { name: 'team-mapping.json', json: '{"icp_drift_mapping":1,"files":[{"match":"deals*.csv","role":"deals"}]}' },
  icp: { name: 'core.icp.json', json: '{"name":"Core — ünïcode","rules":[{"field":"industry","in":["Software"]}]}' },
  settings: { period: 'month', gross_margin: 0.8, recent_quarters: 2 },
  answers: { 'cs-onboarding': true },
};

describe('share link', () => {
  it('carries the mapping, ICP, settings and answers through the fragment unchanged', () => {
    const fragment = shareFragment(CHOICES);
    expect(fragment).toMatch(/^#settings=[A-Za-z0-9_-]+$/);
    const read = readShareFragment(fragment);
    expect(read).toEqual({ ok: true, shared: CHOICES });
  });

  it('says "no declared ICP" with null and nothing about the ICP when absent', () => {
    const none = readShareFragment(shareFragment({ icp: null, settings: {}, answers: {} }));
    expect(none).toEqual({ ok: true, shared: { icp: null, settings: {}, answers: {} } });
    const silent = readShareFragment(shareFragment({ settings: {}, answers: {} }));
    expect(silent).toEqual({ ok: true, shared: { settings: {}, answers: {} } });
  });

  it('is the page address without the sample switch, with the fragment', () => {
    const link = shareLink('https://intranet.example/tools/icp-drift/?sample#old', CHOICES);
    expect(link.startsWith('https://intranet.example/tools/icp-drift/#settings=')).toBe(true);
  });

  it('is not a share link when the fragment is something else', () => {
    expect(readShareFragment('')).toBeNull();
    expect(readShareFragment('#sample')).toBeNull();
  });

  it('refuses a damaged link, a link of another version and bad content, by what is wrong', () => {
    const good = shareFragment(CHOICES);
    expect(readShareFragment(good.slice(0, good.length - 7))).toMatchObject({ ok: false, message: expect.stringMatching(/cut short or damaged/) });
    const encode = (value: unknown) => `#settings=${Buffer.from(JSON.stringify(value)).toString('base64url')}`;
    expect(readShareFragment(encode({ icp_drift_share: 2 }))).toMatchObject({ ok: false, message: expect.stringMatching(/another version.*share format 2/) });
    expect(readShareFragment(encode({ icp_drift_share: 1, icp: { name: 'x.json', json: '{nope' } }))).toMatchObject({ ok: false, message: expect.stringMatching(/^icp \(x\.json\): it is not JSON/) });
    expect(readShareFragment(encode({ icp_drift_share: 1, mapping: 'deals.csv' }))).toMatchObject({ ok: false, message: 'mapping: expected a file name and its JSON' });
    expect(readShareFragment(encode({ icp_drift_share: 1, settings: { period: 'week' } }))).toMatchObject({ ok: false, message: 'settings: period: expected month, quarter or year' });
  });

  it('describes what it carries', () => {
    expect(describeShared(CHOICES)).toBe('the mapping team-mapping.json, the ICP core.icp.json, 3 settings, 1 scorecard answer');
    expect(describeShared({ settings: {}, answers: {} })).toBe('the default settings');
  });
});

describe('opening a share link', () => {
  it('keeps its choices in the browser for the review and the analysis', () => {
    const store = new MemoryStore();
    const outcome = applyShareLink(shareFragment(CHOICES), store);
    expect(outcome).toMatchObject({ kind: 'applied', message: expect.stringMatching(/^Settings from a share link are in use: the mapping team-mapping\.json/) });
    expect(restoreMapping(store)).toMatchObject({ name: 'team-mapping.json', json: CHOICES.mapping!.json });
    const choices = restoreChoices(store);
    expect(choices.icp).toEqual(CHOICES.icp);
    expect(choices.settings).toEqual(CHOICES.settings);
    expect(choices.answers).toEqual(CHOICES.answers);
  });

  it('replaces the settings kept before and leaves the ICP alone when the link says nothing of it', () => {
    const store = new MemoryStore();
    applyShareLink(shareFragment(CHOICES), store);
    applyShareLink(shareFragment({ settings: { period: 'year' }, answers: {} }), store);
    const choices = restoreChoices(store);
    expect(choices.settings).toEqual({ period: 'year' });
    expect(choices.answers).toEqual({});
    expect(choices.icp).toEqual(CHOICES.icp);
  });

  it('leaves the kept choices unchanged when the link is refused, and says so', () => {
    const store = new MemoryStore();
    applyShareLink(shareFragment(CHOICES), store);
    const outcome = applyShareLink('#settings=%%%', store);
    expect(outcome).toMatchObject({ kind: 'refused', message: expect.stringMatching(/Your own settings are unchanged\.$/) });
    expect(restoreChoices(store).settings).toEqual(CHOICES.settings);
  });

  it('says so when the browser keeps nothing', () => {
    expect(applyShareLink(shareFragment(CHOICES), null)).toMatchObject({ kind: 'refused', message: expect.stringMatching(/does not let the page keep settings/) });
    expect(applyShareLink('#sample', null)).toEqual({ kind: 'none' });
  });
});
