// Unit tests of the reports as CSV: headers, one row per line with the right cells, money in the currency's
// minor units, rounding, RFC 4180 quoting with CRLF, and free text a spreadsheet would run as a formula.
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { REPORT_COLUMNS, REPORT_KEYS, reportCsv, reportRows, type ReportData, type ReportKey } from "./report-csv";

type MoneyLine = ReportData["services"][number];
type TimingLine = ReportData["timing"][number];

const EMPTY: ReportData = {
  services: [],
  packages: [],
  uptake: { staysPresent: 0, staysWithChildren: 0, services: [], familyPackages: [] },
  timing: [],
  ratings: [],
  credits: { reasons: [] },
};

const money = (en: string, over: Partial<MoneyLine> = {}): MoneyLine => ({
  name: { en },
  bookings: 3,
  units: 4,
  grossMinor: 23_800,
  taxMinor: 3_800,
  netMinor: 20_000,
  costMinor: 8_000,
  marginMinor: 12_000,
  complimentary: false,
  ...over,
});

const timing = (name: string, over: Partial<TimingLine> = {}): TimingLine => ({
  name,
  targetMinutes: 30,
  responded: 12,
  responseMedian: 12.25,
  responseP90: 47.96,
  responseOnTime: 5 / 6,
  fulfilled: 4,
  fulfilmentMedian: 61,
  fulfilmentP90: 88.04,
  fulfilmentOnTime: 0.75,
  ...over,
});

const SPA = money("Spa massage");
const CRIB = money("Baby crib", { bookings: 2, units: 2, grossMinor: 0, taxMinor: 0, netMinor: 0, costMinor: 1_500, marginMinor: -1_500, complimentary: true });

/** One line in every report, with every text field set to `text`. */
const everywhere = (text: string): ReportData => ({
  services: [money(text)],
  packages: [money(text)],
  uptake: { staysPresent: 10, staysWithChildren: 4, services: [{ name: { en: text }, stays: 5, share: 0.5 }], familyPackages: [{ name: { en: text }, stays: 1, share: 0.25 }] },
  timing: [timing(text)],
  ratings: [{ name: { en: text }, count: 2, average: 4.5, low: 0, complaints: 0 }],
  credits: { reasons: [{ reason: text, count: 1, amountMinor: 650 }] },
});

const parsed = (csv: string) => parse(csv, { columns: true }) as Record<string, string>[];

describe("REPORT_COLUMNS", () => {
  it("has the on-screen columns of every report, packages being services without the complimentary flag", () => {
    expect(Object.keys(REPORT_COLUMNS)).toEqual([...REPORT_KEYS]);
    expect(REPORT_COLUMNS.services).toEqual(["name", "bookings", "units", "revenue_gross", "tax", "revenue_net", "cost", "margin", "complimentary", "currency"]);
    expect(REPORT_COLUMNS.packages).toEqual(["name", "bookings", "units", "revenue_gross", "tax", "revenue_net", "cost", "margin", "currency"]);
    expect(REPORT_COLUMNS.uptake).toEqual(["service", "stays_booked", "stays_present", "share"]);
    expect(REPORT_COLUMNS.family).toEqual(["package", "stays_with_children_booked", "stays_with_children", "share"]);
    expect(REPORT_COLUMNS.timing).toEqual([
      "department",
      "response_target_minutes",
      "responded",
      "response_median_minutes",
      "response_p90_minutes",
      "response_on_time_share",
      "fulfilled",
      "fulfilment_median_minutes",
      "fulfilment_p90_minutes",
      "fulfilment_on_time_share",
    ]);
    expect(REPORT_COLUMNS.ratings).toEqual(["service", "ratings", "average_score", "low_scores", "complaints"]);
    expect(REPORT_COLUMNS.credits).toEqual(["reason", "credits", "amount", "currency"]);
  });
});

