/**
 * Reads back the XML reports (junit, checkstyle) with saxes, a conforming
 * XML 1.0 parser: it rejects what is not well-formed (a raw `<` or `&`, a
 * control character XML does not allow, an unpaired surrogate) and applies
 * the spec's attribute-value normalisation, so a raw line break in an
 * attribute reads back as a space and a round trip shows it.
 */
import { SaxesParser } from "saxes";

export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** The text directly inside the element, its pieces joined. */
  text: string;
}

/** The document's root element. @throws on anything not well-formed */
export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser();
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let failure: Error | undefined;
  parser.on("error", (error) => {
    failure ??= error;
  });
  parser.on("xmldecl", (decl) => {
    if (decl.version !== "1.0" || decl.encoding !== "UTF-8") failure ??= new Error(`unexpected declaration ${JSON.stringify(decl)}`);
  });
  parser.on("opentag", (tag) => {
    const element: XmlElement = { name: tag.name, attributes: { ...(tag.attributes as Record<string, string>) }, children: [], text: "" };
    if (stack.length) stack[stack.length - 1].children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.on("text", (t) => {
    if (stack.length) stack[stack.length - 1].text += t;
  });
  parser.write(text).close();
  if (failure) throw failure;
  if (!root) throw new Error("no root element");
  return root;
}

/** The children of `element` named `name`. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}
