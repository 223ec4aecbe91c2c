// Spanish query rules (query-languages.ts): loaded only on Spanish pages, with the stemmer Pagefind uses (Snowball).
import type { LanguageRules } from './query-languages.ts';
import { spanishSoundKey } from './spanish-sounds.ts';
import { spanishStem } from './spanish-stemmer.ts';

// Negations ("no", "sin") are not on the list: "puedo hacerlo sin anestesia" means something else without them.
// Articles, prepositions, pronouns and the commonest verbs of questions, as patients type them (accents or not).
const SPANISH_FUNCTION_WORDS = `a al algo algun alguna algunas alguno algunos ante antes como con cual cuales cuando cuanto
  cuanta cuantos cuantas de debo del desde donde durante e el ella ellas ellos en entre era es esa esas ese eso esos esta
  estas estoy este esto estos fue ha han has hay he hace hacer hacen ir la las le les lo los me mi mis mucho muy nos o para
  necesito pero poco por porque puede pueden puedo que quien se ser si sobre son soy su sus tan te tengo tiene tienen tras tu un
  una unas uno unos usted voy y ya yo`;

// Everyday words for what the pages say otherwise, read before any spelling correction, so a colloquial word is never
// "mended" into another ("teta" into "dado"): breastfeeding as patients say it ("dar el pecho", "dar teta": the pages
// say "lactancia"), a doctor as patients call one (the pages say "médico"), medicine that "hace efecto".
const SPANISH_EVERYDAY_WORDS = `
  dar el pecho = lactancia
  doy el pecho = lactancia
  dando el pecho = lactancia
  dar la teta = lactancia
  doy la teta = lactancia
  dando la teta = lactancia
  dar teta = lactancia
  doy teta = lactancia
  dando teta = lactancia
  teta = lactancia
  doctor = medico
  doctora = medico
  doctores = medicos
  hacer efecto = resultados
  hace efecto = resultados`;

export const spanish: LanguageRules = {
  functionWords: SPANISH_FUNCTION_WORDS,
  everydayWords: SPANISH_EVERYDAY_WORDS,
  stem: spanishStem,
  soundKey: spanishSoundKey,
};
