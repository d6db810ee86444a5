// The person-name gazetteer in one object, for provideNameData(). Import it statically where names must
// always be found (the server, through ./index.ts) or lazily (the editor, see personalDataHighlight.ts).
import { AMBIGUOUS_NAMES } from "./data/ambiguousNames";
import { GIVEN_NAMES } from "./data/givenNames";
import { NOT_NAMES } from "./data/notNames";
import { PLACE_NAMES } from "./data/places";
import { SURNAMES } from "./data/surnames";

export interface NameData {
  givenNames: string;
  surnames: string;
  ambiguousNames: string;
  placeNames: string;
  notNames: string;
}

export const NAME_DATA: NameData = {
  givenNames: GIVEN_NAMES,
  surnames: SURNAMES,
  ambiguousNames: AMBIGUOUS_NAMES,
  placeNames: PLACE_NAMES,
  notNames: NOT_NAMES,
};
