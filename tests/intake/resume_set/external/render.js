// Render one JSON Resume with one published theme: node render.js THEME resume.json out.html
// (themes are CommonJS or ES modules; some render synchronously, some return a promise)
const fs = require("fs");
const [theme, source, out] = process.argv.slice(2);
const resume = JSON.parse(fs.readFileSync(source, "utf8"));

async function load(name) {
  try {
    return require(name);
  } catch (error) {
    return import(name);
  }
}

(async () => {
  const mod = await load("jsonresume-theme-" + theme);
  const render = mod.render || (mod.default && mod.default.render);
  fs.writeFileSync(out, await render(resume));
})().catch((error) => {
  console.error(String(error));
  process.exit(1);
});
