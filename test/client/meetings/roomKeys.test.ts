import { expect } from "chai";
import { neighbourItem, roomKeyAction, upcomingItems } from "../../../client/meetings/roomKeys";
import type { AgendaEntry } from "../../../shared/meetingTypes";

const entry = (id: string, kind: AgendaEntry["kind"] = "item") => ({ id, kind, title: id, type: "discussion", presenter: "", plannedMinutes: 10, description: "", documentIds: [], tags: [] }) as AgendaEntry;
const agenda = [entry("a"), entry("s", "section"), entry("b"), entry("c")];
const key = (k: string, modifiers: Partial<Record<"altKey" | "ctrlKey" | "metaKey", boolean>> = {}) => roomKeyAction({ key: k, altKey: false, ctrlKey: false, metaKey: false, ...modifiers });

describe("client/meetings/roomKeys", () => {
  it("maps a clicker's and a keyboard's keys to the chair's actions", () => {
    expect(["PageDown", "ArrowRight", "ArrowDown", "n"].map((k) => key(k))).to.deep.equal(["next", "next", "next", "next"]);
    expect(["PageUp", "ArrowLeft", "ArrowUp", "P"].map((k) => key(k))).to.deep.equal(["previous", "previous", "previous", "previous"]);
    expect(key(" ")).to.equal("timer");
    expect(key("f")).to.equal("fullscreen");
  });

  it("leaves other keys and browser shortcuts alone", () => {
    expect(key("a")).to.equal(null);
    expect(key("Enter")).to.equal(null);
    expect(key("ArrowLeft", { altKey: true })).to.equal(null);
    expect(key("f", { ctrlKey: true })).to.equal(null);
    expect(key("PageDown", { metaKey: true })).to.equal(null);
  });

  it("steps over section headings, and stops at either end", () => {
    expect(neighbourItem(agenda, "a", 1)?.id).to.equal("b");
    expect(neighbourItem(agenda, "b", -1)?.id).to.equal("a");
    expect(neighbourItem(agenda, "c", 1)).to.equal(null);
    expect(neighbourItem(agenda, "a", -1)).to.equal(null);
  });

  it("starts at the first item when none is current (or the current one was removed)", () => {
    expect(neighbourItem(agenda, null, 1)?.id).to.equal("a");
    expect(neighbourItem(agenda, null, -1)).to.equal(null);
    expect(neighbourItem(agenda, "gone", 1)?.id).to.equal("a");
    expect(neighbourItem([], null, 1)).to.equal(null);
  });

  it("lists what comes next, items only", () => {
    expect(upcomingItems(agenda, "a", 3).map((e) => e.id)).to.deep.equal(["b", "c"]);
    expect(upcomingItems(agenda, null, 2).map((e) => e.id)).to.deep.equal(["a", "b"]);
    expect(upcomingItems(agenda, "c", 3)).to.deep.equal([]);
  });
});
