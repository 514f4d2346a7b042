/**
 * Whether a word is a well-formed Vietnamese syllable: (initial consonant) + vowel cluster + (final
 * consonant), at most one tone mark, and the usual co-occurrence rules. Used to judge whether converting
 * legacy-encoded text produced plausible Vietnamese. It is a plausibility test, not a dictionary: "quờn"
 * passes although nobody writes it.
 *
 * Pure functions; no exceptions.
 */

const SAC = "\u0301";
const NANG = "\u0323";
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

const INITIALS = "ngh ng nh ch gh gi kh ph qu th tr b c d đ g h k l m n p r s t v x".split(" ").concat("");

const FINALS = "ch nh ng c m n p t".split(" ").concat("");

/** Vowel clusters that may stand with or without a final consonant. */
const EITHER = "a e ê i o ô ơ u ư y oa oe uê uy uơ".split(" ");
/** Vowel clusters that need a final consonant: "ăn", "tiên", "xoong". */
const NEED_FINAL = "ă â oă uâ iê yê uô ươ uyê oo".split(" ");
/** Vowel clusters that end the syllable (they end in a glide or are open diphthongs). */
const NO_FINAL = [
  ..."ai ao au ay âu ây eo êu ia iu oi ôi ơi ua ui ưa ưi ưu".split(" "),
  ..."iêu oai oao oay oeo uây uôi uya uyu ươi ươu yêu".split(" "),
];
/** Clusters after which "ch" and "nh" may end a syllable: "sách", "bệnh", "tính", "huỳnh", "doanh". */
const BEFORE_CH_NH = new Set(["a", "ê", "i", "y", "oa", "uê", "uy"]);
/** Clusters that close with "ch"/"nh" and never with "c"/"ng": "ích" not "ic", "tính" not "tíng". */
const NOT_BEFORE_C_NG = new Set(["ê", "i", "y", "uê", "uy"]);

const CLUSTER_KIND = new Map<string, "either" | "need" | "none">([
  ...EITHER.map((c) => [c, "either"] as const),
  ...NEED_FINAL.map((c) => [c, "need"] as const),
  ...NO_FINAL.map((c) => [c, "none"] as const),
]);

/** Lower-case letters of the Vietnamese alphabet (NFC), plus f j w z for loan words. */
const LETTERS: ReadonlySet<string> = (() => {
  const set = new Set("abcdefghijklmnopqrstuvwxyzđ");
  for (const v of "aăâeêioôơuưy")
    for (const t of ["\u0301", "\u0300", "\u0309", "\u0303", "\u0323"]) set.add((v + t).normalize("NFC"));
  for (const v of "ăâêôơư") set.add(v);
  return set;
})();

/**
 * Splits a word into its toneless form (NFC, lower case), its tone mark ("" for the level tone) and the index
 * of the letter carrying the tone (-1 for the level tone); undefined if it carries two or more tones.
 */
export function splitTone(word: string): { base: string; tone: string; toneAt: number } | undefined {
  let base = "";
  let tone = "";
  let toneAt = -1;
  let index = 0;
  for (const ch of word.normalize("NFC").toLowerCase()) {
    const d = ch.normalize("NFD");
    const marks = d.match(TONE_MARKS) ?? [];
    if (marks.length > 1 || (marks.length === 1 && toneAt >= 0)) return undefined;
    if (marks.length === 1) {
      tone = marks[0];
      toneAt = index;
    }
    base += d.replace(TONE_MARKS, "").normalize("NFC");
    index++;
  }
  return { base, tone, toneAt };
}

/** True when `word` (any case, NFC or NFD) is one well-formed Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  // Only letters of the alphabet: "ñ" would otherwise pass as an "n" carrying a ngã tone.
  for (const ch of word.normalize("NFC").toLowerCase()) if (!LETTERS.has(ch)) return false;
  const split = splitTone(word);
  if (!split) return false;
  const { base, tone, toneAt } = split;
  if (base.length === 0 || base.length > 7 || !/^[a-zđăâêôơư]+$/.test(base)) return false;
  for (const initial of INITIALS) {
    if (!base.startsWith(initial)) continue;
    const rest = base.slice(initial.length);
    for (const final of FINALS) {
      if (!rest.endsWith(final)) continue;
      const cluster = rest.slice(0, rest.length - final.length);
      if (
        fits(initial, cluster, final, tone) &&
        toneOnRightVowel(cluster, final, toneAt < 0 ? -1 : toneAt - initial.length)
      )
        return true;
    }
  }
  return false;
}

function fits(initial: string, cluster: string, final: string, tone: string): boolean {
  const kind = CLUSTER_KIND.get(cluster);
  if (!kind) return false;
  if (kind === "need" && final === "") return false;
  if (kind === "none" && final !== "") return false;
  if ((final === "ch" || final === "nh") && !BEFORE_CH_NH.has(cluster)) return false;
  if ((final === "c" || final === "ng") && NOT_BEFORE_C_NG.has(cluster)) return false;
  // Syllables closed by a stop take only the rising (sắc) or heavy (nặng) tone.
  if ((final === "c" || final === "ch" || final === "p" || final === "t") && tone !== SAC && tone !== NANG)
    return false;
  // "qu" already holds the glide: "quá", not "quuá"; "gi" + "i…" is written "gi…".
  if (initial === "qu" && (cluster.startsWith("u") || cluster.startsWith("o"))) return false;
  return true;
}

/** Vowels carrying a diacritic of their own; the tone goes on the last of them ("ước", "người", "tiếng"). */
const MARKED_VOWELS = "ăâêôơư";
/** Plain two-vowel clusters whose tone may sit on either vowel when open (old "hóa", new "hoá"). */
const EITHER_PLACE = new Set(["oa", "oe", "uy"]);

/**
 * Whether the tone sits where Vietnamese spelling puts it, old or new style: on the last marked vowel if any;
 * else on the only vowel, the middle of three, the second of two before a final consonant ("hoạch"; either in
 * "oo"), the first of two in an open syllable ("tài", "của"), either for open oa/oe/uy. `at` is the index
 * within the cluster; -1 for the level tone.
 */
function toneOnRightVowel(cluster: string, final: string, at: number): boolean {
  if (at === -1) return true;
  if (at < 0 || at >= cluster.length) return false;
  let marked = -1;
  for (let i = 0; i < cluster.length; i++) if (MARKED_VOWELS.includes(cluster[i])) marked = i;
  if (marked >= 0) return at === marked;
  if (cluster.length === 1) return at === 0;
  if (cluster.length === 3) return at === 1;
  if (final) return at === 1 || cluster === "oo";
  return at === 0 || EITHER_PLACE.has(cluster);
}
