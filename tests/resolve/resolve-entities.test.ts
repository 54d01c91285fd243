import { describe, expect, it } from "vitest";
import { resolveEntities } from "../../src/resolve/resolve-entities.js";
import { article, ids } from "./resolve-fixtures.js";

describe("resolveEntities: people", () => {
  it("resolves a lone surname to the one person of the archive with that surname", () => {
    const [a, b] = resolveEntities([
      article("a", "Tony Blair spoke in Leeds.", [["Tony Blair", "person"]]),
      article("b", "Mr Blair said no.", [["Blair", "person"]]),
    ]);
    expect(ids(a!)).toEqual(["tony-blair"]);
    expect(b!.entities[0]).toMatchObject({ id: "tony-blair", name: "Tony Blair", kind: "person" });
    expect(b!.entities[0]!.mentions[0]!.text).toBe("Blair");
  });

  it("joins a surname and the full name of the same article into one entity with both mentions", () => {
    const [a] = resolveEntities([
      article("a", "Blair arrived. Tony Blair spoke.", [
        ["Blair", "person"],
        ["Tony Blair", "person"],
      ]),
    ]);
    expect(a!.entities).toHaveLength(1);
    expect(a!.entities[0]!.mentions.map((m) => m.text)).toEqual(["Blair", "Tony Blair"]);
  });

  it("prefers the full name of the same article when the archive has two people of that surname", () => {
    const out = resolveEntities([
      article("a", "George W. Bush met Bush again.", [
        ["George W. Bush", "person"],
        ["Bush", "person"],
      ]),
      article("b", "Jeb Bush spoke.", [["Jeb Bush", "person"]]),
    ]);
    expect(ids(out[0]!)).toEqual(["george-w-bush"]);
  });

  it("keeps a surname two people share apart when its article does not tell which", () => {
    const out = resolveEntities([
      article("a", "George W. Bush spoke.", [["George W. Bush", "person"]]),
      article("b", "Jeb Bush spoke.", [["Jeb Bush", "person"]]),
      article("c", "Bush said no.", [["Bush", "person"]]),
    ]);
    expect(ids(out[2]!)).toEqual(["bush"]);
  });

  it("does not read a place as a surname", () => {
    const out = resolveEntities([
      article("a", "George Washington was president.", [["George Washington", "person"]]),
      article("b", "Talks in Washington.", [["Washington", "place"]]),
    ]);
    expect(ids(out[1]!)).toEqual(["washington"]);
  });
});

describe("resolveEntities: organisations", () => {
  it("merges abbreviated and singular/plural forms of one name", () => {
    const out = resolveEntities([
      article("a", "The Liberal Democrats said so.", [["Liberal Democrats", "organization"]]),
      article("b", "The Lib Dems said so.", [["Lib Dems", "person"]]),
      article("c", "A Lib Dem spokesman said so.", [["Lib Dem", "organization"]]),
      article("d", "The Liberal Democrat leader said so.", [["Liberal Democrat", "organization"]]),
      article("e", "The Liberal Democrats again.", [["Liberal Democrats", "organization"]]),
    ]);
    expect(new Set(out.flatMap(ids))).toEqual(new Set(["liberal-democrats"]));
  });

  it("merges a name with its designated form and takes the designated form's kind", () => {
    const out = resolveEntities([
      article("a", "Labour won.", [["Labour", "person"]]),
      article("b", "Labour won again.", [["Labour", "organization"]]),
      article("c", "The Labour Party won.", [["Labour Party", "organization"]]),
    ]);
    expect(new Set(out.flatMap(ids))).toEqual(new Set(["labour"]));
    expect(out.map((a) => a.entities[0]!.kind)).toEqual(["organization", "organization", "organization"]);
  });

  it.each([
    ["two one-word names that differ in number", ["Celtic", "organization"], ["Celtics", "organization"]],
    ["two people whose given names differ", ["Tom Smith", "person"], ["Thomas Smith", "person"]],
    ["a place and an outlet", ["New York", "place"], ["New Yorker", "outlet"]],
    ["a city and the club named after it", ["Paris", "place"], ["Paris Club", "organization"]],
  ] as const)("keeps apart %s", (_what, one, two) => {
    const out = resolveEntities([
      article("a", `${one[0]} here.`, [[one[0], one[1]]]),
      article("b", `${two[0]} there.`, [[two[0], two[1]]]),
    ]);
    expect(out.flatMap(ids)).toHaveLength(2);
    expect(new Set(out.flatMap(ids)).size).toBe(2);
  });
});

