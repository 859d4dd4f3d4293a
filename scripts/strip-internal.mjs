// Takes `@internal` declarations out of the published types in dist/ (run after tsup; `npm run build` does).
//
// TypeScript's `stripInternal` cannot do this here: it deletes an internal constructor outright, which gives the class
// an implicit *public* no-argument constructor (`new ImportTask()` would compile), and it breaks classes that
// implement a public interface or override a base member with an internal member. So, on the bundled .d.ts files:
// - an internal constructor becomes `protected constructor();` (users cannot `new` it; subclasses still type-check);
// - other internal members and declarations are removed, except where removing one would break a class that
//   implements an interface or overrides a base member (those stay, as they did, and are listed);
// - then internal declarations nothing references any more are removed, until none is left to remove.
// The result is type-checked in `.ci/run` (attw, and scripts/smoke-pack.sh's strict consumer without skipLibCheck).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const dist = new URL('../dist/', import.meta.url).pathname;
const files = readdirSync(dist, { recursive: true }).filter((f) => /\.d\.c?ts$/.test(f)).map((f) => join(dist, f));

const isInternal = (node, text) => (ts.getLeadingCommentRanges(text, node.pos) ?? []).some((r) => /@internal\b/.test(text.slice(r.pos, r.end)));
// A member that overrides a base member, or implements a member of an interface the class names, must stay, or the
// class no longer satisfies its contract.
const mustStay = (member, cls, source) => {
  const modifiers = ts.canHaveModifiers(member) ? (ts.getModifiers(member) ?? []) : [];
  if (modifiers.some((m) => m.kind === ts.SyntaxKind.OverrideKeyword || m.kind === ts.SyntaxKind.AbstractKeyword)) return true;
  // Implementing an abstract member needs no `override`: keep whatever bears the name of an abstract member here.
  if (cls.heritageClauses?.some((h) => h.token === ts.SyntaxKind.ExtendsKeyword) && abstractNames.has(member.name?.getText(source))) return true;
  const implemented = new Set(
    (cls.heritageClauses ?? [])
      .filter((h) => h.token === ts.SyntaxKind.ImplementsKeyword)
      .flatMap((h) => h.types.map((t) => t.expression.getText(source))),
  );
  const contract = source.statements.filter((s) => ts.isInterfaceDeclaration(s) && implemented.has(s.name.text)).flatMap((s) => s.members);
  const unresolved = implemented.size > 0 && contract.length === 0;
  return unresolved || contract.some((m) => m.name?.getText(source) === member.name?.getText(source));
};

const entry = (file) => /(^|\/)index\.d\.c?ts$/.test(file);
const word = (name) => new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`);
const code = (text) => text.replace(/\/\*[\s\S]*?\*\//g, ''); // references in doc comments do not count
const texts = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));
// Names of abstract members anywhere in the published types (a base class may live in another chunk).
const abstractNames = new Set(
  [...texts.values()].flatMap((t) => [...t.matchAll(/\babstract\s+(?:get\s+|set\s+)?(?:readonly\s+)?([\w$]+)\s*[(:<]/g)].map((m) => m[1])),
);
let removed = 0;
let kept = 0;
for (let pass = 0, changed = true; changed; pass++) {
  changed = false;
  // Every name one .d.ts file imports from another (chunks export internal helpers to each other under aliases).
  const imported = new Set([...texts.values()].flatMap((t) => [...t.matchAll(/import \{([^}]*)\}/g)].flatMap((m) => m[1].split(',').map((s) => s.trim().replace(/^type /, '').split(/\s+as\s+/)[0]))));
  for (const file of files) {
    let text = texts.get(file);
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const edits = []; // [start, end, replacement]
    const drop = (node) => edits.push([node.getFullStart(), node.getEnd(), '']);
    const internal = new Map(); // internal top-level declaration name -> node
    for (const statement of source.statements) {
      if (isInternal(statement, text) && statement.name && !ts.isModuleDeclaration(statement)) internal.set(statement.name.text, statement);
      if (ts.isClassDeclaration(statement) && pass === 0) {
        for (const member of statement.members) {
          if (!isInternal(member, text)) continue;
          if (ts.isConstructorDeclaration(member)) edits.push([member.getFullStart(), member.getEnd(), '\n    protected constructor();']);
          else if (mustStay(member, statement, source)) kept++;
          else drop(member);
        }
      }
      // An import nothing uses any more, and (in a chunk) an export of an internal name no other file imports.
      const bindings = ts.isImportDeclaration(statement) ? statement.importClause?.namedBindings : undefined;
      if (bindings && ts.isNamedImports(bindings)) {
        const rest = code(text.slice(0, statement.getFullStart()) + text.slice(statement.getEnd()));
        const unused = bindings.elements.filter((e) => !word(e.name.text).test(rest));
        if (unused.length === bindings.elements.length) drop(statement);
        else for (const e of unused) edits.push([e.getStart(), e.getEnd() + (text[e.getEnd()] === ',' ? 1 : 0), '']);
      }
      if (!entry(file) && ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
        for (const e of statement.exportClause.elements) {
          const local = (e.propertyName ?? e.name).text;
          if (internal.has(local) && !imported.has(e.name.text)) edits.push([e.getStart(), e.getEnd() + (text[e.getEnd()] === ',' ? 1 : 0), '']);
        }
      }
    }
    // A top-level internal declaration goes once nothing else in the file names it (exports included).
    for (const [name, node] of internal) {
      const rest = code(text.slice(0, node.getFullStart()) + text.slice(node.getEnd()));
      if (!word(name).test(rest)) drop(node);
    }
    if (edits.length === 0) continue;
    changed = true;
    removed += edits.length;
    for (const [start, end, replacement] of edits.sort((a, b) => b[0] - a[0])) text = text.slice(0, start) + replacement + text.slice(end);
    texts.set(file, text);
  }
}
for (const [file, text] of texts) writeFileSync(file, text);
const left = [...texts.values()].reduce((n, t) => n + (t.match(/@internal\b/g) ?? []).length, 0);
console.log(`strip-internal: ${removed} edits; ${kept} internal members kept because they implement a public interface or override a base member; ${left} @internal tags left in ${files.length} files`);