describe("reportRows", () => {
  it.each(REPORT_KEYS.map((k) => [k]))("gives %s rows with as many cells as its header", (key: ReportKey) => {
    const rows = reportRows(key, everywhere("Item"), "EUR");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveLength(REPORT_COLUMNS[key].length);
  });

  it("writes services as plain decimals with the complimentary flag and the currency, negative margins signed", () => {
    expect(reportRows("services", { ...EMPTY, services: [SPA, CRIB] }, "EUR")).toEqual([
      ["Spa massage", 3, 4, "238.00", "38.00", "200.00", "80.00", "120.00", "no", "EUR"],
      ["Baby crib", 2, 2, "0.00", "0.00", "0.00", "15.00", "-15.00", "yes", "EUR"],
    ]);
  });

  it("writes packages without the complimentary flag, whatever the line says", () => {
    const pkg = money("Family fun", { grossMinor: 100_005, taxMinor: 15_967, netMinor: 84_038, costMinor: 90_000, marginMinor: -5_962, complimentary: true });
    expect(reportRows("packages", { ...EMPTY, packages: [pkg] }, "EUR")).toEqual([["Family fun", 3, 4, "1000.05", "159.67", "840.38", "900.00", "-59.62", "EUR"]]);
  });

  it("keeps the order of the lines it is given and writes nothing for an empty report", () => {
    expect(reportRows("services", { ...EMPTY, services: [CRIB, SPA] }, "EUR").map((r) => r[0])).toEqual(["Baby crib", "Spa massage"]);
    for (const key of REPORT_KEYS) expect(reportRows(key, EMPTY, "EUR")).toEqual([]);
  });

  it.each([
    ["EUR", ["Spa massage", 3, 4, "1234.56", "-0.05", "0.00", "0.07", "-1234.50", "no", "EUR"]],
    ["JPY", ["Spa massage", 3, 4, "123456", "-5", "0", "7", "-123450", "no", "JPY"]],
    ["KWD", ["Spa massage", 3, 4, "123.456", "-0.005", "0.000", "0.007", "-123.450", "no", "KWD"]],
  ])("writes money in %s with that currency's decimals", (currency, expected) => {
    const line = money("Spa massage", { grossMinor: 123_456, taxMinor: -5, netMinor: 0, costMinor: 7, marginMinor: -123_450 });
    expect(reportRows("services", { ...EMPTY, services: [line] }, currency)).toEqual([expected]);
  });

  it("writes credits by reason with their count, amount and currency", () => {
    const credits = { reasons: [{ reason: "Late transfer", count: 3, amountMinor: 1_950 }, { reason: "Cold room", count: 1, amountMinor: 5 }] };
    expect(reportRows("credits", { ...EMPTY, credits }, "EUR")).toEqual([
      ["Late transfer", 3, "19.50", "EUR"],
      ["Cold room", 1, "0.05", "EUR"],
    ]);
    expect(reportRows("credits", { ...EMPTY, credits }, "JPY")).toEqual([
      ["Late transfer", 3, "1950", "JPY"],
      ["Cold room", 1, "5", "JPY"],
    ]);
  });

  it("writes uptake against the stays present and shares as fractions to 4 decimals", () => {
    const uptake = {
      staysPresent: 3,
      staysWithChildren: 2,
      services: [
        { name: { en: "Breakfast" }, stays: 3, share: 1 },
        { name: { en: "Boat trip" }, stays: 2, share: 2 / 3 },
        { name: { en: "Sauna" }, stays: 1, share: 1 / 3 },
        { name: { en: "Pony" }, stays: 0, share: 0 },
      ],
      familyPackages: [{ name: { en: "Little explorers" }, stays: 1, share: 0.5 }],
    };
    expect(reportRows("uptake", { ...EMPTY, uptake }, "EUR")).toEqual([
      ["Breakfast", 3, 3, "1"],
      ["Boat trip", 2, 3, "0.6667"],
      ["Sauna", 1, 3, "0.3333"],
      ["Pony", 0, 3, "0"],
    ]);
  });

  it("writes family packages against the stays with children, not the stays present", () => {
    const uptake = {
      staysPresent: 40,
      staysWithChildren: 7,
      services: [{ name: { en: "Breakfast" }, stays: 40, share: 1 }],
      familyPackages: [
        { name: { en: "Little explorers" }, stays: 3, share: 3 / 7 },
        { name: { en: "Baby comfort" }, stays: 1, share: 1 / 7 },
      ],
    };
    expect(reportRows("family", { ...EMPTY, uptake }, "EUR")).toEqual([
      ["Little explorers", 3, 7, "0.4286"],
      ["Baby comfort", 1, 7, "0.1429"],
    ]);
  });

  it("writes timing with minutes to 1 decimal, shares to 4, and empty cells where there is no measure", () => {
    const lines = [
      timing("Front desk"),
      timing("Kids club", { responded: 0, responseMedian: null, responseP90: null, responseOnTime: null, fulfilled: 0, fulfilmentMedian: null, fulfilmentP90: null, fulfilmentOnTime: null }),
      timing("Spa", { responseMedian: 0, responseP90: 0.04, responseOnTime: 0, fulfilmentMedian: 120, fulfilmentP90: 1_440.55, fulfilmentOnTime: 1 }),
    ];
    expect(reportRows("timing", { ...EMPTY, timing: lines }, "EUR")).toEqual([
      ["Front desk", 30, 12, "12.3", "48", "0.8333", 4, "61", "88", "0.75"],
      ["Kids club", 30, 0, "", "", "", 0, "", "", ""],
      ["Spa", 30, 12, "0", "0", "0", 4, "120", "1440.6", "1"],
    ]);
  });

  it("writes ratings with the average to 2 decimals", () => {
    const ratings = [
      { name: { en: "Horse riding" }, count: 3, average: 14 / 3, low: 0, complaints: 0 },
      { name: { en: "Babysitting" }, count: 2, average: 1.5, low: 2, complaints: 1 },
      { name: { en: "Sauna" }, count: 1, average: 5, low: 0, complaints: 0 },
    ];
    expect(reportRows("ratings", { ...EMPTY, ratings }, "EUR")).toEqual([
      ["Horse riding", 3, "4.67", 0, 0],
      ["Babysitting", 2, "1.5", 2, 1],
      ["Sauna", 1, "5", 0, 0],
    ]);
  });

  it("uses the English name", () => {
    const line = { ...SPA, name: { en: "Massage", de: "Massage (de)", hu: "Masszázs" } };
    expect(reportRows("services", { ...EMPTY, services: [line] }, "EUR")[0]?.[0]).toBe("Massage");
  });
});

