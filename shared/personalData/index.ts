// Personal-data detector with the name gazetteer loaded: what the server, the tests and the benchmarks
// use. The editor imports ./core and loads the gazetteer lazily (see client/editor/personalDataHighlight.ts).
import { provideNameData } from "./nameLexicon";
import { NAME_DATA } from "./nameData";

provideNameData(NAME_DATA);

export * from "./core";
