// Small deals exports written by code (deterministic), each with what must hold of its report.
import assert from 'node:assert/strict';

const enc = new TextEncoder();

export function fixtures() {
  return [
    {
      name: 'salesforce-report.csv',
      bytes: enc.encode(
        '\uFEFFOpportunity ID,Account Name,Stage,Amount,Created Date,Close Date\r\n' +
          Array.from({ length: 40 }, (_, i) => {
            const stage = i % 3 === 0 ? 'Closed Lost' : i % 3 === 1 ? 'Closed Won' : 'Prospecting';
            return `006A${i},"Account ${i}, Inc.",${stage},"USD ${(i + 1) * 1000},000.00",1/${(i % 28) + 1}/2024,3/${(i % 28) + 1}/2024`;
          }).join('\r\n') +
          '\r\n',
      ),
      check(report) {
        const o = report.sales.overall;
        assert.equal(o.deals, 40);
        assert.equal(o.won, 13);
        assert.equal(o.lost, 14);
        assert.equal(o.open, 13);
        assert.equal(o.median_cycle_days_won > 50, true);
      },
    },
    {
      name: 'pipedrive-semicolon.csv',
      bytes: enc.encode(
        'Deal - ID;Deal - Organization;Deal - Status;Deal - Value;Deal - Deal created;Deal - Closed on\n' +
          Array.from({ length: 30 }, (_, i) => {
            const status = ['won', 'lost', 'open'][i % 3];
            return `${i};Org ${i};${status};${i + 1}.250,50;${(i % 27) + 1}.02.2024;${(i % 27) + 1}.04.2024`;
          }).join('\n'),
      ),
      check(report) {
        const o = report.sales.overall;
        assert.equal(o.won, 10);
        assert.equal(report.inputs[0].delimiter, 'semicolon');
        assert.equal(o.acv_won.n, 10);
        // won rows are i = 0, 3, …, 27: values (i+1)·1000 + 250.5 → median of 1,4,…,28 thousand.
        assert.equal(o.acv_median, 14500 + 250.5);
      },
    },
    {
      name: 'quoted-newlines.csv',
      bytes: enc.encode(
        'Stage,Amount,Account Name,Notes\n' +
          Array.from({ length: 12 }, (_, i) => `Closed Won,${i + 1}00,"A${i}","line one\nline ""two"", still"`).join('\n') +
          '\nClosed Lost,5,B,"x"\n',
      ),
      check(report) {
        assert.equal(report.sales.overall.won, 12);
        assert.equal(report.inputs[0].rows_read, 13);
      },
    },
    { name: 'nothing-mappable.csv', bytes: enc.encode('colour,shape\nred,round\n'), error: 'nothing-mappable.csv: line 1' },
    { name: 'empty.csv', bytes: new Uint8Array(0), error: 'empty.csv' },
  ];
}
