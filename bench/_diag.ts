import { analyze } from '../src/core/index.ts';
import { buildCorpus } from './corpus.ts';
const c = buildCorpus();
for (let r = 0; r < 3; r++) for (const a of c) analyze(a.answer, { question: a.question });
const per = c.map(() => [] as number[]);
for (let r = 0; r < 10; r++) c.forEach((a, i) => { const t = performance.now(); analyze(a.answer, { question: a.question }); per[i]!.push(performance.now() - t); });
const med = per.map((xs) => xs.slice().sort((x, y) => x - y)[5]!);
const buckets = new Map<number, number[]>();
c.forEach((a, i) => { const b = Math.floor(a.words / 50) * 50; (buckets.get(b) ?? buckets.set(b, []).get(b)!).push(med[i]!); });
for (const [b, xs] of [...buckets].sort((x, y) => x[0] - y[0])) console.log(b, xs.length, (xs.reduce((s, x) => s + x, 0) / xs.length).toFixed(2), Math.max(...xs).toFixed(2));
const order = med.map((m, i) => [m, i] as const).sort((x, y) => y[0] - x[0]).slice(0, 8);
for (const [m, i] of order) console.log(m.toFixed(2), c[i]!.id, c[i]!.words, c[i]!.answer.split('\n').length);
// by kind
const kinds = new Map<string, number[]>(); c.forEach((a,i)=>{(kinds.get(a.kind) ?? kinds.set(a.kind, []).get(a.kind)!).push(med[i]!/a.words*100)}); for (const [k,xs] of kinds) console.log(k, (xs.reduce((s,x)=>s+x,0)/xs.length).toFixed(3), 'ms/100w');
// without question
let t = performance.now(); for (const a of c) analyze(a.answer); console.log('noq', (performance.now()-t)/c.length);
t = performance.now(); for (const a of c) analyze(a.answer, {question: a.question}); console.log('q', (performance.now()-t)/c.length);
