// The content lint's care-numbers rule: a phone number or service name of another country than the one a page is
// shown in, in prose and in YAML text fields, with and without CARE_REGION.
import { describe, expect, it } from 'vitest';
import { FAQ, SPANISH_FAQ, today, useLintFixture } from '../../support/lint-fixture';

const { lintFixture } = useLintFixture();

describe('lintContent', () => {
  describe('phone numbers and services of another country (care-numbers)', () => {
    /** The care-numbers messages after `changes`, with CARE_REGION set to `careRegion`. */
    const careNumbers = async (changes: Record<string, (text: string) => string>, careRegion?: string) =>
      (await lintFixture(changes, today, careRegion)).filter((message) => message.includes(' care-numbers: '));

    it('fails a UK number in Spanish prose, at its line and column, naming the countries and the fix', async () => {
      expect(
        await careNumbers({
          [SPANISH_FAQ]: (text) => text.replace('no sufre daño.', 'no sufre daño. En una emergencia, llame al 999.'),
        }),
      ).toEqual([
        `${SPANISH_FAQ}:11:192 error care-numbers: "999" is a phone number of GB (United Kingdom), but es pages are shown in ES (Spain) (CARE_REGION unset: the es default). Name no number in prose: put <WhenToGetHelp /> or link to /es/urgent-help/, whose numbers come from content/care-services/.`,
      ]);
    });

    it("lets a number through that the page's country lists, also when another country lists it too", async () => {
      expect(
        await careNumbers({
          [SPANISH_FAQ]: (text) => text.replace('no sufre daño.', 'no sufre daño. En una emergencia, llame al 112.'),
        }),
      ).toEqual([]);
    });

    it('with CARE_REGION=US, fails 999 in English prose and a component title, and lets 911 through', async () => {
      const found = await careNumbers(
        {
          [FAQ]: (text) =>
            `${text.replace('is not harmed.', 'is not harmed. Call 911 or 999.')}\n<Callout type="seek-help" title="Call 999">Go now.</Callout>\n`,
        },
        'US',
      );
      expect(found).toEqual([
        `${FAQ}:10:144 error care-numbers: "999" is a phone number of GB (United Kingdom), but en pages are shown in US (United States) (CARE_REGION=US). Name no number in prose: put <WhenToGetHelp /> or link to /urgent-help/, whose numbers come from content/care-services/.`,
        `${FAQ}:13:39 error care-numbers: "999" is a phone number of GB (United Kingdom), but en pages are shown in US (United States) (CARE_REGION=US). Name no number in prose: put <WhenToGetHelp /> or link to /urgent-help/, whose numbers come from content/care-services/.`,
      ]);
    });

    it('finds service names in any case and across a line break', async () => {
      expect(
        await careNumbers({
          [SPANISH_FAQ]: (text) => text.replace('no sufre daño.', 'no sufre daño. Si empeora, vaya a a&e.'),
          [FAQ]: (text) => text.replace('is not harmed.', 'is not harmed. If it gets worse, go to an Emergency\nRoom.'),
        }),
      ).toEqual([
        `${FAQ}:10:159 error care-numbers: "Emergency Room" is a service name of US (United States), but en pages are shown in GB (United Kingdom) (CARE_REGION unset: the en default). Name no service in prose: put <WhenToGetHelp /> or link to /urgent-help/, whose services come from content/care-services/.`,
        `${SPANISH_FAQ}:11:183 error care-numbers: "a&e" is a service name of GB (United Kingdom), but es pages are shown in ES (Spain) (CARE_REGION unset: the es default). Name no service in prose: put <WhenToGetHelp /> or link to /es/urgent-help/, whose services come from content/care-services/.`,
      ]);
    });

    it('reads a year, a temperature or a count as no phone number', async () => {
      const numbers = ' In 2026, 1.110 people had a fever of 38 °C; 1.111 of them were in 9990 towns, at 111.5 km.';
      expect(
        await careNumbers({ [FAQ]: (text) => text.replace('usually mild.', `usually mild.${numbers}`) }, 'US'),
      ).toEqual([]);
    });

    it('checks the text fields of a YAML file at their place, and leaves the urgent help page, which lists every country, alone', async () => {
      const indexPage = (title: string) =>
        `title: ${title}\ndescription: ${title}.\nintro: >-\n  In the UK call 999, in the US\n  call 911.\nlastReviewed: 2026-11-25\nnextReview: 2027-11-25\n`;
      const found = await careNumbers({
        'content/index-pages/en/faqs.yaml': () => indexPage('Questions'),
        'content/index-pages/en/urgent-help.yaml': () => indexPage('Urgent help'),
      });
      expect(found).toEqual([
        `content/index-pages/en/faqs.yaml:5:8 error care-numbers: "911" is a phone number of US (United States), but en pages are shown in GB (United Kingdom) (CARE_REGION unset: the en default). Name no number in prose: the "when to get help" cards and /urgent-help/ give readers their country's, from content/care-services/.`,
      ]);
    });

    it('stops at a CARE_REGION content/care-services/ has no file for, naming those it has', async () => {
      await expect(lintFixture({}, today, 'FR')).rejects.toThrow(
        'CARE_REGION="FR" is not a country this site has care services for. Set it to one of: ES, GB, US (ISO 3166-1 alpha-2 codes, one file each in content/care-services/), or leave it unset for each language\'s own (en pages GB, es pages ES).',
      );
    });
  });
});
