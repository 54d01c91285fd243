// The people and organizations a synthetic article names besides its story's headline figures.
// Real news names about fourteen entities per article (BBC dev: 7,197 entities over 1,066
// articles, 73% named by one article only): the officials, experts and bodies quoted once. A
// corpus of a few dozen recurring names makes few, fat entity pages and exercises none of the
// per-entity work, so each story gets a cast of its own (named across its articles) and each
// article a few names of its own. Names are made from syllables, so they do not repeat by chance.

const FIRST_NAMES = [
  "Anna",
  "David",
  "Maria",
  "James",
  "Sarah",
  "Michael",
  "Laura",
  "Peter",
  "Emma",
  "Thomas",
  "Julia",
  "Daniel",
  "Helen",
  "Robert",
  "Clara",
  "Martin",
  "Sophie",
  "Andrew",
  "Grace",
  "Richard",
  "Alice",
  "Simon",
  "Rachel",
  "Paul",
  "Karen",
  "George",
  "Linda",
  "Steven",
  "Susan",
  "Mark",
  "Nina",
  "Edward",
  "Lucy",
  "Henry",
  "Ruth",
  "Oliver",
];
const SYLLABLES = [
  "bar",
  "vel",
  "dor",
  "min",
  "kas",
  "ter",
  "lon",
  "gar",
  "ril",
  "mak",
  "sen",
  "tov",
  "ber",
  "hal",
  "nor",
  "vik",
  "dal",
  "mor",
  "pen",
  "ros",
  "tam",
  "wen",
  "zel",
  "cor",
  "fal",
  "gan",
  "hel",
  "jor",
  "kel",
  "lan",
  "mar",
  "nes",
];
const ROLES = [
  "spokeswoman",
  "spokesman",
  "senior analyst",
  "director",
  "researcher",
  "chief economist",
  "adviser",
  "professor",
];
const BODIES = ["Institute", "Foundation", "Group", "Council", "Trust", "Holdings", "Association", "Centre"];
const QUOTES = [
  "We have been preparing for this for a long time",
  "The details still have to be worked out",
  "Nobody expected it to happen this quickly",
  "This will matter to a great many families",
  "It is too early to say what the effect will be",
  "We will be watching the next steps very closely",
];

/** A surname-like word of two or three syllables, capitalised. */
function surname(random: () => number): string {
  const count = 2 + (random() < 0.4 ? 1 : 0);
  let word = "";
  for (let i = 0; i < count; i++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export interface Cast {
  people: string[];
  bodies: string[];
}

/** `people` people and `bodies` organizations with made-up names. */
export function makeCast(random: () => number, people: number, bodies: number): Cast {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  return {
    people: Array.from({ length: people }, () => `${pick(FIRST_NAMES)} ${surname(random)}`),
    bodies: Array.from({ length: bodies }, () => `${surname(random)} ${pick(BODIES)}`),
  };
}

/** A sentence quoting `person` of `body`, in one of a few shapes. */
export function castSentence(random: () => number, person: string, body: string): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const shapes = [
    () => `"${pick(QUOTES)}," said ${person}, a ${pick(ROLES)} at the ${body}.`,
    () => `${person}, a ${pick(ROLES)} at the ${body}, said the plans had been discussed for months.`,
    () => `According to ${person} of the ${body}, the costs could rise further next year.`,
  ];
  return pick(shapes)();
}
