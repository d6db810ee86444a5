// `npm run bench:personal-data`: recall and precision of the personal-data detector per kind and
// overall, on the labelled sentences in bench/personal-data/ (dev and test splits, see its README),
// then the detector's time on a 50,000-word document built from them.
//   --split=dev|test   score one split only (default: both)
//   --show             list the misses and false findings of the split(s) scored (look at dev only)
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { findPersonalData, PERSONAL_DATA_KINDS, type PersonalDataKind } from "../shared/personalData";

interface Span {
  kind: PersonalDataKind;
  start: number;
  end: number;
  text: string;
}

interface Case {
  lang: string;
  text: string;
  expected: Span[];
  line: number;
}

const MARK = /\[\[([a-z_]+):([^\]]+)\]\]/g;

function parse(file: string): Case[] {
  const cases: Case[] = [];
  readFileSync(new URL(`personal-data/${file}`, import.meta.url), "utf8")
    .split("\n")
    .forEach((raw, index) => {
      const line = raw.trim();
      if (line === "" || line.startsWith("#")) return;
      const bar = line.indexOf(" | ");
      if (bar < 0) throw new Error(`${file}:${index + 1}: expected "lang | text"`);
      const marked = line.slice(bar + 3).replace(/\\n/g, "\n");
      const expected: Span[] = [];
      let text = "";
      let last = 0;
      for (const match of marked.matchAll(MARK)) {
        const kind = match[1] as PersonalDataKind;
        if (!PERSONAL_DATA_KINDS.includes(kind)) throw new Error(`${file}:${index + 1}: unknown kind ${kind}`);
        text += marked.slice(last, match.index);
        expected.push({ kind, start: text.length, end: text.length + match[2]!.length, text: match[2]! });
        text += match[2];
        last = match.index + match[0].length;
      }
      text += marked.slice(last);
      cases.push({ lang: line.slice(0, bar), text, expected, line: index + 1 });
    });
  return cases;
}

/** A finding matches an expected span of its kind when their overlap covers at least half of the longer one. */
function matches(a: Span, b: Span): boolean {
  if (a.kind !== b.kind) return false;
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return overlap > 0 && overlap * 2 >= Math.max(a.end - a.start, b.end - b.start);
}

interface Tally {
  truePositives: number;
  expected: number;
  found: number;
}

function score(name: string, cases: Case[], show: boolean): void {
  const tallies = new Map<string, Tally>();
  const tally = (kind: string) => {
    let value = tallies.get(kind);
    if (!value) tallies.set(kind, (value = { truePositives: 0, expected: 0, found: 0 }));
    return value;
  };
  let nearMisses = 0;
  for (const item of cases) {
    if (item.expected.length === 0) nearMisses++;
    const found: Span[] = findPersonalData(item.text);
    const used = new Set<number>();
    for (const span of item.expected) {
      tally(span.kind).expected++;
      tally("overall").expected++;
      const hit = found.findIndex((candidate, index) => !used.has(index) && matches(candidate, span));
      if (hit >= 0) {
        used.add(hit);
        tally(span.kind).truePositives++;
        tally("overall").truePositives++;
      } else if (show) console.log(`  miss  ${name}:${item.line} ${span.kind} ${JSON.stringify(span.text)}  | ${item.text.replace(/\n/g, "⏎")}`);
    }
    found.forEach((candidate, index) => {
      tally(candidate.kind).found++;
      tally("overall").found++;
      if (!used.has(index)) {
        tally(candidate.kind).truePositives += 0;
        if (show) console.log(`  false ${name}:${item.line} ${candidate.kind} ${JSON.stringify(candidate.text)}  | ${item.text.replace(/\n/g, "⏎")}`);
      }
    });
  }
  const languages = [...new Set(cases.map((item) => item.lang))].join(",");
  console.log(`personal-data split=${name} sentences=${cases.length} near_misses=${nearMisses} languages=${languages}`);
  const kinds = [...PERSONAL_DATA_KINDS.filter((kind) => tallies.has(kind)), "overall"];
  for (const kind of kinds) {
    const { truePositives, expected, found } = tally(kind);
    const precision = found === 0 ? 1 : truePositives / found;
    const recall = expected === 0 ? 1 : truePositives / expected;
    console.log(
      `personal-data split=${name} kind=${kind} expected=${expected} found=${found} matched=${truePositives} precision=${precision.toFixed(3)} recall=${recall.toFixed(3)}`,
    );
  }
}

/** About 50,000 words of the bench sentences in paragraphs, in a fixed shuffled order. */
function longDocument(cases: Case[]): { text: string; words: number } {
  const sentences = cases.map((item) => item.text);
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  const paragraphs: string[] = [];
  let paragraph: string[] = [];
  let words = 0;
  while (words < 50_000) {
    const sentence = sentences[next() % sentences.length]!;
    paragraph.push(sentence);
    words += sentence.split(/\s+/).length;
    if (paragraph.length >= 1 + (next() % 6)) {
      paragraphs.push(paragraph.join(" "));
      paragraph = [];
    }
  }
  paragraphs.push(paragraph.join(" "));
  return { text: paragraphs.join("\n"), words };
}

function time(cases: Case[]): void {
  const { text, words } = longDocument(cases);
  for (let i = 0; i < 5; i++) findPersonalData(text); // warm-up: JIT and the gazetteer's sets
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let findings = 0;
  for (let i = 0; i < 15; i++) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    findings = findPersonalData(text).length;
    const used = process.cpuUsage(cpu);
    times.push(performance.now() - start);
    cpuTimes.push((used.user + used.system) / 1000);
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  // CPU time beside wall time: on a shared machine the wall clock also counts time spent waiting for a core.
  console.log(
    `personal-data document words=${words} characters=${text.length} findings=${findings} runs=${times.length} median_ms=${median(times).toFixed(1)} min_ms=${Math.min(...times).toFixed(1)} max_ms=${Math.max(...times).toFixed(1)} median_cpu_ms=${median(cpuTimes).toFixed(1)}`,
  );
}

const args = process.argv.slice(2);
const split = args.find((arg) => arg.startsWith("--split="))?.slice("--split=".length);
const show = args.includes("--show");
const dev = parse("dev.txt");
const test = parse("test.txt");
if (split !== "test") score("dev", dev, show);
if (split !== "dev") score("test", test, show);
if (!split) score("all", [...dev, ...test], false);
time([...dev, ...test]);