describe("resolveEntities: acronyms", () => {
  it("attaches an acronym the text defines, there and where the archive defines it only so", () => {
    const out = resolveEntities([
      article("a", "The World Health Organization (WHO) warned. The WHO said.", [
        ["World Health Organization", "organization"],
        ["WHO", "organization"],
      ]),
      article("b", "The WHO said again.", [["WHO", "organization"]]),
    ]);
    expect(ids(out[0]!)).toEqual(["world-health-organization"]);
    expect(ids(out[1]!)).toEqual(["world-health-organization"]);
  });

  it("leaves an acronym alone when nothing defines it and no name with its initials is named beside it", () => {
    const out = resolveEntities([
      article("a", "Sales of the PC fell.", [["PC", "organization"]]),
      article("b", "The Press Council met.", [["Press Council", "organization"]]),
    ]);
    expect(ids(out[0]!)).toEqual(["pc"]);
  });

  it("leaves an acronym alone outside its definitions when the archive defines it two ways", () => {
    const out = resolveEntities([
      article("a", "The Professional Golfers Association (PGA) met.", [
        ["Professional Golfers Association", "organization"],
        ["PGA", "organization"],
      ]),
      article("b", "The Pacific Gas Association (PGA) met.", [
        ["Pacific Gas Association", "organization"],
        ["PGA", "organization"],
      ]),
      article("c", "The PGA met.", [["PGA", "organization"]]),
    ]);
    expect(ids(out[0]!)).toEqual(["professional-golfers-association"]);
    expect(ids(out[1]!)).toEqual(["pacific-gas-association"]);
    expect(ids(out[2]!)).toEqual(["pga"]);
  });
});

describe("resolveEntities: the knowledge file", () => {
  it("never resolves a name the knowledge file names", () => {
    const overrides = {
      entities: [{ name: "Blair", kind: "person" as const, aliases: [] }],
      merge: {},
      rename: {},
      ignore: [],
    };
    const out = resolveEntities(
      [
        article("a", "Tony Blair spoke.", [["Tony Blair", "person"]]),
        article("b", "Blair said no.", [["Blair", "person"]]),
      ],
      { overrides },
    );
    expect(ids(out[1]!)).toEqual(["blair"]);
  });

  it("gives the same result whatever order the articles come in", () => {
    const input = [
      article("a", "Liberal Democrats.", [["Liberal Democrats", "organization"]]),
      article("b", "Lib Dems.", [["Lib Dems", "organization"]]),
      article("c", "Tony Blair.", [["Tony Blair", "person"]]),
      article("d", "Blair.", [["Blair", "person"]]),
    ];
    const forward = resolveEntities(input);
    const backward = resolveEntities([...input].reverse()).reverse();
    expect(backward).toEqual(forward);
  });
});

describe("resolveEntities: people's names extraction ran into other words", () => {
  it("resolves a name with a description in front to the person", () => {
    const out = resolveEntities([
      article("a", "Michael Howard spoke.", [["Michael Howard", "person"]]),
      article("b", "Conservative Michael Howard spoke.", [["Conservative Michael Howard", "person"]]),
    ]);
    expect(ids(out[1]!)).toEqual(["michael-howard"]);
  });

  it("does not take a run that opens with an ordinary word for a full name its last word is the surname of", () => {
    const out = resolveEntities([
      article("a", "Former Chelsea striker.", [["Former Chelsea", "person"]]),
      article("b", "Chelsea won.", [["Chelsea", "person"]]),
    ]);
    expect(ids(out[1]!)).toEqual(["chelsea"]);
  });
});

