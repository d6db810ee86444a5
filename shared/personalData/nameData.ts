// The person-name gazetteer in one object, for provideNameData(). Import it statically where names must
// always be found (the server, through ./index.ts) or lazily (the editor, see personalDataHighlight.ts).
import { AMBIGUOUS_NAMES } from "./gazetteer/ambiguousNames";
import { GIVEN_NAMES } from "./gazetteer/givenNames";
import { NOT_NAMES } from "./gazetteer/notNames";
import { PLACE_NAMES } from "./gazetteer/places";
import { SURNAMES } from "./gazetteer/surnames";

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
