// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { asksDateOrder, exampleDate, readDateBothWays, renderDateOrderQuestion } from '../../../webapp/src/review/date_order_question';
import { buildReview } from '../../../webapp/src/review/review_model';
import { euDealsInput, ROLE_FIELDS } from '../fakes/inspected_inputs';

const file = () => buildReview(['deals-eu.csv'], [{ ok: true, input: euDealsInput(), partial: false }], ROLE_FIELDS).files[0]!;

describe('readDateBothWays', () => {
  it('reads a numeric date day-first and month-first', () => {
    expect(readDateBothWays('11/07/2023')).toEqual({ text: '11/07/2023', dayFirst: '11 July 2023', monthFirst: '7 November 2023' });
    expect(readDateBothWays('3.4.24 10:00')).toEqual({ text: '3.4.24 10:00', dayFirst: '3 April 2024', monthFirst: '4 March 2024' });
  });

  it('is null for dates that can be read one way only, or are not such dates', () => {
    expect(readDateBothWays('13/07/2023')).toBeNull();
    expect(readDateBothWays('2023-07-11')).toBeNull();
    expect(readDateBothWays('11/07-2023')).toBeNull();
    expect(readDateBothWays('n/a')).toBeNull();
  });
});

describe('exampleDate', () => {
  it('takes a date that reads differently each way, from a mapped date column', () => {
    expect(exampleDate(file())).toEqual({ text: '11/07/2023', dayFirst: '11 July 2023', monthFirst: '7 November 2023' });
  });

  it('skips dates whose day and month are the same, and files without dates', () => {
    const f = file();
    f.columns = [{ name: 'Created', type: 'date', values: 2, missing: 0, distinct: 2, samples: ['01/01/2024', '02/03/2024'] }];
    expect(exampleDate(f)?.text).toBe('02/03/2024');
    f.columns = [{ name: 'Created', type: 'date', values: 1, missing: 0, distinct: 1, samples: ['05/05/2024'] }];
    expect(exampleDate(f)?.text).toBe('05/05/2024');
    f.columns = [];
    expect(exampleDate(f)).toBeNull();
  });
});

describe('renderDateOrderQuestion', () => {
  it('asks when the order was assumed, with both readings of an example, the assumed one chosen', () => {
    const f = file();
    expect(asksDateOrder(f)).toBe(true);
    const chosen: string[] = [];
    const node = renderDateOrderQuestion(f, 0, (order) => chosen.push(order));
    document.body.replaceChildren(node);
    expect(node.querySelector('legend')?.textContent).toBe('How are the dates written in this file?');
    const [dayFirst, monthFirst] = Array.from(node.querySelectorAll<HTMLInputElement>('input[type=radio]'));
    expect(dayFirst!.checked).toBe(true);
    expect(document.querySelector(`label[for="${dayFirst!.id}"]`)?.textContent).toBe('day/month/year — 11/07/2023 is 11 July 2023 assumed');
    expect(document.querySelector(`label[for="${monthFirst!.id}"]`)?.textContent).toBe('month/day/year — 11/07/2023 is 7 November 2023');
    monthFirst!.click();
    expect(chosen).toEqual(['month_first']);
  });

  it('is not asked when the data decided', () => {
    const f = file();
    f.dateOrderSource = 'data';
    expect(asksDateOrder(f)).toBe(false);
    expect(asksDateOrder({ ...f, dateOrder: null, dateOrderSource: 'assumed' })).toBe(false);
    expect(asksDateOrder({ ...f, dateOrderSource: 'mapping' })).toBe(true); // the user's choice stays on screen
  });
});