describe("resolveEntities: a surname read as something else", () => {
  it("gives a word the article names a person by to that person", () => {
    const a = article("a", "Lewis Hamilton won. Hamilton said so.", [
      ["Lewis Hamilton", "person"],
      ["Bermuda", "country"],
    ]);
    a.entities[1]!.mentions = [{ text: "Hamilton", start: 20, end: 28 }];
    const [out] = resolveEntities([a]);
    expect(out!.entities).toHaveLength(1);
    expect(out!.entities[0]!.mentions.map((m) => m.text)).toEqual(["Lewis Hamilton", "Hamilton"]);
  });

  it("leaves a place named by its own name alone", () => {
    const [out] = resolveEntities([
      article("a", "George Washington spoke of Washington.", [
        ["George Washington", "person"],
        ["Washington", "place"],
      ]),
    ]);
    expect(ids(out!)).toEqual(["george-washington", "washington"]);
  });
});

describe("resolveEntities: an organisation by the last word of its name", () => {
  it("is the one organisation of the archive with that last word", () => {
    const out = resolveEntities([
      article("a", "The Chicago Cubs won.", [["Chicago Cubs", "organization"]]),
      article("b", "The Cubs won again.", [["Cubs", "organization"]]),
    ]);
    expect(ids(out[1]!)).toEqual(["chicago-cubs"]);
  });

  it("is the one of its article when the archive has two, and kept apart when neither tells", () => {
    const out = resolveEntities([
      article("a", "Manchester United beat United's rivals.", [
        ["Manchester United", "organization"],
        ["United", "organization"],
      ]),
      article("b", "Newcastle United lost.", [["Newcastle United", "organization"]]),
      article("c", "United lost.", [["United", "organization"]]),
    ]);
    expect(ids(out[0]!)).toEqual(["manchester-united"]);
    expect(ids(out[2]!)).toEqual(["united"]);
  });
});

describe("resolveEntities: a surname extraction gave another kind", () => {
  it("is the person the article names in full by it, when it is no known place", () => {
    const [out] = resolveEntities([
      article("a", "Donald Trump spoke. Trump said so.", [
        ["Donald Trump", "person"],
        ["Trump", "organization"],
      ]),
    ]);
    expect(ids(out!)).toEqual(["donald-trump"]);
  });

  it("does not take a description before a given name for a full name", () => {
    const out = resolveEntities([
      article("a", "Crooked Hillary, he said.", [["Crooked Hillary", "person"]]),
      article("b", "Hillary said no.", [["Hillary", "person"]]),
    ]);
    expect(ids(out[1]!)).toEqual(["hillary"]);
  });
});

describe("resolveEntities: an organisation's last word, negative", () => {
  it("does not take a town's name alone, a club, for the one company ending in it", () => {
    const out = resolveEntities([
      article("a", "Brewer Scottish & Newcastle raised prices.", [["Scottish & Newcastle", "organization"]]),
      article("b", "Newcastle beat Leeds 2-0.", [["Newcastle", "organization"]]),
    ]);
    expect(ids(out[1]!)).toEqual(["newcastle"]);
  });

  it("does not take a run opening with a description for the full name", () => {
    const out = resolveEntities([
      article("a", "Former Chelsea striker.", [["Former Chelsea", "organization"]]),
      article("b", "Chelsea won.", [["Chelsea", "organization"]]),
    ]);
    expect(ids(out[1]!)).toEqual(["chelsea"]);
  });
});

describe("resolveEntities: a surname after a full name the archive would not trust", () => {
  it("joins a surname to a plain two-word name its article writes first", () => {
    // compromise lists no given name "Frank": the archive would read "Frank Bruno" as a description.
    const [a] = resolveEntities([
      article("a", "Former champion Frank Bruno quit. Bruno said so.", [
        ["Frank Bruno", "person"],
        ["Bruno", "person"],
      ]),
    ]);
    expect(ids(a!)).toEqual(["frank-bruno"]);
  });

  it("does not count one hyphenated word as a full name", () => {
    const body = "Boxing-Bruno quits. Former champion Frank Bruno quit. Bruno said so.";
    const input = article("a", body, [
      ["Boxing-Bruno", "person"],
      ["Frank Bruno", "person"],
      ["Bruno", "person"],
    ]);
    const lone = input.entities.find((e) => e.id === "bruno")!;
    lone.mentions = [{ text: "Bruno", start: body.lastIndexOf("Bruno"), end: body.lastIndexOf("Bruno") + 5 }];
    const [a] = resolveEntities([input]);
    expect(ids(a!)).toEqual(["boxing-bruno", "frank-bruno"]);
  });

  it("does not join a surname the article writes before such a name", () => {
    const [a] = resolveEntities([
      article("a", "Bruno arrived. Later Frank Bruno spoke.", [
        ["Bruno", "person"],
        ["Frank Bruno", "person"],
      ]),
    ]);
    expect(ids(a!)).toEqual(["bruno", "frank-bruno"]);
  });

  it("does not take a run with a description inside for such a name", () => {
    const [a] = resolveEntities([
      article("a", "House Speaker Paul D Ryan spoke. Ryan left.", [
        ["House Speaker Paul D Ryan", "person"],
        ["Ryan", "person"],
      ]),
    ]);
    expect(ids(a!)).toEqual(["house-speaker-paul-d-ryan", "ryan"]);
  });
});

