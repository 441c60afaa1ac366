/** Words that carry grammar rather than meaning, in Chinese, English and Russian (lower case). */
const FUNCTION_WORDS = new Set([
  // Chinese particles, prepositions, conjunctions, pronouns and auxiliaries.
  ...'的 地 得 了 着 过 和 与 及 以及 并 并且 而 而且 或 或者 在 于 对 对于 为 为了 以 把 被 从 向 往 由 自 将 同 跟 给 之 其 此 该 各 每 这 那 这些 那些 其他 也 都 还 又 就 才 所 是 有 等 等等 中 内 外 间 里 一 不 没有 之间 方面 进行 通过 根据 按照 关于 基于 以及 如 如果 即 则 但 但是 因 因此 所以 同时 以来 其中 这一 有关 相关'.split(' '),
  // English.
  ...'a an the of in on at to for from by with and or nor but as is are was were be been being it its this that these those their them they he she we our us his her which who whom whose what where when while than then there here into onto over under upon within without about above after before between among through during also not no all any each every both either neither such other so too very more most further will shall would should can could may might must has have had do does did'.split(' '),
  // Russian.
  ...'и в во на с со к ко по о об обо от до из у за для при без над под про через а но или либо что чтобы как так же ли не ни это этот эта эти этого этой том тот та те их его ее её они он она оно мы наш наши все всех всем весь вся всё также который которая которое которые которых быть был была были будет будут является являются между а также'.split(' '),
]);

/** Is this word (folded, lower case) a function word? Numbers and punctuation count as such too. */
export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word) || !/\p{L}/u.test(word);
}
