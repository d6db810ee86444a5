/**
 * One layout for every e-mail, as plain text and as simple HTML: inline styles only (mail programs
 * drop style sheets), no images (nothing is fetched from anywhere), every value escaped. Written by
 * hand because it is a few lines of markup; a template engine would add more than it saves.
 */

export interface MailBlock {
  /** A paragraph of text. */
  text?: string;
  /** "Label: value" rows (meeting time and place). */
  facts?: Array<{ label: string; value: string }>;
  /** A list of lines, each optionally a link. */
  list?: Array<{ text: string; url?: string }>;
}

export interface MailContent {
  language: string;
  subject: string;
  heading: string;
  greeting?: string;
  blocks: MailBlock[];
  button?: { label: string; url: string; intro: string };
  /** Small print: why they got it, where to change it. */
  footer: string[];
}

const escapeHtml = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

/** Only our own http(s) links go into href attributes. */
const safeUrl = (url: string) => (/^https?:\/\//i.test(url) ? url : "#");

const styles = {
  body: "margin:0;padding:0;background-color:#f3f3f1;",
  wrap: "max-width:600px;margin:0 auto;padding:24px 16px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1b1b1b;",
  card: "background-color:#ffffff;border:1px solid #d6d6d2;border-radius:6px;padding:24px;",
  brand: "margin:0 0 16px 0;font-size:14px;font-weight:bold;letter-spacing:0.04em;color:#4b4b47;",
  h1: "margin:0 0 16px 0;font-size:22px;line-height:1.3;color:#1b1b1b;",
  p: "margin:0 0 16px 0;",
  list: "margin:0 0 16px 0;padding-left:20px;",
  link: "color:#1d4f91;text-decoration:underline;",
  button: "display:inline-block;background-color:#2e4a3f;color:#ffffff;padding:12px 20px;border-radius:4px;text-decoration:none;font-weight:bold;",
  small: "margin:0 0 8px 0;font-size:13px;line-height:1.45;color:#4b4b47;",
  factLabel: "padding:2px 12px 2px 0;font-weight:bold;vertical-align:top;",
  factValue: "padding:2px 0;vertical-align:top;",
};

export function renderHtml(content: MailContent): string {
  const parts: string[] = [];
  if (content.greeting) parts.push(`<p style="${styles.p}">${escapeHtml(content.greeting)}</p>`);
  for (const block of content.blocks) {
    if (block.text) parts.push(`<p style="${styles.p}">${escapeHtml(block.text)}</p>`);
    if (block.facts?.length) {
      const rows = block.facts.map((f) => `<tr><td style="${styles.factLabel}">${escapeHtml(f.label)}</td><td style="${styles.factValue}">${escapeHtml(f.value)}</td></tr>`);
      parts.push(`<table role="presentation" style="margin:0 0 16px 0;border-collapse:collapse;">${rows.join("")}</table>`);
    }
    if (block.list?.length) {
      const items = block.list.map((item) =>
        item.url ? `<li><a href="${escapeHtml(safeUrl(item.url))}" style="${styles.link}">${escapeHtml(item.text)}</a></li>` : `<li>${escapeHtml(item.text)}</li>`,
      );
      parts.push(`<ul style="${styles.list}">${items.join("")}</ul>`);
    }
  }
  if (content.button) {
    const href = escapeHtml(safeUrl(content.button.url));
    parts.push(`<p style="${styles.p}"><a href="${href}" style="${styles.button}">${escapeHtml(content.button.label)}</a></p>`);
    parts.push(`<p style="${styles.small}">${escapeHtml(content.button.intro)} <a href="${href}" style="${styles.link}">${escapeHtml(content.button.url)}</a></p>`);
  }
  const footer = content.footer.map((line) => `<p style="${styles.small}">${escapeHtml(line)}</p>`).join("");
  return [
    `<!DOCTYPE html><html lang="${escapeHtml(content.language)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(content.subject)}</title></head>`,
    `<body style="${styles.body}"><div style="${styles.wrap}"><p style="${styles.brand}">GREYCHAIR</p><div style="${styles.card}">`,
    `<h1 style="${styles.h1}">${escapeHtml(content.heading)}</h1>${parts.join("")}</div>`,
    `<div style="padding:16px 4px 0 4px;">${footer}</div></div></body></html>`,
  ].join("");
}

export function renderText(content: MailContent): string {
  const lines: string[] = [content.heading, "=".repeat(Math.min(content.heading.length, 72)), ""];
  if (content.greeting) lines.push(content.greeting, "");
  for (const block of content.blocks) {
    if (block.text) lines.push(block.text, "");
    if (block.facts?.length) lines.push(...block.facts.map((f) => `${f.label}: ${f.value}`), "");
    if (block.list?.length) lines.push(...block.list.flatMap((item) => (item.url ? [`- ${item.text}`, `  ${item.url}`] : [`- ${item.text}`])), "");
  }
  if (content.button) lines.push(content.button.intro, content.button.url, "");
  lines.push("-- ", ...content.footer);
  return lines.join("\n") + "\n";
}
