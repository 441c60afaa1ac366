import { wordEdits } from '../src/align/edits.ts';
import { segmentWords } from '../src/text/words.ts';
const long = (word: string, n: number) => Array.from({ length: n }, (_, k) => `${word}${k % 10}`).join('，');
const a = long('成员国强调', 4000), b = long('各方指出合作', 4000);
wordEdits('国', '國');
let t = performance.now(); segmentWords(a); console.log('seg', performance.now() - t, a.length);
t = performance.now(); wordEdits(a, b, { maxDiffTokens: 2000 }); console.log('capped', performance.now() - t);
t = performance.now(); wordEdits(a.slice(0, 6000), b.slice(0, 6000), { maxDiffTokens: 1e9 }); console.log('uncapped', performance.now() - t);
