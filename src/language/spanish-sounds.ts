// Spanish words as they sound, for mending misspellings: Spanish writers often spell a sound with the wrong letter
// (b/v, s/z/c, ll/y, g/j) or drop the silent h ("inchazon", "alerjia", "comeson", "abseso").

/**
 * A word's spelling by sound: without silent h, v as b, z and soft c as s, ll as y, soft g as j, qu and hard c as k,
 * doubled letters as one. Expects lower case without accents (withoutAccents). "hinchazón" and "inchason" agree.
 */
export function spanishSoundKey(word: string): string {
  return word
    .replace(/(?<!c)h/g, '')
    .replace(/v/g, 'b')
    .replace(/ll/g, 'y')
    .replace(/sc(?=[ei])/g, 's')
    .replace(/c(?=[ei])/g, 's')
    .replace(/z/g, 's')
    .replace(/g(?=[ei])/g, 'j')
    .replace(/qu(?=[ei])/g, 'k')
    .replace(/c(?!h)/g, 'k')
    .replace(/(.)\1+/g, '$1');
}