describe("resolveEntities: a company named by the first words of its name", () => {
  it("joins the leading words of a company's name in the same article to the company", () => {
    const [a] = resolveEntities([
      article("a", "Jones Medical Industries Inc said on Friday that Jones Medical expects growth. Jones said so.", [
        ["Jones Medical Industries Inc", "organization"],
        ["Jones Medical", "person"],
        ["Jones", "person"],
      ]),
    ]);
    expect(ids(a!)).toEqual(["jones-medical-industries-inc"]);
    expect(a!.entities[0]!.kind).toBe("organization");
  });

  it("leaves a name apart when the longer one ends in no company's form", () => {
    const [a] = resolveEntities([
      article("a", "Croydon University Hospital said Croydon was calm.", [
        ["Croydon University Hospital", "organization"],
        ["Croydon", "place"],
      ]),
    ]);
    expect(ids(a!)).toEqual(["croydon", "croydon-university-hospital"]);
  });

  it("leaves a person named with a given name and a known place apart", () => {
    const [a] = resolveEntities([
      article("a", "John Smith Holdings said John Smith would sell. Chicago Holdings Inc is in Chicago.", [
        ["John Smith Holdings", "organization"],
        ["John Smith", "person"],
        ["Chicago Holdings Inc", "organization"],
        ["Chicago", "place"],
      ]),
    ]);
    expect(ids(a!)).toEqual(["chicago", "chicago-holdings-inc", "john-smith", "john-smith-holdings"]);
  });

  it("leaves the first words apart when two companies open with them", () => {
    const [a] = resolveEntities([
      article("a", "Jones Medical Inc and Jones Energy Inc merged, Jones said.", [
        ["Jones Medical Inc", "organization"],
        ["Jones Energy Inc", "organization"],
        ["Jones", "person"],
      ]),
    ]);
    expect(ids(a!)).toEqual(["jones", "jones-energy-inc", "jones-medical-inc"]);
  });
});