describe("formula injection", () => {
  it.each([
    ["=SUM(A1:A9)"],
    ["=HYPERLINK(\"http://evil.example\",\"Click\")"],
    ["+49 30 1234"],
    ["-20% spa deal"],
    ["@SUM(1+1)*cmd|' /C calc'!A0"],
    ["\tTabbed"],
    ["\rReturn"],
  ])("quotes %j as text in every report's text column", (hostile) => {
    const data = everywhere(hostile);
    for (const key of REPORT_KEYS) {
      expect(reportRows(key, data, "EUR")[0]?.[0], key).toBe(`'${hostile}`);
    }
  });

  it.each([["Kids = fun"], ["Spa-day"], ["desk@hotel.example"], ["'Quoted'"], ["€5 voucher"], ["1+1"], [""]])(
    "leaves %j alone: only a formula character at the start counts",
    (harmless) => {
      for (const key of REPORT_KEYS) {
        expect(reportRows(key, everywhere(harmless), "EUR")[0]?.[0], key).toBe(harmless);
      }
    },
  );

  it("never prefixes numbers or money, negative ones included", () => {
    const line = money("Spa", { grossMinor: -500, taxMinor: -80, netMinor: -420, costMinor: 0, marginMinor: -420 });
    expect(reportRows("services", { ...EMPTY, services: [line] }, "EUR")[0]).toEqual(["Spa", 3, 4, "-5.00", "-0.80", "-4.20", "0.00", "-4.20", "no", "EUR"]);
    expect(reportCsv("services", { ...EMPTY, services: [line] }, "EUR").split("\r\n")[1]).toBe("Spa,3,4,-5.00,-0.80,-4.20,0.00,-4.20,no,EUR");
  });

  it("writes a prefixed formula that also needs quoting as one quoted cell", () => {
    const csv = reportCsv("credits", { ...EMPTY, credits: { reasons: [{ reason: '=HYPERLINK("http://evil.example","x")', count: 1, amountMinor: 100 }] } }, "EUR");
    expect(csv).toBe('reason,credits,amount,currency\r\n"\'=HYPERLINK(""http://evil.example"",""x"")",1,1.00,EUR\r\n');
  });
});

