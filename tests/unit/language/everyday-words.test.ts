// Everyday words read as the pages say them (query-words.ts, with each language's list), before the query rules.
import { describe, expect, it } from 'vitest';
import { QUERY_LANGUAGES } from '../../../src/language/query-languages';
import { everydayWords } from '../../../src/language/query-words';

const english = await QUERY_LANGUAGES.en();
const spanish = await QUERY_LANGUAGES.es();

describe('everydayWords', () => {
  it('reads a question about time in the word the pages about time share, and a doctor as they name one', () => {
    expect(everydayWords('How long till I notice a change?', english)).toBe('timeline i notice a change');
    expect(everydayWords('how soon does it work', english)).toBe('timeline does it work');
    expect(everydayWords('how long does it take to work', english)).toBe('timeline to work');
    expect(everydayWords('do i need to see my GP', english)).toBe('do i need to see my doctor');
    expect(everydayWords('ask your doc', english)).toBe('ask your doctor');
  });

  it('changes whole words and phrases only, and leaves other questions about time alone', () => {
    expect(everydayWords('doctors and documents', english)).toBe('doctors and documents');
    expect(everydayWords('how long does treatment last', english)).toBe('how long does treatment last');
    expect(everydayWords('kicking', english)).toBe('kicking');
  });

  it('reads Spanish breastfeeding, a doctor and medicine that "hace efecto" as the pages say them', () => {
    expect(everydayWords('estoy dando teta', spanish)).toBe('estoy lactancia');
    expect(everydayWords('Le doy la teta a mi bebé', spanish)).toBe('le lactancia a mi bebé');
    expect(everydayWords('puedo hacérmela si doy el pecho', spanish)).toBe('puedo hacérmela si lactancia');
    expect(everydayWords('cuando tengo que ir al doctor', spanish)).toBe('cuando tengo que ir al medico');
    expect(everydayWords('¿Cuánto tarda en hacer efecto?', spanish)).toBe('cuánto tarda en resultados');
  });

  it('leaves Spanish words that only start like one of them as typed', () => {
    expect(everydayWords('doctorado en pechos', spanish)).toBe('doctorado en pechos');
  });
});