describe("resolveEntities: short forms of a person's full name", () => {
  it("joins an initial and a surname to the one full name of the archive they fit", () => {
    const out = resolveEntities([
      article("a", "Captain Harold Quimby scored twice.", [["Harold Quimby", "person"]]),
      article("b", "Team: H Quimby, T Vale; R Stone.", [["H Quimby", "person"]]),
      article("c", "Quimby was rested.", [["Quimby", "person"]]),
    ]);
    expect(ids(out[1]!)).toEqual(["harold-quimby"]);
    // With the initial form one person, the lone surname has one person to stand for.
    expect(ids(out[2]!)).toEqual(["harold-quimby"]);
  });

  it("keeps an initial and a surname apart when two full names fit", () => {
    const out = resolveEntities([
      article("a", "Harold Quimby scored.", [["Harold Quimby", "person"]]),
      article("b", "Henry Quimby scored.", [["Henry Quimby", "person"]]),
      article("c", "Team: H Quimby, T Vale.", [["H Quimby", "person"]]),
    ]);
    expect(ids(out[2]!)).toEqual(["h-quimby"]);
  });

  it("does not join an initial to a full name whose given name opens with another letter", () => {
    const out = resolveEntities([
      article("a", "Harold Quimby scored.", [["Harold Quimby", "person"]]),
      article("b", "Team: T Quimby, R Stone.", [["T Quimby", "person"]]),
    ]);
    expect(ids(out[1]!)).toEqual(["t-quimby"]);
  });

  it("joins the full name and its initial form within one article, and its lone surname to them", () => {
    const [a] = resolveEntities([
      article("a", "Harold Quimby scored. Quimby was happy. Team: H Quimby, T Vale.", [
        ["Harold Quimby", "person"],
        ["Quimby", "person"],
        ["H Quimby", "person"],
      ]),
    ]);
    expect(ids(a!)).toEqual(["harold-quimby"]);
  });

  it("joins a given name and surname to the one full name with a middle initial", () => {
    const out = resolveEntities([
      article("a", "President John Q Adams spoke.", [["John Q Adams", "person"]]),
      article("b", "John Adams spoke again.", [["John Adams", "person"]]),
      article("c", "Adams said no.", [["Adams", "person"]]),
    ]);
    expect(ids(out[1]!)).toEqual(["john-q-adams"]);
    expect(ids(out[2]!)).toEqual(["john-q-adams"]);
  });

  it("keeps the form without the middle apart in an article that names both (a father and a son)", () => {
    const out = resolveEntities([
      article("a", "President John Q Adams spoke.", [["John Q Adams", "person"]]),
      article("b", "He served John Q Adams and John Adams.", [
        ["John Q Adams", "person"],
        ["John Adams", "person"],
      ]),
      article("c", "John Adams spoke.", [["John Adams", "person"]]),
    ]);
    expect(ids(out[1]!)).toEqual(["john-adams", "john-q-adams"]);
    expect(ids(out[2]!)).toEqual(["john-q-adams"]);
  });

  it("keeps the form without the middle apart when two full names with a middle fit", () => {
    const out = resolveEntities([
      article("a", "John Q Adams spoke.", [["John Q Adams", "person"]]),
      article("b", "John T Adams spoke.", [["John T Adams", "person"]]),
      article("c", "John Adams spoke.", [["John Adams", "person"]]),
    ]);
    expect(ids(out[2]!)).toEqual(["john-adams"]);
  });
});

describe("resolveEntities: a surname two people share, told apart by titles", () => {
  const archive = [
    article("a", "President Walter Brandt spoke today.", [["Walter Brandt", "person"]]),
    article("b", "First Lady Greta Brandt opened the school.", [["Greta Brandt", "person"]]),
  ];

  it("is the one person the archive gives the title written before it", () => {
    const out = resolveEntities([
      ...archive,
      article("c", "President Brandt signed the bill.", [["Brandt", "person"]]),
    ]);
    expect(ids(out[2]!)).toEqual(["walter-brandt"]);
  });

  it("is the one person a Mr or Mrs can be, when the other is known as the other sex", () => {
    const out = resolveEntities([
      ...archive,
      article("c", "Mr Brandt signed the bill.", [["Brandt", "person"]]),
      article("d", "Mrs Brandt opened a library.", [["Brandt", "person"]]),
    ]);
    expect(ids(out[2]!)).toEqual(["walter-brandt"]);
    // Greta is a lady, Walter's sex unknown: "Mrs" fits both.
    expect(ids(out[3]!)).toEqual(["brandt"]);
  });

  it("overrides the one full name of the article when its titles point to the other person", () => {
    const [, , c] = resolveEntities([
      ...archive,
      article("c", "President Brandt met the press. Greta Brandt stayed home.", [
        ["Brandt", "person"],
        ["Greta Brandt", "person"],
      ]),
    ]);
    expect(ids(c!)).toEqual(["greta-brandt", "walter-brandt"]);
  });

  it("keeps the full name of the article without a title, or with a title both take", () => {
    const out = resolveEntities([
      article("a", "President Walter Brandt spoke today.", [["Walter Brandt", "person"]]),
      article("b", "President Greta Brandt spoke too.", [["Greta Brandt", "person"]]),
      article("c", "Greta Brandt came. Brandt said no.", [
        ["Greta Brandt", "person"],
        ["Brandt", "person"],
      ]),
      article("d", "Greta Brandt came. President Brandt said no.", [
        ["Greta Brandt", "person"],
        ["Brandt", "person"],
      ]),
      article("e", "President Brandt said no.", [["Brandt", "person"]]),
    ]);
    expect(ids(out[2]!)).toEqual(["greta-brandt"]);
    expect(ids(out[3]!)).toEqual(["greta-brandt"]);
    expect(ids(out[4]!)).toEqual(["brandt"]);
  });

  it("does not read Sir before a lone word as a title of a surname", () => {
    const out = resolveEntities([
      article("a", "Sir Walter Brandt spoke today.", [["Walter Brandt", "person"]]),
      article("b", "Greta Brandt spoke too.", [["Greta Brandt", "person"]]),
      article("c", "Sir Brandt said no.", [["Brandt", "person"]]),
    ]);
    expect(ids(out[2]!)).toEqual(["brandt"]);
  });
});