describe("reportCsv", () => {
  it("writes the header and one CRLF-terminated line per row", () => {
    const data = { ...EMPTY, services: [SPA, CRIB] };
    expect(reportCsv("services", data, "EUR")).toBe(
      "name,bookings,units,revenue_gross,tax,revenue_net,cost,margin,complimentary,currency\r\n" +
        "Spa massage,3,4,238.00,38.00,200.00,80.00,120.00,no,EUR\r\n" +
        "Baby crib,2,2,0.00,0.00,0.00,15.00,-15.00,yes,EUR\r\n",
    );
  });

  it.each(REPORT_KEYS.map((k) => [k]))("writes just the header when the %s report is empty", (key: ReportKey) => {
    expect(reportCsv(key, EMPTY, "EUR")).toBe(`${REPORT_COLUMNS[key].join(",")}\r\n`);
  });

  it("writes every report with the same cells as reportRows, as a parser reads them back", () => {
    const data = everywhere("Item");
    for (const key of REPORT_KEYS) {
      const [header, ...rows] = parse(reportCsv(key, data, "EUR")) as string[][];
      expect(header, key).toEqual(REPORT_COLUMNS[key]);
      expect(rows, key).toEqual(reportRows(key, data, "EUR").map((r) => r.map(String)));
    }
  });

  it("quotes only the cells with a comma, a double quote or a CRLF, doubling the quotes", () => {
    const reasons = [
      { reason: "Late, sorry", count: 1, amountMinor: 100 },
      { reason: 'The "VIP" transfer', count: 2, amountMinor: 200 },
      { reason: "Line one\r\nline two", count: 3, amountMinor: 300 },
      { reason: "Plain reason", count: 4, amountMinor: 400 },
    ];
    const csv = reportCsv("credits", { ...EMPTY, credits: { reasons } }, "EUR");
    expect(csv).toBe(
      "reason,credits,amount,currency\r\n" +
        '"Late, sorry",1,1.00,EUR\r\n' +
        '"The ""VIP"" transfer",2,2.00,EUR\r\n' +
        '"Line one\r\nline two",3,3.00,EUR\r\n' +
        "Plain reason,4,4.00,EUR\r\n",
    );
    expect(parsed(csv).map((r) => r.reason)).toEqual(reasons.map((r) => r.reason));
  });

  it("keeps non-ASCII text as it is, without a byte-order mark", () => {
    const csv = reportCsv("ratings", { ...EMPTY, ratings: [{ name: { en: "Kinderbetreuung · Lovaglás 🐴" }, count: 1, average: 5, low: 0, complaints: 0 }] }, "EUR");
    expect(csv.charCodeAt(0)).toBe("s".charCodeAt(0));
    expect(csv).toBe("service,ratings,average_score,low_scores,complaints\r\nKinderbetreuung · Lovaglás 🐴,1,5,0,0\r\n");
  });

  it("keeps a quoted formula prefix when read back", () => {
    const csv = reportCsv("timing", { ...EMPTY, timing: [timing("=1+1, \"x\"")] }, "EUR");
    expect(parsed(csv)[0]?.department).toBe("'=1+1, \"x\"");
  });

  // RFC 4180: CR and LF inside a field only when it is quoted; a lone one (a reason typed over two lines) too.
  it("quotes a cell with a lone line feed or carriage return", () => {
    const reasons = [
      { reason: "Late\nsorry", count: 1, amountMinor: 100 },
      { reason: "Cold\rroom", count: 1, amountMinor: 100 },
    ];
    expect(reportCsv("credits", { ...EMPTY, credits: { reasons } }, "EUR")).toBe(
      'reason,credits,amount,currency\r\n"Late\nsorry",1,1.00,EUR\r\n"Cold\rroom",1,1.00,EUR\r\n',
    );
  });
});
