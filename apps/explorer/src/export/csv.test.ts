import { describe, expect, it } from "vitest";
import { toCsv } from "./csv.ts";

describe("toCsv", () => {
  it("quotes what needs quoting and ends every row with CRLF", () => {
    expect(toCsv(["name", "note"], [["Data PM", 'says "hi", twice'], ["QA", "a\nb"]])).toBe('name,note\r\nData PM,"says ""hi"", twice"\r\nQA,"a\nb"\r\n');
  });
});