describe("resolveEntities: full names a lone surname may stand for", () => {
  it("are not two names extraction ran together", () => {
    const out = resolveEntities([
      article("a", "Walter Brandt spoke.", [["Walter Brandt", "person"]]),
      article("b", "Then Walter Brandt As Kessler spoke.", [["Walter Brandt As Kessler", "person"]]),
      article("c", "Walter Brandt Ferrari won.", [["Walter Brandt Ferrari", "person"]]),
      article("d", "Kessler said no. Ferrari won.", [
        ["Kessler", "person"],
        ["Ferrari", "person"],
      ]),
    ]);
    expect(ids(out[3]!)).toEqual(["ferrari", "kessler"]);
  });

  it("may have a middle name, a hyphenated surname or a particle", () => {
    const out = resolveEntities([
      article("a", "Anna Maria Kessler spoke.", [["Anna Maria Kessler", "person"]]),
      article("b", "Olga Smith-Varga spoke.", [["Olga Smith-Varga", "person"]]),
      article("c", "Dino dal Maso spoke.", [["Dino dal Maso", "person"]]),
      article("d", "Kessler, Varga and Maso agreed.", [
        ["Kessler", "person"],
        ["Varga", "person"],
        ["Maso", "person"],
      ]),
    ]);
    expect(ids(out[3]!)).toEqual(["anna-maria-kessler", "dino-dal-maso", "olga-smith-varga"]);
  });
});

describe("resolveEntities: a full name that opens with a demonym", () => {
  it("is a full name for a lone surname when two articles write it", () => {
    const out = resolveEntities([
      article("a", "Dane Qorvath, 19, died.", [["Dane Qorvath", "person"]]),
      article("b", "Fans remembered Dane Qorvath.", [["Dane Qorvath", "person"]]),
      article("c", "Qorvath was on his way to work.", [["Qorvath", "person"]]),
    ]);
    expect(ids(out[2]!)).toEqual(["dane-qorvath"]);
  });
  it("not when one article writes it: a description may stand before a surname", () => {
    const out = resolveEntities([
      article("a", "Dane Qorvath, 19, died.", [["Dane Qorvath", "person"]]),
      article("c", "Qorvath was on his way to work.", [["Qorvath", "person"]]),
    ]);
    expect(ids(out[1]!)).toEqual(["qorvath"]);
  });
});

describe("resolveEntities: a lone word only ever guessed to be a person", () => {
  const guessed = (id: string, body: string, name: string) => {
    const a = article(id, body, [[name, "person"]]);
    a.entities[0]!.kindGuessed = true;
    return a;
  };

  it("makes an unknown word every article only guessed was a person an organisation", () => {
    const out = resolveEntities([
      guessed("a", "Shares in Zorblax fell.", "Zorblax"),
      guessed("b", "Zorblax cut jobs.", "Zorblax"),
    ]);
    expect(out.map((a) => a.entities[0]!.kind)).toEqual(["organization", "organization"]);
  });

  it("keeps the person one article found evidence for", () => {
    const sure = article("b", "Zorblax said he would sing.", [["Zorblax", "person"]]);
    const out = resolveEntities([guessed("a", "Shares in Zorblax fell.", "Zorblax"), sure]);
    expect(out.map((a) => a.entities[0]!.kind)).toEqual(["person", "person"]);
  });

  it("keeps a guess one article makes, and a known surname", () => {
    const one = resolveEntities([guessed("a", "Shares in Zorblax fell.", "Zorblax")]);
    expect(one[0]!.entities[0]!.kind).toBe("person");
    const surname = resolveEntities([
      guessed("a", "Robinson kicked.", "Robinson"),
      guessed("b", "Robinson scored.", "Robinson"),
    ]);
    expect(surname[0]!.entities[0]!.kind).toBe("person");
  });
});
