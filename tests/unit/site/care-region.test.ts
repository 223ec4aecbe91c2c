import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { careRegionCodes, careRegionOf, careRegionSetting, careServiceId } from '../../../src/site/care-region';

const SUPPORTED = ['ES', 'GB', 'IE', 'US'];

describe('careRegionCodes', () => {
  it('reads the countries off the file names of content/care-services/, leaving out elsewhere.yaml', () => {
    expect(careRegionCodes(['gb.yaml', 'elsewhere.yaml', 'us.yaml', 'README.md', 'ie.yaml', 'es.yaml'])).toEqual([
      'ES',
      'GB',
      'IE',
      'US',
    ]);
    expect(careRegionCodes(readdirSync('content/care-services'))).toEqual(['ES', 'GB', 'IE', 'US']);
  });
});

describe('careRegionSetting', () => {
  it('accepts a supported code in any case, with spaces around it', () => {
    expect(careRegionSetting('US', SUPPORTED)).toBe('US');
    expect(careRegionSetting('us', SUPPORTED)).toBe('US');
    expect(careRegionSetting(' ie ', SUPPORTED)).toBe('IE');
  });

  it('reads unset or empty as unset', () => {
    expect(careRegionSetting(undefined, SUPPORTED)).toBeUndefined();
    expect(careRegionSetting('', SUPPORTED)).toBeUndefined();
    expect(careRegionSetting('  ', SUPPORTED)).toBeUndefined();
  });

  it('stops at an unknown code, naming the codes it may be and each language’s default', () => {
    const message =
      'CARE_REGION="fr" is not a country this site has care services for. Set it to one of: ES, GB, IE, US (ISO 3166-1 alpha-2 codes, one file each in content/care-services/), or leave it unset for each language\'s own (en pages GB, es pages ES).';
    expect(() => careRegionSetting('fr', SUPPORTED)).toThrow(message);
    expect(() => careRegionSetting('elsewhere', SUPPORTED)).toThrow(
      'CARE_REGION="elsewhere" is not a country this site has care services for.',
    );
  });
});

describe('careRegionOf', () => {
  it("is the setting for every language when set, else the language's own country", () => {
    expect(careRegionOf('en', 'US')).toBe('US');
    expect(careRegionOf('es', 'US')).toBe('US');
    expect(careRegionOf('en', null)).toBe('GB');
    expect(careRegionOf('es', null)).toBe('ES');
  });

  it('names the file of a country', () => {
    expect(careServiceId('GB')).toBe('gb');
  });
});
