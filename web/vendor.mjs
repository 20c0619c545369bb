// Copy the dashboard's front-end libraries from web/node_modules into the served static folder
// (src/dateline/web/static/vendor, ignored by git). Run by `make web` after `npm ci`.
import { cpSync, mkdirSync, rmSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, "node_modules");
const target = join(here, "..", "src", "dateline", "web", "static", "vendor");

const files = {
  "leaflet/dist/leaflet.js": "leaflet/leaflet.js",
  "leaflet/dist/leaflet.css": "leaflet/leaflet.css",
  "leaflet/LICENSE": "leaflet/LICENSE",
  "topojson-client/dist/topojson-client.min.js": "topojson-client/topojson-client.min.js",
  "topojson-client/LICENSE": "topojson-client/LICENSE",
  "world-atlas/countries-50m.json": "world-atlas/countries-50m.json",
  "world-atlas/countries-110m.json": "world-atlas/countries-110m.json",
  "world-atlas/LICENSE": "world-atlas/LICENSE",
  "swagger-ui-dist/swagger-ui-bundle.js": "swagger-ui/swagger-ui-bundle.js",
  "swagger-ui-dist/swagger-ui.css": "swagger-ui/swagger-ui.css",
  "swagger-ui-dist/LICENSE": "swagger-ui/LICENSE",
};

rmSync(target, { recursive: true, force: true });
for (const [from, to] of Object.entries(files)) {
  const source = join(modules, from);
  if (!existsSync(source)) {
    console.error(`missing ${source}: run \`npm ci --prefix web\` first`);
    process.exit(1);
  }
  mkdirSync(dirname(join(target, to)), { recursive: true });
  cpSync(source, join(target, to));
}
console.log(`copied ${Object.keys(files).length} files into ${target}`);
