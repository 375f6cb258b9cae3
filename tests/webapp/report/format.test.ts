import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatCount,
  formatDays,
  formatMoney,
  formatPercent,
  formatPercentRange,
  formatRate,
} from '../../../webapp/src/report/format';

describe('format', () => {
  it('counts with thousands separators', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(1234567)).toBe('1,234,567');
  });

  it('percentages and intervals', () => {
    expect(formatPercent(0.2)).toBe('20.0%');
    expect(formatPercent(0.42315)).toBe('42.3%');
    expect(formatPercent(1)).toBe('100.0%');
    expect(formatPercent(0.123456, 2)).toBe('12.35%');
    // Wilson 95% for 4/20 (METHODS.md)
    expect(formatPercentRange(0.0806576625797981, 0.4160174322518935)).toBe('8.1–41.6%');
    expect(formatPercentRange(0, 0.277533)).toBe('0.0–27.8%');
  });

  it('money, with and without a currency', () => {
    expect(formatMoney(48250)).toBe('48,250');
    expect(formatMoney(48250.4, 'USD')).toBe('$48,250');
    expect(formatMoney(1234.5, 'EUR')).toBe('€1,235');
    expect(formatMoney(12.5, 'USD')).toBe('$12.50');
    expect(formatMoney(-1200, 'USD')).toBe('-$1,200');
    expect(formatMoney(5000, 'usd')).toBe('5,000');
    expect(formatMoney(5000, 'CHF')).toBe('CHF\u00a05,000');
  });

  it('days', () => {
    expect(formatDays(1)).toBe('1 day');
    expect(formatDays(42)).toBe('42 days');
    expect(formatDays(36.5)).toBe('36.5 days');
    expect(formatDays(1234)).toBe('1,234 days');
  });

  it('bytes and rates', () => {
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(189_000_000)).toBe('189.0 MB');
    expect(formatBytes(2_500_000_000)).toBe('2.5 GB');
    expect(formatRate(85_200_000, 1000)).toBe('85.2 MB/s');
    expect(formatRate(0, 1000)).toBe('–');
    expect(formatRate(100, 0)).toBe('–');
  });
});

describe('the newer formats', () => {
  it('writes decimals, months, p-values and compact money', async () => {
    const { compactMoney, formatDecimal, formatMonths, formatPValue } = await import('../../../webapp/src/report/format');
    expect(formatDecimal(0.8234)).toBe('0.82');
    expect(formatMonths(14.25)).toBe('14.3 months');
    expect(formatMonths(1)).toBe('1 month');
    expect(formatPValue(0.0312)).toBe('0.031');
    expect(formatPValue(0.00004)).toBe('<0.001');
    expect(compactMoney('USD')(1_200_000)).toBe('$1.2M');
    expect(compactMoney(null)(45_000)).toBe('45K');
  });
});

describe('dimensionInText', () => {
  it('lowers a dimension name for a sentence but keeps an acronym', async () => {
    const { dimensionInText } = await import('../../../webapp/src/report/labels');
    expect(dimensionInText('industry')).toBe('industry');
    expect(dimensionInText('acv_band')).toBe('ACV');
    expect(dimensionInText('lead_source')).toBe('lead source');
  });
});

describe('pIs', () => {
  it('writes "p < 0.001", never "p = <0.001"', async () => {
    const { pIs, formatPValue } = await import('../../../webapp/src/report/format');
    expect(`p ${pIs(formatPValue(0.0001))}`).toBe('p < 0.001');
    expect(`p ${pIs(formatPValue(0.023))}`).toBe('p = 0.023');
  });
});
