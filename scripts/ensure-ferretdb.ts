// Builds the embedded database once (npm's postinstall runs this). Skipped when MONGODB_URI is set.
import { ensureFerretdbBinary, installedFerretdbVersion } from "../server/db/ferretdbBinary";

if (process.env.MONGODB_URI) {
  console.log("MONGODB_URI is set: the embedded FerretDB is not needed");
} else {
  try {
    ensureFerretdbBinary();
    console.log(`FerretDB ${installedFerretdbVersion()} ready`);
  } catch (error) {
    console.error(`Could not build FerretDB: ${(error as Error).message}`);
    process.exit(1);
  }
}
