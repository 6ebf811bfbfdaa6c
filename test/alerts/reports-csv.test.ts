import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/engine/report/index.ts";
import { CSV_COLUMNS, csvCell, reportCsv } from "../../src/reports/csv.ts";
import { ORG_SETTINGS, realisticOrganisation } from "./org.ts";
import { finding } from "./support.ts";

/** A strict RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cellText = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cellText += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cellText += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cellText);
      cellText = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(cellText);
      rows.push(row);
      row = [];
      cellText = "";
      i++;
    } else cellText += ch;
  }
  if (cellText || row.length) throw new Error("CSV does not end with CRLF");
  return rows;
}

describe("reportCsv", () => {
  it("opens with the agreed header and has one row per open finding", () => {
    const { org, now } = realisticOrganisation();
    const report = buildReport(org.run(now), { settings: ORG_SETTINGS, now });
    const rows = parseCsv(reportCsv(report));
    expect(rows[0]).toEqual([
      "finding_key",
      "type",
      "severity",
      "status",
      "candidate",
      "role",
      "team",
      "people",
      "since",
      "due_at",
      "title",
    ]);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(report.openFindings.length).toBeGreaterThan(10);
    expect(rows).toHaveLength(report.openFindings.length + 1);
    for (const [i, f] of report.openFindings.entries()) {
      const row = rows[i + 1] ?? [];
      expect(row).toHaveLength(11);
      expect(row[0]).toBe(f.key);
      expect(row[1]).toBe(f.type);
      expect(row[3]).toBe("open");
      expect(row[8]).toBe(f.since);
    }
  });

  it("quotes commas, quotes and line breaks (RFC 4180) and neutralises formulas", () => {
    const f = finding({
      candidateName: 'Roe, Jane "JJ"',
      title: '=HYPERLINK("http://evil","click")',
      role: "+1 555 0100",
      people: ["-ann@acme.com", "@bob"],
      summary: "line\nbreak",
    });
    const csv = reportCsv({ openFindings: [f] });
    const [, row] = parseCsv(csv);
    expect(row?.[4]).toBe(`Roe, Jane "JJ" <${f.candidateAddress}>`);
    expect(row?.[10]).toBe('\'=HYPERLINK("http://evil","click")');
    expect(row?.[5]).toBe("'+1 555 0100");
    expect(row?.[7]).toBe("'-ann@acme.com; @bob");
    expect(csv.split("\r\n")).toHaveLength(3);
  });

  it("leaves ordinary cells untouched and empty ones empty", () => {
    expect(csvCell("ghosted")).toBe("ghosted");
    expect(csvCell(null)).toBe("");
    expect(csvCell("a\r\nb")).toBe('"a\r\nb"');
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(reportCsv({ openFindings: [] })).toBe(`${CSV_COLUMNS.join(",")}\r\n`);
  });
});
