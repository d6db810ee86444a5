import type { ReactNode } from "react";
import type { ComparisonBlock, ComparisonSegment, PresentedVersionComparison } from "../../../shared/types";
import { useI18n } from "../../i18n/I18nProvider";
import { plural } from "../../i18n/plural";

/**
 * A marked run of words: <ins> underlined, <del> struck through (not colour alone), each with a
 * label a screen reader reads before and after it, since most do not announce <ins>/<del>.
 */
function MarkedText({ segment }: { segment: ComparisonSegment }) {
  const { t } = useI18n();
  if (segment.change === "equal") return <>{segment.text}</>;
  // A removed space is invisible and an added one reads as nothing: shown as the text around them.
  if (!segment.text.trim()) return segment.change === "insert" ? <>{segment.text}</> : null;
  const Mark = segment.change === "insert" ? "ins" : "del";
  return (
    <Mark className="comparison-mark">
      <span className="visually-hidden">{t(segment.change === "insert" ? "compare.insertedMark" : "compare.deletedMark")} </span>
      {segment.text}
      <span className="visually-hidden"> ({t("compare.markEnd")})</span>
    </Mark>
  );
}

/** A block shown as what it is in the document (heading, list item, quote, code). */
function BlockFrame({ block, children }: { block: ComparisonBlock; children: ReactNode }) {
  const className = `comparison-block is-${block.kind} is-${block.change}`;
  switch (block.kind) {
    case "heading": {
      const Heading = (["h2", "h3", "h4"] as const)[Math.min(Math.max((block.level ?? 1) - 1, 0), 2)]!;
      return <Heading className={className}>{children}</Heading>;
    }
    case "quote":
      return <blockquote className={className}>{children}</blockquote>;
    case "code":
      return <pre className={className}>{children}</pre>;
    default:
      return <p className={className}>{children}</p>;
  }
}

function ComparedBlock({ block }: { block: ComparisonBlock }) {
  const { t } = useI18n();
  if (block.change === "insert" || block.change === "delete") {
    const Mark = block.change === "insert" ? "ins" : "del";
    const tag = <span className="comparison-tag">{t(block.change === "insert" ? "compare.blockInserted" : "compare.blockDeleted")}</span>;
    if (block.kind === "rule") return <div className={`comparison-block is-rule is-${block.change}`}>{tag}<hr /></div>;
    return (
      <BlockFrame block={block}>
        {tag} <Mark className="comparison-mark">{block.segments.map((s) => s.text).join("")}</Mark>
      </BlockFrame>
    );
  }
  if (block.kind === "rule") return <hr />;
  return <BlockFrame block={block}>{block.segments.map((segment, index) => <MarkedText key={index} segment={segment} />)}</BlockFrame>;
}

/** The compared text, block by block, with a summary of how many words were added and removed. */
export function VersionComparison({ comparison }: { comparison: PresentedVersionComparison }) {
  const { t, language } = useI18n();
  const { insertedWords, deletedWords } = comparison;
  const changed = comparison.blocks.some((block) => block.change !== "equal");
  return (
    <>
      <p className="comparison-summary">
        {changed ? `${plural(t, language, "compare.inserted", insertedWords)}, ${plural(t, language, "compare.deleted", deletedWords)}.` : t("compare.noChanges")}
      </p>
      <p className="meta">{t("compare.legend")}</p>
      <section className="document-text is-comparison" aria-label={t("compare.text")}>
        {comparison.blocks.map((block, index) => (
          <ComparedBlock key={index} block={block} />
        ))}
      </section>
    </>
  );
}
