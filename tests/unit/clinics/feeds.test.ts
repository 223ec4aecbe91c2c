import { describe, expect, it } from 'vitest';
import { feedResponse } from '../../../src/features/clinics/feeds';
import { isoDay } from '../../../src/site/dates';

describe('feeds', () => {
  it('writes review dates as calendar days', () => {
    expect(isoDay(new Date('2026-11-25T00:00:00Z'))).toBe('2026-11-25');
  });

  it('serves a feed as readable JSON', async () => {
    const response = feedResponse({ generated: '2026-11-25T10:00:00.000Z', language: 'en', license: 'L', attribution: 'A', items: [1] });
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const text = await response.text();
    expect(text).toContain('\n  "language": "en"');
    expect(JSON.parse(text)).toMatchObject({ items: [1] });
  });
});
